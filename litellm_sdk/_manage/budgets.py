"""The budgets of a key's team, its person in the team, its user and its organisation, read while the key is made.

LiteLLM refuses a call on the first budget over its cap of all that apply (docs/budgets.md lists them in order);
only the key's own are in the key's record. The rest come from ``GET /team/info?team_id=`` (the team's budget,
windows and per-model budgets, every member's budget and spend, the team's default member budget),
``GET /v2/user/info?user_id=`` (personal keys: the user's budget; ``/user/info`` where v2 is missing) and
``GET /organization/info?organization_id=`` (the key's organisation, else its team's). Here, as sans-I/O
operations:

- :func:`with_scopes` runs an operation (making or reading the key) and, at the same time (``Gather``), reads the
  scopes the owners it is given need, so a login waits for no extra round trip; owners the key turns out to have
  that were not foreseen are read afterwards.
- Each read is single-flighted (``Shared``: concurrent logins of one team share one ``/team/info``) and, for logins,
  cached for ``ctx.scope_ttl`` (``SCOPE_TTL``) per team, user and organisation; ``fresh`` reads skip the cache
  (``describe_key``, ``refresh``) and store what they read.
- A read that fails never fails the call: the master key may not read it (401/403), the proxy has no such team or
  organisation (404), or the request failed. The scope is then listed with ``known=False``; the refusals (401,
  403, 404) are cached like answers, other failures are not. A user the proxy has no record of (404 on
  ``/user/info``: ``/key/generate`` does not create users) has no budget of their own and is not listed.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any, NamedTuple, TypeVar

from litellm_sdk._engine.steps import (
    Advisory,
    CacheGetMany,
    CacheSet,
    Context,
    Gather,
    Op,
    Request,
    Shared,
    call,
    expect_mapping,
)
from litellm_sdk._manage.records import _dict, _number, _str, model_budgets, parse_datetime, window_budgets
from litellm_sdk.errors import AuthenticationError, BudgetScope, NotFoundError, PermissionDeniedError
from litellm_sdk.types import ScopeBudget

T = TypeVar("T")

TEAM = "team"
USER = "user"
ORGANIZATION = "organization"

#: What a cached or fetched scope holds when it could not be read (refused), or does not exist (no user row).
_REFUSED = "refused"
_ABSENT = "absent"

#: (kind, id) -> the scope's compact figures (JSON data, as cached), a marker (refused, absent), or None when
#: reading it failed.
Scopes = dict[tuple[str, str], "dict[str, Any] | str | None"]


class Owners(NamedTuple):
    """Whose budgets apply to a key besides its own: its team, its user, its organisation (as far as known). A
    tuple: made at every login, compared once."""

    team_id: str | None = None
    user_id: str | None = None
    organization_id: str | None = None

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> Owners:
        """The owners a ``/key/generate`` body or a key record names."""
        return cls(_str(record.get("team_id")), _str(record.get("user_id")), _str(record.get("organization_id")))

    @property
    def any(self) -> bool:
        return self.team_id is not None or self.user_id is not None or self.organization_id is not None

    def named_by(self, record: Mapping[str, Any]) -> bool:
        """Whether ``record`` names exactly these owners (a key record the proxy made from the request)."""
        return (record.get("team_id"), record.get("user_id"), record.get("organization_id")) == self

    def needed(self, scopes: Scopes) -> list[tuple[str, str]]:
        """The scopes to read: the team; the user for a personal key (a team key's calls count against the user's
        budget only where the proxy sets ``apply_user_budget_to_team_keys``, which the SDK cannot see: see
        docs/budgets.md); the key's organisation, else its team's once the team is known."""
        wanted: list[tuple[str, str]] = []
        if self.team_id is not None:
            wanted.append((TEAM, self.team_id))
        elif self.user_id is not None:
            wanted.append((USER, self.user_id))
        organization = self.organization_id or self._team_organization(scopes)
        if organization is not None:
            wanted.append((ORGANIZATION, organization))
        return wanted

    def _team_organization(self, scopes: Scopes) -> str | None:
        team = scopes.get((TEAM, self.team_id)) if self.team_id is not None else None
        return _str(team.get("organization_id")) if isinstance(team, dict) else None


# --------------------------------------------------------------------------- the answers, made compact


def _figures(table: Mapping[str, Any], *, cap: float | None = None) -> dict[str, Any]:
    return {
        "max": cap if cap is not None else _number(table.get("max_budget")),
        "duration": _str(table.get("budget_duration")),
        "resets_at": _str(table.get("budget_reset_at")),
    }


def _member_cap(table: Mapping[str, Any], now: datetime) -> float | None:
    """A member's own cap: ``max_budget`` plus a temporary increase still running (1.108+)."""
    cap = _number(table.get("max_budget"))
    if cap is None:
        return None
    extra = _number(table.get("temp_budget_increase"))
    expiry = parse_datetime(table.get("temp_budget_expiry"))
    return cap + extra if extra and expiry is not None and expiry > now else cap


