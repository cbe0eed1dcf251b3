"""The error mapper and raise_for_status, field by field (kills errors mutants): class, code, status, param,
retryable, request id, message and retry_after for each input shape."""

from __future__ import annotations

import email.utils
import json
import time
from typing import Any

import httpx
import pytest

from litellm_sdk import _classify as CL
from litellm_sdk import _constants as C
from litellm_sdk import araise_for_status, error_from_response, raise_for_status
from litellm_sdk import errors as E
from litellm_sdk._classify import retry_after_seconds
from litellm_sdk.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    ConflictError,
    EnterpriseRequiredError,
    InvalidRequestError,
    KeyBlockedError,
    KeyExpiredError,
    LiteLLMError,
    ModelAccessDeniedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)

H = httpx.Headers()


def envelope(message: Any, type_: Any = None, param: Any = "None", status: int = 400) -> bytes:
    return json.dumps({"error": {"message": message, "type": type_, "param": param, "code": str(status)}}).encode()


def jbody(value: Any) -> bytes:
    return json.dumps(value).encode()


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


# --------------------------------------------------------------------------- error_from_response


def test_a_mapped_error_keeps_the_response_as_the_proxy_sent_it() -> None:
    content = envelope("Key not found", "x", status=404)
    err = error_from_response(404, {"X-Request-Id": "r1", "content-type": "application/json"}, content)
    assert err.status_code == 404
    assert isinstance(err.response, httpx.Response)
    assert err.response is err.http_response
    assert err.response.status_code == 404
    assert err.response.content == content
    assert err.response.headers["x-request-id"] == "r1"
    limited = error_from_response(429, httpx.Headers({"retry-after": "1"}), b"")
    assert isinstance(limited, RateLimitError)
    assert limited.response.status_code == 429
    assert limited.response.headers["retry-after"] == "1"
    assert NotFoundError("made by hand", status=404).response is None


def test_every_field_of_a_litellm_envelope() -> None:
    headers = httpx.Headers({"x-litellm-call-id": "call-1", "x-request-id": "req-1"})
    err = error_from_response(
        403, headers, envelope("Key not allowed to access model gpt-4", "auth_error", "model", 403)
    )
    assert type(err) is ModelAccessDeniedError
    assert (err.code, err.status, err.param, err.retryable, err.request_id) == (
        "key_model_access_denied",
        403,
        "model",
        False,
        "call-1",
    )
    assert err.message == "Key not allowed to access model gpt-4"
    assert err.body == json.loads(envelope("Key not allowed to access model gpt-4", "auth_error", "model", 403))
    assert error_from_response(500, httpx.Headers({"x-request-id": "req-2"}), b"").request_id == "req-2"
    assert error_from_response(500, H, b"").request_id is None


@pytest.mark.parametrize(
    ("status", "cls", "code", "retryable"),
    [
        (400, BadRequestError, "bad_request", False),
        (401, AuthenticationError, "authentication_error", False),
        (403, PermissionDeniedError, "permission_denied", False),
        (404, NotFoundError, "not_found", False),
        (408, ServerError, "timeout", True),
        (409, ConflictError, "conflict", False),
        (410, BadRequestError, "bad_request", False),
        (422, UnprocessableEntityError, "validation_error", False),
        (429, RateLimitError, "rate_limited", True),
        (499, BadRequestError, "bad_request", False),
        (500, ServerError, "server_error", True),
        (502, ServerError, "server_error", True),
        (503, ServerError, "server_error", True),
        (599, ServerError, "server_error", True),
        (302, APIStatusError, "api_error", False),
        (600, ServerError, "server_error", True),
    ],
)
def test_the_status_decides_when_the_body_names_no_reason(
    status: int, cls: type[APIStatusError], code: str, retryable: bool
) -> None:
    err = error_from_response(status, H, envelope("something", "internal_server_error", status=status))
    assert type(err) is cls
    assert (err.code, err.status, err.retryable) == (code, status, retryable)
    plain = error_from_response(status, H, b"plain text failure")
    assert type(plain) is cls
    assert plain.code == code


