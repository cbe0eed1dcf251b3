"""The awaiting runner: :class:`AsyncRunner` performs the waits of :class:`~litellm_sdk._engine.runner.Runner`
over one ``httpx.AsyncClient``; everything else is the shared core's. Imported only by the async clients, so
sync users never load asyncio.

Two waits are its own: every wait on the wire is bounded by what is left of the call's deadline (both runners
also check it between chunks), and a request that creates something is shielded from its caller's
cancellation until its answer is in (see :meth:`AsyncRunner._exchange`).

Shutdown as in ``runner`` (the module doc), and one thing more, since an awaited request can be stopped: ``close``
wakes a call waiting before a retry at once, and when a request already on the wire is not answered within
``SHUTDOWN_GRACE`` it stops waiting for it (unless it creates something: that answer is awaited, as on
cancellation), so every caller has its ``ClientClosedError`` within ``SHUTDOWN_GRACE + COMPENSATION_DEADLINE``."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import AsyncGenerator, Awaitable, Mapping
from typing import Any, ClassVar

import httpx

from litellm_sdk._constants import ASYNC_POOL_LIMITS, COMPENSATION_DEADLINE
from litellm_sdk._engine import runner as core
from litellm_sdk._engine.deadline import CallSettings
from litellm_sdk._engine.steps import Context, Op, T, log

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


class AsyncBody(core.OpenBody):
    """The open body of a streamed answer (see ``OpenBody``): ``async for`` over ``chunks``, then ``aclose()``."""

    __slots__ = ()

    async def _mapped(self, x: core.Exchange) -> AsyncGenerator[bytes, None]:
        try:
            async for chunk in core.abody_chunks(x.response):
                yield chunk
        except httpx.RequestError as exc:
            raise x.failed(exc) from None
        finally:
            await x.response.aclose()

    async def aclose(self) -> None:
        await self.chunks.aclose()
        await self.response.aclose()


class AsyncRunner(core.Runner):
    """Runs operations with awaited I/O over one ``httpx.AsyncClient``."""

    client: httpx.AsyncClient
    _http = "AsyncClient"
    _http_options: ClassVar[Mapping[str, Any]] = {"limits": ASYNC_POOL_LIMITS}
    _event = asyncio.Event
    _body = AsyncBody

    def __init__(self, client: httpx.AsyncClient, cache: Any, *, preset_token: str | None = None) -> None:
        super().__init__(client, cache, preset_token=preset_token)
        #: What ``close`` can end early (see ``_stoppable``): waits before a retry (at once), and idempotent
        #: requests on the wire (after ``SHUTDOWN_GRACE``, when ``_stopped`` is set).
        self._naps: set[Any] = set()
        self._sends: set[Any] = set()
        self._stopped = False
        #: Resolved when the last call leaves a closing runner.
        self._idle: asyncio.Future[None] | None = None

    async def run(self, ctx: Context, op: Op[T], settings: CallSettings) -> T:
        self._refuse_if_closed()
        self.active += 1
        try:
            return await self._complete(self._call(core.Call(ctx, settings), op))
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

    async def _complete(self, work: core.Work[T]) -> T:
        """Perform the waits ``work`` hands out, awaiting, each outcome sent (or thrown) back, until it returns."""
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                wait, arg = work.throw(error) if error is not None else work.send(value)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                value = await wait(arg)
            except BaseException as exc:
                error = exc

    async def _compensate(self, call: core.Call) -> None:
        """Run the call's compensations in a task of their own, so a cancellation cannot stop them halfway;
        if the caller is cancelled again meanwhile, they finish in the background."""
        task = asyncio.get_running_loop().create_task(self._undo_counted(call))
        _BACKGROUND.add(task)
        task.add_done_callback(_BACKGROUND.discard)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            log.info("cancelled again while compensating; the compensation finishes in the background")

    async def _gather(self, wait: tuple[core.Call, tuple[Op[Any], ...]]) -> tuple[Any, ...]:
        """The first operation in this task, the others as tasks of their own. When the first fails or this task is
        cancelled, the others are cancelled (and awaited, unless this task is cancelled again)."""
        call, ops = wait
        if not ops:
            return ()
        others = [asyncio.ensure_future(self._complete(self._drive(call, op))) for op in ops[1:]]
        for task in others:
            task.add_done_callback(_retrieved)
        try:
            first = await self._complete(self._drive(call, ops[0]))
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

    async def _undo_counted(self, call: core.Call) -> None:
        self.active += 1  # counted apart from its call: it may outlive it (cancelled again), and needs the pool
        try:
            await self._complete(self._undo_all(call))
        finally:
            self._leave()

    async def _exchange(self, x: core.Exchange) -> bytes:
        if x.request.idempotent:
            return await self._bounded(x, self._whole(x))
        # A request that creates something (POST /key/generate): once sent, the proxy acts on it whether or not the
        # answer is read. So a caller cancelled meanwhile still waits for that answer (within the request's own
        # bounds and COMPENSATION_DEADLINE) before its compensations run: a compensating delete sent while the create
        # is still in flight can reach the proxy first, find nothing, and leave the key made a moment later.
        task = asyncio.ensure_future(self._bounded(x, self._whole(x)))
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

    async def _whole(self, x: core.Exchange) -> bytes:
        x.response = await self.client.send(x.http, stream=True)
        return await self._read_all(x)

    async def _open(self, x: core.Exchange) -> httpx.Response:
        x.response = await self._bounded(x, self.client.send(x.http, stream=True))
        return x.response

    async def _read(self, x: core.Exchange) -> bytes:
        return await self._bounded(x, self._read_all(x))

    async def _read_all(self, x: core.Exchange) -> bytes:
        try:
            body = x.bounded()
            async for chunk in core.abody_chunks(x.response):
                body.add(chunk)
                x.budget.check(x.request)
            return body.content()
        finally:
            await x.response.aclose()

    async def _bounded(self, x: core.Exchange, awaitable: Awaitable[T]) -> T:
        """``awaitable`` within what is left of the call's deadline (APITimeoutError when it runs out); for an
        idempotent request of a stoppable call, ``close`` may end it after ``SHUTDOWN_GRACE`` (ClientClosedError)."""
        left = x.budget.remaining()
        try:
            if x.stoppable and x.request.idempotent:
                return await _stoppable(self._sends, left, awaitable)
            return await (awaitable if left is None else _within(left, awaitable))
        except (TimeoutError, asyncio.TimeoutError):
            if self._stopped and x.stoppable and x.request.idempotent:
                raise core.closed_error(f"{x.request.label} sent, its answer not awaited") from None
            raise x.budget.spent(x.request.label, request_sent=True) from None

    async def _sleep(self, wait: tuple[float, bool]) -> None:
        seconds, stoppable = wait
        if not stoppable:
            await asyncio.sleep(seconds)
            return
        with contextlib.suppress(TimeoutError, asyncio.TimeoutError):  # woken by close: the next step stops
            await _stoppable(self._naps, None, asyncio.sleep(seconds))

    async def _land(self, wait: tuple[asyncio.Event, float | None]) -> bool:
        done, bound = wait
        try:
            await (done.wait() if bound is None else _within(bound, done.wait()))
        except (TimeoutError, asyncio.TimeoutError):
            return False
        return True

    async def _await(self, awaitable: Awaitable[Any]) -> Any:
        return await awaitable

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
