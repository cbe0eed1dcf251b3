"""Every budget that applies to a key, and the tightest: ``VirtualKeyInfo.budgets`` and ``effective_budget``.

Over tests/unit/_fake_proxy.py with LiteLLM's ``/team/info``, ``/user/info`` and ``/organization/info`` answers (the
shapes of 1.108.7's ``team_info`` / ``user_info`` / ``info_organization``): each scope (key, its windows and
per-model budgets, team, team windows, team member with its own or the team's default budget, user, organisation),
the effective choice (least left, unlimited never 0, ties by LiteLLM's check order, per-model budgets only for their
model), a scope that cannot be read (403, 404, 500) never failing the login, the cache of ``SCOPE_TTL`` on a fake
clock, ``describe_key`` reading fresh, one read for concurrent logins of a team, and the reads running at the same
time as the key is made on both runners (no round trip added to a login).
"""

from __future__ import annotations

import asyncio
import json
import threading
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from litellm_sdk import AsyncLiteLLMClient, BudgetScope, InMemoryCache, LiteLLMClient, ScopeBudget, VirtualKeyInfo
from litellm_sdk._constants import SCOPE_TTL
from litellm_sdk._manage import budgets as B

from .._fake_proxy import FakeProxy
from .._ops import BASE

LATER = (datetime.now(timezone.utc) + timedelta(days=3)).isoformat()
EARLIER = (datetime.now(timezone.utc) - timedelta(days=3)).isoformat()
#: Fields of a /key/generate body the plain fake proxy does not keep on its record.
KEPT = ("budget_limits", "model_max_budget", "organization_id", "budget_limits_usage", "model_max_budget_usage")


class BudgetProxy(FakeProxy):
    """FakeProxy plus LiteLLM's team, user and organisation reads (``refuse``: path -> status to answer)."""

    def __init__(self) -> None:
        super().__init__()
        self.team_rows: dict[str, dict[str, Any]] = {}
        self.memberships: dict[str, list[dict[str, Any]]] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.orgs: dict[str, dict[str, Any]] = {}
        self.refuse: dict[str, int] = {}
        self.assign_team: str | None = None  # the proxy gives every new key this team (not in the request)
        self.user_v2 = True  # /v2/user/info exists (LiteLLM 1.108+)

    def _route(self, request: httpx.Request) -> httpx.Response:
        path, params = request.url.path, request.url.params
        if path in self.refuse:
            return self._error(self.refuse[path], "not allowed", "auth_error")
        if path == "/team/info":
            team = self.team_rows.get(params["team_id"])
            if team is None:
                return self._error(404, f"Team not found, passed team id: {params['team_id']}.", "not_found_error")
            return httpx.Response(
                200,
                json={
                    "team_id": team["team_id"],
                    "team_info": team,
                    "keys": [],
                    "team_memberships": self.memberships.get(team["team_id"], []),
                },
            )
        if path == "/v2/user/info" and not self.user_v2:  # before 1.108: no such route (FastAPI's bare 404)
            return httpx.Response(404, json={"detail": "Not Found"})
        if path in ("/user/info", "/v2/user/info"):
            user = self.users.get(params["user_id"])
            if user is None:
                return self._error(404, f"User {params['user_id']} not found", "not_found_error")
            if path == "/v2/user/info":
                return httpx.Response(200, json=user)
            return httpx.Response(200, json={"user_id": user["user_id"], "user_info": user, "keys": [], "teams": []})
        if path == "/organization/info":
            org = self.orgs.get(params["organization_id"])
            if org is None:
                return self._error(404, "Organization not found", "not_found_error")
            return httpx.Response(200, json=org)
        response = super()._route(request)
        if path == "/key/generate" and response.status_code == 200:
            body = json.loads(request.content)
            record = self.keys[body["key"]]
            record.update({k: body[k] for k in KEPT if k in body})
            if self.assign_team:
                record["team_id"] = self.assign_team
            return httpx.Response(200, json=record)
        return response

    def team(self, team_id: str, **fields: Any) -> None:
        self.team_rows[team_id] = {"team_id": team_id, "spend": 0.0, "max_budget": None, **fields}

    def member(self, team_id: str, user_id: str, spend: float = 0.0, **table: Any) -> None:
        row = {"user_id": user_id, "team_id": team_id, "spend": spend, "litellm_budget_table": table or None}
        self.memberships.setdefault(team_id, []).append(row)


