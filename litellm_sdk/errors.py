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
        │   └── ModelAccessDeniedError [key_/team_/user_/org_model_access_denied] also refused before sending
        ├── NotFoundError              [not_found]
        ├── ConflictError              [conflict]
        ├── UnprocessableEntityError   [validation_error]    (422; ``ValidationError`` is a deprecated alias)
        ├── BudgetExceededError        [budget_exceeded]     .scope (BudgetScope), .scope_id, .reservation
        ├── RateLimitError             [rate_limited]        .retry_after in seconds
        ├── EnterpriseRequiredError    [enterprise_required] a licensed-only feature (LiteLLM answers 403 or 500)
        └── ServerError                [server_error, no_db_connection, auth_provider_unavailable]

This module holds the tree only and imports nothing of the SDK (the lowest floor). Turning a proxy response into
one of these (``error_from_response``, ``raise_for_status``, ``araise_for_status``, which reasons a retry can
change) lives in ``_classify``; the three public functions are exported from :mod:`litellm_sdk`.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "BudgetScope",
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
    ``retryable`` says whether the same call may succeed later unchanged; :attr:`user_message` is the text for the
    person in front of a chat page (what happened and what they can do; no admin instructions, ids or developer
    words).
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
        user_message: str | None = None,
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
        self._user_message = user_message

    @property
    def user_message(self) -> str:
        """What a person using a chat page is told: the text given when the error was made, else a sentence for its
        ``code`` (a budget: the scoped ``suggested_action``; a blocked or expired key, a model the key may not use,
        a rate limit ...), else a generic one. Never LiteLLM's own message, which may name key hashes, team ids and
        admin routes (``Update via `/key/unblock` if you're an admin``); admin instructions and developer words
        (``info.models``, ``check=False``) are stripped from whatever it is made of."""
        if self._user_message is not None:
            return _for_people(self._user_message)
        if self.code == "budget_exceeded":
            return _for_people(self.suggested_action)
        return _USER_TEXT.get(self.code, _USER_DEFAULT)

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
            "user_message": self.user_message,
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
    """The key (or its team, user, organization) may not use the model: refused by the proxy (403, with
    ``check=False``), or by the SDK before sending, from the key's model list (``status`` None, ``param`` "model",
    nothing sent)."""

    default_code = "key_model_access_denied"


class NotFoundError(APIStatusError):
    default_code = "not_found"


class ConflictError(APIStatusError):
    default_code = "conflict"


class UnprocessableEntityError(APIStatusError):
    """422: the proxy rejected a field (named so as not to shadow pydantic's ``ValidationError``)."""

    default_code = "validation_error"


class BudgetScope:
    """Whose budget refused a call: the values of :attr:`BudgetExceededError.scope` (plain strings).

    LiteLLM checks every budget that applies to a call and refuses on the first one used up; only its message says
    which, and :mod:`litellm_sdk._classify` reads it from every message format of the supported releases.
    """

    KEY = "key"  #: the key's own ``max_budget``
    KEY_WINDOW = "key_window"  #: one of the key's ``budget_limits`` windows (1.90.7+), e.g. $1 per day
    KEY_MODEL = "key_model"  #: the key's budget for one model (``model_max_budget``); scope_id is the model
    TEAM = "team"  #: the team's ``max_budget``
    TEAM_WINDOW = "team_window"  #: one of the team's ``budget_limits`` windows
    TEAM_MODEL = "team_model"  #: the team's budget for one model (1.108.7+); scope_id is the model
    TEAM_MEMBER = "team_member"  #: the person's own budget inside the team; scope_id is the user id
    TEAM_MEMBER_MODEL = "team_member_model"  #: the person's budget for one model inside the team (1.108.7+)
    USER = "user"  #: the user's (internal user's) ``max_budget``
    USER_MODEL = "user_model"  #: the user's budget for one model (1.100.5+); scope_id is the model
    END_USER = "end_user"  #: the end user's (the ``user`` a call names, a customer of the app) budget
    END_USER_MODEL = "end_user_model"  #: the end user's budget for one model; scope_id is the model
    ORGANIZATION = "organization"
    PROJECT = "project"  #: 1.90.7+
    TAG = "tag"  #: the budget of a tag the call carries; scope_id is the tag
    MODEL_ACCESS_GROUP = "model_access_group"  #: a model access group's shared budget (1.100.5+)
    SESSION = "session"  #: the key's ``max_budget_per_session`` for one session id (1.90.7+)

    ALL: ClassVar[frozenset[str]] = frozenset(
        {
            KEY, KEY_WINDOW, KEY_MODEL, TEAM, TEAM_WINDOW, TEAM_MODEL, TEAM_MEMBER, TEAM_MEMBER_MODEL, USER,
            USER_MODEL, END_USER, END_USER_MODEL, ORGANIZATION, PROJECT, TAG, MODEL_ACCESS_GROUP, SESSION,
        }
    )  # fmt: skip


