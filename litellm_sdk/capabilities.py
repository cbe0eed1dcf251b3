"""Pure functions: LiteLLM model-group records -> :class:`ModelInfo` -> :class:`Features`.

Input is what ``GET /model_group/info`` returns per group (``ModelGroupInfo`` in LiteLLM). Anything that is
not the expected type is read as "unknown" rather than failing, because one odd model must not break a login.
"""

from __future__ import annotations

import fnmatch
import math
from collections.abc import Iterable, Mapping
from typing import Any

from litellm_sdk.errors import InvalidResponseError
from litellm_sdk.types import CAPABILITY_FEATURES, Features, ModelInfo

__all__ = [
    "SENTINELS",
    "aggregate_features",
    "is_pattern",
    "matching_groups",
    "model_from_group",
    "models_from_groups",
    "only_sentinels",
    "servable",
    "unexpanded_patterns",
]

_KNOWN_FIELDS = frozenset(
    {
        "model_group",
        "providers",
        "mode",
        "max_input_tokens",
        "max_output_tokens",
        "input_cost_per_token",
        "output_cost_per_token",
        "tpm",
        "rpm",
        "supported_openai_params",
        "supported_endpoints",
        "description",
        *CAPABILITY_FEATURES,
    }
)


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return int(value)


def _float_or_none(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) else None


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def model_from_group(group: Mapping[str, Any]) -> ModelInfo:
    """One ``ModelGroupInfo`` record as a :class:`ModelInfo`."""
    if not isinstance(group, Mapping) or not isinstance(group.get("model_group"), str):
        raise InvalidResponseError("A model group record has no model_group name")
    name = group["model_group"]
    raw_providers = group.get("providers")
    providers = tuple(p for p in raw_providers if isinstance(p, str)) if isinstance(raw_providers, list) else ()
    raw_params = group.get("supported_openai_params")
    params = tuple(p for p in raw_params if isinstance(p, str)) if isinstance(raw_params, list) else None
    raw_endpoints = group.get("supported_endpoints")
    endpoints = tuple(e for e in raw_endpoints if isinstance(e, str)) if isinstance(raw_endpoints, list) else None
    flags = {flag: group.get(flag) is True for flag in CAPABILITY_FEATURES}
    return ModelInfo(
        id=name,
        name=name,
        provider=providers[0] if providers else "unknown",
        providers=providers,
        mode=_str_or_none(group.get("mode")),
        max_input_tokens=_int_or_none(group.get("max_input_tokens")),
        max_output_tokens=_int_or_none(group.get("max_output_tokens")),
        input_cost_per_token=_float_or_none(group.get("input_cost_per_token")),
        output_cost_per_token=_float_or_none(group.get("output_cost_per_token")),
        tpm=_int_or_none(group.get("tpm")),
        rpm=_int_or_none(group.get("rpm")),
        supported_openai_params=params,
        supported_endpoints=endpoints,
        description=_str_or_none(group.get("description")),
        extra={k: v for k, v in group.items() if k not in _KNOWN_FIELDS},
        **flags,
    )


def servable(group: Mapping[str, Any]) -> bool:
    """False for a group no deployment serves: LiteLLM sends ``providers: []`` (and defaults such as mode chat)
    for a name the key lists without a deployment behind it, and for the model-cost-map names a wildcard key
    (``openai/*``) matches (1.90 and later expand the pattern into 200+ such groups; 1.80.x answers the one
    pseudo-group ``openai/*``). A call with such a name cannot be routed, so it is no model of the key's."""
    providers = group.get("providers") if isinstance(group, Mapping) else None
    return not (isinstance(providers, list) and not providers)


#: Names LiteLLM stores in a key's ``models`` that stand for a set of models.
SENTINELS = frozenset({"all-team-models", "all-proxy-models", "all-org-models"})


def only_sentinels(payload: Any) -> bool:
    """Whether ``/model_group/info`` answered with nothing but unexpanded sentinel pseudo-groups: 1.90.7 does so
    for a key with ``models: ["all-team-models"]`` and no team (1.80.17, 1.100.5 and 1.108.7 expand it to every
    model of the proxy, which is what the key may call on all four)."""
    data = payload.get("data") if isinstance(payload, Mapping) else None
    if not isinstance(data, list) or not data:
        return False
    return all(isinstance(g, Mapping) and g.get("model_group") in SENTINELS and not servable(g) for g in data)


def is_pattern(name: str) -> bool:
    """A wildcard (``openai/*``) or a sentinel (``all-team-models``): a name the proxy expands, not a model."""
    return "*" in name or name in SENTINELS


def unexpanded_patterns(payload: Any) -> tuple[str, ...]:
    """Wildcards the proxy answered as one unroutable pseudo-group instead of expanding them: 1.80.x does so for a
    key with ``models: ["anthropic/*"]`` although the key can call every deployment the pattern matches."""
    data = payload.get("data") if isinstance(payload, Mapping) else None
    if not isinstance(data, list):
        return ()
    return tuple(
        g["model_group"]
        for g in data
        if isinstance(g, Mapping)
        and isinstance(g.get("model_group"), str)
        and "*" in g["model_group"]
        and not servable(g)
    )


def matching_groups(payload: Any, patterns: Iterable[str]) -> list[Any]:
    """The servable groups of a ``/model_group/info`` body whose names match one of ``patterns``."""
    data = payload.get("data") if isinstance(payload, Mapping) else None
    wanted = tuple(patterns)
    return [
        g
        for g in (data if isinstance(data, list) else ())
        if isinstance(g, Mapping)
        and isinstance(g.get("model_group"), str)
        and servable(g)
        and any(fnmatch.fnmatchcase(g["model_group"], p) for p in wanted)
    ]


def models_from_groups(payload: Any) -> tuple[ModelInfo, ...]:
    """The ``{"data": [...]}`` body of ``/model_group/info`` as models, sorted by id; groups no deployment
    serves (``providers: []``, see :func:`servable`) are left out, so every release gives the same models.

    So is a group named by a wildcard (``anthropic/claude-haiku*``): that is a wildcard deployment's routing
    pattern, not a model (a provider refuses ``*`` as a model name). 1.90.7 lists it, served, beside the models it
    matches for a key whose ``models`` name exactly that pattern; the models it matches are the key's models."""
    if not isinstance(payload, Mapping) or not isinstance(payload.get("data"), list):
        raise InvalidResponseError("GET /model_group/info did not return {'data': [...]}", body=payload)
    groups = [g for g in payload["data"] if servable(g) and not _is_wildcard_group(g)]
    models = {m.id: m for m in (model_from_group(g) for g in groups)}
    return tuple(models[k] for k in sorted(models))


def _is_wildcard_group(group: Any) -> bool:
    name = group.get("model_group") if isinstance(group, Mapping) else None
    return isinstance(name, str) and "*" in name


def aggregate_features(models: Iterable[ModelInfo]) -> Features:
    """The key's features: a mode or capability is on when at least one of its models has it."""
    return Features.from_models(models)
