"""The caches: InMemoryCache (TTL arithmetic, LRU order on read and write, the bound, thread safety) and the
Redis adapters' own logic (key naming under the prefix, the JSON they store, TTL in milliseconds, clear() by prefix
in bounded batches, one MGET for many keys, the client defaults of from_url); a key's models read in one cache call,
with one ``get`` per model for adapters without ``get_many``.

The Redis adapters are driven here by a small in-process fake of the few redis-py client methods they call: it
checks only what the adapters send. Behaviour against a real redis-server (expiry, SCAN, connection failures) is the
integration tier's (tests/integration/test_request_key.py and test_faults.py)."""

from __future__ import annotations

import asyncio
import fnmatch
import json
import threading
from typing import Any

import httpx
import pytest

from litellm_sdk import AsyncCacheAdapter, AsyncLiteLLMClient, CacheAdapter, InMemoryCache, LiteLLMClient
from litellm_sdk._constants import CACHE_KEY_PREFIX, INMEMORY_CACHE_MAX_ENTRIES
from litellm_sdk.cache import AsyncRedisCache, RedisCache

from .._fake_proxy import FakeProxy


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


@pytest.mark.parametrize(
    ("ttl", "ms"),
    [(None, None), (1, 1000), (2.5, 2500), (0.0015, 1), (0.0001, 1), (0, 1), (3600, 3_600_000)],
)
def test_ttl_is_sent_in_whole_milliseconds_never_below_one(ttl: float | None, ms: int | None) -> None:
    # Redis PX takes whole milliseconds and refuses 0: a tiny TTL still expires (after 1 ms), never lives forever
    fake, afake = FakeRedis(), AsyncFakeRedis()
    RedisCache(fake).set("k", 1, ttl)
    asyncio.run(AsyncRedisCache(afake).set("k", 1, ttl))
    assert list(fake.px.values()) == list(afake.sync.px.values()) == [ms]


# --- Redis adapters over a fake client ---------------------------------------------------------------------------