@pytest.mark.parametrize(
    ("type_", "cls"),
    [
        ("budget_exceeded", BudgetExceededError),
        ("expired_key", KeyExpiredError),
        ("key_model_access_denied", ModelAccessDeniedError),
        ("team_model_access_denied", ModelAccessDeniedError),
        ("user_model_access_denied", ModelAccessDeniedError),
        ("org_model_access_denied", ModelAccessDeniedError),
        ("token_not_found_in_db", AuthenticationError),
        ("no_db_connection", ServerError),
        ("auth_provider_unavailable", ServerError),
        ("team_member_permission_error", PermissionDeniedError),
    ],
)
@pytest.mark.parametrize("status", [400, 401, 403, 429, 500, 503])
def test_a_meaningful_type_decides_whatever_the_status(type_: str, cls: type[APIStatusError], status: int) -> None:
    err = error_from_response(status, H, envelope("no words to match here", type_, status=status))
    assert type(err) is cls
    assert err.code == type_
    assert err.retryable is (type_ == "auth_provider_unavailable")


@pytest.mark.parametrize(
    ("message", "code", "cls"),
    [
        ("Budget has been exceeded! Current cost: 1", "budget_exceeded", BudgetExceededError),
        ("User exceeded its budget", "budget_exceeded", BudgetExceededError),
        ("Team exceeded the budget", "budget_exceeded", BudgetExceededError),
        ("key exceeded budget", "budget_exceeded", BudgetExceededError),
        ("Budget exceeded for key", "budget_exceeded", BudgetExceededError),
        ("Authentication Error - Expired Key. Key Expiry time 2020", "expired_key", KeyExpiredError),
        ("virtual key has expired", "expired_key", KeyExpiredError),
        ("API key expired", "expired_key", KeyExpiredError),
        ("key expired at noon", "expired_key", KeyExpiredError),
        ("Authentication Error - Key is blocked. Update via /key/unblock", "key_blocked", KeyBlockedError),
        ("You must be a LiteLLM Enterprise user to use this feature", "enterprise_required", EnterpriseRequiredError),
        ("set LITELLM_LICENSE in your env", "enterprise_required", EnterpriseRequiredError),
        ("this is an enterprise feature", "enterprise_required", EnterpriseRequiredError),
        ("needs an enterprise license", "enterprise_required", EnterpriseRequiredError),
        ("only for premium_user", "enterprise_required", EnterpriseRequiredError),
        ("only for premium user", "enterprise_required", EnterpriseRequiredError),
        ("Team with id t1 already exists", "conflict", ConflictError),
        ("Key with this value already exists", "conflict", ConflictError),
        ("DB not connected. See https://docs", "no_db_connection", ServerError),
        ("No DB connection", "no_db_connection", ServerError),
        ("database not connected", "no_db_connection", ServerError),
        ("Invalid model name passed in model=foo", "model_not_found", BadRequestError),
        ("Invalid duration format: 3x", "bad_request", BadRequestError),
        ("Unsupported duration unit: q", "bad_request", BadRequestError),
        ("key not allowed to access model. This key can only access models=['a']", "key_model_access_denied", None),
        ("user not allowed to access model gpt", "key_model_access_denied", ModelAccessDeniedError),
        ("team cannot access model gpt", "key_model_access_denied", ModelAccessDeniedError),
    ],
)
@pytest.mark.parametrize("status", [400, 500])
def test_message_rules_of_a_json_body(message: str, code: str, cls: type | None, status: int) -> None:
    err = error_from_response(status, H, envelope(message, "internal_server_error", status=status))
    assert err.code == code
    assert type(err) is (cls or ModelAccessDeniedError)
    assert err.retryable is False