def client_for(proxy: FakeProxy, cache: Any = None) -> LiteLLMClient:
    http = httpx.Client(transport=proxy.transport())
    return LiteLLMClient(BASE, proxy.master_key, http_client=http, cache=cache)


def scopes(info: VirtualKeyInfo) -> list[tuple[str, str | None, float | None]]:
    return [(b.scope, b.id, b.remaining) for b in info.budgets]


# --- every scope --------------------------------------------------------------------------------------------------


def test_a_personal_key_of_a_user_the_proxy_does_not_know_has_only_its_own_budget() -> None:
    proxy = BudgetProxy()
    info = client_for(proxy).request_key(user_id="nobody", max_budget=5)
    assert scopes(info) == [("key", info.token_id, 5.0)]
    assert info.effective_budget == info.budgets[0] and info.budgets_known
    unlimited = client_for(proxy).request_key(user_id="nobody")
    assert unlimited.budgets[0].unlimited and unlimited.budgets[0].remaining is None  # never 0 for unlimited
    assert unlimited.effective_budget is None and unlimited.budgets_known


def test_a_team_used_up_before_login_is_the_effective_budget_with_nothing_left() -> None:
    proxy = BudgetProxy()
    proxy.team("t1", max_budget=1e-9, spend=1.77e-05, budget_duration="30d", budget_reset_at=LATER)
    info = client_for(proxy).request_key(team_id="t1", max_budget=100)
    assert info.budget is not None and info.budget.remaining == 100  # the key's own, as before
    best = info.effective_budget
    assert best is not None and (best.scope, best.id, best.remaining) == (BudgetScope.TEAM, "t1", 0.0)
    assert best.exhausted and best.duration == "30d" and best.resets_at is not None
    assert [b.scope for b in info.budgets] == ["key", "team"]  # LiteLLM's order


def test_a_team_exactly_at_its_cap_still_passes_calls_and_a_key_at_its_cap_does_not() -> None:
    at_cap = ScopeBudget(scope=BudgetScope.TEAM, id="t", max=1.0, spent=1.0)
    key = ScopeBudget(scope=BudgetScope.KEY, id="k", max=1.0, spent=1.0)
    assert at_cap.remaining == key.remaining == 0.0
    assert not at_cap.exhausted and key.exhausted  # LiteLLM: team spend > max, key spend >= max
    info = VirtualKeyInfo(key="sk-x", budgets=(key, at_cap))
    assert info.effective_budget is key  # of equals, the one that refuses


def test_ties_go_to_the_budget_litellm_checks_first() -> None:
    user = ScopeBudget(scope=BudgetScope.USER, id="u", max=3.0, spent=1.0)
    member = ScopeBudget(scope=BudgetScope.TEAM_MEMBER, id="u", max=2.0, spent=0.0)
    org = ScopeBudget(scope=BudgetScope.ORGANIZATION, id="o", max=2.0, spent=0.0)
    assert VirtualKeyInfo(key="sk-x", budgets=(user, org, member)).effective_budget is member


def test_a_team_members_own_budget_and_the_teams_default_member_budget() -> None:
    proxy = BudgetProxy()
    proxy.team("t1", max_budget=50.0, spend=1.0)
    proxy.member("t1", "alice", spend=0.9, max_budget=1.0, budget_duration="7d")
    proxy.member("t1", "bob", spend=0.5)  # no own budget: the team's default applies
    proxy.team_rows["t1"]["team_member_budget_table"] = {"max_budget": 2.0, "budget_duration": "1mo"}
    client = client_for(proxy)
    alice = client.request_key(team_id="t1", user_id="alice")
    best = alice.effective_budget
    assert best is not None and (best.scope, best.id, best.duration) == ("team_member", "alice", "7d")
    assert best.remaining == pytest.approx(0.1)
    bob = client.request_key(team_id="t1", user_id="bob")
    assert scopes(bob)[0] == ("team_member", "bob", 1.5)
    carol = client.request_key(team_id="t1", user_id="carol")  # no membership row yet: the default, nothing spent
    assert scopes(carol)[0] == ("team_member", "carol", 2.0)
    assert proxy.count("/v2/user/info") == 0  # a team key: the user's own budget is not read (see docs/budgets.md)


