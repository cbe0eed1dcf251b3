"""The blocking and the awaiting runner are one engine: the same scenario run through ``SyncRunner`` and
``AsyncRunner`` sends the same requests, sleeps the same waits and ends with the same result or error.

Each scenario is an operation, a scripted proxy (``httpx.MockTransport``, so the same answers reach both runners)
and a fake clock that only the proxy's answers and the fake sleeps move: retries with backoff, a deadline that
refuses a backoff, a Retry-After over the budget, a deadline spent mid-answer, a stream step retried once, a
failed call's undo step, the create-safe look-up and re-send, a shared flight, cache steps, an advisory failure.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from litellm_sdk._engine import deadline
from litellm_sdk._engine.async_runner import AsyncRunner
from litellm_sdk._engine.deadline import CallSettings
from litellm_sdk._engine.http import SyncRunner
from litellm_sdk._engine.retry import RetryPolicy
from litellm_sdk._engine.steps import (
    NOTHING_DONE,
    Advisory,
    CacheGetMany,
    CacheSet,
    Context,
    Op,
    Request,
    Response,
    Shared,
    Undo,
    call,
    send,
)
from litellm_sdk._manage import keys
from litellm_sdk.cache import InMemoryCache
from litellm_sdk.errors import LiteLLMError, RateLimitError

BASE = "http://litellm.test"
MASTER = "sk-master-parity-0001"
KEY = "sk-parity-key-value-0001"
CTX = Context(BASE, MASTER, retry=RetryPolicy(max_retries=2, initial=0.25, maximum=8.0, jitter=0.0))
GET = Request("GET", "/key/info", params={"key": "abc"})


def status(code: int, **headers: str) -> Callable[[Clock], httpx.Response]:
    body = {"error": {"message": f"status {code}", "type": "x", "param": None, "code": str(code)}}
    return lambda clock: httpx.Response(code, json=body, headers=headers)


def fine(body: Any = None, *, content: bytes | None = None) -> Callable[[Clock], httpx.Response]:
    if content is not None:
        return lambda clock: httpx.Response(200, content=content)
    return lambda clock: httpx.Response(200, json=body if body is not None else {"ok": True})


def slow(seconds: float, then: Callable[[Clock], httpx.Response]) -> Callable[[Clock], httpx.Response]:
    def answer(clock: Clock) -> httpx.Response:
        clock.now += seconds
        return then(clock)

    return answer


def fails(exc: Exception) -> Callable[[Clock], httpx.Response]:
    def answer(clock: Clock) -> httpx.Response:
        raise exc

    return answer


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Proxy:
    """Answers the requests in order from a script; records what was sent."""

    def __init__(self, clock: Clock, answers: list[Callable[[Clock], httpx.Response]]) -> None:
        self.clock = clock
        self.answers = list(answers)
        self.sent: list[tuple[str, str, bytes]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append((request.method, str(request.url), request.read()))
        if not self.answers:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        return self.answers.pop(0)(self.clock)


def _outcome(value: Any) -> Any:
    if isinstance(value, LiteLLMError):
        retry_after = value.retry_after if isinstance(value, RateLimitError) else None
        return ("raised", type(value).__name__, value.code, value.status, value.message, retry_after)
    if isinstance(value, Response):
        return ("response", value.status, value.content)
    return ("returned", value)


def run_sync(make_op: Callable[[], Op[Any]], answers: list[Any], settings: CallSettings, cache: Any) -> tuple[Any, ...]:
    clock = Clock()
    proxy = Proxy(clock, answers)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(deadline, "time", type("FakeTime", (), {"monotonic": staticmethod(clock.monotonic)}))
        patch.setattr(SyncRunner, "_sleep", lambda self, wait: clock.sleep(wait[0]))
        runner = SyncRunner(httpx.Client(transport=httpx.MockTransport(proxy)), cache)
        try:
            result: Any = runner.run(CTX, make_op(), settings)
            if isinstance(result, Response) and result.body is not None:
                result = Response(result.status, result.headers, b"".join(result.body.chunks))
        except LiteLLMError as error:
            result = error
        finally:
            runner.close()
    return _outcome(result), proxy.sent, clock.slept


def run_async(
    make_op: Callable[[], Op[Any]], answers: list[Any], settings: CallSettings, cache: Any
) -> tuple[Any, ...]:
    clock = Clock()
    proxy = Proxy(clock, answers)

    async def main() -> Any:
        runner = AsyncRunner(httpx.AsyncClient(transport=httpx.MockTransport(proxy)), cache)
        try:
            result: Any = await runner.run(CTX, make_op(), settings)
            if isinstance(result, Response) and result.body is not None:
                chunks = [chunk async for chunk in result.body.chunks]
                await result.body.aclose()
                result = Response(result.status, result.headers, b"".join(chunks))
        except LiteLLMError as error:
            result = error
        finally:
            await runner.close()
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(deadline, "time", type("FakeTime", (), {"monotonic": staticmethod(clock.monotonic)}))
        patch.setattr(AsyncRunner, "_sleep", lambda self, wait: clock.asleep(wait[0]))
        result = asyncio.run(main())
    return _outcome(result), proxy.sent, clock.slept


# --- the scenarios ------------------------------------------------------------------------------------------------


def undo_then_fail() -> Op[Any]:
    forget = Request("POST", "/key/delete", json={"keys": [KEY]})
    yield Undo(lambda: call(CTX, forget), "delete the key {key}", KEY)
    return (yield from call(CTX, Request("POST", "/key/generate", json={"key": KEY}, idempotent=False)))


def model_groups(ctx: Context) -> Op[Any]:
    return (yield from call(ctx, Request("GET", "/model_group/info")))


def shared_then_cached() -> Op[Any]:
    groups = yield Shared(model_groups, {})
    yield CacheSet(CTX.cache_key("model_group", "a"), {"id": "a"}, 60.0)
    cached = yield CacheGetMany((CTX.cache_key("model_group", "a"), CTX.cache_key("model_group", "b")))
    return groups, cached


def advisory_fails_then_goes_on() -> Op[Any]:
    def broken() -> Op[Any]:
        yield from call(CTX, Request("GET", "/health/readiness/details"), retry=False)
        raise ValueError("a user's hook broke")

    told = yield Advisory(broken(), "read the proxy's release")
    return told, (yield from call(CTX, GET))


SSE = b'data: {"choices": [{"delta": {"content": "hi"}}]}\n\ndata: [DONE]\n\n'
TIMEOUT = httpx.Timeout(4.0, connect=1.0)

SCENARIOS: dict[str, tuple[Callable[[], Op[Any]], list[Any], CallSettings, Any]] = {
    "retries with doubling backoff": (
        lambda: call(CTX, GET),
        [status(503), status(502), fine({"found": 1})],
        CallSettings(TIMEOUT, 60.0),
        None,
    ),
    "out of retries": (lambda: call(CTX, GET), [status(500)] * 3, CallSettings(TIMEOUT, 60.0), None),
    "a refused connection retried": (
        lambda: call(CTX, GET),
        [fails(httpx.ConnectError("refused")), fine()],
        CallSettings(TIMEOUT, 60.0),
        None,
    ),
    "a backoff past the deadline is refused": (
        lambda: call(CTX, GET),
        [slow(0.9, status(503)), fine()],
        CallSettings(TIMEOUT, 1.0),
        None,
    ),
    "a Retry-After over the budget is raised at once": (
        lambda: send(CTX, Request("POST", "/chat/completions", json={}, idempotent=False), NOTHING_DONE),
        [status(429, **{"retry-after": "3"}), fine()],
        CallSettings(TIMEOUT, 1.0),
        None,
    ),
    "the deadline spent mid-answer": (
        lambda: call(CTX, GET),
        [slow(2.0, fine()), fine()],
        CallSettings(TIMEOUT, 1.0),
        None,
    ),
    "a stream step retried once after a 503": (
        lambda: send(CTX, Request("POST", "/chat/completions", json={"stream": True}), NOTHING_DONE, stream=True),
        [status(503), fine(content=SSE)],
        CallSettings(TIMEOUT, 60.0),
        None,
    ),
    "a stream step that may have been processed is not retried": (
        lambda: send(CTX, Request("POST", "/chat/completions", json={"stream": True}), NOTHING_DONE, stream=True),
        [status(500), fine(content=SSE)],
        CallSettings(TIMEOUT, 60.0),
        None,
    ),
    "a failed call runs its undo step": (undo_then_fail, [status(400), fine()], CallSettings(TIMEOUT, 60.0), None),
    "create-safe: looked up, then sent again with the same value": (
        lambda: keys.generate_key(CTX, {"key": KEY, "user_id": "u"}, key_is_new=True),
        [fails(httpx.ReadError("reset")), status(404), fine({"key": KEY, "user_id": "u"})],
        CallSettings(TIMEOUT, 60.0),
        None,
    ),
    "a shared flight and the cache": (
        shared_then_cached,
        [fine({"data": []})],
        CallSettings(TIMEOUT, 60.0),
        InMemoryCache(),
    ),
    "an advisory step that fails": (
        advisory_fails_then_goes_on,
        [fine(), fine({"after": True})],
        CallSettings(TIMEOUT, 60.0),
        None,
    ),
}


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_the_sync_and_async_runner_send_the_same_requests_and_end_the_same_way(name: str) -> None:
    make_op, answers, settings, cache = SCENARIOS[name]
    cache_sync = type(cache)() if cache is not None else None
    cache_async = type(cache)() if cache is not None else None
    blocking = run_sync(make_op, answers, settings, cache_sync)
    awaiting = run_async(make_op, answers, settings, cache_async)
    assert blocking == awaiting
    assert blocking[1], "every scenario sends something"


def test_the_scenarios_cover_what_they_claim() -> None:
    """Pin a few outcomes, so two runners that are wrong the same way do not pass the parity check."""

    def outcome(name: str) -> tuple[Any, ...]:
        make_op, answers, settings, cache = SCENARIOS[name]
        return run_sync(make_op, answers, settings, type(cache)() if cache is not None else None)

    result, sent, slept = outcome("retries with doubling backoff")
    assert result == ("returned", {"found": 1}) and len(sent) == 3 and slept == [0.25, 0.5]
    result, sent, slept = outcome("a Retry-After over the budget is raised at once")
    assert result[:2] == ("raised", "RateLimitError") and result[-1] == 3 and len(sent) == 1 and slept == []
    result, sent, slept = outcome("the deadline spent mid-answer")
    assert result[:3] == ("raised", "APITimeoutError", "timeout") and len(sent) == 1
    result, sent, slept = outcome("a stream step retried once after a 503")
    assert result == ("response", 200, SSE) and len(sent) == 2
    result, sent, _ = outcome("a failed call runs its undo step")
    assert result[1] == "BadRequestError" and [s[1].rsplit("/", 2)[-2:] for s in sent] == [
        ["key", "generate"],
        ["key", "delete"],
    ]
    result, sent, _ = outcome("create-safe: looked up, then sent again with the same value")
    assert result == ("returned", {"key": KEY, "user_id": "u"})
    assert [s[0] for s in sent] == ["POST", "GET", "POST"] and sent[0][2] == sent[2][2]
    result, sent, _ = outcome("a shared flight and the cache")
    assert result == ("returned", ({"data": []}, [{"id": "a"}, None]))
    result, sent, _ = outcome("an advisory step that fails")
    assert result == ("returned", (None, {"after": True})) and len(sent) == 2
