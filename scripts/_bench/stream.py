"""Row 7: a streamed chat completion, the SDK's ``KeyClient.stream_chat`` against raw httpx reading the same SSE
stream from the same canned server: time to first chunk, total time, per-chunk cost, and memory over a long stream.

``python -m _bench.stream N`` serves ``POST /chat/completions`` with N LiteLLM-shaped ``chat.completion.chunk``
events (one HTTP chunk each, then ``[DONE]``) on a free loopback port and prints ``PORT <n>``, until stdin closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
import tracemalloc

import httpx

from _bench.common import Row, Section, goal, local_server, median, ratio, us

KEY = "sk-bench-stream-0000"
USER = [{"role": "user", "content": "hi"}]


def event(i: int) -> bytes:
    chunk = {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1764700000,
        "model": "plain-chat",
        "choices": [{"index": 0, "delta": {"content": f"tok{i} "}, "finish_reason": None}],
    }
    return b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n"


def body_parts(n: int) -> list[bytes]:
    last = b'data: {"id":"chatcmpl-bench","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n'
    return [event(i) for i in range(n)] + [last, b"data: [DONE]\n\n"]


async def serve(n: int) -> None:
    parts = b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in body_parts(n)) + b"0\r\n\r\n"
    head = (
        b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n"
        b"x-litellm-key-spend: 0.5\r\nx-litellm-key-max-budget: 10\r\n\r\n"
    )

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in request.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                await reader.readexactly(length)
                writer.write(head)
                writer.write(parts)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=1 << 20)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


def sse_server(n: int) -> contextlib.AbstractContextManager[str]:
    """The streaming server of this module in its own process; yield its base URL."""
    return local_server("stream", n)


def raw_httpx(client: httpx.Client, url: str) -> tuple[float, float, str]:
    """What a hand-written client does: stream the POST, split lines, parse each data line."""
    started = time.perf_counter()
    first = 0.0
    text = []
    body = {"model": "plain-chat", "messages": USER, "stream": True}
    with client.stream("POST", f"{url}/chat/completions", json=body, headers={"Authorization": f"Bearer {KEY}"}) as r:
        for line in r.iter_lines():
            if not line.startswith("data: "):
                continue
            data = line[6:]
            if data == "[DONE]":
                break
            delta = json.loads(data)["choices"][0]["delta"].get("content")
            if delta:
                if not first:
                    first = time.perf_counter() - started
                text.append(delta)
    return first, time.perf_counter() - started, "".join(text)


def sdk(client: object, url: str) -> tuple[float, float, str]:
    from litellm_sdk import KeyClient

    assert isinstance(client, KeyClient)
    started = time.perf_counter()
    first = 0.0
    with client.stream_chat("plain-chat", USER) as stream:
        for chunk in stream:
            if chunk.text and not first:
                first = time.perf_counter() - started
    return first, time.perf_counter() - started, stream.text


def section(rounds: int = 200, chunks: int = 50, long_stream: int = 10_000) -> Section:
    from litellm_sdk import KeyClient

    out = Section(
        "7. Streamed chat, canned SSE server",
        f"`POST /chat/completions` streamed: {chunks} LiteLLM-shaped chunks then `[DONE]`, from a canned server in its "
        f"own process (scripts/_bench/stream.py). {rounds} rounds, raw httpx and the SDK interleaved on keep-alive "
        "clients; medians. Raw httpx = `client.stream` + `iter_lines` + `json.loads` per data line (what a "
        "hand-written client does); the SDK = `KeyClient.stream_chat` (SSE decoding, typed chunks, the answer "
        f"accumulated). Per-chunk cost and memory from one {long_stream:,}-chunk stream. Per chunk the SDK does "
        "more than the baseline: incremental UTF-8 and SSE decoding that survives any split (also `\\r\\n` and "
        "multi-line data), a check for LiteLLM's in-stream errors, a frozen `ChatChunk`, and the answer kept for "
        "`stream.completion`. It reads the body's raw bytes when the proxy sends it uncompressed (the baseline goes "
        "through httpx's decoder and line splitter), and decodes each event's JSON without a second whitespace scan.",
    )
    with sse_server(chunks) as url:
        raw_client = httpx.Client()
        key = KeyClient(KEY, url, http_client=httpx.Client())
        try:
            expected = "".join(f"tok{i} " for i in range(chunks))
            for _ in range(20):  # warm-up
                assert raw_httpx(raw_client, url)[2] == expected
                assert sdk(key, url)[2] == expected
            raw_first, raw_total, sdk_first, sdk_total = [], [], [], []
            for _ in range(rounds):
                f, t, _ = raw_httpx(raw_client, url)
                raw_first.append(f)
                raw_total.append(t)
                f, t, _ = sdk(key, url)
                sdk_first.append(f)
                sdk_total.append(t)
        finally:
            raw_client.close()
            key.close()
    first_ratio = median(sdk_first) / median(raw_first)
    total_ratio = median(sdk_total) / median(raw_total)
    out.rows += [
        Row("raw httpx: time to first chunk (baseline)", us(median(raw_first)), "1.00x"),
        Row(
            "litellm_sdk stream_chat: time to first chunk",
            us(median(sdk_first)),
            ratio(median(sdk_first), median(raw_first)),
        ),
        Row(f"raw httpx: whole {chunks}-chunk stream (baseline)", us(median(raw_total)), "1.00x"),
        Row(
            f"litellm_sdk stream_chat: whole {chunks}-chunk stream",
            us(median(sdk_total)),
            ratio(median(sdk_total), median(raw_total)),
        ),
    ]
    out.verdicts += [
        f"streamed chat time to first chunk: {first_ratio:.2f}x raw httpx, {goal(first_ratio <= 1.05, '<= 1.05x')}",
        f"streamed chat total ({chunks} chunks): {total_ratio:.2f}x raw httpx, {goal(total_ratio <= 1.05, '<= 1.05x')}",
    ]
    with sse_server(long_stream) as url:
        raw_client = httpx.Client()
        key = KeyClient(KEY, url, http_client=httpx.Client())
        try:
            raw_long = min(raw_httpx(raw_client, url)[1] for _ in range(3))
            sdk_long = min(sdk(key, url)[1] for _ in range(3))
            peaks = []
            for n_read in (1_000, long_stream):
                tracemalloc.start()
                with key.stream_chat("plain-chat", USER) as stream:
                    for i, _ in enumerate(stream):
                        if i + 1 >= n_read:
                            break
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
        finally:
            raw_client.close()
            key.close()
    per_chunk_raw, per_chunk_sdk = raw_long / long_stream, sdk_long / long_stream
    out.rows += [
        Row("raw httpx: per chunk (baseline)", us(per_chunk_raw), "1.00x"),
        Row(
            "litellm_sdk: per chunk",
            us(per_chunk_sdk),
            ratio(per_chunk_sdk, per_chunk_raw),
            f"+{us(per_chunk_sdk - per_chunk_raw)} per chunk",
        ),
        Row(
            "litellm_sdk: peak traced memory, 1,000 vs 10,000 chunks read",
            f"{peaks[0] / 1024:.0f} KiB / {peaks[1] / 1024:.0f} KiB",
            f"{peaks[1] / max(peaks[0], 1):.2f}x",
            "grows only by the accumulated answer text (`stream.text`); chunks are not kept",
        ),
    ]
    return out


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1])))
