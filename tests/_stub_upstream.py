"""A tiny OpenAI-compatible upstream for the integration tier's LiteLLM proxy (standard library only).

LiteLLM 1.108.7 ignores ``mock_response`` for audio, and a mock cannot fail halfway through a stream the way a
provider does, so the test proxy's ``*-stub`` deployments (scripts/_local_proxy/config.py) send their calls here
(``api_base``). ``python tests/_stub_upstream.py`` binds a free loopback port (port 0), prints
``stub upstream listening on http://127.0.0.1:PORT`` and serves until SIGTERM:

``POST /v1/audio/transcriptions``  multipart upload: ``{"text": "stub transcript of <name>: <n> bytes, sha256 <hex16>"}``
                                   (with ``language`` and ``duration`` for ``response_format=verbose_json``)
``POST /v1/audio/speech``          ``audio/mpeg`` bytes: an ID3 header, then ``voice=<voice>;input=<input>``
``POST /v1/chat/completions``      by the upstream model name (the deployment's ``litellm_params.model``):
    ``stub-chat``              a normal answer, whole or streamed
    ``stub-midstream-error``   streamed: two text chunks, then an OpenAI-style ``data: {"error": ...}`` event
    ``stub-broken-stream``     streamed: two text chunks, then the connection is closed mid-body
    ``stub-content-policy``    HTTP 400 with OpenAI's ``invalid_prompt`` (usage policy) error body
    ``stub-policy-midstream``  streamed: two text chunks, then that usage-policy error as an event
    ``stub-assistant``         a deterministic assistant (the example chat app's browser test), whole or streamed
                               word by word, with ``usage``: after a ``tool`` message "The <name> tool answered:
                               <output>"; when the last user text names an offered tool, a call of that tool with
                               ``{}``; when it holds images "I see N image(s): <type>, <bytes> bytes; ..."; else
                               "You said: <text>"
``GET /stub/requests``             what arrived so far (path, model, upload name, size, sha256): tests read it
"""

from __future__ import annotations

import argparse
import base64
import binascii
import email.parser
import email.policy
import hashlib
import json
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

#: The two text chunks every failing stream sends before it fails.
FIRST_CHUNKS = ("Hello ", "from the stub")
STREAM_ERROR = {
    "message": "The stub upstream failed in the middle of the stream.",
    "type": "server_error",
    "param": None,
    "code": "stub_midstream_failure",
}
POLICY_ERROR = {
    # OpenAI's wording for a prompt its moderation refuses (LiteLLM maps this message to ContentPolicyViolationError)
    "message": "Invalid prompt: your prompt was flagged as potentially violating our usage policy. "
    "Please try again with a different prompt.",
    "type": "invalid_request_error",
    "param": None,
    "code": "invalid_prompt",
}
ID3_HEADER = b"ID3\x04\x00\x00\x00\x00\x00\x00"

_SEEN: list[dict[str, Any]] = []
_SEEN_LOCK = threading.Lock()


