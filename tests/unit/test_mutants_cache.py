"""InMemoryCache exactly (TTL arithmetic, LRU order on read and write, the bound) and the Redis adapters' own
logic: key naming under the prefix, the JSON they store, TTL in milliseconds, clear() by prefix in bounded
batches, and the client defaults of from_url (kills cache mutants).

The Redis adapters are driven here by a small in-process fake of the few redis-py client methods they call
(get, set, delete, scan_iter, close/aclose): it checks only what the adapters send. Behaviour against a real
redis-server (expiry, SCAN, connection failures) is the integration tier's (tests/integration/test_request_key.py
and test_faults.py); no unit test needs a server.
"""

from __future__ import annotations

import asyncio
import fnmatch
import json
from typing import Any

import pytest

from litellm_sdk import InMemoryCache
from litellm_sdk._constants import CACHE_KEY_PREFIX, INMEMORY_CACHE_MAX_ENTRIES
from litellm_sdk.cache import AsyncRedisCache, RedisCache, _ttl_ms


class Clock:
    def __init__(self, now: float = 100.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --- InMemoryCache ---------------------------------------------------------------------------------------------


def test_ttl_counts_from_the_time_of_set() -> None:
    clock = Clock(100.0)
    cache = InMemoryCache(clock=clock)
    cache.set("a", 1, ttl=5)
    clock.now = 104.999
    assert cache.get("a") == 1
    clock.now = 105.0  # expires at set time + ttl, inclusive
    assert cache.get("a") is None
    assert len(cache) == 0  # an expired entry is dropped when read


def test_no_ttl_never_expires_and_a_new_set_replaces_value_and_ttl() -> None:
    clock = Clock(0.0)
    cache = InMemoryCache(clock=clock)
    cache.set("a", "forever")
    clock.now = 1e12
    assert cache.get("a") == "forever"
    cache.set("b", "old", ttl=1)
    cache.set("b", "new")  # no ttl now: the old expiry is gone
    clock.now += 10
    assert cache.get("b") == "new"


def test_values_are_stored_as_given() -> None:
    cache = InMemoryCache()
    value = {"models": ["a"]}
    cache.set("k", value)
    assert cache.get("k") is value
    assert cache.get("missing") is None


def test_writing_a_key_again_makes_it_most_recently_used() -> None:
    cache = InMemoryCache(max_entries=2)
    cache.set("a", 1)
    cache.set("b", 2)
    cache.set("a", 10)  # rewrite, no read: "a" is now the most recent
    cache.set("c", 3)
    assert cache.get("b") is None
    assert cache.get("a") == 10
    assert cache.get("c") == 3


def test_the_bound_is_exact_and_the_oldest_goes_first() -> None:
    cache = InMemoryCache(max_entries=2)
    cache.set("a", 1)
    cache.set("b", 2)
    assert len(cache) == 2  # max_entries entries fit
    assert cache.get("a") == 1 and cache.get("b") == 2
    cache.set("c", 3)
    assert len(cache) == 2
    assert cache.get("a") is None  # least recently used
    assert cache.get("b") == 2 and cache.get("c") == 3


def test_one_entry_cache_and_the_default_bound() -> None:
    cache = InMemoryCache(max_entries=1)
    cache.set("a", 1)
    assert cache.get("a") == 1
    cache.set("b", 2)
    assert cache.get("a") is None and cache.get("b") == 2
    assert repr(cache) == "InMemoryCache(entries=1, max_entries=1)"
    assert repr(InMemoryCache()) == f"InMemoryCache(entries=0, max_entries={INMEMORY_CACHE_MAX_ENTRIES})"
    with pytest.raises(ValueError) as info:
        InMemoryCache(max_entries=0)
    assert str(info.value) == "max_entries must be at least 1"


def test_default_clock_is_monotonic_time() -> None:
    cache = InMemoryCache()
    cache.set("short", 1, ttl=-1)  # already expired by the real clock
    cache.set("long", 2, ttl=3600)
    assert cache.get("short") is None
    assert cache.get("long") == 2


def test_delete_removes_only_that_key() -> None:
    cache = InMemoryCache()
    cache.set("a", 1)
    cache.set("b", 2)
    cache.delete("a")
    cache.delete("a")  # deleting a missing key is no error
    assert cache.get("a") is None
    assert cache.get("b") == 2
    cache.clear()
    assert cache.get("b") is None


# --- TTL in milliseconds -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ttl", "ms"),
    [(None, None), (1, 1000), (2.5, 2500), (0.0015, 1), (0.0001, 1), (0, 1), (3600, 3_600_000)],
)
def test_ttl_is_sent_in_whole_milliseconds_never_below_one(ttl: float | None, ms: int | None) -> None:
    # Redis PX takes whole milliseconds and refuses 0: a tiny TTL still expires (after 1 ms), never lives forever
    assert _ttl_ms(ttl) == ms


