"""raise_for_status and araise_for_status over a user's own httpx responses: successes pass, an error answer
is mapped (a status given as text read, anything else refused), an unread stream read and closed but never beyond the
bound, a broken stream is a connection error, and the wrong twin for a stream says which one to use."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from litellm_sdk import BudgetExceededError, RateLimitError, ServerError, araise_for_status, raise_for_status
from litellm_sdk import _constants as C
from litellm_sdk.errors import APIConnectionError, BadRequestError, InvalidRequestError, KeyBlockedError, NotFoundError


def envelope(message: Any, type_: Any = None, param: Any = "None", status: int = 400) -> bytes:
    return json.dumps({"error": {"message": message, "type": type_, "param": param, "code": str(status)}}).encode()


# --------------------------------------------------------------------------- raise_for_status


class Plain:
    def __init__(self, status_code: Any, content: Any = b"", headers: Any = None) -> None:
        self.status_code = status_code
        self.content = content
        if headers is not None:
            self.headers = headers


def test_raise_for_status_passes_successes_through() -> None:
    r = httpx.Response(200, json={"ok": True})
    assert raise_for_status(r) is r
    p = Plain(399)
    assert raise_for_status(p) is p


def test_raise_for_status_maps_an_error_response() -> None:
    r = httpx.Response(400, headers={"x-litellm-call-id": "c1"}, content=envelope("Budget exceeded", "x"))
    with pytest.raises(BudgetExceededError) as info:
        raise_for_status(r)
    assert (info.value.status, info.value.request_id) == (400, "c1")
    with pytest.raises(ServerError) as info2:
        raise_for_status(Plain(503, b"down"))
    assert info2.value.message == "HTTP 503: down"
    with pytest.raises(ServerError) as info3:
        raise_for_status(Plain(500, "not bytes"))
    assert info3.value.message == "HTTP 500 with an empty body"
    with pytest.raises(BadRequestError):
        raise_for_status(Plain(400))


def test_raise_for_status_reads_a_status_given_as_text_or_refuses() -> None:
    with pytest.raises(NotFoundError):
        raise_for_status(Plain("404"))
    assert isinstance(raise_for_status(Plain("200")), Plain)
    for bad in (None, "abc", 4.5j, True):  # a bool is no status, though int(True) is 1
        with pytest.raises(InvalidRequestError) as info:
            raise_for_status(Plain(bad))
        assert info.value.param == "response"
        assert info.value.message == "raise_for_status needs a response with a status_code, got Plain"
    with pytest.raises(InvalidRequestError, match=r"got object$"):
        raise_for_status(object())


def _stream(status: int, chunks: list[bytes]) -> httpx.Response:
    return httpx.Response(status, stream=httpx.ByteStream(b"".join(chunks)))


class ChunkStream(httpx.SyncByteStream):
    def __init__(self, chunks: list[bytes], fail: bool = False) -> None:
        self.chunks = chunks
        self.fail = fail
        self.closed = False
        self.sent = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        for c in self.chunks:
            self.sent += 1
            yield c
        if self.fail:
            raise httpx.ReadError("reset")

    def close(self) -> None:
        self.closed = True


class AChunkStream(httpx.AsyncByteStream):
    def __init__(self, chunks: list[bytes], fail: bool = False) -> None:
        self.chunks = chunks
        self.fail = fail
        self.closed = False
        self.sent = 0

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        for c in self.chunks:
            self.sent += 1
            yield c
        if self.fail:
            raise httpx.ReadError("reset")

    async def aclose(self) -> None:
        self.closed = True


def test_raise_for_status_reads_an_unread_stream_and_closes_it() -> None:
    stream = ChunkStream([envelope("key is blocked")[:10], envelope("key is blocked")[10:]])
    r = httpx.Response(401, stream=stream)
    with pytest.raises(KeyBlockedError):
        raise_for_status(r)
    assert stream.closed
    ok_stream = ChunkStream([b"fine"])
    good = httpx.Response(200, stream=ok_stream)
    assert raise_for_status(good) is good
    assert not ok_stream.closed and ok_stream.sent == 0


def test_raise_for_status_stops_reading_a_huge_stream() -> None:
    chunk = b"x" * (C.MAX_ERROR_BODY_BYTES // 2)
    stream = ChunkStream([chunk, chunk, b"y", b"z", b"w"])
    with pytest.raises(ServerError) as info:
        raise_for_status(httpx.Response(500, stream=stream))
    assert stream.sent == 3
    assert stream.closed
    assert info.value.body == "x" * (C.ERROR_BODY_SNIPPET * 4)
    exact = ChunkStream([chunk, chunk, b"y"])
    with pytest.raises(ServerError):
        raise_for_status(httpx.Response(500, stream=exact))
    assert exact.sent == 3


def test_raise_for_status_on_a_broken_stream_is_a_connection_error() -> None:
    stream = ChunkStream([b"par"], fail=True)
    with pytest.raises(APIConnectionError) as info:
        raise_for_status(httpx.Response(500, stream=stream))
    assert info.value.message == "Reading the error body failed: ReadError"
    assert stream.closed


def test_raise_for_status_on_an_async_stream_points_to_the_async_twin() -> None:
    stream = AChunkStream([b"x"])
    with pytest.raises(InvalidRequestError) as info:
        raise_for_status(httpx.Response(500, stream=stream))
    assert info.value.param == "response"
    assert info.value.message == (
        "This response is streamed by an httpx.AsyncClient: use `await araise_for_status(response)`"
    )
    assert stream.sent == 0


async def test_araise_for_status_reads_an_async_stream() -> None:
    stream = AChunkStream([envelope("Budget exceeded")[:7], envelope("Budget exceeded")[7:]])
    with pytest.raises(BudgetExceededError) as info:
        await araise_for_status(httpx.Response(429, headers={"x-request-id": "r9"}, stream=stream))
    assert info.value.request_id == "r9"
    assert info.value.status == 429
    assert stream.closed
    good = httpx.Response(204, stream=AChunkStream([b""]))
    assert await araise_for_status(good) is good


async def test_araise_for_status_on_read_and_plain_responses() -> None:
    with pytest.raises(NotFoundError):
        await araise_for_status(httpx.Response(404, content=envelope("Key not found")))
    with pytest.raises(ServerError) as info:
        await araise_for_status(Plain(500, b"oops"))
    assert info.value.message == "HTTP 500: oops"
    with pytest.raises(InvalidRequestError):
        await araise_for_status(Plain(None))


async def test_araise_for_status_stops_reading_a_huge_stream() -> None:
    chunk = b"x" * (C.MAX_ERROR_BODY_BYTES // 2)
    stream = AChunkStream([chunk, chunk, b"y", b"z"])
    with pytest.raises(ServerError) as info:
        await araise_for_status(httpx.Response(500, stream=stream))
    assert stream.sent == 3
    assert info.value.body == "x" * (C.ERROR_BODY_SNIPPET * 4)


async def test_araise_for_status_on_a_broken_stream() -> None:
    stream = AChunkStream([b"x"], fail=True)
    with pytest.raises(APIConnectionError) as info:
        await araise_for_status(httpx.Response(500, stream=stream))
    assert info.value.message == "Reading the error body failed: ReadError"
    assert stream.closed


async def test_araise_for_status_on_a_sync_stream_points_to_the_sync_twin() -> None:
    sync = ChunkStream([b"x"])
    with pytest.raises(InvalidRequestError) as info2:
        await araise_for_status(httpx.Response(500, stream=sync))
    assert info2.value.param == "response"
    assert info2.value.message == "This response is streamed by a sync httpx.Client: use `raise_for_status(response)`"
    assert sync.sent == 0


async def test_raise_for_status_maps_an_already_read_async_response() -> None:
    r = httpx.Response(500, stream=AChunkStream([b"oops"]))
    await r.aread()  # read: its body is there, whatever kind of stream it came on
    with pytest.raises(ServerError) as info:
        raise_for_status(r)
    assert info.value.message == "HTTP 500: oops"


async def test_araise_for_status_maps_an_already_read_sync_response() -> None:
    r = httpx.Response(404, stream=ChunkStream([envelope("Key not found")]))
    r.read()
    with pytest.raises(NotFoundError):
        await araise_for_status(r)


async def test_araise_for_status_maps_400_and_passes_399() -> None:
    with pytest.raises(BadRequestError):
        await araise_for_status(Plain(400, b"bad"))
    p = Plain(399)
    assert await araise_for_status(p) is p


# --------------------------------------------------------------------------- streamed responses from a transport


_ERROR_BODY = b'{"error": {"message": "slow down", "type": "rate_limit_error", "param": "None", "code": "429"}}'


class _Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives in pieces, as from a socket: the response is unread until someone reads it."""

    def __iter__(self) -> Any:
        yield from (_ERROR_BODY[:20], _ERROR_BODY[20:])

    async def __aiter__(self) -> Any:
        for chunk in (_ERROR_BODY[:20], _ERROR_BODY[20:]):
            yield chunk


