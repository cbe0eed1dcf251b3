"""The awaiting runner over an ``httpx.MockTransport``: what it sends, bounded bodies and mapped transport
errors, the call's deadline around each request and a stream's headers, streams that close their connection, a
create request whose caller is cancelled still awaited before its compensations run, compensations shielded from a
second cancellation, flights shared between tasks, and the cache guard over sync and async caches."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from litellm_sdk._constants import COMPENSATION_TIMEOUT, LOGGER_NAME
from litellm_sdk._engine import async_runner as A
from litellm_sdk._engine import runner as R
from litellm_sdk._engine.deadline import CallSettings
from litellm_sdk._engine.runner import Call as _Call
from litellm_sdk._engine.steps import (
    Advisory,
    CacheDelete,
    CacheGetMany,
    CacheSet,
    Context,
    Forget,
    Request,
    Response,
    Shared,
    Sleep,
    Stream,
    Undo,
)
from litellm_sdk.errors import APIConnectionError, APITimeoutError, LiteLLMError, ServerError

BASE = "http://litellm.test/base"
MASTER = "master-secret-value-0001"
CTX = Context(base_url=BASE, master_key=MASTER)
GET = Request("GET", "/key/info")
CREATE = Request("POST", "/key/generate", json={"models": []}, idempotent=False)
SETTINGS = CallSettings(httpx.Timeout(4.0, connect=1.0), 60.0)
UNBOUNDED = CallSettings(httpx.Timeout(4.0, connect=1.0), None)


Handler = Callable[[httpx.Request], Any]


class Chunks(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes], fail: BaseException | None = None) -> None:
        self.chunks = chunks
        self.fail = fail
        self.closed = False
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.sent += 1
            yield chunk
        if self.fail is not None:
            raise self.fail

    async def aclose(self) -> None:
        self.closed = True


class Transport:
    def __init__(self, answer: Handler | None = None) -> None:
        self.answer = answer or (lambda r: httpx.Response(200, json={"ok": True}))
        self.requests: list[httpx.Request] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        result = self.answer(request)
        if asyncio.iscoroutine(result):
            result = await result
        assert isinstance(result, httpx.Response)
        return result


def runner(transport: Transport, cache: Any = None, preset: str | None = None) -> A.AsyncRunner:
    return A.AsyncRunner(httpx.AsyncClient(transport=httpx.MockTransport(transport)), cache, preset_token=preset)


def one(request: Request | Stream) -> Any:
    response = yield request
    return response


async def send(r: A.AsyncRunner, call: _Call, request: Request) -> Response:
    """``request`` alone within ``call``: its Response (the core's fetch, its waits performed by ``r``)."""
    return await r._complete(r._fetch(call, request))


async def astreamed(
    r: A.AsyncRunner, ctx: Context, request: Request, settings: CallSettings
) -> AsyncIterator[Response | bytes]:
    """A Stream step run on its own: its head, then its body's chunks; the body closed when left."""
    head = await r.run(ctx, one(Stream(request)), settings)
    yield head
    if head.body is not None:
        try:
            async for chunk in head.body.chunks:
                yield chunk
        finally:
            await head.body.aclose()


def _steps(*steps: Any) -> Any:
    out = []
    for step in steps:
        out.append((yield step))
    return out


# --- sending ------------------------------------------------------------------------------------------------------


async def test_a_request_goes_out_built_like_the_sync_runners_and_its_body_comes_back() -> None:
    t = Transport(lambda r: httpx.Response(201, headers={"x-id": "1"}, content=b'{"a": 1}'))
    r = runner(t, preset=MASTER)
    response = await r.run(CTX, one(Request("GET", "/x", params={"q": "1"}, auth="sk-virtual-5555")), SETTINGS)
    assert (response.status, response.headers["x-id"], response.content) == (201, "1", b'{"a": 1}')
    sent = t.requests[0]
    assert str(sent.url) == "http://litellm.test/base/x?q=1"
    assert sent.headers.get_list("authorization") == ["Bearer sk-virtual-5555"]
    assert sent.extensions["timeout"] == {"connect": 1.0, "read": 4.0, "write": 4.0, "pool": 4.0}


async def test_the_body_is_read_in_chunks_bounded_and_the_response_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    import litellm_sdk._engine.runner as H

    monkeypatch.setattr(H, "MAX_RESPONSE_BYTES", 4)
    fine = Chunks([b"ab", b"cd"])
    assert (
        await runner(Transport(lambda r: httpx.Response(200, stream=fine))).run(CTX, one(GET), SETTINGS)
    ).content == (b"abcd")
    assert fine.closed
    over = Chunks([b"ab", b"cd", b"e", b"f"])
    with pytest.raises(LiteLLMError) as info:
        await runner(Transport(lambda r: httpx.Response(200, stream=over))).run(CTX, one(GET), SETTINGS)
    assert info.value.code == "response_too_large"
    assert over.sent == 3 and over.closed


async def test_a_transport_error_is_mapped_and_thrown_into_the_operation() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    seen: list[BaseException] = []

    def op() -> Any:
        try:
            yield GET
        except LiteLLMError as exc:
            seen.append(exc)
        return "recovered"

    assert await runner(Transport(fail)).run(CTX, op(), SETTINGS) == "recovered"
    assert isinstance(seen[0], APIConnectionError) and seen[0].request_sent is False
    assert seen[0].__suppress_context__


async def test_a_transport_error_mid_body_is_mapped() -> None:
    broken = Chunks([b"part"], fail=httpx.ReadError("reset"))
    with pytest.raises(APIConnectionError, match="reset") as info:
        await runner(Transport(lambda r: httpx.Response(200, stream=broken))).run(CTX, one(GET), SETTINGS)
    assert info.value.request_sent is True and broken.closed


async def test_elapsed_is_measured_from_before_the_send(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    ticks = iter([3.0, 3.5])
    monkeypatch.setattr(R, "time", types.SimpleNamespace(perf_counter=lambda: next(ticks)))
    assert (await runner(Transport()).run(CTX, one(GET), UNBOUNDED)).elapsed == 0.5


async def test_a_slow_answer_is_cut_at_the_deadline() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        return httpx.Response(200)

    with pytest.raises(APITimeoutError) as info:
        await runner(Transport(slow)).run(CTX, one(GET), CallSettings(httpx.Timeout(4.0), 0.05))
    assert info.value.request_sent is True
    assert info.value.message == "GET /key/info: the call's deadline of 0.05s is spent"
    assert info.value.__suppress_context__


async def test_without_a_deadline_a_request_is_not_cut() -> None:
    async def later(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)
        return httpx.Response(204)

    t = Transport(later)
    assert (await runner(t).run(CTX, one(GET), UNBOUNDED)).status == 204
    assert t.requests[0].extensions["timeout"] == {"connect": 1.0, "read": 4.0, "write": 4.0, "pool": 4.0}


async def test_a_spent_deadline_refuses_to_send() -> None:
    t = Transport()
    r = runner(t)
    call = _Call(CTX, CallSettings(httpx.Timeout(4.0), 1.0))
    assert call.budget.ends_at is not None
    call.budget.ends_at -= 2.0  # the deadline passed a second ago
    with pytest.raises(APITimeoutError) as info:
        await send(r, call, GET)
    assert info.value.request_sent is False and t.requests == []


async def test_an_unknown_step_is_a_type_error() -> None:
    def op() -> Any:
        yield 42

    with pytest.raises(TypeError, match="unknown step 42"):
        await runner(Transport()).run(CTX, op(), SETTINGS)


async def test_sleep_awaits_unless_it_would_pass_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    real_sleep = asyncio.sleep

    async def fake_sleep(seconds: float) -> None:
        slept.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(A.asyncio, "sleep", fake_sleep)
    error = ServerError("down", status=503)

    def op(seconds: float) -> Any:
        yield Sleep(seconds, error)
        return "slept"

    r = runner(Transport())
    settings = CallSettings(httpx.Timeout(1.0), 50.0)
    assert await r.run(CTX, op(2.0), settings) == "slept"
    with pytest.raises(ServerError) as info:
        await r.run(CTX, op(51.0), settings)
    assert info.value is error
    assert slept == [2.0]


async def test_an_operation_is_closed_when_the_run_is_cancelled() -> None:
    closed: list[bool] = []
    started = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        started.set()
        await asyncio.sleep(30)
        return httpx.Response(200)

    def op() -> Any:
        try:
            yield GET
        finally:
            closed.append(True)

    task = asyncio.ensure_future(runner(Transport(hang)).run(CTX, op(), UNBOUNDED))
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert closed == [True]


async def test_a_preset_client_sends_its_own_headers_for_its_token_unchanged() -> None:
    t = Transport(lambda r: httpx.Response(200, stream=Chunks([b"{}"])))
    headers = {"Authorization": f"Bearer {MASTER}", "User-Agent": "preset-client/1"}
    r = A.AsyncRunner(httpx.AsyncClient(transport=httpx.MockTransport(t), headers=headers), None, preset_token=MASTER)
    await r.run(CTX, one(GET), SETTINGS)
    await r.run(CTX, one(GET), UNBOUNDED)
    async for _ in astreamed(r, CTX, GET, SETTINGS):
        pass
    assert [sent.headers["user-agent"] for sent in t.requests] == ["preset-client/1"] * 3
    assert all(sent.headers.get_list("authorization") == [f"Bearer {MASTER}"] for sent in t.requests)


async def test_an_owning_async_runner_makes_its_client_with_the_token_timeout_pool_and_keeps_the_cache() -> None:
    from litellm_sdk._constants import ASYNC_POOL_LIMITS
    from litellm_sdk.cache import InMemoryCache

    cache = InMemoryCache()
    timeout = httpx.Timeout(7.0, connect=2.0)
    r = A.AsyncRunner.owning(MASTER, timeout, cache)
    try:
        assert r.preset_token == MASTER
        assert r.client.headers["authorization"] == f"Bearer {MASTER}"
        assert r.client.timeout == timeout
        assert r.cache.cache is cache
        pool = r.client._transport._pool  # type: ignore[attr-defined]
        assert pool._max_connections == ASYNC_POOL_LIMITS.max_connections
    finally:
        await r.close()


async def test_requests_and_streams_are_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    r = runner(Transport(lambda r: httpx.Response(200, content=b"abcd")))
    await r.run(CTX, one(Request("GET", "/x", auth="sk-virtual-6666")), SETTINGS)
    async for _ in astreamed(r, CTX, GET, SETTINGS):
        pass
    messages = [rec.getMessage() for rec in caplog.records if rec.name == LOGGER_NAME]
    assert messages[0] == "request GET /x params={} json=None auth=virtual-key"
    assert messages[1].startswith("response GET /x -> 200 (4 bytes, ")
    assert messages[2] == "request GET /key/info params={} json=None auth=master-key"
    assert messages[3].startswith("response GET /key/info -> 200 (0 bytes, ")


async def test_a_failed_advisory_step_is_logged_with_its_error_and_the_call_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)

    def advice() -> Any:
        raise ValueError("no release")
        yield GET  # pragma: no cover - makes this a generator

    def op() -> Any:
        got = yield Advisory(advice(), "read the LiteLLM release")
        return ("done", got)

    assert await runner(Transport()).run(CTX, op(), SETTINGS) == ("done", None)
    logged = [(rec.levelno, rec.getMessage()) for rec in caplog.records if rec.name == LOGGER_NAME]
    assert logged == [
        (logging.DEBUG, "could not read the LiteLLM release (ValueError: no release); going on without it")
    ]


# --- compensations ------------------------------------------------------------------------------------------------


def _undo(path: str, log: list[str]) -> Callable[[], Any]:
    def action() -> Any:
        log.append(path)
        response = yield Request("DELETE", path)
        if response.status >= 400:
            raise ServerError("undo failed", status=response.status)

    return action


async def test_a_failing_call_runs_its_compensations_last_first(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    t = Transport(lambda r: httpx.Response(500 if r.url.path.endswith("/bad") else 200))
    ran: list[str] = []

    def op() -> Any:
        yield Undo(_undo("/first", ran), "delete the first")
        yield Undo(_undo("/bad", ran), "delete the bad")
        handle = yield Undo(_undo("/forgotten", ran), "never")
        yield Forget(handle)
        raise ValueError("the call failed")

    with pytest.raises(ValueError, match="the call failed"):
        await runner(t).run(CTX, op(), CallSettings(httpx.Timeout(30.0, connect=2.0), 100.0))
    assert ran == ["/bad", "/first"]
    expected = {"connect": 2.0, "read": COMPENSATION_TIMEOUT, "write": COMPENSATION_TIMEOUT, "pool": 5.0}
    assert [r.extensions["timeout"] for r in t.requests] == [expected, expected]
    warnings = [rec.getMessage() for rec in caplog.records if rec.levelno == logging.WARNING]
    assert warnings == [
        "could not delete the bad after the call failed: ServerError: [server_error] (HTTP 500) undo failed"
    ]
    assert not A._BACKGROUND


async def test_a_call_that_succeeds_runs_no_compensation() -> None:
    ran: list[str] = []

    def op() -> Any:
        yield Undo(_undo("/x", ran), "x")
        return "fine"

    assert await runner(Transport()).run(CTX, op(), SETTINGS) == "fine"
    assert ran == []


async def test_a_cancelled_create_is_awaited_before_its_compensation_runs() -> None:
    events: list[str] = []
    arrived = asyncio.Event()
    release = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            events.append("create sent")
            arrived.set()
            await release.wait()
            events.append("create answered")
            return httpx.Response(200, json={"key": "sk-new-key-0000"})
        events.append("delete sent")
        return httpx.Response(200)

    def op() -> Any:
        yield Undo(_undo("/key/delete", []), "delete the key")
        yield CREATE
        return "made"

    task = asyncio.ensure_future(runner(Transport(answer)).run(CTX, op(), SETTINGS))
    await arrived.wait()
    task.cancel()
    for _ in range(5):
        await asyncio.sleep(0)
    assert events == ["create sent"]  # the compensation waits for the create's answer
    release.set()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert events == ["create sent", "create answered", "delete sent"]
    assert not A._BACKGROUND


async def test_a_cancelled_create_that_never_answers_is_given_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(A, "COMPENSATION_DEADLINE", 0.05)
    cancelled: list[bool] = []
    arrived = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        arrived.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise
        return httpx.Response(200)

    r = runner(Transport(hang))
    task = asyncio.ensure_future(send(r, _Call(CTX, UNBOUNDED), CREATE))
    await arrived.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    for _ in range(5):
        await asyncio.sleep(0)
    assert cancelled == [True]  # cancelled after COMPENSATION_DEADLINE, not left running
    assert not A._BACKGROUND


async def test_an_idempotent_request_is_not_shielded_from_cancellation() -> None:
    cancelled: list[bool] = []
    arrived = asyncio.Event()

    async def hang(request: httpx.Request) -> httpx.Response:
        arrived.set()
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.append(True)
            raise
        return httpx.Response(200)

    task = asyncio.ensure_future(send(runner(Transport(hang)), _Call(CTX, UNBOUNDED), GET))
    await arrived.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert cancelled == [True]


async def test_a_create_left_by_its_cancelled_caller_leaves_nothing_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whether the create fails after its caller was cancelled or is given up: no task kept, nothing reported to the
    event loop (an exception never retrieved, an error in a done callback)."""
    monkeypatch.setattr(A, "COMPENSATION_DEADLINE", 0.05)
    arrived = asyncio.Event()

    async def fails_late(request: httpx.Request) -> httpx.Response:
        arrived.set()
        await asyncio.sleep(0.01)
        raise httpx.ReadError("connection lost")

    async def hangs(request: httpx.Request) -> httpx.Response:
        arrived.set()
        await asyncio.sleep(30)
        return httpx.Response(200)

    loop = asyncio.get_running_loop()
    reported: list[dict[str, Any]] = []
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: reported.append(context))
    try:
        for answer in (fails_late, hangs):
            arrived.clear()
            task = asyncio.ensure_future(send(runner(Transport(answer)), _Call(CTX, UNBOUNDED), CREATE))
            await arrived.wait()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            for _ in range(5):
                await asyncio.sleep(0)
            assert not A._BACKGROUND
        del task
        gc.collect()
        await asyncio.sleep(0)
        assert reported == []
    finally:
        loop.set_exception_handler(previous)


async def test_compensations_finish_when_the_caller_is_cancelled_again(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    in_undo = asyncio.Event()
    release = asyncio.Event()
    done: list[str] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            in_undo.set()
            await release.wait()
            done.append("deleted")
            return httpx.Response(200)
        raise httpx.ReadError("lost")

    def op() -> Any:
        yield Undo(_undo("/key/delete", []), "delete the key")
        yield GET

    task = asyncio.ensure_future(runner(Transport(answer)).run(CTX, op(), SETTINGS))
    await in_undo.wait()
    task.cancel()  # cancelled again, while compensating
    with pytest.raises(APIConnectionError):
        await task  # the call's own error, not the cancellation
    assert done == []
    assert len(A._BACKGROUND) == 1
    release.set()
    for _ in range(20):
        if done:
            break
        await asyncio.sleep(0)
    assert done == ["deleted"]
    await asyncio.sleep(0)
    assert not A._BACKGROUND
    assert "cancelled again while compensating; the compensation finishes in the background" in [
        rec.getMessage() for rec in caplog.records if rec.levelno == logging.INFO
    ]


async def test_a_create_cancelled_twice_still_ends_in_cancellation() -> None:
    """Cancelled while waiting for a create's answer, then again: the caller gets its CancelledError; the create
    finishes in the background."""
    arrived = asyncio.Event()
    release = asyncio.Event()
    answered: list[bool] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        arrived.set()
        await release.wait()
        answered.append(True)
        return httpx.Response(200)

    task = asyncio.ensure_future(send(runner(Transport(answer)), _Call(CTX, UNBOUNDED), CREATE))
    await arrived.wait()
    task.cancel()
    for _ in range(3):
        await asyncio.sleep(0)
    assert not task.done()  # waiting for the create's answer
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert len(A._BACKGROUND) == 1
    release.set()
    for _ in range(20):
        if not A._BACKGROUND:
            break
        await asyncio.sleep(0)
    assert answered == [True] and not A._BACKGROUND


# --- streams ------------------------------------------------------------------------------------------------------


async def test_a_stream_yields_the_response_then_its_chunks_and_closes() -> None:
    body = Chunks([b"one", b"two"])
    t = Transport(lambda r: httpx.Response(200, headers={"x-id": "9"}, stream=body))
    gen = astreamed(runner(t), CTX, Request("GET", "/s", params={"a": "b"}), SETTINGS)
    head = await gen.__anext__()
    assert isinstance(head, Response) and head.status == 200 and head.headers["x-id"] == "9"
    assert head.content == b"" and body.sent == 0
    assert [c async for c in gen] == [b"one", b"two"]
    assert body.closed
    assert str(t.requests[0].url) == "http://litellm.test/base/s?a=b"


async def test_an_error_stream_carries_its_bounded_body_and_nothing_after() -> None:
    body = Chunks([b'{"error":', b' "no"}'])
    gen = astreamed(runner(Transport(lambda r: httpx.Response(400, stream=body))), CTX, GET, SETTINGS)
    head = await gen.__anext__()
    assert isinstance(head, Response) and head.status == 400 and head.content == b'{"error": "no"}'
    assert [c async for c in gen] == []
    assert body.closed


async def test_a_stream_closed_early_closes_the_connection() -> None:
    body = Chunks([b"a", b"b", b"c"])
    gen = astreamed(runner(Transport(lambda r: httpx.Response(200, stream=body))), CTX, GET, SETTINGS)
    await gen.__anext__()
    assert await gen.__anext__() == b"a"
    await gen.aclose()
    assert body.closed and body.sent == 1


async def test_stream_transport_errors_are_mapped() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.PoolTimeout("pool full", request=request)

    with pytest.raises(APITimeoutError) as info:
        await astreamed(runner(Transport(fail)), CTX, GET, SETTINGS).__anext__()
    assert info.value.request_sent is False
    for status in (200, 503):
        broken = Chunks([b"x"], fail=httpx.RemoteProtocolError("peer closed"))
        gen = astreamed(
            runner(Transport(lambda r, s=status, b=broken: httpx.Response(s, stream=b))), CTX, GET, SETTINGS
        )
        with pytest.raises(APIConnectionError, match="peer closed"):
            async for _ in gen:
                pass
        assert broken.closed


async def test_a_streams_headers_are_awaited_within_the_deadline() -> None:
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(30)
        return httpx.Response(200)

    gen = astreamed(runner(Transport(slow)), CTX, GET, CallSettings(httpx.Timeout(4.0), 0.05))
    with pytest.raises(APITimeoutError) as info:
        await gen.__anext__()
    assert info.value.request_sent is True
    assert info.value.message == "GET /key/info: the call's deadline of 0.05s is spent"


async def test_a_stream_without_a_deadline_waits_for_its_headers() -> None:
    async def later(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.01)
        return httpx.Response(200, stream=Chunks([b"z"]))

    t = Transport(later)
    gen = astreamed(runner(t), CTX, GET, UNBOUNDED)
    assert isinstance(await gen.__anext__(), Response)
    assert [c async for c in gen] == [b"z"]
    assert t.requests[0].extensions["timeout"] == {"connect": 1.0, "read": 4.0, "write": 4.0, "pool": 4.0}


async def test_close_closes_the_client() -> None:
    r = runner(Transport())
    await r.close()
    assert r.client.is_closed


async def test_a_stream_with_its_deadline_spent_is_not_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    from litellm_sdk._engine import deadline as D

    class Ticking:
        now = 0.0

        def monotonic(self) -> float:
            self.now += 2.0
            return self.now

    monkeypatch.setattr(D, "time", type("T", (), {"monotonic": Ticking().monotonic}))
    t = Transport()
    with pytest.raises(APITimeoutError) as info:
        await astreamed(runner(t), CTX, GET, CallSettings(httpx.Timeout(4.0), 1.0)).__anext__()
    assert info.value.request_sent is False
    assert info.value.message == "GET /key/info: the call's deadline of 1s is spent"
    assert t.requests == []


async def test_an_error_streams_body_is_bounded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    import litellm_sdk._engine.runner as H

    monkeypatch.setattr(H, "MAX_RESPONSE_BYTES", 3)
    body = Chunks([b"12", b"34"])
    with pytest.raises(LiteLLMError) as info:
        await astreamed(runner(Transport(lambda r: httpx.Response(502, stream=body))), CTX, GET, SETTINGS).__anext__()
    assert info.value.message == "GET /key/info returned more than 3 bytes; refused"
    assert body.closed


async def test_a_streams_head_has_the_time_to_its_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    ticks = iter([7.0, 7.125])
    monkeypatch.setattr(R, "time", types.SimpleNamespace(perf_counter=lambda: next(ticks)))
    gen = astreamed(runner(Transport()), CTX, GET, SETTINGS)
    head = await gen.__anext__()
    await gen.aclose()
    assert isinstance(head, Response) and head.elapsed == 0.125


# --- flights ------------------------------------------------------------------------------------------------------


def _flight_fn(ctx: Context, name: str) -> Any:
    response = yield Request("GET", f"/f/{name}")
    if response.status >= 500:
        raise ServerError("flight failed", status=response.status)
    return (name, response.status, ctx.base_url)


def _flight() -> Any:
    return (yield Shared(_flight_fn, {"name": "n"}))


async def test_concurrent_callers_share_one_flight_which_is_forgotten_after() -> None:
    release = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return httpx.Response(200)

    t = Transport(answer)
    r = runner(t)
    tasks = [asyncio.ensure_future(r.run(CTX, _flight(), SETTINGS)) for _ in range(3)]
    for _ in range(5):
        await asyncio.sleep(0)
    release.set()
    assert await asyncio.gather(*tasks) == [("n", 200, BASE)] * 3
    assert len(t.requests) == 1
    assert r._flights == {}
    assert await r.run(CTX, _flight(), SETTINGS) == ("n", 200, BASE)
    assert len(t.requests) == 2


async def test_followers_of_a_failed_flight_run_it_themselves() -> None:
    release = asyncio.Event()
    statuses = iter([500, 201])

    async def answer(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return httpx.Response(next(statuses))

    t = Transport(answer)
    r = runner(t)
    leader = asyncio.ensure_future(r.run(CTX, _flight(), SETTINGS))
    await asyncio.sleep(0)
    follower = asyncio.ensure_future(r.run(CTX, _flight(), SETTINGS))
    for _ in range(5):
        await asyncio.sleep(0)
    release.set()
    with pytest.raises(ServerError):
        await leader
    assert await follower == ("n", 201, BASE)
    assert len(t.requests) == 2
    assert r._flights == {}


async def test_a_cancelled_leader_lets_its_follower_run_the_flight() -> None:
    first = asyncio.Event()
    calls: list[int] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            first.set()
            await asyncio.sleep(30)
        return httpx.Response(202)

    r = runner(Transport(answer))
    leader = asyncio.ensure_future(r.run(CTX, _flight(), SETTINGS))
    await first.wait()
    follower = asyncio.ensure_future(r.run(CTX, _flight(), SETTINGS))
    await asyncio.sleep(0)
    leader.cancel()
    with pytest.raises(asyncio.CancelledError):
        await leader
    assert await follower == ("n", 202, BASE)
    assert r._flights == {}


async def test_a_follower_stops_waiting_at_its_bound() -> None:
    first = asyncio.Event()
    release = asyncio.Event()
    calls: list[int] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            first.set()
            await release.wait()
            return httpx.Response(201)
        return httpx.Response(202)

    r = runner(Transport(answer))
    leader = asyncio.ensure_future(r.run(CTX, _flight(), SETTINGS))
    await first.wait()
    # waits one attempt (0.05 s) at most, then fetches itself
    assert await r.run(CTX, _flight(), CallSettings(httpx.Timeout(0.05), None)) == ("n", 202, BASE)
    release.set()
    assert await leader == ("n", 201, BASE)


async def test_a_follower_without_any_bound_waits_for_the_leader() -> None:
    release = asyncio.Event()

    async def answer(request: httpx.Request) -> httpx.Response:
        await release.wait()
        return httpx.Response(200)

    t = Transport(answer)
    r = runner(t)
    unbounded = CallSettings(httpx.Timeout(None), None)
    leader = asyncio.ensure_future(r.run(CTX, _flight(), unbounded))
    await asyncio.sleep(0)
    follower = asyncio.ensure_future(r.run(CTX, _flight(), unbounded))
    for _ in range(5):
        await asyncio.sleep(0)
    release.set()
    assert await asyncio.gather(leader, follower) == [("n", 200, BASE), ("n", 200, BASE)]
    assert len(t.requests) == 1


# --- cache --------------------------------------------------------------------------------------------------------


class SyncCache:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.calls: list[tuple[Any, ...]] = []

    def get(self, key: str) -> Any:
        self.calls.append(("get", key))
        return self.data.get(key)

    def set(self, key: str, value: Any, ttl: float | None) -> None:
        self.calls.append(("set", key, value, ttl))
        self.data[key] = value

    def delete(self, key: str) -> None:
        self.calls.append(("delete", key))
        self.data.pop(key, None)


class AsyncCache:
    def __init__(self) -> None:
        self.data: dict[str, Any] = {}
        self.calls: list[tuple[Any, ...]] = []
        self.broken = False

    async def get(self, key: str) -> Any:
        self.calls.append(("get", key))
        if self.broken:
            raise ConnectionError("redis down")
        return self.data.get(key)

    async def set(self, key: str, value: Any, ttl: float | None) -> None:
        self.calls.append(("set", key, value, ttl))
        self.data[key] = value

    async def delete(self, key: str) -> None:
        self.calls.append(("delete", key))
        self.data.pop(key, None)

    def __repr__(self) -> str:
        return "<AsyncCache>"


STEPS = (
    CacheSet("k", [1], 9.0),
    CacheGetMany(("k",)),
    CacheGetMany(("k", "nope")),
    CacheDelete("k"),
    CacheGetMany(("k",)),
)


CALLS = [("set", "k", [1], 9.0), ("get", "k"), ("get", "k"), ("get", "nope"), ("delete", "k"), ("get", "k")]


@pytest.mark.parametrize("make", [SyncCache, AsyncCache])
async def test_cache_steps_call_a_sync_or_async_cache(make: Callable[[], Any]) -> None:
    cache = make()
    assert await runner(Transport(), cache).run(CTX, _steps(*STEPS), SETTINGS) == [
        None,
        [[1]],
        [[1], None],
        None,
        [None],
    ]
    assert cache.calls == CALLS


async def test_an_async_cache_with_get_many_is_awaited_once() -> None:
    class Many(AsyncCache):
        async def get_many(self, keys: tuple[str, ...]) -> list[Any]:
            self.calls.append(("get_many", keys))
            return [None, "b"]

    cache = Many()
    assert await runner(Transport(), cache).run(CTX, _steps(CacheGetMany(("a", "b"))), SETTINGS) == [[None, "b"]]
    assert cache.calls == [("get_many", ("a", "b"))]


async def test_no_cache_answers_none() -> None:
    got = await runner(Transport(), None).run(CTX, _steps(CacheGetMany(("k",)), CacheSet("k", 1, None)), SETTINGS)
    assert got == [None, None]


async def test_a_failing_async_cache_is_a_miss_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    cache = AsyncCache()
    cache.data["a"] = "value"
    cache.broken = True
    r = runner(Transport(), cache)
    assert await r.run(CTX, _steps(CacheGetMany(("a",)), CacheGetMany(("a",))), SETTINGS) == [None, None]
    cache.broken = False
    assert await r.run(CTX, _steps(CacheGetMany(("a",))), SETTINGS) == [["value"]]
    logged = [(rec.levelno, rec.getMessage()) for rec in caplog.records if rec.name == LOGGER_NAME]
    assert logged == [
        (logging.WARNING, "cache <AsyncCache> failed (ConnectionError: redis down); continuing without it"),
        (logging.DEBUG, "cache still failing: ConnectionError"),
        (logging.INFO, "cache <AsyncCache> is working again"),
    ]


async def test_an_async_cache_is_told_by_its_get_and_awaited() -> None:
    class Async:
        async def get(self, key: str) -> Any:
            return f"awaited {key}"

    class Sync:
        def get(self, key: str) -> Any:
            return f"read {key}"

    answers = []
    for cache in (Async(), Sync(), None, object()):  # no cache, or one without get: a miss
        answers.append(await runner(Transport(), cache).run(CTX, _steps(CacheGetMany(("a",))), SETTINGS))
    assert answers == [[["awaited a"]], [["read a"]], [None], [None]]