@pytest.mark.parametrize(
    "message",
    [
        "your trial has expired",
        "budget is fine",
        "the key is unblocked",
        "an item already exists",
        "premiumuser",
        "key blocked",
    ],
)
def test_unrelated_text_matches_no_rule(message: str) -> None:
    err = error_from_response(503, H, envelope(message, "internal_server_error", status=503))
    assert (type(err), err.code, err.retryable) == (ServerError, "server_error", True)


def test_rules_are_never_read_in_plain_text_bodies() -> None:
    err = error_from_response(500, H, b"Budget has been exceeded")
    assert (err.code, err.retryable) == ("server_error", True)
    assert err.message == "HTTP 500: Budget has been exceeded"
    err = error_from_response(400, H, b"<html><b>key is blocked</b></html>")
    assert err.code == "bad_request"
    assert err.message == "HTTP 400: key is blocked"


def test_the_first_matching_rule_wins() -> None:
    err = error_from_response(400, H, envelope("budget exceeded and key is blocked", "x"))
    assert err.code == "budget_exceeded"


def test_validation_and_not_found_types_decide_below_500() -> None:
    err = error_from_response(400, H, envelope("bad field", "validation_error"))
    assert (type(err), err.code) == (UnprocessableEntityError, "validation_error")
    err = error_from_response(400, H, envelope("nope", "not_found_error"))
    assert (type(err), err.code) == (NotFoundError, "not_found")
    err = error_from_response(500, H, envelope("nope", "not_found_error", status=500))
    assert err.code == "server_error"
    err = error_from_response(500, H, envelope("bad field", "validation_error", status=500))
    assert err.code == "server_error"
    err = error_from_response(499, H, envelope("nope", "not_found_error", status=499))
    assert err.code == "not_found"


def test_a_429_carries_retry_after_from_headers_or_message() -> None:
    err = error_from_response(429, httpx.Headers({"retry-after": "7"}), envelope("slow down", "x", status=429))
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 7.0
    err = error_from_response(429, H, envelope("Rate limited. Try again in 12.5 s", "x", status=429))
    assert err.retry_after == 12.5  # type: ignore[attr-defined]
    assert err.status == 429
    assert err.request_id is None
    err = error_from_response(429, H, b"")
    assert err.retry_after is None  # type: ignore[attr-defined]


def test_secrets_are_scrubbed_from_the_message() -> None:
    err = error_from_response(400, H, envelope("master is my-master-secret-xyz9"), secrets=("my-master-secret-xyz9",))
    assert err.message == "master is ...xyz9"


# --------------------------------------------------------------------------- body shapes


def test_envelope_message_none_strings_and_non_strings() -> None:
    assert error_from_response(400, H, envelope("None")).message == "HTTP 400"
    assert error_from_response(418, H, envelope("  ")).message == "HTTP 418"
    assert error_from_response(400, H, envelope("m", param="  ")).param is None
    assert error_from_response(400, H, envelope("m", param="")).param is None
    assert error_from_response(400, H, envelope(None)).message == "HTTP 400"  # json "null" is absent too
    assert error_from_response(400, H, envelope({"k": "v"})).message == '{"k": "v"}'
    assert error_from_response(400, H, envelope(" padded ")).message == "padded"
    e = error_from_response(400, H, envelope("m", type_="None", param="null"))
    assert (e.param, e.code) == (None, "bad_request")
    e = error_from_response(400, H, envelope("m", param="  models "))
    assert e.param == "models"


def test_error_as_string_and_its_type() -> None:
    e = error_from_response(400, H, jbody({"error": "{'error': 'Budget exceeded'}", "type": "budget_exceeded"}))
    assert (e.message, e.code, e.param) == ("Budget exceeded", "budget_exceeded", None)


