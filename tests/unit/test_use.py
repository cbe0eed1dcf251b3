"""The key in use over httpx.MockTransport: requests sent, typed results, the key's limits checked before
sending, errors (also inside a stream), SSE framing split anywhere, streams closed when left early."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    APIConnectionError,
    AsyncKeyClient,
    BudgetExceededError,
    ContentPolicyError,
    InvalidRequestError,
    InvalidResponseError,
    KeyBlockedError,
    KeyClient,
    KeyExpiredError,
    ModelAccessDeniedError,
    ModelInfo,
    RateLimitError,
    ServerError,
    VirtualKeyInfo,
)
from litellm_sdk._use.ops import SSEDecoder

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


# --- whole calls -----------------------------------------------------------------------------------------------


def test_chat_sends_the_key_and_returns_text_tool_calls_usage_and_spend() -> None:
    proxy = Recorder(ok(COMPLETION))
    tools = [{"type": "function", "function": {"name": "weather", "parameters": {"type": "object"}}}]
    with proxy.sync() as client:
        result = client.chat("gpt-4o-vision", USER, tools=tools, temperature=0)
    sent = proxy.requests[0]
    assert sent.url.path == "/chat/completions" and sent.headers["authorization"] == f"Bearer {KEY}"
    assert json.loads(sent.content) == {"model": "gpt-4o-vision", "messages": USER, "tools": tools, "temperature": 0}
    assert result.text == "Let me look." and result.finish_reason == "tool_calls"
    assert result.tool_calls[0].name == "weather" and result.tool_calls[0].parsed_arguments() == {"city": "Oslo"}
    assert result.usage is not None and result.usage.total_tokens == 12
    assert result.spend.response_cost == 0.00125 and result.spend.key_spend == 0.5
    assert result.spend.key_remaining == 1.5 and result.spend.remaining_requests == 59
    assert result.spend.key_rpm_limit == 60 and result.spend.call_id == "call-1"
    assert result.raw["id"] == "chatcmpl-1"


def test_embeddings_images_transcription_and_speech() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/embeddings":
            data = [{"index": 1, "embedding": [3, 4]}, {"index": 0, "embedding": [1.5, 2]}]
            return httpx.Response(200, json={"data": data, "model": "embed"}, headers=SPEND_HEADERS)
        if path == "/images/generations":
            data = [{"url": "https://img.test/1.png"}, {"b64_json": "aGk="}]
            return httpx.Response(200, json={"data": data}, headers=SPEND_HEADERS)
        if path == "/audio/transcriptions":
            return httpx.Response(200, json={"text": "hello there", "language": "en", "duration": 1.5})
        assert path == "/audio/speech"
        return httpx.Response(200, content=b"ID3mp3bytes", headers={"content-type": "audio/mpeg", **SPEND_HEADERS})

    proxy = Recorder(answer)
    with proxy.sync() as client:
        vectors = client.embed("embed", ["a", "b"])
        images = client.generate_image("a cat")  # model: the key's image-generation model
        transcript = client.transcribe(WAV, filename="note.wav")
        speech = client.speech("Hello")
    assert vectors.vectors == ((1.5, 2.0), (3.0, 4.0)) and vectors.spend.key_spend == 0.5
    assert images.urls == ("https://img.test/1.png",) and images.images[1].b64_json == "aGk="
    assert json.loads(proxy.requests[1].content)["model"] == "dall-e-3"
    assert transcript.text == "hello there" and transcript.language == "en" and transcript.duration == 1.5
    upload = proxy.requests[2]
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert b'name="model"\r\n\r\nwhisper-1' in upload.content and b'filename="note.wav"' in upload.content
    assert WAV in upload.content
    assert speech.content == b"ID3mp3bytes" and speech.content_type == "audio/mpeg"
    assert json.loads(proxy.requests[3].content) == {"model": "tts-1", "input": "Hello", "voice": "alloy"}


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


@pytest.mark.parametrize(
    ("call", "param", "words"),
    [
        (lambda c: c.chat("dall-e-3", USER), "model", "image_generation model, not a chat"),
        (lambda c: c.chat("plain-chat", IMAGE_MESSAGE), "messages", "does not support vision"),
        (lambda c: c.chat("plain-chat", USER, tools=TOOLS), "tools", "does not support function calling"),
        (lambda c: c.stream_chat("plain-chat", USER, tool_choice="auto"), "tool_choice", "function calling"),
        (lambda c: c.chat("plain-chat", []), "messages", "empty"),
        (lambda c: c.chat("plain-chat", "hi"), "messages", "list of messages"),
        (lambda c: c.embed("plain-chat", "x"), "model", "not a embedding"),
        (lambda c: c.embed("embed", []), "input", "non-empty"),
        (lambda c: c.generate_image("a cat", model="plain-chat"), "model", "image-generation"),
        (lambda c: c.transcribe(b"%PDF-1.7 not audio", filename="a.pdf"), "file", "is not audio"),
        (lambda c: c.transcribe(b"{}", filename="fake.mp3"), "file", "is not audio"),
        (lambda c: c.transcribe(b"RIFF\0\0\0\0AVI LIST", filename="a.wav"), "file", "not WAVE"),
        (lambda c: c.speech(""), "input", "non-empty"),
    ],
)
def test_the_keys_limits_are_checked_before_anything_is_sent(call: Any, param: str, words: str) -> None:
    """(A model the key may not use: ModelAccessDeniedError, tests/unit/use/test_ui_stream.py.)"""
    proxy = Recorder(ok(COMPLETION))
    with proxy.sync() as client, pytest.raises(InvalidRequestError) as caught:
        call(client)
    assert caught.value.param == param and words in caught.value.message
    assert caught.value.code == "invalid_request"
    assert proxy.requests == []


def test_an_image_request_on_a_key_without_an_image_model_is_refused() -> None:
    proxy = Recorder(ok({"data": []}))
    with proxy.sync(info=CHAT_ONLY) as client, pytest.raises(InvalidRequestError) as caught:
        client.generate_image("a cat")
    assert caught.value.param == "model" and "no image-generation model" in caught.value.message
    assert proxy.requests == []


def test_check_false_sends_what_the_key_info_would_refuse() -> None:
    proxy = Recorder(ok(COMPLETION))
    with proxy.sync() as client:
        client.chat("plain-chat", IMAGE_MESSAGE, tools=TOOLS, check=False)
        client.chat("not-on-the-key", USER, check=False)
    assert len(proxy.requests) == 2
    with proxy.sync() as client, pytest.raises(InvalidRequestError):
        client.chat("plain-chat", [], check=False)  # an empty message list is never sent


def test_without_key_info_only_the_input_is_checked() -> None:
    proxy = Recorder(ok(COMPLETION))
    with proxy.sync(info=None) as client:
        client.chat("anything", IMAGE_MESSAGE, tools=TOOLS)
        with pytest.raises(InvalidRequestError):
            client.generate_image("a cat")  # no info: the model must be named
    assert len(proxy.requests) == 1


def test_audio_can_be_a_path_or_a_binary_file(tmp_path: Any) -> None:
    proxy = Recorder(lambda r: httpx.Response(200, json={"text": "ok"}))
    path = tmp_path / "voice.wav"
    path.write_bytes(WAV)
    with proxy.sync() as client, path.open("rb") as handle:
        assert client.transcribe(path).text == "ok"
        assert client.transcribe(handle).text == "ok"
        with pytest.raises(InvalidRequestError) as caught:
            client.transcribe(tmp_path / "missing.wav")
    assert caught.value.param == "file"
    assert [b'filename="voice.wav"' in r.content for r in proxy.requests] == [True, True]


# --- errors ------------------------------------------------------------------------------------------------------


def litellm_error(status: int, err_type: str, message: str, param: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": err_type, "param": param, "code": str(status)}}


@pytest.mark.parametrize(
    ("status", "err_type", "message", "cls"),
    [
        (422, "budget_exceeded", "Budget has been exceeded! Current cost: 1.2, Max budget: 1.0", BudgetExceededError),
        (401, "expired_key", "Authentication Error - Expired Key. Key Expiry time 2026-01-01", KeyExpiredError),
        (401, "auth_error", "Key is blocked. Update via `/key/unblock` if you're admin.", KeyBlockedError),
        (
            403,
            "key_model_access_denied",
            "key not allowed to access model. This key can only access",
            ModelAccessDeniedError,
        ),
    ],
)
def test_litellm_errors_in_use_map_to_the_management_classes_and_are_not_retried(
    status: int, err_type: str, message: str, cls: type[Exception]
) -> None:
    proxy = Recorder(lambda r: httpx.Response(status, json=litellm_error(status, err_type, message)))
    with proxy.sync(max_retries=3) as client, pytest.raises(cls):
        client.chat("plain-chat", USER)
    with proxy.sync(max_retries=3) as client, pytest.raises(cls):
        client.stream_chat("plain-chat", USER)
    assert len(proxy.requests) == 2


def test_a_rate_limit_is_retried_after_retry_after_and_raised_with_it() -> None:
    answers = iter([429, 429, 200])

    def answer(request: httpx.Request) -> httpx.Response:
        status = next(answers)
        if status == 429:
            body = litellm_error(429, "rate_limit_error", "Rate limit exceeded")
            return httpx.Response(429, json=body, headers={"retry-after": "0.01"})
        return httpx.Response(200, json=COMPLETION)

    proxy = Recorder(answer)
    with proxy.sync(max_retries=2) as client:
        assert client.chat("gpt-4o-vision", USER).text == "Let me look."
    assert len(proxy.requests) == 3
    limited = Recorder(lambda r: httpx.Response(429, json={"error": {"type": "x"}}, headers={"retry-after": "7"}))
    with limited.sync(max_retries=0) as client, pytest.raises(RateLimitError) as caught:
        client.chat("plain-chat", USER)
    assert caught.value.retry_after == 7


def test_a_chat_completion_that_may_have_reached_the_proxy_is_not_sent_again() -> None:
    def dropped(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset after sending")

    proxy = Recorder(dropped)
    with proxy.sync(max_retries=3) as client, pytest.raises(APIConnectionError) as caught:
        client.chat("plain-chat", USER)
    assert caught.value.request_sent and len(proxy.requests) == 1
    failing = Recorder(lambda r: httpx.Response(500, json=litellm_error(500, "internal_server_error", "boom")))
    with failing.sync(max_retries=3) as client, pytest.raises(ServerError):
        client.chat("plain-chat", USER)
    assert len(failing.requests) == 1


def test_a_refused_connection_is_retried_since_nothing_was_sent() -> None:
    attempts: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) == 1:
            raise httpx.ConnectError("connection refused")
        return httpx.Response(200, json=COMPLETION)

    proxy = Recorder(answer)
    with proxy.sync(max_retries=1) as client:
        assert client.chat("gpt-4o-vision", USER).finish_reason == "tool_calls"
    assert len(attempts) == 2


# --- streams -----------------------------------------------------------------------------------------------------


def split_everywhere(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 64, 10_000])
def test_a_stream_split_across_reads_anywhere_gives_the_same_chunks(size: int) -> None:
    text = "Grüße, 世界 🙂"
    body = sse(delta(text[:5]), delta(text[5:]), delta(None, "stop")).replace(b"\n", b"\r\n")
    proxy = Recorder(streaming(Pieces(split_everywhere(body, size))))
    with proxy.sync() as client, client.stream_chat("plain-chat", USER) as stream:
        texts = [chunk.text for chunk in stream]
    assert "".join(texts) == text and stream.completion.finish_reason == "stop"


def test_sse_decoder_handles_cr_lf_across_reads_multiline_data_and_comments() -> None:
    decoder = SSEDecoder()
    events = decoder.feed(b": keep-alive\r") + decoder.feed(b"\ndata: a\r") + decoder.feed(b"\ndata: b\r\n\r\n")
    assert events == ["a\nb"]
    assert decoder.feed(b"event: x\ndata:c\n") == [] and decoder.close() == ["c"]


def test_stream_yields_text_and_usage_and_asks_for_usage() -> None:
    proxy = Recorder(streaming(Pieces([STREAM])))
    with proxy.sync() as client:
        stream = client.stream_chat("plain-chat", USER)
        assert stream.spend.key_spend == 0.5  # from the headers, before the first chunk
        answer = stream.until_done()
    body = json.loads(proxy.requests[0].content)
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert answer.text == "Hello" and answer.finish_reason == "stop" and answer.id == "chatcmpl-s"
    assert answer.usage is not None and answer.usage.total_tokens == 5


def test_stream_assembles_tool_calls_from_pieces() -> None:
    first = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "weather", "arguments": '{"ci'}}
    rest = {"index": 0, "function": {"arguments": 'ty":"Oslo"}'}}
    body = sse(delta(tool_calls=[first]), delta(tool_calls=[rest]), delta(None, "tool_calls"))
    proxy = Recorder(streaming(Pieces([body])))
    with proxy.sync() as client:
        answer = client.stream_chat("gpt-4o-vision", USER, tools=TOOLS).until_done()
    assert answer.tool_calls[0].id == "call_1" and answer.tool_calls[0].parsed_arguments() == {"city": "Oslo"}
    assert answer.finish_reason == "tool_calls"


def test_an_error_inside_a_stream_raises_the_same_class() -> None:
    error = litellm_error(429, "budget_exceeded", "Budget has been exceeded! Current cost: 2, Max budget: 1")
    proxy = Recorder(streaming(Pieces([sse(delta("Hel"), error, done=False)])))
    with proxy.sync() as client, client.stream_chat("plain-chat", USER) as stream:
        got = []
        with pytest.raises(BudgetExceededError) as caught:
            for chunk in stream:
                got.append(chunk.text)
    assert got == ["Hel"] and caught.value.code == "budget_exceeded" and not caught.value.retryable


#: LiteLLM 1.108.7's in-stream event when the upstream refused the prompt by its usage policy after two chunks.
POLICY_EVENT = {
    "error": {
        "message": "litellm.BadRequestError: litellm.ContentPolicyViolationError: ContentPolicyViolationError: "
        "OpenAIException - Invalid prompt: your prompt was flagged as potentially violating our usage policy.",
        "type": "invalid_request_error",
        "param": None,
        "code": "400",
    }
}


def test_a_content_policy_refusal_whole_or_inside_a_stream_is_a_content_policy_error_never_retried() -> None:
    proxy = Recorder(lambda r: httpx.Response(400, json=POLICY_EVENT))
    with proxy.sync(max_retries=3) as client, pytest.raises(ContentPolicyError) as whole:
        client.chat("plain-chat", USER)
    assert len(proxy.requests) == 1 and not whole.value.retryable and whole.value.status == 400
    pieces = Pieces([sse(delta("Hel"), delta("lo"), POLICY_EVENT, done=False)])
    proxy = Recorder(streaming(pieces))
    got: list[str] = []
    with proxy.sync(max_retries=3) as client, client.stream_chat("plain-chat", USER) as stream:
        with pytest.raises(ContentPolicyError) as inside:
            for chunk in stream:
                got.append(chunk.text)
        assert stream.text == "Hello" and pieces.closed
    assert got == ["Hel", "lo"] and inside.value.code == "content_policy_violation" and len(proxy.requests) == 1


def test_a_non_json_chunk_is_an_invalid_response() -> None:
    pieces = Pieces([sse(delta("Hel"), "<html>502 Bad Gateway</html>", done=False)])
    proxy = Recorder(streaming(pieces))
    with proxy.sync() as client, pytest.raises(InvalidResponseError) as caught:
        client.stream_chat("plain-chat", USER).until_done()
    assert "not JSON" in caught.value.message and pieces.closed


def test_a_stream_that_ends_without_done_or_finish_is_an_invalid_response() -> None:
    proxy = Recorder(streaming(Pieces([sse(delta("Hel"), done=False)])))
    with proxy.sync() as client, pytest.raises(InvalidResponseError):
        client.stream_chat("plain-chat", USER).until_done()


def test_a_stream_left_early_closes_its_connection() -> None:
    pieces = Pieces([sse(delta(str(i))) for i in range(100)])
    proxy = Recorder(streaming(pieces))
    with proxy.sync() as client:
        with client.stream_chat("plain-chat", USER) as stream:
            for chunk in stream:
                assert chunk.text == "0"
                break
        assert pieces.closed and pieces.sent < 100
        unclosed = Pieces([STREAM])
        proxy.answer = streaming(unclosed)
        stream = client.stream_chat("plain-chat", USER)
        stream.close()
        assert unclosed.closed


async def test_async_stream_and_whole_calls() -> None:
    proxy = Recorder(streaming(Pieces(split_everywhere(STREAM, 5))))
    async with proxy.asynchronous() as client:
        async with await client.stream_chat("plain-chat", USER) as stream:
            texts = [chunk.text async for chunk in stream]
        assert "".join(texts) == "Hello" and stream.done and stream.completion.usage is not None
        proxy.answer = ok(COMPLETION)
        assert (await client.chat("gpt-4o-vision", USER)).spend.key_spend == 0.5
        with pytest.raises(InvalidRequestError):
            await client.chat("plain-chat", IMAGE_MESSAGE)
    assert len(proxy.requests) == 2


async def test_async_error_inside_a_stream_raises_the_same_class() -> None:
    error = litellm_error(401, "expired_key", "Authentication Error - Expired Key.")
    proxy = Recorder(streaming(Pieces([sse(delta("a"), error, done=False)])))
    async with proxy.asynchronous() as client:
        stream = await client.stream_chat("plain-chat", USER)
        with pytest.raises(KeyExpiredError):
            await stream.until_done()


async def test_cancelling_the_task_reading_a_stream_closes_its_connection() -> None:
    pieces = Pieces([sse(delta(str(i)), done=False) for i in range(1000)], pause=0.01)
    proxy = Recorder(streaming(pieces))
    started = asyncio.Event()
    async with proxy.asynchronous() as client:

        async def read() -> None:
            async with await client.stream_chat("plain-chat", USER) as stream:
                async for _ in stream:
                    started.set()

        task = asyncio.create_task(read())
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert pieces.closed and pieces.sent < 1000


async def test_an_async_stream_left_early_closes_its_connection() -> None:
    pieces = Pieces([sse(delta(str(i)), done=False) for i in range(100)])
    proxy = Recorder(streaming(pieces))
    async with proxy.asynchronous() as client:
        async with await client.stream_chat("plain-chat", USER) as stream:
            async for _ in stream:
                break
        assert pieces.closed and pieces.sent < 100


def test_for_key_uses_the_management_clients_connections_and_leaves_them_open() -> None:
    from litellm_sdk import AsyncLiteLLMClient, LiteLLMClient

    proxy = Recorder(ok(COMPLETION))
    http = httpx.Client(transport=httpx.MockTransport(proxy))
    with LiteLLMClient(BASE, "sk-master-0000", http_client=http, max_retries=0) as admin:
        with admin.for_key(INFO) as key:
            assert key.chat("gpt-4o-vision", USER).text == "Let me look."
            with pytest.raises(InvalidRequestError):
                key.chat("plain-chat", IMAGE_MESSAGE)  # the info's limits came along
        assert not http.is_closed
    assert proxy.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert AsyncLiteLLMClient(BASE, "sk-master-0000").for_key(INFO).info is INFO


def test_a_stream_dropped_without_close_closes_its_connection_when_collected() -> None:
    import gc

    pieces = Pieces([sse(delta(str(i))) for i in range(100)])
    proxy = Recorder(streaming(pieces))
    with proxy.sync() as client:
        stream = client.stream_chat("plain-chat", USER)
        next(stream)
        del stream
        gc.collect()
        assert pieces.closed and pieces.sent < 100


# --- bodies that come compressed, and JSON with blanks around it -----------------------------------------------


def _gzipped_stream(body: bytes) -> Callable[[httpx.Request], httpx.Response]:
    import gzip

    packed = gzip.compress(body)
    headers = {"content-type": "text/event-stream", "content-encoding": "gzip", **SPEND_HEADERS}
    return lambda request: httpx.Response(200, headers=headers, stream=Pieces(split_everywhere(packed, 7)))


def test_a_gzip_encoded_stream_is_decoded_before_its_events_are_read() -> None:
    proxy = Recorder(_gzipped_stream(STREAM))
    with proxy.sync() as client:
        answer = client.stream_chat("plain-chat", USER).until_done()
    assert answer.text == "Hello" and answer.finish_reason == "stop"


def test_a_gzip_encoded_stream_is_decoded_before_its_events_are_read_async() -> None:
    async def main() -> str:
        proxy = Recorder(_gzipped_stream(STREAM))
        async with proxy.asynchronous() as client:
            stream = await client.stream_chat("plain-chat", USER)
            return (await stream.until_done()).text

    assert asyncio.run(main()) == "Hello"


def test_a_gzip_encoded_answer_is_decoded_for_whole_calls() -> None:
    import gzip

    packed = gzip.compress(json.dumps(COMPLETION).encode())
    headers = {"content-type": "application/json", "content-encoding": "gzip", **SPEND_HEADERS}
    proxy = Recorder(lambda request: httpx.Response(200, headers=headers, stream=Pieces(split_everywhere(packed, 5))))
    with proxy.sync() as client:
        assert client.chat("gpt-4o-vision", USER).text == "Let me look."


def test_event_json_with_blanks_around_it_still_parses() -> None:
    padded = [f"  {json.dumps(delta('a'))}", f"{json.dumps(delta('b'))}  ", json.dumps(delta(None, "stop"))]
    proxy = Recorder(streaming(Pieces([sse(*padded)])))
    with proxy.sync() as client:
        assert client.stream_chat("plain-chat", USER).until_done().text == "ab"


def test_event_json_with_garbage_after_it_is_refused() -> None:
    proxy = Recorder(streaming(Pieces([sse(json.dumps(delta("a")) + " tail")])))
    with proxy.sync() as client, pytest.raises(InvalidResponseError, match="not JSON"):
        client.stream_chat("plain-chat", USER).until_done()


def test_sse_decoder_keeps_a_split_character_and_replaces_one_cut_off_at_the_end() -> None:
    decoder = SSEDecoder()
    snow = "☃".encode()
    assert decoder.feed(b"data: " + snow[:1]) == []
    assert decoder.feed(snow[1:] + b"\n\n") == ["☃"]
    assert decoder.feed(b"data: x" + snow[:2]) == []
    assert decoder.close() == ["x\ufffd"]
