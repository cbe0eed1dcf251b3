"""Calls with the key in use over httpx.MockTransport: the requests sent, typed results with spend and limits,
the key's limits checked before anything is sent, LiteLLM's errors mapped to the management classes, a rate limit
retried after its Retry-After, a call that may have reached the proxy never sent again, compressed answers."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    APIConnectionError,
    BudgetExceededError,
    InvalidRequestError,
    KeyBlockedError,
    KeyExpiredError,
    ModelAccessDeniedError,
    RateLimitError,
    ServerError,
)

from ._fakes import (
    BASE,
    CHAT_ONLY,
    COMPLETION,
    IMAGE_MESSAGE,
    INFO,
    KEY,
    SPEND_HEADERS,
    TOOLS,
    USER,
    WAV,
    Pieces,
    Recorder,
    litellm_error,
    ok,
    split_everywhere,
)

# --- whole calls --------------------------------------------------------------------------------------------------


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


# --- the key's limits, before sending -----------------------------------------------------------------------------


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


# --- errors and retries -------------------------------------------------------------------------------------------


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


# --- connections and compressed answers ---------------------------------------------------------------------------


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


def test_a_gzip_encoded_answer_is_decoded_for_whole_calls() -> None:
    import gzip

    packed = gzip.compress(json.dumps(COMPLETION).encode())
    headers = {"content-type": "application/json", "content-encoding": "gzip", **SPEND_HEADERS}
    proxy = Recorder(lambda request: httpx.Response(200, headers=headers, stream=Pieces(split_everywhere(packed, 5))))
    with proxy.sync() as client:
        assert client.chat("gpt-4o-vision", USER).text == "Let me look."
