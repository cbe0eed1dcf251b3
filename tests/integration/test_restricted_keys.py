"""Keys that cannot ask the proxy for their own models, on the real proxy of every release in the matrix: a key
restricted to LLM routes (``key_type="llm_api"``: 403 on ``/model_group/info`` before 1.100; ``allowed_routes:
["/chat/completions"]``: 403 there on every release), and blocked and expired keys (refused on every route).
request_key, describe_key, refresh and list_models give each the models an ordinary key with the same list gets
(explicit names, wildcards, an access group, team models, sentinels), resolved with the master key as LiteLLM
resolves them (``_manage/resolution.py``)."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from litellm_sdk import ALL_MODELS, KeyExpiredError, LiteLLMClient, VirtualKeyInfo

from ._helpers import chat, create_team
from ._releases import llm_api_key_may_read_model_groups

RESTRICTIONS: dict[str, dict[str, Any]] = {
    "llm_api": {"key_type": "llm_api"},
    "allowed_routes": {"allowed_routes": ["/chat/completions"]},
}

#: The test proxy's access group (scripts/_local_proxy/config.py) and its deployments.
ACCESS_GROUP = "sdk-access-group"
ACCESS_GROUP_MODELS = ("plain-chat", "whisper-1")


@pytest.fixture
def client(litellm_proxy):
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as c:
        yield c


@pytest.fixture(scope="module")
def team_id(litellm_proxy) -> str:
    """A team whose models are one deployment and the access group."""
    return create_team(litellm_proxy.base_url, litellm_proxy.master_key, ["gpt-4o-vision", ACCESS_GROUP])


def lists(team: str) -> list[dict[str, Any]]:
    return [
        {"models": ["gpt-4o-vision", "dall-e-3"]},
        {"models": ["plain-chat", "not-deployed-anywhere"]},
        {"models": ["anthropic/*"]},  # the wildcard deployment anthropic/claude-haiku* serves some of these
        {"models": ["anthropic/claude-haiku*"]},  # the deployment's own pattern
        {"models": ["openai/*"]},  # no deployment matches: no models
        {"models": [ACCESS_GROUP]},
        {"models": ALL_MODELS},
        {"models": ["all-proxy-models"]},
        {"models": ALL_MODELS, "team_id": team},
        {"models": ["all-team-models"], "team_id": team},
    ]


def answers(info: VirtualKeyInfo) -> tuple[Any, ...]:
    return info.model_ids, info.unavailable_models, info.features


def fresh(client: LiteLLMClient) -> LiteLLMClient:
    """The client with an empty capability cache: the next key resolves its models from the proxy."""
    client.cache.clear()
    return client


def model_group_info_status(base_url: str, key: str) -> int:
    return httpx.get(f"{base_url}/model_group/info", headers={"Authorization": f"Bearer {key}"}, timeout=30).status_code


@pytest.mark.parametrize("restriction", sorted(RESTRICTIONS))
def test_a_route_restricted_key_gets_the_models_of_an_ordinary_key(
    client: LiteLLMClient, litellm_proxy, litellm_release, team_id: str, restriction: str
) -> None:
    may_ask = restriction == "llm_api" and llm_api_key_may_read_model_groups(litellm_release)
    checked_premise = False
    for fields in lists(team_id):
        ordinary = fresh(client).request_key(**fields)
        restricted = fresh(client).request_key(**fields, extra=RESTRICTIONS[restriction])
        assert answers(restricted) == answers(ordinary), fields
        assert restricted.raw.get("allowed_routes"), restricted.raw  # it really is restricted
        if not checked_premise:  # the proxy refuses (or not) what the release says, and the key still calls models
            assert model_group_info_status(litellm_proxy.base_url, restricted.key) == (200 if may_ask else 403)
            checked_premise = True
        assert answers(fresh(client).describe_key(restricted.key)) == answers(ordinary), fields
        assert answers(fresh(client).refresh(restricted)) == answers(ordinary), fields
        assert fresh(client).list_models(restricted.key) == fresh(client).list_models(ordinary.key), fields
    by_list = {
        ("gpt-4o-vision", "dall-e-3"): ("dall-e-3", "gpt-4o-vision"),
        (ACCESS_GROUP,): ACCESS_GROUP_MODELS,
        ("openai/*",): (),
    }
    for models, ids in by_list.items():
        info = fresh(client).request_key(models=list(models), extra=RESTRICTIONS[restriction])
        assert info.model_ids == ids, models
    haiku = fresh(client).request_key(models=["anthropic/*"], extra=RESTRICTIONS[restriction])
    assert haiku.model_ids and all(i.startswith("anthropic/claude-haiku") for i in haiku.model_ids)
    team = fresh(client).request_key(models=["all-team-models"], team_id=team_id, extra=RESTRICTIONS[restriction])
    assert set(team.model_ids) == {"gpt-4o-vision", *ACCESS_GROUP_MODELS}
    chat(litellm_proxy.base_url, team.key, "gpt-4o-vision")  # a restricted key calls its models


@pytest.mark.parametrize("models", [["anthropic/*"], ["openai/*"], [ACCESS_GROUP, "dall-e-3"]])
def test_a_blocked_key_is_described_with_only_the_models_its_list_resolves_to(
    client: LiteLLMClient, models: list[str]
) -> None:
    ordinary = fresh(client).request_key(models=models)
    key = fresh(client).request_key(models=models)
    client.block_key(key.key)
    blocked = fresh(client).describe_key(key.key)
    assert blocked.blocked
    assert answers(blocked) == answers(ordinary)
    assert answers(fresh(client).refresh(key)) == answers(ordinary)
    everything = fresh(client).list_models()
    if models == ["anthropic/*"]:  # a wildcard: the groups it matches, never every model of the proxy
        assert blocked.model_ids and set(blocked.model_ids) < {m.id for m in everything}
        assert all(i.startswith("anthropic/") for i in blocked.model_ids)


def test_an_expired_wildcard_key_is_described_with_only_the_models_its_pattern_matches(client: LiteLLMClient) -> None:
    ordinary = fresh(client).request_key(models=["anthropic/*"])
    key = fresh(client).request_key(models=["anthropic/*"], duration="2s")
    time.sleep(3)
    with pytest.raises(KeyExpiredError):
        client.list_models(key.key)
    expired = fresh(client).describe_key(key.key)
    assert expired.expires_at is not None and expired.expires_at.timestamp() < time.time()
    assert answers(expired) == answers(ordinary)
    assert expired.model_ids and all(i.startswith("anthropic/") for i in expired.model_ids)
