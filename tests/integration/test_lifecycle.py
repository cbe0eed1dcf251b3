"""A key's whole life against the real proxy: describe, update, block, revoke, rotate, list, ensure_key."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from litellm_sdk import (
    AsyncLiteLLMClient,
    AuthenticationError,
    EnterpriseRequiredError,
    InvalidRequestError,
    KeyBlockedError,
    LiteLLMClient,
    NotFoundError,
    raise_for_status,
)

from ._helpers import chat, create_team, unique, wait_for_spend


@pytest.fixture
def client(litellm_proxy):
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as c:
        yield c


def test_describe_after_real_spend_shows_it(client: LiteLLMClient, litellm_proxy) -> None:
    info = client.request_key(user_id=unique("u"), models=["plain-chat", "gpt-4o-vision"], max_budget=10)
    chat(litellm_proxy.base_url, info.key)
    described = wait_for_spend(client, info.key)
    assert described.budget is not None
    assert described.budget.spent > 0
    assert described.budget.remaining is not None and described.budget.remaining < 10
    assert described.model_ids == info.model_ids
    assert described.features == info.features
    assert described.user_id == info.user_id
    assert described.token_id == info.token_id
    refreshed = client.refresh(info)
    assert refreshed.budget is not None and refreshed.budget.spent >= described.budget.spent


def test_update_key_changes_budget_and_models(client: LiteLLMClient) -> None:
    info = client.request_key(models=["plain-chat"], max_budget=1)
    updated = client.update_key(info.key, max_budget=3, models=["plain-chat", "dall-e-3"], metadata={"plan": "pro"})
    assert updated.budget is not None and updated.budget.max == 3
    assert set(updated.model_ids) == {"plain-chat", "dall-e-3"}
    assert updated.features.image_generation
    assert updated.metadata.get("plan") == "pro"
    with pytest.raises(InvalidRequestError):
        client.update_key(info.key, max_budget=-3)
    with pytest.raises(NotFoundError) as caught:
        client.update_key("sk-this-key-does-not-exist-000", max_budget=1)
    assert caught.value.code == "not_found"


def test_block_then_use_then_unblock(client: LiteLLMClient, litellm_proxy) -> None:
    info = client.request_key(models=["plain-chat"])
    client.block_key(info.key)
    with pytest.raises(KeyBlockedError) as caught:
        chat(litellm_proxy.base_url, info.key)
    assert caught.value.code == "key_blocked"
    described = client.describe_key(info.key)
    assert described.blocked
    assert described.model_ids == ("plain-chat",)  # a blocked key still describes its models
    client.unblock_key(info.key)
    assert chat(litellm_proxy.base_url, info.key)["choices"]


def test_revoke_then_use_gives_a_clear_error(client: LiteLLMClient, litellm_proxy) -> None:
    info = client.request_key(models=["plain-chat"])
    assert client.revoke(info.key) is True
    assert client.revoke(info.key) is False
    with pytest.raises(NotFoundError):
        client.revoke(info.key, missing_ok=False)
    with pytest.raises(AuthenticationError) as caught:
        chat(litellm_proxy.base_url, info.key)
    assert caught.value.status == 401
    assert caught.value.code in {"token_not_found_in_db", "authentication_error"}
    with pytest.raises(NotFoundError):
        client.describe_key(info.key)


def test_delete_keys_many(client: LiteLLMClient) -> None:
    keys = [client.request_key(models=["plain-chat"]).key for _ in range(3)]
    deleted = client.delete_keys(*keys)
    assert len(deleted) == 3
    with pytest.raises(NotFoundError):
        client.delete_keys(keys[0])


def test_regenerate_on_an_unlicensed_proxy_is_enterprise_required(client: LiteLLMClient) -> None:
    info = client.request_key(models=["plain-chat"])
    with pytest.raises(EnterpriseRequiredError) as caught:
        client.regenerate_key(info.key)
    assert caught.value.code == "enterprise_required"
    assert "Enterprise" in caught.value.suggested_action
    assert client.describe_key(info.key).key == info.key  # the old key still works


def test_list_keys_walks_every_page(client: LiteLLMClient) -> None:
    user = unique("lister")
    made = {client.request_key(user_id=user, models=["plain-chat"]).token_id for _ in range(5)}
    listed = list(client.list_keys(user_id=user, page_size=2))
    assert {s.token_id for s in listed} == made
    assert len(listed) == 5
    assert all(s.user_id == user and s.models == ("plain-chat",) for s in listed)
    assert all(s.key_name and "..." in s.key_name for s in listed)
    with pytest.raises(InvalidRequestError):
        next(iter(client.list_keys(page_size=0)))


async def test_async_list_keys_walks_every_page(litellm_proxy) -> None:
    user = unique("alister")
    async with AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as client:
        for _ in range(3):
            await client.request_key(user_id=user, models=["plain-chat"])
        listed = [s async for s in client.list_keys(user_id=user, page_size=1)]
    assert len(listed) == 3


def test_ensure_key_twice_gives_one_key(client: LiteLLMClient, litellm_proxy) -> None:
    user = unique("returning")
    first = client.ensure_key(user_id=user, models=["plain-chat", "gpt-4o-vision"], duration="1h")
    second = client.ensure_key(user_id=user, models=["gpt-4o-vision", "plain-chat"], duration="1h")
    assert second.key == first.key
    assert second.features == first.features
    assert [s.key_alias for s in client.list_keys(user_id=user)] == [f"litellm-sdk/{user}"]
    assert chat(litellm_proxy.base_url, second.key)["choices"]


def test_ensure_key_after_expiry_gives_a_new_one_and_removes_the_old(client: LiteLLMClient) -> None:
    user = unique("expiring")
    first = client.ensure_key(user_id=user, models=["plain-chat"], duration="2s", min_validity=0)
    time.sleep(2.5)
    second = client.ensure_key(user_id=user, models=["plain-chat"], duration="1h")
    assert second.key != first.key
    assert len(list(client.list_keys(user_id=user))) == 1
    with pytest.raises(NotFoundError):
        client.describe_key(first.key)


def test_ensure_key_replaces_a_key_with_other_models_or_team(client: LiteLLMClient, litellm_proxy) -> None:
    user = unique("changing")
    first = client.ensure_key(user_id=user, models=["plain-chat"])
    second = client.ensure_key(user_id=user, models=["plain-chat", "dall-e-3"])
    assert second.key != first.key and second.features.image_generation
    team = create_team(litellm_proxy.base_url, litellm_proxy.master_key, ["plain-chat"])
    in_team = client.ensure_key(user_id=user, team_id=team)
    assert in_team.team_id == team and in_team.key_alias == f"litellm-sdk/{user}/{team}"
    assert client.ensure_key(user_id=user, models=["plain-chat", "dall-e-3"]).key == second.key


def test_ensure_key_respects_an_administrators_block(client: LiteLLMClient) -> None:
    user = unique("blocked")
    first = client.ensure_key(user_id=user, models=["plain-chat"])
    client.block_key(first.key)
    with pytest.raises(KeyBlockedError):
        client.ensure_key(user_id=user, models=["plain-chat"])
    replaced = client.ensure_key(user_id=user, models=["plain-chat"], replace_blocked=True)
    assert replaced.key != first.key and not replaced.blocked


def test_ensure_key_concurrent_threads_make_one_key(client: LiteLLMClient) -> None:
    user = unique("crowd")
    results: list[str] = []
    barrier = threading.Barrier(8)

    def login() -> None:
        barrier.wait()
        results.append(client.ensure_key(user_id=user, models=["plain-chat"]).key)

    threads = [threading.Thread(target=login) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and len(set(results)) == 1
    assert len(list(client.list_keys(user_id=user))) == 1


async def test_ensure_key_concurrent_clients_make_one_key(litellm_proxy) -> None:
    """Two clients (as two server processes would be) racing for one user still end with one key."""
    user = unique("race")
    async with (
        AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as a,
        AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as b,
    ):
        keys = await asyncio.gather(*(c.ensure_key(user_id=user, models=["plain-chat"]) for c in (a, b, a, b)))
        assert len({k.key for k in keys}) == 1
        assert len([s async for s in a.list_keys(user_id=user)]) == 1


def test_generated_api_shares_auth_and_maps_errors(client: LiteLLMClient) -> None:
    from litellm_proxy_client.api.health import health_liveliness_health_liveliness_get as liveliness

    response = liveliness.sync_detailed(client=client.api)
    assert raise_for_status(response).status_code == 200


def test_generated_key_info_endpoint_through_client_api(client: LiteLLMClient) -> None:
    from litellm_proxy_client.api.key_management import info_key_fn_key_info_get as key_info

    info = client.request_key(models=["plain-chat"])
    ok = raise_for_status(key_info.sync_detailed(client=client.api, key=info.key))
    assert ok.status_code == 200
    missing = key_info.sync_detailed(client=client.api, key="sk-no-such-key-00000000")
    with pytest.raises(NotFoundError):
        raise_for_status(missing)
