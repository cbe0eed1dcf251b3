"""A chat stream as the Vercel AI SDK's UI message stream (what ``useChat`` reads), with no web framework.

The protocol (AI SDK 5 and 6, ``x-vercel-ai-ui-message-stream: v1``): server-sent events, each ``data:`` a JSON
chunk: ``start`` (messageId), ``start-step``, ``text-start`` / ``text-delta`` / ``text-end`` (one id per text
part), ``tool-input-start`` / ``tool-input-delta`` / ``tool-input-available`` per tool call, ``finish-step``,
``finish`` (finishReason), ``error`` (errorText), then ``data: [DONE]``. Checked against the ``ai`` package's own
parser (``uiMessageChunkSchema`` + ``readUIMessageStream``) in ``tests/contract/test_ui_message_stream.py``.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import Any

from litellm_sdk._use.types import ChatChunk
from litellm_sdk.errors import LiteLLMError

__all__ = ["UI_MESSAGE_STREAM_HEADERS", "aui_message_stream", "ui_message_stream"]

#: The response headers of a UI message stream (the same as the ``ai`` package's ``UI_MESSAGE_STREAM_HEADERS``).
UI_MESSAGE_STREAM_HEADERS: Mapping[str, str] = {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    "connection": "keep-alive",
    "x-vercel-ai-ui-message-stream": "v1",
    "x-accel-buffering": "no",
}

#: OpenAI finish reasons -> the AI SDK's.
_FINISH = {
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool-calls",
    "function_call": "tool-calls",
    "content_filter": "content-filter",
}

ErrorText = Callable[[BaseException], str]


def default_error_text(error: BaseException) -> str:
    """What the browser sees of an error: a LiteLLMError's message (secrets already masked), else nothing
    internal."""
    if isinstance(error, LiteLLMError):
        return error.message
    return "An error occurred."


def _sse(chunk: Mapping[str, Any]) -> bytes:
    return b"data: " + json.dumps(chunk, separators=(",", ":"), ensure_ascii=False).encode() + b"\n\n"


_DONE = b"data: [DONE]\n\n"


class _Translator:
    """Chat chunks in, UI message chunks out (as SSE bytes); all state of one message."""

    def __init__(self, message_id: str | None, error_text: ErrorText) -> None:
        self.message_id = message_id or f"msg-{uuid.uuid4().hex}"
        self.error_text = error_text
        self.text_id: str | None = None
        self.texts = 0
        self.tools: dict[int, dict[str, str]] = {}
        self.finish_reason: str | None = None

    def begin(self) -> list[bytes]:
        return [_sse({"type": "start", "messageId": self.message_id}), _sse({"type": "start-step"})]

    def chunk(self, chunk: ChatChunk) -> list[bytes]:
        out: list[bytes] = []
        if chunk.text:
            if self.text_id is None:
                self.text_id = f"{self.message_id}-text-{self.texts}"
                self.texts += 1
                out.append(_sse({"type": "text-start", "id": self.text_id}))
            out.append(_sse({"type": "text-delta", "id": self.text_id, "delta": chunk.text}))
        for call in chunk.tool_calls:
            tool = self.tools.get(call.index)
            if tool is None:
                out.extend(self._end_text())
                tool = self.tools[call.index] = {
                    "id": call.id or f"{self.message_id}-tool-{call.index}",
                    "name": call.name,
                    "input": "",
                }
                out.append(_sse({"type": "tool-input-start", "toolCallId": tool["id"], "toolName": tool["name"]}))
            if call.arguments:
                tool["input"] += call.arguments
                out.append(
                    _sse({"type": "tool-input-delta", "toolCallId": tool["id"], "inputTextDelta": call.arguments})
                )
        if chunk.finish_reason:
            self.finish_reason = chunk.finish_reason
        return out

    def _end_text(self) -> list[bytes]:
        if self.text_id is None:
            return []
        done = [_sse({"type": "text-end", "id": self.text_id})]
        self.text_id = None
        return done

    def _end_tools(self) -> list[bytes]:
        out = []
        for tool in self.tools.values():
            try:
                arguments = json.loads(tool["input"]) if tool["input"] else {}
            except ValueError:
                arguments = tool["input"]
            out.append(
                _sse(
                    {
                        "type": "tool-input-available",
                        "toolCallId": tool["id"],
                        "toolName": tool["name"],
                        "input": arguments,
                    }
                )
            )
        self.tools.clear()
        return out

    def finish(self) -> list[bytes]:
        reason = _FINISH.get(self.finish_reason or "stop", "other")
        return [
            *self._end_text(),
            *self._end_tools(),
            _sse({"type": "finish-step"}),
            _sse({"type": "finish", "finishReason": reason}),
            _DONE,
        ]

    def fail(self, error: BaseException) -> list[bytes]:
        return [*self._end_text(), _sse({"type": "error", "errorText": self.error_text(error)}), _DONE]


def ui_message_stream(
    stream: Iterable[ChatChunk],
    *,
    message_id: str | None = None,
    error_text: ErrorText = default_error_text,
) -> Iterator[bytes]:
    """The bytes of a UI message stream for ``stream`` (a :class:`~litellm_sdk.ChatStream`), as the body of any
    WSGI / ASGI streaming response with :data:`UI_MESSAGE_STREAM_HEADERS`. A LiteLLMError mid-stream becomes an
    ``error`` chunk (``error_text(error)``: by default its message) and the stream ends; closing this iterator
    early (the browser went away) closes the chat stream and its connection."""
    state = _Translator(message_id, error_text)
    yield from state.begin()
    try:
        for chunk in stream:
            yield from state.chunk(chunk)
    except Exception as error:
        yield from state.fail(error)
        return
    finally:
        close = getattr(stream, "close", None)
        if close is not None:
            close()
    yield from state.finish()


async def aui_message_stream(
    stream: AsyncIterator[ChatChunk],
    *,
    message_id: str | None = None,
    error_text: ErrorText = default_error_text,
) -> AsyncIterator[bytes]:
    """:func:`ui_message_stream` for an :class:`~litellm_sdk.AsyncChatStream` (an ASGI streaming body)."""
    state = _Translator(message_id, error_text)
    for part in state.begin():
        yield part
    try:
        async for chunk in stream:
            for part in state.chunk(chunk):
                yield part
    except Exception as error:
        for part in state.fail(error):
            yield part
        return
    finally:
        close = getattr(stream, "aclose", None)
        if close is not None:
            await close()
    for part in state.finish():
        yield part