def team_scope(body: Mapping[str, Any]) -> dict[str, Any]:
    """``GET /team/info``'s answer as the figures the budgets need (cached as they are)."""
    info = _dict(body.get("team_info"))
    now = datetime.now(timezone.utc)
    members: dict[str, dict[str, Any]] = {}
    memberships = body.get("team_memberships")
    for row in memberships if isinstance(memberships, (list, tuple)) else ():
        user = _str(row.get("user_id")) if isinstance(row, dict) else None
        if user is None:
            continue
        table = _dict(row.get("litellm_budget_table"))
        members[user] = {**_figures(table, cap=_member_cap(table, now)), "spent": _number(row.get("spend")) or 0.0}
    default = _dict(info.get("team_member_budget_table"))
    default_cap = _number(default.get("max_budget"))
    return {
        **_figures(info),
        "spent": _number(info.get("spend")) or 0.0,
        "organization_id": _str(info.get("organization_id")),
        "windows": [w for w in info.get("budget_limits") or () if isinstance(w, dict)],
        # per-model team budgets are enforced where the proxy reports their spend (1.108+)
        "model_limits": _dict(info.get("model_max_budget")) if info.get("model_max_budget_usage") else {},
        "model_usage": _dict(info.get("model_max_budget_usage")),
        "members": members,
        # the team's default member budget; LiteLLM reads 0 there as "no cap"
        "member_default": _figures(default) if default_cap else None,
    }


def user_scope(body: Mapping[str, Any]) -> dict[str, Any]:
    """``GET /user/info``'s answer (``{"user_id", "user_info": {...}, "keys", "teams"}``), made compact."""
    info = _dict(body.get("user_info"))
    usage = _dict(info.get("model_max_budget_usage"))
    return {
        **_figures(info),
        "spent": _number(info.get("spend")) or 0.0,
        "model_limits": _dict(info.get("model_max_budget")) if usage else {},
        "model_usage": usage,
    }


def organization_scope(body: Mapping[str, Any]) -> dict[str, Any]:
    """``GET /organization/info``'s answer: the organisation's spend and its budget table's cap."""
    table = _dict(body.get("litellm_budget_table"))
    figures = _figures(table)
    figures["resets_at"] = figures["resets_at"] or _str(body.get("budget_reset_at"))
    return {**figures, "spent": _number(body.get("spend")) or 0.0}


def _read(ctx: Context, path: str, params: dict[str, Any]) -> Op[dict[str, Any] | str]:
    """One attempt (a login never waits for a retry of an optional read); a refusal answers a marker."""
    try:
        body = yield from call(ctx, Request("GET", path, params=params), retry=False)
    except (AuthenticationError, PermissionDeniedError):
        return _REFUSED
    except NotFoundError:
        return _ABSENT
    return expect_mapping(body, f"GET {path}")


def fetch_team(ctx: Context, *, ident: str) -> Op[dict[str, Any] | str]:
    """The team's figures; ``key_limit=1``: LiteLLM 1.108+ also lists the team's keys, which are not needed (older
    releases ignore the parameter)."""
    body = yield from _read(ctx, "/team/info", {"team_id": ident, "key_limit": 1})
    return _REFUSED if body == _ABSENT else team_scope(body) if isinstance(body, dict) else body


#: Proxies (base URLs) without ``/v2/user/info``: their users are read from ``/user/info``.
_NO_USER_V2: set[str] = set()


def fetch_user(ctx: Context, *, ident: str) -> Op[dict[str, Any] | str]:
    """The user's figures: ``GET /v2/user/info`` (LiteLLM 1.108 has it: the user's row alone, ~2x faster than
    ``/user/info``, which also lists every key and team of the user), else ``/user/info`` (a proxy answering the v2
    route with FastAPI's bare 404 has no such route; it is remembered per proxy)."""
    if ctx.base_url not in _NO_USER_V2:
        try:
            body = yield from call(ctx, Request("GET", "/v2/user/info", params={"user_id": ident}), retry=False)
        except (AuthenticationError, PermissionDeniedError):
            return _REFUSED
        except NotFoundError as error:
            if error.body != {"detail": "Not Found"}:
                return _ABSENT  # the route answered: no such user
            _NO_USER_V2.add(ctx.base_url)
        else:
            return user_scope({"user_info": expect_mapping(body, "GET /v2/user/info")})
    found = yield from _read(ctx, "/user/info", {"user_id": ident})
    return user_scope(found) if isinstance(found, dict) else found


