"""useChat's messages in: ``chat_messages_from_ui`` turns the AI SDK's UI messages into LiteLLM chat messages the
way ``convertToModelMessages`` and the AI SDK's OpenAI provider do, refuses what it cannot convert with the place
named, and leaves the key's limits to ``KeyClient.chat`` exactly as for hand-written messages. The same fixtures
are checked against the real ``ai`` package in tests/contract/test_ui_messages_oracle.py."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from litellm_sdk import InvalidRequestError, KeyClient, ModelInfo, VirtualKeyInfo, chat_messages_from_ui
from litellm_sdk._constants import MAX_UI_FILE_BYTES
from litellm_sdk._use.ops import has_image
from tests.unit._properties import searching

PNG = "data:image/png;base64,iVBORw0KGgo="
PDF = "data:application/pdf;base64,JVBERi0xLjc="
WAV = "data:audio/wav;base64,UklGRiQAAABXQVZF"
MP3 = "data:audio/mpeg;base64,SUQzBAAAAAAA"


def user(*parts: Any) -> dict[str, Any]:
    return {"id": "u", "role": "user", "parts": list(parts)}


def assistant(*parts: Any) -> dict[str, Any]:
    return {"id": "a", "role": "assistant", "parts": list(parts)}


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def file(url: str, media: str, filename: str | None = None) -> dict[str, Any]:
    part = {"type": "file", "mediaType": media, "url": url}
    if filename is not None:
        part["filename"] = filename
    return part


def tool(call_id: str, state: str, name: str = "weather", **fields: Any) -> dict[str, Any]:
    return {"type": f"tool-{name}", "toolCallId": call_id, "state": state, **fields}


def call(call_id: str, arguments: str, name: str = "weather") -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def answer(call_id: str, content: str) -> dict[str, Any]:
    return {"role": "tool", "tool_call_id": call_id, "content": content}


def refused(messages: Any, **options: Any) -> InvalidRequestError:
    with pytest.raises(InvalidRequestError) as caught:
        chat_messages_from_ui(messages, **options)
    return caught.value


# --- text ----------------------------------------------------------------------------------------------------


def test_system_and_user_text() -> None:
    got = chat_messages_from_ui(
        [
            {"id": "s", "role": "system", "parts": [text("Be "), text("brief.")]},
            {"id": "u", "role": "user", "parts": [text("Hello")], "metadata": {"at": 1}},
            user(text("one"), text("two")),
        ]
    )
    assert got == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hello"},  # one text part: a plain string, as the AI SDK's OpenAI provider sends
        {"role": "user", "content": [{"type": "text", "text": "one"}, {"type": "text", "text": "two"}]},
    ]


def test_a_system_message_keeps_its_text_only() -> None:
    got = chat_messages_from_ui([{"role": "system", "parts": [text("a"), {"type": "data-x", "data": 1}, text("b")]}])
    assert got == [{"role": "system", "content": "ab"}]


def test_assistant_text_is_joined_and_reasoning_sources_and_files_are_left_out() -> None:
    got = chat_messages_from_ui(
        [
            assistant(
                {"type": "step-start"},
                {"type": "reasoning", "text": "Let me think", "state": "done"},
                text("The answer"),
                {"type": "source-url", "sourceId": "s1", "url": "https://example.test"},
                {"type": "source-document", "sourceId": "s2", "mediaType": "text/plain", "title": "t"},
                file(PNG, "image/png"),
                {"type": "reasoning-file", "mediaType": "image/png", "url": PNG},
                {"type": "custom", "kind": "openai.thing"},
                text(" is 42."),
            )
        ]
    )
    assert got == [{"role": "assistant", "content": "The answer is 42."}]


def test_an_assistant_message_with_nothing_for_the_model_is_left_out() -> None:
    got = chat_messages_from_ui(
        [user(text("hi")), assistant({"type": "step-start"}, {"type": "reasoning", "text": "..."}), user(text("?"))]
    )
    assert [m["role"] for m in got] == ["user", "user"]


# --- files ---------------------------------------------------------------------------------------------------


def test_an_image_is_an_image_url_part_with_its_data_url_unchanged() -> None:
    url = PNG
    got = chat_messages_from_ui([user(text("what is this?"), file(url, "image/png", "cat.png"))])
    content = got[0]["content"]
    assert content == [{"type": "text", "text": "what is this?"}, {"type": "image_url", "image_url": {"url": PNG}}]
    assert content[1]["image_url"]["url"] is url  # not copied: a large image costs no second copy


def test_an_image_link_is_passed_as_it_is() -> None:
    link = "https://img.example.test/cat.jpg?size=2"
    got = chat_messages_from_ui([user(file(link, "image/jpeg"))])
    assert got[0]["content"] == [{"type": "image_url", "image_url": {"url": link}}]


@pytest.mark.parametrize("media", ["image", "image/*", "IMAGE/*"])
def test_an_ai_sdk_7_top_level_media_type_takes_the_subtype_from_the_data_url(media: str) -> None:
    got = chat_messages_from_ui([user(file("data:image/jpeg;base64,/9j/4AAQ", media))])
    assert got[0]["content"] == [{"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,/9j/4AAQ"}}]


def test_the_parts_media_type_wins_over_the_data_urls() -> None:
    got = chat_messages_from_ui([user(file("data:application/octet-stream;base64,iVBORw0KGgo=", "image/png"))])
    assert got[0]["content"][0]["image_url"]["url"] == PNG
    got = chat_messages_from_ui([user(file("data:;base64,iVBORw0KGgo=", "image/png"))])
    assert got[0]["content"][0]["image_url"]["url"] == PNG


@pytest.mark.parametrize(
    ("url", "media", "data", "fmt"),
    [
        (WAV, "audio/wav", "UklGRiQAAABXQVZF", "wav"),
        ("data:audio/x-wav;base64,UklGRiQAAABXQVZF", "audio/x-wav", "UklGRiQAAABXQVZF", "wav"),
        (MP3, "audio/mpeg", "SUQzBAAAAAAA", "mp3"),
        ("data:audio/mp3;base64,SUQzBAAAAAAA", "audio/mp3", "SUQzBAAAAAAA", "mp3"),
    ],
)
def test_wav_and_mp3_audio_is_input_audio(url: str, media: str, data: str, fmt: str) -> None:
    got = chat_messages_from_ui([user(text("transcribe this"), file(url, media, "note"))])
    assert got[0]["content"][1] == {"type": "input_audio", "input_audio": {"data": data, "format": fmt}}


def test_a_pdf_and_other_files_are_litellm_file_parts() -> None:
    got = chat_messages_from_ui(
        [
            user(
                file(PDF, "application/pdf", "report.pdf"),
                file(PDF, "application/pdf"),
                file("data:audio/ogg;base64,T2dnUw==", "audio/ogg", "voice.ogg"),
                file("data:text/plain,hello%20w%C3%B6rld", "text/plain"),
            )
        ]
    )
    assert got[0]["content"] == [
        {"type": "file", "file": {"file_data": PDF, "filename": "report.pdf"}},
        {"type": "file", "file": {"file_data": PDF, "filename": "part-1.pdf"}},  # named as the AI SDK names it
        {"type": "file", "file": {"file_data": "data:audio/ogg;base64,T2dnUw==", "filename": "voice.ogg"}},
        {
            "type": "file",
            "file": {
                "file_data": "data:text/plain;base64," + base64.b64encode("hello wörld".encode()).decode(),
                "filename": "part-3.txt",
            },
        },
    ]


def test_a_file_data_url_with_parameters_is_rewritten_as_a_plain_base64_one() -> None:
    got = chat_messages_from_ui([user(file("data:application/pdf;name=r.pdf;base64,JVBERi0xLjc=", "application/pdf"))])
    assert got[0]["content"][0]["file"]["file_data"] == PDF


# --- tools ---------------------------------------------------------------------------------------------------


def test_a_tool_history_is_assistant_tool_calls_then_tool_messages_in_order() -> None:
    got = chat_messages_from_ui(
        [
            user(text("Weather in Paris and Rome?")),
            assistant(
                {"type": "step-start"},
                text("Checking."),
                tool("c1", "output-available", input={"city": "Paris"}, output={"temp": 20}),
                tool("c2", "output-available", input={"city": "Rome"}, output="sunny, 25°"),
                {"type": "step-start"},
                {
                    "type": "dynamic-tool",
                    "toolName": "lookup",
                    "toolCallId": "c3",
                    "state": "output-available",
                    "input": {},
                    "output": [1, 2],
                },
                {"type": "step-start"},
                text("Paris 20, Rome 25."),
            ),
            user(text("Thanks")),
        ]
    )
    assert got == [
        {"role": "user", "content": "Weather in Paris and Rome?"},
        {
            "role": "assistant",
            "content": "Checking.",
            "tool_calls": [call("c1", '{"city":"Paris"}'), call("c2", '{"city":"Rome"}')],
        },
        answer("c1", '{"temp":20}'),
        answer("c2", "sunny, 25°"),  # a string output as it is
        {"role": "assistant", "content": None, "tool_calls": [call("c3", "{}", "lookup")]},
        answer("c3", "[1,2]"),
        {"role": "assistant", "content": "Paris 20, Rome 25."},
        {"role": "user", "content": "Thanks"},
    ]


def test_a_failed_tool_answers_with_its_error_text() -> None:
    got = chat_messages_from_ui(
        [
            assistant(tool("c1", "output-error", input={"city": "X"}, errorText="no such city")),
            assistant(tool("c2", "output-error", rawInput='{"city": ', errorText="bad input")),
        ]
    )
    assert got == [
        {"role": "assistant", "content": None, "tool_calls": [call("c1", '{"city":"X"}')]},
        answer("c1", "no such city"),
        {"role": "assistant", "content": None, "tool_calls": [call("c2", '"{\\"city\\": "')]},  # its raw input
        answer("c2", "bad input"),
    ]


@pytest.mark.parametrize(
    ("part", "reply"),
    [
        (
            tool("c1", "output-denied", input={}, approval={"id": "a1", "approved": False}),
            "Tool call execution denied.",
        ),
        (tool("c1", "output-denied", input={}, approval={"id": "a1", "approved": False, "reason": "No."}), "No."),
        (
            tool("c1", "approval-responded", input={}, approval={"id": "a1", "approved": False}),
            "Tool call execution denied.",
        ),
        (
            tool("c1", "approval-responded", input={}, approval={"id": "a1", "approved": False, "reason": "Not now"}),
            "Not now",
        ),
    ],
    ids=["denied", "denied with a reason", "refused", "refused with a reason"],
)
def test_a_denied_tool_call_answers_that_it_was_denied(part: dict[str, Any], reply: str) -> None:
    assert chat_messages_from_ui([assistant(text("I'd like to run it."), part)]) == [
        {"role": "assistant", "content": "I'd like to run it.", "tool_calls": [call("c1", "{}")]},
        answer("c1", reply),
    ]


@pytest.mark.parametrize(
    "part",
    [
        tool("c9", "input-streaming", input={"ci": "Par"}),
        tool("c9", "input-available", input={"city": "Paris"}),
        tool("c9", "approval-requested", input={"city": "Paris"}, approval={"id": "a9"}),
        tool("c9", "approval-responded", input={"city": "Paris"}, approval={"id": "a9", "approved": True}),
        tool("c9", "output-available", input={}, output="ran by the provider", providerExecuted=True),
    ],
    ids=["input-streaming", "input-available", "approval-requested", "approved, not run yet", "provider-executed"],
)
def test_a_tool_call_with_no_answer_to_send_is_left_out(part: dict[str, Any]) -> None:
    done = tool("c1", "output-available", input={"city": "Rome"}, output="25")
    got = chat_messages_from_ui([assistant(text("Checking."), done, part)])
    assert got == [
        {"role": "assistant", "content": "Checking.", "tool_calls": [call("c1", '{"city":"Rome"}')]},
        answer("c1", "25"),
    ]
    assert chat_messages_from_ui([user(text("hi")), assistant(part)]) == [{"role": "user", "content": "hi"}]


def test_a_tool_part_in_a_user_message_is_left_out_as_the_ai_sdk_does() -> None:
    got = chat_messages_from_ui([user(text("hi"), tool("c1", "output-available", input={}, output="x"))])
    assert got == [{"role": "user", "content": "hi"}]


# --- data parts ------------------------------------------------------------------------------------------------


def test_data_parts_are_left_out_unless_mapped() -> None:
    messages = [
        user(text("hi"), {"type": "data-context", "id": "d1", "data": {"page": "/home"}}),
        assistant(text("Hello"), {"type": "data-weather", "data": {"temp": 20}}),
        user({"type": "data-context", "data": {"page": "/away"}}),  # nothing else: no message at all
    ]
    assert chat_messages_from_ui(messages) == [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": "Hello"},
    ]
    assert chat_messages_from_ui(messages, map_data=lambda part: None) == chat_messages_from_ui(messages)


def test_mapped_data_parts_become_content_parts() -> None:
    seen: list[Any] = []

    def map_data(part: Any) -> Any:
        seen.append(part)
        if part["type"] == "data-context":
            return f"(on page {part['data']['page']})"
        if part["type"] == "data-snapshot":
            return [{"type": "text", "text": "A snapshot:"}, {"type": "image_url", "image_url": {"url": PNG}}]
        if part["type"] == "data-weather":
            return {"type": "text", "text": f" ({part['data']['temp']} degrees)"}
        return None

    got = chat_messages_from_ui(
        [
            user(text("hi"), {"type": "data-context", "data": {"page": "/home"}}),
            assistant(text("It is warm"), {"type": "data-weather", "data": {"temp": 20}}),
            user({"type": "data-snapshot", "data": {}}, {"type": "data-other", "data": 1}),
        ],
        map_data=map_data,
    )
    assert got == [
        {"role": "user", "content": [{"type": "text", "text": "hi"}, {"type": "text", "text": "(on page /home)"}]},
        {"role": "assistant", "content": "It is warm (20 degrees)"},
        {
            "role": "user",
            "content": [{"type": "text", "text": "A snapshot:"}, {"type": "image_url", "image_url": {"url": PNG}}],
        },
    ]
    assert [p["type"] for p in seen] == ["data-context", "data-weather", "data-snapshot", "data-other"]


def test_map_data_returning_something_else_is_refused_with_the_part_named() -> None:
    error = refused([user(text("hi"), {"type": "data-x", "data": 1})], map_data=lambda part: 42)
    assert error.param == "messages[0].parts[1]" and "map_data returned int" in error.message
    error = refused(
        [user(text("hi")), assistant({"type": "data-x", "data": 1})],
        map_data=lambda part: {"type": "image_url", "image_url": {"url": PNG}},
    )
    assert error.param == "messages[1].parts[0]" and "text only" in error.message


# --- bad input -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("messages", "param", "words"),
    [
        ("hello", "messages", "list of UI messages"),
        (None, "messages", "list of UI messages"),
        ({"id": "chat-1", "messages": [], "trigger": "submit-message"}, "messages", "pass its 'messages' list"),
        ([user(text("a")), "hi"], "messages[1]", "must be a UI message"),
        ([{"role": "user", "content": "hi"}], "messages[0].parts", "AI SDK 4"),
        ([{"role": "user", "parts": "hi"}], "messages[0].parts", "no 'parts' list"),
        ([{"role": "tool", "parts": []}], "messages[0].role", "unknown role 'tool'"),
        ([{"parts": []}], "messages[0].role", "unknown role None"),
        ([user(text("a"), {"type": "image", "image": "x"})], "messages[0].parts[1]", "unknown part type 'image'"),
        ([assistant({"type": "tool-"})], "messages[0].parts[0]", "unknown part type 'tool-'"),
        ([{"role": "system", "parts": [{"type": "weird"}]}], "messages[0].parts[0]", "unknown part type"),
        ([user("hi")], "messages[0].parts[0]", "must be a part"),
        ([user({"text": "no type"})], "messages[0].parts[0]", "must be a part"),
        ([user({"type": "text", "text": 3})], "messages[0].parts[0]", "string 'text'"),
        ([user(text("a"), {"type": "file", "mediaType": "image/png"})], "messages[0].parts[1]", "needs a 'url'"),
        ([user({"type": "file", "url": PNG})], "messages[0].parts[0]", "needs a 'mediaType'"),
        ([user(file(PNG, "image/png", filename=3))], "messages[0].parts[0]", "'filename' must be a string"),  # type: ignore[arg-type]
        ([user(file(PNG, "not a type"))], "messages[0].parts[0]", "malformed mediaType"),
        ([user(file("data:image/png;base64", "image/png"))], "messages[0].parts[0]", "no ','"),
        ([user(file("data:image/png;base64,iVBO!wKGgo=", "image/png"))], "messages[0].parts[0]", "not base64"),
        ([user(file("data:image/png;base64,iVBORw0KGgo", "image/png"))], "messages[0].parts[0]", "not base64"),
        ([user(file("data:image png;base64,iVBORw0KGgo=", "image/png"))], "messages[0].parts[0]", "media type"),
        ([user(file("data:image/png;base64,", "image/png"))], "messages[0].parts[0]", "empty"),
        ([user(file("data:;base64,iVBORw0KGgo=", "image"))], "messages[0].parts[0]", "names no subtype"),
        ([user(file("data:text/plain;base64,aGk=", "image"))], "messages[0].parts[0]", "names no subtype"),
        ([user(file("blob:https://app.test/1234", "image/png"))], "messages[0].parts[0]", "blob: URL"),
        ([user(file("ftp://files.test/a.png", "image/png"))], "messages[0].parts[0]", "data URL or an http(s)"),
        ([user(file("https:///nohost.png", "image/png"))], "messages[0].parts[0]", "data URL or an http(s)"),
        ([user(file("http://[::1/a.png", "image/png"))], "messages[0].parts[0]", "malformed"),
        ([user(file("https://files.test/a.pdf", "application/pdf"))], "messages[0].parts[0]", "not a link"),
        ([user(file("https://files.test/a.wav", "audio/wav"))], "messages[0].parts[0]", "LiteLLM's audio parts"),
        ([assistant(tool("", "output-available", output=1))], "messages[0].parts[0]", "'toolCallId'"),
        ([assistant(tool("c1", "done", output=1))], "messages[0].parts[0]", "unknown tool state 'done'"),
        (
            [assistant({"type": "dynamic-tool", "toolCallId": "c1", "state": "output-available", "output": 1})],
            "messages[0].parts[0]",
            "'toolName'",
        ),
        (
            [user(text("a")), assistant(text("b"), tool("c1", "approval-responded", input={}, approval={"id": "x"}))],
            "messages[1].parts[1]",
            "approval.approved",
        ),
        ([assistant(tool("c1", "output-error", input={}))], "messages[0].parts[0]", "'errorText'"),
        (
            [assistant(tool("c1", "output-available", input={"x": float("nan")}, output=1))],
            "messages[0].parts[0]",
            "input is not JSON",
        ),
        (
            [assistant(tool("c1", "output-available", input={}, output={1j}))],
            "messages[0].parts[0]",
            "output is not JSON",
        ),
    ],
)
def test_bad_input_is_refused_naming_the_message_and_part(messages: Any, param: str, words: str) -> None:
    error = refused(messages)
    assert error.param == param, error.message
    assert words in error.message
    assert error.message.startswith(f"{param}: ")
    assert error.code == "invalid_request" and error.status is None and error.suggested_action


@pytest.mark.parametrize("limit", [-1, 1.5, "10", True])
def test_max_file_bytes_must_be_a_number_of_bytes_or_none(limit: Any) -> None:
    assert refused([user(text("a"))], max_file_bytes=limit).param == "max_file_bytes"


# --- the size limit ----------------------------------------------------------------------------------------------


def test_the_size_limit_is_the_documented_tunable() -> None:
    assert MAX_UI_FILE_BYTES == 20 * 1024 * 1024
    big = "data:application/pdf;base64," + "A" * ((MAX_UI_FILE_BYTES // 3 + 1) * 4)  # 20 MiB + 1 to 3 bytes
    error = refused([user(text("read this")), user(text("and"), file(big, "application/pdf", "big.pdf"))])
    assert error.param == "messages[1].parts[1]"
    assert "'big.pdf' is 20.0 MB, over the 20.0 MB limit" in error.message
    assert error.suggested_action == "Attach a smaller file (at most 20.0 MB)."
    assert chat_messages_from_ui([user(file(big, "application/pdf"))], max_file_bytes=None)[0]["content"][0]


@pytest.mark.parametrize(("data", "size"), [("AAAA", 3), ("AAA=", 2), ("AA==", 1), ("AAAAAA==", 4)])
def test_the_size_is_the_decoded_size_and_the_bound_is_inclusive(data: str, size: int) -> None:
    url = f"data:application/pdf;base64,{data}"
    assert chat_messages_from_ui([user(file(url, "application/pdf"))], max_file_bytes=size)
    error = refused([user(file(url, "application/pdf"))], max_file_bytes=size - 1)
    assert f"is {size:,} bytes, over the {size - 1:,} bytes limit" in error.message
    percent = "data:text/plain," + "%41" * size  # percent-encoded: counted decoded too
    assert chat_messages_from_ui([user(file(percent, "text/plain"))], max_file_bytes=size)
    assert refused([user(file(percent, "text/plain"))], max_file_bytes=size - 1).param == "messages[0].parts[0]"


def test_a_link_has_no_size_to_check() -> None:
    link = "https://img.example.test/huge.png"
    assert chat_messages_from_ui([user(file(link, "image/png"))], max_file_bytes=0)


# --- the key's limits apply to the result ----------------------------------------------------------------------

KEY = "sk-test-key-0000wxyz"
PLAIN = ModelInfo(id="plain-chat", name="plain-chat", providers=("openai",), mode="chat")
VISION = ModelInfo(id="eyes", name="eyes", providers=("openai",), mode="chat", supports_vision=True)
INFO = VirtualKeyInfo(key=KEY, models=(PLAIN, VISION))
COMPLETION = {
    "id": "c",
    "model": "eyes",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "a cat"}}],
}


def client(sent: list[httpx.Request]) -> KeyClient:
    def reply(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=COMPLETION)

    return KeyClient(
        KEY, "http://litellm.test", info=INFO, http_client=httpx.Client(transport=httpx.MockTransport(reply))
    )


IMAGE_HISTORY = [
    user(text("what is this?"), file(PNG, "image/png", "cat.png")),
    assistant(text("A cat.")),
    user(text("and its colour?")),
]


def test_an_image_from_the_ui_is_refused_for_a_model_without_vision_before_sending() -> None:
    sent: list[httpx.Request] = []
    with client(sent) as key, pytest.raises(InvalidRequestError) as caught:
        key.chat("plain-chat", chat_messages_from_ui(IMAGE_HISTORY))
    assert sent == []
    assert caught.value.param == "messages" and "does not support vision" in caught.value.message
    assert caught.value.suggested_action == "Pick a model that can read images, or remove the image."


def test_the_converted_messages_are_sent_as_they_are_to_a_vision_model() -> None:
    sent: list[httpx.Request] = []
    messages = chat_messages_from_ui(IMAGE_HISTORY)
    with client(sent) as key:
        assert key.chat("eyes", messages).text == "a cat"
    assert json.loads(sent[0].content)["messages"] == messages


def test_a_hand_written_litellm_file_part_holding_an_image_is_refused_too() -> None:
    sent: list[httpx.Request] = []
    image_file = {"type": "file", "file": {"file_data": "data:image/png;base64,iVBORw0KGgo=", "filename": "a.png"}}
    history = [{"role": "user", "content": [image_file]}, {"role": "user", "content": "and now?"}]
    with client(sent) as key, pytest.raises(InvalidRequestError) as caught:
        key.chat("plain-chat", history)
    assert sent == [] and caught.value.param == "messages"


def test_the_ui_messages_are_left_unchanged() -> None:
    messages = [
        user(text("hi"), file(PNG, "image/png"), file("data:text/plain,hi", "text/plain")),
        assistant(text("a"), tool("c1", "output-error", rawInput="{", errorText="bad"), {"type": "step-start"}),
    ]
    before = copy.deepcopy(messages)
    chat_messages_from_ui(messages, map_data=lambda part: "x")
    assert messages == before


@pytest.mark.parametrize(
    "part",
    [
        {"type": "image_url", "image_url": {"url": PNG}},
        {"type": "file", "file": {"file_data": "data:image/jpeg;base64,/9j/", "filename": "a.jpg"}},
        {"type": "file", "file": {"file_data": "DATA:IMAGE/PNG;base64,iVBO"}},
        {"type": "file", "file": {"file_id": "file-1", "format": "image/png"}},
    ],
)
def test_the_vision_check_sees_image_parts_and_image_files(part: dict[str, Any]) -> None:
    assert has_image([{"role": "user", "content": "hi"}, {"role": "user", "content": [part]}])


@pytest.mark.parametrize(
    "part",
    [
        {"type": "file", "file": {"file_data": PDF, "filename": "a.pdf"}},
        {"type": "file", "file": {"file_id": "file-1", "format": "application/pdf"}},
        {"type": "file", "file": "data:image/png;base64,AAAA"},
        {"type": "input_audio", "input_audio": {"data": "UklGRg==", "format": "wav"}},
    ],
)
def test_the_vision_check_lets_other_files_through(part: dict[str, Any]) -> None:
    assert not has_image([{"role": "user", "content": [part]}])


# --- never anything but InvalidRequestError ----------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=10,
)
PART_TYPES = st.sampled_from(
    [
        "text",
        "file",
        "reasoning",
        "step-start",
        "data-x",
        "tool-weather",
        "dynamic-tool",
        "source-url",
        "tool-",
        "custom",
        "nope",
    ]
)
URLS = st.sampled_from(
    [PNG, PDF, WAV, "data:,x", "data:image/png;base64,%%%", "https://a.test/x.png", "blob:x", "http://[", "data:"]
) | st.text(max_size=12)
MEDIA = st.sampled_from(["image/png", "image", "audio/wav", "application/pdf", "text/plain", "", "x"]) | st.text(
    max_size=6
)
STATES = st.sampled_from(
    [
        "input-streaming",
        "input-available",
        "approval-requested",
        "approval-responded",
        "output-available",
        "output-error",
        "output-denied",
        "other",
    ]
)
PART = st.fixed_dictionaries(
    {"type": PART_TYPES},
    optional={
        "text": st.text(max_size=6) | JSON,
        "url": URLS,
        "mediaType": MEDIA,
        "filename": st.text(max_size=6) | JSON,
        "toolCallId": st.text(max_size=4) | JSON,
        "toolName": st.text(max_size=4) | JSON,
        "state": STATES,
        "input": JSON,
        "rawInput": JSON,
        "output": JSON,
        "errorText": st.text(max_size=6) | JSON,
        "approval": st.fixed_dictionaries({}, optional={"approved": JSON, "reason": JSON}) | JSON,
        "providerExecuted": JSON,
        "data": JSON,
    },
)
TYPED_PART = st.one_of(
    st.fixed_dictionaries({"type": st.just("text"), "text": st.text(max_size=6)}),
    st.fixed_dictionaries(
        {"type": st.just("file"), "mediaType": MEDIA, "url": URLS}, optional={"filename": st.text(max_size=6)}
    ),
    st.fixed_dictionaries(
        {
            "type": st.sampled_from(["tool-weather", "dynamic-tool"]),
            "toolCallId": st.text(min_size=1, max_size=3),
            "toolName": st.text(min_size=1, max_size=3),
            "state": STATES,
        },
        optional={
            "input": JSON,
            "rawInput": JSON,
            "output": JSON,
            "errorText": st.text(max_size=6),
            "approval": st.fixed_dictionaries(
                {"id": st.just("a")}, optional={"approved": st.booleans(), "reason": st.text(max_size=4)}
            ),
            "providerExecuted": st.booleans(),
        },
    ),
    st.fixed_dictionaries({"type": st.sampled_from(["data-x", "reasoning", "step-start"]), "data": JSON}),
)
#: UI-shaped: mostly real roles and parts, now and then a wrong one.
MESSAGE = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["system", "user", "assistant"] * 6 + ["tool"]),
        "parts": st.lists(st.one_of(*[TYPED_PART] * 9, PART), max_size=6),
    },
    optional={"id": st.text(max_size=4), "metadata": JSON},
)
FUZZ = searching(40)


def converts_or_refuses(messages: Any, limit: int | None) -> None:
    try:
        got = chat_messages_from_ui(messages, max_file_bytes=limit)
    except InvalidRequestError as error:
        refusal = error
    else:
        refusal = None
    if refusal is not None:
        assert refusal.param is not None and refusal.param.startswith("messages")
        assert len(refusal.message) < 400
        return
    json.dumps(got, allow_nan=False)  # what it returns can be sent
    for message in got:
        assert message["role"] in ("system", "user", "assistant", "tool")


@FUZZ
@given(JSON | st.lists(st.dictionaries(st.sampled_from(["role", "parts", "id"]), JSON), max_size=4))
def test_converting_arbitrary_json_never_raises_anything_but_invalid_request_error(messages: Any) -> None:
    converts_or_refuses(messages, MAX_UI_FILE_BYTES)


@FUZZ
@given(st.lists(MESSAGE, max_size=5), st.sampled_from([None, 0, 3, MAX_UI_FILE_BYTES]))
def test_converting_ui_shaped_messages_never_raises_anything_but_invalid_request_error(
    messages: Any, limit: int | None
) -> None:
    converts_or_refuses(messages, limit)


@searching(40)
@given(JSON)
def test_map_data_gets_each_data_part_as_it_came(data: Any) -> None:
    seen: list[Any] = []
    got = chat_messages_from_ui(
        [user(text("a"), {"type": "data-any", "data": data})], map_data=lambda part: seen.append(part)
    )
    assert seen == [{"type": "data-any", "data": data}] and got == [{"role": "user", "content": "a"}]
