"""The key in use against the real LiteLLM proxy (mock_response models): chat whole and streamed, embeddings,
images, transcription, spend headers, the key's limits refused before sending, a budget used up mid-session
(whole and streamed), streams left early without leaking their connection, and the UI message stream.

The ``*-stub`` deployments send their calls on to a real stub upstream (tests/_stub_upstream.py): transcription and
speech end to end, a content-policy refusal (whole, before a stream and inside one), and streams whose upstream
fails midway. What LiteLLM 1.108.7 sends the client when the upstream fails after some chunks (an error event, or a
cut connection): the chunks so far, then ``data: {"error": {"message", "type", "param", "code": "<status>"}}``, then
a clean end of the response (no ``[DONE]``); an upstream error event gives ``code`` "500" and ``type`` null, a cut
upstream connection the same with "Connection error.", a usage-policy refusal ``code`` "400" and a message naming
``ContentPolicyViolationError``. 1.80.17 differs (tests/integration/_releases.py): "503" for the error event, and a
cut upstream stream is ended as if it had finished (``finish_reason`` "stop", usage, ``[DONE]``).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    APIConnectionError,
    AsyncKeyClient,
    BudgetExceededError,
    ContentPolicyError,
    InvalidRequestError,
    KeyClient,
    LiteLLMClient,
    ModelAccessDeniedError,
    ServerError,
    VirtualKeyInfo,
    ui_message_stream,
)
from tests._servers import STUB_MODELS, LocalProxy, StubUpstream
from tests._stub_upstream import FIRST_CHUNKS, ID3_HEADER

from . import _releases as rel

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
                with pytest.raises((InvalidRequestError, ModelAccessDeniedError)) as caught:
                    call()
                params.append(caught.value.param)
            assert params == ["model", "messages", "tools", "model", "messages", "file"]
            with pytest.raises(ModelAccessDeniedError) as denied:  # not the key's model: the proxy's class too
                refused[0]()
            assert denied.value.status is None
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
    assert (events[0]["type"], events[0]["messageId"]) == ("start", "m1") and events[-1]["type"] == "finish"
    known = {"model", "maxBudget", "remainingBudget", "finishReason", "usage", "cost"}
    assert set(events[0].get("messageMetadata", {})) <= known
    assert set(events[-1]["messageMetadata"]) <= known and "finishReason" in events[-1]["messageMetadata"]
    assert data.endswith(b"data: [DONE]\n\n")


# --- through the proxy to the stub upstream -------------------------------------------------------------------------

STUBBED = sorted(STUB_MODELS)
#: The stub deployments' costs in the launcher's config.
COST_PER_SECOND = 0.0001
COST_PER_CHARACTER = 0.000015


@pytest.fixture(scope="module")
def stub(litellm_proxy: LocalProxy, stub_upstream: StubUpstream) -> StubUpstream:
    if not litellm_proxy.controllable:
        if os.environ.get("LITELLM_SDK_REUSE_PROXY") != "1":  # CI never reuses a proxy: there this must not skip
            pytest.fail("the proxy is not session-owned, so it cannot be given the stub upstream's deployments")
        pytest.skip(
            "missing: the stub upstream's *-stub deployments (LITELLM_SDK_REUSE_PROXY=1 reused the proxy of "
            "LITELLM_BASE_URL, which was not started with LITELLM_SDK_STUB_UPSTREAM)"
        )
    return stub_upstream


@pytest.fixture(scope="module")
def stub_info(admin: LiteLLMClient, stub: StubUpstream) -> Iterator[VirtualKeyInfo]:
    made = admin.request_key(models=STUBBED, max_budget=BUDGET, duration="1h")
    yield made
    admin.revoke(made.key)


@pytest.fixture
def stub_sent(stub_info: VirtualKeyInfo, litellm_proxy: LocalProxy) -> Iterator[tuple[KeyClient, list[str]]]:
    """A key client whose pool holds ONE connection (3 s to get it): a leaked stream fails the next call."""
    seen: list[str] = []
    http = httpx.Client(
        limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
        timeout=httpx.Timeout(30, pool=3),
        event_hooks={"request": [lambda r: seen.append(r.url.path)]},
    )
    with KeyClient.from_info(stub_info, litellm_proxy.base_url, http_client=http, max_retries=3) as client:
        yield client, seen
    http.close()


def upstream_calls(stub: StubUpstream, path_end: str, model: str | None = None) -> list[dict[str, Any]]:
    return [r for r in stub.requests() if str(r["path"]).endswith(path_end) and (model is None or r["model"] == model)]


def test_transcription_and_speech_through_the_real_proxy(
    stub_sent: tuple[KeyClient, list[str]], stub: StubUpstream
) -> None:
    client, seen = stub_sent
    transcript = client.transcribe(WAV, filename="hello.wav")  # model: the key's audio_transcription model
    digest = hashlib.sha256(WAV).hexdigest()
    assert transcript.text == f"stub transcript of hello.wav: {len(WAV)} bytes, sha256 {digest[:16]}"
    assert transcript.raw["text"] == transcript.text
    uploads = upstream_calls(stub, "/audio/transcriptions", "whisper-1")
    assert uploads and uploads[-1]["sha256"] == digest and uploads[-1]["size"] == len(WAV)
    # LiteLLM asks the upstream for verbose_json (it prices by duration) and passes language and duration on
    assert transcript.language == "english" and transcript.duration == 1.5
    assert transcript.spend.response_cost == pytest.approx(1.5 * COST_PER_SECOND)
    assert transcript.spend.key_spend is not None and transcript.spend.key_spend >= transcript.spend.response_cost
    assert transcript.spend.key_max_budget == BUDGET and transcript.spend.call_id and transcript.spend.model_id

    audio = client.speech("Hello there", voice="nova")  # model: the key's audio_speech model
    assert audio.content == ID3_HEADER + b"voice=nova;input=Hello there"
    assert audio.content_type == "audio/mpeg"
    # LiteLLM prices speech by the input's characters, whitespace left out (litellm.utils.count_characters)
    assert audio.spend.response_cost == pytest.approx(len("Hellothere") * COST_PER_CHARACTER)
    assert audio.spend.key_spend is not None and audio.spend.key_spend >= transcript.spend.key_spend
    assert seen == ["/audio/transcriptions", "/audio/speech"]

    before = len(upstream_calls(stub, "/audio/transcriptions"))
    for not_audio, name in ((b"plain text, not audio", "notes.txt"), (b"%PDF-1.7 ...", "memo.mp3")):
        with pytest.raises(InvalidRequestError) as refused:
            client.transcribe(not_audio, filename=name)
        assert refused.value.param == "file"
    assert seen == ["/audio/transcriptions", "/audio/speech"]  # nothing more left the SDK ...
    assert len(upstream_calls(stub, "/audio/transcriptions")) == before  # ... nor reached the upstream


async def test_async_transcription_and_speech_through_the_real_proxy(
    stub_info: VirtualKeyInfo, litellm_proxy: LocalProxy, tmp_path: Any
) -> None:
    path = tmp_path / "memo.wav"
    path.write_bytes(WAV)
    async with AsyncKeyClient.from_info(stub_info, litellm_proxy.base_url) as client:
        transcript = await client.transcribe(path, model="whisper-stub")
        audio = await client.speech("Hi", model="tts-stub")
    assert transcript.text.startswith(f"stub transcript of memo.wav: {len(WAV)} bytes")
    assert transcript.spend.response_cost and transcript.spend.response_cost > 0
    assert audio.content == ID3_HEADER + b"voice=alloy;input=Hi" and audio.content_type == "audio/mpeg"


def test_a_content_policy_refusal_on_the_real_proxy_whole_before_a_stream_and_inside_one(
    stub_sent: tuple[KeyClient, list[str]], stub: StubUpstream, litellm_release: rel.Release
) -> None:
    client, seen = stub_sent
    before = len(upstream_calls(stub, "/chat/completions", "stub-content-policy"))
    with pytest.raises(ContentPolicyError) as whole:
        client.chat("content-policy-stub", USER)
    assert whole.value.status == 400 and whole.value.code == "content_policy_violation"
    assert not whole.value.retryable and "ContentPolicyViolationError" in whole.value.message
    with pytest.raises(ContentPolicyError):  # the upstream refused before streaming: the proxy answers 400
        client.stream_chat("content-policy-stub", USER)
    assert seen == ["/chat/completions"] * 2  # max_retries=3, and the SDK sent neither again
    attempts = len(upstream_calls(stub, "/chat/completions", "stub-content-policy")) - before
    per_call = rel.upstream_attempts_of_a_content_policy_refusal(litellm_release)  # the proxy's router may retry
    assert attempts == 2 * per_call if per_call else attempts >= 2

    got: list[str] = []
    with client.stream_chat("policy-midstream-stub", USER) as stream:
        with pytest.raises(ContentPolicyError) as inside:
            for chunk in stream:
                got.append(chunk.text)
    assert "".join(got) == "".join(FIRST_CHUNKS) == stream.text
    assert inside.value.code == "content_policy_violation" and not inside.value.retryable
    assert len(seen) == 3 and len(upstream_calls(stub, "/chat/completions", "stub-policy-midstream")) == 1


@pytest.mark.parametrize(
    ("model", "upstream", "said"),
    [
        ("stream-error-stub", "stub-midstream-error", "failed in the middle of the stream"),
        ("broken-stream-stub", "stub-broken-stream", None),  # the words differ by release
    ],
)
def test_an_upstream_failing_midstream_raises_server_error_and_frees_the_connection(
    stub_sent: tuple[KeyClient, list[str]],
    stub: StubUpstream,
    litellm_release: rel.Release,
    model: str,
    upstream: str,
    said: str | None,
) -> None:
    client, seen = stub_sent
    words = (said,) if said is not None else rel.cut_upstream_error_says(litellm_release)
    before = len(upstream_calls(stub, "/chat/completions", upstream))
    got: list[str] = []
    failed: ServerError | None = None
    with client.stream_chat(model, USER) as stream:
        try:
            for chunk in stream:
                got.append(chunk.text)
        except ServerError as error:
            failed = error
    # the chunks before the failure arrive; then LiteLLM's in-stream error event raises as that status would
    assert "".join(got) == "".join(FIRST_CHUNKS)
    assert stream.done is (failed is None)  # done: the whole answer arrived, never when an error ended it
    expected = rel.cut_upstream_stream_is_an_error(litellm_release) if model == "broken-stream-stub" else True
    if expected is False:  # 1.80.x: the cut stream is ended as if it had finished, so nothing can tell
        assert failed is None and stream.completion.finish_reason == "stop"
    elif expected or failed is not None:
        assert failed is not None, "the proxy ended the stream without an error"
        assert failed.code == "server_error" and failed.status in (500, 503)
        assert any(word in failed.message for word in words), failed.message
        status = rel.midstream_error_status(litellm_release)
        assert failed.status == status or not status
    assert stream.spend.call_id  # the headers came before the failure
    assert len(upstream_calls(stub, "/chat/completions", upstream)) == before + 1  # nothing was sent again
    assert seen == ["/chat/completions"]
    # the pool's only connection is free again (a leaked one: PoolTimeout after 3 s)
    assert client.transcribe(WAV, filename="after.wav").text.startswith("stub transcript of after.wav")


async def test_an_async_stream_failing_midstream_raises_server_error_and_frees_the_connection(
    stub_info: VirtualKeyInfo, litellm_proxy: LocalProxy
) -> None:
    one = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    http = httpx.AsyncClient(limits=one, timeout=httpx.Timeout(30, pool=3))
    async with AsyncKeyClient.from_info(stub_info, litellm_proxy.base_url, http_client=http) as client:
        stream = await client.stream_chat("stream-error-stub", USER)
        got = []
        with pytest.raises(ServerError):
            async for chunk in stream:
                got.append(chunk.text)
        assert "".join(got) == "".join(FIRST_CHUNKS)
        assert (await client.speech("ok", model="tts-stub")).content.startswith(ID3_HEADER)
    await http.aclose()


def test_a_connection_cut_midstream_by_the_server_is_a_connection_error(stub: StubUpstream) -> None:
    """What LiteLLM never does (it ends its response cleanly after an error event) but a proxy in front may: cut
    the stream after some chunks. The stub upstream does exactly that when the SDK talks to it directly."""
    http = httpx.Client(limits=httpx.Limits(max_connections=1), timeout=httpx.Timeout(30, pool=3))
    with KeyClient("sk-stub-upstream-needs-no-key", stub.base_url, http_client=http, max_retries=3) as client:
        got: list[str] = []
        with pytest.raises(APIConnectionError) as caught:
            for chunk in client.stream_chat("stub-broken-stream", USER):
                got.append(chunk.text)
        assert "".join(got) == "".join(FIRST_CHUNKS)
        assert caught.value.request_sent and caught.value.code == "connection_error"
        with client.stream_chat("stub-chat", USER) as stream:  # the cut connection was not left in the pool
            assert stream.until_done().text == "".join(FIRST_CHUNKS) + "."
    http.close()
