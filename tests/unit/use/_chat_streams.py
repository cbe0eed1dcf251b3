"""LiteLLM-shaped chat streams for the UI message stream's tests (unit and contract tiers): SSE bodies made of
``chat.completion.chunk`` events, served to a KeyClient through httpx's MockTransport, and the chunk schemas of
``ai`` 6.0.0 (strict: an unknown field or chunk type fails the whole message) to check every chunk against."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

from litellm_sdk import AsyncKeyClient, KeyClient, ModelInfo, VirtualKeyInfo

BASE = "http://litellm.test"
KEY = "sk-test-key-0000wxyz"
USER = [{"role": "user", "content": "hi"}]
PLAIN = ModelInfo(id="plain-chat", name="plain-chat", providers=("openai",), mode="chat")
THINKER = ModelInfo(
    id="thinker",
    name="thinker",
    providers=("anthropic",),
    mode="chat",
    supports_reasoning=True,
    supports_function_calling=True,
)
INFO = VirtualKeyInfo(key=KEY, models=(PLAIN, THINKER))
#: What LiteLLM sends with a stream's headers (the key's spend *before* this answer on a stream).
SPEND_HEADERS = {"x-litellm-key-spend": "0.5", "x-litellm-key-max-budget": "2.0", "x-litellm-call-id": "call-1"}


def sse(*events: Any, done: bool = True) -> bytes:
    parts = [f"data: {json.dumps(e) if not isinstance(e, str) else e}\n\n" for e in events]
    if done:
        parts.append("data: [DONE]\n\n")
    return "".join(parts).encode()


def delta(
    content: str | None = None, finish: str | None = None, *, model: str = "plain-chat", **extra: Any
) -> dict[str, Any]:
    d: dict[str, Any] = {"role": "assistant"}
    if content is not None:
        d["content"] = content
    d.update(extra)
    return {"id": "chatcmpl-s", "model": model, "choices": [{"index": 0, "delta": d, "finish_reason": finish}]}


def usage(prompt: int, completion: int, **extra: Any) -> dict[str, Any]:
    """LiteLLM's last chunk with ``stream_options.include_usage`` (``cost`` with include_cost_in_streaming_usage)."""
    return {
        "id": "chatcmpl-s",
        "model": "plain-chat",
        "choices": [],
        "usage": {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
            **extra,
        },
    }


def tool_call(index: int, arguments: str, *, id: str | None = None, name: str | None = None) -> dict[str, Any]:
    call: dict[str, Any] = {"index": index, "function": {"arguments": arguments}}
    if id is not None:
        call.update(id=id, type="function")
        call["function"]["name"] = name
    return call


def litellm_error(status: int, err_type: str, message: str) -> dict[str, Any]:
    return {"error": {"message": message, "type": err_type, "param": None, "code": str(status)}}


def split_everywhere(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A streamed body in given pieces; ``fail_after`` pieces it raises a dropped connection; remembers whether the
    client closed it (freed the connection) and how many pieces it sent."""

    def __init__(self, *pieces: bytes, fail_after: int | None = None) -> None:
        self.pieces = pieces
        self.fail_after = fail_after
        self.closed = False
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            if self.sent == self.fail_after:
                raise httpx.RemoteProtocolError("peer closed connection without sending complete message body")
            self.sent += 1
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self:
            yield piece

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def answering(body: Body, headers: dict[str, str] | None = None) -> Callable[[httpx.Request], httpx.Response]:
    all_headers = {"content-type": "text/event-stream", **SPEND_HEADERS, **(headers or {})}
    return lambda request: httpx.Response(200, headers=all_headers, stream=body)


def sync_client(body: Body, headers: dict[str, str] | None = None, *, info: VirtualKeyInfo = INFO) -> KeyClient:
    http = httpx.Client(transport=httpx.MockTransport(answering(body, headers)))
    return KeyClient(KEY, BASE, info=info, http_client=http)


def async_client(body: Body, headers: dict[str, str] | None = None) -> AsyncKeyClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(answering(body, headers)))
    return AsyncKeyClient(KEY, BASE, info=INFO, http_client=http)


def frames(data: bytes) -> list[Any]:
    """The JSON chunks of a UI message stream, then the string ``[DONE]``; asserts the SSE framing."""
    assert data.endswith(b"\n\n")
    out: list[Any] = []
    for frame in data.decode().split("\n\n")[:-1]:
        assert frame.startswith("data: ") and "\n" not in frame, frame
        payload = frame[6:]
        out.append(payload if payload == "[DONE]" else json.loads(payload))
    return out


# --- ai 6.0.0's chunk schemas (packages/ai/src/ui-message-stream/ui-message-chunks.ts, strictObject) ------------

_PM = "providerMetadata"
#: chunk type -> (required fields, optional fields), as ai 6.0.0 declares them.
AI_6_0_0_CHUNKS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "text-start": (frozenset({"id"}), frozenset({_PM})),
    "text-delta": (frozenset({"id", "delta"}), frozenset({_PM})),
    "text-end": (frozenset({"id"}), frozenset({_PM})),
    "error": (frozenset({"errorText"}), frozenset()),
    "tool-input-start": (
        frozenset({"toolCallId", "toolName"}),
        frozenset({"providerExecuted", "dynamic", "title"}),
    ),
    "tool-input-delta": (frozenset({"toolCallId", "inputTextDelta"}), frozenset()),
    "tool-input-available": (
        frozenset({"toolCallId", "toolName", "input"}),
        frozenset({"providerExecuted", _PM, "dynamic", "title"}),
    ),
    "reasoning-start": (frozenset({"id"}), frozenset({_PM})),
    "reasoning-delta": (frozenset({"id", "delta"}), frozenset({_PM})),
    "reasoning-end": (frozenset({"id"}), frozenset({_PM})),
    "start-step": (frozenset(), frozenset()),
    "finish-step": (frozenset(), frozenset()),
    "start": (frozenset(), frozenset({"messageId", "messageMetadata"})),
    "finish": (frozenset(), frozenset({"finishReason", "messageMetadata"})),
    "message-metadata": (frozenset({"messageMetadata"}), frozenset()),
}
AI_6_0_0_FINISH_REASONS = frozenset({"stop", "length", "content-filter", "tool-calls", "error", "other"})


def strict_ai6_problems(chunks: list[Any]) -> list[str]:
    """What ai 6.0.0 would refuse in ``chunks`` (the JSON chunks, without ``[DONE]``)."""
    problems = []
    for chunk in chunks:
        kind = chunk.get("type")
        if isinstance(kind, str) and kind.startswith("data-"):
            required, optional = frozenset({"data"}), frozenset({"id", "transient"})
        elif kind in AI_6_0_0_CHUNKS:
            required, optional = AI_6_0_0_CHUNKS[kind]
        else:
            problems.append(f"unknown chunk type {kind!r}")
            continue
        keys = set(chunk) - {"type"}
        if not required <= keys or keys - required - optional:
            problems.append(f"{kind}: fields {sorted(keys)}")
        if kind == "finish" and chunk.get("finishReason") not in AI_6_0_0_FINISH_REASONS | {None}:
            problems.append(f"finish: finishReason {chunk['finishReason']!r}")
    return problems
