"""A key's models resolved the way LiteLLM resolves them, for a key that cannot ask the proxy for itself.

``GET /model_group/info`` asked with a key answers that key's models, and the SDK prefers that answer. Some keys
cannot ask: a key restricted to LLM routes (``key_type="llm_api"``, or ``allowed_routes``) gets 403 on
``/model_group/info`` before LiteLLM 1.100 (the route joined the LLM routes then), and a blocked or expired key gets
401/400 on every release. For those the SDK reads the proxy with the master key (every model group, the access
groups of the deployments, the team's models) and narrows it here, as the proxy narrows its listing for the key.

Mirrored from LiteLLM's listing code (``proxy/auth/model_checks.py``: ``get_key_models``, ``get_team_models``,
``_get_models_from_access_groups``, ``get_complete_model_list``, ``_get_wildcard_models``; ``proxy/utils.py``
``get_available_models_for_user``; read in 1.80.17, 1.90.7 and 1.108.7):

1. The key's list: ``all-team-models`` in it stands for the team's list (a team list that itself holds
   ``all-team-models`` stands for every model of the proxy); ``all-proxy-models`` for every model of the proxy.
   An access-group name stands for the group's models (the name itself is kept when a deployment is also called
   so, 1.108 and later).
2. The team's list, read the same way (``all-team-models`` or ``all-proxy-models`` in it add every model).
3. The key's list when it is not empty, else the team's when that is not empty, else every model of the proxy.
4. A name with ``*`` is a pattern: it stands for the proxy's model groups whose names it matches (``*`` is any
   run of characters, everything else literal; LiteLLM's own test, ``is_model_allowed_by_pattern``).
5. What is left are names; those no deployment serves (``providers: []``) are no model of the key's, as on the
   path where the key asks (:func:`~litellm_sdk.capabilities.models_from_groups`).

Not seen with the master key, so not applied: access groups kept in LiteLLM's database (``access_group_ids`` on
a team or key, 1.100+), an agent's access-group ceiling, listing callbacks that hide names, and team-scoped model
names (``team_model_aliases``). A concrete name that only a wildcard deployment routes and that the master key's
listing does not spell out is not found either.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from litellm_sdk.capabilities import models_from_groups, servable
from litellm_sdk.errors import InvalidResponseError
from litellm_sdk.types import ModelInfo

__all__ = [
    "ALL_PROXY_MODELS",
    "ALL_TEAM_MODELS",
    "access_groups_from_deployments",
    "granted_names",
    "models_granted",
    "needs_access_groups",
    "needs_team",
    "pattern_matches",
    "resolve_models",
    "team_models_from_info",
]

ALL_TEAM_MODELS = "all-team-models"
ALL_PROXY_MODELS = "all-proxy-models"
_SENTINELS = frozenset({ALL_TEAM_MODELS, ALL_PROXY_MODELS})


def _names(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, (list, tuple)) else []


def needs_team(key_models: Sequence[str]) -> bool:
    """Whether the key's list takes its meaning from its team's (empty, or ``all-team-models`` in it)."""
    return not key_models or ALL_TEAM_MODELS in key_models


def needs_access_groups(key_models: Sequence[str], team_models: Sequence[str] = ()) -> bool:
    """Whether the list that decides (the key's, or its team's for an empty list or ``all-team-models``) holds a
    plain name (not a pattern, not a sentinel): only such a name can be an access group, so only then are the
    deployments' access groups worth reading. Every model of the proxy (``all-proxy-models``) needs none."""
    names = list(key_models)
    if ALL_TEAM_MODELS in names:
        names = [name for name in team_models if name != ALL_TEAM_MODELS]
    if ALL_PROXY_MODELS in names:
        return False
    return any("*" not in name and name not in _SENTINELS for name in (names or team_models))


def access_groups_from_deployments(payload: Any) -> dict[str, tuple[str, ...]]:
    """``GET /model/info`` (master key: every deployment) as ``{access group: (model name, ...)}``, each name once,
    in deployment order: what LiteLLM's ``Router.get_model_access_groups`` reads (``model_info.access_groups``)."""
    data = payload.get("data") if isinstance(payload, Mapping) else None
    if not isinstance(data, list):
        raise InvalidResponseError("GET /model/info did not return {'data': [...]}", body=payload)
    groups: dict[str, list[str]] = {}
    for deployment in data:
        if not isinstance(deployment, Mapping):
            continue
        name = deployment.get("model_name")
        info = deployment.get("model_info")
        if not isinstance(name, str) or not isinstance(info, Mapping):
            continue
        for group in _names(info.get("access_groups")):
            members = groups.setdefault(group, [])
            if name not in members:
                members.append(name)
    return {group: tuple(members) for group, members in groups.items()}