def fetch_organization(ctx: Context, *, ident: str) -> Op[dict[str, Any] | str]:
    body = yield from _read(ctx, "/organization/info", {"organization_id": ident})
    return _REFUSED if body == _ABSENT else organization_scope(body) if isinstance(body, dict) else body


_FETCH = {TEAM: fetch_team, USER: fetch_user, ORGANIZATION: fetch_organization}


# --------------------------------------------------------------------------- reading them beside another operation


def _cache_key(ctx: Context, kind: str, ident: str) -> str:
    return ctx.cache_key(f"budget_{kind}", ident)


def _usable(value: Any) -> dict[str, Any] | str | None:
    return value if isinstance(value, dict) or value in (_REFUSED, _ABSENT) else None


def _found(wanted: list[tuple[str, str]], values: Any) -> Scopes:
    if values is None or len(values) < len(wanted):
        return {}
    return {scope: found for scope, value in zip(wanted, values, strict=False) if (found := _usable(value)) is not None}


def _cached(ctx: Context, wanted: list[tuple[str, str]]) -> Op[Scopes]:
    if not wanted:
        return {}
    values = yield CacheGetMany(tuple(_cache_key(ctx, kind, ident) for kind, ident in wanted))
    return _found(wanted, values)


def _fetched(ctx: Context, kind: str, ident: str) -> Op[dict[str, Any] | str]:
    found: dict[str, Any] | str = yield Shared(_FETCH[kind], {"ident": ident})
    yield CacheSet(_cache_key(ctx, kind, ident), found, ctx.scope_ttl)
    return found


def _branch(ctx: Context, scope: tuple[str, str], owners: Owners, fresh: bool) -> Op[Scopes]:
    """Read one scope (any failure: None); a team's organisation too, when the key names none of its own."""
    kind, ident = scope
    found = yield Advisory(_fetched(ctx, kind, ident), f"read the budget of {kind} {ident}")
    scopes: Scopes = {scope: found}
    org_id = _str(found.get("organization_id")) if kind == TEAM and isinstance(found, dict) else None
    if owners.organization_id is None and org_id is not None:
        org_scope = (ORGANIZATION, org_id)
        if not fresh:
            scopes.update((yield from _cached(ctx, [org_scope])))
        if org_scope not in scopes:
            scopes.update((yield from _branch(ctx, org_scope, owners, fresh)))
    return scopes


def _missing(ctx: Context, owners: Owners, scopes: Scopes, fresh: bool) -> Op[Scopes]:
    """The cached scopes ``owners`` need that ``scopes`` lacks (an organisation named by a cached team too)."""
    found: Scopes = {}
    asked: set[tuple[str, str]] = set(scopes)
    while not fresh:  # a second round only for the organisation of a team found in the first
        wanted = [s for s in owners.needed({**scopes, **found}) if s not in asked]
        if not wanted:
            break
        asked.update(wanted)
        found.update((yield from _cached(ctx, wanted)))
    return found


def cached_scopes(
    ctx: Context, owners: Owners, *, fresh: bool, also: tuple[str, ...] = ()
) -> Op[tuple[Scopes, list[Any] | None]]:
    """The scopes of ``owners`` in the cache (none when ``fresh``), read in one go with the cache keys ``also``
    (whose values are returned too: a login reads its models' records in the same read)."""
    wanted = [] if fresh else owners.needed({})
    if not wanted and not also:
        return {}, None
    values = yield CacheGetMany((*(_cache_key(ctx, kind, ident) for kind, ident in wanted), *also))
    scopes = _found(wanted, values)
    if wanted and any(kind == TEAM for kind, _ in scopes):  # a cached team's organisation, when cached too
        scopes.update((yield from _missing(ctx, owners, scopes, fresh)))
    rest = list(values[len(wanted) :]) if values is not None and len(values) == len(wanted) + len(also) else None
    return scopes, rest


def to_read(ctx: Context, owners: Owners, scopes: Scopes, *, fresh: bool) -> list[Op[Scopes]]:
    """An operation for each scope ``owners`` need that ``scopes`` lacks (each reads it; see :func:`beside`)."""
    return [_branch(ctx, s, owners, fresh) for s in owners.needed(scopes) if s not in scopes]


