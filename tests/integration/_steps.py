"""httpx transports that stop an SDK call at a chosen step against the real proxy, and key counting on the proxy.

A call's *steps* are its HTTP requests, each in three phases:

- ``before``: the request has not left the client (the proxy has not seen it);
- ``sent``: the proxy has received and answered the request, the SDK has not seen the answer;
- ``read``: the SDK has received the whole answer body, its read has not finished.

:class:`AsyncGate` holds the call at the chosen point (the test then cancels the task); :class:`SyncGate` raises
``KeyboardInterrupt`` there (as Ctrl-C would). Both wrap the real httpx transport: every other request, the
compensations the SDK sends after the interruption included, passes through unchanged.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

PHASES = ("before", "sent", "read")
#: A fourth phase, for requests that create something: the request is on its way and reaches the proxy only
#: ``inflight_delay`` seconds after the test released it (a compensating request sent at once overtakes it).
INFLIGHT = "inflight"


def label(request: httpx.Request) -> str:
    return f"{request.method} {request.url.path}"


class _ReplayStream(httpx.AsyncByteStream, httpx.SyncByteStream):
    """The raw body of a real answer, then (when ``at_end`` is set) the gate's hold or interruption."""

    def __init__(self, chunks: list[bytes], at_end: Callable[[], Any] | None) -> None:
        self.chunks = chunks
        self.at_end = at_end

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if self.at_end is not None:
            await self.at_end()

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.at_end is not None:
            self.at_end()


class AsyncGate(httpx.AsyncBaseTransport):
    """Counts requests; the ``at``-th one (1-based) is held at ``phase`` (once) until ``released`` is set: the test
    cancels the caller's task there, then releases (the network goes on, as it would: the proxy still acts on a
    request whose caller went away, and the SDK may wait for the answer of a request that creates something).

    ``at=None`` only records. ``hold_every`` instead holds every request whose label it names (at ``phase``).
    ``delay`` answers every request that much later than the proxy did (for caller timeouts that must land
    between steps). ``answered`` records, per request, the status the proxy gave (the proxy has acted on it).
    """

    def __init__(
        self,
        at: int | None = None,
        phase: str = "sent",
        *,
        hold_every: str | None = None,
        delay: float = 0.0,
    ) -> None:
        assert phase in (*PHASES, INFLIGHT)
        self.inner = httpx.AsyncHTTPTransport()
        self.at, self.phase, self.hold_every, self.delay = at, phase, hold_every, delay
        self.inflight_delay = 0.5
        self.stragglers: set[asyncio.Future[httpx.Response]] = set()
        self.seen: list[str] = []
        self.answered: list[tuple[str, int]] = []
        self.fired = False
        self.holding = 0
        self.reached = asyncio.Event()
        self.released = asyncio.Event()

    def _armed(self, n: int, name: str) -> bool:
        if self.hold_every is not None:
            return name == self.hold_every
        return not self.fired and n == self.at

    async def _hold(self) -> None:
        self.fired = True
        self.holding += 1
        self.reached.set()
        await self.released.wait()  # the test cancels the caller, then lets the network go on

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(name := label(request))
        armed = self._armed(len(self.seen), name)
        if armed and self.phase == "before":
            await self._hold()
        if armed and self.phase == INFLIGHT:
            forward = asyncio.ensure_future(self._late(request))
            self.stragglers.add(forward)
            return await asyncio.shield(forward)  # cancelling the caller does not stop a request on its way
        response = await self.inner.handle_async_request(request)
        try:
            chunks = [chunk async for chunk in response.stream]  # type: ignore[union-attr]
        finally:
            await response.aclose()
        self.answered.append((name, response.status_code))
        if self.delay:
            await asyncio.sleep(self.delay)
        if armed and self.phase == "sent":
            await self._hold()
        at_end = self._hold if armed and self.phase == "read" else None
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_ReplayStream(chunks, at_end),
            extensions=response.extensions,
        )

    async def _late(self, request: httpx.Request) -> httpx.Response:
        self.fired = True
        self.reached.set()
        await self.released.wait()
        await asyncio.sleep(self.inflight_delay)
        response = await self.inner.handle_async_request(request)
        try:
            chunks = [chunk async for chunk in response.stream]  # type: ignore[union-attr]
        finally:
            await response.aclose()
        self.answered.append((label(request), response.status_code))
        return httpx.Response(response.status_code, headers=response.headers, stream=_ReplayStream(chunks, None))

    async def settle(self) -> None:
        """Wait until every request still on its way has reached the proxy and been answered."""
        if self.stragglers:
            await asyncio.wait(self.stragglers, timeout=30)

    async def aclose(self) -> None:
        await self.inner.aclose()


