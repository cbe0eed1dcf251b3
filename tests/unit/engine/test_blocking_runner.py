"""The blocking runner over an ``httpx.MockTransport``, and what both runners share: the request as sent (URL,
params, JSON, multipart, the one right Authorization, the clipped timeouts), the bounded body (larger than
MAX_RESPONSE_BYTES is refused, also before reading when declared), transport errors as LiteLLMErrors (which ones say
the request was sent), streams that close their connection, the call's deadline mid-body, retries' sleeps refused past
the deadline, compensations last first within their own short settings, flights shared between threads, and the
cache guard (a failing cache is a miss, logged once)."""

from __future__ import annotations

import logging
import threading
import types
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from litellm_sdk._constants import COMPENSATION_DEADLINE, COMPENSATION_TIMEOUT, LOGGER_NAME
from litellm_sdk._engine import deadline as D
from litellm_sdk._engine import runner as R
from litellm_sdk._engine.deadline import CallSettings
from litellm_sdk._engine.http import SyncRunner
from litellm_sdk._engine.runner import Call as _Call
from litellm_sdk._engine.runner import _headers, _plain
from litellm_sdk._engine.steps import (
    USER_AGENT,
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
    request_headers,
)
from litellm_sdk.cache import InMemoryCache
from litellm_sdk.errors import APIConnectionError, APITimeoutError, InvalidResponseError, LiteLLMError, ServerError

BASE = "http://litellm.test/base"
MASTER = "master-secret-value-0001"  # not key-shaped: only ctx.secrets can scrub it
CTX = Context(base_url=BASE, master_key=MASTER)
GET = Request("GET", "/key/info")
SETTINGS = CallSettings(httpx.Timeout(4.0, connect=1.0), 60.0)


class Clock:
    def __init__(self, now: float = 500.0) -> None:
        self.now = now

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    c = Clock()
    monkeypatch.setattr(D, "time", types.SimpleNamespace(monotonic=c.monotonic))
    return c