class FakeRedis:
    """The redis-py calls the adapters make, over a dict; records every call."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}
        self.px: dict[str, int | None] = {}
        self.calls: list[tuple[Any, ...]] = []
        self.closed = False
        self.lock = threading.Lock()

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

    def mget(self, names: list[str]) -> list[bytes | None]:
        self.calls.append(("mget", list(names)))
        return [self.store.get(n) for n in names]

    def incrbyfloat(self, name: str, amount: float) -> float:
        self.calls.append(("incrbyfloat", name, amount))
        with self.lock:  # Redis runs one command at a time
            total = float(self.store.get(name, b"0")) + amount
            self.store[name] = repr(total).encode()
        return total

    def pexpire(self, name: str, ms: int) -> bool:
        self.calls.append(("pexpire", name, ms))
        self.px[name] = ms
        return name in self.store

    def pipeline(self, transaction: bool = True) -> FakePipeline:
        return FakePipeline(self, transaction)

    def close(self) -> None:
        self.closed = True


class FakePipeline:
    """redis-py's pipeline: commands queued, then run in order by ``execute`` (one MULTI/EXEC with ``transaction``),
    their answers in a list; a context manager."""

    def __init__(self, redis: FakeRedis, transaction: bool) -> None:
        self.redis, self.transaction = redis, transaction
        self.queued: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Any:
        def queue(*args: Any) -> FakePipeline:
            self.queued.append((name, args))
            return self

        return queue

    def execute(self) -> list[Any]:
        self.redis.calls.append(("exec" if self.transaction else "pipeline", [name for name, _ in self.queued]))
        answers = [getattr(self.redis, name)(*args) for name, args in self.queued]
        self.queued = []
        return answers

    def __enter__(self) -> FakePipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.queued = []


class AsyncFakePipeline:
    def __init__(self, pipeline: FakePipeline) -> None:
        self.sync = pipeline

    def __getattr__(self, name: str) -> Any:
        return getattr(self.sync, name)  # queueing stays synchronous, as in redis.asyncio

    async def execute(self) -> list[Any]:
        return self.sync.execute()

    async def __aenter__(self) -> AsyncFakePipeline:
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.sync.queued = []


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

    async def mget(self, names: list[str]) -> list[bytes | None]:
        return self.sync.mget(names)

    def pipeline(self, transaction: bool = True) -> AsyncFakePipeline:
        return AsyncFakePipeline(self.sync.pipeline(transaction))

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


def test_ttl_expires_entries() -> None:
    clock = Clock(0.0)
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


# --- incr: the atomic add the running spend figure counts with -----------------------------------------------------


def test_in_memory_incr_adds_to_a_missing_key_from_zero_and_returns_the_sum() -> None:
    cache = InMemoryCache()
    assert cache.incr("n", 0.25) == 0.25
    assert cache.incr("n", 0.5) == 0.75 and cache.get("n") == 0.75
    cache.set("text", "not a number")
    assert cache.incr("text", 1.0) == 1.0  # a value that is not a number counts as 0


def test_in_memory_incr_gives_the_entry_its_ttl_again_and_an_expired_one_starts_from_zero() -> None:
    clock = Clock(0.0)
    cache = InMemoryCache(clock=clock)
    cache.incr("n", 1.0, ttl=10)
    clock.now = 8.0
    cache.incr("n", 1.0, ttl=10)  # lives until 18 now
    clock.now = 15.0
    assert cache.get("n") == 2.0
    clock.now = 18.0
    assert cache.get("n") is None
    assert cache.incr("n", 0.5, ttl=10) == 0.5


def test_in_memory_incr_loses_no_amount_under_threads() -> None:
    cache = InMemoryCache()
    threads = [threading.Thread(target=lambda: [cache.incr("n", 0.125) for _ in range(500)]) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert cache.get("n") == 8 * 500 * 0.125  # exact in binary


def test_redis_incr_is_incrbyfloat_and_pexpire_in_one_transaction_under_the_prefix() -> None:
    fake = FakeRedis()
    cache = RedisCache(fake)
    assert cache.incr("spend", 0.25, ttl=60) == 0.25
    assert cache.incr("spend", 0.5) == 0.75
    name = f"{CACHE_KEY_PREFIX}:spend"
    assert fake.calls == [
        ("exec", ["incrbyfloat", "pexpire"]),
        ("incrbyfloat", name, 0.25),
        ("pexpire", name, 60_000),
        ("exec", ["incrbyfloat"]),  # no ttl: no PEXPIRE
        ("incrbyfloat", name, 0.5),
    ]
    assert cache.get("spend") == 0.75  # the counter reads back as a number


def test_async_redis_incr_is_the_same_transaction() -> None:
    fake = AsyncFakeRedis()
    cache = AsyncRedisCache(fake, prefix="app:")

    async def run() -> list[float]:
        return [await cache.incr("n", 1.5, ttl=0.0001), await cache.incr("n", 1.0)]

    assert asyncio.run(run()) == [1.5, 2.5]
    assert ("pexpire", "app:n", 1) in fake.sync.calls  # never below 1 ms, as with set
    assert asyncio.run(cache.get("n")) == 2.5


def test_redis_incr_loses_no_amount_when_servers_add_at_once() -> None:
    fake = FakeRedis()  # one Redis, eight "servers" (adapters) adding from threads
    adapters = [RedisCache(fake) for _ in range(8)]
    threads = [threading.Thread(target=lambda a=a: [a.incr("n", 0.25) for _ in range(200)]) for a in adapters]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert RedisCache(fake).get("n") == 8 * 200 * 0.25


BASE = "http://litellm.test"
MODELS = ["gpt-4o-vision", "dall-e-3", "plain-chat"]


def test_get_many_gives_values_in_order_and_none_for_misses_and_expired() -> None:
    clock = Clock(0.0)
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
    assert (cache.many, cache.gets) == (1, 0)  # the user's budget is read in the same call
    assert proxy.count("/model_group/info") == 1 and set(warm.model_ids) == set(MODELS)


def test_an_adapter_without_get_many_is_read_once_per_model() -> None:
    proxy = FakeProxy()
    cache = GetOnly()
    client = LiteLLMClient(BASE, proxy.master_key, cache=cache, http_client=httpx.Client(transport=proxy.transport()))
    client.request_key(user_id="u1", models=MODELS)
    cache.gets = 0
    warm = client.request_key(user_id="u2", models=MODELS)
    assert cache.gets == len(MODELS) + 1  # and the user's budget, in the same read
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
        assert cache.gets == len(MODELS) + 1  # and the user's budget, in the same read
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


def test_redis_get_many_is_one_mget_under_the_prefix() -> None:
    redis = FakeRedis()
    redis.store.update({"p:a": json.dumps({"x": 1}).encode(), "p:c": b"3"})
    cache = RedisCache(redis, prefix="p:")
    assert cache.get_many(["a", "b", "c"]) == [{"x": 1}, None, 3]
    assert redis.calls == [("mget", ["p:a", "p:b", "p:c"])]
    assert cache.get_many([]) == [] and len(redis.calls) == 1  # MGET with no keys is an error in Redis


def test_async_redis_get_many_is_one_mget_under_the_prefix() -> None:
    redis = AsyncFakeRedis()
    redis.sync.store["p:b"] = b'"v"'
    cache = AsyncRedisCache(redis, prefix="p:")
    assert asyncio.run(cache.get_many(["a", "b"])) == [None, "v"]
    assert asyncio.run(cache.get_many([])) == []
    assert redis.sync.calls == [("mget", ["p:a", "p:b"])]