def test_fastapi_validation_detail() -> None:
    detail = [
        {"loc": ["body", "models", 0], "msg": "not a string", "type": "x"},
        {"loc": ["query", "page"], "msg": "too small"},
        {"msg": "no loc"},
        "free text",
        {"loc": "body"},
        {"loc": ["body"], "msg": "root"},
    ]
    e = error_from_response(422, H, jbody({"detail": detail}))
    assert type(e) is UnprocessableEntityError
    assert e.code == "validation_error"
    assert e.message == "models.0: not a string; query.page: too small; no loc; free text; invalid"
    assert e.param == "models.0"
    e = error_from_response(422, H, jbody({"detail": [{"loc": ["query", "page"]}]}))
    assert e.param == "page"
    assert e.message == "query.page: invalid"
    e = error_from_response(422, H, jbody({"detail": [{"loc": ["body"]}, {"loc": ["path", "key"]}]}))
    assert e.param == "key"
    assert error_from_response(422, H, jbody({"detail": []})).message == "Validation failed"
    assert error_from_response(422, H, jbody({"detail": ["a", {"x": 1}]})).param is None
    six = [{"loc": ["body", f"f{i}"], "msg": "m"} for i in range(7)]
    assert error_from_response(422, H, jbody({"detail": six})).message.count(";") == 4


def test_detail_object_shapes() -> None:
    e = error_from_response(400, H, jbody({"detail": {"error": "key is blocked", "type": "None", "param": "key"}}))
    assert (e.code, e.message, e.param) == ("key_blocked", "key is blocked", "key")
    e = error_from_response(400, H, jbody({"detail": {"message": "plain words", "type": "budget_exceeded"}}))
    assert (e.code, e.message) == ("budget_exceeded", "plain words")
    e = error_from_response(400, H, jbody({"detail": {"other": 1}}))
    assert e.message == '{"other": 1}'
    e = error_from_response(400, H, jbody({"detail": {"error": {"nested": True}}}))
    assert e.message == '{"nested": true}'
    e = error_from_response(400, H, jbody({"detail": {"error": None, "message": "m"}}))
    assert e.message == "null"


def test_problem_documents_and_other_json() -> None:
    e = error_from_response(404, H, jbody({"title": "Not Found", "detail": "no such key", "status": 404}))
    assert (e.message, e.code, type(e)) == ("Not Found: no such key", "not_found", NotFoundError)
    e = error_from_response(400, H, jbody({"type": "about:blank", "status": 400}))
    assert e.message == "HTTP 400"
    e = error_from_response(400, H, jbody({"type": "about:blank", "status": 400, "title": "Bad"}))
    assert e.message == "Bad"
    e = error_from_response(400, H, jbody({"detail": "{'error': 'key is blocked'}"}))
    assert (e.message, e.code) == ("key is blocked", "key_blocked")
    e = error_from_response(400, H, jbody({"message": "Budget exceeded", "type": "None"}))
    assert (e.message, e.code) == ("Budget exceeded", "budget_exceeded")
    e = error_from_response(400, H, jbody({"message": "m", "type": "expired_key"}))
    assert e.code == "expired_key"
    e = error_from_response(400, H, jbody({"message": 5, "other": "x"}))
    assert e.message == 'HTTP 400: {"message": 5, "other": "x"}'
    e = error_from_response(500, H, jbody({"type": "budget_exceeded"}))
    assert e.message.startswith("HTTP 500: ")
    assert e.code == "server_error"  # a bare type outside an envelope names no reason
    e = error_from_response(400, H, jbody([1, 2]))
    assert e.message == "HTTP 400: [1, 2]"
    assert e.body == [1, 2]
    e = error_from_response(400, H, jbody("just a string"))
    assert e.message == "HTTP 400: just a string"
    e = error_from_response(400, H, jbody(None))
    assert e.message == "HTTP 400 with an empty body"
    e = error_from_response(502, H, b"")
    assert (e.message, e.body) == ("HTTP 502 with an empty body", None)
    e = error_from_response(400, H, jbody(3))
    assert e.message == "HTTP 400: 3"


