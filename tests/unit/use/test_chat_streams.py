"""Chat streams of the key in use: SSE framing split anywhere (CR LF across reads, multi-line data, comments, a
character cut in two), text, usage and tool calls assembled, an error inside a stream raised as the same class, a
stream that ends early or carries non-JSON refused, gzip-encoded streams, and the connection closed when a stream
is left early, cancelled or dropped."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from litellm_sdk import (
    BudgetExceededError,
    ContentPolicyError,
    InvalidRequestError,
    InvalidResponseError,
    KeyExpiredError,
)
from litellm_sdk._use.ops import SSEDecoder

from ._fakes import (
    COMPLETION,
    IMAGE_MESSAGE,
    STREAM,
    TOOLS,
    USER,
    Pieces,
    Recorder,
    delta,
    gzipped_stream,
    litellm_error,
    ok,
    split_everywhere,
    sse,
    streaming,
)

# --- SSE framing and what a stream yields -------------------------------------------------------------------------


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


# --- errors inside a stream ---------------------------------------------------------------------------------------


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


# --- connections closed when a stream is left ---------------------------------------------------------------------


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


# --- compressed streams, and JSON with blanks around it -----------------------------------------------------------


def test_a_gzip_encoded_stream_is_decoded_before_its_events_are_read() -> None:
    proxy = Recorder(gzipped_stream(STREAM))
    with proxy.sync() as client:
        answer = client.stream_chat("plain-chat", USER).until_done()
    assert answer.text == "Hello" and answer.finish_reason == "stop"


def test_a_gzip_encoded_stream_is_decoded_before_its_events_are_read_async() -> None:
    async def main() -> str:
        proxy = Recorder(gzipped_stream(STREAM))
        async with proxy.asynchronous() as client:
            stream = await client.stream_chat("plain-chat", USER)
            return (await stream.until_done()).text

    assert asyncio.run(main()) == "Hello"


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
