"""The one place that sends: builds requests (auth, timeouts), reads bounded bodies, logs with masking,
and runs sans-I/O operations from ``_engine`` either blocking (:class:`SyncRunner`) or awaiting
(:class:`AsyncRunner`)."""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
import time
from typing import Any

import httpx

from litellm_sdk._constants import MAX_RESPONSE_BYTES
from litellm_sdk._engine import (
    CacheDelete,
    CacheGet,
    CacheSet,
    Context,
    Op,
    Request,
    Response,
    Shared,
    Sleep,
    T,
    log,
)
from litellm_sdk._redact import redact_json, scrub
from litellm_sdk._version import __version__
from litellm_sdk.errors import APIConnectionError, APITimeoutError, LiteLLMError

USER_AGENT = f"litellm-sdk/{__version__} python-httpx/{httpx.__version__}"


def _headers(ctx: Context, request: Request) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {request.auth or ctx.master_key}",
        "Accept": "application/json",
        "User-Agent": USER_AGENT,
    }


def _build(client: httpx.Client | httpx.AsyncClient, ctx: Context, request: Request, timeout: Any) -> httpx.Request:
    return client.build_request(
        request.method,
        ctx.base_url + request.path,
        params=dict(request.params) if request.params else None,
        json=request.json,
        headers=_headers(ctx, request),
        timeout=timeout,
    )


def _transport_error(exc: Exception, ctx: Context, request: Request) -> LiteLLMError:
    where = f"{request.label} at {ctx.base_url}"
    detail = scrub(str(exc) or type(exc).__name__, (*ctx.secrets, request.auth or ""))
    sent = not isinstance(exc, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(exc).__name__}: {detail})", request_sent=sent)
    return APIConnectionError(f"{where} failed: {type(exc).__name__}: {detail}", request_sent=sent)


class _BoundedBody:
    """Collects a response body, refusing one larger than ``MAX_RESPONSE_BYTES`` before it is all in memory."""

    def __init__(self, request: Request, response: httpx.Response) -> None:
        self.request = request
        self.chunks: list[bytes] = []
        self.size = 0
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
            raise self._too_large()

    def add(self, chunk: bytes) -> None:
        self.size += len(chunk)
        if self.size > MAX_RESPONSE_BYTES:
            raise self._too_large()
        self.chunks.append(chunk)

    def content(self) -> bytes:
        return self.chunks[0] if len(self.chunks) == 1 else b"".join(self.chunks)

    def _too_large(self) -> LiteLLMError:
        return LiteLLMError(
            f"{self.request.label} returned more than {MAX_RESPONSE_BYTES} bytes; refused",
            code="response_too_large",
            retryable=False,
        )


def _log_request(ctx: Context, request: Request) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "request %s params=%s json=%s auth=%s",
            request.label,
            redact_json(dict(request.params or {})),
            redact_json(request.json),
            "virtual-key" if request.auth else "master-key",
        )


def _log_response(request: Request, response: Response) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "response %s -> %d (%d bytes, %.1f ms)",
            request.label,
            response.status,
            len(response.content),
            response.elapsed * 1000,
        )


class _CacheGuard:
    """Calls a cache, turning any failure into a miss and logging the first one (a cache is only an aid)."""

    def __init__(self, cache: Any) -> None:
        self.cache = cache
        self.is_async = cache is not None and inspect.iscoroutinefunction(getattr(cache, "get", None))
        self._warned = False

    def failed(self, exc: BaseException) -> None:
        if not self._warned:
            self._warned = True
            log.warning("cache %r failed (%s: %s); continuing without it", self.cache, type(exc).__name__, exc)
        else:
            log.debug("cache still failing: %s", type(exc).__name__)

    def recovered(self) -> None:
        if self._warned:
            self._warned = False
            log.info("cache %r is working again", self.cache)


class _Flight:
    __slots__ = ("done", "ok", "result")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.ok = False
        self.result: Any = None