def test_plain_text_and_html_bodies() -> None:
    e = error_from_response(502, H, b"<html>\n<head><title>502</title></head>\n<body>Bad   gateway</body></html>")
    assert e.message == "HTTP 502: 502 Bad gateway"
    assert e.body == "<html>\n<head><title>502</title></head>\n<body>Bad   gateway</body></html>"
    assert error_from_response(502, H, b"<p></p>").message == "HTTP 502: (no text)"
    long = b"w" * 5000
    e = error_from_response(500, H, long)
    assert e.message == "HTTP 500: " + "w" * C.ERROR_BODY_SNIPPET
    assert e.body == "w" * (C.ERROR_BODY_SNIPPET * 4)
    e = error_from_response(500, H, b"\xff\xfe broken")
    assert e.body == "\ufffd\ufffd broken"
    e = error_from_response(500, H, b'{"error": broken')
    assert e.body == '{"error": broken'
    deep = b"[" * 50_000 + b"]" * 50_000
    e = error_from_response(500, H, deep)
    assert isinstance(e.body, str)
    big = jbody({"error": {"message": "x" * (C.MAX_ERROR_BODY_BYTES + 10)}})
    e = error_from_response(400, H, big)
    assert isinstance(e.body, str)
    assert len(e.body) == C.ERROR_BODY_SNIPPET * 4
    exact = b'{"error": "' + b"y" * (C.MAX_ERROR_BODY_BYTES - 13) + b'"}'
    assert len(exact) == C.MAX_ERROR_BODY_BYTES
    assert isinstance(error_from_response(400, H, exact).body, dict)


def test_dict_repr_messages_are_unwrapped() -> None:
    def msg(m: str) -> str:
        return error_from_response(400, H, envelope(m)).message

    assert msg("{'error': 'inner text'}") == "inner text"
    assert msg("{'message': 'inner'}") == "inner"
    assert msg("{'detail': 'inner'}") == "inner"
    assert msg("{'msg': 'inner'}") == "inner"
    assert msg("{'error': None, 'message': 'second'}") == "second"
    assert msg("{'error': {'message': 'deep'}}") == '{"message": "deep"}'
    assert msg("{'error': \"{'error': 'twice'}\"}") == "twice"
    assert msg('{"error": "json inner", "x": true}') == "json inner"
    assert msg("{'other': 'x'}") == "{'other': 'x'}"
    assert msg("{not python}") == "{not python}"
    assert msg("{1, 2}") == "{1, 2}"
    assert msg("  {'error': 'padded'}  ") == "padded"
    assert msg("{'error': 'x'") == "{'error': 'x'"
    assert msg("'error': 'x'}") == "'error': 'x'}"
    huge = "{'error': '" + "z" * 20_000 + "'}"
    assert msg(huge) == huge


def test_stringify_caps_long_values() -> None:
    e = error_from_response(400, H, jbody({"error": {"message": ["a" * 1000]}}))
    assert e.message == ('["' + "a" * 1000)[: C.ERROR_BODY_SNIPPET]
    assert CL._stringify("s") == "s"
    assert CL._stringify({"a": 1}) == '{"a": 1}'
    cyclic: list[Any] = []
    cyclic.append(cyclic)
    assert CL._stringify(cyclic) == "[[...]]"
    assert CL._stringify({"t": time}).startswith('{"t": "<module')
    assert CL._stringify(float("nan")) == "NaN"


# --------------------------------------------------------------------------- Retry-After


