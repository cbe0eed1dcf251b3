"""The key in use, without I/O: the key's limits checked before sending, requests built, answers parsed, and
server-sent events decoded. ``_use.client`` runs these with the sync or the async runner.

Retries: a chat completion (streamed or not), an image, a transcription, speech and embeddings all cost money and
are not idempotent, so a request is sent again only when it provably never reached the proxy or the proxy refused
it before doing anything (the engine's ``NOTHING_DONE`` rule): a connection that could not be opened
(``request_sent`` False), a 429 rate limit (after its ``Retry-After``) and a 503. A timeout or a dropped connection
after sending, and any other 5xx, are raised at once.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from litellm_sdk._classify import error_from_response
from litellm_sdk._engine import steps
from litellm_sdk._engine.steps import Context, Op, Request, Response, parse_json
from litellm_sdk._use.types import (
    ChatChunk,
    ChatCompletion,
    Embeddings,
    GeneratedImage,
    Images,
    Speech,
    Spend,
    ToolCall,
    Transcription,
    Usage,
)
from litellm_sdk.errors import (
    InvalidRequestError,
    InvalidResponseError,
    LiteLLMError,
    ModelAccessDeniedError,
)
from litellm_sdk.types import ModelInfo, VirtualKeyInfo

#: Content-part types that carry an image in a chat message (OpenAI and LiteLLM spellings).
IMAGE_PARTS = frozenset({"image_url", "image", "input_image"})
#: Request fields that ask for function calling.
TOOL_PARAMS = ("tools", "functions", "tool_choice", "function_call", "parallel_tool_calls")


# --- the key's limits, checked before sending ---------------------------------------------------------------


def _refuse(
    message: str, param: str, action: str | None = None, *, user_message: str | None = None
) -> InvalidRequestError:
    return InvalidRequestError(
        message,
        param=param,
        suggested_action=action or "Change the request, or pass check=False when you know the proxy accepts it.",
        user_message=user_message,
    )


def check_messages(messages: Any) -> list[Any]:
    if isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence):
        raise _refuse(f"messages must be a list of messages, got {type(messages).__name__}", "messages")
    if not messages:
        raise _refuse("messages is empty: a chat completion needs at least one message", "messages")
    for i, message in enumerate(messages):
        if not isinstance(message, Mapping) or not isinstance(message.get("role"), str):
            raise _refuse(f"messages[{i}] must be a mapping with a 'role'", "messages")
    return list(messages)


def key_model(info: VirtualKeyInfo, model: str, mode: str, *, label: str) -> ModelInfo | None:
    """The key's model ``model`` for a ``mode`` call: ModelAccessDeniedError when the key may not use it (the class
    the proxy's own refusal has), InvalidRequestError when it is not a model of that kind. None when the name is one
    of the key's aliases (LiteLLM resolves it; nothing more to check)."""
    if not isinstance(model, str) or not model:
        raise _refuse(f"model must be a model name, got {model!r}", "model")
    found = info.model(model)
    if found is None:
        if model in info.aliases:
            return None
        allowed = ", ".join(m.id for m in info.models if _mode_ok(m, mode)) or "none"
        raise ModelAccessDeniedError(
            f"model {model!r} is not available to this key; its {label} models: {allowed}",
            param="model",
            suggested_action="Pick one of the key's models, or ask an administrator to allow this one.",
            user_message=f"You cannot use the model {model!r}. Pick one of the models offered to you.",
        )
    if not _mode_ok(found, mode):
        raise _refuse(f"model {model!r} is a {found.mode} model, not a {label} model", "model")
    return found


def _mode_ok(model: ModelInfo, mode: str) -> bool:
    if model.mode is None:
        return True
    if mode == "chat":
        return model.mode in ("chat", "completion", "responses")
    if mode == "embedding":
        return model.mode in ("embedding", "embeddings")
    return model.mode == mode


