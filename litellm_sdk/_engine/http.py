"""The blocking runner: :class:`SyncRunner` performs the waits of :class:`~litellm_sdk._engine.runner.Runner`
(send, read a body, sleep, wait on a shared flight) over one ``httpx.Client``; everything else is the shared
core's. The awaiting twin is ``async_runner``, kept apart so sync users never import asyncio."""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from typing import Any

import httpx

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

    def run(self, ctx: Context, op: Op[T], settings: CallSettings) -> T:
        return self._complete(self._call(core.Call(ctx, settings), op))

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

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _land(self, wait: tuple[threading.Event, float | None]) -> bool:
        done, bound = wait
        return done.wait(bound)

    def close(self) -> None:
        self.client.close()
