"""Pluggable caches for capability data: the protocols, an in-memory default, and Redis adapters.

Values are JSON-compatible (dicts, lists, strings, numbers). A cache is an optimisation only: when one
fails (Redis down), the client bypasses it and logs that once; a login never fails because of its cache.

``RedisCache`` / ``AsyncRedisCache`` need the ``redis`` extra (``pip install litellm-sdk[redis]``).
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any, Protocol, runtime_checkable

from litellm_sdk._constants import (
    CACHE_KEY_PREFIX,
    INMEMORY_CACHE_MAX_ENTRIES,
    REDIS_CONNECT_TIMEOUT,
    REDIS_SCAN_COUNT,
    REDIS_SOCKET_TIMEOUT,
)

__all__ = ["AsyncCacheAdapter", "AsyncRedisCache", "CacheAdapter", "InMemoryCache", "RedisCache"]


@runtime_checkable
class CacheAdapter(Protocol):
    """A synchronous cache. ``ttl`` is in seconds; ``None`` means no expiry.

    An adapter may also have ``get_many(keys) -> list`` (the values in order, None for misses; async on an
    async adapter): the clients then read all of a key's models in one call (the Redis adapters: one MGET).
    Without it they call ``get`` once per model.

    And it may have ``incr(key, amount, ttl=None) -> float``: add ``amount`` to the number stored under ``key``
    (a missing key counts as 0) in one atomic step, give the entry ``ttl`` seconds more to live, and return the
    new number (the Redis adapters: ``INCRBYFLOAT`` and ``PEXPIRE`` in one transaction). The running spend figure
    (docs/caches.md, "The running spend") counts the cost of each answer with it. Without it the SDK reads the
    number and writes the sum (``get`` then ``set``): two servers adding at the same moment may then lose one of
    the two amounts.
    """

    def get(self, key: str) -> Any | None: ...

    def set(self, key: str, value: Any, ttl: float | None = None) -> None: ...

    def delete(self, key: str) -> None: ...

    def clear(self) -> None:
        """Remove this cache's own entries (never anything else in a shared store)."""
        ...


@runtime_checkable
class AsyncCacheAdapter(Protocol):
    """The async twin of :class:`CacheAdapter`, for :class:`~litellm_sdk.AsyncLiteLLMClient`."""

    async def get(self, key: str) -> Any | None: ...

    async def set(self, key: str, value: Any, ttl: float | None = None) -> None: ...

    async def delete(self, key: str) -> None: ...

    async def clear(self) -> None: ...


