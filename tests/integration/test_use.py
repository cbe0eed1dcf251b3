"""The key in use against the real LiteLLM proxy (mock_response models): chat whole and streamed, embeddings,
images, transcription, spend headers, the key's limits refused before sending, a budget used up mid-session
(whole and streamed), streams left early without leaking their connection, and the UI message stream."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    AsyncKeyClient,
    BudgetExceededError,
    InvalidRequestError,
    KeyClient,
    LiteLLMClient,
    ModelAccessDeniedError,
    ServerError,
    VirtualKeyInfo,
    ui_message_stream,
)
from tests._servers import LocalProxy

ALL = ["gpt-4o-vision", "plain-chat", "dall-e-3", "whisper-1", "text-embedding-3-small"]
USER = [{"role": "user", "content": "Say hello"}]
WAV = b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x10\x00\x00\x00\x01\x00\x01\x00\x40\x1f\x00\x00" + b"\x00" * 24


#: Large enough that the module's calls never use it up (one CI run reached a budget of 100 after two chats).
BUDGET = 100_000.0


@pytest.fixture(scope="module")
def admin(litellm_proxy: LocalProxy) -> Iterator[LiteLLMClient]:
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as client:
        yield client


@pytest.fixture(scope="module")
def info(admin: LiteLLMClient) -> Iterator[VirtualKeyInfo]:
    made = admin.request_key(models=ALL, max_budget=BUDGET, duration="1h")
    yield made
    admin.revoke(made.key)


@pytest.fixture
def sent(info: VirtualKeyInfo, litellm_proxy: LocalProxy) -> Iterator[tuple[KeyClient, list[str]]]:
    seen: list[str] = []
    http = httpx.Client(timeout=60, event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    with KeyClient.from_info(info, litellm_proxy.base_url, http_client=http) as client:
        yield client, seen
    http.close()


def test_chat_on_the_real_proxy_returns_text_usage_and_live_spend(sent: tuple[KeyClient, list[str]]) -> None:
    client, _ = sent
    first = client.chat("plain-chat", USER)
    assert first.text == "Hello from the mock plain-chat." and first.finish_reason == "stop"
    assert first.usage is not None and first.usage.total_tokens and first.usage.total_tokens > 0
    assert first.spend.response_cost is not None and first.spend.response_cost > 0
    assert first.spend.key_max_budget == BUDGET and first.spend.key_spend is not None
    assert first.spend.key_remaining is not None and first.spend.key_remaining < BUDGET
    assert first.spend.call_id and first.spend.headers["x-litellm-version"]
    vision = client.chat("gpt-4o-vision", USER)
    assert vision.text == "Hello from the mock gpt-4o-vision."
    assert vision.spend.key_spend is not None and vision.spend.key_spend >= first.spend.key_spend


def test_for_key_on_the_management_client(admin: LiteLLMClient, info: VirtualKeyInfo) -> None:
    with admin.for_key(info) as key:
        assert key.chat("plain-chat", USER).text == "Hello from the mock plain-chat."
    assert admin.describe_key(info.key).key_alias == info.key_alias  # the admin's connections still work


def test_streamed_chat_on_the_real_proxy(sent: tuple[KeyClient, list[str]]) -> None:
    client, _ = sent
    with client.stream_chat("gpt-4o-vision", USER) as stream:
        pieces = [chunk.text for chunk in stream]
    assert "".join(pieces) == "Hello from the mock gpt-4o-vision." and len(pieces) > 1
    answer = stream.completion
    assert answer.finish_reason == "stop" and answer.id
    assert stream.spend.key_max_budget == BUDGET


def test_embeddings_images_and_transcription_on_the_real_proxy(sent: tuple[KeyClient, list[str]]) -> None:
    client, seen = sent
    vectors = client.embed("text-embedding-3-small", ["hello", "world"])
    assert vectors.vectors and all(len(v) == 3 for v in vectors.vectors)
    images = client.generate_image("a cat in a hat")
    assert images.urls or images.images[0].b64_json
    assert seen[-1] == "/images/generations"
    # LiteLLM 1.108.7 ignores mock_response on /audio/transcriptions and calls the provider, which is offline
    # here: the 500 naming the model group shows the proxy parsed our multipart upload (a malformed one is a
    # 4xx before routing), and the call was not sent again (it may have cost money).
    before = len(seen)
    with pytest.raises(ServerError) as caught:
        client.transcribe(WAV, filename="hello.wav")
    assert re.search(r"model group[ =']*whisper-1", caught.value.message, re.I)  # 1.108.7 and 1.80.17 word it apart
    assert seen[before:] == ["/audio/transcriptions"]


def test_the_keys_limits_are_refused_before_anything_reaches_the_proxy(
    admin: LiteLLMClient, litellm_proxy: LocalProxy
) -> None:
    limited = admin.request_key(models=["plain-chat"], duration="1h")
    seen: list[str] = []
    http = httpx.Client(timeout=60, event_hooks={"request": [lambda r: seen.append(r.url.path)]})
    try:
        with KeyClient.from_info(limited, litellm_proxy.base_url, http_client=http) as client:
            image_part = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
            refused = [
                lambda: client.chat("gpt-4o-vision", USER),
                lambda: client.chat("plain-chat", [{"role": "user", "content": [image_part]}]),
                lambda: client.chat("plain-chat", USER, tools=[{"type": "function", "function": {"name": "f"}}]),
                lambda: client.generate_image("a cat"),
                lambda: client.chat("plain-chat", []),
                lambda: client.transcribe(b"plain text, not audio", filename="notes.txt", model="whisper-1"),
            ]
            params = []
            for call in refused:
                with pytest.raises(InvalidRequestError) as caught:
                    call()
                params.append(caught.value.param)
            assert params == ["model", "messages", "tools", "model", "messages", "file"]
            assert seen == []
            with pytest.raises(ModelAccessDeniedError):  # check=False: the proxy refuses it itself
                client.chat("gpt-4o-vision", USER, check=False)
            assert seen == ["/chat/completions"]
    finally:
        http.close()
        admin.revoke(limited.key)


def test_a_budget_used_up_mid_session_raises_budget_exceeded_whole_and_streamed(
    admin: LiteLLMClient, litellm_proxy: LocalProxy
) -> None:
    tiny = admin.request_key(models=["gpt-4o-vision"], max_budget=0.000001, duration="1h")
    try:
        with KeyClient.from_info(tiny, litellm_proxy.base_url, max_retries=3) as client:
            answered = 0
            with pytest.raises(BudgetExceededError) as caught:
                for _ in range(20):
                    client.chat("gpt-4o-vision", USER)
                    answered += 1
                    time.sleep(0.3)
            assert answered >= 1 and caught.value.code == "budget_exceeded" and not caught.value.retryable
            assert tiny.key not in str(caught.value)
            with pytest.raises(BudgetExceededError):
                client.stream_chat("gpt-4o-vision", USER)
    finally:
        admin.revoke(tiny.key)


def test_a_stream_left_early_does_not_leak_its_connection(info: VirtualKeyInfo, litellm_proxy: LocalProxy) -> None:
    one = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    http = httpx.Client(limits=one, timeout=httpx.Timeout(30, pool=3))
    try:
        with KeyClient.from_info(info, litellm_proxy.base_url, http_client=http) as client:
            for _ in range(3):
                with client.stream_chat("plain-chat", USER) as stream:
                    next(iter(stream))
            # a leaked connection would hold the only slot of the pool: PoolTimeout after 3 s
            assert client.chat("plain-chat", USER).text
    finally:
        http.close()


async def test_async_stream_and_a_cancelled_reader_on_the_real_proxy(
    info: VirtualKeyInfo, litellm_proxy: LocalProxy
) -> None:
    import asyncio

    one = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    http = httpx.AsyncClient(limits=one, timeout=httpx.Timeout(30, pool=3))
    async with AsyncKeyClient.from_info(info, litellm_proxy.base_url, http_client=http) as client:
        async with await client.stream_chat("plain-chat", USER) as stream:
            text = "".join([chunk.text async for chunk in stream])
        assert text == "Hello from the mock plain-chat."
        got_one = asyncio.Event()

        async def reader() -> None:
            async with await client.stream_chat("plain-chat", USER) as stream:
                async for _ in stream:
                    got_one.set()
                    await asyncio.sleep(30)

        task = asyncio.create_task(reader())
        await asyncio.wait_for(got_one.wait(), 30)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert (await client.chat("plain-chat", USER)).text  # the pool's only connection is free again
    await http.aclose()


def test_the_ui_message_stream_of_a_real_chat(sent: tuple[KeyClient, list[str]]) -> None:
    client, _ = sent
    data = b"".join(ui_message_stream(client.stream_chat("plain-chat", USER), message_id="m1"))
    events: list[Any] = [json.loads(line[6:]) for line in data.decode().split("\n\n") if line.startswith("data: {")]
    text = "".join(e["delta"] for e in events if e["type"] == "text-delta")
    assert text == "Hello from the mock plain-chat."
    assert events[0] == {"type": "start", "messageId": "m1"} and events[-1]["type"] == "finish"
    assert data.endswith(b"data: [DONE]\n\n")
