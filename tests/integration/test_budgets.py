"""Every budget that applies to a key, on the real proxy: ``VirtualKeyInfo.budgets`` and ``effective_budget``.

A team budget used up before a person logs in, a team member's budget, a user's budget on a personal key and a
key's budget window (``budget_limits``, from 1.90.7; its spend reported from 1.108.7): what the SDK reports at login,
and what the proxy then does with a call.
"""

from __future__ import annotations

import time

import httpx
import pytest

from litellm_sdk import BudgetExceededError, BudgetScope, LiteLLMClient, ScopeBudget, VirtualKeyInfo, raise_for_status

from ._helpers import chat, create_team, unique
from ._releases import key_budget_windows_exist, key_window_spend_is_reported


@pytest.fixture
def client(litellm_proxy):
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as c:
        yield c


def admin_post(litellm_proxy, path: str, body: dict) -> dict:
    response = httpx.post(
        f"{litellm_proxy.base_url}{path}",
        headers={"Authorization": f"Bearer {litellm_proxy.master_key}"},
        json=body,
        timeout=30,
    )
    return dict(raise_for_status(response).json())


def only(info: VirtualKeyInfo, scope: str) -> ScopeBudget:
    found = [b for b in info.budgets if b.scope == scope]
    assert len(found) == 1, info.budgets
    return found[0]


def test_a_team_budget_used_up_before_login_is_the_effective_budget_with_nothing_left(
    client: LiteLLMClient, litellm_proxy
) -> None:
    team = create_team(litellm_proxy.base_url, litellm_proxy.master_key, ["plain-chat"], max_budget=1e-9)
    first = client.request_key(team_id=team, models=["plain-chat"], max_budget=100)
    assert only(first, BudgetScope.TEAM).remaining == pytest.approx(1e-9)
    chat(litellm_proxy.base_url, first.key)  # passes: LiteLLM refuses once the team's spend is above its cap
    deadline = time.monotonic() + 30
    while only(client.describe_key(first.key), BudgetScope.TEAM).spent == 0 and time.monotonic() < deadline:
        time.sleep(0.5)  # the proxy writes spend in batches

    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as login:  # another server, nothing cached
        refused_at_login: BudgetExceededError | None = None
        try:
            info = login.request_key(team_id=team, user_id=unique("u"), models=["plain-chat"], max_budget=100)
        except BudgetExceededError as error:  # 1.80.17 will not make a key in a team over its budget
            refused_at_login = error
    if refused_at_login is not None:
        assert refused_at_login.scope == BudgetScope.TEAM and refused_at_login.team_id == team
        return
    assert info.budget is not None and info.budget.remaining == 100  # the key's own record: all of it left
    best = info.effective_budget
    assert best is not None and (best.scope, best.id, best.remaining) == (BudgetScope.TEAM, team, 0.0)
    assert best.exhausted and info.budgets_known
    with pytest.raises(BudgetExceededError) as refused:
        chat(litellm_proxy.base_url, info.key)
    assert refused.value.scope == BudgetScope.TEAM and refused.value.team_id == team


def test_a_team_members_budget_is_the_effective_one(client: LiteLLMClient, litellm_proxy) -> None:
    team = create_team(litellm_proxy.base_url, litellm_proxy.master_key, ["plain-chat"], max_budget=50)
    user = unique("member")
    member = {"role": "user", "user_id": user}
    admin_post(litellm_proxy, "/team/member_add", {"team_id": team, "member": member, "max_budget_in_team": 0.5})
    info = client.request_key(team_id=team, user_id=user, models=["plain-chat"], max_budget=10)
    best = info.effective_budget
    assert best is not None and (best.scope, best.id, best.max) == (BudgetScope.TEAM_MEMBER, user, 0.5)
    assert best.remaining == pytest.approx(0.5)
    assert only(info, BudgetScope.TEAM).remaining == pytest.approx(50)
    assert BudgetScope.USER not in [b.scope for b in info.budgets]  # a team key: the user's own budget not read
    assert [b.scope for b in info.budgets][:2] == [BudgetScope.TEAM_MEMBER, BudgetScope.KEY]  # LiteLLM's order


def test_a_users_budget_applies_to_a_personal_key(client: LiteLLMClient, litellm_proxy) -> None:
    user = unique("person")
    admin_post(litellm_proxy, "/user/new", {"user_id": user, "max_budget": 0.25})
    info = client.request_key(user_id=user, models=["plain-chat"], max_budget=10)
    best = info.effective_budget
    assert best is not None and (best.scope, best.id) == (BudgetScope.USER, user)
    assert best.remaining == pytest.approx(0.25) and info.budgets_known
    unknown_user = client.request_key(user_id=unique("nobody"), models=["plain-chat"], max_budget=3)
    assert [b.scope for b in unknown_user.budgets] == [BudgetScope.KEY]  # no user row: no budget of their own
    assert unknown_user.effective_budget is not None and unknown_user.effective_budget.remaining == 3


def test_a_key_budget_window(client: LiteLLMClient, litellm_proxy, litellm_release) -> None:
    windows = [{"budget_duration": "1d", "max_budget": 0.5}]
    info = client.request_key(user_id=unique("u"), models=["plain-chat"], max_budget=10, budget_limits=windows)
    if not key_budget_windows_exist(litellm_release):
        # before 1.90.7 the proxy ignores the field: no window is kept, so none may be reported
        assert BudgetScope.KEY_WINDOW not in [b.scope for b in info.budgets]
        assert info.effective_budget is not None and info.effective_budget.scope == BudgetScope.KEY
        return
    window = only(info, BudgetScope.KEY_WINDOW)
    assert (window.duration, window.max, window.remaining) == ("1d", 0.5, 0.5)  # a new key: nothing spent
    assert info.effective_budget == window
    described = only(client.describe_key(info.key), BudgetScope.KEY_WINDOW)
    if key_window_spend_is_reported(litellm_release):
        assert described.spent == 0.0 and described.remaining == 0.5
    else:
        assert described.spent is None and described.remaining is None  # the proxy does not say
