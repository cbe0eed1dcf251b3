"""``LiteLLMClient`` and ``AsyncLiteLLMClient``: twin shells over shared bases. ``_BaseClient`` checks the input and
builds each call's operation (from :mod:`litellm_sdk._manage`); a twin method only runs it, blocking or awaiting
(``_config.Blocking`` / ``_config.Awaiting``). tests/unit/face/test_client_parity.py keeps the twins alike;
``scripts/twins`` measures what they still copy."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import httpx

from litellm_sdk import _validate as check
from litellm_sdk._api import generated_client, is_closed
from litellm_sdk._config import Awaiting, Blocking, ClientConfig, awaiting, blocking
from litellm_sdk._constants import (
    CAPABILITY_TTL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MIN_VALIDITY,
    DEFAULT_PAGE_SIZE,
    DEFAULT_TIMEOUT,
    ENV_MASTER_KEY,
    MAX_PAGE_SIZE,
)
from litellm_sdk._engine import ledger
from litellm_sdk._engine.steps import Context, Op
from litellm_sdk._manage import ensure as _ensure
from litellm_sdk._manage import keys
from litellm_sdk._manage.fields import KeyFields, KeyOptions, build_body, build_changes
from litellm_sdk._manage.records import key_summary_from_record
from litellm_sdk._manage.release import WindowCheck, checked_once, read_once
from litellm_sdk.cache import AsyncCacheAdapter, CacheAdapter, InMemoryCache
from litellm_sdk.errors import InvalidRequestError
from litellm_sdk.types import KeySummary, LiveBudget, ModelInfo, VirtualKeyInfo

if TYPE_CHECKING:
    from typing import Unpack

    from litellm_proxy_client import AuthenticatedClient

    from litellm_sdk._use.client import AsyncKeyClient, KeyClient

__all__ = ["AsyncLiteLLMClient", "LiteLLMClient"]


class _KeyPages:
    """The pages of ``/key/list`` one after the other: which page to ask for next, and the keys in each answer."""

    def __init__(self, ctx: Context, params: dict[str, Any], size: int) -> None:
        self._ctx, self._params, self._size = ctx, params, size
        self._page, self._pages = 1, 1

    def next_op(self) -> Op[tuple[list[Any], int]] | None:
        """The operation reading the next page, or None after the last one."""
        if self._page > self._pages:
            return None
        return keys.list_keys_page(self._ctx, self._params, self._page, self._size)

    def take(self, answer: tuple[list[Any], int]) -> Iterator[KeySummary]:
        """The keys on the page just read (converted as they are taken); learns how many pages there are."""
        entries, self._pages = answer
        self._page += 1
        return map(key_summary_from_record, entries)


class _BaseClient(ClientConfig):
    """Everything both management clients do that is not waiting: the input checks, the bodies, the operations
    (each twin method runs the one built here, blocking or awaiting), the release check, the generated client."""

    _api: AuthenticatedClient | None

    def _setup(
        self,
        base_url: str | None,
        master_key: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        capability_ttl: float,
        deadline: float | None,
    ) -> None:
        secret = check.master_key(master_key if master_key is not None else os.environ.get(ENV_MASTER_KEY))
        self._window = WindowCheck()  # the tested-release check, once per client (see ``_manage.release``)
        self._configure(base_url, secret, timeout, max_retries, deadline, capability_ttl)

    def _settle(self) -> None:
        super()._settle()
        self._api = None

    def _key_pages(
        self, user_id: str | None, team_id: str | None, key_alias: str | None, page_size: int, filters: dict[str, Any]
    ) -> _KeyPages:
        """The walk over ``/key/list``, its arguments checked now (before anything is iterated)."""
        size = check.non_negative_int("page_size", page_size)
        if not size or size > MAX_PAGE_SIZE:
            raise InvalidRequestError(f"page_size: must be between 1 and {MAX_PAGE_SIZE}", param="page_size")
        params = {
            "user_id": check.identifier("user_id", user_id),
            "team_id": check.identifier("team_id", team_id),
            "key_alias": check.identifier("key_alias", key_alias),
            **(check.json_object("filters", filters) or {}),
        }
        return _KeyPages(self._ctx, params, size)

    def _key_client_options(self) -> dict[str, Any]:
        """What a key client made by ``for_key`` shares with this client: proxy, settings, connections."""
        return {
            "base_url": self.base_url,
            "timeout": self._timeout,
            "max_retries": self.max_retries,
            "deadline": self._deadline,
            "http_client": self._runner.client,
            "cache": self._runner.cache.cache,
        }

    @property
    def api(self) -> AuthenticatedClient:
        """The generated low-level client for every LiteLLM endpoint, on this client's connections and auth.

        Turn its error responses into LiteLLMError with :func:`litellm_sdk.raise_for_status`. On
        :class:`AsyncLiteLLMClient`, use the generated ``asyncio`` functions with it.
        """
        if self._api is None or is_closed(self._api):
            self._api = generated_client(self._runner.client, self.base_url, self._ctx.master_key, self._timeout)
        return self._api


class _Calls:
    """Each management call, written once: its signature, its docstring, its input checks and the operation it runs.
    ``LiteLLMClient`` takes each as a blocking method (``blocking``), ``AsyncLiteLLMClient`` as a coroutine method
    (``awaiting``), so the twins cannot drift apart."""

    @staticmethod
    def request_key(client: _BaseClient, /, **fields: Unpack[KeyFields]) -> Op[VirtualKeyInfo]:
        """Create a virtual key and return it with its models, features, budget and limits.

        The fields are :class:`~litellm_sdk.KeyFields`. ``models=None`` lets LiteLLM decide; ``models=ALL_MODELS``
        means all models the team (or proxy) allows (an empty list is refused). Any other ``/key/generate`` field
        goes in ``extra={...}`` (or as a plain keyword, untyped) and is sent unchanged.
        """
        body = build_body(fields)
        return checked_once(client._ctx, client._window, keys.request_key(client._ctx, body))

    @staticmethod
    def list_models(client: _BaseClient, /, key: str | None = None) -> Op[tuple[ModelInfo, ...]]:
        """The models ``key`` may use, with capabilities; without a key, every model on the proxy."""
        token = check.virtual_key("key", key) if key is not None else None
        return keys.list_models(client._ctx, token)

    @staticmethod
    def describe_key(client: _BaseClient, /, key: str) -> Op[VirtualKeyInfo]:
        """An existing key with its current spend, models and features (for a returning user)."""
        return ledger.after_read(client._ctx, keys.describe_key(client._ctx, check.virtual_key("key", key)))

    @staticmethod
    def refresh(client: _BaseClient, /, info: VirtualKeyInfo) -> Op[VirtualKeyInfo]:
        """``info`` as the proxy sees it now (spend, budget, expiry, blocked)."""
        return ledger.after_read(client._ctx, keys.describe_key(client._ctx, check.virtual_key("key", info.key)))

    @staticmethod
    def update_key(client: _BaseClient, /, key: str, **changes: Unpack[KeyFields]) -> Op[VirtualKeyInfo]:
        """Change a key's fields (``POST /key/update``) and return it as it is now."""
        body = build_changes(changes)
        return ledger.after_read(client._ctx, keys.update_key(client._ctx, check.virtual_key("key", key), body))

    @staticmethod
    def delete_keys(client: _BaseClient, /, *keys_: str) -> Op[tuple[str, ...]]:
        """Delete keys (values or token hashes); raises NotFoundError when one does not exist."""
        if not keys_:
            raise InvalidRequestError("delete_keys: give at least one key", param="keys")
        wanted = [check.identifier("keys", k) or "" for k in keys_]
        return keys.delete_keys(client._ctx, wanted)

    @staticmethod
    def revoke(client: _BaseClient, /, key: str, *, missing_ok: bool = True) -> Op[bool]:
        """Delete one key, e.g. at logout. Returns False when it was already gone (and ``missing_ok``)."""
        return keys.revoke(client._ctx, check.virtual_key("key", key), missing_ok=missing_ok)

    @staticmethod
    def block_key(client: _BaseClient, /, key: str) -> Op[None]:
        """Block a key: every call with it fails with KeyBlockedError until unblocked."""
        return keys.set_blocked(client._ctx, check.virtual_key("key", key), True)

    @staticmethod
    def unblock_key(client: _BaseClient, /, key: str) -> Op[None]:
        """Unblock a key blocked by ``block_key``."""
        return keys.set_blocked(client._ctx, check.virtual_key("key", key), False)

    @staticmethod
    def regenerate_key(client: _BaseClient, /, key: str, **changes: Unpack[KeyFields]) -> Op[VirtualKeyInfo]:
        """Rotate a key (the old value stops working). Needs LiteLLM Enterprise: else EnterpriseRequiredError."""
        body = build_changes(changes)
        return ledger.after_read(client._ctx, keys.regenerate_key(client._ctx, check.virtual_key("key", key), body))

    @staticmethod
    def ensure_key(
        client: _BaseClient,
        /,
        *,
        user_id: str,
        min_validity: float = DEFAULT_MIN_VALIDITY,
        replace_blocked: bool = False,
        **fields: Unpack[KeyOptions],
    ) -> Op[VirtualKeyInfo]:
        """The user's still-valid key, or a new one when there is none (see docs/key-lifecycle.md).

        A key is reused when ensure_key made it for this user with the same request (same fields), it expires
        more than ``min_validity`` seconds from now and has budget left. A blocked key raises KeyBlockedError
        unless ``replace_blocked``. Concurrent calls for one user with one request give one key.
        """
        user = check.identifier("user_id", user_id)
        if user is None:
            raise InvalidRequestError("user_id: ensure_key needs the user's id", param="user_id")
        validity = check.non_negative_number("min_validity", min_validity) or 0.0
        body = build_body({**fields, "user_id": user})
        ctx = client._ctx
        op = _ensure.ensure_key(ctx, user, body, min_validity=validity, replace_blocked=bool(replace_blocked))
        return checked_once(ctx, client._window, ledger.after_read(ctx, op))

    @staticmethod
    def proxy_version(client: _BaseClient, /) -> Op[str | None]:
        """The proxy's LiteLLM release (``"1.108.7"``), or None when it does not say (see ``_manage.release``).

        Read once per client, by this or by the release check after the first ``request_key`` / ``ensure_key``,
        whichever comes first; later calls answer from memory."""
        return read_once(client._ctx, client._window)

    @staticmethod
    def live_budget(client: _BaseClient, /, info: VirtualKeyInfo) -> Op[LiveBudget | None]:
        """The running spend of ``info``'s key now, as its key clients count it (no request to the proxy; a read
        of the shared cache, if any): see :meth:`KeyClient.budget`. ``refresh(info)`` reads the proxy's own
        figure and reconciles this one with it."""
        shared = ledger.is_shared(client._runner.spend.cache)
        account = ledger.account_of(client._ctx, check.virtual_key("key", info.key))
        return ledger.figure(account, ledger.Seed.of(info), shared=shared)