def test_a_default_member_budget_of_zero_is_no_cap_and_a_running_temporary_increase_counts() -> None:
    proxy = BudgetProxy()
    proxy.team("t1", team_member_budget_table={"max_budget": 0})
    proxy.member("t1", "dan", spend=1.0, max_budget=1.0, temp_budget_increase=4.0, temp_budget_expiry=LATER)
    proxy.member("t1", "eve", spend=1.0, max_budget=1.0, temp_budget_increase=4.0, temp_budget_expiry=EARLIER)
    client = client_for(proxy)
    assert [b.scope for b in client.request_key(team_id="t1", user_id="frank").budgets] == ["key", "team"]
    assert scopes(client.request_key(team_id="t1", user_id="dan"))[0] == ("team_member", "dan", 4.0)
    assert scopes(client.request_key(team_id="t1", user_id="eve"))[0] == ("team_member", "eve", 0.0)


def test_a_users_budget_applies_to_a_personal_key() -> None:
    proxy = BudgetProxy()
    proxy.users["u1"] = {"user_id": "u1", "max_budget": 2.5, "spend": 2.0, "budget_duration": "30d"}
    info = client_for(proxy).request_key(user_id="u1", max_budget=10)
    assert scopes(info) == [("key", info.token_id, 10.0), ("user", "u1", 0.5)]
    assert info.effective_budget is not None and info.effective_budget.scope == "user"


@pytest.fixture(autouse=True)
def _forget_the_proxies_without_user_v2() -> Any:
    yield
    B._NO_USER_V2.clear()


def test_a_proxy_without_v2_user_info_is_asked_user_info_from_then_on() -> None:
    proxy = BudgetProxy()
    proxy.user_v2 = False
    proxy.users["u1"] = {"user_id": "u1", "max_budget": 4.0, "spend": 1.0}
    client = client_for(proxy)
    first = client.request_key(user_id="u1")
    assert scopes(first)[-1] == ("user", "u1", 3.0)
    assert (proxy.count("/v2/user/info"), proxy.count("/user/info")) == (1, 1)
    client.describe_key(first.key)
    assert (proxy.count("/v2/user/info"), proxy.count("/user/info")) == (1, 2)  # v2 not asked again
    B._NO_USER_V2.clear()  # another proxy at the same address, with the route
    newer = BudgetProxy()
    missing = client_for(newer).request_key(user_id="nobody")  # v2's own 404: no such user, not no route
    assert [b.scope for b in missing.budgets] == ["key"]
    assert (newer.count("/v2/user/info"), newer.count("/user/info")) == (1, 0) and not B._NO_USER_V2


def test_the_organisation_of_the_key_or_else_of_its_team() -> None:
    proxy = BudgetProxy()
    proxy.orgs["o1"] = {"organization_id": "o1", "spend": 9.0, "litellm_budget_table": {"max_budget": 10.0}}
    proxy.orgs["o2"] = {"organization_id": "o2", "spend": 1.0, "litellm_budget_table": {"max_budget": 1.5}}
    proxy.team("t1", organization_id="o2")
    client = client_for(proxy)
    own = client.request_key(user_id="u", organization_id="o1")
    assert scopes(own)[-1] == ("organization", "o1", 1.0)
    via_team = client.request_key(team_id="t1")
    assert scopes(via_team) == [("key", via_team.token_id, None), ("team", "t1", None), ("organization", "o2", 0.5)]
    assert via_team.effective_budget is not None and via_team.effective_budget.scope == "organization"