class BudgetExceededError(APIStatusError):
    """A budget that applies to the call is used up (``code`` is always ``budget_exceeded``).

    What LiteLLM's message says, read by :func:`litellm_sdk.error_from_response` (None where it says nothing):

    - ``scope``: whose budget (a :class:`BudgetScope` value), None when the message does not say (LiteLLM's bare
      "Budget has been exceeded! Current cost: X, Max budget: Y" is the key's, a team member's or the whole proxy's
      on 1.80.17 and 1.90.7, the proxy's from 1.100.5);
    - ``scope_id``: the id the message names (team id, user id, tag, model access group, the model of a per-model
      budget, the key's alias or masked value, its token hash in a reservation; None when it names none);
    - ``team_id``: the team the message names, for the team scopes;
    - ``max_budget`` and ``spent``: the cap and the figure LiteLLM compared with it. In a reservation refusal the
      figure counts the most this call and calls still running may cost, not only what was spent;
    - ``budget_duration``: the window's period (``"1d"``, ``"30d"``, ``"daily"``...) for the window scopes;
    - ``reservation``: True when LiteLLM refused at its budget reservation (1.85+: before sending, it holds the
      most a call can cost, its input plus ``max_tokens``, or the model's output limit, or 16,384 tokens, against
      every budget); False when a check of the recorded spend refused; None when the message's form is used by both;
    - ``estimated_cost``: the held worst case of this call, when LiteLLM states it (strict budget enforcement: the
      call alone does not fit what is left).
    """

    default_code = "budget_exceeded"

    def __init__(
        self,
        message: str,
        *,
        scope: str | None = None,
        scope_id: str | None = None,
        team_id: str | None = None,
        max_budget: float | None = None,
        spent: float | None = None,
        budget_duration: str | None = None,
        reservation: bool | None = None,
        estimated_cost: float | None = None,
        **kwargs: Any,
    ) -> None:
        self.scope = scope
        self.scope_id = scope_id
        self.team_id = team_id
        self.max_budget = max_budget
        self.spent = spent
        self.budget_duration = budget_duration
        self.reservation = reservation
        self.estimated_cost = estimated_cost
        if kwargs.get("suggested_action") is None:
            kwargs["suggested_action"] = _budget_action(
                scope,
                scope_id=scope_id,
                max_budget=max_budget,
                budget_duration=budget_duration,
                reservation=reservation,
                estimated_cost=estimated_cost,
            )
        super().__init__(message, **kwargs)

    def to_dict(self) -> dict[str, Any]:
        return {
            **super().to_dict(),
            "budget": {
                "scope": self.scope,
                "scope_id": self.scope_id,
                "team_id": self.team_id,
                "max_budget": self.max_budget,
                "spent": self.spent,
                "budget_duration": self.budget_duration,
                "reservation": self.reservation,
                "estimated_cost": self.estimated_cost,
            },
        }


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


