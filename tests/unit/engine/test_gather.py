"""``Gather``: both runners run its operations at the same time and answer their results in order.

Concurrency is proven, not timed: each request waits (bounded) until every request of the gather has arrived, so
the same operations run one after another would fail. Errors: the first operation's wins, else the first of the
others in order. The blocking runner runs the others on a small pool, in the caller's thread when none of its
threads is free (never stuck, nested gathers included), with the caller's context variables. The awaiting runner
cancels the others when the first fails or the caller is cancelled, and leaves no task or lost error behind.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time
from typing import Any

import httpx
import pytest

from litellm_sdk._engine.async_runner import AsyncRunner
from litellm_sdk._engine.deadline import CallSettings
from litellm_sdk._engine.http import SyncRunner
from litellm_sdk._engine.steps import Advisory, Context, Gather, Op, Request, call
from litellm_sdk.errors import NotFoundError, ServerError

BASE = "http://litellm.test"
CTX = Context(base_url=BASE, master_key="sk-master-test-0123456789")
SETTINGS = CallSettings(httpx.Timeout(5.0), 20.0)
TENANT: contextvars.ContextVar[str] = contextvars.ContextVar("tenant", default="none")


def get(path: str) -> Op[Any]:
    body = yield from call(CTX, Request("GET", path), retry=False)
    return body


def gathered(*paths: str) -> Op[tuple[Any, ...]]:
    results: tuple[Any, ...] = yield Gather(tuple(get(p) for p in paths))
    return results


def answer(request: httpx.Request) -> httpx.Response:
    path = request.url.path
    if path.startswith("/missing"):
        return httpx.Response(404, json={"error": {"message": "no such thing", "type": "not_found_error"}})
    if path.startswith("/broken"):
        return httpx.Response(500, json={"error": {"message": "boom", "type": "internal_server_error"}})
    return httpx.Response(200, json={"path": path, "tenant": request.headers.get("x-tenant")})


class Rendezvous:
    """A transport whose requests each wait until ``expected`` requests are in flight at once (else 504)."""

    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.arrived = 0
        self.most = 0
        self.lock = threading.Lock()
        self.all_in = threading.Event()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.arrived += 1
            self.most = max(self.most, self.arrived)
            if self.arrived >= self.expected:
                self.all_in.set()
        together = self.all_in.wait(2.0)
        with self.lock:
            self.arrived -= 1
        return answer(request) if together else httpx.Response(504, json={"error": {"message": "alone"}})


def sync_runner(handler: Any) -> SyncRunner:
    return SyncRunner(httpx.Client(transport=httpx.MockTransport(handler)), None)


# --- the blocking runner -------------------------------------------------------------------------------------------


def test_the_blocking_runner_runs_a_gathers_operations_at_the_same_time_and_answers_in_order() -> None:
    meeting = Rendezvous(3)
    runner = sync_runner(meeting)
    results = runner.run(CTX, gathered("/a", "/b", "/c"), SETTINGS)
    assert [r["path"] for r in results] == ["/a", "/b", "/c"]
    assert meeting.most == 3
    runner.close()


def test_one_after_another_the_same_requests_would_not_meet() -> None:
    """The check above is worth something: a runner without the pool (no free thread) cannot pass it."""
    runner = sync_runner(Rendezvous(2))
    runner._slots = threading.BoundedSemaphore(1)
    runner._slots.acquire()  # no thread free: the second runs after the first, in the caller's thread
    started = time.monotonic()
    with pytest.raises(ServerError):  # the first waited alone (504)
        runner.run(CTX, gathered("/a", "/b"), SETTINGS)
    assert time.monotonic() - started >= 1.9
    runner.close()


def test_with_no_free_thread_the_others_run_in_the_callers_thread_and_nested_gathers_finish() -> None:
    runner = sync_runner(answer)
    runner._slots = threading.BoundedSemaphore(1)  # one thread: the nested gather finds none free

    def nested() -> Op[tuple[Any, ...]]:
        inner: tuple[Any, ...] = yield Gather((get("/x"), get("/y")))
        return inner

    def outer() -> Op[tuple[Any, ...]]:
        both: tuple[Any, ...] = yield Gather((get("/a"), nested(), nested()))
        return both

    first, left, right = runner.run(CTX, outer(), SETTINGS)
    assert first["path"] == "/a" and [r["path"] for r in (*left, *right)] == ["/x", "/y", "/x", "/y"]
    runner.close()


def test_the_first_operations_error_wins_else_the_first_of_the_others_in_order() -> None:
    runner = sync_runner(answer)
    with pytest.raises(NotFoundError):
        runner.run(CTX, gathered("/missing", "/broken"), SETTINGS)
    with pytest.raises(ServerError):
        runner.run(CTX, gathered("/a", "/broken", "/missing"), SETTINGS)
    with pytest.raises(NotFoundError):
        runner.run(CTX, gathered("/a", "/missing", "/broken"), SETTINGS)
    runner.close()


def test_an_advisory_operation_in_a_gather_answers_none_and_the_call_goes_on() -> None:
    runner = sync_runner(answer)

    def op() -> Op[tuple[Any, ...]]:
        results: tuple[Any, ...] = yield Gather((get("/a"), advisory(get("/broken"))))
        return results

    assert runner.run(CTX, op(), SETTINGS)[1] is None
    runner.close()


def advisory(inner: Op[Any]) -> Op[Any]:
    found = yield Advisory(inner, "read something optional")
    return found


def test_when_the_first_fails_the_ones_not_started_never_start() -> None:
    runner = sync_runner(answer)
    runner._slots = threading.BoundedSemaphore(1)
    runner._slots.acquire()  # all run here, after the first
    started: list[str] = []

    def noted(path: str) -> Op[Any]:
        started.append(path)
        return (yield from get(path))

    def op() -> Op[Any]:
        return (yield Gather((get("/missing"), noted("/b"), noted("/c"))))

    with pytest.raises(NotFoundError):
        runner.run(CTX, op(), SETTINGS)
    assert started == []
    runner.close()


def test_the_pools_threads_see_the_callers_context_variables() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"tenant": TENANT.get(), "thread": threading.current_thread().name})

    runner = sync_runner(handler)
    token = TENANT.set("acme")
    try:
        here, there = runner.run(CTX, gathered("/a", "/b"), SETTINGS)
    finally:
        TENANT.reset(token)
    assert here["tenant"] == there["tenant"] == "acme"
    assert here["thread"] == threading.current_thread().name and there["thread"].startswith("litellm-sdk-gather")
    runner.close()


def test_a_closed_runner_makes_no_new_pool() -> None:
    runner = sync_runner(answer)
    runner.run(CTX, gathered("/a", "/b"), SETTINGS)
    assert runner._pool is not None
    runner.close()
    assert runner._pool is None
    assert runner._offload(None, get("/a")) is None  # type: ignore[arg-type]  # closing: run in the caller's thread
    assert runner._pool is None


# --- the awaiting runner -------------------------------------------------------------------------------------------


class AsyncRendezvous:
    def __init__(self, expected: int) -> None:
        self.expected = expected
        self.arrived = 0
        self.cancelled: list[str] = []
        self.event: asyncio.Event | None = None
        self.watch: tuple[int, asyncio.Event] | None = None

    async def reached(self, count: int) -> None:
        """Wait until ``count`` requests have arrived."""
        self.watch = (count, asyncio.Event())
        if self.arrived < count:
            await self.watch[1].wait()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.event is None:
            self.event = asyncio.Event()
        self.arrived += 1
        if self.arrived >= self.expected:
            self.event.set()
        if self.watch is not None and self.arrived >= self.watch[0]:
            self.watch[1].set()
        try:
            await asyncio.wait_for(self.event.wait(), 2.0)
        except asyncio.CancelledError:
            self.cancelled.append(request.url.path)
            raise
        except asyncio.TimeoutError:
            return httpx.Response(504, json={"error": {"message": "alone"}})
        return answer(request)


def async_runner(handler: Any) -> AsyncRunner:
    return AsyncRunner(httpx.AsyncClient(transport=httpx.MockTransport(handler)), None)


async def test_the_awaiting_runner_runs_a_gathers_operations_at_the_same_time_and_answers_in_order() -> None:
    runner = async_runner(AsyncRendezvous(3))
    results = await runner.run(CTX, gathered("/a", "/b", "/c"), SETTINGS)
    assert [r["path"] for r in results] == ["/a", "/b", "/c"]
    await runner.close()


async def test_the_awaiting_runners_errors_come_in_the_same_order() -> None:
    runner = async_runner(answer)
    with pytest.raises(NotFoundError):
        await runner.run(CTX, gathered("/missing", "/broken"), SETTINGS)
    with pytest.raises(ServerError):
        await runner.run(CTX, gathered("/a", "/broken", "/missing"), SETTINGS)
    assert await runner.run(CTX, gathered(), SETTINGS) == ()
    await runner.close()


async def test_when_the_first_fails_the_others_are_cancelled() -> None:
    waiting = AsyncRendezvous(99)  # nobody meets: the others wait until cancelled

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/missing":
            await asyncio.sleep(0.05)  # the others are in flight by now
            return answer(request)
        return await waiting(request)

    runner = async_runner(handler)
    started = time.monotonic()
    with pytest.raises(NotFoundError):
        await runner.run(CTX, gathered("/missing", "/b", "/c"), SETTINGS)
    assert time.monotonic() - started < 1.0  # not waited for: cancelled
    assert sorted(waiting.cancelled) == ["/b", "/c"]
    await runner.close()


async def test_a_cancelled_caller_cancels_every_operation_of_its_gather_and_leaves_no_task() -> None:
    waiting = AsyncRendezvous(99)
    runner = async_runner(waiting)
    before = asyncio.all_tasks()
    task = asyncio.ensure_future(runner.run(CTX, gathered("/a", "/b", "/c"), SETTINGS))
    await asyncio.wait_for(waiting.reached(3), 2.0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert sorted(waiting.cancelled) == ["/a", "/b", "/c"]
    await asyncio.sleep(0)
    assert asyncio.all_tasks() - before == set()
    await runner.close()