class Transport:
    """Records each request and answers with ``answer(request)``; counts responses closed."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.answer = answer or (lambda r: httpx.Response(200, json={"ok": True}))
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.answer(request)


class Closing(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes], on_chunk: Callable[[], None] | None = None) -> None:
        self.chunks = chunks
        self.on_chunk = on_chunk
        self.closed = False
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            if self.on_chunk is not None:
                self.on_chunk()
            self.sent += 1
            yield chunk

    def close(self) -> None:
        self.closed = True


def runner(transport: Transport, cache: Any = None, preset: str | None = None) -> SyncRunner:
    return SyncRunner(httpx.Client(transport=httpx.MockTransport(transport)), cache, preset_token=preset)


def one(request: Request | Stream) -> Any:
    response = yield request
    return response


def send(r: SyncRunner, call: _Call, request: Request) -> Response:
    """``request`` alone within ``call``: its Response (the core's fetch, its waits performed by ``r``)."""
    return r._complete(r._fetch(call, request))


def streamed(r: SyncRunner, ctx: Context, request: Request, settings: CallSettings) -> Iterator[Response | bytes]:
    """A Stream step run on its own: its head, then its body's chunks; the body closed when left."""
    head = r.run(ctx, one(Stream(request)), settings)
    yield head
    if head.body is not None:
        try:
            yield from head.body.chunks
        finally:
            head.body.close()


# --- headers and the request as built -----------------------------------------------------------------------------


def test_a_users_client_gets_the_master_headers_or_the_requests_own() -> None:
    assert _headers(CTX, GET, None) is CTX.master_headers
    own = _headers(CTX, Request("GET", "/x", auth="sk-virtual-1111"), None)
    assert own == request_headers("sk-virtual-1111")


def test_an_sdk_made_client_adds_only_a_different_authorization() -> None:
    assert _headers(CTX, GET, MASTER) is None  # the preset token is the master key: nothing to add
    assert _headers(CTX, Request("GET", "/x", auth=MASTER), MASTER) is None
    assert _headers(CTX, Request("GET", "/x", auth="sk-virtual-1111"), MASTER) == {
        "Authorization": "Bearer sk-virtual-1111"
    }
    assert _headers(CTX, GET, "sk-other-preset") == {"Authorization": f"Bearer {MASTER}"}


def test_the_request_goes_out_with_its_url_params_json_headers_and_timeouts() -> None:
    t = Transport()
    request = Request("POST", "/key/generate", params={"a": "1", "b": "x y"}, json={"models": ["m"]}, auth=None)
    response = send(runner(t), _Call(CTX, SETTINGS), request)
    assert response.status == 200 and response.content == b'{"ok":true}'
    sent = t.requests[0]
    assert sent.method == "POST"
    assert str(sent.url) == "http://litellm.test/base/key/generate?a=1&b=x+y"
    assert sent.content == b'{"models":["m"]}'
    assert sent.headers.get_list("authorization") == [f"Bearer {MASTER}"]
    assert sent.headers["accept"] == "application/json" and sent.headers["user-agent"] == USER_AGENT
    assert sent.extensions["timeout"] == {"connect": 1.0, "read": 4.0, "write": 4.0, "pool": 4.0}


def test_a_request_without_params_or_body_sends_none() -> None:
    t = Transport()
    send(runner(t), _Call(CTX, SETTINGS), Request("GET", "/health", params={}))
    sent = t.requests[0]
    assert str(sent.url) == "http://litellm.test/base/health"
    assert sent.content == b""
    assert "content-type" not in sent.headers


def test_a_multipart_upload_sends_its_files_and_form_fields() -> None:
    t = Transport()
    request = Request("POST", "/audio", files={"file": ("a.wav", b"RIFF", "audio/wav")}, form={"model": "whisper-1"})
    send(runner(t), _Call(CTX, SETTINGS), request)
    sent = t.requests[0]
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = sent.read()
    assert b'name="file"; filename="a.wav"' in body and b"RIFF" in body
    assert b'name="model"' in body and b"whisper-1" in body


def test_the_preset_client_sends_its_own_authorization_once() -> None:
    t = Transport()
    http = httpx.Client(transport=httpx.MockTransport(t), **R.own_client(MASTER, httpx.Timeout(3.0), verify=False))
    r = SyncRunner(http, None, preset_token=MASTER)
    send(r, _Call(CTX, SETTINGS), GET)
    send(r, _Call(CTX, SETTINGS), Request("GET", "/x", auth="sk-virtual-2222"))
    assert t.requests[0].headers.get_list("authorization") == [f"Bearer {MASTER}"]
    assert t.requests[1].headers.get_list("authorization") == ["Bearer sk-virtual-2222"]
    assert t.requests[1].headers["user-agent"] == USER_AGENT


def test_own_client_options_are_the_timeout_the_tokens_headers_and_the_rest() -> None:
    t = httpx.Timeout(3.0)
    options = R.own_client("sk-token-3333", t, verify=False)
    assert options == {"timeout": t, "headers": request_headers("sk-token-3333"), "verify": False}


def test_a_preset_client_sends_its_own_headers_for_its_token_unchanged() -> None:
    """The runner adds nothing to a request made with the preset token: the client's defaults go out as they are
    (here a User-Agent the runner would otherwise replace)."""
    t = Transport(lambda r: httpx.Response(200, stream=Closing([b"{}"])))
    headers = {"Authorization": f"Bearer {MASTER}", "User-Agent": "preset-client/1"}
    http = httpx.Client(transport=httpx.MockTransport(t), headers=headers)
    r = SyncRunner(http, None, preset_token=MASTER)
    send(r, _Call(CTX, SETTINGS), GET)
    list(streamed(r, CTX, GET, SETTINGS))
    assert [sent.headers["user-agent"] for sent in t.requests] == ["preset-client/1", "preset-client/1"]
    assert all(sent.headers.get_list("authorization") == [f"Bearer {MASTER}"] for sent in t.requests)


def test_an_owning_runner_makes_its_client_with_the_token_and_timeout_and_keeps_the_cache() -> None:
    cache = InMemoryCache()
    timeout = httpx.Timeout(7.0, connect=2.0)
    r = SyncRunner.owning(MASTER, timeout, cache)
    try:
        assert r.preset_token == MASTER  # requests with the master key add no headers of their own
        assert r.client.headers["authorization"] == f"Bearer {MASTER}"
        assert r.client.timeout == timeout
        assert r.cache.cache is cache
    finally:
        r.close()


# --- bodies -------------------------------------------------------------------------------------------------------


def test_plain_is_an_unread_body_without_a_content_encoding() -> None:
    def resp(**headers: str) -> httpx.Response:
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b"x"))

    assert _plain(resp())
    assert _plain(resp(**{"content-encoding": "identity"}))
    assert _plain(resp(**{"content-encoding": " Identity "}))
    assert not _plain(resp(**{"content-encoding": "gzip"}))
    read = resp()
    read.read()
    assert not _plain(read)


def test_a_gzip_body_is_decoded() -> None:
    import gzip

    packed = gzip.compress(b'{"a": 1}')
    t = Transport(lambda r: httpx.Response(200, headers={"content-encoding": "gzip"}, content=packed))
    assert send(runner(t), _Call(CTX, SETTINGS), GET).content == b'{"a": 1}'


