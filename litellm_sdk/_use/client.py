"""``KeyClient`` and ``AsyncKeyClient``: a virtual key in use (chat, streamed chat, embeddings, images, audio)
over the same engine and runners as the management clients, with the key's limits checked before sending.
``_KeyBase`` builds each call's operation; the twins run it blocking or awaiting (``_config.Blocking`` /
``_config.Awaiting``)."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, NoReturn, Union

import httpx

from litellm_sdk import _validate as check
from litellm_sdk._config import Awaiting, Blocking, ClientConfig, awaiting, blocking
from litellm_sdk._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from litellm_sdk._engine.http import Body
from litellm_sdk._engine.steps import Context, Op, Request, Response
from litellm_sdk._use import ops as ops
from litellm_sdk._use.types import ChatChunk, ChatCompletion, Embeddings, Images, Speech, Spend, Transcription
from litellm_sdk.errors import InvalidRequestError, InvalidResponseError
from litellm_sdk.types import VirtualKeyInfo

if TYPE_CHECKING:
    from litellm_sdk._engine.async_runner import AsyncBody

__all__ = ["AsyncChatStream", "AsyncKeyClient", "ChatStream", "KeyClient"]

#: What ``transcribe`` accepts as the audio: bytes, a path, or a binary file object.
AudioFile = Union[bytes, str, "os.PathLike[str]", IO[bytes]]


def _read_audio(file: Any, filename: str | None) -> tuple[bytes, str]:
    if isinstance(file, (bytes, bytearray, memoryview)):
        return bytes(file), filename or "audio"
    if isinstance(file, (str, os.PathLike)):
        path = Path(file)
        try:
            return path.read_bytes(), filename or path.name
        except OSError as exc:
            raise InvalidRequestError(f"cannot read file {str(path)!r}: {exc.strerror}", param="file") from None
    read = getattr(file, "read", None)
    if read is None:
        raise InvalidRequestError(
            f"file must be bytes, a path or a binary file, got {type(file).__name__}", param="file"
        )
    data = read()
    if not isinstance(data, bytes):
        raise InvalidRequestError("file must be opened in binary mode ('rb')", param="file")
    name = filename or os.path.basename(str(getattr(file, "name", "") or "")) or "audio"
    return data, name


class _KeyBase(ClientConfig):
    """Everything both key clients do that is not waiting: the key's limits checked, the requests and the operations
    built (each twin method runs the one built here, blocking or awaiting); the settings are ``ClientConfig``'s."""

    _secret_name = "key"
    info: VirtualKeyInfo | None

    def _setup(
        self,
        key: str,
        base_url: str | None,
        info: VirtualKeyInfo | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        deadline: float | None,
    ) -> None:
        self._configure(base_url, check.virtual_key("key", key), timeout, max_retries, deadline)
        self.info = info

    def _chat(self, model: str, messages: Any, params: dict[str, Any], check_: bool, *, stream: bool) -> Request:
        listed = ops.check_messages(messages)
        if check_:
            ops.check_chat(self.info, model, listed, params)
        elif not isinstance(model, str) or not model:
            raise InvalidRequestError(f"model must be a model name, got {model!r}", param="model")
        return ops.chat_request(model, listed, params, stream=stream)

    def _chat_op(self, model: str, messages: Any, params: dict[str, Any], check_: bool) -> Op[ChatCompletion]:
        return ops.chat_op(self._ctx, self._chat(model, messages, params, check_, stream=False))

    def _embed_op(self, model: str, input: Any, params: dict[str, Any], check_: bool) -> Op[Embeddings]:
        if input in (None, "", []) or not isinstance(input, (str, Sequence)):
            raise InvalidRequestError("input must be a non-empty string or list", param="input")
        if check_ and self.info is not None:
            ops.key_model(self.info, model, "embedding", label="embedding")
        inputs = input if isinstance(input, str) else list(input)
        body = {"model": model, "input": inputs, **params}
        return ops.embeddings_op(self._ctx, Request("POST", "/embeddings", json=body, idempotent=False))

    def _image_op(self, prompt: str, model: str | None, params: dict[str, Any], check_: bool) -> Op[Images]:
        if not isinstance(prompt, str) or not prompt.strip():
            raise InvalidRequestError("prompt must be a non-empty string", param="prompt")
        if model is None:
            model = ops.default_model(self.info, "image_generation", "image-generation")
        elif check_ and self.info is not None:
            ops.key_model(self.info, model, "image_generation", label="image-generation")
        body = {"model": model, "prompt": prompt, **params}
        return ops.images_op(self._ctx, Request("POST", "/images/generations", json=body, idempotent=False))

    def _transcribe_op(
        self, file: Any, model: str | None, filename: str | None, params: dict[str, Any], check_: bool
    ) -> Op[Transcription]:
        data, name = _read_audio(file, filename)
        if check_:
            ops.check_audio(data, name)
        if model is None:
            model = ops.default_model(self.info, "audio_transcription", "audio-transcription")
        elif check_ and self.info is not None:
            ops.key_model(self.info, model, "audio_transcription", label="audio-transcription")
        form = {"model": model, **{k: str(v) for k, v in params.items()}}
        files = {"file": (name, data)}
        request = Request("POST", "/audio/transcriptions", files=files, form=form, idempotent=False)
        return ops.transcription_op(self._ctx, request)

    def _speech_op(self, input: str, model: str | None, voice: str, params: dict[str, Any], check_: bool) -> Op[Speech]:
        if not isinstance(input, str) or not input.strip():
            raise InvalidRequestError("input must be a non-empty string", param="input")
        if model is None:
            model = ops.default_model(self.info, "audio_speech", "speech")
        elif check_ and self.info is not None:
            ops.key_model(self.info, model, "audio_speech", label="speech")
        body = {"model": model, "input": input, "voice": voice, **params}
        return ops.speech_op(self._ctx, Request("POST", "/audio/speech", json=body, idempotent=False))