def _chunk(model: str, text: str | None = None, finish: str | None = None) -> dict[str, Any]:
    delta: dict[str, Any] = {"role": "assistant", "content": text} if text is not None else {}
    return {
        "id": "chatcmpl-stub",
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _text_of(content: Any) -> str:
    """The text of a chat message's content (a string or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""


def _image_note(url: str) -> str:
    """``image/png, 68 bytes`` for a data URL; the URL itself otherwise."""
    if url.startswith("data:") and "," in url:
        head, data = url[5:].split(",", 1)
        try:
            size = len(base64.b64decode(data, validate=True)) if head.endswith(";base64") else len(data)
        except (binascii.Error, ValueError):
            return f"{head.split(';')[0]}, undecodable"
        return f"{head.split(';')[0]}, {size} bytes"
    return url


def assistant_answer(request: dict[str, Any]) -> dict[str, Any]:
    """What ``stub-assistant`` answers: {"text": ...} or {"tool": name} (deterministic, from the messages only)."""
    messages = [m for m in request.get("messages") or [] if isinstance(m, dict)]
    last = messages[-1] if messages else {}
    if last.get("role") == "tool":
        names = {
            call.get("id"): (call.get("function") or {}).get("name")
            for m in messages
            for call in m.get("tool_calls") or []
            if isinstance(call, dict)
        }
        name = names.get(last.get("tool_call_id")) or "unknown"
        return {"text": f"The {name} tool answered: {_text_of(last.get('content'))}"}
    text = _text_of(last.get("content"))
    offered = [(t.get("function") or {}).get("name") for t in request.get("tools") or [] if isinstance(t, dict)]
    for name in offered:
        if name and name in text:
            return {"tool": name}
    content = last.get("content")
    images = [
        _image_note(str((part.get("image_url") or {}).get("url", "")))
        for part in (content if isinstance(content, list) else [])
        if isinstance(part, dict) and part.get("type") == "image_url"
    ]
    if images:
        return {"text": f"I see {len(images)} image(s): {'; '.join(images)}."}
    return {"text": f"You said: {text}"}


def _usage(request: dict[str, Any], completion_tokens: int) -> dict[str, int]:
    prompt = sum(len(_text_of(m.get("content"))) for m in request.get("messages") or [] if isinstance(m, dict))
    prompt_tokens = prompt // 4 + 1
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "stub-upstream/1"

    def log_message(self, format: str, *args: Any) -> None:
        sys.stdout.write("stub: " + format % args + "\n")
        sys.stdout.flush()

    # --- reading -----------------------------------------------------------------------------------------
    def _body(self) -> bytes:
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            parts = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("content-length") or 0))

    def _form(self, body: bytes) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
        """Fields and files of a multipart/form-data body."""
        head = f"Content-Type: {self.headers.get('content-type', '')}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        fields: dict[str, str] = {}
        files: dict[str, tuple[str, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            if not isinstance(name, str):
                continue
            filename = part.get_filename()
            if filename is not None:
                files[name] = (filename, payload)
            else:
                fields[name] = payload.decode("utf-8", "replace")
        return fields, files

    def _record(self, **entry: Any) -> None:
        with _SEEN_LOCK:
            _SEEN.append({"path": self.path, **entry})

    # --- writing -----------------------------------------------------------------------------------------
    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("content-type", content_type)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, value: Any) -> None:
        self._send(status, json.dumps(value).encode())

    def _start_stream(self) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()

    def _event(self, value: Any) -> None:
        data = f"data: {value if isinstance(value, str) else json.dumps(value)}\n\n".encode()
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    def _end_stream(self) -> None:
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    # --- routes ------------------------------------------------------------------------------------------
    def do_GET(self) -> None:
        if self.path == "/stub/requests":
            with _SEEN_LOCK:
                self._json(200, list(_SEEN))
        else:
            self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})

    def do_POST(self) -> None:
        body = self._body()
        path = self.path.split("?", 1)[0]
        if path.endswith("/audio/transcriptions"):
            self._transcription(body)
        elif path.endswith("/audio/speech"):
            self._speech(body)
        elif path.endswith("/chat/completions"):
            self._chat(body)
        else:
            self._json(404, {"error": {"message": f"no route {path}", "type": "not_found"}})

    def _transcription(self, body: bytes) -> None:
        fields, files = self._form(body)
        name, data = files.get("file", ("", b""))
        digest = hashlib.sha256(data).hexdigest()
        self._record(model=fields.get("model"), filename=name, size=len(data), sha256=digest, fields=fields)
        if not data:
            self._json(400, {"error": {"message": "no file uploaded", "type": "invalid_request_error"}})
            return
        answer: dict[str, Any] = {"text": f"stub transcript of {name}: {len(data)} bytes, sha256 {digest[:16]}"}
        if fields.get("response_format") == "verbose_json":
            answer.update(language="english", duration=1.5, segments=[])
        self._json(200, answer)

    def _speech(self, body: bytes) -> None:
        request = json.loads(body or b"{}")
        self._record(model=request.get("model"), input=request.get("input"), voice=request.get("voice"))
        said = f"voice={request.get('voice')};input={request.get('input')}".encode()
        self._send(200, ID3_HEADER + said, "audio/mpeg")

    def _chat(self, body: bytes) -> None:
        request = json.loads(body or b"{}")
        model = str(request.get("model"))
        self._record(model=model, stream=bool(request.get("stream")))
        if model == "stub-content-policy":
            self._json(400, {"error": POLICY_ERROR})
            return
        if model == "stub-assistant":
            self._assistant(request)
            return
        if not request.get("stream"):
            self._json(
                200,
                {
                    "id": "chatcmpl-stub",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": model,
                    "choices": [
                        {
                            "index": 0,
                            "message": {"role": "assistant", "content": "Hello from the stub."},
                            "finish_reason": "stop",
                        }
                    ],
                    "usage": {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7},
                },
            )
            return
        self._start_stream()
        for text in FIRST_CHUNKS:
            self._event(_chunk(model, text))
            time.sleep(0.02)
        if model == "stub-midstream-error":
            self._event({"error": STREAM_ERROR})
            self._end_stream()
        elif model == "stub-policy-midstream":
            self._event({"error": POLICY_ERROR})
            self._end_stream()
        elif model == "stub-broken-stream":
            self.wfile.flush()
            self.close_connection = True  # no terminating chunk: the body is cut off
        else:
            self._event(_chunk(model, ".", "stop"))
            self._event("[DONE]")
            self._end_stream()

    def _assistant(self, request: dict[str, Any]) -> None:
        model = "stub-assistant"
        answer = assistant_answer(request)
        roles = [m.get("role") for m in request.get("messages") or [] if isinstance(m, dict)]
        self._record(model=model, stream=bool(request.get("stream")), answer=answer, roles=roles)
        tool = answer.get("tool")
        call = {"id": f"call_stub_{len(_SEEN)}", "type": "function", "function": {"name": tool, "arguments": "{}"}}
        words = answer.get("text", "").split(" ")
        usage = _usage(request, len(words) if not tool else 5)
        if not request.get("stream"):
            message: dict[str, Any] = {"role": "assistant", "content": None if tool else answer["text"]}
            if tool:
                message["tool_calls"] = [call]
            choice = {"index": 0, "message": message, "finish_reason": "tool_calls" if tool else "stop"}
            body = {"id": "chatcmpl-stub", "object": "chat.completion", "created": int(time.time()), "model": model}
            self._json(200, {**body, "choices": [choice], "usage": usage})
            return
        self._start_stream()
        if tool:
            first = {"index": 0, **call, "function": {"name": tool, "arguments": ""}}
            chunk = _chunk(model)
            chunk["choices"][0]["delta"] = {"role": "assistant", "content": None, "tool_calls": [first]}
            self._event(chunk)
            chunk = _chunk(model)
            chunk["choices"][0]["delta"] = {"tool_calls": [{"index": 0, "function": {"arguments": "{}"}}]}
            self._event(chunk)
            self._event(_chunk(model, None, "tool_calls"))
        else:
            for i, word in enumerate(words):
                self._event(_chunk(model, word if i == 0 else " " + word))
                time.sleep(0.05)  # word by word, slowly enough that a page shows the answer growing
            self._event(_chunk(model, None, "stop"))
        if (request.get("stream_options") or {}).get("include_usage"):
            self._event({**_chunk(model), "choices": [], "usage": usage})
        self._event("[DONE]")
        self._end_stream()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--port", type=int, default=0, help="port to bind on 127.0.0.1 (default 0: a free one)")
    args = parser.parse_args(argv)
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    signal.signal(signal.SIGTERM, lambda *_: threading.Thread(target=server.shutdown, daemon=True).start())
    print(f"stub upstream listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever(poll_interval=0.2)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
