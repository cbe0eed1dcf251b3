"""One client configuration for all four clients (management and key, sync and async).

Where the proxy is (``base_url`` or ``LITELLM_BASE_URL``), the secret the client sends (checked by the client kind,
never shown whole), the per-request timeout, the retry count, the per-call deadline derived from them, and the
masked ``repr``. ``with_options`` makes a client sharing this one's connections with other settings.

``Blocking`` and ``Awaiting`` are the one place where a client waits: each holds a runner and runs an operation on
it, closes it, and is its own context manager. A client is one of them plus its kind's base (``client._BaseClient``
or ``_use.client._KeyBase``), which checks the input and builds the operations without doing any I/O.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

import attrs
import httpx

from litellm_sdk import _validate as check
from litellm_sdk._constants import CAPABILITY_TTL, DEFAULT_MAX_RETRIES, ENV_BASE_URL
from litellm_sdk._engine.deadline import CallSettings, check_deadline
from litellm_sdk._engine.http import SyncRunner
from litellm_sdk._engine.retry import RetryPolicy
from litellm_sdk._engine.steps import Context, Op, T
from litellm_sdk._redact import mask
from litellm_sdk.errors import ConfigurationError

if TYPE_CHECKING:
    from litellm_sdk._engine.async_runner import AsyncRunner

__all__ = ["UNSET", "Awaiting", "Blocking", "ClientConfig", "timeout_of"]

_Self = TypeVar("_Self", bound="ClientConfig")
_Client = TypeVar("_Client")
_P = ParamSpec("_P")
#: A keyword left out of ``with_options`` (None is a value there: no timeout, no deadline).
UNSET: Any = object()


def timeout_of(value: float | httpx.Timeout | None) -> httpx.Timeout:
    """The ``httpx.Timeout`` for a caller's ``timeout``: seconds, an ``httpx.Timeout``, or None for none."""
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, got {value!r}", param="timeout")
    return httpx.Timeout(float(value))


class ClientConfig:
    """Settings every client has. Subclasses call :meth:`_configure` with their checked secret.

    ``_secret_name`` names the secret in the ``repr`` (``master_key`` or ``key``); ``_owns_runner`` is False on a
    ``with_options`` clone, which shares its parent's connections and leaves them open when closed.
    """

    _secret_name = "master_key"
    _ctx: Context
    _timeout: httpx.Timeout
    _deadline: float | None
    _settings: CallSettings
    _owns_runner: bool
    _owns_http: bool
    _runner: SyncRunner | AsyncRunner  # Blocking's or Awaiting's

    def _configure(
        self,
        base_url: str | None,
        secret: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float | None,
        capability_ttl: float = CAPABILITY_TTL,
    ) -> None:
        url = check.base_url(base_url if base_url is not None else os.environ.get(ENV_BASE_URL))
        retries = check.non_negative_int("max_retries", max_retries)
        self._timeout = timeout_of(timeout)
        self._deadline = check_deadline(deadline)
        self._ctx = Context(
            base_url=url,
            master_key=secret,
            retry=RetryPolicy(max_retries=retries if retries is not None else DEFAULT_MAX_RETRIES),
            capability_ttl=capability_ttl,
        )
        self._owns_runner = True
        self._settle()

    def _settle(self) -> None:
        """Derive what depends on the settings (the per-call budget); subclasses drop their own derived state."""
        self._settings = CallSettings.make(self._timeout, self._ctx.retry.max_retries, self._deadline)

    @property
    def base_url(self) -> str:
        return self._ctx.base_url

    @property
    def max_retries(self) -> int:
        return self._ctx.retry.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._timeout

    @property
    def deadline(self) -> float | None:
        """Seconds one call may take in all (retries, backoff and waits included); see docs/reliability.md."""
        return self._settings.deadline

    def with_options(
        self: _Self,
        *,
        timeout: float | httpx.Timeout | None = UNSET,
        max_retries: int = UNSET,
        deadline: float | None = UNSET,
    ) -> _Self:
        """A client sharing this one's connections (and cache), with another timeout, retry count or deadline.

        A deadline left unset is derived again from the clone's own timeout and retries. Closing the clone leaves
        the shared connections open.
        """
        clone = object.__new__(type(self))
        clone.__dict__.update(self.__dict__)
        clone._owns_runner = False
        if timeout is not UNSET:
            clone._timeout = timeout_of(timeout)
        if max_retries is not UNSET:
            retries = check.non_negative_int("max_retries", max_retries) or 0
            clone._ctx = attrs.evolve(self._ctx, retry=attrs.evolve(self._ctx.retry, max_retries=retries))
        if deadline is not UNSET:
            clone._deadline = check_deadline(deadline)
        clone._settle()
        return clone

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, {self._secret_name}={mask(self._ctx.master_key)!r})"


