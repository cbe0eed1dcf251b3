"""The UI message stream out (``ui_message_stream`` / ``aui_message_stream``): message metadata on start and finish,
reasoning parts, the caller's data parts, the protocol gate, hooks that fail; and errors a person sees: the
``user_message`` of every error LiteLLM sends, ``ui_error_response`` for a failure before the stream, and a model
the key may not use as one class wherever it is refused. Every chunk is checked against ``ai`` 6.0.0's strict chunk
schemas; the real ``ai`` package reads the same bytes in tests/contract/test_ui_message_stream.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    APIConnectionError,
    APITimeoutError,
    BudgetExceededError,
    ChatChunk,
    ChatCompletion,
    InvalidRequestError,
    KeyBlockedError,
    KeyClient,
    LiteLLMError,
    ModelAccessDeniedError,
    UIDataPart,
    UIErrorResponse,
    aui_message_stream,
    error_from_response,
    ui_error_response,
    ui_message_stream,
)
from litellm_sdk._use.vercel import default_error_text
from tests.unit.use._chat_streams import (
    BASE,
    INFO,
    KEY,
    USER,
    Body,
    async_client,
    delta,
    frames,
    litellm_error,
    sse,
    strict_ai6_problems,
    sync_client,
    tool_call,
    usage,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def ui(body: bytes, headers: dict[str, str] | None = None, *, model: str = "plain-chat", **options: Any) -> list[Any]:
    """The UI chunks ``ui_message_stream`` makes of a LiteLLM stream ``body`` (checked against ai 6.0.0 unless the
    caller opted into ai 7), ending with "[DONE]"."""
    client = sync_client(Body(body), headers)
    options.setdefault("message_id", "msg-1")
    out = frames(b"".join(ui_message_stream(client.stream_chat(model, USER), **options)))
    assert out[-1] == "[DONE]" and "[DONE]" not in out[:-1]
    if options.get("protocol", "ai6") == "ai6":
        assert strict_ai6_problems(out[:-1]) == []
    return out


def types(chunks: list[Any]) -> list[str]:
    return [c["type"] for c in chunks[:-1]]


def metadata(chunks: list[Any], kind: str) -> Any:
    return next(c for c in chunks if isinstance(c, dict) and c["type"] == kind).get("messageMetadata")


# --- message metadata ------------------------------------------------------------------------------------------


def test_start_carries_the_model_and_the_budget_from_the_stream_headers_and_finish_the_answers_figures() -> None:
    out = ui(sse(delta("Hel"), delta("lo"), delta(None, "stop"), usage(3, 2)))
    assert types(out) == [
        "start", "start-step", "text-start", "text-delta", "text-delta", "text-end", "finish-step", "finish",
    ]  # fmt: skip
    assert out[0] == {
        "type": "start",
        "messageId": "msg-1",
        "messageMetadata": {"model": "plain-chat", "maxBudget": 2.0, "remainingBudget": 1.5},
    }
    assert out[-2] == {
        "type": "finish",
        "finishReason": "stop",
        "messageMetadata": {
            "model": "plain-chat",
            "finishReason": "stop",
            "usage": {"inputTokens": 3, "outputTokens": 2, "totalTokens": 5},
        },  # no cost in the stream: no figure after it, so the page keeps the start's
    }


def test_the_cost_litellm_puts_in_the_usage_gives_the_budget_left_after_the_answer() -> None:
    details = {"completion_tokens_details": {"reasoning_tokens": 7}, "prompt_tokens_details": {"cached_tokens": 2}}
    out = ui(sse(delta("Hi", "stop"), usage(10, 20, cost=0.25, **details)))
    assert metadata(out, "finish") == {
        "model": "plain-chat",
        "finishReason": "stop",
        "usage": {
            "inputTokens": 10,
            "outputTokens": 20,
            "totalTokens": 30,
            "reasoningTokens": 7,
            "cachedInputTokens": 2,
        },
        "cost": 0.25,
        "remainingBudget": 1.25,
    }


def test_no_budget_headers_means_no_budget_fields() -> None:
    out = ui(sse(delta("Hi", "stop")), {"x-litellm-key-spend": "None", "x-litellm-key-max-budget": "None"})
    assert metadata(out, "start") == {"model": "plain-chat"}
    assert metadata(out, "finish") == {"model": "plain-chat", "finishReason": "stop"}


def test_a_callers_remaining_budget_figure_is_the_start_figure_and_the_cost_comes_off_it() -> None:
    out = ui(sse(delta("Hi", "stop"), usage(1, 1, cost=0.125)), remaining_budget=7.5)
    assert metadata(out, "start")["remainingBudget"] == 7.5
    assert metadata(out, "finish")["remainingBudget"] == 7.375


def test_a_callers_remaining_budget_callable_gets_the_whole_answer_with_its_spend() -> None:
    seen: list[ChatCompletion] = []

    def left_after(answer: ChatCompletion) -> float:
        seen.append(answer)
        return 0.42

    out = ui(sse(delta("Hi"), delta(" there", "stop"), usage(4, 2)), remaining_budget=left_after)
    assert metadata(out, "start")["remainingBudget"] == 1.5  # before the answer: the headers' figure
    assert metadata(out, "finish")["remainingBudget"] == 0.42
    [answer] = seen
    assert answer.text == "Hi there" and answer.usage is not None and answer.usage.total_tokens == 6
    assert answer.spend.key_spend == 0.5 and answer.spend.call_id == "call-1"


def test_a_metadata_callable_adds_fields_to_the_finish_and_wins() -> None:
    out = ui(
        sse(delta("Hi", "stop")),
        metadata=lambda answer: {"answeredAt": 1700000000, "model": "renamed", "chars": len(answer.text)},
    )
    assert metadata(out, "finish") == {
        "model": "renamed",
        "finishReason": "stop",
        "answeredAt": 1700000000,
        "chars": 2,
    }
    assert metadata(out, "start") == {"model": "plain-chat", "maxBudget": 2.0, "remainingBudget": 1.5}


def test_metadata_false_sends_none() -> None:
    out = ui(sse(delta("Hi", "stop"), usage(1, 1, cost=0.1)), metadata=False)
    assert out[0] == {"type": "start", "messageId": "msg-1"}
    assert out[-2] == {"type": "finish", "finishReason": "stop"}


def test_a_plain_iterable_of_chunks_gets_its_metadata_from_the_chunks() -> None:
    chunks = [
        ChatChunk(text="Hi", raw={"model": "m1"}),
        ChatChunk(finish_reason="length"),
        ChatChunk(usage=error_free_usage()),
    ]
    out = frames(b"".join(ui_message_stream(chunks, message_id="m")))
    assert metadata(out, "start") == {"model": "m1"}
    assert metadata(out, "finish") == {
        "model": "m1",
        "finishReason": "length",
        "usage": {"inputTokens": 1, "outputTokens": 2, "totalTokens": 3},
        "cost": 0.5,
    }
    assert out[-2]["finishReason"] == "length"


def error_free_usage() -> Any:
    from litellm_sdk import Usage

    return Usage(prompt_tokens=1, completion_tokens=2, total_tokens=3, raw={"cost": 0.5})


@pytest.mark.parametrize(
    ("reason", "ui_reason"),
    [("stop", "stop"), ("length", "length"), ("tool_calls", "tool-calls"), ("content_filter", "content-filter"),
     ("something_new", "other")],
)  # fmt: skip
def test_finish_reasons_map_to_the_ai_sdks_and_the_metadata_keeps_litellms(reason: str, ui_reason: str) -> None:
    out = ui(sse(delta("x", reason)))
    assert out[-2]["finishReason"] == ui_reason and metadata(out, "finish")["finishReason"] == reason


# --- reasoning ---------------------------------------------------------------------------------------------------


def test_litellms_reasoning_content_is_parsed_into_the_chunk() -> None:
    client = sync_client(Body(sse(delta(reasoning_content="Let me think"), delta("42", "stop"))))
    with client.stream_chat("thinker", USER) as stream:
        chunks = list(stream)
    assert [(c.reasoning, c.text) for c in chunks] == [("Let me think", ""), ("", "42")]


def test_reasoning_streams_as_reasoning_parts_before_the_text() -> None:
    body = sse(
        delta(reasoning_content="Let me ", model="thinker"),
        delta(reasoning_content="think.", model="thinker"),
        delta("The answer", model="thinker"),
        delta(" is 42.", "stop", model="thinker"),
    )
    out = ui(body, model="thinker")
    assert types(out) == [
        "start", "start-step",
        "reasoning-start", "reasoning-delta", "reasoning-delta", "reasoning-end",
        "text-start", "text-delta", "text-delta", "text-end",
        "finish-step", "finish",
    ]  # fmt: skip
    reasoning_id, text_id = out[2]["id"], out[6]["id"]
    assert reasoning_id != text_id
    assert [c["delta"] for c in out if c != "[DONE]" and c["type"] == "reasoning-delta"] == ["Let me ", "think."]
    assert all(c["id"] == reasoning_id for c in out[2:6])


def test_reasoning_and_text_that_take_turns_are_separate_parts_each_closed_before_the_next() -> None:
    body = sse(delta(reasoning_content="a"), delta("b"), delta(reasoning_content="c"), delta("d", "stop"))
    out = ui(body)
    kinds = types(out)[2:-2]
    assert kinds == [
        "reasoning-start", "reasoning-delta", "reasoning-end",
        "text-start", "text-delta", "text-end",
        "reasoning-start", "reasoning-delta", "reasoning-end",
        "text-start", "text-delta", "text-end",
    ]  # fmt: skip
    ids = [c["id"] for c in out[2:-3]]
    assert len(set(ids)) == 4  # one id per part


def test_a_tool_call_closes_the_open_reasoning_part() -> None:
    call = tool_call(0, '{"q":1}', id="call_1", name="search")
    out = ui(sse(delta(reasoning_content="I should search"), delta(tool_calls=[call]), delta(None, "tool_calls")))
    assert types(out)[2:] == [
        "reasoning-start", "reasoning-delta", "reasoning-end",
        "tool-input-start", "tool-input-delta", "tool-input-available",
        "finish-step", "finish",
    ]  # fmt: skip


# --- tool input streaming (as before) ----------------------------------------------------------------------------


def test_tool_calls_stream_their_input_and_end_with_it_parsed() -> None:
    out = ui(
        sse(
            delta("Checking."),
            delta(tool_calls=[tool_call(0, '{"ci', id="call_1", name="weather")]),
            delta(tool_calls=[tool_call(1, "", id="call_2", name="time")]),
            delta(tool_calls=[tool_call(0, 'ty":"Oslo"}')]),
            delta(tool_calls=[tool_call(1, "not json")]),
            delta(None, "tool_calls"),
        )
    )
    available = [c for c in out[:-1] if c["type"] == "tool-input-available"]
    assert available == [
        {"type": "tool-input-available", "toolCallId": "call_1", "toolName": "weather", "input": {"city": "Oslo"}},
        {"type": "tool-input-available", "toolCallId": "call_2", "toolName": "time", "input": "not json"},
    ]
    assert types(out).index("text-end") < types(out).index("tool-input-start")


# --- the caller's data parts -------------------------------------------------------------------------------------


def test_data_parts_given_as_a_list_come_right_after_start() -> None:
    parts = [UIDataPart("notice", {"text": "Using the cheaper model"}, transient=True), UIDataPart("plan", [1], id="p")]
    out = ui(sse(delta("Hi", "stop")), data=parts)
    assert out[2:4] == [
        {"type": "data-notice", "data": {"text": "Using the cheaper model"}, "transient": True},
        {"type": "data-plan", "id": "p", "data": [1]},
    ]


def test_a_data_callable_is_called_after_each_chunk_and_once_at_the_end() -> None:
    calls: list[ChatChunk | None] = []

    def progress(chunk: ChatChunk | None) -> list[UIDataPart] | None:
        calls.append(chunk)
        if chunk is None:
            return [UIDataPart("status", "done", id="status")]
        return [UIDataPart("status", f"{len(calls)} chunks", id="status")] if chunk.text else None

    out = ui(sse(delta("a"), delta("b"), delta(None, "stop")), data=progress)
    assert [c.text if c else None for c in calls] == ["a", "b", "", None]
    kinds = types(out)
    assert kinds == [
        "start", "start-step", "text-start", "text-delta", "data-status", "text-delta", "data-status",
        "text-end", "data-status", "finish-step", "finish",
    ]  # fmt: skip
    assert [c["data"] for c in out[:-1] if c["type"] == "data-status"] == ["1 chunks", "2 chunks", "done"]


@pytest.mark.parametrize("name", ["", None, 3])
def test_a_data_part_needs_a_name(name: Any) -> None:
    with pytest.raises(InvalidRequestError):
        UIDataPart(name, 1)


# --- failures mid-stream, the protocol gate, hooks that fail -----------------------------------------------------


def test_an_error_mid_stream_closes_the_open_part_and_ends_with_an_error_chunk_and_done() -> None:
    error = litellm_error(
        429, "budget_exceeded", "Budget has been exceeded! Key=sk-...wxyz Current cost: 2, Max budget: 1"
    )
    out = ui(sse(delta(reasoning_content="hm"), delta("Half an ans"), error, done=False))
    assert types(out)[-2:] == ["text-end", "error"]
    assert "finish" not in types(out)
    text = out[-2]["errorText"]
    assert text.startswith("Your key's budget is used up") and "sk-" not in text and "Current cost" not in text


@pytest.mark.parametrize("protocol", ["ai6", "ai7"])
def test_a_stream_cut_before_its_end_is_an_error_on_ai6_and_an_interrupted_finish_on_ai7(protocol: str) -> None:
    # no [DONE] and no finish reason: the proxy's stream was cut short
    out = ui(
        sse(delta("Half"), delta(tool_calls=[tool_call(0, '{"a', id="c1", name="f")]), done=False), protocol=protocol
    )
    if protocol == "ai6":
        assert types(out)[-1] == "error"
        assert (
            out[-2]["errorText"]
            == "Something went wrong with this request. Try again, or tell the site's operator if it keeps happening."
        )
    else:
        assert types(out)[-2:] == ["finish-step", "finish"]
        assert out[-2] == {"type": "finish", "finishReason": "interrupted"}
        assert "tool-input-available" not in types(out)  # its input was cut short
        assert strict_ai6_problems(out[:-1]) == ["finish: finishReason 'interrupted'"]  # why ai 6 must not get it


@pytest.mark.parametrize("protocol", ["ai6", "ai7"])
def test_a_dropped_connection_mid_stream(protocol: str) -> None:
    body = Body(sse(delta("Hel"), done=False), sse(delta("lo"), done=False), sse(delta(None, "stop")), fail_after=1)
    client = sync_client(body)
    out = frames(b"".join(ui_message_stream(client.stream_chat("plain-chat", USER), protocol=protocol)))
    assert out[-1] == "[DONE]"
    assert out[-2] == (
        {"type": "finish", "finishReason": "interrupted"}
        if protocol == "ai7"
        else {"type": "error", "errorText": "The service cannot be reached right now. Try again shortly."}
    )
    assert body.closed


def test_an_in_stream_error_stays_an_error_on_ai7() -> None:
    error = litellm_error(500, "internal_server_error", "litellm.APIError: upstream exploded at https://internal")
    out = ui(sse(delta("x"), error, done=False), protocol="ai7")
    assert out[-2] == {"type": "error", "errorText": "The service failed to answer. Try again shortly."}


def test_an_unknown_protocol_is_refused() -> None:
    with pytest.raises(InvalidRequestError, match="protocol"):
        list(ui_message_stream([], protocol="ai8"))


@pytest.mark.parametrize("hook", ["metadata", "remaining_budget", "data"])
def test_a_failing_hook_ends_the_stream_with_an_error_chunk_after_closing_the_text(hook: str) -> None:
    def boom(_: Any) -> Any:
        raise RuntimeError("the caller's bug, with internals")

    out = ui(sse(delta("Hi", "stop")), **{hook: boom})
    assert types(out)[-2:] == ["text-end", "error"] or types(out)[-1] == "error"
    assert "text-end" in types(out)
    assert out[-2] == {"type": "error", "errorText": "Something went wrong while answering. Try again."}


def test_the_callers_error_text_decides_what_the_browser_sees() -> None:
    error = litellm_error(500, "internal_server_error", "boom")
    out = ui(sse(delta("x"), error, done=False), error_text=lambda e: f"[{type(e).__name__}]")
    assert out[-2] == {"type": "error", "errorText": "[ServerError]"}


def test_a_lone_surrogate_the_model_split_stays_valid_utf8_and_json() -> None:
    body = b'data: {"choices":[{"index":0,"delta":{"content":"a\\ud83d"}}]}\n\n' + sse(delta("\U0001f642", "stop"))
    client = sync_client(Body(body))
    data = b"".join(ui_message_stream(client.stream_chat("plain-chat", USER), message_id="m"))
    data.decode("utf-8")  # strict
    deltas = [c["delta"] for c in frames(data)[:-1] if c["type"] == "text-delta"]
    assert deltas == ["a\ud83d", "\U0001f642"]


async def test_the_async_stream_gives_the_same_bytes() -> None:
    body = sse(delta(reasoning_content="r"), delta("Hello"), delta(None, "stop"), usage(1, 1, cost=0.5))
    client = async_client(Body(body))
    stream = await client.stream_chat("plain-chat", USER)
    parts = [UIDataPart("n", 1)]
    got = b"".join([p async for p in aui_message_stream(stream, message_id="msg-1", data=parts)])
    want = b"".join(
        ui_message_stream(sync_client(Body(body)).stream_chat("plain-chat", USER), message_id="msg-1", data=parts)
    )
    assert got == want


async def test_the_async_stream_cut_on_ai7_and_a_failing_hook() -> None:
    stream = await async_client(Body(sse(delta("Half"), done=False))).stream_chat("plain-chat", USER)
    out = frames(b"".join([p async for p in aui_message_stream(stream, protocol="ai7")]))
    assert out[-2] == {"type": "finish", "finishReason": "interrupted"}
    stream = await async_client(Body(sse(delta("x", "stop")))).stream_chat("plain-chat", USER)
    out = frames(b"".join([p async for p in aui_message_stream(stream, metadata=lambda a: 1 / 0)]))
    assert out[-2]["type"] == "error"


def test_closing_the_ui_stream_early_closes_the_chat_stream() -> None:
    body = Body(*[sse(delta(str(i)), done=False) for i in range(100)])
    ui_body = ui_message_stream(sync_client(body).stream_chat("plain-chat", USER))
    for part in ui_body:
        if b"text-delta" in part:
            break
    ui_body.close()
    assert body.closed and body.sent < 100


# --- errors a person sees ----------------------------------------------------------------------------------------

#: Words a person in front of a chat page must never be shown: LiteLLM's admin instructions and routes, code,
#: the SDK's names, key material, raw figures of LiteLLM's messages.
NOT_FOR_PEOPLE = (
    "/key/", "if you're an admin", "if you are an admin", "`", "info.models", "info.", "check=False", "LITELLM_",
    "sk-", "REDACTED", "9f2c4e1a", "Key=", "Current cost", "Max budget", "Authentication Error", "/v1/models",
    "model=", "litellm.", "Exception",
)  # fmt: skip


def assert_for_people(text: str) -> None:
    assert text and text[0].isupper() and text.endswith("."), text
    for word in NOT_FOR_PEOPLE:
        assert word.lower() not in text.lower(), (word, text)


def recorded_errors() -> list[tuple[str, LiteLLMError]]:
    out = []
    for case in json.loads((FIXTURES / "error_bodies.json").read_text()):
        content = json.dumps(case["body"]).encode()
        out.append((case["name"], error_from_response(case["status"], case["headers"], content)))
    for case in json.loads((FIXTURES / "budget_messages.json").read_text())["cases"]:
        body = {"error": {"message": case["message"], "type": case["type"], "param": None, "code": str(case["status"])}}
        out.append((case["message"][:50], error_from_response(case["status"], {}, json.dumps(body).encode())))
    return out


RECORDED = recorded_errors()


@pytest.mark.parametrize(("name", "error"), RECORDED, ids=[name for name, _ in RECORDED])
def test_every_recorded_litellm_error_has_a_user_message_for_people(name: str, error: LiteLLMError) -> None:
    assert_for_people(error.user_message)
    assert default_error_text(error) == error.user_message
    assert error.to_dict()["user_message"] == error.user_message
    response = ui_error_response(error)
    assert response.body.decode() == error.user_message and response.status == error.status


def test_the_recorded_errors_people_meet_say_what_happened() -> None:
    by_name = dict(RECORDED)
    assert by_name["blocked_key"].user_message.startswith("Your access is blocked.")
    assert by_name["expired_key"].user_message.startswith("Your access has expired.")
    assert (
        by_name["model_not_allowed"].user_message == "You cannot use this model. Pick one of the models offered to you."
    )
    assert by_name["budget_exceeded"].user_message.startswith("Your key's budget is used up")
    assert by_name["unknown_model"].user_message.startswith("This model is not available.")


def test_a_given_user_message_is_used_without_admin_instructions_or_developer_words() -> None:
    error = KeyBlockedError(
        "x",
        user_message="Key is blocked. Update via `/key/unblock` if you're an admin. Pick another model (info.models).",
    )
    assert error.user_message == "Key is blocked. Pick another model."
    assert LiteLLMError("x").user_message.startswith("Something went wrong")
    assert default_error_text(RuntimeError("/etc/passwd")) == "Something went wrong while answering. Try again."


def test_a_model_the_key_may_not_use_is_a_model_access_denied_error_when_the_sdk_refuses_it() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500)

    client = KeyClient(KEY, BASE, info=INFO, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    for call in (lambda: client.chat("gpt-5", USER), lambda: client.stream_chat("gpt-5", USER)):
        with pytest.raises(ModelAccessDeniedError) as caught:
            call()
        error = caught.value
        assert (error.code, error.status, error.param) == ("key_model_access_denied", None, "model")
        assert "'gpt-5' is not available to this key; its chat models: plain-chat, thinker" in error.message
        assert "info.models" not in error.suggested_action
        assert error.user_message == "You cannot use the model 'gpt-5'. Pick one of the models offered to you."
        assert not isinstance(error, InvalidRequestError)
        assert ui_error_response(error).status == 403
    assert sent == []


def test_the_proxys_refusal_of_a_model_is_the_same_class() -> None:
    body = litellm_error(403, "key_model_access_denied", "key not allowed to access model. This key can only access")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(403, json=body)

    client = KeyClient(KEY, BASE, info=INFO, http_client=httpx.Client(transport=httpx.MockTransport(answer)))
    with pytest.raises(ModelAccessDeniedError) as caught:
        client.chat("gpt-5", USER, check=False)
    assert caught.value.status == 403 and caught.value.code == "key_model_access_denied"


def test_an_image_for_a_model_without_vision_is_refused_with_a_text_for_people() -> None:
    image = {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}}
    client = sync_client(Body())
    with pytest.raises(InvalidRequestError) as caught:
        client.chat("plain-chat", [{"role": "user", "content": [{"type": "text", "text": "what?"}, image]}])
    assert caught.value.user_message == (
        "The model 'plain-chat' cannot read images. Pick a model that can, or remove the image."
    )
    assert ui_error_response(caught.value).status == 400


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (KeyBlockedError("x", status=401), 401),
        (BudgetExceededError("x", status=429), 429),
        (ModelAccessDeniedError("x"), 403),
        (InvalidRequestError("x"), 400),
        (APITimeoutError("x"), 504),
        (APIConnectionError("x"), 502),
        (LiteLLMError("x"), 500),
        (RuntimeError("x"), 500),
    ],
)
def test_ui_error_response_answers_with_the_status_and_the_text_for_people(error: Exception, status: int) -> None:
    response = ui_error_response(error)
    assert isinstance(response, UIErrorResponse)
    assert response.status == status
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.body.decode() == default_error_text(error)


def test_ui_error_response_as_a_stream_is_a_200_with_start_an_error_chunk_and_done() -> None:
    error = KeyBlockedError("Key is blocked. Update via `/key/unblock` if you're an admin.", status=401)
    status, headers, body = ui_error_response(error, stream=True, message_id="m")
    assert status == 200 and headers["x-vercel-ai-ui-message-stream"] == "v1"
    assert frames(body) == [
        {"type": "start", "messageId": "m"},
        {"type": "error", "errorText": error.user_message},
        "[DONE]",
    ]
    assert ui_error_response(error, error_text=lambda e: "Nope.").body == b"Nope."


def test_a_conversion_refusal_a_person_can_act_on_says_so_and_the_rest_stays_generic() -> None:
    from litellm_sdk import chat_messages_from_ui

    big = {"type": "file", "mediaType": "image/png", "url": "data:image/png;base64," + "A" * 400}
    with pytest.raises(InvalidRequestError) as caught:
        chat_messages_from_ui([{"id": "1", "role": "user", "parts": [big]}], max_file_bytes=10)
    assert caught.value.user_message == "Attach a smaller file (at most 10 bytes)."
    with pytest.raises(InvalidRequestError) as caught:
        chat_messages_from_ui([{"id": "1", "role": "robot", "parts": []}])
    assert caught.value.user_message.startswith("Something went wrong with this request.")
    assert ui_error_response(caught.value).status == 400
