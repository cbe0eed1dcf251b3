"""Our UI message stream, read by the real Vercel AI SDK: the pinned ``ai`` npm package's own parsing
(``parseJsonEventStream`` + ``uiMessageChunkSchema``, then ``readUIMessageStream``, as ``useChat`` does) runs under
Node on the bytes ``ui_message_stream`` / ``aui_message_stream`` produce, and the messages it builds are checked."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import httpx
import pytest

from litellm_sdk import UI_MESSAGE_STREAM_HEADERS, AsyncKeyClient, KeyClient, aui_message_stream, ui_message_stream
from tests.unit.use._fakes import KEY, USER, Pieces, delta, litellm_error, split_everywhere, sse, streaming

REPO = Path(__file__).resolve().parents[2]
READER = REPO / "tests" / "js" / "read_ui_message_stream.mjs"
AI_PACKAGE = REPO / "node_modules" / "ai" / "package.json"


def read_with_ai_sdk(data: bytes, chunk_size: int = 0) -> dict[str, Any]:
    node = shutil.which("node")
    if node is None or not AI_PACKAGE.exists():
        pytest.fail(f"needs node and the pinned `ai` package: run `npm ci` in {REPO} (scripts/test-system-deps)")
    done = subprocess.run(
        [node, str(READER)],
        input=data,
        capture_output=True,
        timeout=60,
        check=False,
        env={"CHUNK_SIZE": str(chunk_size or len(data) or 1), "PATH": "/usr/bin:/bin"},
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr.decode()
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def ui_bytes(body: bytes, *, message_id: str = "msg-1") -> bytes:
    http = httpx.Client(transport=httpx.MockTransport(streaming(Pieces(split_everywhere(body, 11)))))
    with KeyClient(KEY, "http://litellm.test", http_client=http) as client:
        return b"".join(ui_message_stream(client.stream_chat("plain-chat", USER), message_id=message_id))


def test_ai_sdk_version_is_the_pinned_one() -> None:
    pinned = json.loads((REPO / "package.json").read_text())["devDependencies"]["ai"]
    assert json.loads(AI_PACKAGE.read_text())["version"] == pinned
    assert UI_MESSAGE_STREAM_HEADERS["x-vercel-ai-ui-message-stream"] == "v1"
    assert UI_MESSAGE_STREAM_HEADERS["content-type"] == "text/event-stream"


@pytest.mark.parametrize("chunk_size", [0, 1, 5])
def test_the_ai_sdk_builds_the_assistant_message_from_our_text_stream(chunk_size: int) -> None:
    data = ui_bytes(sse(delta("Hello"), delta(", wörld 🙂"), delta(None, "stop")))
    assert data.endswith(b"data: [DONE]\n\n")
    seen = read_with_ai_sdk(data, chunk_size)
    assert seen["errors"] == []
    final = seen["messages"][-1]
    assert final["id"] == "msg-1" and final["role"] == "assistant"
    texts = [part for part in final["parts"] if part["type"] == "text"]
    assert texts == [{"type": "text", "text": "Hello, wörld 🙂", "state": "done"}]
    types = [chunk["type"] for chunk in seen["chunks"]]
    assert types[:3] == ["start", "start-step", "text-start"] and types[-2:] == ["finish-step", "finish"]
    assert seen["chunks"][-1]["finishReason"] == "stop"


def test_the_ai_sdk_sees_our_tool_calls_with_their_input() -> None:
    first = {"index": 0, "id": "call_1", "type": "function", "function": {"name": "weather", "arguments": '{"ci'}}
    rest = {"index": 0, "function": {"arguments": 'ty":"Oslo"}'}}
    data = ui_bytes(
        sse(delta("Checking."), delta(tool_calls=[first]), delta(tool_calls=[rest]), delta(None, "tool_calls"))
    )
    seen = read_with_ai_sdk(data, 7)
    assert seen["errors"] == []
    parts = seen["messages"][-1]["parts"]
    tool = next(part for part in parts if part["type"] == "tool-weather")
    assert tool["toolCallId"] == "call_1" and tool["state"] == "input-available"
    assert tool["input"] == {"city": "Oslo"}
    assert [p["text"] for p in parts if p["type"] == "text"] == ["Checking."]
    assert seen["chunks"][-1] == {"type": "finish", "finishReason": "tool-calls"}


def test_an_error_mid_stream_reaches_the_ai_sdk_as_its_error_with_the_text_so_far() -> None:
    error = litellm_error(422, "budget_exceeded", "Budget has been exceeded! Current cost: 2, Max budget: 1")
    data = ui_bytes(sse(delta("Half an ans"), error, done=False))
    seen = read_with_ai_sdk(data, 3)
    assert seen["errors"] == ["Budget has been exceeded! Current cost: 2, Max budget: 1"]
    texts = [p for p in seen["messages"][-1]["parts"] if p["type"] == "text"]
    assert texts == [{"type": "text", "text": "Half an ans", "state": "done"}]
    assert "finish" not in [chunk["type"] for chunk in seen["chunks"]]
    assert data.endswith(b"data: [DONE]\n\n")


async def test_the_async_stream_gives_the_same_bytes() -> None:
    body = sse(delta("Hello"), delta(None, "stop"))
    http = httpx.AsyncClient(transport=httpx.MockTransport(streaming(Pieces([body]))))
    async with AsyncKeyClient(KEY, "http://litellm.test", http_client=http) as client:
        stream = await client.stream_chat("plain-chat", USER)
        data = b"".join([part async for part in aui_message_stream(stream, message_id="msg-1")])
    assert data == ui_bytes(body)
    final = read_with_ai_sdk(data)["messages"][-1]
    assert [p["text"] for p in final["parts"] if p["type"] == "text"] == ["Hello"]


def test_closing_the_ui_stream_early_closes_the_chat_stream() -> None:
    pieces = Pieces([sse(delta(str(i)), done=False) for i in range(100)])
    http = httpx.Client(transport=httpx.MockTransport(streaming(pieces)))
    with KeyClient(KEY, "http://litellm.test", http_client=http) as client:
        body = ui_message_stream(client.stream_chat("plain-chat", USER))
        for part in body:
            if b"text-delta" in part:
                break
        body.close()  # what a WSGI server does when the browser goes away
    assert pieces.closed and pieces.sent < 100
