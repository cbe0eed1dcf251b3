"""A chat stream as the Vercel AI SDK's UI message stream (what ``useChat`` reads), with no web framework.

The protocol (AI SDK 5, 6 and 7, ``x-vercel-ai-ui-message-stream: v1``): server-sent events, each ``data:`` a JSON
chunk, then ``data: [DONE]``. What :func:`ui_message_stream` sends, in order:

- ``start`` (``messageId``, ``messageMetadata``), ``start-step``;
- per stretch of the model's thinking (LiteLLM's delta ``reasoning_content``): ``reasoning-start`` /
  ``reasoning-delta`` / ``reasoning-end``; per stretch of text: ``text-start`` / ``text-delta`` / ``text-end``
  (one id per part, a part ends when the other kind or a tool call begins);
- per tool call: ``tool-input-start`` and ``tool-input-delta`` as its arguments stream, ``tool-input-available``
  (the parsed input) at the end;
- the caller's ``data-<name>`` parts (:class:`UIDataPart`), where the caller's ``data`` puts them;
- ``finish-step``, ``finish`` (``finishReason``, ``messageMetadata``);
- or, on a failure mid-stream, an ``error`` chunk (``errorText``: :func:`default_error_text`) in place of the
  finish.

Only chunk types and fields that ``ai`` 6.0.0 accepts are sent (its chunk schemas were strict until 6.0.231: an
unknown field or chunk type fails the whole message), unless the caller asks for ``protocol="ai7"`` (see
:data:`UIProtocol`).

The message metadata (``message.metadata`` in ``useChat``; the AI SDK merges the ``start`` and ``finish`` ones, the
finish's fields over the start's; a field is left out when it is not known; money in USD; docs/using-the-key.md shows
how a page reads it):

- ``model`` (start and finish): the model that answers, as LiteLLM names it in the stream;
- ``maxBudget`` (start): the key's ``max_budget`` (LiteLLM's ``x-litellm-key-max-budget`` header);
- ``remainingBudget``: on start what is left before this answer (the caller's ``remaining_budget`` number, else
  the key's running figure, ``stream.budget.effective_remaining``: the least left of every budget that applies,
  else ``max_budget`` minus LiteLLM's ``x-litellm-key-spend``, which is not a running total); on finish what is left
  after it (the caller's ``remaining_budget`` callable, else the running figure with this answer counted,
  ``completion.budget.effective_remaining``, else the start figure minus ``cost``; left out when none is known, so
  the start figure stays);
- ``finishReason`` (finish): LiteLLM's finish reason as sent (``stop``, ``length``, ``tool_calls``,
  ``content_filter``);
- ``usage`` (finish): ``{inputTokens, outputTokens, totalTokens, reasoningTokens?, cachedInputTokens?}`` as LiteLLM
  counted them (the AI SDK's ``LanguageModelUsage`` names);
- ``cost`` (finish): this answer's cost, when the stream says it (LiteLLM's ``usage.cost``, sent when the proxy sets
  ``include_cost_in_streaming_usage``);
- and whatever the caller's ``metadata`` callable returns (its fields win).

Checked against the ``ai`` package's own parser and ``Chat`` class (what ``useChat`` runs), at 6.0.0, the newest 6.0
and the newest 7.0, in ``tests/contract/test_ui_message_stream.py``.

A failure before the stream starts (budget used up, key blocked or expired, a model the key may not use, an image for
a model without vision) is answered with :func:`ui_error_response`.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, NamedTuple, TypeAlias

import attrs

from litellm_sdk._use.types import ChatChunk, ChatCompletion, Spend, Usage
from litellm_sdk.errors import (
    APIConnectionError,
    APITimeoutError,
    InvalidRequestError,
    InvalidResponseError,
    LiteLLMError,
    ModelAccessDeniedError,
)
from litellm_sdk.types import LiveBudget

__all__ = [
    "UI_MESSAGE_STREAM_HEADERS",
    "UIDataPart",
    "UIErrorResponse",
    "aui_message_stream",
    "ui_error_response",
    "ui_message_stream",
]

log = logging.getLogger("litellm_sdk")

#: The response headers of a UI message stream (the same as the ``ai`` package's ``UI_MESSAGE_STREAM_HEADERS``).
UI_MESSAGE_STREAM_HEADERS: Mapping[str, str] = {
    "content-type": "text/event-stream",
    "cache-control": "no-cache",
    "connection": "keep-alive",
    "x-vercel-ai-ui-message-stream": "v1",
    "x-accel-buffering": "no",
}

#: Which ``ai`` releases the stream must satisfy. ``"ai6"`` (the default): only chunk types and fields ``ai`` 6.0.0
#: accepts, so every 6.x and 7.x client reads it. ``"ai7"``: for pages on ``ai`` 7 only; a stream cut before its end
#: (the connection to the proxy dropped, or the proxy's stream ended with no finish) ends with ``finish``
#: ``finishReason: "interrupted"`` (ai 7's word for "the provider stream ended without a completion signal; output may
#: be incomplete": the text so far is kept and ``useChat`` does not send on automatically) instead of an ``error``
#: chunk. An ``ai`` 6 client rejects that finish reason.
UIProtocol: TypeAlias = Literal["ai6", "ai7"]

#: OpenAI finish reasons -> the AI SDK's.
_FINISH = {
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool-calls",
    "function_call": "tool-calls",
    "content_filter": "content-filter",
}

ErrorText: TypeAlias = Callable[[BaseException], str]
#: ``metadata=``: extra message metadata for the ``finish`` chunk, from the whole answer (its ``spend``, ``usage``).
MetadataHook: TypeAlias = Callable[[ChatCompletion], "Mapping[str, Any] | None"]
#: ``remaining_budget=``: what is left of the budget before this answer (a number), or after it (a callable given the
#: whole answer; None: not known).
RemainingBudget: TypeAlias = "float | Callable[[ChatCompletion], float | None] | None"


@attrs.frozen
class UIDataPart:
    """A ``data-<name>`` part of the UI message stream: ``data`` (any JSON value) reaches ``useChat`` as a part
    ``{type: "data-<name>", id, data}`` of the assistant message; a part sent again with the same ``id`` replaces it.
    ``transient`` parts are not kept in the message: only ``useChat``'s ``onData`` sees them (a status line, a
    notice)."""

    name: str
    data: Any
    id: str | None = None
    transient: bool = False

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name:
            raise InvalidRequestError(f"UIDataPart name must be a non-empty string, got {self.name!r}", param="name")

    def chunk(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": f"data-{self.name}"}
        if self.id is not None:
            out["id"] = self.id
        out["data"] = self.data
        if self.transient:
            out["transient"] = True
        return out


#: ``data=``: parts to send right after ``start``, or a callable called with each chat chunk (after that chunk's
#: parts) and once with None at the end (before ``finish``), returning the parts to send then.
DataSource: TypeAlias = "Iterable[UIDataPart] | Callable[[ChatChunk | None], Iterable[UIDataPart] | None] | None"


def default_error_text(error: BaseException) -> str:
    """What the browser sees of an error: a LiteLLMError's :attr:`~litellm_sdk.LiteLLMError.user_message` (what
    happened and what the person can do, with no admin instructions, ids or developer words), else nothing
    internal."""
    if isinstance(error, LiteLLMError):
        return error.user_message
    return "Something went wrong while answering. Try again."


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_encode_ascii = json.JSONEncoder(separators=(",", ":")).encode


def _json(value: Any) -> bytes:
    text = _encode(value)
    try:
        return text.encode()
    except UnicodeEncodeError:  # a lone surrogate (half of a pair the model split across chunks): keep it escaped
        return _encode_ascii(value).encode()


def _sse(chunk: Mapping[str, Any]) -> bytes:
    return b"data: " + _json(chunk) + b"\n\n"


_DONE = b"data: [DONE]\n\n"
_END = b"}\n\n"
_START_STEP = b'data: {"type":"start-step"}\n\n'
_FINISH_STEP = b'data: {"type":"finish-step"}\n\n'


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _usage(usage: Usage) -> dict[str, int]:
    out: dict[str, int] = {}
    if usage.prompt_tokens is not None:
        out["inputTokens"] = usage.prompt_tokens
    if usage.completion_tokens is not None:
        out["outputTokens"] = usage.completion_tokens
    if usage.total_tokens is not None:
        out["totalTokens"] = usage.total_tokens
    for field, inner, name in (
        ("completion_tokens_details", "reasoning_tokens", "reasoningTokens"),
        ("prompt_tokens_details", "cached_tokens", "cachedInputTokens"),
    ):
        details = usage.raw.get(field)
        count = details.get(inner) if isinstance(details, dict) else None
        if isinstance(count, int) and not isinstance(count, bool):
            out[name] = count
    return out


def _cut(error: BaseException) -> bool:
    """Whether ``error`` is a stream cut before its end (not a refusal, not a malformed chunk)."""
    if isinstance(error, APIConnectionError):
        return True
    return isinstance(error, InvalidResponseError) and error.message.startswith("the chat stream ended before")


class _Translator:
    """Chat chunks in, UI message chunks out (as SSE bytes); all state of one message."""

    def __init__(
        self,
        stream: object,
        message_id: str | None,
        error_text: ErrorText,
        metadata: MetadataHook | bool,
        remaining_budget: RemainingBudget,
        data: DataSource,
        protocol: UIProtocol,
    ) -> None:
        if protocol not in ("ai6", "ai7"):
            raise InvalidRequestError(f"protocol must be 'ai6' or 'ai7', got {protocol!r}", param="protocol")
        self.stream = stream
        self.message_id = message_id or f"msg-{uuid.uuid4().hex}"
        self.error_text = error_text
        self.metadata = metadata
        self.remaining_budget = remaining_budget
        self.data_parts: Iterable[UIDataPart] = ()
        self.data_hook: Callable[[ChatChunk | None], Iterable[UIDataPart] | None] | None = None
        if callable(data):
            self.data_hook = data
        elif data is not None:
            self.data_parts = data
        self.protocol = protocol
        self.started = False
        self.text_id: str | None = None
        self.text_prefix = b""
        self.reasoning_id: str | None = None
        self.parts = 0
        self.tools: dict[int, dict[str, str]] = {}
        # what a plain iterable of chunks (not a ChatStream) leaves to us to gather for the finish
        self.own_answer = not hasattr(type(stream), "completion")
        self.model: str | None = None
        self.finish_reason: str | None = None
        self.usage: Usage | None = None
        self.remaining_before: float | None = None

    # --- metadata ------------------------------------------------------------------------------------------------

    def _spend(self) -> Spend:
        spend = getattr(self.stream, "spend", None)
        return spend if isinstance(spend, Spend) else Spend()

    def _start_metadata(self) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        if self.model is not None:
            meta["model"] = self.model
        spend = self._spend()
        if spend.key_max_budget is not None:
            meta["maxBudget"] = spend.key_max_budget
        given = self.remaining_budget
        running = getattr(self.stream, "budget", None)  # the key's running figure before this answer
        if given is not None and not callable(given):
            self.remaining_before = _number(given)
        elif isinstance(running, LiveBudget) and running.effective_remaining is not None:
            self.remaining_before = running.effective_remaining
        elif spend.key_max_budget is not None and spend.key_spend is not None:
            self.remaining_before = max(0.0, spend.key_max_budget - spend.key_spend)
        if self.remaining_before is not None:
            meta["remainingBudget"] = self.remaining_before
        return meta

    def _completion(self) -> ChatCompletion:
        completion = getattr(self.stream, "completion", None)
        if isinstance(completion, ChatCompletion):
            return completion
        return ChatCompletion(
            id=None,
            model=self.model,
            text="",
            finish_reason=self.finish_reason,
            usage=self.usage,
            spend=self._spend(),
        )

    def _finish_metadata(self, completion: ChatCompletion, reason: str | None) -> dict[str, Any]:
        meta: dict[str, Any] = {}
        if completion.model is not None:
            meta["model"] = completion.model
        if reason is not None:
            meta["finishReason"] = reason
        cost = None
        if completion.usage is not None:
            meta["usage"] = _usage(completion.usage)
            cost = _number(completion.usage.raw.get("cost"))
        if cost is not None:
            meta["cost"] = cost
        given = self.remaining_budget
        remaining = None
        if callable(given):
            remaining = _number(given(completion))
        elif completion.budget is not None and completion.budget.effective_remaining is not None:
            remaining = completion.budget.effective_remaining  # the running figure with this answer counted
        elif cost is not None and self.remaining_before is not None:
            remaining = round(max(0.0, self.remaining_before - cost), 10)
        if remaining is not None:
            meta["remainingBudget"] = remaining
        if callable(self.metadata):
            extra = self.metadata(completion)
            if extra:
                meta.update(extra)
        return meta

    # --- chunks --------------------------------------------------------------------------------------------------

    def begin(self) -> list[bytes]:
        self.started = True
        start: dict[str, Any] = {"type": "start", "messageId": self.message_id}
        if self.metadata is not False:
            meta = self._start_metadata()
            if meta:
                start["messageMetadata"] = meta
        out = [_sse(start), _START_STEP]
        out.extend(_sse(part.chunk()) for part in self.data_parts)
        return out

    def chunk(self, chunk: ChatChunk) -> list[bytes]:
        out: list[bytes] = []
        if not self.started:
            if self.model is None:
                model = chunk.raw.get("model")
                self.model = model if isinstance(model, str) and model else None
            out.extend(self.begin())
        if chunk.reasoning:
            if self.reasoning_id is None:
                out.extend(self._end_text())
                self.reasoning_id = f"{self.message_id}-reasoning-{self.parts}"
                self.parts += 1
                out.append(_sse({"type": "reasoning-start", "id": self.reasoning_id}))
            out.append(_sse({"type": "reasoning-delta", "id": self.reasoning_id, "delta": chunk.reasoning}))
        if chunk.text:
            if self.text_id is None:
                out.extend(self._end_reasoning())
                self.text_id = text_id = f"{self.message_id}-text-{self.parts}"
                self.parts += 1
                out.append(_sse({"type": "text-start", "id": text_id}))
                self.text_prefix = b'data: {"type":"text-delta","id":' + _json(text_id) + b',"delta":'
            out.append(self.text_prefix + _json(chunk.text) + _END)
        for call in chunk.tool_calls:
            tool = self.tools.get(call.index)
            if tool is None:
                out.extend(self._end_reasoning())
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
        if self.own_answer:
            if chunk.finish_reason:
                self.finish_reason = chunk.finish_reason
            if chunk.usage is not None:
                self.usage = chunk.usage
        if self.data_hook is not None:
            out.extend(self._data(chunk))
        return out

    def _data(self, chunk: ChatChunk | None) -> list[bytes]:
        assert self.data_hook is not None
        return [_sse(part.chunk()) for part in self.data_hook(chunk) or ()]

    def _end_text(self) -> list[bytes]:
        if self.text_id is None:
            return []
        done = [_sse({"type": "text-end", "id": self.text_id})]
        self.text_id = None
        return done

    def _end_reasoning(self) -> list[bytes]:
        if self.reasoning_id is None:
            return []
        done = [_sse({"type": "reasoning-end", "id": self.reasoning_id})]
        self.reasoning_id = None
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
        """The end of a whole answer; a failure in the caller's hooks (``data``, ``metadata``,
        ``remaining_budget``) ends the stream as any other error does."""
        out = [] if self.started else self.begin()
        out += [*self._end_reasoning(), *self._end_text(), *self._end_tools()]
        try:
            if self.data_hook is not None:
                out.extend(self._data(None))
            completion = self._completion()
            finish: dict[str, Any] = {
                "type": "finish",
                "finishReason": _FINISH.get(completion.finish_reason or "stop", "other"),
            }
            if self.metadata is not False:
                finish["messageMetadata"] = self._finish_metadata(completion, completion.finish_reason)
            return [*out, _FINISH_STEP, _sse(finish), _DONE]
        except Exception as error:
            log.exception("ui_message_stream: a hook failed at the end of the answer")
            return [*out, *self.fail(error)]

    def fail(self, error: BaseException) -> list[bytes]:
        out = [] if self.started else self.begin()
        out += [*self._end_reasoning(), *self._end_text()]
        if self.protocol == "ai7" and _cut(error):
            self.tools.clear()  # their input is cut short
            finish: dict[str, Any] = {"type": "finish", "finishReason": "interrupted"}
            return [*out, _FINISH_STEP, _sse(finish), _DONE]
        return [*out, _sse({"type": "error", "errorText": self.error_text(error)}), _DONE]


def ui_message_stream(
    stream: Iterable[ChatChunk],
    *,
    message_id: str | None = None,
    error_text: ErrorText = default_error_text,
    metadata: MetadataHook | bool = True,
    remaining_budget: RemainingBudget = None,
    data: DataSource = None,
    protocol: UIProtocol = "ai6",
) -> Iterator[bytes]:
    """The bytes of a UI message stream for ``stream`` (a :class:`~litellm_sdk.ChatStream`), as the body of any
    WSGI / ASGI streaming response with :data:`UI_MESSAGE_STREAM_HEADERS`.

    - ``metadata``: message metadata on ``start`` and ``finish`` (the model, the budget, usage, cost, the finish
      reason: the module's docstring has the shape); a callable is given the whole answer (a
      :class:`~litellm_sdk.ChatCompletion` with ``spend`` and ``usage``) and returns more fields for ``finish``
      (they win over the SDK's); False sends none.
    - ``remaining_budget``: your own figure of what is left: a number (before this answer; the finish subtracts the
      answer's cost when it is known), or a callable given the whole answer that returns what is left after it.
      Without it the figure comes from LiteLLM's stream headers, which lag behind calls still being counted.
    - ``data``: :class:`UIDataPart` s to send right after ``start``, or a callable called with each chat chunk and
      once with None at the end, returning the parts to send then.
    - ``protocol``: :data:`UIProtocol` (``"ai6"``: what every ``ai`` 6.x and 7.x accepts).

    A LiteLLMError mid-stream (or a failing hook) becomes an ``error`` chunk (``error_text(error)``: by default its
    :attr:`~litellm_sdk.LiteLLMError.user_message`) and the stream ends with ``[DONE]``; closing this iterator early
    (the browser went away) closes the chat stream and its connection."""
    state = _Translator(stream, message_id, error_text, metadata, remaining_budget, data, protocol)
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
    metadata: MetadataHook | bool = True,
    remaining_budget: RemainingBudget = None,
    data: DataSource = None,
    protocol: UIProtocol = "ai6",
) -> AsyncIterator[bytes]:
    """:func:`ui_message_stream` for an :class:`~litellm_sdk.AsyncChatStream` (an ASGI streaming body)."""
    state = _Translator(stream, message_id, error_text, metadata, remaining_budget, data, protocol)
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


# --- a failure before the first chunk -----------------------------------------------------------------------------


class UIErrorResponse(NamedTuple):
    """A whole HTTP answer for ``useChat``: hand ``status``, ``headers`` and ``body`` to any web framework."""

    status: int
    headers: Mapping[str, str]
    body: bytes


def _status_of(error: BaseException) -> int:
    status = getattr(error, "status", None)
    if isinstance(status, int) and 400 <= status < 600:
        return status
    if isinstance(error, ModelAccessDeniedError):
        return 403
    if isinstance(error, InvalidRequestError):
        return 400
    if isinstance(error, APITimeoutError):
        return 504
    if isinstance(error, APIConnectionError):
        return 502
    return 500


def ui_error_response(
    error: BaseException,
    *,
    error_text: ErrorText = default_error_text,
    stream: bool = False,
    message_id: str | None = None,
) -> UIErrorResponse:
    """The answer to a chat request that failed before its stream began (``stream_chat`` raised: budget used up,
    key blocked or expired, a model the key may not use, an image for a model without vision ...), so that the
    ``useChat`` page shows ``error_text(error)`` (by default the error's
    :attr:`~litellm_sdk.LiteLLMError.user_message`), never raw JSON:

    - by default the error's status (4xx/5xx; a refusal the SDK made itself: 400, or 403 for a model the key may
      not use; a proxy out of reach: 502/504) with the text as a ``text/plain`` body: ``useChat``'s
      ``DefaultChatTransport`` throws an ``Error`` whose message is the body's text (ai 7: an ``APICallError`` with
      ``statusCode``), which the page gets as ``error.message``;
    - ``stream=True``: 200 and a UI message stream of ``start``, an ``error`` chunk and ``[DONE]``, which
      ``useChat`` shows the same way, for a client that only reads streams. Proxies and logs then see a 200.
    """
    text = error_text(error)
    if not stream:
        return UIErrorResponse(
            _status_of(error),
            {"content-type": "text/plain; charset=utf-8", "cache-control": "no-cache"},
            text.encode(),
        )
    start = {"type": "start", "messageId": message_id or f"msg-{uuid.uuid4().hex}"}
    body = _sse(start) + _sse({"type": "error", "errorText": text}) + _DONE
    return UIErrorResponse(200, dict(UI_MESSAGE_STREAM_HEADERS), body)
