"""From a proxy response to a LiteLLMError: the one place that maps statuses, LiteLLM's reasons and messages
to the classes of :mod:`litellm_sdk.errors`, and decides which reasons a retry can change.

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
from typing import Any, TypeVar

from litellm_sdk._constants import ERROR_BODY_SNIPPET, MAX_ERROR_BODY_BYTES
from litellm_sdk._redact import scrub
from litellm_sdk.errors import (
    APIConnectionError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    BudgetScope,
    ConflictError,
    ContentPolicyError,
    EnterpriseRequiredError,
    InvalidRequestError,
    KeyBlockedError,
    KeyExpiredError,
    ModelAccessDeniedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)

__all__ = [
    "RETRYABLE_CODES",
    "araise_for_status",
    "budget_details",
    "error_from_response",
    "raise_for_status",
    "retry_after_seconds",
]


_CLASS_BY_CODE: dict[str, type[APIStatusError]] = {
    "bad_request": BadRequestError,
    "model_not_found": BadRequestError,
    "content_policy_violation": ContentPolicyError,
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
    "validation_error": UnprocessableEntityError,
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
        "content_policy_violation",
    }
)

# Reasons recognised in the message of a LiteLLM-shaped (JSON) body, for routes that label everything
# internal_server_error. Each pattern names its subject, so unrelated text ("your trial has expired") never matches;
# plain-text and HTML bodies (a proxy in front) are never read this way: their status decides.
_MESSAGE_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\bbudget has been exceeded\b|\bexceeded (?:its |the )?budget\b|\bbudget exceeded\b|\bExceededBudget: ",
            re.I,
        ),
        "budget_exceeded",
    ),
    (re.compile(r"\bexpired key\b|\b(?:virtual |api )?key (?:has )?expired\b", re.I), "expired_key"),
    (re.compile(r"\bkey is blocked\b", re.I), "key_blocked"),
    # LiteLLM names its exception class in the message ("litellm.ContentPolicyViolationError: ..."; type is the
    # generic invalid_request_error); providers' own code for it is content_policy_violation
    (re.compile(r"\bContentPolicyViolationError\b|\bcontent_policy_violation\b"), "content_policy_violation"),
    (
        re.compile(r"\bLITELLM_LICENSE\b|\benterprise (?:user|feature|license)\b|\bpremium[ _]user\b", re.I),
        "enterprise_required",
    ),
    (
        re.compile(
            r"\b(?:key|user|team|organization|org|model|budget|tag|alias|id)\b[^.\n]{0,120}\balready exists\b", re.I
        ),
        "conflict",
    ),
    # a stored row's unique column taken (the database's own words, passed on by a route that does not reword them:
    # LiteLLM #36435 makes /key/generate of an existing key value a 400 from the token's unique constraint), or a
    # key value someone holds
    (
        re.compile(
            r"\bunique constraint failed\b|\bduplicate key value violates unique constraint\b"
            r"|\bduplicate (?:virtual )?(?:key|secret)s?\b"
            r"|\b(?:key|secret)\b[^.\n]{0,120}\balready (?:in use|taken|used)\b",
            re.I,
        ),
        "conflict",
    ),
    # 1.80.x: /key/update of an unknown key answers 401 auth_error (404 from 1.90); only a looked-up key says this
    (re.compile(r"\buser key does not exist in db\b", re.I), "not_found"),
    (re.compile(r"\bdb not connected\b|\bno db connection\b|\bdatabase not connected\b", re.I), "no_db_connection"),
    (re.compile(r"\binvalid model name passed\b", re.I), "model_not_found"),
    (re.compile(r"\binvalid duration format\b|\bunsupported duration unit\b", re.I), "bad_request"),
    (
        re.compile(r"\bnot allowed to access model\b|\bcannot access model\b|\bkey not allowed to access\b", re.I),
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

#: The only reasons a retry can change: everything else (budget, expiry, blocking, access, conflicts, missing
#: database, licence, bad input) is the same on the next attempt, whatever status it came with.
RETRYABLE_CODES = frozenset({"rate_limited", "timeout", "server_error", "auth_provider_unavailable"})

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
    message, err_type, param = _read_fields(body, status)
    message = scrub(message, secrets)
    code = _decide_code(status, err_type, message, from_json=isinstance(body, dict))
    cls = _CLASS_BY_CODE.get(code, APIStatusError)  # every status >= 500 has a code in the table
    if code == "timeout":
        cls = ServerError  # a 408 from the proxy: the server gave up, unlike the SDK's own APITimeoutError
    retryable = code in RETRYABLE_CODES
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
        error: APIStatusError = RateLimitError(message, retry_after=retry_after_seconds(headers, message), **common)
    elif cls is BudgetExceededError:
        error = BudgetExceededError(message, **budget_details(message), **common)
    else:
        error = cls(message, **common)
    error.http_response = http_response(status, headers, content)
    return error


def http_response(status: int, headers: Mapping[str, str], content: bytes) -> Any:
    """The ``httpx.Response`` an error carries as its ``response``: the proxy's answer (status, headers, body)."""
    return _httpx().Response(status, headers=dict(headers.items()), content=content)