class _Streaming(httpx.BaseTransport, httpx.AsyncBaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"retry-after": "3"}, stream=_Chunks())

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"retry-after": "3"}, stream=_Chunks())


def test_raise_for_status_reads_a_streamed_response() -> None:
    with httpx.Client(transport=_Streaming()) as http, http.stream("POST", "http://x.test/chat/completions") as resp:
        with pytest.raises(httpx.ResponseNotRead):
            resp.content  # noqa: B018
        with pytest.raises(RateLimitError) as caught:
            raise_for_status(resp)
        assert resp.is_closed
    assert caught.value.retry_after == 3.0 and caught.value.message == "slow down"


async def test_araise_for_status_reads_an_async_streamed_response() -> None:
    async with (
        httpx.AsyncClient(transport=_Streaming()) as http,
        http.stream("POST", "http://x.test/chat/completions") as resp,
    ):
        with pytest.raises(RateLimitError) as caught:
            await araise_for_status(resp)
        assert resp.is_closed
    assert caught.value.retry_after == 3.0 and caught.value.message == "slow down"


async def test_raise_for_status_on_an_unread_async_stream_names_the_async_twin() -> None:
    async with (
        httpx.AsyncClient(transport=_Streaming()) as http,
        http.stream("POST", "http://x.test/chat/completions") as resp,
    ):
        with pytest.raises(InvalidRequestError, match="araise_for_status"):
            raise_for_status(resp)


async def test_araise_for_status_on_a_read_or_successful_response() -> None:
    ok = httpx.Response(200, json={"ok": True})
    assert await araise_for_status(ok) is ok
    with pytest.raises(RateLimitError):
        await araise_for_status(httpx.Response(429, content=_ERROR_BODY))