def test_retry_after_forms() -> None:
    assert retry_after_seconds({"retry-after-ms": "1500"}) == 1.5
    assert retry_after_seconds({"Retry-After-Ms": "250", "retry-after": "9"}) == 0.25
    assert retry_after_seconds({"retry-after-ms": "-5"}) == 0.0
    assert retry_after_seconds({"retry-after-ms": "soon", "retry-after": "3"}) == 3.0
    assert retry_after_seconds({"retry-after-ms": "", "retry-after": "4"}) == 4.0
    assert retry_after_seconds({"retry-after": "-3"}) == 0.0
    assert retry_after_seconds({"retry-after": "2.5"}) == 2.5
    assert retry_after_seconds({"retry-after": ""}, "try again in 3s") == 3.0
    assert retry_after_seconds({}, "Please TRY AGAIN IN 4 s.") == 4.0
    assert retry_after_seconds({}, "try again later") is None
    assert retry_after_seconds({}) is None
    assert retry_after_seconds({"retry-after": "garbage"}, "try again in 2s") == 2.0
    assert retry_after_seconds({"retry-after": "garbage"}) is None


def test_retry_after_as_an_http_date() -> None:
    future = email.utils.formatdate(time.time() + 30, usegmt=True)
    got = retry_after_seconds({"retry-after": future})
    assert got is not None and 27.0 < got <= 30.0
    past = email.utils.formatdate(time.time() - 30, usegmt=True)
    assert retry_after_seconds({"retry-after": past}) == 0.0
    assert CL._http_date("Wed, 21 Oct 2015 07:28:00 GMT") is not None
    assert CL._http_date("not a date") is None


def test_headers_are_found_case_insensitively_in_any_mapping() -> None:
    assert CL._header({"X-Request-Id": "a"}, "x-request-id") == "a"
    assert CL._header({"x-request-id": "b"}, "x-request-id") == "b"
    assert CL._header({"other": "c"}, "x-request-id") is None
    assert CL._header(httpx.Headers({"X-Request-Id": "d"}), "x-request-id") == "d"
    e = error_from_response(500, {"X-LiteLLM-Call-Id": "call-9"}, b"")
    assert e.request_id == "call-9"


def test_looks_like_json() -> None:
    for yes in (b"{}", b"[1]", b'"s"', b"null", b"true", b"false", b"   \n {", b" " * 60 + b"[]"):
        assert CL.looks_like_json(yes), yes
    for no in (b"", b"<html>", b"nul", b"tru", b"fals", b"1", b"x{", b" " * 64 + b"{}"):
        assert not CL.looks_like_json(no), no


# --------------------------------------------------------------------------- raise_for_status


class Plain:
    def __init__(self, status_code: Any, content: Any = b"", headers: Any = None) -> None:
        self.status_code = status_code
        self.content = content
        if headers is not None:
            self.headers = headers


def test_raise_for_status_passes_successes_through() -> None:
    r = httpx.Response(200, json={"ok": True})
    assert raise_for_status(r) is r
    p = Plain(399)
    assert raise_for_status(p) is p


def test_raise_for_status_maps_an_error_response() -> None:
    r = httpx.Response(400, headers={"x-litellm-call-id": "c1"}, content=envelope("Budget exceeded", "x"))
    with pytest.raises(BudgetExceededError) as info:
        raise_for_status(r)
    assert (info.value.status, info.value.request_id) == (400, "c1")
    with pytest.raises(ServerError) as info2:
        raise_for_status(Plain(503, b"down"))
    assert info2.value.message == "HTTP 503: down"
    with pytest.raises(ServerError) as info3:
        raise_for_status(Plain(500, "not bytes"))
    assert info3.value.message == "HTTP 500 with an empty body"
    with pytest.raises(BadRequestError):
        raise_for_status(Plain(400))


def test_raise_for_status_reads_a_status_given_as_text_or_refuses() -> None:
    with pytest.raises(NotFoundError):
        raise_for_status(Plain("404"))
    assert isinstance(raise_for_status(Plain("200")), Plain)
    for bad in (None, "abc", 4.5j, True):  # a bool is no status, though int(True) is 1
        with pytest.raises(InvalidRequestError) as info:
            raise_for_status(Plain(bad))
        assert info.value.param == "response"
        assert info.value.message == "raise_for_status needs a response with a status_code, got Plain"
    with pytest.raises(InvalidRequestError, match=r"got object$"):
        raise_for_status(object())


