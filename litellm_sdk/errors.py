"""Every failure the SDK reports: the error tree, with a stable ``code`` on each class.

The tree (``code`` values in brackets)::

    LiteLLMError
    ├── InvalidRequestError            [invalid_request]     bad input, refused before any request
    ├── ConfigurationError             [configuration_error] no base URL, no master key
    ├── InvalidResponseError           [invalid_response]    a 2xx whose body is not what LiteLLM sends
    ├── APIConnectionError             [connection_error]    proxy unreachable, connection dropped
    │   └── APITimeoutError            [timeout]
    ├── ClientClosedError              [client_closed]       the client was closed before or during the call
    └── APIStatusError                 (the proxy answered with an error status)
        ├── BadRequestError            [bad_request, model_not_found]
        │   └── ContentPolicyError     [content_policy_violation] the provider's content policy refused it
        ├── AuthenticationError        [authentication_error, token_not_found_in_db]
        │   ├── KeyExpiredError        [expired_key]
        │   └── KeyBlockedError        [key_blocked]
        ├── PermissionDeniedError      [permission_denied, team_member_permission_error]
        │   └── ModelAccessDeniedError [key_/team_/user_/org_model_access_denied]
        ├── NotFoundError              [not_found]
        ├── ConflictError              [conflict]
        ├── UnprocessableEntityError   [validation_error]    (422; ``ValidationError`` is a deprecated alias)
        ├── BudgetExceededError        [budget_exceeded]
        ├── RateLimitError             [rate_limited]        .retry_after in seconds
        ├── EnterpriseRequiredError    [enterprise_required] a licensed-only feature (LiteLLM answers 403 or 500)
        └── ServerError                [server_error, no_db_connection, auth_provider_unavailable]

This module holds the tree only and imports nothing of the SDK (the lowest floor). Turning a proxy response into
one of these (``error_from_response``, ``raise_for_status``, ``araise_for_status``, which reasons a retry can
change) lives in ``_classify``; the three public functions are exported from :mod:`litellm_sdk`.
"""

from __future__ import annotations

from typing import Any, ClassVar

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "ContentPolicyError",
    "EnterpriseRequiredError",
    "InvalidRequestError",
    "InvalidResponseError",
    "KeyBlockedError",
    "KeyExpiredError",
    "LiteLLMError",
    "ModelAccessDeniedError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerError",
    "UnprocessableEntityError",
]


class LiteLLMError(Exception):
    """Base of every error the SDK raises.

    ``code`` is a stable string to branch on; ``suggested_action`` is a sentence a UI can show;
    ``retryable`` says whether the same call may succeed later unchanged.
    """

    default_code: ClassVar[str] = "error"
    default_action: ClassVar[str] = "Check the request and the LiteLLM proxy logs."
    default_retryable: ClassVar[bool] = False

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        status: int | None = None,
        param: str | None = None,
        suggested_action: str | None = None,
        retryable: bool | None = None,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code
        self.status = status
        self.param = param
        self.suggested_action = suggested_action or _ACTIONS.get(self.code, self.default_action)
        self.retryable = self.default_retryable if retryable is None else retryable
        self.request_id = request_id
        self.body = body

    def __str__(self) -> str:
        where = f" (HTTP {self.status})" if self.status is not None else ""
        return f"[{self.code}]{where} {self.message}"

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, status={self.status!r}, message={self.message!r})"

    def to_dict(self) -> dict[str, Any]:
        """The fields a server can hand to a browser (no body, which may hold internals)."""
        return {
            "message": self.message,
            "code": self.code,
            "status": self.status,
            "param": self.param,
            "suggested_action": self.suggested_action,
            "retryable": self.retryable,
            "request_id": self.request_id,
        }


class InvalidRequestError(LiteLLMError):
    default_code = "invalid_request"


class ConfigurationError(LiteLLMError):
    default_code = "configuration_error"


class InvalidResponseError(LiteLLMError):
    default_code = "invalid_response"
    default_retryable = True