def default_model(info: VirtualKeyInfo | None, mode: str, what: str, param: str = "model") -> str:
    """The key's first model of ``mode``, for calls where the model may be left out."""
    if info is not None:
        for model in info.models:
            if model.mode == mode and model.servable:
                return model.id
    raise _refuse(
        f"this key has no {what} model; pass model= to name one",
        param,
        "Hide this feature when info.features says it is off, or ask an administrator for such a model.",
    )


def has_image(messages: Iterable[Any]) -> bool:
    """Whether any message holds an image: an image part, or LiteLLM's ``file`` part with an image in it."""
    for message in messages:
        content = message.get("content") if isinstance(message, Mapping) else None
        if isinstance(content, Sequence) and not isinstance(content, str):
            for part in content:
                if isinstance(part, Mapping) and (part.get("type") in IMAGE_PARTS or _image_file(part)):
                    return True
    return False


def _image_file(part: Mapping[str, Any]) -> bool:
    """LiteLLM's ``{"type": "file", "file": {"file_data": "data:image/...", "format"?: "image/..."}}``."""
    file = part.get("file") if part.get("type") == "file" else None
    if not isinstance(file, Mapping):
        return False
    data, fmt = file.get("file_data"), file.get("format")
    return (isinstance(data, str) and data[:11].lower() == "data:image/") or (
        isinstance(fmt, str) and fmt.lower().startswith("image/")
    )


def check_chat(info: VirtualKeyInfo | None, model: str, messages: list[Any], params: Mapping[str, Any]) -> None:
    if info is None:
        return
    found = key_model(info, model, "chat", label="chat")
    if found is None:
        return
    if not found.supports_vision and has_image(messages):
        raise _refuse(
            f"messages hold an image but model {model!r} does not support vision",
            "messages",
            "Pick a model that can read images, or remove the image.",
            user_message=f"The model {model!r} cannot read images. Pick a model that can, or remove the image.",
        )
    if not found.supports_function_calling:
        for name in TOOL_PARAMS:
            if params.get(name) not in (None, [], "none"):
                raise _refuse(
                    f"{name} given but model {model!r} does not support function calling",
                    name,
                    "Pick a model with supports_function_calling, or leave the tools out.",
                    user_message=f"The model {model!r} cannot use tools. Pick another model.",
                )


#: Leading bytes of the audio containers OpenAI's and LiteLLM's transcription accept.
_AUDIO_MAGIC = (b"RIFF", b"ID3", b"OggS", b"fLaC", b"\x1a\x45\xdf\xa3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2")
_AUDIO_EXT = (".flac", ".m4a", ".mp3", ".mp4", ".mpeg", ".mpga", ".oga", ".ogg", ".wav", ".webm")


def check_audio(data: bytes, filename: str) -> None:
    """Refuse a file that is neither a known audio container by its first bytes nor named like one."""
    if not data:
        raise _refuse("file is empty", "file")
    head = data[:12]
    if head.startswith(_AUDIO_MAGIC) or head[4:8] == b"ftyp":
        if head.startswith(b"RIFF") and head[8:12] != b"WAVE":
            raise _refuse(f"file {filename!r} is a RIFF file but not WAVE audio", "file")
        return
    if filename.lower().endswith(_AUDIO_EXT) and not _looks_textual(head):
        return
    raise _refuse(
        f"file {filename!r} is not audio (expected flac, m4a, mp3, mp4, mpeg, mpga, ogg, wav or webm)",
        "file",
        "Upload an audio recording, or pass check=False when you know the format is accepted.",
    )


def _looks_textual(head: bytes) -> bool:
    return head.lstrip()[:1] in (b"{", b"[", b"<") or head.startswith(b"%PDF")


# --- sending: retried only when nothing can have been done -------------------------------------------------------


def send(ctx: Context, request: Request) -> Op[Response]:
    """Send ``request``; a 2xx Response, else the mapped LiteLLMError. Retried only when nothing was done."""
    return steps.send(ctx, request, steps.NOTHING_DONE)