def test_a_body_an_event_hook_already_read_is_still_the_answer() -> None:
    t = Transport(lambda r: httpx.Response(200, content=b"already"))
    http = httpx.Client(transport=httpx.MockTransport(t), event_hooks={"response": [lambda r: r.read()]})
    assert send(SyncRunner(http, None), _Call(CTX, SETTINGS), GET).content == b"already"


def test_the_body_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(R, "MAX_RESPONSE_BYTES", 10)
    stream = Closing([b"12345", b"67890"])  # exactly the bound: fine
    t = Transport(lambda r: httpx.Response(200, stream=stream))
    assert send(runner(t), _Call(CTX, SETTINGS), GET).content == b"1234567890"
    assert stream.closed
    over = Closing([b"12345", b"67890", b"1", b"never read"])
    t = Transport(lambda r: httpx.Response(200, stream=over))
    with pytest.raises(LiteLLMError) as info:
        send(runner(t), _Call(CTX, SETTINGS), GET)
    assert info.value.code == "response_too_large" and info.value.retryable is False
    assert info.value.message == "GET /key/info returned more than 10 bytes; refused"
    assert over.sent == 3 and over.closed  # refused at the chunk that passed the bound, and closed


def test_a_declared_length_over_the_bound_is_refused_before_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(R, "MAX_RESPONSE_BYTES", 10)
    stream = Closing([b"x"])
    t = Transport(lambda r: httpx.Response(200, headers={"content-length": "11"}, stream=stream))
    with pytest.raises(LiteLLMError) as info:
        send(runner(t), _Call(CTX, SETTINGS), GET)
    assert info.value.code == "response_too_large"
    assert stream.sent == 0 and stream.closed
    for declared in ("10", "", "abc", "-99"):  # at the bound, or not a length: read (and counted) as it comes
        ok = Closing([b"x"])
        t = Transport(lambda r, d=declared, s=ok: httpx.Response(200, headers={"content-length": d}, stream=s))
        assert send(runner(t), _Call(CTX, SETTINGS), GET).content == b"x", declared


def test_a_body_is_its_chunks_joined() -> None:
    for chunks, content in (([], b""), ([b"ab"], b"ab"), ([b"ab", b"", b"cd"], b"abcd")):
        t = Transport(lambda r, c=chunks: httpx.Response(200, stream=Closing(c)))
        assert send(runner(t), _Call(CTX, SETTINGS), GET).content == content


def failed_send(exc: httpx.RequestError, request: Request = GET) -> LiteLLMError:
    """The error ``send`` raises when the transport raises ``exc``."""

    def fail(r: httpx.Request) -> httpx.Response:
        raise exc

    with pytest.raises(LiteLLMError) as info:
        send(runner(Transport(fail)), _Call(CTX, SETTINGS), request)
    return info.value


@pytest.mark.parametrize(
    ("exc", "cls", "sent"),
    [
        (httpx.ConnectError("refused"), APIConnectionError, False),
        (httpx.ConnectTimeout("slow connect"), APITimeoutError, False),
        (httpx.PoolTimeout("pool"), APITimeoutError, False),
        (httpx.ReadTimeout("slow read"), APITimeoutError, True),
        (httpx.WriteTimeout("slow write"), APITimeoutError, True),
        (httpx.ReadError("reset"), APIConnectionError, True),
        (httpx.RemoteProtocolError("bad frame"), APIConnectionError, True),
    ],
)
def test_transport_errors_say_whether_the_request_went_out(exc: httpx.TransportError, cls: type, sent: bool) -> None:
    error = failed_send(exc)
    assert type(error) is cls
    assert error.request_sent is sent  # type: ignore[attr-defined]
    assert error.retryable is True


def test_transport_error_messages_name_the_request_and_hide_secrets() -> None:
    auth = Request("GET", "/x", auth="virtual-secret-0002")
    e = failed_send(httpx.ReadTimeout(f"timed out with {MASTER}"))
    assert e.message == "GET /key/info at http://litellm.test/base timed out (ReadTimeout: timed out with ...0001)"
    e = failed_send(httpx.ConnectError("with virtual-secret-0002"), auth)
    assert e.message == "GET /x at http://litellm.test/base failed: ConnectError: with ...0002"
    e = failed_send(httpx.ReadError(""))
    assert e.message == "GET /key/info at http://litellm.test/base failed: ReadError: ReadError"