class _Calls:
    """Each key call, written once: its signature, its docstring, the key's limits checked and the operation it runs.
    ``KeyClient`` takes each as a blocking method, ``AsyncKeyClient`` as a coroutine method (``_config.blocking`` /
    ``awaiting``), so the twins cannot drift apart. ``stream_chat`` is written in each twin: it returns their own
    stream class."""

    @staticmethod
    def chat(
        client: _KeyBase, /, model: str, messages: Sequence[Mapping[str, Any]], *, check: bool = True, **params: Any
    ) -> Op[ChatCompletion]:
        """``POST /chat/completions``; any other OpenAI parameter (``tools``, ``temperature`` ...) as a keyword."""
        return client._chat_op(model, messages, params, check)

    @staticmethod
    def embed(
        client: _KeyBase, /, model: str, input: str | Sequence[str], *, check: bool = True, **params: Any
    ) -> Op[Embeddings]:
        """``POST /embeddings``: one vector per input string, in order."""
        return client._embed_op(model, input, params, check)

    @staticmethod
    def generate_image(
        client: _KeyBase, /, prompt: str, *, model: str | None = None, check: bool = True, **params: Any
    ) -> Op[Images]:
        """``POST /images/generations``; ``model`` defaults to the key's first image-generation model."""
        return client._image_op(prompt, model, params, check)

    @staticmethod
    def transcribe(
        client: _KeyBase,
        /,
        file: AudioFile,
        *,
        model: str | None = None,
        filename: str | None = None,
        check: bool = True,
        **params: Any,
    ) -> Op[Transcription]:
        """``POST /audio/transcriptions`` (multipart upload of ``file``: bytes, a path or a binary file)."""
        return client._transcribe_op(file, model, filename, params, check)

    @staticmethod
    def speech(
        client: _KeyBase,
        /,
        input: str,
        *,
        model: str | None = None,
        voice: str = "alloy",
        check: bool = True,
        **params: Any,
    ) -> Op[Speech]:
        """``POST /audio/speech``: the generated audio as bytes."""
        return client._speech_op(input, model, voice, params, check)


