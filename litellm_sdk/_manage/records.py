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

from litellm_sdk._constants import FEATURES_MEMO_SIZE
from litellm_sdk._memo import IdentityMemo
from litellm_sdk.capabilities import SENTINELS, aggregate_features
from litellm_sdk.errors import InvalidResponseError
from litellm_sdk.types import BudgetInfo, Features, KeySummary, ModelInfo, RateLimitInfo, VirtualKeyInfo


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


def key_info_from_record(key: str, record: Mapping[str, Any], models: tuple[ModelInfo, ...]) -> VirtualKeyInfo:
    """Build the public VirtualKeyInfo from a key record and the key's resolved models.

    Only models a deployment serves are listed and turn on features: a UI shows what works, never what cannot.
    """
    if not isinstance(record, (dict, Mapping)):
        raise InvalidResponseError("A key record is not a JSON object", body=None)
    allowed = _str_tuple(record.get("models"))
    models, features, unavailable = _resolved(tuple(models), allowed)
    metadata = _dict(record.get("metadata"))
    aliases = record.get("aliases")
    return VirtualKeyInfo(
        key=key,
        token_id=_str(record.get("token_id")) or _str(record.get("token")),
        key_alias=_str(record.get("key_alias")),
        models=models,
        features=features,
        budget=budget_from_record(record),
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
