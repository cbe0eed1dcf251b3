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
from litellm_sdk._engine.steps import Context, Op, Request, Response, T


class Body:
    """The open body of a streamed answer: iterate ``chunks`` (once) for its bytes; ``close()`` closes the
    connection, whether or not it was read (a generator never started would not run its ``finally``)."""

    __slots__ = ("chunks", "response")

    def __init__(self, x: core.Exchange) -> None:
        self.response = x.response
        self.chunks = self._mapped(x)

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
    _event = threading.Event

    @classmethod
    def owning(cls, token: str, timeout: httpx.Timeout, cache: Any) -> SyncRunner:
        """A runner over an ``httpx.Client`` of its own whose default headers are ``token``'s."""
        return cls(httpx.Client(**core.own_client(token, timeout)), cache, preset_token=token)

    def run(self, ctx: Context, op: Op[T], settings: CallSettings) -> T:
        call = core.Call(ctx, settings)
        try:
            return self._complete(self._drive(call, op))
        except BaseException:
            if call.undo:
                self._complete(self._undo_all(call))
            raise

    def send(self, call: core.Call, request: Request) -> Response:
        """``request`` within ``call``: its Response, the whole body read (bounded) and the connection released."""
        return self._complete(self._fetch(call, request))

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

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def _land(self, wait: tuple[threading.Event, float | None]) -> bool:
        done, bound = wait
        return done.wait(bound)

    def _body(self, x: core.Exchange) -> Body:
        return Body(x)

    def close(self) -> None:
        self.client.close()
