"""What ``useChat`` sends, as LiteLLM chat messages: the Vercel AI SDK's UI messages (``ai`` 5, 6 and 7) in.

``useChat`` POSTs ``{"messages": [UIMessage, ...], ...}``; a UIMessage is ``{id, role, parts: [...], metadata?}``.
:func:`chat_messages_from_ui` turns that list into OpenAI-format messages, the way the AI SDK's own
``convertToModelMessages`` followed by its OpenAI provider does (``packages/ai/src/ui/convert-to-model-messages.ts``
and ``packages/openai/src/chat/convert-to-openai-chat-messages.ts`` in vercel/ai, read at 6.0.325 and 7.0.77):

- ``system``: its text parts, joined (other parts are left out);
- ``user``: text parts, and file parts (``{type: "file", mediaType, url, filename?}``): an image becomes an
  ``image_url`` part (a data URL or an http(s) URL, unchanged), WAV and MP3 audio an ``input_audio`` part
  (base64 data and format), any other file (a PDF ...) LiteLLM's ``file`` part ``{file_data: "data:...;base64,...",
  filename}``. Audio and other files must be data URLs (what ``useChat`` makes of the files a person attaches):
  LiteLLM's parts carry the bytes, and this function downloads nothing. A user message with only text is a string;
- ``assistant``: each step (parts between ``step-start`` parts) is one assistant message (its text joined, and its
  tool calls as ``tool_calls``) followed by one ``tool`` message per answered tool call, in order. A tool part is
  ``tool-<name>`` or ``dynamic-tool`` (with ``toolName``); its ``state`` decides:
  ``output-available`` answers with the output (a string as it is, anything else as JSON; a ``preliminary``
  output counts), ``output-error`` with
  the ``errorText``, ``output-denied`` and a refused approval (``approval-responded`` with ``approved: false``)
  with the approval's reason or "Tool call execution denied." (as the AI SDK 7 does). A call still waiting for
  its output (``input-streaming``, ``input-available``, ``approval-requested``, or an approval granted but the tool
  not run yet) is left out, as ``convertToModelMessages(..., {ignoreIncompleteToolCalls: true})`` does: an
  OpenAI-format provider refuses a tool call with no answer. Run an approved tool and set its output first.
  Tools the provider ran itself (``providerExecuted``) are left out: the chat format has no place for them;
- ``reasoning``, ``reasoning-file``, ``step-start``, ``source-url``, ``source-document``, ``custom`` parts, and
  files in assistant messages, are left out; ``data-*`` parts too, unless ``map_data`` maps them.

Anything else is refused with an :class:`~litellm_sdk.InvalidRequestError` whose ``param`` names the place
(``messages[3].parts[1]``), before anything is sent.
"""

from __future__ import annotations

import base64
import json
import mimetypes
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeAlias
from urllib.parse import unquote_to_bytes, urlsplit

from litellm_sdk._constants import MAX_UI_FILE_BYTES
from litellm_sdk.errors import InvalidRequestError

__all__ = ["chat_messages_from_ui"]

#: What ``map_data`` returns for a ``data-*`` part: content parts (OpenAI-format mappings with a ``type``, or
#: strings for text parts), one or a list of them, or None to leave the part out.
MappedData: TypeAlias = "str | Mapping[str, Any] | Sequence[str | Mapping[str, Any]] | None"
DataMapper: TypeAlias = "Callable[[Mapping[str, Any]], MappedData]"

#: Part types that carry nothing for the model in the chat format.
_LEFT_OUT = frozenset({"reasoning", "reasoning-file", "step-start", "source-url", "source-document", "custom"})
_TOOL_STATES = frozenset(
    {
        "input-streaming",
        "input-available",
        "approval-requested",
        "approval-responded",
        "output-available",
        "output-error",
        "output-denied",
    }
)
_WAITING = frozenset({"input-streaming", "input-available", "approval-requested"})
_DENIED = "Tool call execution denied."
#: Audio media types OpenAI's ``input_audio`` takes, and its format names.
_AUDIO_FORMATS = {
    "audio/wav": "wav",
    "audio/wave": "wav",
    "audio/x-wav": "wav",
    "audio/vnd.wave": "wav",
    "audio/mpeg": "mp3",
    "audio/mp3": "mp3",
    "audio/mpeg3": "mp3",
    "audio/x-mpeg-3": "mp3",
}
_DATA_URL = re.compile(r"data:([^,]*),", re.IGNORECASE)
_BASE64 = re.compile(r"[A-Za-z0-9+/]*={0,2}")
_MEDIA_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")
#: A top-level type alone (``image``, or ``image/*``), which AI SDK 7 allows in a file part's ``mediaType``.
_TOP_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*(/\*)?")