class LiteLLMClient(Blocking, _BaseClient):
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
        deadline: float | None = None,
    ) -> None:
        self._setup(base_url, master_key, timeout, max_retries, capability_ttl, deadline)
        self._start(http_client, InMemoryCache() if cache is None else check.cache_adapter(cache, allow_async=False))

    @property
    def cache(self) -> CacheAdapter:
        """The capability cache (the ``cache`` given, else this client's in-memory one)."""
        cache: CacheAdapter = self._runner.cache.cache
        return cache

    # Each call is written once, in _Calls; this twin runs it blocking.
    request_key = blocking(_Calls.request_key)
    list_models = blocking(_Calls.list_models)
    describe_key = blocking(_Calls.describe_key)
    refresh = blocking(_Calls.refresh)
    update_key = blocking(_Calls.update_key)
    delete_keys = blocking(_Calls.delete_keys)
    revoke = blocking(_Calls.revoke)
    block_key = blocking(_Calls.block_key)
    unblock_key = blocking(_Calls.unblock_key)
    regenerate_key = blocking(_Calls.regenerate_key)
    ensure_key = blocking(_Calls.ensure_key)
    live_budget = blocking(_Calls.live_budget)
    proxy_version = blocking(_Calls.proxy_version)

    def list_keys(
        self,
        *,
        user_id: str | None = None,
        team_id: str | None = None,
        key_alias: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        **filters: Any,
    ) -> Iterator[KeySummary]:
        """Every key matching the filters, walking all pages of ``/key/list`` lazily.

        The arguments are checked here, before anything is iterated (a bad ``page_size`` fails at the call).
        """
        return self._walk_keys(self._key_pages(user_id, team_id, key_alias, page_size, filters))

    def _walk_keys(self, pages: _KeyPages) -> Iterator[KeySummary]:
        while (op := pages.next_op()) is not None:
            yield from pages.take(self._run(op))

    def for_key(self, info: VirtualKeyInfo) -> KeyClient:
        """A :class:`~litellm_sdk.KeyClient` for ``info`` on this client's proxy, connections, settings and cache
        (closing it leaves them open)."""
        from litellm_sdk._use.client import KeyClient

        return KeyClient.from_info(info, **self._key_client_options())


