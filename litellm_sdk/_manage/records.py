"""LiteLLM key records (``/key/generate`` responses, ``/key/info`` ``info`` objects) -> SDK types.

The one place that knows the field names LiteLLM uses for a key, so an upgrade that renames one touches
only this file. Fields of an unexpected type are read as absent rather than failing the whole record.
"""

from __future__ import annotations

import fnmatch
import math
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

import attrs

from litellm_sdk._constants import FEATURES_MEMO_SIZE
from litellm_sdk._memo import IdentityMemo
from litellm_sdk.capabilities import SENTINELS, aggregate_features
from litellm_sdk.errors import BudgetScope, InvalidResponseError
from litellm_sdk.types import (
    SCOPE_ORDER,
    BudgetInfo,
    Features,
    KeySummary,
    ModelInfo,
    RateLimitInfo,
    ScopeBudget,
    VirtualKeyInfo,
)


def parse_datetime(value: Any) -> datetime | None:
    """An ISO datetime from LiteLLM as an aware datetime (naive ones are UTC); None when absent or bad."""
    if value is None:  # the usual absent field, before any type check (records are read on every call)
        return None
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str) and value and value != "None":
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00", 1) if value.endswith("Z") else value)
        except ValueError:
            from dateutil import parser as dateparser  # only for ISO forms the stdlib parser rejects

            try:
                parsed = dateparser.isoparse(value)
            except (ValueError, OverflowError):
                return None
    else:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _number(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _int(value: Any) -> int | None:
    if value is None:
        return None
    number = _number(value)
    return int(number) if number is not None else None


def _str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) and value and value != "None" else None


def _dict(value: Any) -> dict[str, Any]:
    if value is None:
        return {}
    return dict(value) if isinstance(value, (dict, Mapping)) else {}  # dict first: the ABC check is slow


def _str_tuple(value: Any) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, (list, tuple)) else ()


def _int_map(value: Any) -> dict[str, int]:
    if not value:
        return {}
    return {k: n for k, v in _dict(value).items() if (n := _int(v)) is not None}


def budget_from_record(record: Mapping[str, Any]) -> BudgetInfo:
    """Budget of a key. ``max_budget`` null means unlimited (``remaining`` None), never zero."""
    per_model = {k: dict(v) for k, v in _dict(record.get("model_max_budget")).items() if isinstance(v, (dict, Mapping))}
    return BudgetInfo(
        max=_number(record.get("max_budget")),
        spent=_number(record.get("spend")) or 0.0,
        duration=_str(record.get("budget_duration")),
        resets_at=parse_datetime(record.get("budget_reset_at")),
        per_model=per_model,
    )


def temp_increase(metadata: Mapping[str, Any], now: datetime | None = None) -> float:
    """A key's temporary budget increase (``metadata.temp_budget_increase`` until ``temp_budget_expiry``), which
    LiteLLM adds to its ``max_budget`` while it lasts; 0 when there is none or it has expired."""
    if not metadata:
        return 0.0
    amount = _number(metadata.get("temp_budget_increase"))
    expiry = parse_datetime(metadata.get("temp_budget_expiry"))
    if not amount or expiry is None or expiry <= (now or datetime.now(timezone.utc)):
        return 0.0
    return amount


def window_budgets(
    scope: str, owner: str | None, windows: Any, usage: Any, *, spent_if_unreported: float | None
) -> list[ScopeBudget]:
    """``budget_limits`` windows (``[{budget_duration, max_budget, reset_at}]``) with the current spend of each from
    ``usage`` (``{duration: {current_spend}}``, a key's ``budget_limits_usage`` on LiteLLM 1.108+)."""
    if not windows or not isinstance(windows, list):
        return []
    found = []
    spends = _dict(usage)
    for window in windows:
        if not isinstance(window, dict):
            continue
        duration = _str(window.get("budget_duration"))
        cap = _number(window.get("max_budget"))
        if duration is None or cap is None:
            continue
        reported = _dict(spends.get(duration)).get("current_spend") if duration in spends else None
        spent = _number(reported) if reported is not None else spent_if_unreported
        found.append(
            ScopeBudget(
                scope=scope,
                id=owner,
                max=cap,
                spent=spent,
                duration=duration,
                resets_at=parse_datetime(window.get("reset_at")),
            )
        )
    return found


