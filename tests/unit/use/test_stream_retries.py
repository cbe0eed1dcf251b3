"""A streamed chat is sent, retried and bounded like any other call: the same "nothing done" rule as ``chat()``
(a 503 or a refused connection is sent again, never a request that may have been processed), and the same deadline:
a Retry-After longer than what is left of it is raised at once, and no attempt is sent once it has passed.

Sleeps and the deadline's clock are fakes, so nothing here waits for real."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from litellm_sdk import APITimeoutError, AsyncKeyClient, KeyClient, RateLimitError
from litellm_sdk._engine import deadline
from litellm_sdk._engine.async_runner import AsyncRunner
from litellm_sdk._engine.http import SyncRunner

BASE = "http://litellm.test"
KEY = "sk-test-key-0000"
USER = [{"role": "user", "content": "hi"}]


def _sse(*texts: str) -> bytes:
    events = [{"id": "c", "model": "m", "choices": [{"index": 0, "delta": {"content": t}}]} for t in texts]
    events.append({"id": "c", "model": "m", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return "".join(f"data: {json.dumps(e)}\n\n" for e in events).encode() + b"data: [DONE]\n\n"


def _limited(retry_after: str) -> httpx.Response:
    body = {"error": {"message": "Rate limit exceeded", "type": "rate_limit_error", "param": None, "code": "429"}}
    return httpx.Response(429, json=body, headers={"retry-after": retry_after})


def _unavailable() -> httpx.Response:
    body = {"error": {"message": "No deployments available", "type": "None", "param": None, "code": "503"}}
    return httpx.Response(503, json=body)


class Clock:
    """The deadline's clock, moved only by the fake sleeps and by the proxy's answers."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []
        self.late = 0.0  # how much longer than asked each sleep lasts

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds + self.late

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(deadline, "time", type("FakeTime", (), {"monotonic": staticmethod(c.monotonic)}))
    # the runners' one wait before a retry (close() can cut it short), sync and async
    monkeypatch.setattr(SyncRunner, "_sleep", lambda self, wait: c.sleep(wait[0]))
    monkeypatch.setattr(AsyncRunner, "_sleep", lambda self, wait: c.asleep(wait[0]))
    return c


class Proxy:
    """Answers each request with the next of ``answers`` (a Response, or a callable taking the clock)."""

    def __init__(self, clock: Clock, *answers: httpx.Response | Callable[[Clock], httpx.Response]) -> None:
        self.clock = clock
        self.answers = list(answers)
        self.sent: list[float] = []  # the clock at each request

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(self.clock.now)
        answer = self.answers.pop(0)
        return answer(self.clock) if callable(answer) else answer

    def sync(self, **options: Any) -> KeyClient:
        return KeyClient(KEY, BASE, http_client=httpx.Client(transport=httpx.MockTransport(self)), **options)

    def asynchronous(self, **options: Any) -> AsyncKeyClient:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self))
        return AsyncKeyClient(KEY, BASE, http_client=http, **options)


def _stream_text(proxy: Proxy, mode: str, **options: Any) -> str:
    if mode == "sync":
        with proxy.sync(**options) as client, client.stream_chat("m", USER) as stream:
            return stream.until_done().text

    async def run() -> str:
        async with proxy.asynchronous(**options) as client, await client.stream_chat("m", USER) as stream:
            return (await stream.until_done()).text

    return asyncio.run(run())


MODES = ["sync", "async"]


@pytest.mark.parametrize("mode", MODES)
def test_a_retry_after_longer_than_the_deadline_left_is_raised_at_once(clock: Clock, mode: str) -> None:
    proxy = Proxy(clock, _limited("3"), httpx.Response(200, content=_sse("late")))
    started = time.perf_counter()
    with pytest.raises(RateLimitError) as caught:
        _stream_text(proxy, mode, deadline=1.0)
    assert caught.value.retry_after == 3
    assert clock.slept == [] and len(proxy.sent) == 1  # no wait, no second attempt
    assert time.perf_counter() - started < 1.0  # generous: it does not sleep for real either


@pytest.mark.parametrize("mode", MODES)
def test_a_503_on_a_stream_is_sent_again_once_then_streams(clock: Clock, mode: str) -> None:
    proxy = Proxy(clock, _unavailable(), httpx.Response(200, content=_sse("Hel", "lo")))
    assert _stream_text(proxy, mode) == "Hello"
    assert len(proxy.sent) == 2 and len(clock.slept) == 1


@pytest.mark.parametrize("mode", MODES)
def test_a_retried_stream_never_sends_after_the_deadline(clock: Clock, mode: str) -> None:
    def overslept(c: Clock) -> httpx.Response:
        c.now += 0.5  # the proxy took half the budget to refuse; the wait it asks for fits what is left ...
        return _limited("0.4")

    clock.late = 0.5  # ... but the process wakes up late, past the deadline
    proxy = Proxy(clock, overslept, httpx.Response(200, content=_sse("too late")))
    with pytest.raises(APITimeoutError) as caught:
        _stream_text(proxy, mode, deadline=1.0)
    assert len(proxy.sent) == 1 and not caught.value.request_sent
    assert "deadline of 1s is spent" in caught.value.message
