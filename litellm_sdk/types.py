"""The SDK's public value types: what a virtual key allows, as plain frozen data.

All of them are immutable, hashable ``attrs`` classes (their mapping fields take part in ``==`` but not in the
hash) that round-trip through JSON with ``to_dict()`` / ``from_dict()``, so a server can cache them, put them in
sets or hand them to a browser. Secrets are masked in reprs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone
from typing import Any

import attrs

from litellm_sdk._redact import mask
from litellm_sdk.errors import BudgetScope

__all__ = [
    "BrowserKeyInfo",
    "BrowserModelInfo",
    "BudgetInfo",
    "Features",
    "KeySummary",
    "LiveBudget",
    "ModelInfo",
    "RateLimitInfo",
    "ScopeBudget",
    "VirtualKeyInfo",
]

#: Modes LiteLLM reports, mapped to the Features field they turn on.
MODE_FEATURES: Mapping[str, str] = {
    "chat": "chat",
    "completion": "completion",
    "embedding": "embeddings",
    "embeddings": "embeddings",
    "image_generation": "image_generation",
    "image_edit": "image_edit",
    "audio_transcription": "audio_transcription",
    "audio_speech": "audio_speech",
    "moderation": "moderation",
    "moderations": "moderation",
    "rerank": "rerank",
    "realtime": "realtime",
    "responses": "responses",
    "ocr": "ocr",
    "video_generation": "video_generation",
    "batch": "batch",
    "search": "search",
}

#: ``supports_*`` flags of a model, mapped to the Features field they turn on.
CAPABILITY_FEATURES: Mapping[str, str] = {
    "supports_vision": "vision",
    "supports_function_calling": "function_calling",
    "supports_parallel_function_calling": "parallel_function_calling",
    "supports_reasoning": "reasoning",
    "supports_web_search": "web_search",
    "supports_url_context": "url_context",
    "supports_fast_mode": "fast_mode",
    "supports_background_chat": "background_chat",
    "supports_continuation": "continuation",
}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _from_iso(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


@attrs.frozen(kw_only=True)
class ModelInfo:
    """One model (LiteLLM model group) a key may call, with what it can do.

    A ``supports_*`` flag of ``False`` means "not supported or not known": LiteLLM does not tell the two apart.
    """

    id: str
    name: str
    provider: str = "unknown"
    providers: tuple[str, ...] = ()
    mode: str | None = None
    max_input_tokens: int | None = None
    max_output_tokens: int | None = None
    input_cost_per_token: float | None = None
    output_cost_per_token: float | None = None
    tpm: int | None = None
    rpm: int | None = None
    supports_vision: bool = False
    supports_function_calling: bool = False
    supports_parallel_function_calling: bool = False
    supports_reasoning: bool = False
    supports_web_search: bool = False
    supports_url_context: bool = False
    supports_fast_mode: bool = False
    #: LiteLLM 1.110: background (cache-backed) Responses runs, and continuation of a response.
    supports_background_chat: bool = False
    supports_continuation: bool = False
    #: LiteLLM 1.109+: the OpenAI-style endpoints the group serves (``["/v1/chat/completions", ...]``); None when
    #: the proxy does not say (older releases).
    supported_endpoints: tuple[str, ...] | None = None
    supported_openai_params: tuple[str, ...] | None = None
    description: str | None = None
    #: Fields LiteLLM sent that this SDK version does not model, kept as they came.
    extra: Mapping[str, Any] = attrs.field(factory=dict, repr=False, hash=False)

    @property
    def servable(self) -> bool:
        """Whether a deployment on the proxy serves this model. LiteLLM also lists names it cannot route (an
        unknown name on a key, model-cost-map names a wildcard matches with no such deployment): those have no
        providers, and a call to them fails."""
        return bool(self.providers)

    @property
    def capabilities(self) -> frozenset[str]:
        """Names of the capability features this model turns on (e.g. ``{"vision", "function_calling"}``)."""
        return frozenset(feature for flag, feature in CAPABILITY_FEATURES.items() if getattr(self, flag))

    def to_dict(self) -> dict[str, Any]:
        data = attrs.asdict(self, recurse=False)
        data["providers"] = list(self.providers)
        data["supported_openai_params"] = (
            list(self.supported_openai_params) if self.supported_openai_params is not None else None
        )
        data["supported_endpoints"] = list(self.supported_endpoints) if self.supported_endpoints is not None else None
        data["extra"] = dict(self.extra)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ModelInfo:
        values = dict(data)
        values["providers"] = tuple(values.get("providers") or ())
        params = values.get("supported_openai_params")
        values["supported_openai_params"] = tuple(params) if params is not None else None
        endpoints = values.get("supported_endpoints")
        values["supported_endpoints"] = tuple(endpoints) if endpoints is not None else None
        values["extra"] = dict(values.get("extra") or {})
        known = {f.name for f in attrs.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})


@attrs.frozen(kw_only=True)
class Features:
    """What the UI may offer: one flag per mode and per capability, true when any of the key's models has it."""

    chat: bool = False
    completion: bool = False
    embeddings: bool = False
    image_generation: bool = False
    image_edit: bool = False
    audio_transcription: bool = False
    audio_speech: bool = False
    moderation: bool = False
    rerank: bool = False
    realtime: bool = False
    responses: bool = False
    ocr: bool = False
    video_generation: bool = False
    batch: bool = False
    search: bool = False
    vision: bool = False
    function_calling: bool = False
    parallel_function_calling: bool = False
    reasoning: bool = False
    web_search: bool = False
    url_context: bool = False
    fast_mode: bool = False
    background_chat: bool = False
    continuation: bool = False

    @classmethod
    def from_models(cls, models: Iterable[ModelInfo]) -> Features:
        """Aggregate: a feature is on when at least one model turns it on."""
        on: set[str] = set()
        for model in models:
            feature = MODE_FEATURES.get((model.mode or "").lower())
            if feature:
                on.add(feature)
            on.update(model.capabilities)
        return cls(**dict.fromkeys(on, True))

    def enabled(self) -> tuple[str, ...]:
        """Names of the features that are on, in field order."""
        return tuple(f.name for f in attrs.fields(Features) if getattr(self, f.name))

    def to_dict(self) -> dict[str, bool]:
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Features:
        known = {f.name for f in attrs.fields(cls)}
        return cls(**{k: bool(v) for k, v in data.items() if k in known})


