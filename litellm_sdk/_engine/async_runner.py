"""The awaiting runner: :class:`AsyncRunner` performs the steps of operations (``steps``) over one
``httpx.AsyncClient``. Everything that is not I/O comes from ``http._Runner``; this module is imported only by
``AsyncLiteLLMClient``, so sync users never load asyncio.

Shutdown as in ``http`` (the module doc), and one thing more, since an awaited request can be stopped: ``close``
wakes a call waiting before a retry at once, and when a request already on the wire is not answered within
``SHUTDOWN_GRACE`` it stops waiting for it (unless it creates something: that answer is awaited, as on
cancellation), so every caller has its ``ClientClosedError`` within ``SHUTDOWN_GRACE + COMPENSATION_DEADLINE``."""

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
    closed_error,
    own_client,
)
from litellm_sdk._engine.steps import Advisory, Context, Gather, Op, Request, Response, Shared, Sleep, T, log
from litellm_sdk.errors import ClientClosedError, LiteLLMError

if sys.version_info >= (3, 11):

    async def _within(seconds: float, awaitable: Awaitable[T]) -> T:
        async with asyncio.timeout(seconds):
            return await awaitable

    async def _stoppable(handles: set[Any], seconds: float | None, awaitable: Awaitable[T]) -> T:
        """``awaitable`` within ``seconds`` (None: unbounded); ``_stop_all(handles)`` ends it early. Either way it
        raises TimeoutError."""
        async with asyncio.timeout(seconds) as scope:
            handles.add(scope)
            try:
                return await awaitable
            finally:
                handles.discard(scope)

    def _stop(handle: Any) -> None:
        with contextlib.suppress(RuntimeError):  # already expiring: it raises TimeoutError anyway
            handle.reschedule(0)  # a time already past: it expires at once

else:  # pragma: no cover - Python 3.10

    async def _within(seconds: float, awaitable: Awaitable[T]) -> T:
        return await asyncio.wait_for(awaitable, seconds)

    class _Stoppable:
        __slots__ = ("stopped", "task")

        def __init__(self, task: asyncio.Future[Any]) -> None:
            self.task = task
            self.stopped = False

    async def _stoppable(handles: set[Any], seconds: float | None, awaitable: Awaitable[T]) -> T:
        handle = _Stoppable(asyncio.ensure_future(awaitable))
        handles.add(handle)
        try:
            return await asyncio.wait_for(handle.task, seconds)
        except asyncio.CancelledError:
            if handle.stopped:
                raise asyncio.TimeoutError from None
            raise
        finally:
            handles.discard(handle)

    def _stop(handle: Any) -> None:
        handle.stopped = True
        handle.task.cancel()


def _stop_all(handles: set[Any]) -> None:
    for handle in list(handles):
        _stop(handle)


#: Compensations still running after their caller was cancelled a second time, and creating requests whose
#: caller was cancelled (kept alive until done).
_BACKGROUND: set[asyncio.Future[Any]] = set()