def _stream(status: int, chunks: list[bytes]) -> httpx.Response:
    return httpx.Response(status, stream=httpx.ByteStream(b"".join(chunks)))


class ChunkStream(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes], fail: bool = False) -> None:
        self.chunks = chunks
        self.fail = fail
        self.closed = False
        self.sent = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for c in self.chunks:
            self.sent += 1
            yield c
        if self.fail:
            raise httpx.ReadError("reset")

    def close(self) -> None:
        self.closed = True


class AChunkStream(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes], fail: bool = False) -> None:
        self.chunks = chunks
        self.fail = fail
        self.closed = False
        self.sent = 0

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        for c in self.chunks:
            self.sent += 1
            yield c
        if self.fail:
            raise httpx.ReadError("reset")

    async def aclose(self) -> None:
        self.closed = True


def test_raise_for_status_reads_an_unread_stream_and_closes_it() -> None:
    stream = ChunkStream([envelope("key is blocked")[:10], envelope("key is blocked")[10:]])
    r = httpx.Response(401, stream=stream)
    with pytest.raises(KeyBlockedError):
        raise_for_status(r)
    assert stream.closed
    ok_stream = ChunkStream([b"fine"])
    good = httpx.Response(200, stream=ok_stream)
    assert raise_for_status(good) is good
    assert not ok_stream.closed and ok_stream.sent == 0


