"""``LiteLLMClient`` and ``AsyncLiteLLMClient``: thin shells that validate input, then run the operations
from :mod:`litellm_sdk.keys` with a blocking or an awaiting runner."""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any, TypeVar

import attrs
import httpx

from litellm_sdk import _validate as check
from litellm_sdk import keys
from litellm_sdk._constants import (
    CAPABILITY_TTL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_BASE_URL,
    ENV_MASTER_KEY,
)
from litellm_sdk._engine import Context
from litellm_sdk._http import AsyncRunner, SyncRunner
from litellm_sdk._redact import mask
from litellm_sdk._retry import RetryPolicy
from litellm_sdk.cache import AsyncCacheAdapter, CacheAdapter, InMemoryCache
from litellm_sdk.errors import ConfigurationError
from litellm_sdk.types import VirtualKeyInfo

__all__ = ["AsyncLiteLLMClient", "LiteLLMClient"]

_Self = TypeVar("_Self", bound="_BaseClient")
_UNSET: Any = object()


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {value!r}", param="timeout")
    return httpx.Timeout(float(value))


class _BaseClient:
    """Configuration shared by both clients: where the proxy is, how to authenticate, retries, timeout."""

    _ctx: Context
    _timeout: httpx.Timeout
    _owns_runner: bool

    def _configure(
        self,
        base_url: str | None,
        master_key: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        capability_ttl: float,
    ) -> None:
        url = check.base_url(base_url if base_url is not None else os.environ.get(ENV_BASE_URL))
        secret = check.master_key(master_key if master_key is not None else os.environ.get(ENV_MASTER_KEY))
        retries = check.non_negative_int("max_retries", max_retries)
        self._timeout = _timeout(timeout)
        self._ctx = Context(
            base_url=url,
            master_key=secret,
            retry=RetryPolicy(max_retries=retries if retries is not None else DEFAULT_MAX_RETRIES),
            capability_ttl=capability_ttl,
        )

    @property
    def base_url(self) -> str:
        return self._ctx.base_url

    @property
    def max_retries(self) -> int:
        return self._ctx.retry.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    def with_options(
        self: _Self, *, timeout: float | httpx.Timeout | None = _UNSET, max_retries: int = _UNSET
    ) -> _Self:
        """A client sharing this one's connections and cache, with another timeout or retry count."""
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_runner = False
        if timeout is not _UNSET:
            clone._timeout = _timeout(timeout)
        if max_retries is not _UNSET:
            retries = check.non_negative_int("max_retries", max_retries) or 0
            clone._ctx = attrs.evolve(self._ctx, retry=attrs.evolve(self._ctx.retry, max_retries=retries))
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, master_key={mask(self._ctx.master_key)!r})"


def _generate_body(
    user_id: str | None,
    team_id: str | None,
    duration: str | None,
    models: Sequence[str] | None,
    max_budget: float | None,
    tags: Sequence[str] | None,
    metadata: dict[str, Any] | None,
    key_alias: str | None,
    budget_duration: str | None,
    tpm_limit: int | None,
    rpm_limit: int | None,
    max_parallel_requests: int | None,
    aliases: dict[str, str] | None,
    extra: dict[str, Any],
) -> dict[str, Any]:
    return keys.build_generate_body(
        user_id=user_id,
        team_id=team_id,
        duration=duration,
        models=models,
        max_budget=max_budget,
        tags=tags,
        metadata=metadata,
        key_alias=key_alias,
        budget_duration=budget_duration,
        tpm_limit=tpm_limit,
        rpm_limit=rpm_limit,
        max_parallel_requests=max_parallel_requests,
        aliases=aliases,
        extra=extra,
    )


