"""Our UI message stream, read by the real Vercel AI SDK under Node, at each release package.json pins (npm aliases):
``ai-6-strict`` (6.0.0: the oldest 6.0, whose chunk schemas are strict, as every 6.0 before 6.0.231 and 5.0 before
5.0.217: an unknown field or chunk type fails the whole message), ``ai-6-latest`` (the newest 6.0) and ``ai-7`` (the
newest 7.0). Each reads the same bytes twice: with the package's own stream parsing (``parseJsonEventStream`` +
``uiMessageChunkSchema``, then ``readUIMessageStream``; tests/js/read_ui_message_stream.mjs), fed in pieces of
every size; and through its ``Chat`` class and ``DefaultChatTransport`` (what ``useChat`` runs;
tests/js/chat_with_ui_stream.mjs), which shows what a page gets: the messages, their metadata, ``onData``, the
error."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from litellm_sdk import (
    UI_MESSAGE_STREAM_HEADERS,
    KeyExpiredError,
    ModelAccessDeniedError,
    UIDataPart,
    aui_message_stream,
    error_from_response,
    ui_error_response,
    ui_message_stream,
)
from tests.unit.use._chat_streams import (
    USER,
    Body,
    async_client,
    delta,
    litellm_error,
    split_everywhere,
    sse,
    sync_client,
    tool_call,
    usage,
)

REPO = Path(__file__).resolve().parents[2]
READER = REPO / "tests" / "js" / "read_ui_message_stream.mjs"
CHAT = REPO / "tests" / "js" / "chat_with_ui_stream.mjs"
PINNED: dict[str, str] = json.loads((REPO / "package.json").read_text())["devDependencies"]
#: alias -> the release it must be (package.json's "npm:ai@<version>").
RELEASES = {alias: spec.removeprefix("npm:ai@") for alias, spec in PINNED.items() if spec.startswith("npm:ai@")}
AI = sorted(RELEASES)  # ai-6-latest, ai-6-strict, ai-7
AI_6 = [alias for alias in AI if RELEASES[alias].startswith("6.")]


def node(script: Path, module: str, data: bytes, **env: str) -> dict[str, Any]:
    exe = shutil.which("node")
    if exe is None or not (REPO / "node_modules" / module / "package.json").exists():
        pytest.fail(f"needs node and the pinned `{module}` package: run `npm ci` in {REPO} (scripts/test-system-deps)")
    done = subprocess.run(
        [exe, str(script)],
        input=data,
        capture_output=True,
        timeout=300,
        check=False,
        env={"AI_MODULE": module, "PATH": "/usr/bin:/bin", **env},
        cwd=REPO,
    )
    assert done.returncode == 0, done.stderr.decode()
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def read_with(module: str, data: bytes, chunk_size: int | str = 0) -> dict[str, Any]:
    """What the `ai` package's own stream reading makes of ``data`` (``chunk_size="all"``: also fed in pieces of
    every size, with ``splits`` saying which sizes gave another result)."""
    return node(READER, module, data, CHUNK_SIZE=str(chunk_size or len(data) or 1))


def chat_with(
    module: str, body: bytes, *, status: int = 200, content_type: str = "text/event-stream", chunk_size: int = 0
) -> dict[str, Any]:
    """What a useChat page holds after sending one message answered with this HTTP response."""
    return node(
        CHAT,
        module,
        body,
        STATUS=str(status),
        CONTENT_TYPE=content_type,
        CHUNK_SIZE=str(chunk_size or len(body) or 1),
    )


def ui_bytes(body: bytes, *, model: str = "plain-chat", **options: Any) -> bytes:
    client = sync_client(Body(*split_everywhere(body, 11)))
    options.setdefault("message_id", "msg-1")
    return b"".join(ui_message_stream(client.stream_chat(model, USER), **options))


def assistant(result: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = result["messages"][-1]
    assert message["role"] == "assistant"
    return message


def part_of(part: dict[str, Any]) -> dict[str, Any]:
    """A text or reasoning part without its id (kept from 6.0.x on)."""
    return {k: v for k, v in part.items() if k != "id"}


#: One answer with everything: reasoning, text, two tool calls streaming their input, usage with LiteLLM's cost,
#: and the caller's data parts (one kept in the message, one transient), with message metadata on start and finish.
RICH = sse(
    delta(reasoning_content="The user wants ", model="thinker"),
    delta(reasoning_content="the weather.", model="thinker"),
    delta("Let me check, wörld 🙂.", model="thinker"),
    delta(tool_calls=[tool_call(0, '{"ci', id="call_1", name="weather")], model="thinker"),
    delta(tool_calls=[tool_call(1, '{"tz":', id="call_2", name="time")], model="thinker"),
    delta(tool_calls=[tool_call(0, 'ty":"Oslo"}')], model="thinker"),
    delta(tool_calls=[tool_call(1, '"CET"}')], model="thinker"),
    delta(None, "tool_calls", model="thinker"),
    usage(12, 30, cost=0.25, completion_tokens_details={"reasoning_tokens": 9}),
)


def rich_bytes() -> bytes:
    def data(chunk: Any) -> list[UIDataPart]:
        return [UIDataPart("status", "done", id="status")] if chunk is None else []

    return ui_bytes(
        RICH,
        model="thinker",
        data=lambda c: (
            [UIDataPart("notice", "thinking...", transient=True)] if c is not None and c.reasoning else data(c)
        ),
        metadata=lambda answer: {"toolCalls": len(answer.tool_calls)},
    )


def test_the_pinned_releases_are_installed() -> None:
    assert sorted(RELEASES) == ["ai-6-latest", "ai-6-strict", "ai-7"]
    assert RELEASES["ai-6-strict"] == "6.0.0"
    for alias, release in RELEASES.items():
        installed = json.loads((REPO / "node_modules" / alias / "package.json").read_text())
        assert (installed["name"], installed["version"]) == ("ai", release)
    assert json.loads((REPO / "node_modules" / "ai" / "package.json").read_text())["version"] == PINNED["ai"]
    assert UI_MESSAGE_STREAM_HEADERS["x-vercel-ai-ui-message-stream"] == "v1"
    assert UI_MESSAGE_STREAM_HEADERS["content-type"] == "text/event-stream"


@pytest.mark.parametrize("module", AI)
def test_the_strict_release_is_strict(module: str) -> None:
    """The pin is representative: ai 6.0.0 fails a message on a field it does not know, the later ones do not."""
    data = b'data: {"type":"start","messageId":"m","somethingNew":1}\n\ndata: [DONE]\n\n'
    errors = read_with(module, data)["errors"]
    assert bool(errors) is (module == "ai-6-strict"), errors


@pytest.mark.parametrize("module", AI)
def test_every_release_builds_the_whole_answer_from_the_same_bytes(module: str) -> None:
    data = rich_bytes()
    seen = read_with(module, data, 7)
    assert seen["errors"] == []
    message = assistant(seen)
    assert message["id"] == "msg-1"
    parts = message["parts"]
    assert [p["type"] for p in parts] == [
        "step-start", "reasoning", "text", "tool-weather", "tool-time", "data-status",
    ]  # fmt: skip
    assert part_of(parts[1]) == {"type": "reasoning", "text": "The user wants the weather.", "state": "done"}
    assert part_of(parts[2]) == {"type": "text", "text": "Let me check, wörld 🙂.", "state": "done"}
    assert (parts[3]["toolCallId"], parts[3]["state"], parts[3]["input"]) == (
        "call_1",
        "input-available",
        {"city": "Oslo"},
    )
    assert (parts[4]["toolCallId"], parts[4]["input"]) == ("call_2", {"tz": "CET"})
    assert parts[5] == {"type": "data-status", "id": "status", "data": "done"}
    assert message["metadata"] == {
        "model": "thinker",
        "maxBudget": 2.0,
        "remainingBudget": 1.25,
        "finishReason": "tool_calls",
        "usage": {"inputTokens": 12, "outputTokens": 30, "totalTokens": 42, "reasoningTokens": 9},
        "cost": 0.25,
        "toolCalls": 2,
    }
    assert seen["chunks"][-1]["finishReason"] == "tool-calls"


@pytest.mark.parametrize("module", AI)
def test_every_release_reads_the_same_answer_whatever_size_the_pieces_arrive_in(module: str) -> None:
    data = rich_bytes()
    seen = read_with(module, data, "all")
    assert seen["errors"] == [] and seen["splits"] == {"checked": len(data), "differing": []}


@pytest.mark.parametrize("module", AI)
def test_a_use_chat_page_gets_the_message_its_metadata_and_the_transient_data(module: str) -> None:
    page = chat_with(module, rich_bytes(), chunk_size=5)
    assert page["status"] == "ready" and page["error"] is None, page
    message = assistant(page)
    assert message["metadata"]["remainingBudget"] == 1.25 and message["metadata"]["cost"] == 0.25
    assert message["metadata"]["model"] == "thinker"
    assert [p["type"] for p in message["parts"]][1:3] == ["reasoning", "text"]
    assert [d["type"] for d in page["data"]] == ["data-notice", "data-notice", "data-status"]
    assert page["data"][0] == {"type": "data-notice", "data": "thinking...", "transient": True}
    assert "data-notice" not in [p["type"] for p in message["parts"]]  # transient: onData only
    assert page["finishes"][0]["isError"] is False


@pytest.mark.parametrize("module", AI)
@pytest.mark.parametrize("chunk_size", [0, 1, 5])
def test_a_text_answer(module: str, chunk_size: int) -> None:
    data = ui_bytes(sse(delta("Hello"), delta(", wörld 🙂"), delta(None, "stop")))
    seen = read_with(module, data, chunk_size)
    assert seen["errors"] == []
    message = assistant(seen)
    assert [part_of(p) for p in message["parts"] if p["type"] == "text"] == [
        {"type": "text", "text": "Hello, wörld 🙂", "state": "done"}
    ]
    assert message["metadata"] == {
        "model": "plain-chat",
        "maxBudget": 2.0,
        "remainingBudget": 1.5,
        "finishReason": "stop",
    }
    types = [chunk["type"] for chunk in seen["chunks"]]
    assert types[:3] == ["start", "start-step", "text-start"] and types[-2:] == ["finish-step", "finish"]


BUDGET = "Budget has been exceeded! Key=sk-...wxyz Current cost: 2.0000001, Max budget: 2.0"


@pytest.mark.parametrize("module", AI)
def test_an_error_mid_stream_shows_the_text_for_people_and_keeps_the_answer_so_far(module: str) -> None:
    data = ui_bytes(
        sse(
            delta(reasoning_content="hm"),
            delta("Half an ans"),
            litellm_error(429, "budget_exceeded", BUDGET),
            done=False,
        )
    )
    friendly = "Your key's budget is used up: ask whoever gave you the key for a higher budget, or wait for it to reset if it renews."
    seen = read_with(module, data, "all")
    assert seen["errors"] == [friendly] and seen["splits"]["differing"] == []
    assert "finish" not in [chunk["type"] for chunk in seen["chunks"]]
    page = chat_with(module, data, chunk_size=3)
    assert page["status"] == "error" and page["error"]["message"] == friendly
    parts = assistant(page)["parts"]
    assert [p["text"] for p in parts if p["type"] == "text"] == ["Half an ans"]


@pytest.mark.parametrize("module", AI)
def test_the_interrupted_finish_is_for_ai_7_only(module: str) -> None:
    data = ui_bytes(sse(delta("Half an ans"), done=False), protocol="ai7")
    seen = read_with(module, data)
    page = chat_with(module, data)
    if module == "ai-7":
        assert seen["errors"] == [] and seen["chunks"][-1] == {"type": "finish", "finishReason": "interrupted"}
        assert page["status"] == "ready" and page["finishes"][0]["finishReason"] == "interrupted"
        assert [p["text"] for p in assistant(page)["parts"] if p["type"] == "text"] == ["Half an ans"]
    else:  # why protocol="ai6" (the default) answers a cut stream with an error chunk instead
        assert seen["errors"] and page["status"] == "error"
    default = chat_with(module, ui_bytes(sse(delta("Half an ans"), done=False)))
    assert default["status"] == "error" and default["error"]["message"].startswith("Something went wrong")


# --- a failure before the first chunk ----------------------------------------------------------------------------

BLOCKED = error_from_response(
    401,
    {},
    json.dumps(
        {
            "error": {
                "message": "Authentication Error, Key is blocked. Update via `/key/unblock` if you're an admin.",
                "type": "auth_error",
                "param": "None",
                "code": "401",
            }
        }
    ).encode(),
)
BEFORE_THE_STREAM = [
    BLOCKED,
    error_from_response(422, {}, json.dumps(litellm_error(422, "budget_exceeded", BUDGET)).encode()),
    KeyExpiredError("Authentication Error - Expired Key.", status=401),
    ModelAccessDeniedError("model 'gpt-5' is not available to this key", user_message="You cannot use 'gpt-5'."),
]


@pytest.mark.parametrize("module", AI)
@pytest.mark.parametrize("error", BEFORE_THE_STREAM, ids=lambda e: e.code)
@pytest.mark.parametrize("stream", [False, True], ids=["status+text", "200+error chunk"])
def test_a_failure_before_the_stream_shows_the_text_for_people(module: str, error: Any, stream: bool) -> None:
    status, headers, body = ui_error_response(error, stream=stream)
    page = chat_with(module, body, status=status, content_type=headers["content-type"].split(";")[0])
    assert page["status"] == "error"
    assert page["error"]["message"] == error.user_message
    assert "/key/unblock" not in page["error"]["message"] and "Current cost" not in page["error"]["message"]
    if not stream and module == "ai-7":
        assert page["error"]["statusCode"] == status  # ai 7: an APICallError with the status
    assert [m["role"] for m in page["messages"]] == ["user"] + (["assistant"] if stream else [])


@pytest.mark.parametrize("module", AI)
def test_a_json_error_body_would_show_raw_json(module: str) -> None:
    """Why ui_error_response answers with text: useChat shows a non-2xx body as it is."""
    body = json.dumps(BLOCKED.to_dict()).encode()
    page = chat_with(module, body, status=401, content_type="application/json")
    assert page["error"]["message"].startswith('{"message"')


# --- as before -----------------------------------------------------------------------------------------------------


async def test_the_async_stream_gives_the_same_bytes() -> None:
    client = async_client(Body(RICH))
    stream = await client.stream_chat("thinker", USER)
    data = b"".join([part async for part in aui_message_stream(stream, message_id="msg-1")])
    assert data == ui_bytes(RICH, model="thinker")
    assert read_with("ai-7", data)["errors"] == []


def test_closing_the_ui_stream_early_closes_the_chat_stream() -> None:
    body = Body(*[sse(delta(str(i)), done=False) for i in range(100)])
    client = sync_client(body)
    ui = ui_message_stream(client.stream_chat("plain-chat", USER))
    for part in ui:
        if b"text-delta" in part:
            break
    ui.close()  # what a WSGI server does when the browser goes away
    assert body.closed and body.sent < 100
