"""The key in use where users get hurt: a vision check that sees the whole history, stream errors that are errors
(not truncated successes), a stream that frees its connection when an error ends it, and a UI stream that still ends
with ``[DONE]`` after an error. Each of these was once a realistic bug no unit test pinned."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    AsyncKeyClient,
    InvalidRequestError,
    KeyClient,
    LiteLLMError,
    ModelInfo,
    ServerError,
    VirtualKeyInfo,
    aui_message_stream,
    ui_message_stream,
)

BASE = "http://litellm.test"
KEY = "sk-test-key-0000wxyz"
PLAIN = ModelInfo(id="plain-chat", name="plain-chat", providers=("openai",), mode="chat")
VISION = ModelInfo(id="eyes", name="eyes", providers=("openai",), mode="chat", supports_vision=True)
INFO = VirtualKeyInfo(key=KEY, models=(PLAIN, VISION))
IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body that remembers whether the client closed it (that is: freed the connection)."""

    def __init__(self, *pieces: bytes) -> None:
        self.pieces = pieces
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.pieces

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            yield piece

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def events(*chunks: Any) -> bytes:
    return b"".join(f"data: {json.dumps(c)}\n\n".encode() for c in chunks)


TEXT = {"id": "c1", "model": "plain-chat", "choices": [{"index": 0, "delta": {"content": "Hel"}}]}


def sync_client(body: Body, sent: list[httpx.Request]) -> KeyClient:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

    return KeyClient(KEY, BASE, info=INFO, http_client=httpx.Client(transport=httpx.MockTransport(answer)))


def async_client(body: Body, sent: list[httpx.Request]) -> AsyncKeyClient:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

    return AsyncKeyClient(KEY, BASE, info=INFO, http_client=httpx.AsyncClient(transport=httpx.MockTransport(answer)))


@pytest.mark.parametrize("where", [0, 1, 2], ids=["first message", "middle message", "last message"])
def test_an_image_anywhere_in_the_history_is_refused_for_a_model_without_vision(where: int) -> None:
    history: list[dict[str, Any]] = [
        {"role": "user", "content": "hello"},
        {"role": "assistant", "content": "hi"},
        {"role": "user", "content": "and now?"},
    ]
    history[where] = {"role": history[where]["role"], "content": [{"type": "text", "text": "look"}, IMAGE]}
    sent: list[httpx.Request] = []
    client = sync_client(Body(), sent)
    with pytest.raises(InvalidRequestError, match="vision"):
        client.chat("plain-chat", history)
    assert sent == []  # refused before anything went out


@pytest.mark.parametrize("error", ["upstream exploded", {"message": "upstream exploded", "code": "500"}])
def test_an_error_event_inside_a_stream_is_an_error_whether_its_error_is_a_string_or_an_object(error: Any) -> None:
    sent: list[httpx.Request] = []
    client = sync_client(Body(events(TEXT, {"error": error})), sent)
    stream = client.stream_chat("plain-chat", [{"role": "user", "content": "hi"}])
    with pytest.raises(ServerError, match="upstream exploded"):
        stream.until_done()


async def test_an_async_stream_ended_by_an_error_frees_its_connection_without_async_with() -> None:
    body = Body(events(TEXT, {"error": {"message": "boom", "code": "500"}}))
    client = async_client(body, [])
    stream = await client.stream_chat("plain-chat", [{"role": "user", "content": "hi"}])
    with pytest.raises(ServerError):
        async for _chunk in stream:  # no ``async with``: the error itself must release the body
            pass
    assert body.closed


def test_a_sync_stream_ended_by_an_error_frees_its_connection_without_with() -> None:
    body = Body(events(TEXT, {"error": {"message": "boom", "code": "500"}}))
    stream = sync_client(body, []).stream_chat("plain-chat", [{"role": "user", "content": "hi"}])
    with pytest.raises(ServerError):
        for _chunk in stream:
            pass
    assert body.closed


def _frames(raw: bytes) -> list[str]:
    return [frame.removeprefix("data: ") for frame in raw.decode().split("\n\n") if frame]


def test_the_ui_message_stream_reports_an_error_and_still_ends_with_done() -> None:
    body = Body(events(TEXT, {"error": {"message": "boom", "code": "500"}}))
    stream = sync_client(body, []).stream_chat("plain-chat", [{"role": "user", "content": "hi"}])
    frames = _frames(b"".join(ui_message_stream(stream)))
    assert frames[-1] == "[DONE]"
    kinds = [json.loads(f)["type"] for f in frames[:-1]]
    assert "error" in kinds and "text-delta" in kinds
    assert kinds.index("text-delta") < kinds.index("error")


async def test_the_async_ui_message_stream_reports_an_error_and_still_ends_with_done() -> None:
    body = Body(events(TEXT, {"error": {"message": "boom", "code": "500"}}))
    stream = await async_client(body, []).stream_chat("plain-chat", [{"role": "user", "content": "hi"}])
    raw = b"".join([part async for part in aui_message_stream(stream)])
    frames = _frames(raw)
    assert frames[-1] == "[DONE]"
    assert json.loads(frames[-2])["type"] == "error"


def test_a_stream_that_errors_is_never_reported_as_a_complete_answer() -> None:
    body = Body(events(TEXT, {"error": "cut"}))
    stream = sync_client(body, []).stream_chat("plain-chat", [{"role": "user", "content": "hi"}])
    with pytest.raises(LiteLLMError):
        list(stream)
    assert not stream.done
