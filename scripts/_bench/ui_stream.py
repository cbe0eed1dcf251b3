"""Row 7b: the UI message stream (what ``useChat`` reads) over a 1,000-chunk chat, against passing LiteLLM's raw SSE
through unchanged, the least a server in front of LiteLLM can do; and its memory over a long stream.

``python -m _bench.ui_stream N PACE_MS`` serves ``POST /chat/completions`` with N LiteLLM-shaped chunks (one HTTP chunk
each, PACE_MS apart; 0: all at once) then ``[DONE]`` on a free loopback port and prints ``PORT <n>``, until stdin
closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
import tracemalloc

import httpx

from _bench.common import Row, Section, goal, local_server, median, ms, ratio, us
from _bench.stream import KEY, USER, body_parts

HEAD = (
    b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n"
    b"x-litellm-key-spend: 0.5\r\nx-litellm-key-max-budget: 10\r\n\r\n"
)


async def serve(n: int, pace_ms: float) -> None:
    parts = [b"%x\r\n%s\r\n" % (len(p), p) for p in body_parts(n)] + [b"0\r\n\r\n"]
    whole = b"".join(parts)

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in request.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                await reader.readexactly(length)
                writer.write(HEAD)
                if pace_ms <= 0:
                    writer.write(whole)
                else:
                    loop = asyncio.get_running_loop()
                    due = loop.time()
                    for part in parts:  # each chunk at its time, as a model streams (no drift)
                        due += pace_ms / 1000
                        writer.write(part)
                        await writer.drain()
                        await asyncio.sleep(max(0.0, due - loop.time()))
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, limit=1 << 20)
    print(f"PORT {server.sockets[0].getsockname()[1]}", flush=True)
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


def sse_server(n: int, pace_ms: float = 0) -> contextlib.AbstractContextManager[str]:
    """The streaming server of this module in its own process; yield its base URL."""
    return local_server("ui_stream", n, pace_ms)


def passthrough(client: httpx.Client, url: str) -> tuple[float, int]:
    """A server passing LiteLLM's SSE to the browser unchanged: the body's bytes as they come, to the sink."""
    started = time.perf_counter()
    sent = 0
    body = {"model": "plain-chat", "messages": USER, "stream": True}
    headers = {"Authorization": f"Bearer {KEY}"}
    with client.stream("POST", f"{url}/chat/completions", json=body, headers=headers) as response:
        for piece in response.iter_raw():
            sent += len(piece)  # the sink: what the web server would write to the browser
    return time.perf_counter() - started, sent


def ui(key: object, url: str) -> tuple[float, int]:
    """The SDK: ``stream_chat`` then ``ui_message_stream`` (metadata on, as by default), to the same sink."""
    from litellm_sdk import KeyClient, ui_message_stream

    assert isinstance(key, KeyClient)
    started = time.perf_counter()
    sent = 0
    for piece in ui_message_stream(key.stream_chat("plain-chat", USER)):
        sent += len(piece)
    return time.perf_counter() - started, sent


def chat_only(key: object, url: str) -> float:
    """``stream_chat`` read to the end with no UI stream: what of the UI stream's cost is row 7's."""
    from litellm_sdk import KeyClient

    assert isinstance(key, KeyClient)
    started = time.perf_counter()
    with key.stream_chat("plain-chat", USER) as stream:
        for _ in stream:
            pass
    return time.perf_counter() - started


def _contenders(url: str, rounds: int) -> tuple[float, float, float, int, int]:
    from litellm_sdk import KeyClient

    raw_client = httpx.Client()
    key = KeyClient(KEY, url, http_client=httpx.Client())
    try:
        for _ in range(3):  # warm-up
            passthrough(raw_client, url)
            ui(key, url)
        raw, sdk, chat = [], [], []
        raw_bytes = sdk_bytes = 0
        for _ in range(rounds):
            t, raw_bytes = passthrough(raw_client, url)
            raw.append(t)
            t, sdk_bytes = ui(key, url)
            sdk.append(t)
            chat.append(chat_only(key, url))
    finally:
        raw_client.close()
        key.close()
    return median(raw), median(sdk), median(chat), raw_bytes, sdk_bytes


def section(rounds: int = 100, paced_rounds: int = 7, chunks: int = 1000, pace_ms: float = 1.0) -> Section:
    from litellm_sdk import KeyClient, ui_message_stream

    out = Section(
        "7b. UI message stream (useChat), canned SSE server",
        f"A {chunks:,}-chunk streamed chat from a canned server in its own process (scripts/_bench/ui_stream.py), "
        "turned into the Vercel AI SDK's UI message stream (`KeyClient.stream_chat` + `ui_message_stream`, message "
        "metadata on) against passing LiteLLM's raw SSE through unchanged (`httpx` `client.stream` + `iter_raw`: "
        "the least a server in front of LiteLLM can do, and what a page cannot read with `useChat`). Both write to "
        "the same sink (a byte count), interleaved on keep-alive clients; medians. Paced: the server sends one chunk "
        f"every {pace_ms:g} ms (1,000 tokens a second, faster than models stream), {paced_rounds} rounds: the total "
        "time a browser waits. Unpaced: the server sends the whole body at once, "
        f"{rounds} rounds: the pure CPU cost. Per chunk the SDK parses LiteLLM's JSON (row 7) and writes the UI "
        "chunk's JSON; the passthrough parses nothing.",
    )
    with sse_server(chunks, pace_ms) as url:
        p_raw, p_sdk, _, raw_bytes, sdk_bytes = _contenders(url, paced_rounds)
    with sse_server(chunks) as url:
        u_raw, u_sdk, u_chat, _, _ = _contenders(url, rounds)
    paced, unpaced = p_sdk / p_raw, u_sdk / u_raw
    out.rows += [
        Row(f"raw SSE passthrough, paced {pace_ms:g} ms (baseline)", ms(p_raw), "1.00x", f"{raw_bytes:,} bytes"),
        Row(f"UI message stream, paced {pace_ms:g} ms", ms(p_sdk), ratio(p_sdk, p_raw), f"{sdk_bytes:,} bytes"),
        Row("raw SSE passthrough, unpaced (baseline)", ms(u_raw), "1.00x"),
        Row(
            "UI message stream, unpaced",
            ms(u_sdk),
            ratio(u_sdk, u_raw),
            f"+{us((u_sdk - u_raw) / chunks)} per chunk",
        ),
        Row(
            "of which stream_chat alone (row 7's work), unpaced",
            ms(u_chat),
            ratio(u_chat, u_raw),
            f"the UI stream's own part: +{us((u_sdk - u_chat) / chunks)} per chunk",
        ),
    ]
    out.verdicts += [
        f"UI message stream, {chunks:,} chunks paced {pace_ms:g} ms: {paced:.2f}x the raw SSE passthrough, "
        f"{goal(paced <= 1.05, '<= 1.05x')}",
        f"UI message stream, {chunks:,} chunks unpaced (CPU only): {unpaced:.2f}x the raw SSE passthrough "
        f"(+{us((u_sdk - u_raw) / chunks)} per chunk; context, no goal)",
    ]
    long_stream = 10 * chunks
    with sse_server(long_stream) as url:
        key = KeyClient(KEY, url, http_client=httpx.Client())
        try:
            peaks = []
            for n_read in (chunks, long_stream):
                tracemalloc.start()
                body = ui_message_stream(key.stream_chat("plain-chat", USER))
                read = 0
                for piece in body:
                    if piece.startswith(b'data: {"type":"text-delta"'):
                        read += 1
                        if read >= n_read:
                            break
                body.close()
                peaks.append(tracemalloc.get_traced_memory()[1])
                tracemalloc.stop()
        finally:
            key.close()
    out.rows.append(
        Row(
            f"UI message stream: peak traced memory, {chunks:,} vs {long_stream:,} chunks",
            f"{peaks[0] / 1024:.0f} KiB / {peaks[1] / 1024:.0f} KiB",
            f"{peaks[1] / max(peaks[0], 1):.2f}x",
            "grows only by the answer's text, which the chat stream keeps for `stream.completion` (the metadata "
            "and `metadata=` hooks read it); UI chunks are not kept",
        )
    )
    return out


if __name__ == "__main__":
    asyncio.run(serve(int(sys.argv[1]), float(sys.argv[2])))