_FIX = "Send the messages useChat posts (AI SDK 5 or later: a list of {id, role, parts}), unchanged."


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _bad(message: str, param: str, action: str = _FIX) -> InvalidRequestError:
    """A refusal; what a person at the page can do about it (attach the file again, a smaller one, the file
    itself) is their ``user_message`` too. The rest is the app's to fix."""
    person = action if action.startswith("Attach ") else None
    return InvalidRequestError(f"{param}: {message}", param=param, suggested_action=action, user_message=person)


def chat_messages_from_ui(
    messages: Any,
    *,
    map_data: DataMapper | None = None,
    max_file_bytes: int | None = MAX_UI_FILE_BYTES,
) -> list[dict[str, Any]]:
    """The chat messages (OpenAI format, as :meth:`KeyClient.chat <litellm_sdk.KeyClient.chat>` takes them) for
    the UI messages ``useChat`` sent (``body["messages"]``); see the module's text for each part type.

    ``map_data(part)`` is called for each ``data-*`` part of a user or assistant message (the part as it came:
    ``{"type": "data-<name>", "id"?, "data"}``) and returns content parts for it: a string (a text part), a content
    part mapping (``{"type": "text", ...}``, ``{"type": "image_url", ...}`` ...), a list of them, or None to leave
    the part out (the default for every ``data-*`` part). In an assistant message only text parts are allowed.
    What ``map_data`` raises is raised unchanged. The UI messages are not changed; large data URLs are not copied
    when they can be sent as they are (images, files whose URL is already ``data:<type>;base64,``).

    ``max_file_bytes`` bounds each attached file (decoded; default :data:`~litellm_sdk._constants.MAX_UI_FILE_BYTES`,
    20 MiB; None for no bound). Raises :class:`~litellm_sdk.InvalidRequestError` naming the message and part
    (``param="messages[3].parts[1]"``) for anything it cannot convert; nothing is sent. The key's limits (an image
    for a model without vision ...) are checked by ``KeyClient.chat`` on the result, as for any messages.
    """
    if max_file_bytes is not None and (
        isinstance(max_file_bytes, bool) or not isinstance(max_file_bytes, int) or max_file_bytes < 0
    ):
        raise InvalidRequestError(
            f"max_file_bytes must be a number of bytes >= 0 or None, got {max_file_bytes!r}", param="max_file_bytes"
        )
    if isinstance(messages, Mapping) and "messages" in messages:
        raise _bad("got the whole request body: pass its 'messages' list", "messages")
    if isinstance(messages, (str, bytes, bytearray)) or not isinstance(messages, Sequence):
        raise _bad(f"must be a list of UI messages, got {type(messages).__name__}", "messages")
    out: list[dict[str, Any]] = []
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(message, Mapping):
            raise _bad(f"must be a UI message (an object with 'role' and 'parts'), got {type(message).__name__}", where)
        parts = message.get("parts")
        if isinstance(parts, (str, bytes, bytearray)) or not isinstance(parts, Sequence):
            hint = " (an AI SDK 4 message? AI SDK 5 and later send parts)" if "content" in message else ""
            raise _bad(f"has no 'parts' list{hint}", f"{where}.parts")
        role = message.get("role")
        if role == "user":
            _user(out, parts, where, map_data, max_file_bytes)
        elif role == "assistant":
            _assistant(out, parts, where, map_data)
        elif role == "system":
            texts = [
                _text(part, f"{where}.parts[{j}]") for j, part in enumerate(parts) if _kind(part, where, j) == "text"
            ]
            out.append({"role": "system", "content": "".join(texts)})
        else:
            raise _bad(f"unknown role {_short(role)} (expected 'system', 'user' or 'assistant')", f"{where}.role")
    return out


def _kind(part: Any, where: str, j: int) -> str:
    """The kind of ``part``: text, file, data, tool or skip; InvalidRequestError for an unknown type."""
    if not isinstance(part, Mapping) or not isinstance(part.get("type"), str):
        raise _bad("must be a part (an object with a 'type')", f"{where}.parts[{j}]")
    kind: str = part["type"]
    if kind in ("text", "file"):
        return kind
    if kind.startswith("data-"):
        return "data"
    if kind == "dynamic-tool" or (kind.startswith("tool-") and len(kind) > len("tool-")):
        return "tool"
    if kind in _LEFT_OUT:
        return "skip"
    raise _bad(f"unknown part type {_short(kind)}", f"{where}.parts[{j}]")


def _text(part: Mapping[str, Any], param: str) -> str:
    text = part.get("text")
    if not isinstance(text, str):
        raise _bad("a text part needs a string 'text'", param)
    return text