class InMemoryCache:
    """A thread-safe LRU cache with per-entry TTL, bounded to ``max_entries``.

    Values are stored as given (not copied): callers store JSON-like data they do not mutate.
    """

    def __init__(self, max_entries: int = INMEMORY_CACHE_MAX_ENTRIES, *, clock: Any = time.monotonic) -> None:
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self._max = max_entries
        self._clock = clock
        self._data: OrderedDict[str, tuple[float | None, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Any | None:
        with self._lock:
            item = self._data.get(key)
            if item is None:
                return None
            expires, value = item
            if expires is not None and expires <= self._clock():
                del self._data[key]
                return None
            self._data.move_to_end(key)
            return value

    def get_many(self, keys: Iterable[str]) -> list[Any | None]:
        """:meth:`get` for each key, under one lock."""
        found: list[Any | None] = []
        with self._lock:
            now: float | None = None
            for key in keys:
                item = self._data.get(key)
                if item is not None and item[0] is not None:
                    if now is None:
                        now = self._clock()
                    if item[0] <= now:
                        del self._data[key]
                        item = None
                if item is None:
                    found.append(None)
                else:
                    self._data.move_to_end(key)
                    found.append(item[1])
        return found

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        expires = None if ttl is None else self._clock() + ttl
        with self._lock:
            self._put(key, expires, value)

    def incr(self, key: str, amount: float, ttl: float | None = None) -> float:
        """Add ``amount`` to the number under ``key`` (missing, expired or not a number: 0) under the lock, so
        concurrent threads never lose an amount; the entry then lives ``ttl`` more seconds. The new number."""
        with self._lock:
            now = self._clock()
            item = self._data.get(key)
            current = 0.0
            if item is not None and (item[0] is None or item[0] > now):
                value = item[1]
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    current = float(value)
            total = current + float(amount)
            self._put(key, None if ttl is None else now + ttl, total)
            return total

    def _put(self, key: str, expires: float | None, value: Any) -> None:
        self._data[key] = (expires, value)
        self._data.move_to_end(key)
        while len(self._data) > self._max:
            self._data.popitem(last=False)

    def delete(self, key: str) -> None:
        with self._lock:
            self._data.pop(key, None)

    def clear(self) -> None:
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)

    def __repr__(self) -> str:
        return f"InMemoryCache(entries={len(self)}, max_entries={self._max})"


def _ttl_ms(ttl: float | None) -> int | None:
    return None if ttl is None else max(1, int(ttl * 1000))


class _RedisBase:
    def __init__(self, client: Any, *, prefix: str = f"{CACHE_KEY_PREFIX}:") -> None:
        if not prefix:
            raise ValueError("prefix must not be empty: clear() deletes everything under it")
        self._redis = client
        self._prefix = prefix

    def _k(self, key: str) -> str:
        return self._prefix + key

    @staticmethod
    def _load(raw: Any) -> Any | None:
        if raw is None:
            return None
        return json.loads(raw)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(prefix={self._prefix!r})"


class RedisCache(_RedisBase):
    """:class:`CacheAdapter` over a ``redis.Redis`` client; every key is stored under ``prefix``.

    ``clear()`` deletes only keys under the prefix (by SCAN), never the whole database.
    """

    @classmethod
    def from_url(cls, url: str, *, prefix: str = f"{CACHE_KEY_PREFIX}:", **kwargs: Any) -> RedisCache:
        import redis

        kwargs.setdefault("socket_timeout", REDIS_SOCKET_TIMEOUT)
        kwargs.setdefault("socket_connect_timeout", REDIS_CONNECT_TIMEOUT)
        return cls(redis.Redis.from_url(url, **kwargs), prefix=prefix)

    def get(self, key: str) -> Any | None:
        return self._load(self._redis.get(self._k(key)))

    def get_many(self, keys: Iterable[str]) -> list[Any | None]:
        """One ``MGET`` for all the keys."""
        names = [self._k(key) for key in keys]
        return [self._load(raw) for raw in self._redis.mget(names)] if names else []

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        self._redis.set(self._k(key), json.dumps(value, separators=(",", ":")), px=_ttl_ms(ttl))

    def delete(self, key: str) -> None:
        self._redis.delete(self._k(key))

    def incr(self, key: str, amount: float, ttl: float | None = None) -> float:
        """``INCRBYFLOAT`` (atomic across every server on this Redis) and, with a ``ttl``, ``PEXPIRE``, in one
        ``MULTI``/``EXEC`` transaction. The new number."""
        with self._redis.pipeline(transaction=True) as pipe:
            pipe.incrbyfloat(self._k(key), float(amount))
            if ttl is not None:
                pipe.pexpire(self._k(key), _ttl_ms(ttl))
            answers = pipe.execute()
        return float(answers[0])

    def clear(self) -> None:
        batch: list[Any] = []
        for name in self._redis.scan_iter(match=self._prefix + "*", count=REDIS_SCAN_COUNT):
            batch.append(name)
            if len(batch) >= REDIS_SCAN_COUNT:
                self._redis.delete(*batch)
                batch.clear()
        if batch:
            self._redis.delete(*batch)

    def close(self) -> None:
        self._redis.close()


class AsyncRedisCache(_RedisBase):
    """:class:`AsyncCacheAdapter` over a ``redis.asyncio.Redis`` client, keys under ``prefix``."""

    @classmethod
    def from_url(cls, url: str, *, prefix: str = f"{CACHE_KEY_PREFIX}:", **kwargs: Any) -> AsyncRedisCache:
        import redis.asyncio

        kwargs.setdefault("socket_timeout", REDIS_SOCKET_TIMEOUT)
        kwargs.setdefault("socket_connect_timeout", REDIS_CONNECT_TIMEOUT)
        return cls(redis.asyncio.Redis.from_url(url, **kwargs), prefix=prefix)

    async def get(self, key: str) -> Any | None:
        return self._load(await self._redis.get(self._k(key)))

    async def get_many(self, keys: Iterable[str]) -> list[Any | None]:
        """One ``MGET`` for all the keys."""
        names = [self._k(key) for key in keys]
        return [self._load(raw) for raw in await self._redis.mget(names)] if names else []

    async def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        await self._redis.set(self._k(key), json.dumps(value, separators=(",", ":")), px=_ttl_ms(ttl))

    async def delete(self, key: str) -> None:
        await self._redis.delete(self._k(key))

    async def incr(self, key: str, amount: float, ttl: float | None = None) -> float:
        """See :meth:`RedisCache.incr`."""
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incrbyfloat(self._k(key), float(amount))
            if ttl is not None:
                pipe.pexpire(self._k(key), _ttl_ms(ttl))
            answers = await pipe.execute()
        return float(answers[0])

    async def clear(self) -> None:
        batch: list[Any] = []
        async for name in self._redis.scan_iter(match=self._prefix + "*", count=REDIS_SCAN_COUNT):
            batch.append(name)
            if len(batch) >= REDIS_SCAN_COUNT:
                await self._redis.delete(*batch)
                batch.clear()
        if batch:
            await self._redis.delete(*batch)

    async def aclose(self) -> None:
        await self._redis.aclose()