class LiteLLMClient(_BaseClient):
    """Blocking client for the LiteLLM proxy's management API. Thread-safe; use one per process.

    ``base_url`` and ``master_key`` default to ``LITELLM_BASE_URL`` / ``LITELLM_MASTER_KEY``. Pass
    ``http_client`` to reuse your own ``httpx.Client`` (it is then yours to close).
    """

    def __init__(
        self,
        base_url: str | None = None,
        master_key: str | None = None,
        *,
        cache: CacheAdapter | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        capability_ttl: float = CAPABILITY_TTL,
    ) -> None:
        self._configure(base_url, master_key, timeout, max_retries, capability_ttl)
        self._owns_http = http_client is None
        self._owns_runner = True
        client = http_client if http_client is not None else httpx.Client(timeout=self._timeout)
        self._runner = SyncRunner(client, cache if cache is not None else InMemoryCache())

    @property
    def cache(self) -> CacheAdapter:
        cache: CacheAdapter = self._runner.cache.cache
        return cache

    def request_key(
        self,
        *,
        user_id: str | None = None,
        team_id: str | None = None,
        duration: str | None = None,
        models: Sequence[str] | None = None,
        max_budget: float | None = None,
        tags: Sequence[str] | None = None,
        metadata: dict[str, Any] | None = None,
        key_alias: str | None = None,
        budget_duration: str | None = None,
        tpm_limit: int | None = None,
        rpm_limit: int | None = None,
        max_parallel_requests: int | None = None,
        aliases: dict[str, str] | None = None,
        **extra: Any,
    ) -> VirtualKeyInfo:
        """Create a virtual key and return it with its models, features, budget and limits.

        ``models=None`` lets LiteLLM decide; ``models=[]`` means all models the team (or proxy) allows.
        Any other ``/key/generate`` field can be given as a keyword and is sent unchanged.
        """
        body = _generate_body(
            user_id, team_id, duration, models, max_budget, tags, metadata, key_alias,
            budget_duration, tpm_limit, rpm_limit, max_parallel_requests, aliases, extra,
        )  # fmt: skip
        return self._runner.run(self._ctx, keys.request_key(self._ctx, body), self._timeout)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as ``http_client``)."""
        if self._owns_http and self._owns_runner:
            self._runner.close()

    def __enter__(self) -> LiteLLMClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncLiteLLMClient(_BaseClient):
    """The async twin of :class:`LiteLLMClient`; accepts an async or a sync cache."""

    def __init__(
        self,
        base_url: str | None = None,
        master_key: str | None = None,
        *,
        cache: AsyncCacheAdapter | CacheAdapter | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        capability_ttl: float = CAPABILITY_TTL,
    ) -> None:
        self._configure(base_url, master_key, timeout, max_retries, capability_ttl)
        self._owns_http = http_client is None
        self._owns_runner = True
        client = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(timeout=self._timeout, limits=httpx.Limits(max_connections=100))
        )
        self._runner = AsyncRunner(client, cache if cache is not None else InMemoryCache())

    @property
    def cache(self) -> AsyncCacheAdapter | CacheAdapter:
        cache: AsyncCacheAdapter | CacheAdapter = self._runner.cache.cache
        return cache

    async def request_key(
        self,
        *,
        user_id: str | None = None,
        team_id: str | None = None,
        duration: str | None = None,
        models: Sequence[str] | None = None,
        max_budget: float | None = None,
        tags: Sequence[str] | None = None,
        metadata: dict[str, Any] | None = None,
        key_alias: str | None = None,
        budget_duration: str | None = None,
        tpm_limit: int | None = None,
        rpm_limit: int | None = None,
        max_parallel_requests: int | None = None,
        aliases: dict[str, str] | None = None,
        **extra: Any,
    ) -> VirtualKeyInfo:
        """See :meth:`LiteLLMClient.request_key`."""
        body = _generate_body(
            user_id, team_id, duration, models, max_budget, tags, metadata, key_alias,
            budget_duration, tpm_limit, rpm_limit, max_parallel_requests, aliases, extra,
        )  # fmt: skip
        return await self._runner.run(self._ctx, keys.request_key(self._ctx, body), self._timeout)

    async def close(self) -> None:
        if self._owns_http and self._owns_runner:
            await self._runner.close()

    async def __aenter__(self) -> AsyncLiteLLMClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
