"""Fault injection for the integration tier, with real sockets on loopback and nothing mocked in the SDK.

:class:`FaultProxy` is a TCP proxy between the SDK and a real HTTP server (the LiteLLM proxy). It reads each
HTTP/1.1 request, decides by rules what to do with it, and then forwards it, drops the connection after the
upstream answered (the response is lost after the key was created), drops it before forwarding, hangs
(accepts and never answers), or answers with a canned response. ``refuse()`` closes the listening socket, so
connecting fails with "connection refused" exactly as when the proxy is down; ``resume()`` listens again on
the same port. Every connection carries one request (``Connection: close`` both ways), which keeps the
framing trivial and makes "the response of the first POST /key/generate" well defined.

:class:`CannedServer` is a stdlib HTTP server that answers every request with scripted bodies: HTML,
truncated JSON, megabytes of garbage, 429 with Retry-After, 500.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import re
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

FORWARD = "forward"
DROP_RESPONSE = "drop_response"  # forward, wait for the whole upstream answer, close without sending it
DROP_REQUEST = "drop_request"  # close without forwarding (the server never sees the request)
HANG = "hang"  # read the request, never answer
CANNED = "canned"  # answer with a Canned response, do not forward

_HEAD_END = b"\r\n\r\n"
_MAX_HEAD = 64 * 1024


@dataclass(frozen=True)
class Canned:
    """One scripted HTTP response. ``stream_bytes`` sends that many garbage bytes instead of ``body``;
    ``length=False`` omits Content-Length (the body then ends when the connection closes)."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    stream_bytes: int = 0
    length: bool = True

    def head(self) -> bytes:
        size = self.stream_bytes or len(self.body)
        lines = [f"HTTP/1.1 {self.status} {http.HTTPStatus(self.status).phrase}"]
        lines += [f"{k}: {v}" for k, v in self.headers]
        if self.length:
            lines.append(f"Content-Length: {size}")
        lines.append("Connection: close")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    def write(self, sock_send: Callable[[bytes], object]) -> None:
        sock_send(self.head())
        if not self.stream_bytes:
            sock_send(self.body)
            return
        chunk = (b"garbage<" + os.urandom(24).hex().encode() + b">\x00\xff") * 2048
        left = self.stream_bytes
        while left > 0:
            piece = chunk[: min(left, len(chunk))]
            sock_send(piece)
            left -= len(piece)


@dataclass
class Rule:
    action: str
    method: str | None = None
    path: str | None = None
    times: int | None = None  # None: every matching request
    canned: Canned | None = None

    def matches(self, method: str, path: str) -> bool:
        if self.times is not None and self.times <= 0:
            return False
        return (self.method is None or self.method == method) and (self.path is None or self.path == path)


@dataclass
class Seen:
    method: str
    path: str
    action: str
    at: float = field(default_factory=time.monotonic)


def _read_request(conn: socket.socket) -> tuple[bytes, bytes] | None:
    """(head incl. the blank line, body) of one request framed by Content-Length; None when the peer left."""
    data = b""
    while _HEAD_END not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > _MAX_HEAD:
            raise ValueError("request head too large")
    head, _, rest = data.partition(_HEAD_END)
    match = re.search(rb"(?im)^content-length:\s*(\d+)\s*$", head)
    if re.search(rb"(?im)^transfer-encoding:\s*chunked", head):
        raise ValueError("chunked request bodies are not supported by the fault proxy")
    size = int(match.group(1)) if match else 0
    while len(rest) < size:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        rest += chunk
    return head + _HEAD_END, rest[:size]


def _connection_close(head: bytes) -> bytes:
    """The head with any Connection header replaced by ``Connection: close``."""
    lines = [ln for ln in head[: -len(_HEAD_END)].split(b"\r\n") if not ln.lower().startswith(b"connection:")]
    lines.insert(1, b"Connection: close")
    return b"\r\n".join(lines) + _HEAD_END