class SyncGate(httpx.BaseTransport):
    """The sync twin of :class:`AsyncGate`: raises ``KeyboardInterrupt`` at the ``at``-th request's ``phase``."""

    def __init__(self, at: int | None = None, phase: str = "sent") -> None:
        assert phase in PHASES
        self.inner = httpx.HTTPTransport()
        self.at, self.phase = at, phase
        self.seen: list[str] = []
        self.answered: list[tuple[str, int]] = []
        self.fired = False

    def _interrupt(self) -> None:
        self.fired = True
        raise KeyboardInterrupt(f"test interruption at request {self.at} ({self.phase})")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(name := label(request))
        armed = not self.fired and len(self.seen) == self.at
        if armed and self.phase == "before":
            self._interrupt()
        response = self.inner.handle_request(request)
        try:
            chunks = list(response.stream)  # type: ignore[arg-type]
        finally:
            response.close()
        self.answered.append((name, response.status_code))
        if armed and self.phase == "sent":
            self._interrupt()
        at_end = self._interrupt if armed and self.phase == "read" else None
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_ReplayStream(chunks, at_end),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self.inner.close()


class Hold:
    """Holds each request named ``name`` until ``ready(self)`` (or ``patience`` seconds), then ``grace`` more
    seconds, so concurrent calls really overlap at that step. Counts what was sent and answered; usable from
    threads (:class:`SyncMeeting`) and from one event loop (:class:`AsyncMeeting`)."""

    def __init__(self, name: str, ready: Callable[[Hold], bool], patience: float = 1.5, grace: float = 0.0) -> None:
        self.name, self.ready, self.patience, self.grace = name, ready, patience, grace
        self.sent: list[str] = []
        self.answered: list[str] = []
        self._cond = threading.Condition()

    def count(self, name: str, *, answered: bool = False) -> int:
        return (self.answered if answered else self.sent).count(name)

    def note(self, name: str, *, answered: bool = False) -> None:
        with self._cond:
            (self.answered if answered else self.sent).append(name)
            self._cond.notify_all()

    def wait_sync(self) -> None:
        with self._cond:
            self._cond.wait_for(lambda: self.ready(self), self.patience)
        time.sleep(self.grace)

    async def wait_async(self) -> None:
        deadline = time.monotonic() + self.patience
        while not self.ready(self) and time.monotonic() < deadline:  # noqa: ASYNC110 - set from other threads too
            await asyncio.sleep(0.01)
        await asyncio.sleep(self.grace)


class AsyncMeeting(httpx.AsyncBaseTransport):
    """The real transport, with the requests the :class:`Hold` names held as it says."""

    def __init__(self, hold: Hold) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.hold = hold

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.hold.note(name := label(request))
        if name == self.hold.name:
            await self.hold.wait_async()
        response = await self.inner.handle_async_request(request)
        self.hold.note(name, answered=True)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


class SyncMeeting(httpx.BaseTransport):
    def __init__(self, hold: Hold) -> None:
        self.inner = httpx.HTTPTransport()
        self.hold = hold

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.hold.note(name := label(request))
        if name == self.hold.name:
            self.hold.wait_sync()
        response = self.inner.handle_request(request)
        self.hold.note(name, answered=True)
        return response

    def close(self) -> None:
        self.inner.close()


def keys_on_proxy(base_url: str, master_key: str, **filters: str) -> list[dict[str, Any]]:
    """Every live key matching ``filters`` (user_id=, key_alias=), read with the master key over plain httpx."""
    found: list[dict[str, Any]] = []
    page = 1
    while True:
        response = httpx.get(
            f"{base_url}/key/list",
            params={**filters, "return_full_object": "true", "page": page, "size": 100},
            headers={"Authorization": f"Bearer {master_key}"},
            timeout=30,
        )
        response.raise_for_status()
        body = response.json()
        found += [k for k in body["keys"] if all(k.get(f) == v for f, v in filters.items())]
        if page >= (body.get("total_pages") or 1):
            return found
        page += 1


def tokens_on_proxy(base_url: str, master_key: str, **filters: str) -> set[str]:
    """Token ids (sha256 of the value) of the live keys matching ``filters``."""
    return {str(k["token"]) for k in keys_on_proxy(base_url, master_key, **filters)}
