"""request_key against the real LiteLLM proxy with PostgreSQL: models, features, budgets, access, Redis."""

from __future__ import annotations

import fnmatch
import time
import uuid

import httpx
import pytest

from litellm_sdk import (
    ALL_MODELS,
    AsyncLiteLLMClient,
    AuthenticationError,
    BudgetExceededError,
    EnterpriseRequiredError,
    LiteLLMClient,
    ModelAccessDeniedError,
)
from litellm_sdk.cache import AsyncRedisCache, RedisCache
from tests._servers import STUB_MODELS

from ._helpers import chat, create_team, unique, wait_for_spend
from ._releases import budget_exceeded_status, model_access_denied_status

CONFIGURED_MODELS = {"gpt-4o-vision", "plain-chat", "dall-e-3", "whisper-1", "text-embedding-3-small"} | STUB_MODELS
#: The launcher's wildcard deployment: the cost-map models it matches are on every all-models key as well.
WILDCARD_DEPLOYMENT = "anthropic/claude-haiku*"


@pytest.fixture
def client(litellm_proxy):
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as c:
        yield c


#: Requests that are not a login's round trips: the release check, and the budget reads made beside the key.
BESIDE_THE_LOGIN = ("/health/readiness", "/user/info", "/v2/user/info", "/team/info", "/organization/info")


def count_requests(client: LiteLLMClient) -> list[str]:
    """The requests the client sends from now on, except the once-per-client release check (its own test is in
    test_releases.py) and the budget reads made beside the key (concurrently, in no fixed order; test_budgets.py
    covers them), which are not part of the login's round trips."""
    seen: list[str] = []

    def record(request: httpx.Request) -> None:
        if not request.url.path.startswith(BESIDE_THE_LOGIN):
            seen.append(f"{request.method} {request.url.path}")

    client._runner.client.event_hooks["request"].append(record)
    return seen


def test_explicit_models_cold_then_warm(client: LiteLLMClient) -> None:
    seen = count_requests(client)
    info = client.request_key(user_id=unique("u"), models=["gpt-4o-vision", "dall-e-3"], duration="1h")
    assert set(info.model_ids) == {"gpt-4o-vision", "dall-e-3"}
    assert seen == ["POST /key/generate", "GET /model_group/info"]
    assert info.features.chat and info.features.image_generation and info.features.vision
    assert not info.features.embeddings and not info.features.audio_transcription
    assert info.expires_at is not None and info.expires_at.tzinfo is not None
    assert 3500 < (info.expires_at.timestamp() - time.time()) <= 3600
    seen.clear()
    again = client.request_key(user_id=unique("u"), models=["dall-e-3", "gpt-4o-vision"])
    assert seen == ["POST /key/generate"]
    assert again.models == info.models


def test_vision_and_function_calling_flags(client: LiteLLMClient) -> None:
    info = client.request_key(models=["gpt-4o-vision", "plain-chat"])
    vision = info.model("gpt-4o-vision")
    plain = info.model("plain-chat")
    assert vision is not None and plain is not None
    assert vision.supports_vision and vision.supports_function_calling and vision.supports_parallel_function_calling
    assert vision.mode == "chat" and vision.provider == "openai"
    assert vision.max_input_tokens == 128000
    assert not plain.supports_vision and not plain.supports_function_calling
    assert info.features.function_calling and info.features.parallel_function_calling


def test_empty_models_means_all_models(client: LiteLLMClient) -> None:
    info = client.request_key(models=ALL_MODELS)
    assert set(info.model_ids) >= CONFIGURED_MODELS
    matched = set(info.model_ids) - CONFIGURED_MODELS
    assert matched and all(fnmatch.fnmatchcase(m, WILDCARD_DEPLOYMENT) for m in matched)
    assert info.allowed_models == ()
    assert info.features.embeddings and info.features.audio_transcription and info.features.image_generation


def test_team_limited_to_two_models_gives_exactly_those(client: LiteLLMClient, litellm_proxy) -> None:
    team = create_team(litellm_proxy.base_url, litellm_proxy.master_key, ["plain-chat", "whisper-1"])
    info = client.request_key(user_id=unique("u"), team_id=team, models=ALL_MODELS)
    assert set(info.model_ids) == {"plain-chat", "whisper-1"}
    assert info.team_id == team
    assert info.features.chat and info.features.audio_transcription
    assert not info.features.vision and not info.features.image_generation


def test_unlimited_key_has_remaining_none(client: LiteLLMClient) -> None:
    info = client.request_key(models=["plain-chat"])
    assert info.budget is not None
    assert info.budget.max is None
    assert info.budget.remaining is None
    limited = client.request_key(
        models=["plain-chat"], max_budget=5, tpm_limit=1000, rpm_limit=10, budget_duration="30d"
    )
    assert limited.budget is not None and limited.budget.remaining == 5.0
    assert limited.budget.duration == "30d"
    described = client.describe_key(limited.key).budget
    assert described is not None and described.resets_at is not None  # /key/info has it, /key/generate not
    assert limited.rate_limit is not None and (limited.rate_limit.tpm, limited.rate_limit.rpm) == (1000, 10)