def stream(ctx: Context, request: Request) -> Op[Response]:
    """Open a stream (the :class:`~litellm_sdk._engine.steps.Stream` step), retried like :func:`send`: its 2xx
    Response, whose ``body`` the caller reads and closes."""
    return steps.send(ctx, request, steps.NOTHING_DONE, stream=True)


def _mapping(response: Response, what: str) -> dict[str, Any]:
    body = parse_json(response, what)
    if not isinstance(body, dict):
        raise InvalidResponseError(f"{what} returned {type(body).__name__}, expected a JSON object", body=body)
    return body


# --- requests and answers ------------------------------------------------------------------------------------


def chat_request(model: str, messages: list[Any], params: Mapping[str, Any], *, stream: bool) -> Request:
    body: dict[str, Any] = {"model": model, "messages": messages, **params}
    if stream:
        body["stream"] = True
        options = dict(body.get("stream_options") or {})
        options.setdefault("include_usage", True)
        body["stream_options"] = options
    return Request("POST", "/chat/completions", json=body, idempotent=False)


def chat_op(ctx: Context, request: Request) -> Op[ChatCompletion]:
    response = yield from send(ctx, request)
    return parse_completion(_mapping(response, request.label), Spend.from_headers(response.headers))


def _obj(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _tool_calls(raw: Any) -> tuple[ToolCall, ...]:
    calls = []
    for i, call in enumerate(raw if isinstance(raw, list) else ()):
        if not isinstance(call, dict):
            continue
        function = _obj(call.get("function"))
        calls.append(
            ToolCall(
                id=str(call.get("id") or ""),
                name=str(function.get("name") or ""),
                arguments=str(function.get("arguments") or ""),
                index=call["index"] if isinstance(call.get("index"), int) else i,
            )
        )
    return tuple(calls)


def _first_choice(body: Mapping[str, Any], what: str) -> dict[str, Any] | None:
    choices = body.get("choices")
    if choices is None or choices == []:
        return None
    if not isinstance(choices, list) or not isinstance(choices[0], dict):
        raise InvalidResponseError(f"{what}: 'choices' is not a list of objects", body=dict(body))
    first: dict[str, Any] = choices[0]
    return first


def parse_completion(body: dict[str, Any], spend: Spend) -> ChatCompletion:
    choice = _first_choice(body, "chat completion")
    if choice is None:
        raise InvalidResponseError("the chat completion has no choices", body=body)
    message = _obj(choice.get("message"))
    content = message.get("content")
    return ChatCompletion(
        id=body.get("id"),
        model=body.get("model"),
        text=content if isinstance(content, str) else "",
        tool_calls=_tool_calls(message.get("tool_calls")),
        finish_reason=choice.get("finish_reason"),
        usage=Usage.from_raw(body.get("usage")),
        spend=spend,
        raw=body,
    )


def embeddings_op(ctx: Context, request: Request) -> Op[Embeddings]:
    response = yield from send(ctx, request)
    body = _mapping(response, request.label)
    data = body.get("data")
    if not isinstance(data, list):
        raise InvalidResponseError("the embeddings answer has no 'data' list", body=body)
    vectors = []
    for item in sorted(data, key=lambda d: d.get("index", 0) if isinstance(d, dict) else 0):
        vector = item.get("embedding") if isinstance(item, dict) else None
        if not isinstance(vector, list):
            raise InvalidResponseError("an embedding is not a list of numbers", body=body)
        vectors.append(tuple(float(x) for x in vector))
    return Embeddings(
        vectors=tuple(vectors),
        model=body.get("model"),
        usage=Usage.from_raw(body.get("usage")),
        spend=Spend.from_headers(response.headers),
        raw=body,
    )


def images_op(ctx: Context, request: Request) -> Op[Images]:
    response = yield from send(ctx, request)
    body = _mapping(response, request.label)
    data = body.get("data")
    if not isinstance(data, list):
        raise InvalidResponseError("the image answer has no 'data' list", body=body)
    images = tuple(
        GeneratedImage(url=item.get("url"), b64_json=item.get("b64_json"), revised_prompt=item.get("revised_prompt"))
        for item in data
        if isinstance(item, dict)
    )
    return Images(images=images, spend=Spend.from_headers(response.headers), raw=body)


def transcription_op(ctx: Context, request: Request) -> Op[Transcription]:
    response = yield from send(ctx, request)
    spend = Spend.from_headers(response.headers)
    if not response.headers.get("content-type", "").startswith("application/json"):  # response_format=text/srt/vtt
        return Transcription(text=response.content.decode("utf-8", "replace"), spend=spend)
    body = _mapping(response, request.label)
    text = body.get("text")
    if not isinstance(text, str):
        raise InvalidResponseError("the transcription has no 'text'", body=body)
    duration = body.get("duration")
    return Transcription(
        text=text,
        language=body.get("language"),
        duration=float(duration) if isinstance(duration, (int, float)) else None,
        spend=spend,
        raw=body,
    )


def speech_op(ctx: Context, request: Request) -> Op[Speech]:
    response = yield from send(ctx, request)
    return Speech(
        content=response.content,
        content_type=response.headers.get("content-type"),
        spend=Spend.from_headers(response.headers),
    )


# --- server-sent events --------------------------------------------------------------------------------------


class SSEDecoder:
    """Incremental server-sent-events decoder: feed it bytes as they arrive (split anywhere, even inside a
    UTF-8 character or between ``\\r`` and ``\\n``), get back each event's ``data`` once its blank line came."""

    __slots__ = ("_data", "_line", "_pending_cr", "_tail")

    def __init__(self) -> None:
        self._tail = b""  # the start of a UTF-8 character split across reads
        self._line = ""
        self._data: list[str] = []
        self._pending_cr = False

    def feed(self, chunk: bytes) -> list[str]:
        if self._tail:
            chunk = self._tail + chunk
        text, used = _utf8_decode(chunk, "replace", False)
        self._tail = chunk[used:]
        if "\r" in text or self._pending_cr:
            if self._pending_cr and text.startswith("\n"):
                text = text[1:]
            self._pending_cr = text.endswith("\r")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        events: list[str] = []
        lines = text.split("\n")
        lines[0] = self._line + lines[0]
        self._line = lines.pop()
        data = self._data
        for line in lines:
            if line.startswith("data: "):  # the usual line, handled here: one event costs few calls
                data.append(line[6:])
            elif not line:
                if data:
                    events.append(data[0] if len(data) == 1 else "\n".join(data))
                    data.clear()
            else:
                self._other_line(line)
        return events

    def close(self) -> list[str]:
        """The last event when the stream ended without its blank line."""
        rest = self._line + _utf8_decode(self._tail, "replace", True)[0]
        self._line, self._tail = "", b""
        if rest:
            if rest.startswith("data: "):
                self._data.append(rest[6:])
            else:
                self._other_line(rest)
        events = ["\n".join(self._data)] if self._data else []
        self._data.clear()
        return events

    def _other_line(self, line: str) -> None:
        if line.startswith(":"):  # a comment (keep-alive)
            return
        field, _, value = line.partition(":")
        if field == "data":
            self._data.append(value[1:] if value.startswith(" ") else value)


_utf8_decode = codecs.utf_8_decode


DONE = object()


def parse_event(ctx: Context, data: str) -> ChatChunk | object:
    """One event of a chat stream: a ChatChunk, DONE at ``[DONE]``; LiteLLM's in-stream ``{"error": ...}``
    raises the same LiteLLMError as that error answered as a status; anything not JSON is InvalidResponseError."""
    if data == "[DONE]" or (data[:1] != "{" and data.strip() == "[DONE]"):
        return DONE
    try:
        body, end = _raw_decode(data)
        if end != len(data):  # whitespace (or more) after the value: let the full decoder judge
            body = _decode(data)
    except (ValueError, RecursionError):
        try:
            body = _decode(data)  # leading whitespace, which raw_decode refuses
        except (ValueError, RecursionError):
            raise InvalidResponseError(
                "the chat stream sent a chunk that is not JSON", body=data[:200], retryable=False
            ) from None
    if type(body) is not dict:
        raise InvalidResponseError("the chat stream sent a chunk that is not a JSON object", body=body)
    if body.get("error") is not None:
        raise stream_error(ctx, body)
    choices = body.get("choices")
    if type(choices) is list and choices and type(choices[0]) is dict:  # the usual chunk, checked inline
        choice: dict[str, Any] | None = choices[0]
    else:
        choice = _first_choice(body, "chat stream chunk") if choices else None
    delta = choice.get("delta") if choice is not None else None
    if type(delta) is not dict:
        delta = _obj(delta)
    content = delta.get("content")
    tool_calls = delta.get("tool_calls")
    usage = body.get("usage")
    reasoning = delta.get("reasoning_content")
    return ChatChunk(
        text=content if type(content) is str else "",
        reasoning=reasoning if type(reasoning) is str else "",
        tool_calls=_tool_calls(tool_calls) if tool_calls else (),
        finish_reason=choice.get("finish_reason") if choice is not None else None,
        usage=Usage.from_raw(usage) if usage else None,
        raw=body,
    )


_decoder = json.JSONDecoder()
_decode = _decoder.decode
_raw_decode = _decoder.raw_decode


def stream_error(ctx: Context, body: dict[str, Any]) -> LiteLLMError:
    error = body.get("error")
    code = error.get("code") if isinstance(error, dict) else None
    status = int(code) if isinstance(code, (str, int)) and str(code).isdigit() and 400 <= int(code) < 600 else 500
    content = json.dumps(body).encode()
    return error_from_response(status, {}, content, secrets=ctx.secrets)


class Accumulator:
    """Builds the whole ChatCompletion from a stream's chunks (text, tool calls by index, finish, usage)."""

    __slots__ = ("blocks", "finish_reason", "id", "model", "parts", "tools", "usage")

    def __init__(self) -> None:
        #: The text so far: recent pieces, and older ones joined 64 at a time, so a long stream's text costs
        #: about its length in memory rather than one str object per chunk.
        self.parts: list[str] = []
        self.blocks: list[str] = []
        self.tools: dict[int, list[str]] = {}
        self.finish_reason: str | None = None
        self.usage: Usage | None = None
        self.id: str | None = None
        self.model: str | None = None

    def add(self, chunk: ChatChunk) -> None:
        if chunk.text:
            self.parts.append(chunk.text)
            if len(self.parts) >= 64:
                self.blocks.append("".join(self.parts))
                self.parts.clear()
        for call in chunk.tool_calls:
            slot = self.tools.setdefault(call.index, ["", "", ""])
            slot[0] = slot[0] or call.id
            slot[1] = slot[1] or call.name
            slot[2] += call.arguments
        if chunk.finish_reason:
            self.finish_reason = chunk.finish_reason
        if chunk.usage is not None:
            self.usage = chunk.usage
        if self.id is None:
            self.id = chunk.raw.get("id")
            self.model = chunk.raw.get("model")

    @property
    def text(self) -> str:
        return "".join(self.blocks) + "".join(self.parts)

    def completion(self, spend: Spend) -> ChatCompletion:
        calls = tuple(
            ToolCall(id=slot[0], name=slot[1], arguments=slot[2], index=index)
            for index, slot in sorted(self.tools.items())
        )
        return ChatCompletion(
            id=self.id,
            model=self.model,
            text=self.text,
            tool_calls=calls,
            finish_reason=self.finish_reason,
            usage=self.usage,
            spend=spend,
        )