def model_budgets(scope: str, limits: Any, usage: Any, *, spent_if_unreported: float | None) -> list[ScopeBudget]:
    """Per-model budgets (``model_max_budget``: ``{model: {budget_limit | max_budget, time_period |
    budget_duration}}``) with their spend from ``usage`` (``model_max_budget_usage``: ``{model: {current_spend,
    budget_reset_at}}``, LiteLLM 1.108+)."""
    if not limits:
        return []
    found = []
    spends = _dict(usage)
    for model, raw in _dict(limits).items():
        limit = _dict(raw)
        cap = _number(limit.get("budget_limit", limit.get("max_budget")))
        if not isinstance(model, str) or cap is None:
            continue
        used = _dict(spends.get(model))
        reported = _number(used.get("current_spend")) if used else None
        found.append(
            ScopeBudget(
                scope=scope,
                id=model,
                max=cap,
                spent=reported if reported is not None else spent_if_unreported,
                duration=_str(limit.get("time_period")) or _str(limit.get("budget_duration")),
                resets_at=parse_datetime(used.get("budget_reset_at")),
            )
        )
    return found


def key_budgets(
    record: Mapping[str, Any],
    metadata: Mapping[str, Any],
    *,
    new_key: bool,
    token: str | None = None,
    budget: BudgetInfo | None = None,
) -> list[ScopeBudget]:
    """The key's own budgets from its record: ``max_budget`` (with a temporary increase), its ``budget_limits``
    windows and its per-model budgets. ``new_key``: the key was just made, so nothing is spent in any of them (the
    record of ``/key/generate`` reports no window or model spend). ``token`` and ``budget``: the key's token id and
    :func:`budget_from_record`, when the caller has them already."""
    if budget is None:
        token = _str(record.get("token_id")) or _str(record.get("token"))
        budget = budget_from_record(record)
    cap = budget.max
    own = ScopeBudget(
        scope=BudgetScope.KEY,
        id=token,
        max=cap + temp_increase(metadata) if cap is not None else None,
        spent=budget.spent,
        duration=budget.duration,
        resets_at=budget.resets_at,
    )
    windows, limits = record.get("budget_limits"), record.get("model_max_budget")
    if not windows and not limits:
        return [own]
    unreported = 0.0 if new_key else None
    return [
        own,
        *window_budgets(
            BudgetScope.KEY_WINDOW, token, windows, record.get("budget_limits_usage"), spent_if_unreported=unreported
        ),
        *model_budgets(
            BudgetScope.KEY_MODEL, limits, record.get("model_max_budget_usage"), spent_if_unreported=unreported
        ),
    ]


_RANK = {scope: rank for rank, scope in enumerate(SCOPE_ORDER)}


def _check_rank(budget: ScopeBudget) -> int:
    return _RANK.get(budget.scope, len(SCOPE_ORDER))


def _in_order(budgets: list[ScopeBudget]) -> tuple[ScopeBudget, ...]:
    return tuple(budgets) if len(budgets) == 1 else tuple(sorted(budgets, key=_check_rank))


def with_budgets(info: VirtualKeyInfo, scopes: tuple[ScopeBudget, ...]) -> VirtualKeyInfo:
    """``info`` with the budgets of its team, membership, user and organisation added, in LiteLLM's check order."""
    if not scopes:
        return info
    return attrs.evolve(info, budgets=_in_order([*info.budgets, *scopes]))


def rate_limit_from_record(record: Mapping[str, Any], metadata: Mapping[str, Any] | None = None) -> RateLimitInfo:
    """Per-model limits are top-level fields on /key/generate's request and live in ``metadata`` on the record
    (``metadata``: the record's, when the caller has read it already)."""
    if metadata is None:
        metadata = _dict(record.get("metadata"))
    return RateLimitInfo(
        tpm=_int(record.get("tpm_limit")),
        rpm=_int(record.get("rpm_limit")),
        max_parallel_requests=_int(record.get("max_parallel_requests")),
        model_tpm=_int_map(record.get("model_tpm_limit")) or _int_map(metadata.get("model_tpm_limit")),
        model_rpm=_int_map(record.get("model_rpm_limit")) or _int_map(metadata.get("model_rpm_limit")),
    )


def tags_from_record(record: Mapping[str, Any], metadata: Mapping[str, Any] | None = None) -> tuple[str, ...]:
    """Tags are a top-level field on /key/generate and live in ``metadata.tags`` on /key/info."""
    tags = _str_tuple(record.get("tags"))
    if tags:
        return tags
    if metadata is None:
        metadata = _dict(record.get("metadata"))
    return _str_tuple(metadata.get("tags"))