def _retrieved(task: asyncio.Future[Any]) -> None:
    """Mark a Gather sub-task's error as seen (a cancelled gather drops it; asyncio would log it as lost)."""
    if not task.cancelled():
        task.exception()


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
        #: What ``close`` can end early (see ``_stoppable``): waits before a retry (at once), and idempotent
        #: requests on the wire (after ``SHUTDOWN_GRACE``, when ``_stopped`` is set).
        self._naps: set[Any] = set()
        self._sends: set[Any] = set()
        self._stopped = False
        #: Resolved when the last call leaves a closing runner.
        self._idle: asyncio.Future[None] | None = None

    @classmethod
    def owning(cls, token: str, timeout: httpx.Timeout, cache: Any) -> AsyncRunner:
        """A runner over an ``httpx.AsyncClient`` of its own whose default headers are ``token``'s."""
        return cls(httpx.AsyncClient(**own_client(token, timeout, limits=ASYNC_POOL_LIMITS)), cache, preset_token=token)

    async def run(self, ctx: Context, op: Op[T], settings: CallSettings) -> T:
        self._refuse_if_closed()
        self.active += 1
        call = _Call(ctx, settings)
        try:
            return await self._drive(call, op)
        except BaseException:
            if call.undo:
                await self._compensate(call, settings)
            raise
        finally:
            self._leave()

    def _leave(self) -> None:
        self.active -= 1
        if self.active or not self.closing:
            return
        if self._idle is not None and not self._idle.done():
            self._idle.set_result(None)
        if self._close_pool_when_idle:
            self._close_pool_when_idle = False
            task = asyncio.ensure_future(self.client.aclose())
            _BACKGROUND.add(task)
            task.add_done_callback(_forget_send)

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
                if self.closing and call.stoppable and self._skip_when_closing(step):
                    continue
                try:
                    value = await self._perform(call, step)
                except ClientClosedError:
                    raise  # the call stops: its operation may not catch this and go on
                except LiteLLMError as exc:
                    error = exc
        finally:
            op.close()

    async def _perform(self, call: _Call, step: Any) -> Any:
        if isinstance(step, Request):
            return await self.send(call, step)
        if isinstance(step, Sleep):
            self._sleep_or_raise(call, step)
            if not call.stoppable:
                await asyncio.sleep(step.seconds)
                return None
            with contextlib.suppress(TimeoutError, asyncio.TimeoutError):  # woken by close: the next step stops
                await _stoppable(self._naps, None, asyncio.sleep(step.seconds))
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
        if isinstance(step, Gather):
            return await self._gather(call, step.ops)
        done = self._bookkeeping(call, step)
        if done is _NOT_MINE:
            raise TypeError(f"unknown step {step!r}")
        return done

    async def _gather(self, call: _Call, ops: tuple[Op[Any], ...]) -> tuple[Any, ...]:
        """``Gather``: the first operation in this task, the others as tasks of their own. When the first fails or
        this task is cancelled, the others are cancelled (and awaited, unless this task is cancelled again)."""
        if not ops:
            return ()
        others = [asyncio.ensure_future(self._drive(call, op)) for op in ops[1:]]
        for task in others:
            task.add_done_callback(_retrieved)
        try:
            first = await self._drive(call, ops[0])
            if others:
                await asyncio.wait(others)
        except BaseException:
            for task in others:
                task.cancel()
            if others:
                with contextlib.suppress(asyncio.CancelledError):
                    await asyncio.wait(others)
            raise
        for task in others:
            error = task.exception()
            if error is not None:
                raise error
        return (first, *(task.result() for task in others))

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
        if not (call.stoppable and request.idempotent):
            if left is None:
                return await self._send(call, request, timeout)
            try:
                return await _within(left, self._send(call, request, timeout))
            except (TimeoutError, asyncio.TimeoutError):
                raise call.budget.spent(request.label, request_sent=True) from None
        try:
            return await _stoppable(self._sends, left, self._send(call, request, timeout))
        except (TimeoutError, asyncio.TimeoutError):
            if self._stopped:
                raise closed_error(f"{request.label} sent, its answer not awaited") from None
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
        except RuntimeError:
            if self.client.is_closed:  # httpx: "Cannot send a request, as the client has been closed"
                raise closed_error(f"{request.label} not sent") from None
            raise
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
        self._refuse_if_closed()
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
        except RuntimeError:
            if self.client.is_closed:
                raise closed_error(f"{request.label} not sent") from None
            raise
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
        self.active += 1  # counted apart from its call: it may outlive it (cancelled again), and needs the pool
        try:
            undo_call = _Call(call.ctx, _compensation_settings(settings), stoppable=False)
            for undo in call.compensations():
                try:
                    await self._drive(undo_call, undo.action())
                except Exception as exc:
                    _compensation_failed(undo, exc)
        finally:
            self._leave()

    async def close(self, *, pool: bool = True) -> None:
        """Refuse new calls, stop those in flight (waits before a retry at once, requests on the wire after
        ``SHUTDOWN_GRACE``) and wait for them to undo their work (at most ``SHUTDOWN_GRACE +
        COMPENSATION_DEADLINE`` in all), then close the pool when ``pool``. A call still running then (awaiting the
        answer of a create) closes the pool itself once it is done."""
        self.closing = True
        _stop_all(self._naps)
        try:
            if self.active:
                await self._drain()
        finally:
            if self.active:  # also when close itself is cancelled meanwhile
                self._close_pool_when_idle = pool
                self._still_running()
        if pool and not self.active:
            await self.client.aclose()

    async def _drain(self) -> None:
        grace, compensation = self._shutdown_waits()
        idle = self._idle
        if idle is None or idle.done():  # a second close at once waits on the same drain
            idle = self._idle = asyncio.get_running_loop().create_future()
        await asyncio.wait({idle}, timeout=grace)
        if not idle.done():
            self._stopped = True
            _stop_all(self._sends)
            await asyncio.wait({idle}, timeout=compensation)