def test_windows_of_a_new_key_are_unspent_and_later_read_from_the_proxys_usage() -> None:
    proxy = BudgetProxy()
    proxy.team("t1", budget_limits=[{"budget_duration": "1d", "max_budget": 5.0, "reset_at": LATER}])
    client = client_for(proxy)
    windows = [{"budget_duration": "1h", "max_budget": 0.5}, {"budget_duration": "1d", "max_budget": 2.0}]
    info = client.request_key(team_id="t1", max_budget=100, budget_limits=windows)
    assert [(b.scope, b.duration, b.remaining) for b in info.budgets] == [
        ("key", None, 100.0),
        ("team", None, None),  # the team has no cap of its own
        ("team_window", "1d", None),  # LiteLLM does not report a team window's spend
        ("key_window", "1h", 0.5),
        ("key_window", "1d", 2.0),
    ]
    assert info.effective_budget is not None and info.effective_budget.duration == "1h"
    proxy.keys[info.key]["budget_limits_usage"] = {"1h": {"current_spend": 0.2}, "1d": {"current_spend": 1.9}}
    described = client.describe_key(info.key)
    best = described.effective_budget
    assert best is not None and (best.scope, best.duration) == ("key_window", "1d")
    assert best.remaining == pytest.approx(0.1)
    del proxy.keys[info.key]["budget_limits_usage"]  # a release before 1.108: the window's spend is not known
    older = client.describe_key(info.key)
    assert [b.spent for b in older.budgets if b.scope == "key_window"] == [None, None]
    assert older.effective_budget is not None and older.effective_budget.scope == "key"


def test_per_model_budgets_count_only_for_their_model() -> None:
    proxy = BudgetProxy()
    per_model = {"gpt-4o-vision": {"budget_limit": 0.01, "time_period": "1d"}}
    info = client_for(proxy).request_key(user_id="u", max_budget=5, model_max_budget=per_model)
    vision = next(b for b in info.budgets if b.per_model)
    assert (vision.scope, vision.id, vision.remaining, vision.duration) == ("key_model", "gpt-4o-vision", 0.01, "1d")
    assert info.effective_budget is not None and info.effective_budget.scope == "key"
    assert info.effective_budget_for("gpt-4o-vision") is vision
    assert info.effective_budget_for("plain-chat") == info.effective_budget


def test_a_teams_per_model_budgets_are_listed_where_the_proxy_reports_their_spend() -> None:
    proxy = BudgetProxy()
    limits = {"plain-chat": {"max_budget": 1.0, "budget_duration": "1d"}}
    proxy.team("t1", model_max_budget=limits)
    proxy.team("t2", model_max_budget=limits, model_max_budget_usage={"plain-chat": {"current_spend": 0.75}})
    client = client_for(proxy)
    assert [b.scope for b in client.request_key(team_id="t1").budgets] == ["key", "team"]
    listed = client.request_key(team_id="t2")
    assert ("team_model", "plain-chat", 0.25) in scopes(listed)


# --- scopes that cannot be read ------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [401, 403, 404, 500])
def test_a_scope_that_cannot_be_read_is_unknown_and_the_login_still_works(status: int) -> None:
    proxy = BudgetProxy()
    proxy.team("t1", max_budget=1.0)
    proxy.refuse["/team/info"] = status
    info = client_for(proxy).request_key(team_id="t1", user_id="u1", max_budget=3, models=["plain-chat"])
    assert info.model_ids == ("plain-chat",)
    unknown = [(b.scope, b.id) for b in info.budgets if not b.known]
    assert unknown == [("team_member", "u1"), ("team", "t1")]
    assert all(b.max is None and b.spent is None and b.remaining is None for b in info.budgets if not b.known)
    assert not info.budgets_known and not info.for_browser().budgets_known
    assert info.effective_budget is not None and info.effective_budget.scope == "key"  # what could be read


def test_a_refusal_is_cached_like_an_answer_and_a_failure_is_asked_again() -> None:
    proxy = BudgetProxy()
    client = client_for(proxy)
    proxy.refuse["/team/info"] = 403
    client.request_key(team_id="t1")
    client.request_key(team_id="t1")
    assert proxy.count("/team/info") == 1
    proxy.refuse["/team/info"] = 503
    client.request_key(team_id="t2")
    client.request_key(team_id="t2")
    assert proxy.count("/team/info") == 3