def team_models_from_info(payload: Any) -> tuple[str, ...]:
    """The ``models`` of a team from ``GET /team/info`` (``{"team_info": {"models": [...]}}``); () when absent."""
    info = payload.get("team_info") if isinstance(payload, Mapping) else None
    return tuple(_names(info.get("models"))) if isinstance(info, Mapping) else ()


def _expand_access_groups(
    names: Iterable[str], access_groups: Mapping[str, Sequence[str]], deployed: frozenset[str]
) -> list[str]:
    """``_get_models_from_access_groups``: an access group's name becomes its members (kept itself when a
    deployment has that name too)."""
    listed = list(names)
    kept = [name for name in listed if name not in access_groups or name in deployed]
    members = [member for name in listed if name in access_groups for member in access_groups[name]]
    return kept + members


def _key_list(
    key_models: Sequence[str],
    team_models: Sequence[str],
    proxy_models: Sequence[str],
    access_groups: Mapping[str, Sequence[str]],
    deployed: frozenset[str],
) -> list[str]:
    """``get_key_models``: the key's own list with its sentinels and access groups read."""
    names = list(key_models)
    if ALL_TEAM_MODELS in names:
        names = list(team_models)
        if ALL_TEAM_MODELS in names:
            names = [name for name in names if name != ALL_TEAM_MODELS] + list(proxy_models)
    if ALL_PROXY_MODELS in names:
        names = list(proxy_models)
    return list(dict.fromkeys(_expand_access_groups(names, access_groups, deployed)))


def _team_list(
    team_models: Sequence[str],
    proxy_models: Sequence[str],
    access_groups: Mapping[str, Sequence[str]],
    deployed: frozenset[str],
) -> list[str]:
    """``get_team_models``: the team's list with its sentinels and access groups read."""
    names = list(dict.fromkeys(team_models))
    if ALL_TEAM_MODELS in names:
        names = [name for name in names if name != ALL_TEAM_MODELS] + list(proxy_models)
    if ALL_PROXY_MODELS in names:
        names += proxy_models
    return list(dict.fromkeys(_expand_access_groups(names, access_groups, deployed)))


def granted_names(
    key_models: Sequence[str],
    team_models: Sequence[str],
    proxy_models: Sequence[str],
    access_groups: Mapping[str, Sequence[str]],
) -> tuple[str, ...]:
    """The names and patterns LiteLLM lists for a key, before its patterns are matched (steps 1-3 above).

    ``key_models``: the key's ``models``; ``team_models``: its team's (() without a team); ``proxy_models``: every
    model group name of the proxy; ``access_groups``: ``{group: member names}``."""
    deployed = frozenset(proxy_models)
    key_list = _key_list(key_models, team_models, proxy_models, access_groups, deployed)
    if key_list:
        return tuple(key_list)
    team_list = _team_list(team_models, proxy_models, access_groups, deployed)
    return tuple(team_list) if team_list else tuple(dict.fromkeys(proxy_models))


@functools.lru_cache(maxsize=256)
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile("^" + ".*".join(re.escape(part) for part in pattern.split("*")) + "$", re.DOTALL)


def pattern_matches(name: str, pattern: str) -> bool:
    """Whether a model name matches a key's wildcard (``openai/*``, ``anthropic/claude-haiku*``, ``*``): each
    ``*`` is any run of characters (none included), the rest is literal and case-sensitive."""
    return _pattern(pattern).match(name) is not None


def models_granted(groups: Any, granted: Iterable[str]) -> list[Any]:
    """The groups of a ``/model_group/info`` body (master key) that ``granted`` names or matches (step 4-5)."""
    data = groups.get("data") if isinstance(groups, Mapping) else None
    if not isinstance(data, list):
        raise InvalidResponseError("GET /model_group/info did not return {'data': [...]}", body=groups)
    wanted = tuple(granted)
    names = frozenset(name for name in wanted if "*" not in name)
    patterns = tuple(name for name in wanted if "*" in name)
    return [
        group
        for group in data
        if isinstance(group, Mapping)
        and isinstance(name := group.get("model_group"), str)
        and servable(group)
        and (name in names or any(pattern_matches(name, p) for p in patterns))
    ]


def resolve_models(
    groups: Any,
    key_models: Sequence[str],
    team_models: Sequence[str] = (),
    access_groups: Mapping[str, Sequence[str]] | None = None,
) -> tuple[ModelInfo, ...]:
    """The models a key may use, from the master key's ``/model_group/info`` body (``groups``), the key's list,
    its team's list and the proxy's access groups: what ``/model_group/info`` asked with the key would list."""
    data = groups.get("data") if isinstance(groups, Mapping) else None
    if not isinstance(data, list):
        raise InvalidResponseError("GET /model_group/info did not return {'data': [...]}", body=groups)
    proxy_models = [g["model_group"] for g in data if isinstance(g, Mapping) and isinstance(g.get("model_group"), str)]
    granted = granted_names(_names(key_models), _names(team_models), proxy_models, access_groups or {})
    return models_from_groups({"data": models_granted(groups, granted)})