def _user(
    out: list[dict[str, Any]],
    parts: Sequence[Any],
    where: str,
    map_data: DataMapper | None,
    limit: int | None,
) -> None:
    content: list[dict[str, Any]] = []
    for j, part in enumerate(parts):
        kind = _kind(part, where, j)
        param = f"{where}.parts[{j}]"
        if kind == "text":
            content.append({"type": "text", "text": _text(part, param)})
        elif kind == "file":
            content.append(_file(part, j, param, limit))
        elif kind == "data":
            content.extend(_mapped(map_data, part, param, text_only=False))
        # tool, reasoning and step-start parts in a user message: left out, as the AI SDK does
    if not content:
        return  # nothing for the model (e.g. only unmapped data parts): an empty user message is refused upstream
    if len(content) == 1 and content[0]["type"] == "text":
        out.append({"role": "user", "content": content[0]["text"]})
    else:
        out.append({"role": "user", "content": content})


def _assistant(out: list[dict[str, Any]], parts: Sequence[Any], where: str, map_data: DataMapper | None) -> None:
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    answers: list[dict[str, Any]] = []

    def step() -> None:
        if texts or calls:
            text = "".join(texts)
            message: dict[str, Any] = {"role": "assistant", "content": (text or None) if calls else text}
            if calls:
                message["tool_calls"] = list(calls)
            out.append(message)
        out.extend(answers)
        texts.clear()
        calls.clear()
        answers.clear()

    for j, part in enumerate(parts):
        kind = _kind(part, where, j)
        param = f"{where}.parts[{j}]"
        if kind == "text":
            texts.append(_text(part, param))
        elif kind == "tool":
            done = _tool(part, param)
            if done is not None:
                calls.append(done[0])
                answers.append(done[1])
        elif kind == "data":
            texts.extend(p["text"] for p in _mapped(map_data, part, param, text_only=True))
        elif part["type"] == "step-start":
            step()
        # reasoning, sources, custom and files: left out (an assistant message holds text and tool calls)
    step()