#: Per scope: (whose budget, what to do or who can change it), written for the person using the key; the second part
#: reads after "otherwise" too.
_BUDGET_TEXT: dict[str, tuple[str, str]] = {
    BudgetScope.KEY: (
        "your key's budget",
        "ask whoever gave you the key for a higher budget, or wait for it to reset if it renews",
    ),
    BudgetScope.KEY_MODEL: (
        "your key's budget for {id}",
        "pick another model, or ask whoever gave you the key for a higher budget for it",
    ),
    BudgetScope.TEAM: (
        "your team's budget",
        "ask a team admin to raise it (only they can), or wait for it to reset if it renews",
    ),
    BudgetScope.TEAM_MODEL: ("your team's budget for {id}", "pick another model, or ask a team admin to raise it"),
    BudgetScope.TEAM_MEMBER: (
        "your own budget in this team",
        "ask a team admin to raise it, or wait for it to reset if it renews",
    ),
    BudgetScope.TEAM_MEMBER_MODEL: (
        "your own budget for {id} in this team",
        "pick another model, or ask a team admin to raise it",
    ),
    BudgetScope.USER: (
        "your account's budget",
        "ask your administrator for a higher budget, or wait for it to reset if it renews",
    ),
    BudgetScope.USER_MODEL: (
        "your account's budget for {id}",
        "pick another model, or ask your administrator to raise it",
    ),
    BudgetScope.END_USER: (
        "the budget for your use of this service",
        "wait for it to reset, or ask the service's operator to raise it",
    ),
    BudgetScope.END_USER_MODEL: (
        "the budget for your use of {id} in this service",
        "pick another model, or ask the service's operator to raise it",
    ),
    BudgetScope.ORGANIZATION: ("your organization's budget", "ask an organization admin to raise it (only they can)"),
    BudgetScope.PROJECT: ("this project's budget", "ask the project's owner or your administrator to raise it"),
    BudgetScope.TAG: ("the budget for calls tagged '{id}'", "ask your administrator to raise it"),
    BudgetScope.MODEL_ACCESS_GROUP: (
        "the shared budget of the model group '{id}'",
        "pick a model outside that group, or ask your administrator to raise it",
    ),
    BudgetScope.SESSION: ("this conversation's spending limit", "start a new conversation to go on"),
}
_UNKNOWN_BUDGET = (
    "a budget that applies to your calls (the proxy did not say whose: your key's, yours in your team, or the whole "
    "service's)",
    "ask whoever gave you access for a higher budget, or wait for it to reset",
)

#: Per window scope: (whose limit, who can raise it).
_WINDOW_TEXT: dict[str, tuple[str, str]] = {
    BudgetScope.KEY_WINDOW: ("your key's", "whoever gave you the key"),
    BudgetScope.TEAM_WINDOW: ("your team's", "a team admin"),
}

_UNITS = {"s": "second", "m": "minute", "h": "hour", "d": "day", "w": "week", "mo": "month"}
_WORD_PERIODS = {"hourly": "1h", "daily": "24h", "weekly": "7d", "monthly": "1mo"}  # LiteLLM's aliases


def _period_words(duration: str) -> tuple[str, str]:
    """A budget window's period as ``(per, current)``: ``"1d"`` -> ``("day", "day")``, ``"30d"`` ->
    ``("30 days", "30-day period")``; a period in no known form is quoted as it is."""
    text = duration.strip().lower()
    text = _WORD_PERIODS.get(text, text)
    number = text.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = _UNITS.get(text[len(number) :])
    if not number.isdigit() or unit is None:
        return duration, f"{duration} period"
    count = int(number)
    if count == 1:
        return unit, unit
    return f"{count} {unit}s", f"{count}-{unit} period"


def _money(value: float) -> str:
    """``$1.00``, ``$0.0123``, ``$1e-06``: cents, or two significant digits below a cent."""
    return f"${value:,.2f}" if abs(value) >= 0.01 or value == 0 else f"${value:.2g}"


