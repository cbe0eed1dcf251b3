"""Reading a key's models in one cache call: ``InMemoryCache.get_many``, the Redis adapters' MGET, and the
clients' fallback to one ``get`` per model for adapters without ``get_many`` (sync and async)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx

from litellm_sdk import AsyncLiteLLMClient, InMemoryCache, LiteLLMClient
from litellm_sdk.cache import AsyncRedisCache, RedisCache

from ._fake_proxy import FakeProxy

BASE = "http://litellm.test"
MODELS = ["gpt-4o-vision", "dall-e-3", "plain-chat"]


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_get_many_gives_values_in_order_and_none_for_misses_and_expired() -> None:
    clock = Clock()
    cache = InMemoryCache(clock=clock)
    cache.set("a", {"x": 1}, ttl=10)
    cache.set("b", 2)
    assert cache.get_many(["b", "zz", "a"]) == [2, None, {"x": 1}]
    clock.now = 10.0
    assert cache.get_many(["a", "b"]) == [None, 2]
    assert len(cache) == 1  # the expired entry is gone, as with get()
    assert cache.get_many([]) == []


def test_get_many_counts_as_a_use_for_the_lru_bound() -> None:
    cache = InMemoryCache(max_entries=3)
    for k in "abc":
        cache.set(k, k)
    assert cache.get_many(["a"]) == ["a"]
    cache.set("d", "d")
    assert cache.get("a") == "a" and cache.get("b") is None


class GetOnly:
    """A user's adapter with only the protocol's methods (no get_many)."""

    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.gets = 0

    def get(self, key: str) -> Any:
        self.gets += 1
        return self.data.get(key)

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.data.pop(key, None)

    def clear(self) -> None:
        self.data.clear()


class AsyncGetOnly(GetOnly):
    async def get(self, key: str) -> Any:  # type: ignore[override]
        return GetOnly.get(self, key)

    async def set(self, key: str, value: Any, ttl: float | None = None) -> None:  # type: ignore[override]
        GetOnly.set(self, key, value, ttl)

    async def delete(self, key: str) -> None:  # type: ignore[override]
        GetOnly.delete(self, key)

    async def clear(self) -> None:  # type: ignore[override]
        GetOnly.clear(self)


class Counting(InMemoryCache):
    def __init__(self) -> None:
        super().__init__()
        self.many = 0
        self.gets = 0

    def get(self, key: str) -> Any:
        self.gets += 1
        return super().get(key)

    def get_many(self, keys: Any) -> list[Any]:
        self.many += 1
        return super().get_many(keys)


def test_a_warm_login_reads_all_its_models_in_one_cache_call() -> None:
    proxy = FakeProxy()
    cache = Counting()
    client = LiteLLMClient(BASE, proxy.master_key, cache=cache, http_client=httpx.Client(transport=proxy.transport()))
    client.request_key(user_id="u1", models=MODELS)
    cache.many = cache.gets = 0
    warm = client.request_key(user_id="u2", models=MODELS)
    assert (cache.many, cache.gets) == (1, 0)
    assert proxy.count("/model_group/info") == 1 and set(warm.model_ids) == set(MODELS)


def test_an_adapter_without_get_many_is_read_once_per_model() -> None:
    proxy = FakeProxy()
    cache = GetOnly()
    client = LiteLLMClient(BASE, proxy.master_key, cache=cache, http_client=httpx.Client(transport=proxy.transport()))
    client.request_key(user_id="u1", models=MODELS)
    cache.gets = 0
    warm = client.request_key(user_id="u2", models=MODELS)
    assert cache.gets == len(MODELS)
    assert proxy.count("/model_group/info") == 1 and set(warm.model_ids) == set(MODELS)


def test_an_async_adapter_without_get_many_is_awaited_once_per_model() -> None:
    async def main() -> None:
        proxy = FakeProxy()
        cache = AsyncGetOnly()
        client = AsyncLiteLLMClient(
            BASE, proxy.master_key, cache=cache, http_client=httpx.AsyncClient(transport=proxy.async_transport())
        )
        await client.request_key(user_id="u1", models=MODELS)
        cache.gets = 0
        warm = await client.request_key(user_id="u2", models=MODELS)
        assert cache.gets == len(MODELS)
        assert proxy.count("/model_group/info") == 1 and set(warm.model_ids) == set(MODELS)
        await client.close()

    asyncio.run(main())


def test_a_failing_get_many_is_a_miss_and_the_login_still_works() -> None:
    class Broken(InMemoryCache):
        def get_many(self, keys: Any) -> list[Any]:
            raise ConnectionError("redis went away")

    proxy = FakeProxy()
    client = LiteLLMClient(
        BASE, proxy.master_key, cache=Broken(), http_client=httpx.Client(transport=proxy.transport())
    )
    client.request_key(user_id="u1", models=MODELS)
    info = client.request_key(user_id="u2", models=MODELS)
    assert set(info.model_ids) == set(MODELS)
    assert proxy.count("/model_group/info") == 2  # no cached answer: asked again


class FakeRedis:
    """Records the redis-py calls the adapters make (the real server is in the integration tier)."""

    def __init__(self, stored: dict[str, bytes]) -> None:
        self.stored = stored
        self.mgets: list[list[str]] = []

    def mget(self, names: list[str]) -> list[bytes | None]:
        self.mgets.append(list(names))
        return [self.stored.get(n) for n in names]


def test_redis_get_many_is_one_mget_under_the_prefix() -> None:
    redis = FakeRedis({"p:a": json.dumps({"x": 1}).encode(), "p:c": b"3"})
    cache = RedisCache(redis, prefix="p:")
    assert cache.get_many(["a", "b", "c"]) == [{"x": 1}, None, 3]
    assert redis.mgets == [["p:a", "p:b", "p:c"]]
    assert cache.get_many([]) == [] and len(redis.mgets) == 1  # MGET with no keys is an error in Redis


def test_async_redis_get_many_is_one_mget_under_the_prefix() -> None:
    class AsyncFakeRedis(FakeRedis):
        async def mget(self, names: list[str]) -> list[bytes | None]:  # type: ignore[override]
            return FakeRedis.mget(self, names)

    redis = AsyncFakeRedis({"p:b": b'"v"'})
    cache = AsyncRedisCache(redis, prefix="p:")
    assert asyncio.run(cache.get_many(["a", "b"])) == [None, "v"]
    assert asyncio.run(cache.get_many([])) == []
    assert redis.mgets == [["p:a", "p:b"]]