_R = TypeVar("_R", "SyncRunner", "AsyncRunner")


def _runner_on(kind: type[_R], http_client: Any, secret: str, timeout: httpx.Timeout, cache: Any) -> _R:
    """A runner of ``kind`` on the caller's ``http_client``, or on a connection pool of its own when None."""
    return kind.owning(secret, timeout, cache) if http_client is None else kind(http_client, cache)


class Blocking(ClientConfig):
    """What a blocking client waits with: its runner, the call that runs an operation, ``close`` and ``with``."""

    _runner: SyncRunner

    def _start(self, http_client: httpx.Client | None, cache: Any) -> None:
        """The runner: on ``http_client`` (then the caller's to close) or on a connection pool of its own."""
        self._owns_http = http_client is None
        self._runner = _runner_on(SyncRunner, http_client, self._ctx.master_key, self._timeout, cache)

    def _run(self, op: Op[T]) -> T:
        return self._runner.run(self._ctx, op, self._settings)

    def close(self) -> None:
        """Close the client, also while other threads' calls run (docs/reliability.md, "Shutdown").

        New calls get ClientClosedError at once. A call in flight stops at its next step with ClientClosedError
        after deleting any key it had created, so no key is left that nobody holds; a call that already returned
        its key leaves it with its caller. Waits for the calls in flight at most ``SHUTDOWN_GRACE +
        COMPENSATION_DEADLINE`` seconds (15 s), then closes the connection pool (unless it was passed in as
        ``http_client``: that stays open, yours to close after this). A ``with_options`` copy leaves it all open;
        a stream already returned is not waited for.
        """
        if self._owns_runner:
            self._runner.close(pool=self._owns_http)

    def __enter__(self: _Self) -> _Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Awaiting(ClientConfig):
    """The async twin of :class:`Blocking`; the async runner (and asyncio) load with the first async client."""

    _runner: AsyncRunner

    def _start(self, http_client: httpx.AsyncClient | None, cache: Any) -> None:
        """See :meth:`Blocking._start`."""
        from litellm_sdk._engine.async_runner import AsyncRunner

        self._owns_http = http_client is None
        self._runner = _runner_on(AsyncRunner, http_client, self._ctx.master_key, self._timeout, cache)

    async def _run(self, op: Op[T]) -> T:
        return await self._runner.run(self._ctx, op, self._settings)

    async def aclose(self) -> None:
        """:meth:`Blocking.close` for tasks (no key left that nobody holds, ClientClosedError for every call in
        flight), where a request already on the wire is given up after ``SHUTDOWN_GRACE`` (5 s) unless it creates a
        key; the calls then undo their work within ``COMPENSATION_DEADLINE`` (10 s): it returns within the sum."""
        if self._owns_runner:
            await self._runner.close(pool=self._owns_http)

    #: ``close()`` is ``aclose()`` (httpx names it so; the SDK's async clients had only ``close`` before).
    close = aclose

    async def __aenter__(self: _Self) -> _Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def _named_after(method: Any, build: Callable[..., Any]) -> None:
    """Give a twin method its call's name, docstring and public signature (``self``, what the call returns)."""
    signature = inspect.signature(build)
    first, *rest = signature.parameters.values()
    returns = signature.return_annotation
    if isinstance(returns, str) and returns.startswith("Op[") and returns.endswith("]"):
        returns = returns[3:-1]
    method.__name__ = method.__qualname__ = build.__name__
    method.__doc__ = build.__doc__
    method.__module__ = build.__module__
    method.__signature__ = signature.replace(
        parameters=[first.replace(name="self", kind=first.POSITIONAL_OR_KEYWORD, annotation=first.empty), *rest],
        return_annotation=returns,
    )


def blocking(build: Callable[Concatenate[_Client, _P], Op[T]]) -> Callable[Concatenate[_Client, _P], T]:
    """A blocking client's method for a call written once as ``build`` (its signature, docstring and operation):
    the method runs the operation and returns its result. The async twin takes the same ``build`` with
    :func:`awaiting`, so the twins cannot drift apart."""

    def method(self: _Client, /, *args: _P.args, **kwargs: _P.kwargs) -> T:
        client: Blocking = self  # type: ignore[assignment]
        return client._run(build(self, *args, **kwargs))

    _named_after(method, build)
    return method


def awaiting(
    build: Callable[Concatenate[_Client, _P], Op[T]],
) -> Callable[Concatenate[_Client, _P], Coroutine[Any, Any, T]]:
    """The async twin of :func:`blocking`: a coroutine method. The input is checked when it is awaited."""

    async def method(self: _Client, /, *args: _P.args, **kwargs: _P.kwargs) -> T:
        client: Awaiting = self  # type: ignore[assignment]
        return await client._run(build(self, *args, **kwargs))

    _named_after(method, build)
    return method
