"""The awaiting runner: :class:`AsyncRunner` performs the steps of operations (``steps``) over one
``httpx.AsyncClient``. Everything that is not I/O comes from ``http._Runner``; this module is imported only by
``AsyncLiteLLMClient``, so sync users never load asyncio."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from collections.abc import AsyncGenerator, Awaitable
from typing import Any

import httpx

from litellm_sdk._constants import ASYNC_POOL_LIMITS, COMPENSATION_DEADLINE
from litellm_sdk._engine.deadline import CallSettings
from litellm_sdk._engine.http import (
    _CACHE_STEPS,
    _FAILED,
    _NOT_MINE,
    _advisory_failed,
    _BoundedBody,
    _Call,
    _compensation_failed,
    _compensation_settings,
    _log_request,
    _log_response,
    _Runner,
    _transport_error,
    abody_chunks,
    own_client,
)
from litellm_sdk._engine.steps import Advisory, Context, Op, Request, Response, Shared, Sleep, T, log
from litellm_sdk.errors import LiteLLMError

if sys.version_info >= (3, 11):

    async def _within(seconds: float, awaitable: Awaitable[T]) -> T:
        async with asyncio.timeout(seconds):
            return await awaitable

else:  # pragma: no cover - Python 3.10

    async def _within(seconds: float, awaitable: Awaitable[T]) -> T:
        return await asyncio.wait_for(awaitable, seconds)


#: Compensations still running after their caller was cancelled a second time, and creating requests whose
#: caller was cancelled (kept alive until done).
_BACKGROUND: set[asyncio.Future[Any]] = set()


def _forget_send(task: asyncio.Future[Any]) -> None:
    _BACKGROUND.discard(task)
    if not task.cancelled():
        task.exception()  # retrieved: its caller was cancelled, the error is of no one's concern


class AsyncRunner(_Runner):
    """Runs operations with awaited I/O over one ``httpx.AsyncClient``."""

    client: httpx.AsyncClient

    def __init__(self, client: httpx.AsyncClient, cache: Any, *, preset_token: str | None = None) -> None:
        super().__init__(client, cache, preset_token)
        self._flights: dict[str, asyncio.Future[Any]] = {}

    @classmethod
    def owning(cls, token: str, timeout: httpx.Timeout, cache: Any) -> AsyncRunner:
        """A runner over an ``httpx.AsyncClient`` of its own whose default headers are ``token``'s."""
        return cls(httpx.AsyncClient(**own_client(token, timeout, limits=ASYNC_POOL_LIMITS)), cache, preset_token=token)

    async def run(self, ctx: Context, op: Op[T], settings: CallSettings) -> T:
        call = _Call(ctx, settings)
        try:
            return await self._drive(call, op)
        except BaseException:
            if call.undo:
                await self._compensate(call, settings)
            raise

    async def _drive(self, call: _Call, op: Op[T]) -> T:
        value: Any = None
        error: LiteLLMError | None = None
        try:
            while True:
                try:
                    step = op.throw(error) if error is not None else op.send(value)
                except StopIteration as stop:
                    result: T = stop.value
                    return result
                value, error = None, None
                try:
                    value = await self._perform(call, step)
                except LiteLLMError as exc:
                    error = exc
        finally:
            op.close()

    async def _perform(self, call: _Call, step: Any) -> Any:
        if isinstance(step, Request):
            return await self.send(call, step)
        if isinstance(step, Sleep):
            self._sleep_or_raise(call, step)
            await asyncio.sleep(step.seconds)
            return None
        if isinstance(step, Shared):
            return await self._shared(call, step)
        if isinstance(step, _CACHE_STEPS):
            return await self._cache(step)
        if isinstance(step, Advisory):
            try:
                return await self._drive(call, step.op)
            except Exception as exc:
                _advisory_failed(call.ctx, step, exc)
                return None
        done = self._bookkeeping(call, step)
        if done is _NOT_MINE:
            raise TypeError(f"unknown step {step!r}")
        return done

    async def send(self, call: _Call, request: Request) -> Response:
        if request.idempotent:
            return await self._bounded_send(call, request)
        # A request that creates something (POST /key/generate): once sent, the proxy acts on it whether or not the
        # answer is read. So a caller cancelled meanwhile still waits for that answer (within the request's own
        # bounds and COMPENSATION_DEADLINE) before its compensations run: a compensating delete sent while the create
        # is still in flight can reach the proxy first, find nothing, and leave the key made a moment later.
        task = asyncio.ensure_future(self._bounded_send(call, request))
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            _BACKGROUND.add(task)
            task.add_done_callback(_forget_send)
            with contextlib.suppress(asyncio.CancelledError):
                done, _ = await asyncio.wait({task}, timeout=COMPENSATION_DEADLINE)
                if not done:
                    task.cancel()
            raise

    async def _bounded_send(self, call: _Call, request: Request) -> Response:
        timeout = call.budget.timeout_for(request)
        left = call.budget.remaining()
        if left is None:
            return await self._send(call, request, timeout)
        try:
            return await _within(left, self._send(call, request, timeout))
        except (TimeoutError, asyncio.TimeoutError):
            raise call.budget.spent(request.label, request_sent=True) from None

    async def _send(self, call: _Call, request: Request, timeout: dict[str, float | None]) -> Response:
        ctx = call.ctx
        _log_request(request)
        started = time.perf_counter()
        try:
            http_request = self._build(ctx, request, timeout)
            http_response = await self.client.send(http_request, stream=True)
            try:
                body = _BoundedBody(request, http_response)
                async for chunk in abody_chunks(http_response):
                    body.add(chunk)
            finally:
                await http_response.aclose()
        except httpx.RequestError as exc:
            raise _transport_error(exc, ctx, request) from None
        response = Response(
            http_response.status_code, http_response.headers, body.content(), time.perf_counter() - started
        )
        _log_response(request, response)
        return response

    async def stream(
        self, ctx: Context, request: Request, settings: CallSettings
    ) -> AsyncGenerator[Response | bytes, None]:
        """``SyncRunner.stream``, awaited: a Response (status, headers; the bounded body of an error), then the
        body's chunks. Closing it (``aclose``), leaving it or cancelling the task reading it closes the
        connection; the call's deadline bounds the wait for the response headers."""
        call = _Call(ctx, settings)
        timeout = call.budget.timeout_for(request)
        left = call.budget.remaining()
        _log_request(request)
        started = time.perf_counter()
        try:
            sending = self.client.send(self._build(ctx, request, timeout), stream=True)
            http_response = await (sending if left is None else _within(left, sending))
        except httpx.RequestError as exc:
            raise _transport_error(exc, ctx, request) from None
        except (TimeoutError, asyncio.TimeoutError):
            raise call.budget.spent(request.label, request_sent=True) from None
        try:
            chunks = abody_chunks(http_response)
            content = b""
            if http_response.status_code >= 400:
                body = _BoundedBody(request, http_response)
                try:
                    async for chunk in chunks:
                        body.add(chunk)
                except httpx.RequestError as exc:
                    raise _transport_error(exc, ctx, request) from None
                content = body.content()
            response = Response(
                http_response.status_code, http_response.headers, content, time.perf_counter() - started
            )
            _log_response(request, response)
            yield response
            if http_response.status_code < 400:
                try:
                    async for chunk in chunks:
                        yield chunk
                except httpx.RequestError as exc:
                    raise _transport_error(exc, ctx, request) from None
        finally:
            await http_response.aclose()

    async def _cache(self, step: Any) -> Any:
        if self.cache.cache is None:
            return None
        try:
            value = self._cache_call(step)
            if self.cache.is_async:
                value = await value
        except Exception as exc:
            self.cache.failed(exc)
            return None
        self.cache.recovered()
        return value

    async def _shared(self, call: _Call, step: Shared) -> Any:
        identity = step.identity(call.ctx)
        future = self._flights.get(identity)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            self._flights[identity] = future
            try:
                result = await self._drive(call, step.start(call.ctx))
            except BaseException:
                future.set_result(_FAILED)
                raise
            else:
                future.set_result(result)
                return result
            finally:
                if self._flights.get(identity) is future:
                    del self._flights[identity]
        bound = call.budget.wait_bound()
        try:
            shared = asyncio.shield(future)
            result = await (shared if bound is None else _within(bound, shared))
        except (TimeoutError, asyncio.TimeoutError):
            result = _FAILED
        if result is _FAILED:
            return await self._drive(call, step.start(call.ctx))
        return result

    async def _compensate(self, call: _Call, settings: CallSettings) -> None:
        """Run the call's compensations in a task of their own, so a cancellation cannot stop them halfway;
        if the caller is cancelled again meanwhile, they finish in the background."""
        task = asyncio.get_running_loop().create_task(self._undo_all(call, settings))
        _BACKGROUND.add(task)
        task.add_done_callback(_BACKGROUND.discard)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            log.info("cancelled again while compensating; the compensation finishes in the background")

    async def _undo_all(self, call: _Call, settings: CallSettings) -> None:
        undo_call = _Call(call.ctx, _compensation_settings(settings))
        for undo in call.compensations():
            try:
                await self._drive(undo_call, undo.action())
            except Exception as exc:
                _compensation_failed(undo, exc)

    async def close(self) -> None:
        await self.client.aclose()
