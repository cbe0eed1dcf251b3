"""Which error class a proxy answer becomes, and whether a retry may help. A meaningful reason in ``error.type``
decides whatever the status, then reasons named in the message of a JSON body, then the status. The table runs every
status LiteLLM uses times every reason it sends, with expectations written from LiteLLM's documented behaviour (not
read from the mapper), and every error body recorded from the real proxy
(scripts/regenerate --record-examples)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    ConflictError,
    ContentPolicyError,
    EnterpriseRequiredError,
    KeyBlockedError,
    KeyExpiredError,
    LiteLLMError,
    ModelAccessDeniedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    error_from_response,
)

H = httpx.Headers()


def envelope(message: Any, type_: Any = None, param: Any = "None", status: int = 400) -> bytes:
    return json.dumps({"error": {"message": message, "type": type_, "param": param, "code": str(status)}}).encode()


def jbody(value: Any) -> bytes:
    return json.dumps(value).encode()


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


def test_a_string_error_takes_its_reason_from_the_type_beside_it() -> None:
    e = error_from_response(400, H, jbody({"error": "plain words", "type": "expired_key"}))
    assert (type(e), e.code, e.message) == (KeyExpiredError, "expired_key", "plain words")


def test_a_fastapi_validation_list_is_a_validation_error_whatever_the_4xx() -> None:
    e = error_from_response(400, H, jbody({"detail": [{"loc": ["body", "models"], "msg": "bad"}]}))
    assert (type(e), e.code, e.param) == (UnprocessableEntityError, "validation_error", "models")


@pytest.mark.parametrize("status", [400, 422, 429])
def test_budget_exceeded_is_decided_by_type_whatever_the_status(status: int) -> None:
    body = envelope("Budget has been exceeded! Current cost: 0.02, Max budget: 0.01", "budget_exceeded", status=status)
    err = error_from_response(status, H, body)
    assert isinstance(err, BudgetExceededError)
    assert err.code == "budget_exceeded"
    assert err.retryable is False
    assert err.status == status
    assert "budget" in err.suggested_action.lower()


def test_param_none_string_becomes_none_and_code_is_not_the_status_string() -> None:
    err = error_from_response(
        401, H, envelope("Authentication Error, Invalid API key provided.", "token_not_found_in_db", "key", 401)
    )
    assert isinstance(err, AuthenticationError)
    assert err.code == "token_not_found_in_db"
    assert err.param == "key"
    err2 = error_from_response(404, H, envelope("Key not found", "internal_server_error", status=404))
    assert isinstance(err2, NotFoundError)
    assert err2.param is None
    assert err2.code == "not_found"


def test_dict_repr_message_is_unwrapped_and_already_exists_is_a_conflict() -> None:
    body = envelope("{'error': 'Team with id t1 already exists'}", "internal_server_error", status=400)
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
    err = error_from_response(status, H, envelope(message, type_, status=status))
    assert type(err) is cls
    assert err.code == code


def test_retryable_only_where_a_retry_can_help() -> None:
    assert error_from_response(503, H, envelope("x", None, status=503)).retryable
    assert error_from_response(429, H, envelope("slow down", None, status=429)).retryable
    assert not error_from_response(500, H, envelope("DB not connected", None, status=500)).retryable
    assert not error_from_response(404, H, envelope("nope", None, status=404)).retryable


def test_rate_limit_carries_retry_after_and_request_id() -> None:
    headers = httpx.Headers({"retry-after": "7", "x-litellm-call-id": "call-123"})
    err = error_from_response(429, headers, envelope("Rate limit reached", "throttling_error", status=429))
    assert isinstance(err, RateLimitError)
    assert err.retry_after == 7.0
    assert err.request_id == "call-123"


def test_secrets_are_scrubbed_from_messages() -> None:
    secret = "sk-abcdefghijklmnopqrstuvwxyz123456"
    err = error_from_response(401, H, envelope(f"Invalid key {secret}", "auth_error", status=401))
    assert secret not in str(err)
    assert secret not in repr(err)
    assert "...3456" in err.message


STATUSES = (400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504)


#: Reasons LiteLLM names in ``type``: the class they mean whatever the status.
REASONS: dict[str, type[APIStatusError]] = {
    "budget_exceeded": BudgetExceededError,
    "expired_key": KeyExpiredError,
    "key_model_access_denied": ModelAccessDeniedError,
    "team_model_access_denied": ModelAccessDeniedError,
    "user_model_access_denied": ModelAccessDeniedError,
    "org_model_access_denied": ModelAccessDeniedError,
    "token_not_found_in_db": AuthenticationError,
    "team_member_permission_error": PermissionDeniedError,
    "no_db_connection": ServerError,
    "auth_provider_unavailable": ServerError,
    "content_policy_violation": ContentPolicyError,
}


#: Labels that say nothing of the reason: the status decides.
GENERIC = ("internal_server_error", "auth_error", "bad_request_error", "rate_limit_error", "api_error", None)


BY_STATUS: dict[int, tuple[type[APIStatusError], str]] = {
    400: (BadRequestError, "bad_request"),
    401: (AuthenticationError, "authentication_error"),
    403: (PermissionDeniedError, "permission_denied"),
    404: (NotFoundError, "not_found"),
    408: (ServerError, "timeout"),
    409: (ConflictError, "conflict"),
    422: (UnprocessableEntityError, "validation_error"),
    429: (RateLimitError, "rate_limited"),
    500: (ServerError, "server_error"),
    502: (ServerError, "server_error"),
    503: (ServerError, "server_error"),
    504: (ServerError, "server_error"),
}


#: The only reasons a retry can change.
RETRYABLE = {"rate_limited", "timeout", "server_error", "auth_provider_unavailable"}


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("reason", sorted(REASONS))
def test_a_named_reason_decides_whatever_the_status(status: int, reason: str) -> None:
    error = error_from_response(status, {}, envelope("something went wrong", reason, status=status))
    assert type(error) is REASONS[reason]
    assert error.code == reason
    assert error.status == status
    assert error.retryable is (reason in RETRYABLE)


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("label", GENERIC)
def test_a_generic_label_leaves_the_status_to_decide(status: int, label: str | None) -> None:
    error = error_from_response(status, {}, envelope("something went wrong", label, status=status))
    cls, code = BY_STATUS[status]
    assert type(error) is cls
    assert error.code == code
    assert error.retryable is (code in RETRYABLE)


#: Messages of management routes that label everything internal_server_error, and what they mean.
MESSAGES: dict[str, tuple[type[APIStatusError], str]] = {
    "Budget has been exceeded! Current cost: 1.2, Max budget: 1.0": (BudgetExceededError, "budget_exceeded"),
    "Authentication Error - Expired Key. Key Expiry time 2026-01-01": (KeyExpiredError, "expired_key"),
    "Key is blocked. Update via `/key/unblock` if you're admin.": (KeyBlockedError, "key_blocked"),
    "You must be a LiteLLM Enterprise user to use this feature. Set LITELLM_LICENSE": (
        EnterpriseRequiredError,
        "enterprise_required",
    ),
    "{'error': 'User with id u1 already exists'}": (ConflictError, "conflict"),
    "Team id = t1 already exists. Please use a different team id.": (ConflictError, "conflict"),
    "DB not connected. See https://docs.litellm.ai/docs/proxy/virtual_keys": (ServerError, "no_db_connection"),
    "Invalid model name passed in model=gpt-9": (BadRequestError, "model_not_found"),
    "Invalid duration format: 3x": (BadRequestError, "bad_request"),
    # LiteLLM names its exception class; the provider's code (OpenAI's images API) may be in a dict repr
    "litellm.ContentPolicyViolationError: AzureException - content filtered": (
        ContentPolicyError,
        "content_policy_violation",
    ),
    "Error code: 400 - {'error': {'code': 'content_policy_violation', 'message': 'rejected by the safety system'}}": (
        ContentPolicyError,
        "content_policy_violation",
    ),
}


@pytest.mark.parametrize("status", [400, 403, 409, 500, 503])
@pytest.mark.parametrize("message", sorted(MESSAGES))
def test_a_reason_in_the_message_decides_and_is_never_retried(status: int, message: str) -> None:
    error = error_from_response(status, {}, envelope(message, "internal_server_error", status=status))
    cls, code = MESSAGES[message]
    assert type(error) is cls
    assert error.code == code
    assert error.retryable is False


#: Text that mentions a reason's words without being that reason.
UNRELATED = (
    "Your trial has expired; upgrade to keep the dashboard",
    "The certificate has expired upstream",
    "A request with this idempotency token already exists upstream... retry later",
    "The blocked list is being reloaded",
)


@pytest.mark.parametrize("status", [500, 502, 503])
@pytest.mark.parametrize("message", UNRELATED)
def test_unrelated_text_does_not_match_a_reason(status: int, message: str) -> None:
    error = error_from_response(status, {}, envelope(message, "internal_server_error", status=status))
    assert type(error) is ServerError and error.code == "server_error"
    assert error.retryable is True


@pytest.mark.parametrize("status", [502, 503])
def test_a_plain_text_body_is_never_read_for_reasons(status: int) -> None:
    error = error_from_response(status, {}, b"<html><body>Budget has been exceeded for this CDN</body></html>")
    assert type(error) is ServerError and error.retryable is True


#: What LiteLLM 1.108.7 sent for a prompt the upstream refused by its usage policy (the real proxy, through the
#: integration tier's stub upstream): as the answer (HTTP 400) and, with a stream, as its in-stream error event.
CONTENT_POLICY_1_108_7 = {
    "message": "litellm.BadRequestError: litellm.ContentPolicyViolationError: ContentPolicyViolationError: "
    "OpenAIException - Invalid prompt: your prompt was flagged as potentially violating our usage policy. Please "
    "try again with a different prompt.\nmodel=content-policy-stub. content_policy_fallback=None. fallbacks=None."
    "\n\nSet 'content_policy_fallback' - https://docs.litellm.ai/docs/routing#fallbacks",
    "type": "invalid_request_error",
    "param": None,
    "code": "400",
}


def test_litellms_content_policy_answer_is_a_content_policy_error_that_is_not_retried() -> None:
    error = error_from_response(400, {}, json.dumps({"error": CONTENT_POLICY_1_108_7}).encode())
    assert type(error) is ContentPolicyError and isinstance(error, BadRequestError)
    assert (error.code, error.status, error.retryable) == ("content_policy_violation", 400, False)
    assert "rephrase" in error.suggested_action


@pytest.mark.parametrize(
    "message",
    [
        "Invalid prompt: your prompt was flagged as potentially violating our usage policy.",
        "litellm.BadRequestError: OpenAIException - content policy says no",
        "ContentPolicyViolation is not the exception name",
    ],
)
def test_a_bad_request_that_does_not_name_the_content_policy_stays_a_bad_request(message: str) -> None:
    error = error_from_response(400, {}, envelope(message, "invalid_request_error", status=400))
    assert type(error) is BadRequestError and error.code == "bad_request"


RECORDED = json.loads((Path(__file__).resolve().parents[2] / "fixtures" / "error_bodies.json").read_text())


EXPECTED: dict[str, tuple[type[LiteLLMError], str, bool]] = {
    "bad_duration": (BadRequestError, "bad_request", False),
    "bad_master_key": (AuthenticationError, "token_not_found_in_db", False),
    "blocked_key": (KeyBlockedError, "key_blocked", False),
    "budget_exceeded": (BudgetExceededError, "budget_exceeded", False),
    "delete_twice": (NotFoundError, "not_found", False),
    "duplicate_team": (ConflictError, "conflict", False),
    "duplicate_user": (ConflictError, "conflict", False),
    "enterprise_feature": (EnterpriseRequiredError, "enterprise_required", False),
    "expired_key": (KeyExpiredError, "expired_key", False),
    "key_without_sk_prefix": (AuthenticationError, "authentication_error", False),
    "model_not_allowed": (ModelAccessDeniedError, "key_model_access_denied", False),
    "regenerate_unlicensed": (EnterpriseRequiredError, "enterprise_required", False),
    "unknown_model": (BadRequestError, "model_not_found", False),
    "update_unknown_key": (NotFoundError, "not_found", False),
    "validation_error": (UnprocessableEntityError, "validation_error", False),
}


def test_every_recorded_body_has_an_expectation() -> None:
    assert {case["name"] for case in RECORDED} == set(EXPECTED)


@pytest.mark.parametrize("case", RECORDED, ids=lambda c: c["name"])
def test_recorded_error_body(case: dict) -> None:
    cls, code, retryable = EXPECTED[case["name"]]
    err = error_from_response(
        case["status"], httpx.Headers(case.get("headers") or {}), json.dumps(case["body"]).encode()
    )
    assert type(err) is cls
    assert err.code == code
    assert err.retryable is retryable
    assert err.status == case["status"]
    assert err.message and not err.message.startswith("{'")
    assert err.param != "None"
    assert err.suggested_action
