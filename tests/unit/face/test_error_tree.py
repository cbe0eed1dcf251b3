"""The error tree: what every LiteLLMError carries (status, code, param, retryable, request id, message,
retry_after) and each class's defaults, connection errors that say whether the request went out, and the deprecated
name that warns."""

from __future__ import annotations

import pytest

from litellm_sdk import errors as E
from litellm_sdk.errors import (
    APIConnectionError,
    APIStatusError,
    BudgetExceededError,
    KeyExpiredError,
    LiteLLMError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)

# --------------------------------------------------------------------------- LiteLLMError itself


def test_an_error_carries_its_fields_and_defaults() -> None:
    e = LiteLLMError("msg")
    assert (e.message, e.code, e.status, e.param, e.retryable, e.request_id, e.body) == (
        "msg",
        "error",
        None,
        None,
        False,
        None,
        None,
    )
    assert e.suggested_action == "Check the request and the LiteLLM proxy logs."
    assert str(e) == "[error] msg"
    e = ServerError("down", status=503, param="p", request_id="r1", body={"b": 1})
    assert str(e) == "[server_error] (HTTP 503) down"
    assert repr(e) == "ServerError(code='server_error', status=503, message='down')"
    assert e.retryable is True
    assert e.suggested_action == "The proxy failed; try again shortly, and check its logs if it persists."
    assert e.args == ("down",)
    assert e.to_dict() == {
        "message": "down",
        "code": "server_error",
        "status": 503,
        "param": "p",
        "suggested_action": "The proxy failed; try again shortly, and check its logs if it persists.",
        "retryable": True,
        "request_id": "r1",
        "user_message": "The service failed to answer. Try again shortly.",
    }


def test_explicit_fields_override_the_class_defaults() -> None:
    e = ServerError("x", code="no_db_connection", retryable=False, suggested_action="Do this.")
    assert (e.code, e.retryable, e.suggested_action) == ("no_db_connection", False, "Do this.")
    assert ServerError("x", code="no_db_connection").suggested_action.startswith("The proxy has no database")
    assert BudgetExceededError("x", retryable=True).retryable is True
    assert str(LiteLLMError("m", status=0)) == "[error] (HTTP 0) m"


@pytest.mark.parametrize(
    ("cls", "code", "retryable"),
    [
        (E.InvalidRequestError, "invalid_request", False),
        (E.ConfigurationError, "configuration_error", False),
        (E.InvalidResponseError, "invalid_response", True),
        (APIConnectionError, "connection_error", True),
        (E.APITimeoutError, "timeout", True),
        (APIStatusError, "api_error", False),
        (RateLimitError, "rate_limited", True),
        (ServerError, "server_error", True),
        (KeyExpiredError, "expired_key", False),
    ],
)
def test_class_defaults(cls: type[LiteLLMError], code: str, retryable: bool) -> None:
    e = cls("m")
    assert (e.code, e.retryable) == (code, retryable)


def test_connection_errors_say_whether_the_request_went_out() -> None:
    assert APIConnectionError("x").request_sent is True
    e = APIConnectionError("x", request_sent=False, status=None, param="q")
    assert (e.request_sent, e.param) == (False, "q")
    r = RateLimitError("slow", retry_after=2.5, status=429)
    assert (r.retry_after, r.status, r.code) == (2.5, 429, "rate_limited")
    assert RateLimitError("slow").retry_after is None


def test_the_deprecated_validation_error_name_warns() -> None:
    with pytest.warns(DeprecationWarning, match="renamed UnprocessableEntityError") as record:
        alias = E.ValidationError
    assert alias is UnprocessableEntityError
    assert len(record) == 1
    assert str(record[0].message) == (
        "litellm_sdk.ValidationError is renamed UnprocessableEntityError (it shadowed pydantic's)"
    )
    assert record[0].filename.endswith(".py")  # (stacklevel is not asserted: mutmut's trampoline adds a frame)
    with pytest.raises(AttributeError) as info:
        E.NoSuchName  # noqa: B018
    assert str(info.value) == "module 'litellm_sdk.errors' has no attribute 'NoSuchName'"
