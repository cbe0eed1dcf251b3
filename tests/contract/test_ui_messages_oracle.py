"""Our reading of useChat's messages against the AI SDK's own: the pinned ``ai`` package's ``convertToModelMessages``
(with ``ignoreIncompleteToolCalls``, since an OpenAI-format provider refuses a tool call with no answer), followed by
what its OpenAI provider makes of model messages, runs under Node on the same UI messages as
``chat_messages_from_ui``; roles, order, texts, file kinds, tool calls and tool answers must agree.

Known and intended differences, left out of these fixtures and pinned in tests/unit/use/test_ui_messages.py: a step
that holds only reasoning or files (the AI SDK's OpenAI provider sends an empty assistant message; we send none),
an approval granted but not run yet (ai 6 sends the call with no answer, which the provider refuses; we leave it
out), a refused approval (ai 6 leaves the answer to ``streamText``; we answer "Tool call execution denied." as ai 7
does), and http(s) links to audio or PDFs (the AI SDK downloads them; we refuse them)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from litellm_sdk import chat_messages_from_ui

REPO = Path(__file__).resolve().parents[2]
ORACLE = REPO / "tests" / "js" / "convert_ui_messages.mjs"
AI_PACKAGE = REPO / "node_modules" / "ai" / "package.json"

PNG = "data:image/png;base64,iVBORw0KGgo="
PDF = "data:application/pdf;base64,JVBERi0xLjc="


def tool(call_id: str, state: str, name: str = "weather", **fields: Any) -> dict[str, Any]:
    return {"type": f"tool-{name}", "toolCallId": call_id, "state": state, **fields}


FIXTURES: dict[str, list[dict[str, Any]]] = {
    "text": [
        {"id": "s", "role": "system", "parts": [{"type": "text", "text": "Be "}, {"type": "text", "text": "brief."}]},
        {"id": "1", "role": "user", "parts": [{"type": "text", "text": "Hi"}]},
        {"id": "2", "role": "assistant", "parts": [{"type": "step-start"}, {"type": "text", "text": "Hello! ✨"}]},
        {"id": "3", "role": "user", "parts": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]},
    ],
    "files": [
        {
            "id": "1",
            "role": "user",
            "parts": [
                {"type": "text", "text": "What are these?"},
                {"type": "file", "mediaType": "image/png", "url": PNG, "filename": "cat.png"},
                {"type": "file", "mediaType": "image/jpeg", "url": "https://img.example.test/dog.jpg"},
                {"type": "file", "mediaType": "application/pdf", "url": PDF, "filename": "report.pdf"},
                {"type": "file", "mediaType": "audio/wav", "url": "data:audio/wav;base64,UklGRg=="},
                {"type": "file", "mediaType": "audio/mpeg", "url": "data:audio/mpeg;base64,SUQz"},
            ],
        }
    ],
    "tool history": [
        {"id": "1", "role": "user", "parts": [{"type": "text", "text": "Weather in Paris and Rome?"}]},
        {
            "id": "2",
            "role": "assistant",
            "parts": [
                {"type": "step-start"},
                {"type": "reasoning", "text": "Two cities.", "state": "done"},
                {"type": "text", "text": "Checking."},
                tool("c1", "output-available", input={"city": "Paris"}, output={"temp": 20}),
                tool("c2", "output-available", input={"city": "Rome"}, output="sunny, 25°"),
                {"type": "step-start"},
                {
                    "type": "dynamic-tool",
                    "toolName": "lookup",
                    "toolCallId": "c3",
                    "state": "output-error",
                    "input": {"q": "x"},
                    "errorText": "lookup failed",
                },
                {"type": "step-start"},
                {"type": "text", "text": "Paris 20, Rome 25."},
            ],
        },
        {"id": "3", "role": "user", "parts": [{"type": "text", "text": "Thanks"}]},
    ],
    "denied and waiting tools": [
        {"id": "1", "role": "user", "parts": [{"type": "text", "text": "Delete my files"}]},
        {
            "id": "2",
            "role": "assistant",
            "parts": [
                {"type": "step-start"},
                {"type": "text", "text": "Asking first."},
                tool("c1", "output-denied", "delete", input={}, approval={"id": "a1", "approved": False}),
                tool(
                    "c2", "output-denied", "delete", input={}, approval={"id": "a2", "approved": False, "reason": "No"}
                ),
                tool("c3", "input-available", input={"city": "Oslo"}),
                tool("c4", "approval-requested", "delete", input={}, approval={"id": "a4"}),
                tool("c5", "input-streaming", input={"ci": "Os"}),
            ],
        },
        {"id": "3", "role": "assistant", "parts": [tool("c6", "input-available", input={})]},
        {"id": "4", "role": "user", "parts": [{"type": "text", "text": "ok"}]},
    ],
    "data parts": [
        {
            "id": "1",
            "role": "user",
            "parts": [
                {"type": "text", "text": "hi"},
                {"type": "data-note", "data": {"text": "on the home page"}},
                {"type": "data-other", "data": {"x": 1}},
            ],
        },
        {
            "id": "2",
            "role": "assistant",
            "parts": [{"type": "text", "text": "Hello"}, {"type": "data-note", "data": {"text": "greeted"}}],
        },
    ],
}


def map_data(part: Any) -> Any:
    return f"Note: {part['data']['text']}" if part["type"] == "data-note" else None


def projected(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Our messages in the oracle's terms: file parts by kind, tool calls by id, name and arguments."""
    out: list[dict[str, Any]] = []
    for message in messages:
        if message["role"] == "user" and isinstance(message["content"], list):
            parts = [p if p["type"] == "text" else {"type": p["type"]} for p in message["content"]]
            out.append({"role": "user", "content": parts})
        elif message["role"] == "assistant":
            calls = [
                {"id": c["id"], "name": c["function"]["name"], "arguments": c["function"]["arguments"]}
                for c in message.get("tool_calls", [])
            ]
            out.append({"role": "assistant", "content": message["content"] or "", "tool_calls": calls})
        else:
            out.append(message)
    return out


def test_our_conversion_agrees_with_the_ai_sdks_own() -> None:
    node = shutil.which("node")
    if node is None or not AI_PACKAGE.exists():
        pytest.fail(f"needs node and the pinned `ai` package: run `npm ci` in {REPO} (scripts/test-system-deps)")
    fixtures = [{"name": name, "messages": messages} for name, messages in FIXTURES.items()]
    done = subprocess.run(
        [node, str(ORACLE)],
        input=json.dumps(fixtures).encode(),
        capture_output=True,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin"},
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr.decode()
    theirs = {result["name"]: result["messages"] for result in json.loads(done.stdout)}
    for name, messages in FIXTURES.items():
        ours = projected(chat_messages_from_ui(messages, map_data=map_data))
        assert ours == theirs[name], name