class KeyClient(Blocking, _KeyBase):
    """A virtual key in use: chat (whole or streamed), embeddings, images, transcription and speech.

    Made from a ``VirtualKeyInfo`` (``KeyClient.from_info(info, base_url)``; the key's models and their
    capabilities are then checked before anything is sent) or from a key and a base URL (only the input is
    checked). Every call takes ``check=False`` to skip the key's limits when you know better.
    """

    def __init__(
        self,
        key: str,
        base_url: str | None = None,
        *,
        info: VirtualKeyInfo | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        deadline: float | None = None,
    ) -> None:
        self._setup(key, base_url, info, timeout, max_retries, deadline)
        self._start(http_client, None)

    @classmethod
    def from_info(cls, info: VirtualKeyInfo, base_url: str | None = None, **options: Any) -> KeyClient:
        """A client for ``info``'s key that checks its models and capabilities before sending; ``options`` are the
        constructor's keywords (``timeout``, ``max_retries``, ``http_client``, ``deadline``)."""
        return cls(info.key, base_url, info=info, **options)

    # Each call is written once, in _Calls; this twin runs it blocking.
    chat = blocking(_Calls.chat)
    embed = blocking(_Calls.embed)
    generate_image = blocking(_Calls.generate_image)
    transcribe = blocking(_Calls.transcribe)
    speech = blocking(_Calls.speech)

    def stream_chat(
        self, model: str, messages: Sequence[Mapping[str, Any]], *, check: bool = True, **params: Any
    ) -> ChatStream:
        """A streamed chat completion: iterate the returned :class:`ChatStream` for chunks; use it in ``with``
        (or call ``close()``) so a stream left early closes its connection. Errors before the first chunk
        (budget, key, model access) raise here."""
        request = self._chat(model, messages, params, check, stream=True)
        return ChatStream(self._ctx, self._run(ops.stream(self._ctx, request)))


class AsyncKeyClient(Awaiting, _KeyBase):
    """The async twin of :class:`KeyClient`."""

    def __init__(
        self,
        key: str,
        base_url: str | None = None,
        *,
        info: VirtualKeyInfo | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        deadline: float | None = None,
    ) -> None:
        self._setup(key, base_url, info, timeout, max_retries, deadline)
        self._start(http_client, None)

    @classmethod
    def from_info(cls, info: VirtualKeyInfo, base_url: str | None = None, **options: Any) -> AsyncKeyClient:
        """See :meth:`KeyClient.from_info`."""
        return cls(info.key, base_url, info=info, **options)

    # Each call is written once, in _Calls; this twin runs it awaiting.
    chat = awaiting(_Calls.chat)
    embed = awaiting(_Calls.embed)
    generate_image = awaiting(_Calls.generate_image)
    transcribe = awaiting(_Calls.transcribe)
    speech = awaiting(_Calls.speech)

    async def stream_chat(
        self, model: str, messages: Sequence[Mapping[str, Any]], *, check: bool = True, **params: Any
    ) -> AsyncChatStream:
        """``await client.stream_chat(...)``, then ``async with`` / ``async for`` over the stream."""
        request = self._chat(model, messages, params, check, stream=True)
        return AsyncChatStream(self._ctx, await self._run(ops.stream(self._ctx, request)))


async def _aclose(body: AsyncBody) -> None:
    """Close the stream's body (and so the connection), shielded: a cancellation cannot stop it halfway."""
    import asyncio

    await asyncio.shield(asyncio.ensure_future(body.aclose()))


