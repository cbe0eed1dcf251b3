"""The awaiting runner: :class:`AsyncRunner` performs the waits of :class:`~litellm_sdk._engine.runner.Runner`
over one ``httpx.AsyncClient``; everything else is the shared core's. Imported only by the async clients, so
sync users never load asyncio.

Two waits are its own: every wait on the wire is bounded by what is left of the call's deadline (both runners
also check it between chunks), and a request that creates something is shielded from its caller's
cancellation until its answer is in (see :meth:`AsyncRunner._exchange`)."""

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

    async def run(self, ctx: Context, op: Op[T], settings: CallSettings) -> T:
        return await self._complete(self._call(core.Call(ctx, settings), op))

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
        task = asyncio.get_running_loop().create_task(self._complete(self._undo_all(call)))
        _BACKGROUND.add(task)
        task.add_done_callback(_BACKGROUND.discard)
        try:
            await asyncio.shield(task)
        except asyncio.CancelledError:
            log.info("cancelled again while compensating; the compensation finishes in the background")

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

    @staticmethod
    async def _bounded(x: core.Exchange, awaitable: Awaitable[T]) -> T:
        """``awaitable`` within what is left of the call's deadline (APITimeoutError when it runs out)."""
        left = x.budget.remaining()
        if left is None:
            return await awaitable
        try:
            return await _within(left, awaitable)
        except (TimeoutError, asyncio.TimeoutError):
            raise x.budget.spent(x.request.label, request_sent=True) from None

    async def _sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    async def _land(self, wait: tuple[asyncio.Event, float | None]) -> bool:
        done, bound = wait
        try:
            await (done.wait() if bound is None else _within(bound, done.wait()))
        except (TimeoutError, asyncio.TimeoutError):
            return False
        return True

    async def _await(self, awaitable: Awaitable[Any]) -> Any:
        return await awaitable

    async def close(self) -> None:
        await self.client.aclose()
