"""The error mapper: LiteLLM's four body shapes, type before status, and what each code means."""

from __future__ import annotations

import json

import httpx
import pytest

from litellm_sdk import (
    AuthenticationError,
    BudgetExceededError,
    ConflictError,
    EnterpriseRequiredError,
    KeyBlockedError,
    KeyExpiredError,
    ModelAccessDeniedError,
    NotFoundError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    error_from_response,
)
from litellm_sdk._classify import retry_after_seconds


def envelope(message: str, type_: str | None, status: int, param: str | None = "None") -> bytes:
    return json.dumps({"error": {"message": message, "type": type_, "param": param, "code": str(status)}}).encode()


H = httpx.Headers()


@pytest.mark.parametrize("status", [400, 422, 429])
def test_budget_exceeded_is_decided_by_type_whatever_the_status(status: int) -> None:
    body = envelope("Budget has been exceeded! Current cost: 0.02, Max budget: 0.01", "budget_exceeded", status)
    err = error_from_response(status, H, body)
    assert isinstance(err, BudgetExceededError)
    assert err.code == "budget_exceeded"
    assert err.retryable is False
    assert err.status == status
    assert "budget" in err.suggested_action.lower()


def test_param_none_string_becomes_none_and_code_is_not_the_status_string() -> None:
    err = error_from_response(
        401, H, envelope("Authentication Error, Invalid API key provided.", "token_not_found_in_db", 401, "key")
    )
    assert isinstance(err, AuthenticationError)
    assert err.code == "token_not_found_in_db"
    assert err.param == "key"
    err2 = error_from_response(404, H, envelope("Key not found", "internal_server_error", 404))
    assert isinstance(err2, NotFoundError)
    assert err2.param is None
    assert err2.code == "not_found"


def test_dict_repr_message_is_unwrapped_and_already_exists_is_a_conflict() -> None:
    body = envelope("{'error': 'Team with id t1 already exists'}", "internal_server_error", 400)
    err = error_from_response(400, H, body)
    assert isinstance(err, ConflictError)
    assert err.message == "Team with id t1 already exists"


@pytest.mark.parametrize(
    ("status", "type_", "message", "cls", "code"),
    [
        (
            401,
            "expired_key",
            "Authentication Error - Expired Key. Key Expiry time 2024",
            KeyExpiredError,
            "expired_key",
        ),
        (400, "expired_key", "Authentication Error - Expired Key.", KeyExpiredError, "expired_key"),
        (
            401,
            "auth_error",
            "Key is blocked. Update via `/key/unblock` if you're admin.",
            KeyBlockedError,
            "key_blocked",
        ),
        (
            403,
            "key_model_access_denied",
            "key not allowed to access model",
            ModelAccessDeniedError,
            "key_model_access_denied",
        ),
        (401, "team_model_access_denied", "team not allowed", ModelAccessDeniedError, "team_model_access_denied"),
        (
            500,
            "internal_server_error",
            "Regenerating Virtual Keys is an Enterprise feature, set LITELLM_LICENSE",
            EnterpriseRequiredError,
            "enterprise_required",
        ),
        (
            500,
            "internal_server_error",
            "DB not connected. See https://docs.litellm.ai",
            ServerError,
            "no_db_connection",
        ),
        (503, None, "upstream unavailable", ServerError, "server_error"),
    ],
)
def test_reason_codes(status: int, type_: str | None, message: str, cls: type, code: str) -> None:
    err = error_from_response(status, H, envelope(message, type_, status))
    assert type(err) is cls
    assert err.code == code


def test_retryable_only_where_a_retry_can_help() -> None:
    assert error_from_response(503, H, envelope("x", None, 503)).retryable
    assert error_from_response(429, H, envelope("slow down", None, 429)).retryable
    assert not error_from_response(500, H, envelope("DB not connected", None, 500)).retryable
    assert not error_from_response(404, H, envelope("nope", None, 404)).retryable


def test_fastapi_validation_detail_list() -> None:
    body = json.dumps(
        {"detail": [{"loc": ["body", "max_budget"], "msg": "Input should be a valid number", "type": "float_parsing"}]}
    )
    err = error_from_response(422, H, body.encode())
    assert isinstance(err, UnprocessableEntityError)
    assert err.param == "max_budget"
    assert "max_budget: Input should be a valid number" in err.message


def test_detail_dict_with_error() -> None:
    err = error_from_response(400, H, b'{"detail": {"error": "Invalid team id"}}')
    assert err.message == "Invalid team id"
    assert err.code == "bad_request"


def test_problem_document() -> None:
    body = {"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No such key"}
    err = error_from_response(
        404, httpx.Headers({"content-type": "application/problem+json"}), json.dumps(body).encode()
    )
    assert isinstance(err, NotFoundError)
    assert err.message == "Not Found: No such key"


def test_html_body_becomes_short_text() -> None:
    html = b"<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>" + b"x" * 5000
    err = error_from_response(502, H, html)
    assert isinstance(err, ServerError)
    assert err.message.startswith("HTTP 502: 502 Bad Gateway")
    assert len(err.message) < 400


def test_empty_body() -> None:
    err = error_from_response(500, H, b"")
    assert err.message == "HTTP 500 with an empty body"
    assert err.body is None


def test_rate_limit_carries_retry_after_and_request_id() -> None:
    headers = httpx.Headers({"retry-after": "7", "x-litellm-call-id": "call-123"})
    err = error_from_response(429, headers, envelope("Rate limit reached", "throttling_error", 429))
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 7.0
    assert err.request_id == "call-123"


def test_retry_after_sources() -> None:
    assert retry_after_seconds(httpx.Headers({"retry-after-ms": "1500", "retry-after": "9"})) == 1.5
    assert retry_after_seconds(httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    assert retry_after_seconds(H, "No deployments available. Try again in 12 seconds") == 12.0
    assert retry_after_seconds(H, "") is None


def test_secrets_are_scrubbed_from_messages() -> None:
    secret = "sk-abcdefghijklmnopqrstuvwxyz123456"
    err = error_from_response(401, H, envelope(f"Invalid key {secret}", "auth_error", 401))
    assert secret not in str(err)
    assert secret not in repr(err)
    assert "...3456" in err.message