class _StreamState:
    """What both stream classes share: SSE decoding, chunk parsing, the answer so far."""

    def __init__(self, ctx: Context, response: Response) -> None:
        self._ctx = ctx
        self.status = response.status
        self.headers = response.headers
        #: What LiteLLM reported with the stream's headers (the cost of this answer comes after it; see Spend).
        self.spend = Spend.from_headers(response.headers)
        self._decoder = ops.SSEDecoder()
        self._events: deque[str] = deque()
        self._answer = ops.Accumulator()
        self._finished = False  # nothing more will be read (the end, an error, or close)
        self._complete = False  # the whole answer arrived
        self._ended = False

    @property
    def text(self) -> str:
        """The text received so far."""
        return self._answer.text

    @property
    def done(self) -> bool:
        """Whether the whole answer arrived (its end marker, or a finish reason at the end of the body): False
        while it streams, and after an error or an early close, so a cut answer is never taken for a whole one."""
        return self._complete

    @property
    def completion(self) -> ChatCompletion:
        """The whole answer as a ChatCompletion (only what arrived, while the stream is not done)."""
        return self._answer.completion(self.spend)

    def _take(self, event: str) -> ChatChunk:
        """The chunk in one decoded event, added to the answer; StopIteration at the end marker."""
        parsed = ops.parse_event(self._ctx, event)
        if parsed is ops.DONE:
            self._finished = self._complete = True
            raise StopIteration
        assert isinstance(parsed, ChatChunk)
        self._answer.add(parsed)
        return parsed

    def _end(self) -> NoReturn:
        """The body ended with no events left: the answer is whole only if it had its finish reason."""
        self._finished = True
        if self._answer.finish_reason is None:
            raise InvalidResponseError(
                "the chat stream ended before its end marker ([DONE]) and without a finish reason",
                retryable=False,
            )
        self._complete = True
        raise StopIteration

    def _ready(self) -> ChatChunk | None:
        """The next chunk if one is decoded, None when more of the body is needed; StopIteration at the end (also
        once an error or close has ended the stream). The twins only differ in how they wait for the body."""
        if self._finished:
            raise StopIteration
        if self._events:
            return self._take(self._events.popleft())
        if self._ended:
            self._end()
        return None

    def _feed(self, chunk: bytes | None) -> None:
        if chunk is None:
            self._events.extend(self._decoder.close())
            self._ended = True
        else:
            self._events.extend(self._decoder.feed(chunk))


class ChatStream(_StreamState):
    """A chat completion as it streams: iterate for :class:`ChatChunk`; ``text``, ``completion`` and ``spend``
    as it goes. An error LiteLLM sends inside the stream raises the same LiteLLMError as it would as a status.
    Leaving a ``with`` block or calling ``close()`` closes the connection (also when not read to the end)."""

    def __init__(self, ctx: Context, response: Response) -> None:
        super().__init__(ctx, response)
        self._body: Body = response.body
        self._chunks = self._body.chunks

    def __iter__(self) -> ChatStream:
        return self

    def __next__(self) -> ChatChunk:
        try:
            while (chunk := self._ready()) is None:
                self._feed(next(self._chunks, None))
            return chunk
        except StopIteration:
            self.close()
            raise
        except BaseException:
            self._finished = True
            self.close()
            raise

    def until_done(self) -> ChatCompletion:
        """Read the rest of the stream and return the whole answer."""
        for _ in self:
            pass
        return self.completion

    def close(self) -> None:
        self._body.close()

    def __enter__(self) -> ChatStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncChatStream(_StreamState):
    """The async twin of :class:`ChatStream`: ``async for``, ``async with``, ``await aclose()``. Cancelling
    the task that reads it closes the connection."""

    def __init__(self, ctx: Context, response: Response) -> None:
        super().__init__(ctx, response)
        self._body: AsyncBody = response.body
        self._chunks = self._body.chunks

    def __aiter__(self) -> AsyncChatStream:
        return self

    async def __anext__(self) -> ChatChunk:
        try:
            while (chunk := self._ready()) is None:
                self._feed(await anext(self._chunks, None))
            return chunk
        except StopIteration:
            await self.aclose()
            raise StopAsyncIteration from None
        except BaseException:
            self._finished = True
            await self.aclose()
            raise

    async def until_done(self) -> ChatCompletion:
        async for _ in self:
            pass
        return self.completion

    async def aclose(self) -> None:
        await _aclose(self._body)

    async def __aenter__(self) -> AsyncChatStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