def unavailable_models(allowed: tuple[str, ...], servable: tuple[ModelInfo, ...]) -> tuple[str, ...]:
    """The key's model names and wildcards that no servable model answers (sentinels such as
    ``all-team-models`` are not names and never listed)."""
    ids = [m.id for m in servable]
    missing = []
    for name in allowed:
        if name in SENTINELS:  # a set of models, not a name that could be missing
            continue
        if "*" in name:
            if not any(fnmatch.fnmatchcase(i, name) for i in ids):
                missing.append(name)
        elif name not in ids:
            missing.append(name)
    return tuple(missing)


#: The servable models, features and unavailable names of a model tuple and a key's model list, by the identities
#: of the models and the list itself (see ``_memo``).
_FEATURES_MEMO: IdentityMemo[tuple[tuple[ModelInfo, ...], Features, tuple[str, ...]]] = IdentityMemo(FEATURES_MEMO_SIZE)


def _resolved(
    models: tuple[ModelInfo, ...], allowed: tuple[str, ...]
) -> tuple[tuple[ModelInfo, ...], Features, tuple[str, ...]]:
    key = (tuple(map(id, models)), allowed)
    hit = _FEATURES_MEMO.get(key)
    if hit is not None:
        return hit
    servable = tuple(m for m in models if m.servable)
    return _FEATURES_MEMO.put(
        key, models, (servable, aggregate_features(servable), unavailable_models(allowed, servable))
    )


def key_info_from_record(
    key: str,
    record: Mapping[str, Any],
    models: tuple[ModelInfo, ...],
    scopes: tuple[ScopeBudget, ...] = (),
    *,
    new_key: bool = False,
) -> VirtualKeyInfo:
    """Build the public VirtualKeyInfo from a key record and the key's resolved models.

    Only models a deployment serves are listed and turn on features: a UI shows what works, never what cannot.
    ``scopes``: the budgets of the key's team, membership, user and organisation (``_manage.budgets``), listed with
    the key's own in the order LiteLLM checks them. ``new_key``: the record is that of a key just made.
    """
    if not isinstance(record, (dict, Mapping)):
        raise InvalidResponseError("A key record is not a JSON object", body=None)
    allowed = _str_tuple(record.get("models"))
    models, features, unavailable = _resolved(tuple(models), allowed)
    metadata = _dict(record.get("metadata"))
    aliases = record.get("aliases")
    token = _str(record.get("token_id")) or _str(record.get("token"))
    budget = budget_from_record(record)
    own = key_budgets(record, metadata, new_key=new_key, token=token, budget=budget)
    return VirtualKeyInfo(
        key=key,
        token_id=token,
        key_alias=_str(record.get("key_alias")),
        models=models,
        features=features,
        budget=budget,
        rate_limit=rate_limit_from_record(record, metadata),
        tags=tags_from_record(record, metadata),
        expires_at=parse_datetime(record.get("expires")),
        user_id=_str(record.get("user_id")),
        team_id=_str(record.get("team_id")),
        metadata=metadata,
        aliases={k: v for k, v in _dict(aliases).items() if isinstance(v, str)} if aliases else {},
        created_at=parse_datetime(record.get("created_at")),
        blocked=record.get("blocked") is True,
        allowed_models=allowed,
        unavailable_models=unavailable,
        raw=dict(record),
        budgets=_in_order([*own, *scopes]) if scopes or len(own) > 1 else tuple(own),
    )


def key_summary_from_record(record: Mapping[str, Any]) -> KeySummary:
    """One ``/key/list`` entry (full object, or just a token hash string) as a KeySummary."""
    if isinstance(record, str):
        return KeySummary(token_id=record)
    if not isinstance(record, Mapping):
        raise InvalidResponseError("A /key/list entry is neither an object nor a token", body=None)
    return KeySummary(
        token_id=_str(record.get("token")) or _str(record.get("token_id")) or "",
        key_alias=_str(record.get("key_alias")),
        key_name=_str(record.get("key_name")),
        user_id=_str(record.get("user_id")),
        team_id=_str(record.get("team_id")),
        models=_str_tuple(record.get("models")),
        spend=_number(record.get("spend")) or 0.0,
        max_budget=_number(record.get("max_budget")),
        expires_at=parse_datetime(record.get("expires")),
        created_at=parse_datetime(record.get("created_at")),
        blocked=record.get("blocked") is True,
        metadata=_dict(record.get("metadata")),
        raw=dict(record),
    )