@pytest.mark.parametrize("exc", [httpx.DecodingError("bad gzip"), httpx.TooManyRedirects("loop")])
def test_a_bad_answer_is_an_invalid_response_never_retried(exc: httpx.RequestError) -> None:
    e = failed_send(exc)
    assert type(e) is InvalidResponseError and e.retryable is False
    assert e.message == f"GET /key/info at http://litellm.test/base: {type(exc).__name__}: {exc}"


def test_a_transport_error_on_send_becomes_a_litellm_error_and_closes() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(APIConnectionError) as info:
        send(runner(Transport(fail)), _Call(CTX, SETTINGS), GET)
    assert info.value.request_sent is False
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_a_transport_error_mid_body_becomes_a_litellm_error() -> None:
    class Broken(Closing):
        def __iter__(self) -> Iterator[bytes]:
            yield b"part"
            raise httpx.ReadError("reset mid-body")

    stream = Broken([])
    with pytest.raises(APIConnectionError) as info:
        send(runner(Transport(lambda r: httpx.Response(200, stream=stream))), _Call(CTX, SETTINGS), GET)
    assert info.value.request_sent is True and "reset mid-body" in info.value.message
    assert stream.closed


def test_the_deadline_passing_mid_body_is_a_timeout(clock: Clock) -> None:
    def tick() -> None:
        clock.now += 1.0

    stream = Closing([b"a", b"b", b"c", b"d"], on_chunk=tick)
    t = Transport(lambda r: httpx.Response(200, stream=stream))
    with pytest.raises(APITimeoutError) as info:
        send(runner(t), _Call(CTX, CallSettings(httpx.Timeout(4.0), 2.5)), GET)
    assert info.value.request_sent is True
    assert stream.sent == 3 and stream.closed  # 1 s, 2 s, then 3 s > 2.5 s


def test_the_timeouts_sent_are_clipped_to_the_time_left(clock: Clock) -> None:
    t = Transport()
    call = _Call(CTX, CallSettings(httpx.Timeout(4.0, connect=1.0), 10.0))
    clock.now += 7.5
    send(runner(t), call, GET)
    assert t.requests[0].extensions["timeout"] == {"connect": 1.0, "read": 2.5, "write": 2.5, "pool": 2.5}