def test_tags_need_enterprise_on_this_proxy_and_leave_no_key(client: LiteLLMClient) -> None:
    alias = unique("tagged")
    with pytest.raises(EnterpriseRequiredError) as caught:
        client.request_key(models=["plain-chat"], tags=["premium"], key_alias=alias)
    assert caught.value.code == "enterprise_required"
    assert "LITELLM_LICENSE" in caught.value.suggested_action
    assert list(client.list_keys(key_alias=alias)) == []


def test_tiny_budget_spent_by_real_chat_calls_raises_budget_exceeded(
    client: LiteLLMClient, litellm_proxy, litellm_release
) -> None:
    info = client.request_key(models=["gpt-4o-vision"], max_budget=0.000001)
    with pytest.raises(BudgetExceededError) as caught:
        for _ in range(20):
            chat(litellm_proxy.base_url, info.key, "gpt-4o-vision")
            time.sleep(0.3)
    assert caught.value.code == "budget_exceeded"
    assert caught.value.status == budget_exceeded_status(litellm_release)  # 400, 429 or 422 by release
    assert caught.value.retryable is False
    assert info.key not in str(caught.value)
    described = wait_for_spend(client, info.key)
    assert described.budget is not None and described.budget.spent > 0
    assert described.budget.remaining == 0.0 and described.budget.exhausted


def test_model_not_allowed_for_key(client: LiteLLMClient, litellm_proxy, litellm_release) -> None:
    info = client.request_key(models=["plain-chat"])
    assert chat(litellm_proxy.base_url, info.key, "plain-chat")["choices"]
    with pytest.raises(ModelAccessDeniedError) as caught:
        chat(litellm_proxy.base_url, info.key, "gpt-4o-vision")
    assert caught.value.code == "key_model_access_denied"
    assert caught.value.status == model_access_denied_status(litellm_release)  # 401 on 1.80.x, then 403


def test_wrong_master_key_is_an_authentication_error(litellm_proxy) -> None:
    with LiteLLMClient(litellm_proxy.base_url, "sk-not-the-master-key-0000") as bad:
        with pytest.raises(AuthenticationError) as caught:
            bad.request_key(models=["plain-chat"])
    assert caught.value.status == 401
    assert "sk-not-the-master-key-0000" not in str(caught.value)


def test_redis_cache_against_a_real_redis_server(litellm_proxy, redis_server) -> None:
    import redis

    prefix = f"litellm_sdk_test_{uuid.uuid4().hex[:6]}:"
    raw = redis.Redis.from_url(redis_server.url)
    raw.set("someone-else:keep-me", "1")
    cache = RedisCache.from_url(redis_server.url, prefix=prefix)
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key, cache=cache) as first:
        first.request_key(models=["whisper-1", "plain-chat"])
    assert len(list(raw.scan_iter(match=prefix + "*"))) == 2
    # A second process (a new client) finds the capabilities in Redis: one round trip.
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key, cache=cache) as second:
        seen = count_requests(second)
        info = second.request_key(models=["whisper-1", "plain-chat"])
    assert seen == ["POST /key/generate"]
    assert info.features.audio_transcription
    ttl = raw.pttl(next(iter(raw.scan_iter(match=prefix + "*"))))
    assert 0 < ttl <= 300_000
    cache.clear()
    assert list(raw.scan_iter(match=prefix + "*")) == []
    assert raw.get("someone-else:keep-me") == b"1"
    raw.delete("someone-else:keep-me")


async def test_async_client_with_async_redis(litellm_proxy, redis_server) -> None:
    cache = AsyncRedisCache.from_url(redis_server.url, prefix=f"litellm_sdk_async_{uuid.uuid4().hex[:6]}:")
    async with AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key, cache=cache) as client:
        info = await client.request_key(user_id=unique("u"), models=["text-embedding-3-small"], duration="10m")
        assert info.model_ids == ("text-embedding-3-small",)
        assert info.features.embeddings and not info.features.chat
        described = await client.describe_key(info.key)
        assert described.model_ids == info.model_ids
        assert await client.revoke(info.key)
        await cache.clear()
    await cache.aclose()


def test_generated_key_works_for_a_chat_call(client: LiteLLMClient, litellm_proxy) -> None:
    info = client.request_key(models=["plain-chat"])
    reply = chat(litellm_proxy.base_url, info.key)
    assert reply["choices"][0]["message"]["content"]
    health = httpx.get(f"{litellm_proxy.base_url}/health/liveliness", timeout=10)
    assert health.status_code == 200