class SyncRunner:
    """Runs operations with blocking I/O over one ``httpx.Client``; safe to share between threads."""

    def __init__(self, client: httpx.Client, cache: Any) -> None:
        self.client = client
        self.cache = _CacheGuard(cache)
        if self.cache.is_async:
            raise TypeError("LiteLLMClient needs a synchronous cache; use AsyncLiteLLMClient for an async one")
        self._flights: dict[str, _Flight] = {}
        self._lock = threading.Lock()

    def run(self, ctx: Context, op: Op[T], timeout: Any) -> T:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                step = op.throw(error) if error is not None else op.send(value)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                value = self._perform(ctx, step, timeout)
            except LiteLLMError as exc:
                error = exc

    def _perform(self, ctx: Context, step: Any, timeout: Any) -> Any:
        if isinstance(step, Request):
            return self.send(ctx, step, timeout)
        if isinstance(step, Sleep):
            time.sleep(step.seconds)
            return None
        if isinstance(step, Shared):
            return self._shared(ctx, step, timeout)
        if isinstance(step, (CacheGet, CacheSet, CacheDelete)):
            return self._cache(step)
        raise TypeError(f"unknown step {step!r}")

    def send(self, ctx: Context, request: Request, timeout: Any) -> Response:
        _log_request(ctx, request)
        started = time.perf_counter()
        try:
            http_request = _build(self.client, ctx, request, timeout)
            http_response = self.client.send(http_request, stream=True)
            try:
                body = _BoundedBody(request, http_response)
                for chunk in http_response.iter_bytes():
                    body.add(chunk)
            finally:
                http_response.close()
        except httpx.HTTPError as exc:
            raise _transport_error(exc, ctx, request) from None
        response = Response(
            http_response.status_code, http_response.headers, body.content(), time.perf_counter() - started
        )
        _log_response(request, response)
        return response

    def _cache(self, step: Any) -> Any:
        cache = self.cache.cache
        if cache is None:
            return None
        try:
            if isinstance(step, CacheGet):
                value = cache.get(step.key)
            elif isinstance(step, CacheSet):
                value = cache.set(step.key, step.value, step.ttl)
            else:
                value = cache.delete(step.key)
        except Exception as exc:
            self.cache.failed(exc)
            return None
        self.cache.recovered()
        return value

    def _shared(self, ctx: Context, step: Shared, timeout: Any) -> Any:
        with self._lock:
            flight = self._flights.get(step.flight_key)
            leader = flight is None
            if flight is None:
                flight = self._flights[step.flight_key] = _Flight()
        if leader:
            try:
                flight.result = self.run(ctx, step.factory(), timeout)
                flight.ok = True
                return flight.result
            finally:
                with self._lock:
                    del self._flights[step.flight_key]
                flight.done.set()
        flight.done.wait()
        if flight.ok:
            return flight.result
        return self.run(ctx, step.factory(), timeout)

    def close(self) -> None:
        self.client.close()


class AsyncRunner:
    """Runs operations with awaited I/O over one ``httpx.AsyncClient``."""

    def __init__(self, client: httpx.AsyncClient, cache: Any) -> None:
        self.client = client
        self.cache = _CacheGuard(cache)
        self._flights: dict[str, asyncio.Future[Any]] = {}

    async def run(self, ctx: Context, op: Op[T], timeout: Any) -> T:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                step = op.throw(error) if error is not None else op.send(value)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                value = await self._perform(ctx, step, timeout)
            except LiteLLMError as exc:
                error = exc

    async def _perform(self, ctx: Context, step: Any, timeout: Any) -> Any:
        if isinstance(step, Request):
            return await self.send(ctx, step, timeout)
        if isinstance(step, Sleep):
            await asyncio.sleep(step.seconds)
            return None
        if isinstance(step, Shared):
            return await self._shared(ctx, step, timeout)
        if isinstance(step, (CacheGet, CacheSet, CacheDelete)):
            return await self._cache(step)
        raise TypeError(f"unknown step {step!r}")

    async def send(self, ctx: Context, request: Request, timeout: Any) -> Response:
        _log_request(ctx, request)
        started = time.perf_counter()
        try:
            http_request = _build(self.client, ctx, request, timeout)
            http_response = await self.client.send(http_request, stream=True)
            try:
                body = _BoundedBody(request, http_response)
                async for chunk in http_response.aiter_bytes():
                    body.add(chunk)
            finally:
                await http_response.aclose()
        except httpx.HTTPError as exc:
            raise _transport_error(exc, ctx, request) from None
        response = Response(
            http_response.status_code, http_response.headers, body.content(), time.perf_counter() - started
        )
        _log_response(request, response)
        return response

    async def _cache(self, step: Any) -> Any:
        cache = self.cache.cache
        if cache is None:
            return None
        try:
            if isinstance(step, CacheGet):
                value = cache.get(step.key)
            elif isinstance(step, CacheSet):
                value = cache.set(step.key, step.value, step.ttl)
            else:
                value = cache.delete(step.key)
            if self.cache.is_async:
                value = await value
        except Exception as exc:
            self.cache.failed(exc)
            return None
        self.cache.recovered()
        return value

    async def _shared(self, ctx: Context, step: Shared, timeout: Any) -> Any:
        future = self._flights.get(step.flight_key)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            self._flights[step.flight_key] = future
            try:
                result = await self.run(ctx, step.factory(), timeout)
            except BaseException:
                future.set_result(_FAILED)
                raise
            else:
                future.set_result(result)
                return result
            finally:
                del self._flights[step.flight_key]
        result = await asyncio.shield(future)
        if result is _FAILED:
            return await self.run(ctx, step.factory(), timeout)
        return result

    async def close(self) -> None:
        await self.client.aclose()


_FAILED = object()
