"""Every failure the SDK reports, and the one function that turns a proxy response into one.

The tree (``code`` values in brackets)::

    LiteLLMError
    ├── InvalidRequestError            [invalid_request]     bad input, refused before any request
    ├── ConfigurationError             [configuration_error] no base URL, no master key
    ├── InvalidResponseError           [invalid_response]    a 2xx whose body is not what LiteLLM sends
    ├── APIConnectionError             [connection_error]    proxy unreachable, connection dropped
    │   └── APITimeoutError            [timeout]
    └── APIStatusError                 (the proxy answered with an error status)
        ├── BadRequestError            [bad_request, model_not_found]
        ├── AuthenticationError        [authentication_error, token_not_found_in_db]
        │   ├── KeyExpiredError        [expired_key]
        │   └── KeyBlockedError        [key_blocked]
        ├── PermissionDeniedError      [permission_denied, team_member_permission_error]
        │   └── ModelAccessDeniedError [key_/team_/user_/org_model_access_denied]
        ├── NotFoundError              [not_found]
        ├── ConflictError              [conflict]
        ├── ValidationError            [validation_error]
        ├── BudgetExceededError        [budget_exceeded]
        ├── RateLimitError             [rate_limited]        .retry_after in seconds
        ├── EnterpriseRequiredError    [enterprise_required] a licensed-only feature (LiteLLM answers 403 or 500)
        └── ServerError                [server_error, no_db_connection, auth_provider_unavailable]

LiteLLM puts the reason in ``error.type`` and the HTTP status (as a string) in ``error.code``, and the
status of one reason differs between versions (budget_exceeded has been 400, 422 and 429), so
:func:`error_from_response` decides by ``type`` and message first and by status only after.
"""

from __future__ import annotations

import ast
import email.utils
import json
import re
import time
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar, TypeVar

from litellm_sdk._constants import ERROR_BODY_SNIPPET, MAX_ERROR_BODY_BYTES
from litellm_sdk._redact import scrub

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "ConfigurationError",
    "ConflictError",
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
    "ValidationError",
    "error_from_response",
    "raise_for_status",
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


class APIStatusError(LiteLLMError):
    default_code = "api_error"


class BadRequestError(APIStatusError):
    default_code = "bad_request"


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


class ValidationError(APIStatusError):
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
    "bad_request": "Check the request parameters.",
    "model_not_found": "Pick one of the models the proxy serves.",
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

_CLASS_BY_CODE: dict[str, type[APIStatusError]] = {
    "bad_request": BadRequestError,
    "model_not_found": BadRequestError,
    "authentication_error": AuthenticationError,
    "token_not_found_in_db": AuthenticationError,
    "expired_key": KeyExpiredError,
    "key_blocked": KeyBlockedError,
    "permission_denied": PermissionDeniedError,
    "team_member_permission_error": PermissionDeniedError,
    "key_model_access_denied": ModelAccessDeniedError,
    "team_model_access_denied": ModelAccessDeniedError,
    "user_model_access_denied": ModelAccessDeniedError,
    "org_model_access_denied": ModelAccessDeniedError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "validation_error": ValidationError,
    "budget_exceeded": BudgetExceededError,
    "rate_limited": RateLimitError,
    "server_error": ServerError,
    "no_db_connection": ServerError,
    "auth_provider_unavailable": ServerError,
    "enterprise_required": EnterpriseRequiredError,
}

# LiteLLM ``type`` values that name a reason; other types (internal_server_error, auth_error,
# bad_request_error, ...) are generic labels and the status decides.
_MEANINGFUL_TYPES = frozenset(
    {
        "budget_exceeded",
        "expired_key",
        "key_model_access_denied",
        "team_model_access_denied",
        "user_model_access_denied",
        "org_model_access_denied",
        "token_not_found_in_db",
        "no_db_connection",
        "auth_provider_unavailable",
        "team_member_permission_error",
    }
)

# Reasons recognised in the message, for routes that label everything internal_server_error.
_MESSAGE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"budget has been exceeded|exceeded (its |the )?budget|budget exceeded", re.I),
        "budget_exceeded",
    ),
    (re.compile(r"expired key|key expired|has expired", re.I), "expired_key"),
    (re.compile(r"key is blocked", re.I), "key_blocked"),
    (
        re.compile(r"LITELLM_LICENSE|enterprise (user|feature|license)|premium user", re.I),
        "enterprise_required",
    ),
    (re.compile(r"already exists", re.I), "conflict"),
    # 1.80.x: /key/update of an unknown key answers 401 auth_error (404 from 1.90); only a looked-up key says this
    (re.compile(r"user key does not exist in db", re.I), "not_found"),
    (re.compile(r"db not connected|no db connection|database not connected", re.I), "no_db_connection"),
    (re.compile(r"invalid model name passed", re.I), "model_not_found"),
    (re.compile(r"invalid duration format|unsupported duration unit", re.I), "bad_request"),
    (
        re.compile(r"not allowed to access model|cannot access model|key not allowed to access", re.I),
        "key_model_access_denied",
    ),
)