class FaultProxy:
    """A loopback TCP proxy in front of ``upstream`` (``http://host:port``) whose behaviour the test sets."""

    def __init__(self, upstream: str, *, upstream_timeout: float = 120.0) -> None:
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self.upstream_timeout = upstream_timeout
        self.default = FORWARD
        self.rules: list[Rule] = []
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        self._closed = threading.Event()
        self._open: set[socket.socket] = set()
        self._listener: socket.socket | None = None
        self.port = 0
        self._listen()

    # ------------------------------------------------------------------ control

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add_rule(
        self,
        action: str,
        *,
        method: str | None = None,
        path: str | None = None,
        times: int | None = None,
        canned: Canned | None = None,
    ) -> Rule:
        """Apply ``action`` to the next ``times`` requests matching method/path (first matching rule wins)."""
        rule = Rule(action, method, path, times, canned)
        with self._lock:
            self.rules.append(rule)
        return rule

    def clear_rules(self) -> None:
        with self._lock:
            self.rules.clear()

    def count(self, method: str | None = None, path: str | None = None, action: str | None = None) -> int:
        with self._lock:
            return sum(
                (method is None or s.method == method)
                and (path is None or s.path == path)
                and (action is None or s.action == action)
                for s in self.seen
            )

    def refuse(self) -> None:
        """Stop listening: new connections are refused, as when the proxy process is down."""
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept(); close() alone does not
            listener.close()
        self._drop_open()

    def resume(self) -> None:
        """Listen again on the same port."""
        if self._listener is None:
            self._listen(self.port)

    def close(self) -> None:
        self._closed.set()
        self.refuse()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ internals

    def _listen(self, port: int = 0) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen(256)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True, name="fault-proxy-accept").start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return  # listener closed
            with self._lock:
                self._open.add(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True, name="fault-proxy-conn").start()

    def _drop_open(self) -> None:
        with self._lock:
            conns, self._open = list(self._open), set()
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()

    def _decide(self, method: str, path: str) -> tuple[str, Canned | None]:
        with self._lock:
            for rule in self.rules:
                if rule.matches(method, path):
                    if rule.times is not None:
                        rule.times -= 1
                    action, canned = rule.action, rule.canned
                    break
            else:
                action, canned = self.default, None
            self.seen.append(Seen(method, path, action))
        return action, canned

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(self.upstream_timeout)
            request = _read_request(conn)
            if request is None:
                return
            head, body = request
            method, target = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ")[:2]
            action, canned = self._decide(method, urlsplit(target).path)
            if action == HANG:
                self._closed.wait(self.upstream_timeout)
                return
            if action == DROP_REQUEST:
                return
            if action == CANNED:
                (canned or Canned()).write(conn.sendall)
                return
            answer = self._forward(_connection_close(head) + body)
            if action == DROP_RESPONSE:
                return  # the upstream handled it; the client never hears back
            resp_head, sep, resp_body = answer.partition(_HEAD_END)
            conn.sendall(_connection_close(resp_head + sep) + resp_body if sep else answer)
        except (OSError, ValueError):
            return
        finally:
            with self._lock:
                self._open.discard(conn)
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()

    def _forward(self, raw: bytes) -> bytes:
        with socket.create_connection(self.upstream, timeout=self.upstream_timeout) as up:
            up.sendall(raw)
            chunks = []
            while chunk := up.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)


class CannedServer:
    """A stdlib HTTP server answering every request from a script of :class:`Canned` responses.

    ``play(*responses)`` sets the script; each request takes the next one and the last one repeats.
    ``requests`` records (method, path, monotonic time) of each request.
    """

    def __init__(self) -> None:
        self.script: list[Canned] = [Canned(404, b'{"detail": "Not Found"}')]
        self.requests: list[tuple[str, str, float]] = []
        self._lock = threading.Lock()
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _answer(self) -> None:
                size = int(self.headers.get("Content-Length") or 0)
                if size:
                    self.rfile.read(size)
                with owner._lock:
                    owner.requests.append((self.command, self.path.split("?")[0], time.monotonic()))
                    canned = owner.script.pop(0) if len(owner.script) > 1 else owner.script[0]
                self.close_connection = True
                with contextlib.suppress(OSError):
                    canned.write(self.wfile.write)
                    self.wfile.flush()

            do_GET = do_POST = do_DELETE = do_PUT = _answer

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True, name="canned-server")
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def play(self, *responses: Canned) -> None:
        with self._lock:
            self.script = list(responses)
            self.requests = []

    def count(self, path: str | None = None) -> int:
        with self._lock:
            return sum(path is None or p == path for _, p, _ in self.requests)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(5)

    def __enter__(self) -> CannedServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def json_error(status: int, message: str, err_type: str = "internal_server_error") -> bytes:
    """A LiteLLM error envelope."""
    return json.dumps({"error": {"message": message, "type": err_type, "param": None, "code": str(status)}}).encode()


def headers(*pairs: tuple[str, str], content_type: str = "application/json") -> tuple[tuple[str, str], ...]:
    return (("Content-Type", content_type), *pairs)


def fd_count() -> int:
    return len(os.listdir("/proc/self/fd"))