_R = TypeVar("_R")


def raise_for_status(response: _R) -> _R:
    """Raise the matching LiteLLMError when ``response`` has an error status, else return it unchanged.

    Works on the generated client's ``Response`` (from ``client.api``) and on ``httpx.Response``, e.g. for a
    chat call made with a virtual key, so budget and model-access failures get the same codes everywhere. A
    streamed ``httpx.Response`` that was not read is read here (at most ``MAX_ERROR_BODY_BYTES``) and closed; for
    one streamed by an ``httpx.AsyncClient`` use :func:`araise_for_status`.
    """
    status = _status_of(response)
    if status >= 400:
        raise error_from_response(status, getattr(response, "headers", {}), _content_of(response))
    return response


async def araise_for_status(response: _R) -> _R:
    """The async twin of :func:`raise_for_status`: reads an unread async-streamed error body before mapping it."""
    status = _status_of(response)
    if status >= 400:
        content: bytes
        if _is_unread_httpx(response):
            content = await _aread_bounded(response)
        else:
            content = _content_of(response)
        raise error_from_response(status, getattr(response, "headers", {}), content)
    return response


def _httpx() -> Any:
    import httpx

    return httpx


def _status_of(response: Any) -> int:
    status: Any = getattr(response, "status_code", None)
    if not isinstance(status, bool):  # an int, HTTPStatus (the generated client) or its text; never True/False
        try:
            return int(status)
        except (TypeError, ValueError):
            pass
    raise InvalidRequestError(
        f"raise_for_status needs a response with a status_code, got {type(response).__name__}", param="response"
    )


def _is_unread_httpx(response: Any) -> bool:
    httpx = _httpx()
    if not isinstance(response, httpx.Response):
        return False
    try:
        response.content  # noqa: B018
    except httpx.ResponseNotRead:
        return True
    return False


