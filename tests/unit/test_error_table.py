"""The response mapper over every status LiteLLM uses times every reason it sends: the class, the code and
whether a retry may help. The expectations are written here from LiteLLM's documented behaviour (facts:
the reason is in ``error.type``; statuses of one reason moved between releases), not read from the mapper."""

from __future__ import annotations

import json

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
    ModelAccessDeniedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    error_from_response,
)

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


def body(message: str, type_: str | None, status: int) -> bytes:
    return json.dumps({"error": {"message": message, "type": type_, "param": "None", "code": str(status)}}).encode()


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("reason", sorted(REASONS))
def test_a_named_reason_decides_whatever_the_status(status: int, reason: str) -> None:
    error = error_from_response(status, {}, body("something went wrong", reason, status))
    assert type(error) is REASONS[reason]
    assert error.code == reason
    assert error.status == status
    assert error.retryable is (reason in RETRYABLE)


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("label", GENERIC)
def test_a_generic_label_leaves_the_status_to_decide(status: int, label: str | None) -> None:
    error = error_from_response(status, {}, body("something went wrong", label, status))
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
    error = error_from_response(status, {}, body(message, "internal_server_error", status))
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
    error = error_from_response(status, {}, body(message, "internal_server_error", status))
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
    error = error_from_response(400, {}, body(message, "invalid_request_error", 400))
    assert type(error) is BadRequestError and error.code == "bad_request"