class APIConnectionError(LiteLLMError):
    default_code = "connection_error"
    default_retryable = True

    def __init__(self, message: str, *, request_sent: bool = True, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        #: False when the connection failed before the request went out (so the proxy never saw it).
        self.request_sent = request_sent


class APITimeoutError(APIConnectionError):
    default_code = "timeout"


class ClientClosedError(LiteLLMError):
    """The client was closed (``close()``, ``aclose()``, leaving its ``with`` block, or the ``http_client`` it was
    given was closed) before or while this call ran. Whatever the call had created on the proxy is undone before
    this is raised, so no key is left that nobody holds. Not retryable on this client."""

    default_code = "client_closed"


class APIStatusError(LiteLLMError):
    """The proxy answered with an error status. ``status_code`` and ``response`` as in openai-python and httpx."""

    default_code = "api_error"

    #: The proxy's answer the error was made from (status, headers, body): its error response, or the answer the SDK
    #: concluded the error from (a 2xx saying a key is deleted or blocked). None only for an error made without one.
    http_response: Any = None

    @property
    def status_code(self) -> int | None:
        return self.status

    @property
    def response(self) -> Any:
        """The ``httpx.Response`` of the error (None for an error made without one)."""
        return self.http_response


class BadRequestError(APIStatusError):
    default_code = "bad_request"


class ContentPolicyError(BadRequestError):
    """The provider's content policy (moderation, safety system) refused the request or the answer: LiteLLM's
    ``ContentPolicyViolationError`` (HTTP 400, also inside a stream). Not retryable: the same prompt is refused
    again; rephrase it."""

    default_code = "content_policy_violation"


class AuthenticationError(APIStatusError):
    default_code = "authentication_error"


class KeyExpiredError(AuthenticationError):
    default_code = "expired_key"


class KeyBlockedError(AuthenticationError):
    default_code = "key_blocked"


class PermissionDeniedError(APIStatusError):
    default_code = "permission_denied"


class ModelAccessDeniedError(PermissionDeniedError):
    default_code = "key_model_access_denied"


class NotFoundError(APIStatusError):
    default_code = "not_found"


class ConflictError(APIStatusError):
    default_code = "conflict"


class UnprocessableEntityError(APIStatusError):
    """422: the proxy rejected a field (named so as not to shadow pydantic's ``ValidationError``)."""

    default_code = "validation_error"


class BudgetExceededError(APIStatusError):
    default_code = "budget_exceeded"


class RateLimitError(APIStatusError):
    default_code = "rate_limited"
    default_retryable = True

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        #: Seconds the proxy asked to wait, when it said.
        self.retry_after = retry_after


class ServerError(APIStatusError):
    default_code = "server_error"
    default_retryable = True


class EnterpriseRequiredError(APIStatusError):
    default_code = "enterprise_required"


_ACTIONS: dict[str, str] = {
    "invalid_request": "Fix the named argument and call again.",
    "configuration_error": "Set LITELLM_BASE_URL and LITELLM_MASTER_KEY, or pass base_url and master_key.",
    "invalid_response": "The proxy sent a body the SDK cannot read; check that base_url points at LiteLLM.",
    "connection_error": "Check that the LiteLLM proxy is running and reachable, then try again.",
    "timeout": "The proxy did not answer in time; try again shortly.",
    "client_closed": "The client was closed (e.g. the server is shutting down); use an open client to call again.",
    "bad_request": "Check the request parameters.",
    "model_not_found": "Pick one of the models the proxy serves.",
    "content_policy_violation": "The provider's content policy refused this request: rephrase it (or remove the "
    "flagged content) and try again.",
    "authentication_error": "Check the master key or virtual key.",
    "token_not_found_in_db": "The key is unknown to the proxy: check it, or request a new one.",
    "expired_key": "The key has expired: sign in again to get a new one.",
    "key_blocked": "The key is blocked: ask an administrator to unblock it, or request a new one.",
    "permission_denied": "This key is not allowed to do that; ask an administrator for access.",
    "team_member_permission_error": "Your team role does not allow this; ask a team admin.",
    "key_model_access_denied": "This key cannot use that model; pick one of the key's models.",
    "team_model_access_denied": "Your team cannot use that model; pick one of the team's models.",
    "user_model_access_denied": "Your account cannot use that model; pick another model.",
    "org_model_access_denied": "Your organization cannot use that model; pick another model.",
    "not_found": "The key, user or team does not exist (or was deleted).",
    "conflict": "It already exists; use the existing one or choose another id.",
    "validation_error": "Check the request fields named in the message.",
    "budget_exceeded": "The budget is used up: wait for it to reset or ask for a higher budget.",
    "rate_limited": "Too many requests: wait a moment and try again.",
    "server_error": "The proxy failed; try again shortly, and check its logs if it persists.",
    "no_db_connection": "The proxy has no database connection; an administrator must fix its DATABASE_URL.",
    "auth_provider_unavailable": "The proxy's identity provider is unavailable; try again later.",
    "enterprise_required": "This feature needs a LiteLLM Enterprise licence (LITELLM_LICENSE) on the proxy.",
    "response_too_large": "The response was too large to read; narrow the request (e.g. a smaller page size).",
}


def __getattr__(name: str) -> Any:
    if name == "ValidationError":
        import warnings

        warnings.warn(
            "litellm_sdk.ValidationError is renamed UnprocessableEntityError (it shadowed pydantic's)",
            DeprecationWarning,
            stacklevel=2,
        )
        return UnprocessableEntityError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