# --- Redis adapters over a fake client ---------------------------------------------------------------------------


class FakeRedis:
    """The redis-py calls the adapters make, over a dict; records every call."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}
        self.px: dict[str, int | None] = {}
        self.calls: list[tuple[Any, ...]] = []
        self.closed = False

    def get(self, name: str) -> bytes | None:
        self.calls.append(("get", name))
        return self.store.get(name)

    def set(self, name: str, value: str, px: int | None = None) -> bool:
        self.calls.append(("set", name, value, px))
        self.store[name] = value.encode()  # redis-py answers bytes
        self.px[name] = px
        return True

    def delete(self, *names: str | bytes) -> int:
        self.calls.append(("delete", *names))
        keys = [n.decode() if isinstance(n, bytes) else n for n in names]
        return sum(self.store.pop(k, None) is not None for k in keys)

    def scan_iter(self, match: str | None = None, count: int | None = None) -> Any:
        self.calls.append(("scan_iter", match, count))
        for name in list(self.store):  # SCAN tolerates deletes while it runs
            if match is None or fnmatch.fnmatchcase(name, match):
                yield name.encode()

    def close(self) -> None:
        self.closed = True


class AsyncFakeRedis:
    def __init__(self) -> None:
        self.sync = FakeRedis()

    async def get(self, name: str) -> bytes | None:
        return self.sync.get(name)

    async def set(self, name: str, value: str, px: int | None = None) -> bool:
        return self.sync.set(name, value, px=px)

    async def delete(self, *names: str | bytes) -> int:
        return self.sync.delete(*names)

    async def scan_iter(self, match: str | None = None, count: int | None = None) -> Any:
        for name in self.sync.scan_iter(match=match, count=count):
            yield name

    async def aclose(self) -> None:
        self.sync.closed = True


def test_redis_keys_live_under_the_default_prefix_and_values_are_compact_json() -> None:
    fake = FakeRedis()
    cache = RedisCache(fake)
    cache.set("models:abc", {"a": [1, 2], "b": None}, ttl=60)
    name = f"{CACHE_KEY_PREFIX}:models:abc"
    assert fake.calls == [("set", name, '{"a":[1,2],"b":null}', 60_000)]
    assert json.loads(fake.store[name]) == {"a": [1, 2], "b": None}
    assert cache.get("models:abc") == {"a": [1, 2], "b": None}
    assert fake.calls[-1] == ("get", name)
    cache.set("forever", "x")
    assert fake.px[f"{CACHE_KEY_PREFIX}:forever"] is None  # no ttl: no PX, no expiry
    assert repr(cache) == f"RedisCache(prefix='{CACHE_KEY_PREFIX}:')"


def test_redis_get_of_a_missing_key_is_none_and_delete_uses_the_prefixed_name() -> None:
    fake = FakeRedis()
    cache = RedisCache(fake, prefix="app1:")
    assert cache.get("nope") is None
    cache.set("k", 0)
    assert cache.get("k") == 0  # a falsy cached value is still a hit
    cache.delete("k")
    assert fake.calls[-1] == ("delete", "app1:k")
    assert fake.store == {}
    cache.close()
    assert fake.closed


def test_redis_clear_deletes_only_keys_under_its_prefix() -> None:
    fake = FakeRedis()
    fake.store = {"other:x": b"1", "app1": b"1", "app1-x": b"1", "app10:y": b"1"}
    cache = RedisCache(fake, prefix="app1:")
    for i in range(3):
        cache.set(f"k{i}", i)
    cache.clear()
    assert set(fake.store) == {"other:x", "app1", "app1-x", "app10:y"}
    scans = [c for c in fake.calls if c[0] == "scan_iter"]
    assert [c[1] for c in scans] == ["app1:*"]
    cache.clear()  # nothing left under the prefix: no DEL at all (DEL with no names is an error in Redis)
    assert [c for c in fake.calls if c[0] == "delete"] == [("delete", b"app1:k0", b"app1:k1", b"app1:k2")]


@pytest.mark.parametrize("n", [499, 500, 501, 1000, 1001])
def test_redis_clear_deletes_in_bounded_batches(n: int) -> None:
    fake = FakeRedis()
    fake.store = {f"p:{i}": b"1" for i in range(n)}
    fake.store["keep"] = b"1"
    RedisCache(fake, prefix="p:").clear()
    assert set(fake.store) == {"keep"}
    deletes = [c[1:] for c in fake.calls if c[0] == "delete"]
    # every name deleted once, no DEL larger than the SCAN page size (500), and as few DELs as that allows
    assert sorted(name for d in deletes for name in d) == sorted(f"p:{i}".encode() for i in range(n))
    assert all(0 < len(d) <= 500 for d in deletes)
    assert len(deletes) == -(-n // 500)


def test_async_redis_adapter_names_serialises_and_clears_like_the_sync_one() -> None:
    fake = AsyncFakeRedis()
    cache = AsyncRedisCache(fake, prefix="as:")
    fake.sync.store["other"] = b"1"

    async def run() -> None:
        assert await cache.get("k") is None
        await cache.set("k", {"x": 1.5, "y": [1, 2]}, ttl=0.25)
        assert fake.sync.calls[-1] == ("set", "as:k", '{"x":1.5,"y":[1,2]}', 250)
        assert await cache.get("k") == {"x": 1.5, "y": [1, 2]}
        await cache.set("n", [], ttl=None)
        assert fake.sync.px["as:n"] is None
        await cache.delete("n")
        assert fake.sync.calls[-1] == ("delete", "as:n")
        for i in range(1001):
            fake.sync.store[f"as:{i}"] = b"1"
        await cache.clear()
        assert set(fake.sync.store) == {"other"}
        deletes = [c for c in fake.sync.calls if c[0] == "delete"][1:]
        assert [len(d) - 1 for d in deletes] == [500, 500, 2]
        assert [c[1] for c in fake.sync.calls if c[0] == "scan_iter"] == ["as:*"]
        await cache.clear()
        assert len([c for c in fake.sync.calls if c[0] == "delete"]) == 4
        await cache.aclose()

    asyncio.run(run())
    assert fake.sync.closed
    assert repr(AsyncRedisCache(fake)) == f"AsyncRedisCache(prefix='{CACHE_KEY_PREFIX}:')"
    with pytest.raises(ValueError) as info:
        AsyncRedisCache(fake, prefix="")
    assert str(info.value) == "prefix must not be empty: clear() deletes everything under it"


def test_from_url_defaults_to_one_second_socket_timeouts_and_keeps_the_callers() -> None:
    pytest.importorskip("redis")
    # from_url builds a client without connecting: its pool's connection settings are what it was given
    cache = RedisCache.from_url("redis://localhost:1/0", prefix="u:")
    kwargs = cache._redis.connection_pool.connection_kwargs
    assert (kwargs["socket_timeout"], kwargs["socket_connect_timeout"]) == (1.0, 1.0)
    assert (kwargs["host"], kwargs["port"]) == ("localhost", 1)
    assert cache._prefix == "u:"
    assert RedisCache.from_url("redis://localhost:1/0")._prefix == f"{CACHE_KEY_PREFIX}:"
    mine = RedisCache.from_url("redis://localhost:1/0", socket_timeout=7, socket_connect_timeout=3)
    kwargs = mine._redis.connection_pool.connection_kwargs
    assert (kwargs["socket_timeout"], kwargs["socket_connect_timeout"]) == (7, 3)
    cache.close()
    mine.close()

    acache = AsyncRedisCache.from_url("redis://localhost:1/0", prefix="a:")
    kwargs = acache._redis.connection_pool.connection_kwargs
    assert (kwargs["socket_timeout"], kwargs["socket_connect_timeout"]) == (1.0, 1.0)
    assert acache._prefix == "a:"
    assert AsyncRedisCache.from_url("redis://localhost:1/0")._prefix == f"{CACHE_KEY_PREFIX}:"
    amine = AsyncRedisCache.from_url("redis://localhost:1/0", socket_timeout=7, socket_connect_timeout=3)
    kwargs = amine._redis.connection_pool.connection_kwargs
    assert (kwargs["socket_timeout"], kwargs["socket_connect_timeout"]) == (7, 3)
    import redis.asyncio

    assert isinstance(acache._redis, redis.asyncio.Redis)