_STATUS_CODES: dict[int, str] = {
    400: "bad_request",
    401: "authentication_error",
    403: "permission_denied",
    404: "not_found",
    408: "timeout",
    409: "conflict",
    422: "validation_error",
    429: "rate_limited",
}

_NON_RETRYABLE_SERVER = frozenset({"no_db_connection", "enterprise_required", "model_not_found", "bad_request"})

_TRY_AGAIN_IN = re.compile(r"try again in (\d+(?:\.\d+)?) ?s", re.I)


def error_from_response(
    status: int,
    headers: Mapping[str, str],
    content: bytes,
    *,
    secrets: tuple[str, ...] = (),
) -> APIStatusError:
    """Map one error response (status, headers, raw body) to the matching :class:`APIStatusError`.

    Understands the four body shapes LiteLLM sends: ``{"error": {...}}``, FastAPI's ``{"detail": ...}``,
    RFC 9457 problem documents, and plain text or HTML. Secrets are scrubbed from the message.
    """
    body = _parse_body(content)
    message, err_type, param = _read_fields(body, content, status)
    message = scrub(message, secrets)
    code = _decide_code(status, err_type, message)
    cls = _CLASS_BY_CODE.get(code, ServerError if status >= 500 else APIStatusError)
    if code == "timeout":
        cls = ServerError  # a 408 from the proxy: the server gave up, unlike the SDK's own APITimeoutError
    retryable = _is_retryable(status, code)
    request_id = _header(headers, "x-litellm-call-id") or _header(headers, "x-request-id")
    common: dict[str, Any] = {
        "code": code,
        "status": status,
        "param": param,
        "retryable": retryable,
        "request_id": request_id,
        "body": body,
    }
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after_seconds(headers, message), **common)
    return cls(message, **common)


_R = TypeVar("_R")


def raise_for_status(response: _R) -> _R:
    """Raise the matching LiteLLMError when ``response`` has an error status, else return it unchanged.

    Works on the generated client's ``Response`` (from ``client.api``) and on ``httpx.Response``, e.g. for a
    chat call made with a virtual key, so budget and model-access failures get the same codes everywhere.
    """
    status = int(getattr(response, "status_code"))  # noqa: B009
    if status >= 400:
        raise error_from_response(status, getattr(response, "headers"), getattr(response, "content"))  # noqa: B009
    return response


def retry_after_seconds(headers: Mapping[str, str], message: str = "") -> float | None:
    """Seconds to wait from ``retry-after-ms``, ``retry-after`` (seconds or HTTP date), or the message."""
    raw_ms = _header(headers, "retry-after-ms")
    if raw_ms:
        try:
            return max(0.0, float(raw_ms) / 1000.0)
        except ValueError:
            pass
    raw = _header(headers, "retry-after")
    if raw:
        try:
            return max(0.0, float(raw))
        except ValueError:
            parsed = _http_date(raw)
            if parsed is not None:
                return max(0.0, parsed.timestamp() - time.time())
    match = _TRY_AGAIN_IN.search(message)
    return float(match.group(1)) if match else None


def _http_date(raw: str) -> datetime | None:
    try:
        return email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        return None


def _header(headers: Mapping[str, str], name: str) -> str | None:
    value = headers.get(name)
    if value is None and not hasattr(headers, "get_list"):
        lowered = name.lower()
        value = next((v for k, v in headers.items() if k.lower() == lowered), None)
    return value


def looks_like_json(content: bytes) -> bool:
    """Cheap guard before ``json.loads``: an HTML page or megabytes of garbage are never decoded."""
    head = content[:64].lstrip()
    return head[:1] in (b"{", b"[", b'"') or head[:4] in (b"null", b"true") or head[:5] == b"false"


def _parse_body(content: bytes) -> Any:
    if not content:
        return None
    if len(content) <= MAX_ERROR_BODY_BYTES and looks_like_json(content):
        try:
            return json.loads(content)
        except (ValueError, RecursionError):
            pass
    return content[: ERROR_BODY_SNIPPET * 4].decode("utf-8", "replace")


def _clean(value: Any) -> str | None:
    """LiteLLM sends the string "None" for absent values; treat it (and empties) as None."""
    if value is None:
        return None
    text = str(value).strip()
    return None if text in ("", "None", "null") else text


