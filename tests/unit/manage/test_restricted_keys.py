"""Keys that cannot ask the proxy for their own models, over the in-memory proxy: a key restricted to LLM routes
(``key_type="llm_api"``, ``allowed_routes``) on a LiteLLM before 1.100 (403 on ``/model_group/info``), and blocked
keys. request_key, describe_key, refresh and list_models give them the models an ordinary key with the same list
gets: explicit names, wildcards, access groups, the team's models, sentinels."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from litellm_sdk import ALL_MODELS, KeyBlockedError, LiteLLMClient, PermissionDeniedError

from .._fake_proxy import FakeProxy

BASE = "http://litellm.test"

RESTRICTIONS: dict[str, dict[str, Any]] = {
    "llm_api": {"key_type": "llm_api"},
    "allowed_routes": {"allowed_routes": ["/chat/completions"]},
}

LISTS: list[dict[str, Any]] = [
    {"models": ["plain-chat", "dall-e-3"]},
    {"models": ["plain-chat", "not-deployed"]},
    {"models": ["mock/*"]},
    {"models": ["openai/*"]},  # no deployment matches: no models, not every model
    {"models": ["beta"]},  # an access group
    {"models": ALL_MODELS},
    {"models": ALL_MODELS, "team_id": "team-a"},
    {"models": ["all-team-models"], "team_id": "team-a"},
    {"models": ["all-team-models"]},
    {"models": ["all-proxy-models"]},
]


def proxy(*, new_release: bool) -> FakeProxy:
    fake = FakeProxy()
    fake.model_group_info_is_llm_route = new_release
    fake.master_sees_wildcards = True
    fake.access_groups = {"beta": ["plain-chat", "whisper-1"]}
    fake.teams = {"team-a": ["gpt-4o-vision", "beta"]}
    return fake


def client_of(fake: FakeProxy) -> LiteLLMClient:
    return LiteLLMClient(BASE, fake.master_key, http_client=httpx.Client(transport=fake.transport()), max_retries=0)


@pytest.mark.parametrize("new_release", [False, True], ids=["before-1.100", "1.100+"])
@pytest.mark.parametrize("restriction", sorted(RESTRICTIONS))
def test_a_route_restricted_key_gets_the_models_of_an_ordinary_key(restriction: str, new_release: bool) -> None:
    fake = proxy(new_release=new_release)
    with client_of(fake) as client:
        for fields in LISTS:
            client.cache.clear()
            ordinary = client.request_key(**fields)
            client.cache.clear()  # each key resolves its models from the proxy, not from the other's cache
            restricted = client.request_key(**fields, extra=RESTRICTIONS[restriction])
            assert restricted.model_ids == ordinary.model_ids, fields
            assert restricted.features == ordinary.features, fields
            assert restricted.unavailable_models == ordinary.unavailable_models, fields
            client.cache.clear()
            assert client.describe_key(restricted.key).model_ids == ordinary.model_ids, fields
            client.cache.clear()
            assert client.refresh(restricted).model_ids == ordinary.model_ids, fields
            assert client.list_models(restricted.key) == client.list_models(ordinary.key), fields
    wanted = {
        "plain-chat,dall-e-3": ("dall-e-3", "plain-chat"),
        "mock/*": ("mock/alpha", "mock/beta"),
        "openai/*": (),
        "beta": ("plain-chat", "whisper-1"),
    }
    with client_of(proxy(new_release=new_release)) as client:
        for names, ids in wanted.items():
            info = client.request_key(models=names.split(","), extra=RESTRICTIONS[restriction])
            assert info.model_ids == ids, names
        info = client.request_key(models=ALL_MODELS, team_id="team-a", extra=RESTRICTIONS[restriction])
        assert info.model_ids == ("gpt-4o-vision", "plain-chat", "whisper-1")


def test_the_master_key_is_asked_only_when_the_key_is_refused() -> None:
    fake = proxy(new_release=False)
    with client_of(fake) as client:
        client.request_key(models=["mock/*"])
        assert fake.calls == [("POST", "/key/generate"), ("GET", "/model_group/info")]
        fake.calls.clear()
        client.request_key(models=["mock/*"], extra={"key_type": "llm_api"})
        assert fake.calls == [("POST", "/key/generate"), ("GET", "/model_group/info"), ("GET", "/model_group/info")]
        fake.calls.clear()
        client.request_key(models=ALL_MODELS, team_id="team-a", extra={"key_type": "llm_api"})
        calls = list(fake.calls)
        calls.remove(("GET", "/team/info"))  # the team's budget, read beside the key's requests (docs/budgets.md)
        assert calls[2:] == [("GET", "/model_group/info"), ("GET", "/team/info"), ("GET", "/model/info")]
        fake.calls.clear()
        client.request_key(models=["plain-chat"], extra={"key_type": "llm_api"})  # cached: no model look-up
        assert fake.calls == [("POST", "/key/generate")]


@pytest.mark.parametrize("models", [["mock/*"], ["openai/*"], ["beta", "dall-e-3"], ["all-team-models"]])
def test_a_blocked_key_is_described_with_the_models_its_list_resolves_to(models: list[str]) -> None:
    fake = proxy(new_release=True)
    with client_of(fake) as client:
        ordinary = client.request_key(models=models)
        key = client.request_key(models=models)
        client.block_key(key.key)
        client.cache.clear()
        blocked = client.describe_key(key.key)
        assert blocked.blocked
        assert blocked.model_ids == ordinary.model_ids
        assert blocked.unavailable_models == ordinary.unavailable_models
        with pytest.raises(KeyBlockedError):  # it may use nothing now: list_models says why
            client.list_models(key.key)


def test_a_refusal_without_a_record_stands() -> None:
    fake = proxy(new_release=False)
    with client_of(fake) as client:
        info = client.request_key(models=["plain-chat"], extra={"key_type": "llm_api"})
        fake.faults["/key/info"] = [lambda request: httpx.Response(404, json={"error": {"message": "Key not found"}})]
        with pytest.raises(PermissionDeniedError):
            client.list_models(info.key)
