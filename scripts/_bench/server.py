"""A tiny, fast HTTP/1.1 server answering with canned LiteLLM-shaped bodies (see canned.json).

It does almost nothing per request (no routing framework, no JSON encoding at request time), so the time a
client spends per call is dominated by the client itself. Run it in its own process:
``python -m _bench.server [DELAY_MS]`` prints ``PORT <n>`` once it listens on a free loopback port, then serves until
stdin closes or it is terminated. DELAY_MS delays every answer (a latency-bound server, no CPU spent
waiting), used to show how far the async client scales when the server is not the bottleneck.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

CANNED = Path(__file__).with_name("canned.json")


def load_routes() -> dict[tuple[bytes, bytes], bytes]:
    """(method, path) -> full HTTP response bytes."""
    routes: dict[tuple[bytes, bytes], bytes] = {}
    for route, body in json.loads(CANNED.read_text()).items():
        method, path = route.split(" ", 1)
        payload = json.dumps(body, separators=(",", ":")).encode()
        head = (
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n"
            f"content-length: {len(payload)}\r\nx-litellm-version: canned\r\n\r\n"
        ).encode()
        routes[method.encode(), path.encode()] = head + payload
    routes[b"GET", b"/models"] = routes[b"GET", b"/v1/models"]  # openai with base_url ending in /v1
    return routes


NOT_FOUND = (
    b'HTTP/1.1 404 Not Found\r\ncontent-type: application/json\r\ncontent-length: 22\r\n\r\n{"detail":"Not Found"}'
)


class Handler(asyncio.Protocol):
    def __init__(self, routes: dict[tuple[bytes, bytes], bytes], delay: float) -> None:
        self.routes = routes
        self.delay = delay
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method, target, _ = head.split(b"\r\n", 1)[0].split(b" ", 2)
            path = target.split(b"?", 1)[0]
            assert self.transport is not None
            answer = self.routes.get((method, path), NOT_FOUND)
            if self.delay:
                asyncio.get_running_loop().call_later(self.delay, self._write, answer)
            else:
                self.transport.write(answer)

    def _write(self, answer: bytes) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(answer)


async def serve(delay: float) -> None:
    routes = load_routes()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Handler(routes, delay), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"PORT {port}", flush=True)
    # Serve until stdin closes (the parent went away) or we are terminated.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


if __name__ == "__main__":
    asyncio.run(serve(float(sys.argv[1]) / 1000 if len(sys.argv) > 1 else 0.0))