def test_a_scope_read_that_raises_in_a_users_event_hook_does_not_fail_the_login() -> None:
    proxy = BudgetProxy()

    def hook(request: httpx.Request) -> None:
        if request.url.path == "/v2/user/info":
            raise RuntimeError("tracing is down")

    http = httpx.Client(transport=proxy.transport(), event_hooks={"request": [hook]})
    info = LiteLLMClient(BASE, proxy.master_key, http_client=http).request_key(user_id="u1", max_budget=1)
    assert [(b.scope, b.known) for b in info.budgets] == [("key", True), ("user", False)]


# --- cache, freshness, single flight -------------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_logins_reuse_a_scope_for_scope_ttl_and_describe_key_reads_it_fresh() -> None:
    proxy = BudgetProxy()
    proxy.team("t1", max_budget=10.0, spend=1.0)
    clock = Clock()
    client = client_for(proxy, cache=InMemoryCache(clock=clock))
    first = client.request_key(team_id="t1", user_id="a")
    proxy.team_rows["t1"]["spend"] = 4.0
    clock.now += SCOPE_TTL - 1
    cached = client.request_key(team_id="t1", user_id="b")
    assert proxy.count("/team/info") == 1 and scopes(cached)[-1] == ("team", "t1", 9.0)  # 30 s old at most
    fresh = client.describe_key(first.key)
    assert proxy.count("/team/info") == 2 and scopes(fresh)[-1] == ("team", "t1", 6.0)
    assert scopes(client.refresh(first))[-1] == ("team", "t1", 6.0) and proxy.count("/team/info") == 3
    clock.now += SCOPE_TTL + 1
    later = client.request_key(team_id="t1", user_id="c")
    assert proxy.count("/team/info") == 4 and scopes(later)[-1] == ("team", "t1", 6.0)


def test_a_cached_team_brings_its_cached_organisation() -> None:
    proxy = BudgetProxy()
    proxy.team("t1", organization_id="o1")
    proxy.orgs["o1"] = {"organization_id": "o1", "spend": 1.0, "litellm_budget_table": {"max_budget": 2.0}}
    client = client_for(proxy)
    client.request_key(team_id="t1")
    again = client.request_key(team_id="t1")
    assert (proxy.count("/team/info"), proxy.count("/organization/info")) == (1, 1)
    assert scopes(again)[-1] == ("organization", "o1", 1.0)


def test_an_owner_the_request_did_not_name_is_read_after_the_key_is_made() -> None:
    proxy = BudgetProxy()
    proxy.team("assigned", max_budget=1.0, spend=0.25)
    proxy.assign_team = "assigned"
    info = client_for(proxy).request_key(user_id="u1")
    assert info.team_id == "assigned" and scopes(info)[-1] == ("team", "assigned", 0.75)
    assert proxy.count("/v2/user/info") == 1  # asked for the personal key the request looked like; not listed
    assert "user" not in [b.scope for b in info.budgets]
    nobody = client_for(proxy).request_key(models=["plain-chat"])  # a request naming no owner at all
    assert scopes(nobody)[-1] == ("team", "assigned", 0.75)


def test_a_login_with_everything_cached_reads_the_cache_once_and_sends_one_request() -> None:
    proxy = BudgetProxy()
    proxy.team("t1", max_budget=3.0, organization_id="o1")
    proxy.orgs["o1"] = {"organization_id": "o1", "spend": 0.0, "litellm_budget_table": {"max_budget": 9.0}}
    reads: list[int] = []

    class Counting(InMemoryCache):
        def get_many(self, keys: Any) -> list[Any]:
            reads.append(len(list(keys)))
            return super().get_many(keys)

    client = client_for(proxy, cache=Counting())
    client.request_key(team_id="t1", user_id="a", models=["plain-chat", "dall-e-3"])
    proxy.calls.clear()
    reads.clear()
    warm = client.request_key(team_id="t1", user_id="b", models=["plain-chat", "dall-e-3"])
    assert proxy.calls == [("POST", "/key/generate")]
    assert reads == [3, 1]  # the team and both models in one read; then the team's organisation
    assert [b.scope for b in warm.budgets] == ["key", "team", "organization"]