def test_raise_for_status_stops_reading_a_huge_stream() -> None:
    chunk = b"x" * (C.MAX_ERROR_BODY_BYTES // 2)
    stream = ChunkStream([chunk, chunk, b"y", b"z", b"w"])
    with pytest.raises(ServerError) as info:
        raise_for_status(httpx.Response(500, stream=stream))
    assert stream.sent == 3
    assert stream.closed
    assert info.value.body == "x" * (C.ERROR_BODY_SNIPPET * 4)
    exact = ChunkStream([chunk, chunk, b"y"])
    with pytest.raises(ServerError):
        raise_for_status(httpx.Response(500, stream=exact))
    assert exact.sent == 3


def test_raise_for_status_on_a_broken_stream_is_a_connection_error() -> None:
    stream = ChunkStream([b"par"], fail=True)
    with pytest.raises(APIConnectionError) as info:
        raise_for_status(httpx.Response(500, stream=stream))
    assert info.value.message == "Reading the error body failed: ReadError"
    assert stream.closed


def test_raise_for_status_on_an_async_stream_points_to_the_async_twin() -> None:
    stream = AChunkStream([b"x"])
    with pytest.raises(InvalidRequestError) as info:
        raise_for_status(httpx.Response(500, stream=stream))
    assert info.value.param == "response"
    assert info.value.message == (
        "This response is streamed by an httpx.AsyncClient: use `await araise_for_status(response)`"
    )
    assert stream.sent == 0


async def test_araise_for_status_reads_an_async_stream() -> None:
    stream = AChunkStream([envelope("Budget exceeded")[:7], envelope("Budget exceeded")[7:]])
    with pytest.raises(BudgetExceededError) as info:
        await araise_for_status(httpx.Response(429, headers={"x-request-id": "r9"}, stream=stream))
    assert info.value.request_id == "r9"
    assert info.value.status == 429
    assert stream.closed
    good = httpx.Response(204, stream=AChunkStream([b""]))
    assert await araise_for_status(good) is good


async def test_araise_for_status_on_read_and_plain_responses() -> None:
    with pytest.raises(NotFoundError):
        await araise_for_status(httpx.Response(404, content=envelope("Key not found")))
    with pytest.raises(ServerError) as info:
        await araise_for_status(Plain(500, b"oops"))
    assert info.value.message == "HTTP 500: oops"
    with pytest.raises(InvalidRequestError):
        await araise_for_status(Plain(None))


async def test_araise_for_status_stops_reading_a_huge_stream() -> None:
    chunk = b"x" * (C.MAX_ERROR_BODY_BYTES // 2)
    stream = AChunkStream([chunk, chunk, b"y", b"z"])
    with pytest.raises(ServerError) as info:
        await araise_for_status(httpx.Response(500, stream=stream))
    assert stream.sent == 3
    assert info.value.body == "x" * (C.ERROR_BODY_SNIPPET * 4)


async def test_araise_for_status_on_a_broken_stream() -> None:
    stream = AChunkStream([b"x"], fail=True)
    with pytest.raises(APIConnectionError) as info:
        await araise_for_status(httpx.Response(500, stream=stream))
    assert info.value.message == "Reading the error body failed: ReadError"
    assert stream.closed


async def test_araise_for_status_on_a_sync_stream_points_to_the_sync_twin() -> None:
    sync = ChunkStream([b"x"])
    with pytest.raises(InvalidRequestError) as info2:
        await araise_for_status(httpx.Response(500, stream=sync))
    assert info2.value.param == "response"
    assert info2.value.message == "This response is streamed by a sync httpx.Client: use `raise_for_status(response)`"
    assert sync.sent == 0


async def test_raise_for_status_maps_an_already_read_async_response() -> None:
    r = httpx.Response(500, stream=AChunkStream([b"oops"]))
    await r.aread()  # read: its body is there, whatever kind of stream it came on
    with pytest.raises(ServerError) as info:
        raise_for_status(r)
    assert info.value.message == "HTTP 500: oops"


async def test_araise_for_status_maps_an_already_read_sync_response() -> None:
    r = httpx.Response(404, stream=ChunkStream([envelope("Key not found")]))
    r.read()
    with pytest.raises(NotFoundError):
        await araise_for_status(r)


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


def test_a_response_without_content_has_an_empty_body() -> None:
    class StatusOnly:
        status_code = 500

    with pytest.raises(ServerError) as info:
        raise_for_status(StatusOnly())
    assert info.value.message == "HTTP 500 with an empty body"


def test_an_exact_header_name_is_found_before_the_case_insensitive_scan() -> None:
    assert CL._header({"X-Request-Id": "scan", "x-request-id": "exact"}, "x-request-id") == "exact"


def test_a_string_error_takes_its_reason_from_the_type_beside_it() -> None:
    e = error_from_response(400, H, jbody({"error": "plain words", "type": "expired_key"}))
    assert (type(e), e.code, e.message) == (KeyExpiredError, "expired_key", "plain words")


def test_a_fastapi_validation_list_is_a_validation_error_whatever_the_4xx() -> None:
    e = error_from_response(400, H, jbody({"detail": [{"loc": ["body", "models"], "msg": "bad"}]}))
    assert (type(e), e.code, e.param) == (UnprocessableEntityError, "validation_error", "models")


def test_a_detail_object_gives_its_message_not_its_whole_text() -> None:
    detail = {"message": "plain words", "type": "None", "extra": "y" * 400}
    e = error_from_response(400, H, jbody({"detail": detail}))
    assert e.message == "plain words"


def test_dict_repr_messages_up_to_20000_characters_are_unwrapped() -> None:
    inner = "z" * (20_000 - len("{'error': ''}"))
    exact = "{'error': '" + inner + "'}"
    assert len(exact) == 20_000
    assert error_from_response(400, H, envelope(exact)).message == exact
    shorter = "{'error': '" + inner[1:] + "'}"
    assert error_from_response(400, H, envelope(shorter)).message == inner[1:]


async def test_araise_for_status_maps_400_and_passes_399() -> None:
    with pytest.raises(BadRequestError):
        await araise_for_status(Plain(400, b"bad"))
    p = Plain(399)
    assert await araise_for_status(p) is p


def test_json_literals_followed_by_more_text_look_like_json() -> None:
    for text in (b"null\n", b"true ", b"false\n", b"null,", b"false]"):
        assert CL.looks_like_json(text), text