class _ErrorBody:
    """The start of an error body, read chunk by chunk: reading stops once ``MAX_ERROR_BODY_BYTES`` are in (a
    longer body is not parsed as JSON anyway, and only its start is quoted)."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = []
        self.size = 0

    def add(self, chunk: bytes) -> bool:
        """Take ``chunk``; True when enough has been read."""
        self.chunks.append(chunk)
        self.size += len(chunk)
        return self.size > MAX_ERROR_BODY_BYTES

    def content(self) -> bytes:
        return b"".join(self.chunks)


def _read_failed(exc: Exception) -> APIConnectionError:
    return APIConnectionError(f"Reading the error body failed: {type(exc).__name__}")


def _content_of(response: Any) -> bytes:
    if not _is_unread_httpx(response):
        content = getattr(response, "content", b"")
        return content if isinstance(content, bytes) else b""
    httpx = _httpx()
    if not isinstance(response.stream, httpx.SyncByteStream):
        raise InvalidRequestError(
            "This response is streamed by an httpx.AsyncClient: use `await araise_for_status(response)`",
            param="response",
        )
    body = _ErrorBody()
    try:
        for chunk in response.iter_bytes():
            if body.add(chunk):
                break
    except httpx.TransportError as exc:
        raise _read_failed(exc) from None
    finally:
        response.close()
    return body.content()


async def _aread_bounded(response: Any) -> bytes:
    httpx = _httpx()
    if not isinstance(response.stream, httpx.AsyncByteStream):
        raise InvalidRequestError(
            "This response is streamed by a sync httpx.Client: use `raise_for_status(response)`", param="response"
        )
    body = _ErrorBody()
    try:
        async for chunk in response.aiter_bytes():
            if body.add(chunk):
                break
    except httpx.TransportError as exc:
        raise _read_failed(exc) from None
    finally:
        await response.aclose()
    return body.content()


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


def _read_fields(body: Any, status: int) -> tuple[str, str | None, str | None]:
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


def _decide_code(status: int, err_type: str | None, message: str, *, from_json: bool) -> str:
    if err_type in _MEANINGFUL_TYPES:
        return err_type
    if from_json:
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


# --------------------------------------------------------------------------- whose budget (BudgetExceededError)
# Every message format LiteLLM 1.80.17-1.110.2 uses for a refused budget (litellm/proxy/auth/auth_checks.py,
# user_api_key_auth.py, hooks/model_max_budget_limiter.py, hooks/max_budget_per_session_limiter.py,
# spend_tracking/budget_reservation.py); tests/fixtures/budget_messages.json has one real string of each per release.

_NUM = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|[-+]?inf|nan"
_DURATION = r"\d+(?:mo|[smhdw])|hourly|daily|weekly|monthly"
_MODEL = r"(?P<model>[^\s,]+)(?:, budget_model=[^\s,]+)?"

# "Budget has been exceeded! <Entity>=<id> Current cost: X, [Estimated request cost: E, ]Max budget: Y"
_EXCEEDED = re.compile(
    r"Budget has been exceeded! (?:(?P<entity>Model access group|TeamMember|Organization|EndUser|Project|Team|User|"
    r"Key|Tag)=(?P<id>.*?) )?Current cost: (?P<spent>"
    + _NUM
    + r"), (?:Estimated request cost: (?P<est>"
    + _NUM
    + r"), )?Max budget: (?P<max>"
    + _NUM
    + r")",
    re.S,
)
_IN_TEAM = re.compile(r"(?P<user>.*?) in Team=(?P<team>.*)", re.S)  # User=<u> in Team=<t>: the team member check
_WINDOW_ID = re.compile(r"(?P<id>.*):(?P<duration>" + _DURATION + r")")  # a reservation's <id>:<budget_duration>
_TOKEN_HASH = re.compile(r"[0-9a-f]{64}")
_KEY_LABEL = re.compile(r"(?P<label>.*?)(?: \((?P<name>[^()]*)\))?", re.S)  # <alias or "key">[ (<sk-...abcd>)]

_SPENT_BUDGET = r"Spend=(?P<spent>" + _NUM + r"), Budget=(?P<max>" + _NUM + r")"
_WINDOW_SPEND = r"Spend=\$(?P<spent>" + _NUM + r"), Limit=\$(?P<max>" + _NUM + r")"
_OTHER_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ExceededBudget: End User=(?P<id>.*?) over budget\. " + _SPENT_BUDGET, re.S), BudgetScope.END_USER),
    (re.compile(r"ExceededBudget: User=(?P<id>.*?) over budget\. " + _SPENT_BUDGET, re.S), BudgetScope.USER),
    (
        re.compile(r"ExceededBudget: Key over (?P<duration>\S+) budget\. " + _WINDOW_SPEND),
        BudgetScope.KEY_WINDOW,
    ),
    (
        re.compile(r"ExceededBudget: Team=(?P<team>.*?) over (?P<duration>\S+) budget\. " + _WINDOW_SPEND, re.S),
        BudgetScope.TEAM_WINDOW,
    ),
    (
        re.compile(r"LiteLLM Virtual Key: .*?, key_alias: .*?, exceeded budget for model=" + _MODEL, re.S),
        BudgetScope.KEY_MODEL,
    ),
    (
        re.compile(r"LiteLLM Team Member: user=(?P<user>.*?), team=(?P<team>.*?), exceeded budget for model=" + _MODEL),
        BudgetScope.TEAM_MEMBER_MODEL,
    ),
    (re.compile(r"LiteLLM Team: (?P<team>.*?), exceeded budget for model=" + _MODEL), BudgetScope.TEAM_MODEL),
    (re.compile(r"LiteLLM End User: .*?, exceeded budget for model=" + _MODEL), BudgetScope.END_USER_MODEL),
    (re.compile(r"LiteLLM User: .*?, exceeded budget for model=" + _MODEL), BudgetScope.USER_MODEL),
    (
        re.compile(
            r"Session budget exceeded for session (?P<id>.*?)\. Current spend: \$(?P<spent>"
            + _NUM
            + r"), max_budget_per_session: \$(?P<max>"
            + _NUM
            + r")",
            re.S,
        ),
        BudgetScope.SESSION,
    ),
)

#: The reservation's own entity names (budget_reservation._BudgetCounter.entity_type) that no check of the recorded
#: spend uses; Team=, TeamMember=, Organization=, Tag=, Model access group= and Project= are used by both.
_RESERVATION_ONLY = frozenset({"EndUser", "User"})
_SCOPE_OF_ENTITY = {
    "Key": BudgetScope.KEY,
    "Team": BudgetScope.TEAM,
    "TeamMember": BudgetScope.TEAM_MEMBER,
    "User": BudgetScope.USER,
    "EndUser": BudgetScope.END_USER,
    "Tag": BudgetScope.TAG,
    "Model access group": BudgetScope.MODEL_ACCESS_GROUP,
    "Organization": BudgetScope.ORGANIZATION,
    "Project": BudgetScope.PROJECT,
}


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:  # pragma: no cover - the patterns only capture numbers
        return None


def budget_details(message: str) -> dict[str, Any]:
    """What a budget refusal's message says: ``scope``, ``scope_id``, ``team_id``, ``max_budget``, ``spent``,
    ``budget_duration``, ``reservation``, ``estimated_cost`` (the keywords of :class:`BudgetExceededError`); an empty
    dict for a message in no known format (the scope is then unknown)."""
    match = _EXCEEDED.search(message)
    if match is not None:
        return _exceeded_details(match)
    for pattern, scope in _OTHER_FORMS:
        match = pattern.search(message)
        if match is not None:
            return _other_details(match, scope)
    return {}


def _exceeded_details(match: re.Match[str]) -> dict[str, Any]:
    entity, raw_id = match.group("entity"), match.group("id")
    estimated = _number(match.group("est"))
    details: dict[str, Any] = {
        "spent": _number(match.group("spent")),
        "max_budget": _number(match.group("max")),
        "estimated_cost": estimated,
        # a stated estimate is the strict reservation's; the other reservation-only forms below say so too
        "reservation": True if estimated is not None else None,
    }
    if entity is None:  # LiteLLM's default text: the key's, a team member's or the proxy's (1.80.17, 1.90.7)
        details["reservation"] = False  # the reservation always names its counter
        return details
    details["scope"] = _SCOPE_OF_ENTITY[entity]
    ident = _clean(raw_id)
    window = _WINDOW_ID.fullmatch(raw_id) if entity in ("Key", "Team") else None
    if window is not None:  # the reservation's counter of one budget_limits window: <id>:<budget_duration>
        details["scope"] = BudgetScope.KEY_WINDOW if entity == "Key" else BudgetScope.TEAM_WINDOW
        details["budget_duration"] = window.group("duration")
        details["reservation"] = True
        ident = _clean(window.group("id"))
    if entity in _RESERVATION_ONLY and _IN_TEAM.fullmatch(raw_id) is None:
        details["reservation"] = True
    if entity == "User" and (member := _IN_TEAM.fullmatch(raw_id)) is not None:
        # "User=<u> in Team=<t>": the team member check of the recorded spend
        details.update(scope=BudgetScope.TEAM_MEMBER, team_id=_clean(member.group("team")), reservation=False)
        ident = _clean(member.group("user"))
    elif entity == "TeamMember" and ident is not None and ":" in ident:
        user, _, team = ident.rpartition(":")  # <user_id>:<team_id>
        ident, details["team_id"] = _clean(user), _clean(team)
    elif entity == "Key" and window is None:
        ident, details["reservation"] = _key_id(raw_id, estimated)
    if details["scope"] in (BudgetScope.TEAM, BudgetScope.TEAM_WINDOW):
        details["team_id"] = ident
    details["scope_id"] = ident
    return details


def _key_id(raw_id: str, estimated: float | None) -> tuple[str | None, bool | None]:
    """The id a ``Key=`` names, and whether the form is the reservation's: it names the key by its token hash; the
    check of the recorded spend by ``<alias or "key">[ (<masked key>)]`` (1.85+)."""
    if _TOKEN_HASH.fullmatch(raw_id):
        return raw_id, True
    label = _KEY_LABEL.fullmatch(raw_id)
    assert label is not None  # the pattern matches every string
    name = _clean(label.group("name"))
    alias = _clean(label.group("label"))
    reservation = estimated is not None
    if alias == "key":  # LiteLLM's label of a key without an alias
        return name, reservation
    return alias, reservation


def _other_details(match: re.Match[str], scope: str) -> dict[str, Any]:
    groups = match.groupdict()
    details: dict[str, Any] = {"scope": scope, "reservation": False}
    details["spent"] = _number(groups.get("spent"))
    details["max_budget"] = _number(groups.get("max"))
    details["budget_duration"] = groups.get("duration")
    team = _clean(groups.get("team"))
    details["team_id"] = team
    if groups.get("model") is not None:
        details["scope_id"] = groups["model"]
    elif scope == BudgetScope.TEAM_WINDOW:
        details["scope_id"] = team
    else:
        details["scope_id"] = _clean(groups.get("id"))
    return details