async def test_concurrent_logins_of_one_team_share_one_read() -> None:
    proxy = BudgetProxy()
    proxy.team("t1", max_budget=5.0)
    hold = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        if request.url.path == "/team/info":
            await hold.wait()  # the first read is still out when the other logins ask
        return proxy.handle(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncLiteLLMClient(BASE, proxy.master_key, http_client=http) as client:
        logins = [asyncio.ensure_future(client.request_key(team_id="t1", user_id=f"u{i}")) for i in range(5)]
        await asyncio.sleep(0.05)
        hold.set()
        infos = await asyncio.gather(*logins)
    assert proxy.count("/team/info") == 1
    assert {scopes(i)[-1] for i in infos} == {("team", "t1", 5.0)}


# --- no round trip added: the reads run while the key is made -----------------------------------------------------


class MeetAtGenerate(BudgetProxy):
    """/key/generate answers only once the budget read is in flight too (and the other way round): a login that made
    them one after the other would wait out the bound and get a 504."""

    def __init__(self) -> None:
        super().__init__()
        self.meeting = threading.Barrier(2, timeout=2.0)
        self.met = False

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path in ("/key/generate", "/team/info"):
            try:
                self.meeting.wait()
                self.met = True
            except threading.BrokenBarrierError:
                return self._error(504, "alone", "timeout")
        return super().handle(request)


def test_the_blocking_client_reads_the_scopes_while_it_makes_the_key() -> None:
    proxy = MeetAtGenerate()
    proxy.team("t1", max_budget=2.0)
    info = client_for(proxy).request_key(team_id="t1", models=["plain-chat"])
    assert proxy.met and scopes(info)[-1] == ("team", "t1", 2.0)


async def test_the_async_client_reads_the_scopes_while_it_makes_the_key() -> None:
    proxy = MeetAtGenerate()
    proxy.team("t1", max_budget=2.0)

    async def handler(request: httpx.Request) -> httpx.Response:
        await request.aread()
        return await asyncio.to_thread(proxy.handle, request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with AsyncLiteLLMClient(BASE, proxy.master_key, http_client=http) as client:
        info = await client.request_key(team_id="t1", models=["plain-chat"])
    assert proxy.met and scopes(info)[-1] == ("team", "t1", 2.0)


def test_ensure_key_reads_the_scopes_beside_its_own_requests_and_reuse_keeps_them() -> None:
    proxy = BudgetProxy()
    proxy.users["u1"] = {"user_id": "u1", "max_budget": 1.0, "spend": 0.4}
    client = client_for(proxy)
    made = client.ensure_key(user_id="u1", models=["plain-chat"])
    again = client.ensure_key(user_id="u1", models=["plain-chat"])
    assert made.key == again.key
    assert scopes(made)[-1] == scopes(again)[-1] == ("user", "u1", 0.6)
    assert proxy.count("/v2/user/info") == 1  # the second from the cache


# --- the values ----------------------------------------------------------------------------------------------------


def test_budgets_round_trip_through_to_dict_and_the_browser_view_hides_the_keys_token() -> None:
    proxy = BudgetProxy()
    proxy.users["u1"] = {"user_id": "u1", "max_budget": 9.0, "spend": 0.0}
    info = client_for(proxy).request_key(user_id="u1", max_budget=1)
    assert VirtualKeyInfo.from_dict(json.loads(json.dumps(info.to_dict()))) == info
    page = info.for_browser().to_dict()
    assert page["effective_budget"] == {"scope": "key", "max": 1.0, "spent": 0.0, "remaining": 1.0}
    assert info.token_id is not None and info.token_id not in json.dumps(page)


def test_the_parsers_read_litellms_shapes_and_tolerate_junk() -> None:
    team = B.team_scope({"team_info": {"max_budget": "x", "spend": None, "budget_limits": [1, {"a": 2}]}})
    assert team["max"] is None and team["spent"] == 0.0
    assert B.scope_budgets(B.Owners(team_id="t"), {("team", "t"): team})[0].unlimited
    assert B.user_scope({"user_info": None})["max"] is None
    assert B.organization_scope({"spend": 2, "litellm_budget_table": None})["max"] is None
