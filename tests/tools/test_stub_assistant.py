"""The stub upstream's ``stub-assistant`` (the example chat app's browser test relies on these answers)."""

from __future__ import annotations

from tests._stub_upstream import assistant_answer

PNG = "data:image/png;base64,iVBORw0KGgo="  # 8 bytes
TOOLS = [{"type": "function", "function": {"name": "local_time", "parameters": {"type": "object"}}}]


def test_plain_text_is_echoed() -> None:
    assert assistant_answer({"messages": [{"role": "user", "content": "Hello"}]}) == {"text": "You said: Hello"}


def test_images_are_described_by_type_and_size() -> None:
    content = [{"type": "text", "text": "What is this?"}, {"type": "image_url", "image_url": {"url": PNG}}]
    answer = assistant_answer({"messages": [{"role": "user", "content": content}]})
    assert answer == {"text": "I see 1 image(s): image/png, 8 bytes."}


def test_a_named_offered_tool_is_called_and_its_output_answered() -> None:
    asked = {"messages": [{"role": "user", "content": "Use local_time please"}], "tools": TOOLS}
    assert assistant_answer(asked) == {"tool": "local_time"}
    assert assistant_answer({**asked, "tools": []}) == {"text": "You said: Use local_time please"}
    history = [
        *asked["messages"],
        {"role": "assistant", "content": None, "tool_calls": [{"id": "c1", "function": {"name": "local_time"}}]},
        {"role": "tool", "tool_call_id": "c1", "content": '{"time":"12:00"}'},
    ]
    assert assistant_answer({"messages": history, "tools": TOOLS}) == {
        "text": 'The local_time tool answered: {"time":"12:00"}'
    }