def _budget_action(
    scope: str | None,
    *,
    scope_id: str | None = None,
    max_budget: float | None = None,
    budget_duration: str | None = None,
    reservation: bool | None = None,
    estimated_cost: float | None = None,
) -> str:
    """The sentence a person is shown for a refused call: whose budget ran out, and what to do or who can fix it."""
    if scope in _WINDOW_TEXT:
        whose, who = _WINDOW_TEXT[scope]
        per, current = _period_words(budget_duration) if budget_duration else ("period", "period")
        limit = f"{_money(max_budget)} " if max_budget is not None else ""
        budget = f"{whose} {limit}spending limit per {per}"
        fix = f"wait until the current {current} ends, when it resets, or ask {who} to raise the limit"
    else:
        budget, fix = _BUDGET_TEXT.get(scope, _UNKNOWN_BUDGET) if scope is not None else _UNKNOWN_BUDGET
        budget = budget.format(id=scope_id or "this model")
    if estimated_cost is not None:
        return (
            f"This call could cost up to {_money(estimated_cost)}, more than is left of {budget}. The proxy sets aside "
            "the most a call can cost before sending it: ask for a shorter answer (a lower max_tokens) or send less "
            f"text, and try again; otherwise {fix}."
        )
    said = budget[:1].upper() + budget[1:]
    if reservation:
        return (
            f"{said} has nothing left once the most that calls still running may cost is set aside (the proxy holds "
            "it until each call ends). Try again when your other calls have finished, since calls with a lower "
            f"max_tokens hold less; otherwise {fix}."
        )
    return f"{said} is used up: {fix}."


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


#: Per code: what a person using a chat page is told (:attr:`LiteLLMError.user_message`).
_USER_TEXT: dict[str, str] = {
    "expired_key": "Your access has expired. Sign in again to get a new key.",
    "key_blocked": "Your access is blocked. Ask whoever gave you access to unblock it, or to give you a new key.",
    "token_not_found_in_db": "Your access key is not valid any more. Sign in again to get a new one.",
    "authentication_error": "Your access key was not accepted. Sign in again.",
    "key_model_access_denied": "You cannot use this model. Pick one of the models offered to you.",
    "team_model_access_denied": "Your team cannot use this model. Pick one of the models offered to you.",
    "user_model_access_denied": "Your account cannot use this model. Pick one of the models offered to you.",
    "org_model_access_denied": "Your organization cannot use this model. Pick one of the models offered to you.",
    "model_not_found": "This model is not available. Pick one of the models offered to you.",
    "permission_denied": "You are not allowed to do this.",
    "team_member_permission_error": "Your role in the team does not allow this.",
    "rate_limited": "Too many requests right now. Wait a moment and try again.",
    "content_policy_violation": "The model's content policy refused this message. Rephrase it and try again.",
    "connection_error": "The service cannot be reached right now. Try again shortly.",
    "timeout": "The answer took too long. Try again shortly.",
    "server_error": "The service failed to answer. Try again shortly.",
    "no_db_connection": "The service failed to answer. Try again later.",
    "auth_provider_unavailable": "Signing in is not possible right now. Try again later.",
    "enterprise_required": "This feature is not available here.",
}
_USER_DEFAULT = "Something went wrong with this request. Try again, or tell the site's operator if it keeps happening."

#: Sentences meant for administrators or developers: LiteLLM's admin routes and admin-only hints, the SDK's names.
_NOT_FOR_PEOPLE = re.compile(
    r"if you(?:'re| are) (?:an? )?admin|`|/key/|/v1/|/user/|/team/|LITELLM_|\binfo\.\w|check=False|\bparam\b"
    r"|\bmodel=|\bpass \w+=",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_PAREN = re.compile(r"\s*\([^()]*\)")


def _for_people(text: str) -> str:
    """``text`` without what is meant for admins or developers: each parenthesis and each sentence naming an admin
    route (``/key/unblock``), an admin-only hint ("if you're an admin"), code (backticks, ``info.models``,
    ``check=False``, ``model=``) or an environment variable is left out; "" when nothing is left."""
    text = _PAREN.sub(lambda m: "" if _NOT_FOR_PEOPLE.search(m.group()) else m.group(), text)
    kept = [part for part in _SENTENCE.split(text.strip()) if part and not _NOT_FOR_PEOPLE.search(part)]
    return " ".join(kept)


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