@attrs.frozen(kw_only=True)
class BudgetInfo:
    """Spend against the key's budget. ``max`` None means unlimited, and then ``remaining`` is None too."""

    max: float | None
    spent: float = 0.0
    duration: str | None = None
    resets_at: datetime | None = None
    #: Per-model budgets: ``{model: {"budget_limit": float, "time_period": str}}``.
    per_model: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict, hash=False)

    @property
    def remaining(self) -> float | None:
        if self.max is None:
            return None
        return max(0.0, self.max - self.spent)

    @property
    def exhausted(self) -> bool:
        return self.max is not None and self.spent >= self.max

    def to_dict(self) -> dict[str, Any]:
        return {
            "max": self.max,
            "spent": self.spent,
            "remaining": self.remaining,
            "duration": self.duration,
            "resets_at": _iso(self.resets_at),
            "per_model": {k: dict(v) for k, v in self.per_model.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BudgetInfo:
        return cls(
            max=data.get("max"),
            spent=float(data.get("spent") or 0.0),
            duration=data.get("duration"),
            resets_at=_from_iso(data.get("resets_at")),
            per_model={k: dict(v) for k, v in (data.get("per_model") or {}).items()},
        )


#: The scopes LiteLLM checks, in the order it checks them (``proxy/auth/user_api_key_auth.py``, then
#: ``auth_checks.common_checks``); of two budgets with as little left, the one checked first is the one a refused
#: call names. Per-model scopes apply only to calls to their model.
SCOPE_ORDER: tuple[str, ...] = (
    BudgetScope.TEAM_MEMBER,
    BudgetScope.KEY,
    BudgetScope.KEY_MODEL,
    BudgetScope.TEAM_MODEL,
    BudgetScope.TEAM,
    BudgetScope.TEAM_WINDOW,
    BudgetScope.KEY_WINDOW,
    BudgetScope.ORGANIZATION,
    BudgetScope.USER,
    BudgetScope.USER_MODEL,
)
PER_MODEL_SCOPES = frozenset({BudgetScope.KEY_MODEL, BudgetScope.TEAM_MODEL, BudgetScope.USER_MODEL})
_KEY_SCOPES = frozenset({BudgetScope.KEY, BudgetScope.KEY_WINDOW})


@attrs.frozen(kw_only=True)
class ScopeBudget:
    """One budget that applies to calls made with a key: whose it is (``scope``, a :class:`~litellm_sdk.BudgetScope`
    value, and ``id``), its cap, what is spent against it and when it resets. See docs/budgets.md.

    - ``id``: the team id (``team``, ``team_window``), the user id (``user``, ``team_member``), the organisation id,
      the key's token id (``key``, ``key_window``), or the model (``key_model``, ``team_model``, ``user_model``).
    - ``max`` None: no cap (unlimited), and then ``remaining`` is None too (never 0 for unlimited).
    - ``spent`` None: the proxy does not report this budget's spend (a team's ``budget_limits`` windows; a key's
      windows before LiteLLM 1.108): ``remaining`` is then None and the budget is left out of the effective one.
    - ``known`` False: the SDK could not read this scope (the master key may not read it, 403; the proxy does not
      know it, 404; or the request failed): every figure is None. Calls may still be refused by it.
    """

    scope: str
    id: str | None = None
    max: float | None = None
    spent: float | None = 0.0
    duration: str | None = None
    resets_at: datetime | None = None
    known: bool = True

    @property
    def remaining(self) -> float | None:
        """What may still be spent: ``max - spent``, never below 0; None when there is no cap or it is not known."""
        if self.max is None or self.spent is None:
            return None
        return max(0.0, self.max - self.spent)

    @property
    def unlimited(self) -> bool:
        """True when the SDK read this scope and it has no cap."""
        return self.known and self.max is None

    @property
    def exhausted(self) -> bool:
        """True when LiteLLM refuses paid calls on this budget now: spend at the cap (a team's own ``max_budget``:
        above it, as LiteLLM compares it). Free (zero-cost) models still pass."""
        if self.max is None or self.spent is None:
            return False
        return self.spent > self.max if self.scope == BudgetScope.TEAM else self.spent >= self.max

    @property
    def per_model(self) -> bool:
        """True for a budget that applies only to calls to one model (``id``)."""
        return self.scope in PER_MODEL_SCOPES

    def to_dict(self) -> dict[str, Any]:
        return {
            "scope": self.scope,
            "id": self.id,
            "max": self.max,
            "spent": self.spent,
            "remaining": self.remaining,
            "duration": self.duration,
            "resets_at": _iso(self.resets_at),
            "known": self.known,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScopeBudget:
        spent = data.get("spent", 0.0)
        return cls(
            scope=str(data["scope"]),
            id=data.get("id"),
            max=data.get("max"),
            spent=float(spent) if spent is not None else None,
            duration=data.get("duration"),
            resets_at=_from_iso(data.get("resets_at")),
            known=bool(data.get("known", True)),
        )


def _check_rank(budget: ScopeBudget) -> int:
    try:
        return SCOPE_ORDER.index(budget.scope)
    except ValueError:
        return len(SCOPE_ORDER)


def tightest(budgets: Iterable[ScopeBudget]) -> ScopeBudget | None:
    """The budget with the least left among those whose remaining is known; of equals, an exhausted one, then the
    one LiteLLM checks first. None when none has a known cap."""
    best: ScopeBudget | None = None
    best_rank: tuple[float, bool, int] | None = None
    for budget in budgets:
        remaining = budget.remaining
        if remaining is None:
            continue
        rank = (remaining, not budget.exhausted, _check_rank(budget))
        if best_rank is None or rank < best_rank:
            best, best_rank = budget, rank
    return best


@attrs.frozen(kw_only=True)
class RateLimitInfo:
    """The key's limits: tokens and requests per minute, parallel requests, and per-model limits."""

    tpm: int | None = None
    rpm: int | None = None
    max_parallel_requests: int | None = None
    model_tpm: Mapping[str, int] = attrs.field(factory=dict, hash=False)
    model_rpm: Mapping[str, int] = attrs.field(factory=dict, hash=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tpm": self.tpm,
            "rpm": self.rpm,
            "max_parallel_requests": self.max_parallel_requests,
            "model_tpm": dict(self.model_tpm),
            "model_rpm": dict(self.model_rpm),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> RateLimitInfo:
        return cls(
            tpm=data.get("tpm"),
            rpm=data.get("rpm"),
            max_parallel_requests=data.get("max_parallel_requests"),
            model_tpm=dict(data.get("model_tpm") or {}),
            model_rpm=dict(data.get("model_rpm") or {}),
        )


@attrs.frozen(kw_only=True)
class VirtualKeyInfo:
    """A virtual key and everything a UI needs to configure itself for it.

    ``models`` holds exactly the models the key may call (resolved by the proxy, so a key created with
    ``models=ALL_MODELS`` lists all the models its team allows). ``key`` is the secret: it never shows in repr/str.
    """

    key: str = attrs.field(repr=lambda key: repr(mask(key)))
    token_id: str | None = None
    key_alias: str | None = None
    models: tuple[ModelInfo, ...] = ()
    features: Features = attrs.field(factory=Features)
    budget: BudgetInfo | None = None
    rate_limit: RateLimitInfo | None = None
    tags: tuple[str, ...] = ()
    expires_at: datetime | None = None
    user_id: str | None = None
    team_id: str | None = None
    metadata: Mapping[str, Any] = attrs.field(factory=dict, repr=False, hash=False)
    aliases: Mapping[str, str] = attrs.field(factory=dict, repr=False, hash=False)
    created_at: datetime | None = None
    blocked: bool = False
    #: The models the key was created with, as LiteLLM stores them (``()`` means all models).
    allowed_models: tuple[str, ...] = ()
    #: Names and patterns of ``allowed_models`` that no deployment on the proxy serves (an unknown name, a
    #: wildcard that matches no deployment): kept out of ``models`` and ``features``, listed here for the operator.
    unavailable_models: tuple[str, ...] = ()
    #: The proxy's own record of the key, with every field it sent (secrets included: never log it).
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)
    #: Every budget that applies to calls made with the key (the key's own, its windows and per-model budgets, its
    #: team's, the person's in the team, the user's, the organisation's), in the order LiteLLM checks them; see
    #: :class:`ScopeBudget` and docs/budgets.md for what the SDK can and cannot see.
    budgets: tuple[ScopeBudget, ...] = ()

    @property
    def effective_budget(self) -> ScopeBudget | None:
        """The budget with the least left of those that apply to every call (per-model budgets are left out; see
        :meth:`effective_budget_for`): the money that really is left, and whose it is. ``remaining == 0`` (or
        ``exhausted``) means no paid call will pass. None when no readable budget has a cap; check
        :attr:`budgets_known` to tell "unlimited" from "could not read"."""
        return tightest(b for b in self.budgets if not b.per_model)

    def effective_budget_for(self, model_id: str) -> ScopeBudget | None:
        """:attr:`effective_budget` for calls to ``model_id``: the per-model budgets of that model count too."""
        return tightest(b for b in self.budgets if not b.per_model or b.id == model_id)

    @property
    def budgets_known(self) -> bool:
        """False when some scope could not be read (then a budget the SDK does not know may refuse calls)."""
        return all(b.known for b in self.budgets)

    @property
    def model_ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.models)

    @property
    def masked_key(self) -> str:
        return mask(self.key) or ""

    def is_expired(self, *, at: datetime | None = None, leeway: float = 0.0) -> bool:
        """True when the key expires within ``leeway`` seconds of ``at`` (default: now)."""
        if self.expires_at is None:
            return False
        now = at or datetime.now(timezone.utc)
        return (self.expires_at - now).total_seconds() <= leeway

    def model(self, model_id: str) -> ModelInfo | None:
        return next((m for m in self.models if m.id == model_id), None)

    def for_browser(self) -> BrowserKeyInfo:
        """What a page may see of this key: its models for a picker, features, budget, expiry, user and team; never
        the secret (not even masked), the token id, metadata, limits or the proxy's record. Its ``to_dict()`` is
        compact JSON (a few hundred bytes for a key with two models, where this ``to_dict()`` is kilobytes and
        holds the secret); keep the VirtualKeyInfo itself on the server."""
        budget = self.budget
        effective = self.effective_budget
        if effective is not None and effective.scope in _KEY_SCOPES:
            effective = attrs.evolve(effective, id=None)  # the key's token id stays on the server
        return BrowserKeyInfo(
            models=tuple(BrowserModelInfo.from_model(m) for m in self.models),
            features=self.features,
            budget=attrs.evolve(budget, per_model={}) if budget is not None and budget.per_model else budget,
            effective_budget=effective,
            budgets_known=self.budgets_known,
            expires_at=self.expires_at,
            user_id=self.user_id,
            team_id=self.team_id,
            blocked=self.blocked,
        )

    def __str__(self) -> str:
        return (
            f"VirtualKeyInfo(key={self.masked_key}, models={list(self.model_ids)}, "
            f"features={list(self.features.enabled())}, user_id={self.user_id!r}, team_id={self.team_id!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "token_id": self.token_id,
            "key_alias": self.key_alias,
            "models": [m.to_dict() for m in self.models],
            "features": self.features.to_dict(),
            "budget": self.budget.to_dict() if self.budget else None,
            "rate_limit": self.rate_limit.to_dict() if self.rate_limit else None,
            "tags": list(self.tags),
            "expires_at": _iso(self.expires_at),
            "user_id": self.user_id,
            "team_id": self.team_id,
            "metadata": dict(self.metadata),
            "aliases": dict(self.aliases),
            "created_at": _iso(self.created_at),
            "blocked": self.blocked,
            "allowed_models": list(self.allowed_models),
            "unavailable_models": list(self.unavailable_models),
            "raw": dict(self.raw),
            "budgets": [b.to_dict() for b in self.budgets],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VirtualKeyInfo:
        budget = data.get("budget")
        rate_limit = data.get("rate_limit")
        return cls(
            key=data["key"],
            token_id=data.get("token_id"),
            key_alias=data.get("key_alias"),
            models=tuple(ModelInfo.from_dict(m) for m in data.get("models") or ()),
            features=Features.from_dict(data.get("features") or {}),
            budget=BudgetInfo.from_dict(budget) if budget is not None else None,
            rate_limit=RateLimitInfo.from_dict(rate_limit) if rate_limit is not None else None,
            tags=tuple(data.get("tags") or ()),
            expires_at=_from_iso(data.get("expires_at")),
            user_id=data.get("user_id"),
            team_id=data.get("team_id"),
            metadata=dict(data.get("metadata") or {}),
            aliases=dict(data.get("aliases") or {}),
            created_at=_from_iso(data.get("created_at")),
            blocked=bool(data.get("blocked", False)),
            allowed_models=tuple(data.get("allowed_models") or ()),
            unavailable_models=tuple(data.get("unavailable_models") or ()),
            raw=dict(data.get("raw") or {}),
            budgets=tuple(ScopeBudget.from_dict(b) for b in data.get("budgets") or ()),
        )


@attrs.frozen(kw_only=True)
class BrowserModelInfo:
    """One of the key's models as a page's model picker needs it: no provider, deployment, price or limit.

    The ``supports_*`` flags are :class:`ModelInfo`'s; ``to_dict()`` lists the true ones by feature name under
    ``capabilities`` (``["vision", "function_calling"]``), as :attr:`ModelInfo.capabilities` names them.
    """

    id: str
    name: str
    mode: str | None = None
    max_input_tokens: int | None = None
    max_output_tokens: int | None = None
    supports_vision: bool = False
    supports_function_calling: bool = False
    supports_parallel_function_calling: bool = False
    supports_reasoning: bool = False
    supports_web_search: bool = False
    supports_url_context: bool = False
    supports_fast_mode: bool = False
    supports_background_chat: bool = False
    supports_continuation: bool = False

    @classmethod
    def from_model(cls, model: ModelInfo) -> BrowserModelInfo:
        return cls(
            id=model.id,
            name=model.name,
            mode=model.mode,
            max_input_tokens=model.max_input_tokens,
            max_output_tokens=model.max_output_tokens,
            **{flag: True for flag in CAPABILITY_FEATURES if getattr(model, flag)},
        )

    @property
    def capabilities(self) -> tuple[str, ...]:
        """Names of the capability features this model turns on, in :class:`Features` order."""
        return tuple(feature for flag, feature in CAPABILITY_FEATURES.items() if getattr(self, flag))

    def to_dict(self) -> dict[str, Any]:
        """Compact: ``name`` only when it differs from ``id``, None values and ``capabilities: []`` left out."""
        data: dict[str, Any] = {"id": self.id}
        if self.name != self.id:
            data["name"] = self.name
        for field in ("mode", "max_input_tokens", "max_output_tokens"):
            value = getattr(self, field)
            if value is not None:
                data[field] = value
        if self.capabilities:
            data["capabilities"] = list(self.capabilities)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BrowserModelInfo:
        flags = {f"supports_{name}" for name in data.get("capabilities") or ()}
        return cls(
            id=data["id"],
            name=data.get("name") or data["id"],
            mode=data.get("mode"),
            max_input_tokens=data.get("max_input_tokens"),
            max_output_tokens=data.get("max_output_tokens"),
            **{flag: True for flag in CAPABILITY_FEATURES if flag in flags},
        )


@attrs.frozen(kw_only=True)
class BrowserKeyInfo:
    """The browser-safe view of a :class:`VirtualKeyInfo` (:meth:`VirtualKeyInfo.for_browser`): what a page needs
    to configure itself, and nothing secret. There is no key here, not even masked: the page talks to your server,
    which keeps the VirtualKeyInfo (or just its key) in its own session store.

    ``to_dict()`` is compact JSON: values at their defaults (None, False, empty) are left out, ``features`` is the
    list of the names that are on, and ``budget`` carries ``remaining`` for the page. ``from_dict()`` reads it back.
    """

    models: tuple[BrowserModelInfo, ...] = ()
    features: Features = attrs.field(factory=Features)
    #: The key's budget (``max`` None: unlimited), without per-model budgets.
    budget: BudgetInfo | None = None
    #: :attr:`VirtualKeyInfo.effective_budget`: the money that really is left, and whose budget it is (no key id).
    effective_budget: ScopeBudget | None = None
    #: :attr:`VirtualKeyInfo.budgets_known`: False when a budget that applies could not be read.
    budgets_known: bool = True
    expires_at: datetime | None = None
    user_id: str | None = None
    team_id: str | None = None
    blocked: bool = False

    @property
    def model_ids(self) -> tuple[str, ...]:
        return tuple(m.id for m in self.models)

    def model(self, model_id: str) -> BrowserModelInfo | None:
        return next((m for m in self.models if m.id == model_id), None)

    def is_expired(self, *, at: datetime | None = None, leeway: float = 0.0) -> bool:
        """True when the key expires within ``leeway`` seconds of ``at`` (default: now)."""
        if self.expires_at is None:
            return False
        now = at or datetime.now(timezone.utc)
        return (self.expires_at - now).total_seconds() <= leeway

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        if self.models:
            data["models"] = [m.to_dict() for m in self.models]
        features = self.features.enabled()
        if features:
            data["features"] = list(features)
        if self.budget is not None:
            budget = self.budget
            data["budget"] = {
                k: v
                for k, v in (
                    ("max", budget.max),
                    ("spent", budget.spent),
                    ("remaining", budget.remaining),
                    ("duration", budget.duration),
                    ("resets_at", _iso(budget.resets_at)),
                )
                if v is not None
            }
        if self.effective_budget is not None:
            data["effective_budget"] = {
                k: v for k, v in self.effective_budget.to_dict().items() if v is not None and k != "known"
            }
        if not self.budgets_known:
            data["budgets_known"] = False
        for field in ("user_id", "team_id"):
            value = getattr(self, field)
            if value is not None:
                data[field] = value
        if self.expires_at is not None:
            data["expires_at"] = _iso(self.expires_at)
        if self.blocked:
            data["blocked"] = True
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BrowserKeyInfo:
        budget = data.get("budget")
        effective = data.get("effective_budget")
        return cls(
            models=tuple(BrowserModelInfo.from_dict(m) for m in data.get("models") or ()),
            features=Features.from_dict(dict.fromkeys(data.get("features") or (), True)),
            budget=BudgetInfo.from_dict(budget) if budget is not None else None,
            effective_budget=ScopeBudget.from_dict({"spent": None, **effective}) if effective is not None else None,
            budgets_known=bool(data.get("budgets_known", True)),
            expires_at=_from_iso(data.get("expires_at")),
            user_id=data.get("user_id"),
            team_id=data.get("team_id"),
            blocked=bool(data.get("blocked", False)),
        )


@attrs.frozen(kw_only=True)
class KeySummary:
    """A key as ``/key/list`` describes it: everything but the secret (LiteLLM stores only its hash)."""

    token_id: str
    key_alias: str | None = None
    #: LiteLLM's own abbreviation of the secret (e.g. ``sk-...wxyz``), for display.
    key_name: str | None = None
    user_id: str | None = None
    team_id: str | None = None
    models: tuple[str, ...] = ()
    spend: float = 0.0
    max_budget: float | None = None
    expires_at: datetime | None = None
    created_at: datetime | None = None
    blocked: bool = False
    metadata: Mapping[str, Any] = attrs.field(factory=dict, repr=False, hash=False)
    raw: Mapping[str, Any] = attrs.field(factory=dict, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        data = attrs.asdict(self, recurse=False)
        data.update(
            models=list(self.models),
            expires_at=_iso(self.expires_at),
            created_at=_iso(self.created_at),
            metadata=dict(self.metadata),
            raw=dict(self.raw),
        )
        return data


@attrs.frozen(kw_only=True)
class LiveBudget:
    """The key's running spend as this SDK counts it: an estimate, never the proxy's own figure.

    LiteLLM reports no running total with its answers (its ``x-litellm-key-spend`` header is not one, measured on
    1.108.7 and 1.110.2) and writes spend to its database in batches, so ``describe_key`` lags the calls just made.
    The SDK therefore keeps the figure itself: the last authoritative read (``describe_key``, ``refresh``,
    ``update_key``, ``ensure_key``; else the ``VirtualKeyInfo`` the client was made from) plus the cost of every
    answer seen since (``x-litellm-response-cost``; for a stream, its usage at the model's prices), shared by all
    clients of the process and, with a shared cache (Redis), by every server. See docs/using-the-key.md,
    "The running spend".

    The bound: ``confirmed`` is spend the proxy has already written, so the true spend is at least that; it is at
    most ``spent`` plus the cost of the ``in_flight`` calls, of the ``unpriced`` answers, and of calls this
    figure never saw (made by another process when ``shared`` is False, or with the key outside the SDK) until the
    next authoritative read counts them. ``unconfirmed`` (part of ``spent``) is what the proxy has not shown yet.

    ``budgets`` applies the same figure to every budget the key's calls count against (``VirtualKeyInfo.budgets``
    as last read, each with ``unconfirmed`` added to its ``spent``), and ``effective`` is the one with the least
    left: what a UI should show. A shared budget (a team's, a user's) also moves with calls made with other keys,
    which this figure sees only at the next read of the key; a per-model budget gets every unconfirmed cost of the
    key, whichever model it was for (so it can only look tighter than it is).
    """

    #: Spent so far: ``confirmed + unconfirmed``; None when no spend was ever read for the key (a ``KeyClient``
    #: made from a bare key, with no ``describe_key`` of it in this process or its shared cache).
    spent: float | None
    #: The key's ``max_budget``; None means unlimited (or not known, when ``spent`` is None too).
    max_budget: float | None = None
    #: The spend of the last authoritative read, with the costs it has since been seen to include.
    confirmed: float | None = None
    #: Costs of answers seen since that the proxy has not yet shown in a read (part of ``spent``).
    unconfirmed: float = 0.0
    #: When that read was made (None: the figure starts from the ``VirtualKeyInfo`` the client was made from).
    read_at: datetime | None = None
    #: Calls of this key that this process has sent and not yet seen answered: their cost is not in ``spent``.
    in_flight: int = 0
    #: Answers seen since the read whose cost is not known (no cost header, no usage or no prices for the model;
    #: a stream closed early): not in ``spent``.
    unpriced: int = 0
    #: True when the figure lives in a cache shared between processes (Redis): calls made by every server sharing
    #: it are counted; False: only this process's.
    shared: bool = False
    #: Always True: this is the SDK's running estimate, within the bound above, not the proxy's figure.
    estimate: bool = True
    #: Every budget that applies to the key's calls, as last read, with ``unconfirmed`` added to its ``spent``
    #: (``()`` when the key's budgets were never read: then ``effective`` is None).
    budgets: tuple[ScopeBudget, ...] = ()

    @property
    def effective(self) -> ScopeBudget | None:
        """The budget with the least left by this figure, of those that apply to every call (see
        :attr:`VirtualKeyInfo.effective_budget`); None when none with a cap is known."""
        return tightest(b for b in self.budgets if not b.per_model)

    def effective_for(self, model_id: str) -> ScopeBudget | None:
        """:attr:`effective` for calls to ``model_id``: that model's per-model budgets count too."""
        return tightest(b for b in self.budgets if not b.per_model or b.id == model_id)

    @property
    def effective_remaining(self) -> float | None:
        """What is really left to spend by this figure: the ``effective`` budget's remaining, else the key's own
        (``remaining``); None when nothing that applies has a cap (or is known)."""
        effective = self.effective
        return effective.remaining if effective is not None else self.remaining

    @property
    def remaining(self) -> float | None:
        """What is left of the key's budget by this figure (never below 0); None when unlimited or not known."""
        if self.max_budget is None or self.spent is None:
            return None
        return max(0.0, self.max_budget - self.spent)

    @property
    def exhausted(self) -> bool:
        """True when by this figure the key's budget is used up: the next paid call will be refused."""
        return self.max_budget is not None and self.spent is not None and self.spent >= self.max_budget

    @property
    def bound(self) -> str:
        """The bound of this estimate, in words (for a log line or a tooltip)."""
        if self.spent is None:
            return "unknown: no spend was read for this key yet (describe_key or refresh reads it)"
        missed = []
        if self.in_flight:
            missed.append(f"{self.in_flight} call(s) in flight")
        if self.unpriced:
            missed.append(f"{self.unpriced} answer(s) without a known cost")
        missed.append("calls made with the key outside this SDK" if self.shared else "calls made by other processes")
        low = self.confirmed if self.confirmed is not None else self.spent - self.unconfirmed
        return f"at least {low:.10g} (written by the proxy); more than {self.spent:.10g} only by " + ", ".join(missed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "spent": self.spent,
            "max_budget": self.max_budget,
            "remaining": self.remaining,
            "confirmed": self.confirmed,
            "unconfirmed": self.unconfirmed,
            "read_at": _iso(self.read_at),
            "in_flight": self.in_flight,
            "unpriced": self.unpriced,
            "shared": self.shared,
            "estimate": self.estimate,
            "bound": self.bound,
            "budgets": [b.to_dict() for b in self.budgets],
            "effective_remaining": self.effective_remaining,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LiveBudget:
        return cls(
            spent=data.get("spent"),
            max_budget=data.get("max_budget"),
            confirmed=data.get("confirmed"),
            unconfirmed=float(data.get("unconfirmed") or 0.0),
            read_at=_from_iso(data.get("read_at")),
            in_flight=int(data.get("in_flight") or 0),
            unpriced=int(data.get("unpriced") or 0),
            shared=bool(data.get("shared", False)),
            estimate=bool(data.get("estimate", True)),
            budgets=tuple(ScopeBudget.from_dict(b) for b in data.get("budgets") or ()),
        )
