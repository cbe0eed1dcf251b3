"""InMemoryCache: TTL, LRU bound, thread safety; both cache protocols are satisfied by the adapters."""

from __future__ import annotations

import threading

import pytest

from litellm_sdk import AsyncCacheAdapter, CacheAdapter, InMemoryCache
from litellm_sdk.cache import AsyncRedisCache, RedisCache


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_ttl_expires_entries() -> None:
    clock = Clock()
    cache = InMemoryCache(clock=clock)
    cache.set("a", {"x": 1}, ttl=10)
    cache.set("b", 2)
    clock.now = 9.9
    assert cache.get("a") == {"x": 1}
    clock.now = 10.0
    assert cache.get("a") is None
    assert cache.get("b") == 2


def test_bounded_size_evicts_least_recently_used() -> None:
    cache = InMemoryCache(max_entries=3)
    for k in "abc":
        cache.set(k, k)
    assert cache.get("a") == "a"
    cache.set("d", "d")
    assert cache.get("b") is None
    assert {cache.get(k) for k in "acd"} == {"a", "c", "d"}
    assert len(cache) == 3


def test_delete_and_clear() -> None:
    cache = InMemoryCache()
    cache.set("a", 1)
    cache.set("b", 2)
    cache.delete("a")
    cache.delete("missing")
    assert cache.get("a") is None
    cache.clear()
    assert len(cache) == 0


def test_thread_safe_under_contention() -> None:
    cache = InMemoryCache(max_entries=50)

    def work(n: int) -> None:
        for i in range(2000):
            cache.set(f"{n}:{i % 80}", i, ttl=5)
            cache.get(f"{(n + 1) % 8}:{i % 80}")

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(cache) == 50


def test_adapters_satisfy_the_protocols() -> None:
    assert isinstance(InMemoryCache(), CacheAdapter)
    assert isinstance(RedisCache(object()), CacheAdapter)
    assert isinstance(AsyncRedisCache(object()), AsyncCacheAdapter)
    with pytest.raises(ValueError, match="prefix"):
        RedisCache(object(), prefix="")
    with pytest.raises(ValueError, match="max_entries"):
        InMemoryCache(max_entries=0)