def _unwrap_message(message: str) -> str:
    """Unwrap ``"{'error': '...'}"`` (a Python dict repr LiteLLM puts in messages) to its text."""
    text = message.strip()
    if len(text) < 20_000 and text.startswith("{") and text.endswith("}"):
        try:
            inner = ast.literal_eval(text)
        except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
            try:
                inner = json.loads(text)
            except (ValueError, RecursionError):
                return message
        if isinstance(inner, dict):
            for field in ("error", "message", "detail", "msg"):
                if field in inner and inner[field] is not None:
                    value = inner[field]
                    return _unwrap_message(value) if isinstance(value, str) else _stringify(value)
    return message


def _stringify(value: Any) -> str:
    if isinstance(value, str):
        return value
    try:
        return json.dumps(value, default=str)[:ERROR_BODY_SNIPPET]
    except (TypeError, ValueError, RecursionError):
        return str(value)[:ERROR_BODY_SNIPPET]


def _read_fields(body: Any, content: bytes, status: int) -> tuple[str, str | None, str | None]:
    """(message, type, param) from whichever of the four shapes ``body`` is."""
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):
            raw_message = err.get("message")
            message = _clean(raw_message) if isinstance(raw_message, str) else _clean(_stringify(raw_message))
            return (
                _unwrap_message(message or f"HTTP {status}"),
                _clean(err.get("type")),
                _clean(err.get("param")),
            )
        if isinstance(err, str):
            return _unwrap_message(err), _clean(body.get("type")), None
        detail = body.get("detail")
        if isinstance(detail, list):
            return _validation_message(detail), "validation_error", _first_loc(detail)
        if isinstance(detail, dict):
            inner = detail.get("error", detail.get("message", detail))
            text = inner if isinstance(inner, str) else _stringify(inner)
            return _unwrap_message(text), _clean(detail.get("type")), _clean(detail.get("param"))
        if "title" in body or ("type" in body and "status" in body):
            parts = [str(p) for p in (body.get("title"), body.get("detail")) if p]
            return ": ".join(parts) or f"HTTP {status}", None, None
        if isinstance(detail, str):
            return _unwrap_message(detail), None, None
        if isinstance(body.get("message"), str):
            return _unwrap_message(body["message"]), _clean(body.get("type")), None
        return f"HTTP {status}: {_stringify(body)}", None, None
    if isinstance(body, str):
        return f"HTTP {status}: {_text_snippet(body)}", None, None
    if body is None:
        return f"HTTP {status} with an empty body", None, None
    return f"HTTP {status}: {_stringify(body)}", None, None


def _text_snippet(text: str) -> str:
    """First words of a plain-text or HTML body, tags removed."""
    stripped = re.sub(r"<[^>]{0,2000}>", " ", text)
    stripped = re.sub(r"\s+", " ", stripped).strip()
    return stripped[:ERROR_BODY_SNIPPET] or "(no text)"


def _validation_message(detail: list[Any]) -> str:
    parts = []
    for item in detail[:5]:
        if isinstance(item, dict):
            raw_loc = item.get("loc")
            loc = ".".join(str(p) for p in raw_loc if p != "body") if isinstance(raw_loc, list) else ""
            msg = item.get("msg", "invalid")
            parts.append(f"{loc}: {msg}" if loc else str(msg))
        else:
            parts.append(_stringify(item))
    return "; ".join(parts) or "Validation failed"


def _first_loc(detail: list[Any]) -> str | None:
    for item in detail:
        if isinstance(item, dict) and isinstance(item.get("loc"), list):
            names = [str(p) for p in item["loc"] if p not in ("body", "query", "path")]
            if names:
                return ".".join(names)
    return None


def _decide_code(status: int, err_type: str | None, message: str) -> str:
    if err_type in _MEANINGFUL_TYPES:
        return err_type
    if err_type == "auth_error" and re.search(r"key is blocked", message, re.I):
        return "key_blocked"
    for pattern, code in _MESSAGE_RULES:
        if pattern.search(message):
            return code
    if err_type in ("validation_error", "not_found_error") and status < 500:
        return "validation_error" if err_type == "validation_error" else "not_found"
    if status in _STATUS_CODES:
        return _STATUS_CODES[status]
    if status >= 500:
        return "server_error"
    return "bad_request" if 400 <= status < 500 else "api_error"


def _is_retryable(status: int, code: str) -> bool:
    if code in ("rate_limited", "timeout"):
        return True
    return status >= 500 and code not in _NON_RETRYABLE_SERVER