def _tool(part: Mapping[str, Any], param: str) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The tool call and its answer (a ``tool`` message), or None when the part has none to give."""
    if part["type"] == "dynamic-tool":
        name = part.get("toolName")
        if not isinstance(name, str) or not name:
            raise _bad("a dynamic-tool part needs a 'toolName'", param)
    else:
        name = part["type"][len("tool-") :]
    call_id = part.get("toolCallId")
    if not isinstance(call_id, str) or not call_id:
        raise _bad("a tool part needs a 'toolCallId'", param)
    state = part.get("state")
    if state not in _TOOL_STATES:
        raise _bad(f"unknown tool state {_short(state)}", param)
    if part.get("providerExecuted") is True or state in _WAITING:
        return None
    approval = part.get("approval")
    reason = approval.get("reason") if isinstance(approval, Mapping) else None
    tool_input = part.get("input")
    if state == "approval-responded":
        approved = approval.get("approved") if isinstance(approval, Mapping) else None
        if not isinstance(approved, bool):
            raise _bad("an approval-responded tool part needs approval.approved (true or false)", param)
        if approved:
            return None  # approved but not run yet: no answer to send
        answer = reason if isinstance(reason, str) and reason else _DENIED
    elif state == "output-denied":
        answer = reason if isinstance(reason, str) and reason else _DENIED
    elif state == "output-error":
        error = part.get("errorText")
        if not isinstance(error, str):
            raise _bad("an output-error tool part needs a string 'errorText'", param)
        answer = error
        if tool_input is None:
            tool_input = part.get("rawInput")
    else:  # output-available
        output = part.get("output")
        answer = output if isinstance(output, str) else _json(output, param, "output")
    call = {
        "id": call_id,
        "type": "function",
        "function": {"name": name, "arguments": "{}" if tool_input is None else _json(tool_input, param, "input")},
    }
    return call, {"role": "tool", "tool_call_id": call_id, "content": answer}


def _json(value: Any, param: str, what: str) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        raise _bad(f"the tool's {what} is not JSON", param) from None


def _mapped(
    map_data: DataMapper | None, part: Mapping[str, Any], param: str, *, text_only: bool
) -> list[dict[str, Any]]:
    if map_data is None:
        return []
    result = map_data(part)
    if result is None:
        return []
    items: Sequence[Any] = [result] if isinstance(result, (str, Mapping)) else result
    if isinstance(items, (bytes, bytearray)) or not isinstance(items, Sequence):
        items = [items]
    content: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, str):
            content.append({"type": "text", "text": item})
        elif isinstance(item, Mapping) and isinstance(item.get("type"), str):
            content.append(dict(item))
        else:
            raise _bad(
                f"map_data returned {type(item).__name__}: expected a content part (a mapping with a 'type'), "
                "a string, a list of them, or None",
                param,
                "Fix the map_data function.",
            )
        if text_only and (content[-1]["type"] != "text" or not isinstance(content[-1].get("text"), str)):
            raise _bad(
                f"map_data returned a {content[-1]['type']!r} part for an assistant message, which holds text only",
                param,
                "Fix the map_data function.",
            )
    return content


# --- files ---------------------------------------------------------------------------------------------------


def _file(part: Mapping[str, Any], index: int, param: str, limit: int | None) -> dict[str, Any]:
    url = part.get("url")
    media = part.get("mediaType")
    filename = part.get("filename")
    if not isinstance(url, str) or not url:
        raise _bad("a file part needs a 'url' (a data URL or an http(s) URL)", param)
    if not isinstance(media, str) or not media.strip():
        raise _bad("a file part needs a 'mediaType'", param)
    if filename is not None and not isinstance(filename, str):
        raise _bad("a file part's 'filename' must be a string", param)
    media = media.split(";")[0].strip().lower()
    top = media.split("/")[0]
    if not _MEDIA_TYPE.fullmatch(media) and not _TOP_TYPE.fullmatch(media):
        raise _bad(f"malformed mediaType {_short(part['mediaType'])}", param)
    if url[:5].lower() != "data:":
        _check_link(url, param)
        if top == "image":
            return {"type": "image_url", "image_url": {"url": url}}
        kind = "audio" if top == "audio" else "file"
        raise _bad(
            f"the file ({media}) must be sent as a data URL, not a link: LiteLLM's {kind} parts carry the file's"
            " bytes, and the SDK downloads nothing",
            param,
            "Attach the file itself rather than a link to it.",
        )
    data = _DataURL(url, param)
    if limit is not None and data.size > limit:
        raise _bad(
            f"the file{f' {filename!r}' if filename else ''} is {_size(data.size)}, over the {_size(limit)} limit",
            param,
            f"Attach a smaller file (at most {_size(limit)}).",
        )
    if _MEDIA_TYPE.fullmatch(media):
        full = media
    elif data.media_type is not None and data.media_type.split("/")[0] == top:  # AI SDK 7: "image" or "image/*"
        full = data.media_type
    else:
        raise _bad(f"the mediaType {media!r} names no subtype, and the data URL names none of that type", param)
    if top == "image":
        return {"type": "image_url", "image_url": {"url": data.as_url(full)}}
    audio_format = _AUDIO_FORMATS.get(full)
    if audio_format is not None:
        return {"type": "input_audio", "input_audio": {"data": data.base64(), "format": audio_format}}
    name = filename or f"part-{index}{mimetypes.guess_extension(full) or ''}"
    return {"type": "file", "file": {"file_data": data.as_url(full), "filename": name}}


def _check_link(url: str, param: str) -> None:
    try:
        link = urlsplit(url)
        scheme = link.scheme.lower()
        host = link.hostname
    except ValueError:
        raise _bad("the file's URL is malformed", param) from None
    if scheme == "blob":
        raise _bad(
            "a blob: URL exists only in the browser that made it; send the file as a data URL",
            param,
            "Attach the file again.",
        )
    if scheme not in ("http", "https") or not host:
        raise _bad("a file's URL must be a data URL or an http(s) URL", param)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n:,} bytes"


class _DataURL:
    """A ``data:`` URL, checked without decoding it (RFC 2397: ``data:[<media type>][;params][;base64],<data>``)."""

    __slots__ = ("_encoded", "_header", "_start", "media_type", "size", "url")

    def __init__(self, url: str, param: str) -> None:
        found = _DATA_URL.match(url)
        if found is None:
            raise _bad("malformed data URL (no ',' after its header)", param)
        self.url = url
        self._header = found.group(1)
        self._start = found.end()
        fields = [f.strip() for f in self._header.split(";")]
        media = fields[0].lower()
        if media and not _MEDIA_TYPE.fullmatch(media):
            raise _bad(f"malformed data URL (media type {_short(fields[0])})", param)
        self.media_type = media or None
        self._encoded: str | None = None
        if len(fields) > 1 and fields[-1].lower() == "base64":
            n = len(url) - self._start
            if n % 4 or not _BASE64.fullmatch(url, self._start):
                raise _bad("malformed data URL (its data is not base64)", param)
            self.size = n // 4 * 3 - (2 if url.endswith("==") else 1 if url.endswith("=") else 0)
        else:  # percent-encoded bytes
            raw = unquote_to_bytes(url[self._start :])
            self.size = len(raw)
            self._encoded = base64.b64encode(raw).decode("ascii")
        if self.size == 0:
            raise _bad("the file is empty", param, "Attach the file again.")

    def base64(self) -> str:
        return self._encoded if self._encoded is not None else self.url[self._start :]

    def as_url(self, media_type: str) -> str:
        """This data as a base64 data URL of ``media_type``: the URL itself when it is one already."""
        if self._encoded is None and self._header.lower() == f"{media_type};base64":
            return self.url
        return f"data:{media_type};base64,{self.base64()}"