def test_elapsed_is_measured_from_before_the_send(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter([10.0, 10.25])
    monkeypatch.setattr(R, "time", types.SimpleNamespace(perf_counter=lambda: next(ticks)))
    assert send(runner(Transport()), _Call(CTX, SETTINGS), GET).elapsed == 0.25


# --- logging ------------------------------------------------------------------------------------------------------


def test_requests_and_responses_are_logged_masked_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    t = Transport(lambda r: httpx.Response(201, content=b"12345"))
    r = runner(t)
    send(r, _Call(CTX, SETTINGS), Request("POST", "/key/generate", params={"k": "v"}, json={"key": "sk-abcdefgh1234"}))
    send(r, _Call(CTX, SETTINGS), Request("GET", "/x", auth="sk-virtual-4444"))
    messages = [rec.getMessage() for rec in caplog.records if rec.name == LOGGER_NAME]
    assert messages[0] == "request POST /key/generate params={'k': 'v'} json={'key': 'sk-...1234'} auth=master-key"
    assert messages[1].startswith("response POST /key/generate -> 201 (5 bytes, ")
    assert messages[1].endswith(" ms)")
    assert messages[2] == "request GET /x params={} json=None auth=virtual-key"
    assert all(rec.levelno == logging.DEBUG for rec in caplog.records if rec.name == LOGGER_NAME)


def test_nothing_is_logged_above_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    send(runner(Transport()), _Call(CTX, SETTINGS), GET)
    assert [rec for rec in caplog.records if rec.name == LOGGER_NAME] == []


def test_the_response_log_gives_milliseconds(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    ticks = iter([10.0, 10.01234])
    monkeypatch.setattr(R, "time", types.SimpleNamespace(perf_counter=lambda: next(ticks)))
    send(runner(Transport(lambda r: httpx.Response(404, content=b"abc"))), _Call(CTX, SETTINGS), GET)
    assert caplog.records[-1].getMessage() == "response GET /key/info -> 404 (3 bytes, 12.3 ms)"


def test_a_stream_logs_its_request_and_response_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    list(streamed(runner(Transport(lambda r: httpx.Response(200, stream=Closing([b"abc"])))), CTX, GET, SETTINGS))
    messages = [rec.getMessage() for rec in caplog.records if rec.name == LOGGER_NAME]
    assert messages[0] == "request GET /key/info params={} json=None auth=master-key"
    assert messages[1].startswith("response GET /key/info -> 200 (0 bytes, ")  # the head: its body follows


# --- the run loop ---------------------------------------------------------------------------------------------


def test_run_drives_the_operation_and_throws_errors_into_it() -> None:
    answers = iter([httpx.Response(503, json={"error": {"message": "down"}}), httpx.Response(200, json=[1])])
    t = Transport(lambda r: next(answers))
    seen: list[Any] = []

    def op() -> Any:
        first = yield GET
        seen.append(first.status)
        try:
            yield Request("GET", "/raises")
        except LiteLLMError as exc:  # a LiteLLMError the runner raised is thrown into the operation
            seen.append(type(exc).__name__)
        return "done"

    def raising(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/raises"):
            raise httpx.ReadError("gone")
        return next(answers)

    t.answer = raising
    assert runner(t).run(CTX, op(), SETTINGS) == "done"
    assert seen == [503, "APIConnectionError"]


def test_an_operation_is_closed_when_the_run_ends_by_another_exception() -> None:
    closed: list[bool] = []

    def op() -> Any:
        try:
            yield GET
        finally:
            closed.append(True)

    def hook(request: httpx.Request) -> None:
        raise KeyboardInterrupt

    http = httpx.Client(transport=httpx.MockTransport(Transport()), event_hooks={"request": [hook]})
    with pytest.raises(KeyboardInterrupt):
        SyncRunner(http, None).run(CTX, op(), SETTINGS)
    assert closed == [True]


def test_an_unknown_step_is_a_type_error() -> None:
    def op() -> Any:
        yield "what"

    with pytest.raises(TypeError, match="unknown step 'what'"):
        runner(Transport()).run(CTX, op(), SETTINGS)


def test_sleep_waits_unless_it_would_pass_the_deadline(monkeypatch: pytest.MonkeyPatch, clock: Clock) -> None:
    slept: list[float] = []
    error = ServerError("down", status=503)

    def op(seconds: float, with_error: bool) -> Any:
        yield Sleep(seconds, error if with_error else None)
        return "slept"

    r = runner(Transport())
    monkeypatch.setattr(r, "_wake", types.SimpleNamespace(wait=slept.append))  # the wait close() would end early
    settings = CallSettings(httpx.Timeout(1.0), 5.0)
    assert r.run(CTX, op(4.0, True), settings) == "slept"
    assert r.run(CTX, op(9.0, False), settings) == "slept"  # no error to raise instead: waits
    assert slept == [4.0, 9.0]
    with pytest.raises(ServerError) as info:
        r.run(CTX, op(5.0, True), settings)  # would end at the deadline: the last error instead
    assert info.value is error
    assert slept == [4.0, 9.0]


def test_undo_and_forget_register_and_drop_compensations() -> None:
    ran: list[str] = []
    handles: list[Any] = []

    def undo(label: str) -> Callable[[], Any]:
        def action() -> Any:
            ran.append(label)
            yield from ()

        return action

    def op() -> Any:
        for label in "abc":
            handles.append((yield Undo(undo(label), label)))
        handles.append((yield Forget(2)))
        handles.append((yield Forget(99)))  # already gone: fine
        raise ServerError("the call failed")

    with pytest.raises(ServerError):
        runner(Transport()).run(CTX, op(), SETTINGS)
    assert handles == [1, 2, 3, None, None]
    assert ran == ["c", "a"]  # last first, each once


def test_a_failing_call_runs_its_compensations_last_first_then_raises(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger=LOGGER_NAME)
    t = Transport(lambda r: httpx.Response(500 if r.url.path.endswith("/undo/bad") else 200, json={}))
    ran: list[str] = []

    def undo(path: str) -> Callable[[], Any]:
        def action() -> Any:
            ran.append(path)
            response = yield Request("DELETE", path)
            if response.status >= 400:
                raise ServerError("undo failed", status=response.status)

        return action

    def op() -> Any:
        yield Undo(undo("/undo/first"), "delete the first")
        yield Undo(undo("/undo/bad"), "delete the bad")
        handle = yield Undo(undo("/undo/forgotten"), "never")
        yield Forget(handle)
        raise ValueError("the call failed")

    with pytest.raises(ValueError, match="the call failed"):
        runner(t).run(CTX, op(), CallSettings(httpx.Timeout(30.0, connect=2.0), 100.0))
    assert ran == ["/undo/bad", "/undo/first"]
    undo_timeouts = [r.extensions["timeout"] for r in t.requests]
    expected = {"connect": 2.0, "read": COMPENSATION_TIMEOUT, "write": COMPENSATION_TIMEOUT, "pool": 5.0}
    assert undo_timeouts == [expected, expected]
    warnings = [rec.getMessage() for rec in caplog.records if rec.levelno == logging.WARNING]
    assert warnings == [
        "could not delete the bad after the call failed: ServerError: [server_error] (HTTP 500) undo failed"
    ]


def test_a_call_that_succeeds_runs_no_compensation() -> None:
    t = Transport()
    ran: list[bool] = []

    def action() -> Any:
        ran.append(True)
        yield GET

    def op() -> Any:
        yield Undo(action, "x")
        return "fine"

    assert runner(t).run(CTX, op(), SETTINGS) == "fine"
    assert ran == []


@pytest.mark.parametrize(
    ("timeout", "deadline", "capped"),
    [
        (httpx.Timeout(connect=1.0, read=None, write=9.0, pool=3.0), 100.0, (1.0, 5.0, 5.0, 3.0)),
        (httpx.Timeout(connect=None, read=2.0, write=None, pool=None), None, (5.0, 2.0, 5.0, 5.0)),
    ],
)
def test_compensation_settings_cap_every_timeout_and_the_deadline(
    timeout: httpx.Timeout, deadline: float | None, capped: tuple[float, ...], clock: Clock
) -> None:
    def late(request: httpx.Request) -> httpx.Response:
        clock.now += COMPENSATION_DEADLINE - 1.0  # the compensations have 1 s left after this answer
        return httpx.Response(200, json={})

    t = Transport(late)

    def action() -> Any:
        yield Request("DELETE", "/undo/1")
        yield Request("DELETE", "/undo/2")

    def op() -> Any:
        yield Undo(action, "undo")
        raise ValueError("the call failed")

    with pytest.raises(ValueError, match="the call failed"):
        runner(t).run(CTX, op(), CallSettings(timeout, deadline))
    first, second = (r.extensions["timeout"] for r in t.requests)
    assert (first["connect"], first["read"], first["write"], first["pool"]) == capped
    assert second == {"connect": 1.0, "read": 1.0, "write": 1.0, "pool": 1.0}  # within COMPENSATION_DEADLINE


def test_a_failed_advisory_step_is_logged_at_debug_and_the_call_goes_on(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)

    def advice() -> Any:
        raise ValueError("no release")
        yield GET  # pragma: no cover - makes this a generator

    def op() -> Any:
        got = yield Advisory(advice(), "read the LiteLLM release")
        return ("done", got)

    assert runner(Transport()).run(CTX, op(), SETTINGS) == ("done", None)
    logged = [(rec.levelno, rec.getMessage()) for rec in caplog.records if rec.name == LOGGER_NAME]
    assert logged == [
        (logging.DEBUG, "could not read the LiteLLM release (ValueError: no release); going on without it")
    ]


# --- streams ------------------------------------------------------------------------------------------------------


def test_a_stream_yields_the_response_then_its_chunks_and_closes() -> None:
    stream = Closing([b"data: 1\n\n", b"data: 2\n\n"])
    t = Transport(lambda r: httpx.Response(200, headers={"x-id": "7"}, stream=stream))
    gen = streamed(runner(t), CTX, GET, SETTINGS)
    head = next(gen)
    assert isinstance(head, Response) and head.status == 200 and head.headers["x-id"] == "7"
    assert head.content == b"" and stream.sent == 0  # the body is not read before it is asked for
    assert list(gen) == [b"data: 1\n\n", b"data: 2\n\n"]
    assert stream.closed


def test_an_error_stream_carries_its_bounded_body_and_nothing_after() -> None:
    stream = Closing([b'{"error":', b' "no"}'])
    gen = streamed(runner(Transport(lambda r: httpx.Response(400, stream=stream))), CTX, GET, SETTINGS)
    head = next(gen)
    assert isinstance(head, Response) and head.status == 400 and head.content == b'{"error": "no"}'
    assert list(gen) == []
    assert stream.closed


def test_a_stream_closed_early_closes_the_connection() -> None:
    stream = Closing([b"a", b"b", b"c"])
    gen = streamed(runner(Transport(lambda r: httpx.Response(200, stream=stream))), CTX, GET, SETTINGS)
    next(gen)
    assert next(gen) == b"a"
    gen.close()
    assert stream.closed and stream.sent == 1


def test_stream_transport_errors_become_litellm_errors() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("no", request=request)

    with pytest.raises(APITimeoutError) as info:
        next(streamed(runner(Transport(fail)), CTX, GET, SETTINGS))
    assert info.value.request_sent is False

    class Broken(Closing):
        def __iter__(self) -> Iterator[bytes]:
            yield b"one"
            raise httpx.RemoteProtocolError("peer closed")

    for status in (200, 500):
        broken = Broken([])
        gen = streamed(runner(Transport(lambda r, s=status, b=broken: httpx.Response(s, stream=b))), CTX, GET, SETTINGS)
        with pytest.raises(APIConnectionError, match="peer closed"):
            list(gen)
        assert broken.closed


def test_a_stream_sends_with_the_clipped_timeouts(clock: Clock) -> None:
    t = Transport()
    settings = CallSettings(httpx.Timeout(4.0, connect=1.0), 3.0)
    gen = streamed(runner(t), CTX, Request("GET", "/x", params={"q": "1"}), settings)
    next(gen)
    gen.close()
    assert t.requests[0].extensions["timeout"] == {"connect": 1.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    assert str(t.requests[0].url) == "http://litellm.test/base/x?q=1"


def test_close_closes_the_client() -> None:
    r = runner(Transport())
    r.close()
    assert r.client.is_closed


class Ticking:
    """A monotonic clock that moves on by ``step`` at every reading."""

    def __init__(self, step: float) -> None:
        self.now = 0.0
        self.step = step

    def monotonic(self) -> float:
        self.now += self.step
        return self.now


def test_a_stream_or_send_with_its_deadline_spent_is_not_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(D, "time", types.SimpleNamespace(monotonic=Ticking(2.0).monotonic))
    t = Transport()
    spent = CallSettings(httpx.Timeout(4.0), 1.0)  # every reading is 2 s on: spent at the first check
    with pytest.raises(APITimeoutError) as info:
        next(streamed(runner(t), CTX, GET, spent))
    assert info.value.request_sent is False
    assert info.value.message == "GET /key/info: the call's deadline of 1s is spent"
    with pytest.raises(APITimeoutError) as info:
        send(runner(t), _Call(CTX, spent), GET)
    assert info.value.message == "GET /key/info: the call's deadline of 1s is spent"
    assert t.requests == []


def test_an_error_streams_body_is_bounded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(R, "MAX_RESPONSE_BYTES", 3)
    stream = Closing([b"12", b"34"])
    with pytest.raises(LiteLLMError) as info:
        next(streamed(runner(Transport(lambda r: httpx.Response(502, stream=stream))), CTX, GET, SETTINGS))
    assert info.value.message == "GET /key/info returned more than 3 bytes; refused"
    assert stream.closed


def test_a_streams_head_has_the_time_to_its_headers(monkeypatch: pytest.MonkeyPatch) -> None:
    ticks = iter([7.0, 7.125])
    monkeypatch.setattr(R, "time", types.SimpleNamespace(perf_counter=lambda: next(ticks)))
    head = next(streamed(runner(Transport()), CTX, GET, SETTINGS))
    assert isinstance(head, Response) and head.elapsed == 0.125


# --- shared flights -------------------------------------------------------------------------------------------


def _flight_fn(ctx: Context, name: str) -> Any:
    response = yield Request("GET", f"/f/{name}")
    return (name, response.status, ctx.base_url)


def test_a_flight_runs_once_for_concurrent_callers_and_is_forgotten_after() -> None:
    gate = threading.Event()
    entered = threading.Event()

    def answer(request: httpx.Request) -> httpx.Response:
        entered.set()
        assert gate.wait(5)
        return httpx.Response(200)

    t = Transport(answer)
    r = runner(t)

    def op() -> Any:
        return (yield Shared(_flight_fn, {"name": "n"}))

    results: list[Any] = []
    leader = threading.Thread(target=lambda: results.append(r.run(CTX, op(), SETTINGS)))
    leader.start()
    assert entered.wait(5)
    (flight,) = r._flights.values()
    waiting = threading.Event()
    real_wait = flight.done.wait

    def wait(timeout: float | None = None) -> bool:
        waiting.set()
        return real_wait(timeout)

    flight.done.wait = wait  # type: ignore[method-assign]
    follower = threading.Thread(target=lambda: results.append(r.run(CTX, op(), SETTINGS)))
    follower.start()
    assert waiting.wait(5)  # the follower waits on the leader's flight (no second request)
    gate.set()
    leader.join(5)
    follower.join(5)
    assert results == [("n", 200, BASE), ("n", 200, BASE)]
    assert len(t.requests) == 1
    assert r._flights == {}
    assert r.run(CTX, op(), SETTINGS) == ("n", 200, BASE)  # a later call starts its own flight
    assert len(t.requests) == 2


def test_a_follower_of_a_failed_flight_runs_it_itself() -> None:
    gate = threading.Event()
    entered = threading.Event()
    calls: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            entered.set()
            assert gate.wait(5)
            raise httpx.ConnectError("leader's request fails", request=request)
        return httpx.Response(200)

    r = runner(Transport(answer))

    def op() -> Any:
        return (yield Shared(_flight_fn, {"name": "n"}))

    errors: list[BaseException] = []
    results: list[Any] = []

    def lead() -> None:
        try:
            r.run(CTX, op(), SETTINGS)
        except APIConnectionError as exc:
            errors.append(exc)

    leader = threading.Thread(target=lead)
    leader.start()
    assert entered.wait(5)
    follower = threading.Thread(target=lambda: results.append(r.run(CTX, op(), SETTINGS)))
    follower.start()
    gate.set()
    leader.join(5)
    follower.join(5)
    assert len(errors) == 1 and results == [("n", 200, BASE)]
    assert len(calls) == 2
    assert r._flights == {}


def test_a_follower_stops_waiting_at_its_bound_and_runs_the_flight_itself() -> None:
    gate = threading.Event()
    entered = threading.Event()

    def answer(request: httpx.Request) -> httpx.Response:
        if not entered.is_set():
            entered.set()
            assert gate.wait(5)
            return httpx.Response(201)
        return httpx.Response(202)

    r = runner(Transport(answer))

    def op() -> Any:
        return (yield Shared(_flight_fn, {"name": "n"}))

    results: list[Any] = []
    leader = threading.Thread(target=lambda: results.append(r.run(CTX, op(), SETTINGS)))
    leader.start()
    assert entered.wait(5)
    short = CallSettings(httpx.Timeout(0.05), None)  # waits one attempt: 0.05 s
    assert r.run(CTX, op(), short) == ("n", 202, BASE)
    gate.set()
    leader.join(5)
    assert results == [("n", 201, BASE)]


# --- cache guard ----------------------------------------------------------------------------------------------


class DictCache:
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


def _steps(*steps: Any) -> Any:
    out = []
    for step in steps:
        out.append((yield step))
    return out


def test_cache_steps_call_the_cache() -> None:
    cache = DictCache()
    r = runner(Transport(), cache)
    got = r.run(
        CTX,
        _steps(
            CacheSet("k", {"v": 1}, 30.0),
            CacheGetMany(("k",)),
            CacheGetMany(("k", "missing")),
            CacheDelete("k"),
            CacheGetMany(("k",)),
        ),
        SETTINGS,
    )
    assert got == [None, [{"v": 1}], [{"v": 1}, None], None, [None]]
    assert cache.calls == [
        ("set", "k", {"v": 1}, 30.0),
        ("get", "k"),
        ("get", "k"),
        ("get", "missing"),
        ("delete", "k"),
        ("get", "k"),
    ]


def test_a_cache_with_get_many_is_asked_once() -> None:
    class Many(DictCache):
        def get_many(self, keys: tuple[str, ...]) -> list[Any]:
            self.calls.append(("get_many", keys))
            return ["a", None]

    cache = Many()
    assert runner(Transport(), cache).run(CTX, _steps(CacheGetMany(("x", "y"))), SETTINGS) == [["a", None]]
    assert cache.calls == [("get_many", ("x", "y"))]


def test_no_cache_answers_none() -> None:
    got = runner(Transport(), None).run(
        CTX, _steps(CacheGetMany(("k",)), CacheDelete("k"), CacheSet("k", 1, None)), SETTINGS
    )
    assert got == [None, None, None]


def test_a_failing_cache_is_a_miss_logged_once_until_it_works_again(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)

    class Flaky(DictCache):
        broken = True

        def get(self, key: str) -> Any:
            if self.broken:
                raise ConnectionError("redis down")
            return "value"

        def __repr__(self) -> str:
            return "<Flaky>"

    cache = Flaky()
    r = runner(Transport(), cache)
    assert r.run(CTX, _steps(CacheGetMany(("a",)), CacheGetMany(("b",))), SETTINGS) == [None, None]
    cache.broken = False
    assert r.run(CTX, _steps(CacheGetMany(("a",)), CacheGetMany(("b",))), SETTINGS) == [["value"], ["value"]]
    cache.broken = True
    assert r.run(CTX, _steps(CacheGetMany(("a",))), SETTINGS) == [None]
    logged = [(rec.levelno, rec.getMessage()) for rec in caplog.records if rec.name == LOGGER_NAME]
    assert logged == [
        (logging.WARNING, "cache <Flaky> failed (ConnectionError: redis down); continuing without it"),
        (logging.DEBUG, "cache still failing: ConnectionError"),
        (logging.INFO, "cache <Flaky> is working again"),
        (logging.WARNING, "cache <Flaky> failed (ConnectionError: redis down); continuing without it"),
    ]