def beside(op: Op[T], reads: list[Op[Scopes]], scopes: Scopes) -> Op[tuple[T, Scopes]]:
    """Run ``op`` and the ``reads`` (:func:`to_read`) at the same time (``Gather``): ``op``'s result, and ``scopes``
    with what they read."""
    if not reads:
        return (yield from op), scopes
    result, *found = yield Gather((op, *reads))
    scopes = dict(scopes)
    for part in found:
        scopes.update(part)
    return result, scopes


def with_scopes(ctx: Context, op: Op[T], owners: Owners, *, fresh: bool) -> Op[tuple[T, Scopes]]:
    """Run ``op`` and, at the same time, read the budget scopes of ``owners`` (cached ones, unless ``fresh``, from
    the cache first). Returns ``op``'s result and the scopes read."""
    scopes, _ = yield from cached_scopes(ctx, owners, fresh=fresh)
    return (yield from beside(op, to_read(ctx, owners, scopes, fresh=fresh), scopes))


def complete(ctx: Context, owners: Owners, scopes: Scopes, *, fresh: bool) -> Op[Scopes]:
    """``scopes`` with those the key's real owners need that were not foreseen (read now, at the same time)."""
    scopes = {**scopes, **(yield from _missing(ctx, owners, scopes, fresh))}
    branches = [_branch(ctx, s, owners, fresh) for s in owners.needed(scopes) if s not in scopes]
    if branches:
        for part in (yield Gather(tuple(branches))):
            scopes.update(part)
    return scopes


# --------------------------------------------------------------------------- the budgets


def _budget(scope: str, ident: str, figures: Mapping[str, Any], spent: float | None = None) -> ScopeBudget:
    return ScopeBudget(
        scope=scope,
        id=ident,
        max=_number(figures.get("max")),
        spent=_number(figures.get("spent")) if spent is None else spent,
        duration=_str(figures.get("duration")),
        resets_at=parse_datetime(figures.get("resets_at")),
    )


def _unknown(scope: str, ident: str) -> ScopeBudget:
    return ScopeBudget(scope=scope, id=ident, max=None, spent=None, known=False)


def scope_budgets(owners: Owners, scopes: Scopes) -> tuple[ScopeBudget, ...]:
    """The budgets of the key's team (its cap, windows, per-model budgets), the key's person in the team, its user
    (personal keys) and its organisation, from what was read; ``known=False`` for a scope that could not be."""
    if not scopes:
        return ()
    found: list[ScopeBudget] = []
    for scope in owners.needed(scopes):
        if scope not in scopes:
            continue
        kind, ident = scope
        data = scopes[scope]
        if not isinstance(data, dict):
            if data == _ABSENT:  # LiteLLM has no record of this user: no budget of their own
                continue
            found.append(_unknown(_SCOPE_OF[kind], ident))
            if kind == TEAM and owners.user_id is not None:
                found.append(_unknown(BudgetScope.TEAM_MEMBER, owners.user_id))
            continue
        found.append(_budget(_SCOPE_OF[kind], ident, data))
        found += model_budgets(
            BudgetScope.TEAM_MODEL if kind == TEAM else BudgetScope.USER_MODEL,
            data.get("model_limits"),
            data.get("model_usage"),
            spent_if_unreported=None,
        )
        if kind == TEAM:
            # LiteLLM reports no team window's spend: listed with spent None
            found += window_budgets(BudgetScope.TEAM_WINDOW, ident, data.get("windows"), None, spent_if_unreported=None)
            member = _member(owners.user_id, data)
            if member is not None:
                found.append(member)
    return tuple(found)


_SCOPE_OF = {TEAM: BudgetScope.TEAM, USER: BudgetScope.USER, ORGANIZATION: BudgetScope.ORGANIZATION}


def _member(user_id: str | None, team: Mapping[str, Any]) -> ScopeBudget | None:
    """The key's person in the team: their own cap, else the team's default member budget; their spend in the team."""
    if user_id is None:
        return None
    row = _dict(_dict(team.get("members")).get(user_id))
    spent = _number(row.get("spent")) or 0.0
    if _number(row.get("max")) is not None:
        return _budget(BudgetScope.TEAM_MEMBER, user_id, row, spent)
    default = team.get("member_default")
    if isinstance(default, dict):
        return _budget(BudgetScope.TEAM_MEMBER, user_id, default, spent)
    if row:
        return _budget(BudgetScope.TEAM_MEMBER, user_id, row, spent)  # a member with no cap: listed, unlimited
    return None
