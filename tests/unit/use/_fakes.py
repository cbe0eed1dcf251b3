"""A key client over ``httpx.MockTransport`` and the LiteLLM answers its tests send back: a key info with one
model of each kind, spend headers, a completion, SSE streams built from events (also cut into pieces anywhere,
gzip-encoded) and LiteLLM's error bodies. tests/contract/test_ui_message_stream.py uses them too."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

from litellm_sdk import AsyncKeyClient, KeyClient, ModelInfo, VirtualKeyInfo

BASE = "http://litellm.test"
KEY = "sk-test-key-0000"
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x00" * 40
INFO = VirtualKeyInfo(
    key=KEY,
    models=(
        ModelInfo(
            id="gpt-4o-vision",
            name="gpt-4o-vision",
            providers=("openai",),
            mode="chat",
            supports_vision=True,
            supports_function_calling=True,
        ),
        ModelInfo(id="plain-chat", name="plain-chat", providers=("openai",), mode="chat"),
        ModelInfo(id="dall-e-3", name="dall-e-3", providers=("openai",), mode="image_generation"),
        ModelInfo(id="whisper-1", name="whisper-1", providers=("openai",), mode="audio_transcription"),
        ModelInfo(id="tts-1", name="tts-1", providers=("openai",), mode="audio_speech"),
        ModelInfo(id="embed", name="embed", providers=("openai",), mode="embedding"),
    ),
)


CHAT_ONLY = VirtualKeyInfo(key=KEY, models=(INFO.models[1],))
SPEND_HEADERS = {
    "x-litellm-response-cost": "0.00125",
    "x-litellm-key-spend": "0.5",
    "x-litellm-key-max-budget": "2.0",
    "x-litellm-key-rpm-limit": "60",
    "x-ratelimit-remaining-requests": "59",
    "x-litellm-call-id": "call-1",
}


COMPLETION = {
    "id": "chatcmpl-1",
    "model": "gpt-4o-vision",
    "choices": [
        {
            "index": 0,
            "finish_reason": "tool_calls",
            "message": {
                "role": "assistant",
                "content": "Let me look.",
                "tool_calls": [
                    {
                        "id": "call_a",
                        "type": "function",
                        "function": {"name": "weather", "arguments": '{"city":"Oslo"}'},
                    }
                ],
            },
        }
    ],
    "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
}


USER = [{"role": "user", "content": "hi"}]


class Recorder:
    """A MockTransport handler that records requests and answers with ``answer(request)``."""

    def __init__(self, answer: Callable[[httpx.Request], httpx.Response]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.answer(request)

    def sync(self, info: VirtualKeyInfo | None = INFO, **options: Any) -> KeyClient:
        http = httpx.Client(transport=httpx.MockTransport(self))
        return KeyClient(KEY, BASE, info=info, http_client=http, **options)

    def asynchronous(self, info: VirtualKeyInfo | None = INFO, **options: Any) -> AsyncKeyClient:
        http = httpx.AsyncClient(transport=httpx.MockTransport(self))
        return AsyncKeyClient(KEY, BASE, info=info, http_client=http, **options)


def ok(body: Any, headers: dict[str, str] | None = None) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(200, json=body, headers={**SPEND_HEADERS, **(headers or {})})


def sse(*events: Any, done: bool = True) -> bytes:
    parts = [f"data: {json.dumps(e) if not isinstance(e, str) else e}\n\n" for e in events]
    if done:
        parts.append("data: [DONE]\n\n")
    return "".join(parts).encode()


def delta(content: str | None = None, finish: str | None = None, **extra: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"role": "assistant"}
    if content is not None:
        d["content"] = content
    d.update(extra)
    return {"id": "chatcmpl-s", "model": "plain-chat", "choices": [{"index": 0, "delta": d, "finish_reason": finish}]}


STREAM = sse(
    delta("Hel"),
    delta("lo"),
    delta(None, "stop"),
    {"id": "chatcmpl-s", "choices": [], "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}},
)


class Pieces(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body delivered in given pieces (optionally pausing), remembering whether it was closed."""

    def __init__(self, pieces: list[bytes], pause: float = 0.0) -> None:
        self.pieces = pieces
        self.pause = pause
        self.closed = False
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.sent += 1
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            if self.pause:
                await asyncio.sleep(self.pause)
            self.sent += 1
            yield piece

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def streaming(body: Pieces, status: int = 200) -> Callable[[httpx.Request], httpx.Response]:
    headers = {"content-type": "text/event-stream", **SPEND_HEADERS}
    return lambda request: httpx.Response(status, headers=headers, stream=body)


def litellm_error(status: int, err_type: str, message: str, param: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": err_type, "param": param, "code": str(status)}}


def split_everywhere(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def gzipped_stream(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    import gzip

    packed = gzip.compress(body)
    headers = {"content-type": "text/event-stream", "content-encoding": "gzip", **SPEND_HEADERS}
    return lambda request: httpx.Response(200, headers=headers, stream=Pieces(split_everywhere(packed, 7)))


# --- the key's limits, before sending ----------------------------------------------------------------------------

IMAGE_MESSAGE = [
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "what is this?"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
        ],
    }
]


TOOLS = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