class AsyncLiteLLMClient(Awaiting, _BaseClient):
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
        deadline: float | None = None,
    ) -> None:
        self._setup(base_url, master_key, timeout, max_retries, capability_ttl, deadline)
        self._start(http_client, InMemoryCache() if cache is None else check.cache_adapter(cache, allow_async=True))

    @property
    def cache(self) -> AsyncCacheAdapter | CacheAdapter:
        """See :attr:`LiteLLMClient.cache`."""
        cache: AsyncCacheAdapter | CacheAdapter = self._runner.cache.cache
        return cache

    # Each call is written once, in _Calls; this twin runs it awaiting.
    request_key = awaiting(_Calls.request_key)
    list_models = awaiting(_Calls.list_models)
    describe_key = awaiting(_Calls.describe_key)
    refresh = awaiting(_Calls.refresh)
    update_key = awaiting(_Calls.update_key)
    delete_keys = awaiting(_Calls.delete_keys)
    revoke = awaiting(_Calls.revoke)
    block_key = awaiting(_Calls.block_key)
    unblock_key = awaiting(_Calls.unblock_key)
    regenerate_key = awaiting(_Calls.regenerate_key)
    ensure_key = awaiting(_Calls.ensure_key)
    live_budget = awaiting(_Calls.live_budget)
    proxy_version = awaiting(_Calls.proxy_version)

    def list_keys(
        self,
        *,
        user_id: str | None = None,
        team_id: str | None = None,
        key_alias: str | None = None,
        page_size: int = DEFAULT_PAGE_SIZE,
        **filters: Any,
    ) -> AsyncIterator[KeySummary]:
        """See :meth:`LiteLLMClient.list_keys`; an async iterator (arguments checked at the call)."""
        return self._walk_keys(self._key_pages(user_id, team_id, key_alias, page_size, filters))

    async def _walk_keys(self, pages: _KeyPages) -> AsyncIterator[KeySummary]:
        while (op := pages.next_op()) is not None:
            for summary in pages.take(await self._run(op)):
                yield summary

    def for_key(self, info: VirtualKeyInfo) -> AsyncKeyClient:
        """See :meth:`LiteLLMClient.for_key`."""
        from litellm_sdk._use.client import AsyncKeyClient

        return AsyncKeyClient.from_info(info, **self._key_client_options())
