"""The blocking runner: :class:`SyncRunner` performs the waits of :class:`~litellm_sdk._engine.runner.Runner`
(send, read a body, sleep, wait on a shared flight) over one ``httpx.Client``, counts its calls and closes (see
the shutdown rules in ``runner``); everything else is the shared core's. The awaiting twin is ``async_runner``,
kept apart so sync users never import asyncio."""

from __future__ import annotations

import contextvars
import threading
import time
from collections.abc import Callable, Generator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import httpx

from litellm_sdk._constants import GATHER_THREADS
from litellm_sdk._engine import runner as core
from litellm_sdk._engine.deadline import CallSettings
from litellm_sdk._engine.steps import Context, Op, T


class Body(core.OpenBody):
    """The open body of a streamed answer (see ``OpenBody``): iterate ``chunks``, then ``close()``."""

    __slots__ = ()

    def _mapped(self, x: core.Exchange) -> Generator[bytes, None, None]:
        try:
            yield from core.body_chunks(x.response)
        except httpx.RequestError as exc:
            raise x.failed(exc) from None
        finally:
            x.response.close()

    def close(self) -> None:
        self.chunks.close()
        self.response.close()


class SyncRunner(core.Runner):
    """Runs operations with blocking I/O over one ``httpx.Client``; safe to share between threads."""

    client: httpx.Client
    _http = "Client"
    _event = threading.Event
    _body = Body

    def __init__(self, client: httpx.Client, cache: Any, *, preset_token: str | None = None) -> None:
        super().__init__(client, cache, preset_token=preset_token)
        #: Guards ``active`` and ``closing``; notified when the last call leaves a closing runner.
        self._state = threading.Condition(threading.Lock())
        #: Set by ``close``: a call waiting before a retry wakes up (and stops at its next step).
        self._wake = threading.Event()
        #: The pool for Gather's operations, made at the first one; a slot per thread, so an operation only goes to
        #: the pool when a thread is free for it (else it runs in the caller's thread: never stuck).
        self._pool: ThreadPoolExecutor | None = None
        self._slots = threading.BoundedSemaphore(GATHER_THREADS)

    def run(self, ctx: Context, op: Op[T], settings: CallSettings) -> T:
        with self._state:
            self._refuse_if_closed()
            self.active += 1
        try:
            return self._complete(self._call(core.Call(ctx, settings), op))
        finally:
            self._leave()

    def _leave(self) -> None:
        with self._state:
            self.active -= 1
            if self.active or not self.closing:
                return
            self._state.notify_all()
            close_pool, self._close_pool_when_idle = self._close_pool_when_idle, False
        if close_pool:
            self.client.close()

    def _complete(self, work: core.Work[T]) -> T:
        """Perform the waits ``work`` hands out, blocking, each outcome sent (or thrown) back, until it returns."""
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
                value = wait(arg)
            except BaseException as exc:
                error = exc

    def _exchange(self, x: core.Exchange) -> bytes:
        self._open(x)
        return self._read(x)

    def _open(self, x: core.Exchange) -> httpx.Response:
        x.response = self.client.send(x.http, stream=True)
        return x.response

    def _read(self, x: core.Exchange) -> bytes:
        try:
            body = x.bounded()
            for chunk in core.body_chunks(x.response):
                body.add(chunk)
                x.budget.check(x.request)
            return body.content()
        finally:
            x.response.close()

    def _compensate(self, call: core.Call) -> None:
        self._complete(self._undo_all(call))

    def _gather(self, wait: tuple[core.Call, tuple[Op[Any], ...]]) -> tuple[Any, ...]:
        """The first operation in this thread, the others on the pool (or after it, here, when no thread is free)."""
        call, ops = wait
        results: list[Any] = [None] * len(ops)
        errors: dict[int, Exception] = {}
        offloaded: list[tuple[int, Future[Any]]] = []
        here: list[int] = []
        for index in range(1, len(ops)):
            future = self._offload(call, ops[index])
            if future is None:
                here.append(index)
            else:
                offloaded.append((index, future))
        try:
            for index in (0, *here)[: len(ops)]:
                if 0 in errors:  # the call fails: what has not started never will
                    ops[index].close()
                    continue
                try:
                    results[index] = self._complete(self._drive(call, ops[index]))
                except Exception as exc:
                    errors[index] = exc
        except BaseException:  # interrupted: the offloaded ones finish on their own, the rest never start
            for index in here:
                ops[index].close()
            raise
        for index, future in offloaded:
            try:
                results[index] = future.result()
            except Exception as exc:
                errors[index] = exc
        if errors:
            raise errors[min(errors)]
        return tuple(results)

    def _offload(self, call: core.Call, op: Op[Any]) -> Future[Any] | None:
        """Run ``op`` on a free thread of the pool (with the caller's context variables); None when none is free."""
        if self.closing or not self._slots.acquire(blocking=False):
            return None
        try:
            with self._lock:
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(GATHER_THREADS, thread_name_prefix="litellm-sdk-gather")
                pool = self._pool
            work = self._drive(call, op)
            return pool.submit(_in_slot, self._slots, contextvars.copy_context(), self._complete, work)
        except RuntimeError:  # the pool was shut down (the client is closing): run it here instead
            self._slots.release()
            return None

    def _sleep(self, wait: tuple[float, bool]) -> None:
        self._wake.wait(wait[0])  # close() wakes it

    def _land(self, wait: tuple[threading.Event, float | None]) -> bool:
        done, bound = wait
        return done.wait(bound)

    def close(self, *, pool: bool = True) -> None:
        """Refuse new calls, stop those in flight at their next step and wait for them (at most
        ``SHUTDOWN_GRACE + COMPENSATION_DEADLINE``), then close the pool when ``pool`` (the client is the runner's
        to close). A call still running then closes the pool itself once it is done (see ``runner``)."""
        ends = time.monotonic() + sum(self._shutdown_waits())
        with self._lock:
            gather, self._pool = self._pool, None
        if gather is not None:  # running operations finish; a new one runs in its caller's thread
            gather.shutdown(wait=False)
        with self._state:
            self.closing = True
            self._wake.set()
            while self.active and (left := ends - time.monotonic()) > 0:
                self._state.wait(left)
            if self.active:
                self._close_pool_when_idle = pool
                self._still_running()
                return
        if pool:
            self.client.close()


def _in_slot(
    slots: threading.BoundedSemaphore, context: contextvars.Context, fn: Callable[..., Any], *args: Any
) -> Any:
    try:
        return context.run(fn, *args)
    finally:
        slots.release()
