"""The example chat app (examples/chat_app) in a real browser: headless Chromium, the page's useChat from
@ai-sdk/react, the app's server using the SDK, the real LiteLLM proxy and its stub upstream.

Each test logs a new person in (a new key), so the tests do not depend on each other's order.
"""

from __future__ import annotations

import base64
import uuid
from typing import Any

import pytest

from litellm_sdk import (
    BudgetExceededError,
    InvalidRequestError,
    KeyBlockedError,
    KeyClient,
    LiteLLMError,
    NotFoundError,
    ui_error_response,
)
from tests.browser.conftest import APP_BUDGET, APP_MODELS, RunningApp

try:
    from playwright.sync_api import expect

    expect.set_options(timeout=20_000)
except ImportError:  # the fixtures fail (scripts/test, CI) or skip, naming what is missing
    expect = None

#: A 1x1 PNG: what a person attaches.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
IMAGE = {"name": "dot.png", "mimeType": "image/png", "buffer": PNG}
HELLO = [{"role": "user", "content": "hello"}]
WITH_IMAGE = [
    {
        "role": "user",
        "content": [
            {"type": "text", "text": "Describe it"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64," + base64.b64encode(PNG).decode()}},
        ],
    }
]

#: Records every status useChat shows (submitted -> streaming -> ready) and every text the last answer showed, to see
#: that an answer streamed (grew on the page) rather than arrived whole.
WATCH = """() => {
  window.__statuses = [];
  window.__texts = [];
  const status = document.querySelector('[data-testid="status"]');
  const noteStatus = () => window.__statuses.push(status.textContent);
  noteStatus();
  new MutationObserver(noteStatus).observe(status, { childList: true, characterData: true, subtree: true });
  const messages = document.querySelector('[data-testid="messages"]');
  new MutationObserver(() => {
    const answers = messages.querySelectorAll('[data-testid="message-assistant"]');
    const last = answers[answers.length - 1];
    const text = last ? Array.from(last.querySelectorAll("p.text"), (p) => p.textContent).join("") : "";
    if (window.__texts[window.__texts.length - 1] !== text) window.__texts.push(text);
  }).observe(messages, { childList: true, characterData: true, subtree: true });
}"""

#: useChat took the message (submitted) and is done with it (ready, or error).
SENT_AND_SETTLED = """seen => {
  const since = window.__statuses.slice(seen);
  return since.includes("submitted") && ["ready", "error"].includes(since[since.length - 1]);
}"""


def person(what: str) -> str:
    return f"{what}-{uuid.uuid4().hex[:6]}"


def login(page: Any, app: RunningApp, name: str) -> Any:
    """Log in through the page; the server-side session (with the key) of that person."""
    page.goto(app.url)
    page.get_by_test_id("login-name").fill(name)
    page.get_by_test_id("login-button").click()
    expect(page.get_by_test_id("user-name")).to_have_text(name)
    page.evaluate(WATCH)
    return app.session_of(name)


def remaining(page: Any) -> float:
    return float(page.get_by_test_id("budget").get_attribute("data-remaining"))


def wait_budget_below(page: Any, before: float) -> float:
    """The budget shown falls below ``before`` (it comes with the answer's message metadata)."""
    page.wait_for_function(
        "before => Number(document.querySelector('[data-testid=budget]').dataset.remaining) < before", arg=before
    )
    return remaining(page)


def pick(page: Any, model: str) -> None:
    page.get_by_test_id("model-picker").select_option(model)


def ask(page: Any, text: str, *, attach: bool = False) -> None:
    """Send a message (with the image when ``attach``) and wait until useChat is ready again."""
    if attach:
        page.get_by_test_id("attach").set_input_files(IMAGE)
        expect(page.get_by_test_id("pending-file")).to_have_text("Attached: dot.png")
    page.get_by_test_id("chat-input").fill(text)
    seen = page.evaluate("() => window.__statuses.length")
    page.get_by_test_id("send").click()
    page.wait_for_function(SENT_AND_SETTLED, arg=seen)


def last_answer(page: Any) -> Any:
    return page.get_by_test_id("message-assistant").last


def shown_error(page: Any) -> dict[str, str]:
    box = page.get_by_test_id("error")
    expect(box).to_be_visible()
    return {"status": box.get_attribute("data-status") or "", "text": page.get_by_test_id("error-message").inner_text()}


def sdk_error(app: RunningApp, info: Any, model: str = "plain-chat", messages: Any = HELLO) -> LiteLLMError:
    """What the SDK itself raises for this chat with this key now (the page must show its user_message)."""
    with KeyClient.from_info(info, app.proxy.base_url, max_retries=0) as key:
        try:
            key.chat(model, messages)
        except LiteLLMError as error:
            return error
    raise AssertionError("the chat was not refused")


def assert_shows(page: Any, error: LiteLLMError) -> None:
    """The page shows the error as ui_error_response gives it: its status and its user_message, nothing else."""
    shown = shown_error(page)
    assert shown == {"status": str(ui_error_response(error).status), "text": error.user_message}
    assert error.message not in shown["text"] or error.message == error.user_message  # not LiteLLM's own words


def test_login_configures_the_page_from_the_key_and_logout_revokes_it(page: Any, chat_app: RunningApp) -> None:
    name = person("ada")
    session = login(page, chat_app, name)
    info = session.info

    # the picker: exactly the key's chat models, in the key's order
    options = page.get_by_test_id("model-picker").locator("option").evaluate_all("all => all.map(o => o.value)")
    assert options == [m.id for m in info.models if m.mode in (None, "chat")]
    assert set(options) == {"assistant-stub", "plain-chat"}, f"the key was made with {APP_MODELS}"
    # image attachment only for a model with vision; the image button because the key allows image generation
    assert info.model("assistant-stub").supports_vision and not info.model("plain-chat").supports_vision
    pick(page, "assistant-stub")
    expect(page.get_by_test_id("attach")).to_be_visible()
    pick(page, "plain-chat")
    expect(page.get_by_test_id("attach")).to_have_count(0)
    assert info.features.image_generation
    expect(page.get_by_test_id("generate-image")).to_be_visible()
    # the remaining budget
    assert remaining(page) == pytest.approx(APP_BUDGET)
    expect(page.get_by_test_id("budget")).to_have_text("Budget left: $1.0000 of $1.0000")

    # the page never holds the key: not in the DOM, not in what the server answers, not in a readable cookie
    seen = page.evaluate("() => fetch('/api/session').then(r => r.text())")
    assert "assistant-stub" in seen
    for secret in (info.key, info.masked_key):
        assert secret not in seen and secret not in page.content()
    assert page.evaluate("() => document.cookie") == ""

    # the image-generation button goes through the SDK too
    page.get_by_test_id("generate-image").click()
    expect(page.get_by_test_id("generated-image")).to_have_count(1)

    # logout revokes the key and forgets the session
    page.get_by_test_id("logout").click()
    expect(page.get_by_test_id("login-form")).to_be_visible()
    assert all(s.name != name for s in chat_app.chat_app.sessions.values())
    with pytest.raises(NotFoundError):
        chat_app.admin.describe_key(info.key)


def test_chat_streams_and_the_budget_falls_with_images_and_tools(page: Any, chat_app: RunningApp) -> None:
    session = login(page, chat_app, person("grace"))
    budget = remaining(page)

    # a message, its reply streamed back, the budget lower after it
    pick(page, "plain-chat")
    ask(page, "Hello there")
    expect(last_answer(page)).to_contain_text("Hello from the mock plain-chat.")
    budget = wait_budget_below(page, budget)
    expect(last_answer(page).get_by_test_id("message-cost")).to_be_visible()  # the answer's metadata

    # a longer answer grows on the page as it streams (the stub upstream sends it word by word)
    pick(page, "assistant-stub")
    statuses_before, texts_before = page.evaluate("() => [window.__statuses.length, window.__texts.length]")
    said = "Tell me a story about a cat who learned to stream"
    ask(page, said)
    expect(last_answer(page)).to_contain_text(f"You said: {said}")
    statuses, texts = page.evaluate("() => [window.__statuses, window.__texts]")
    assert statuses[statuses_before:] == ["submitted", "streaming", "ready"], statuses
    final = f"You said: {said}"
    partial = [t for t in texts[texts_before:] if t and t != final and final.startswith(t)]
    assert partial, f"the answer never showed in part: {texts[texts_before:]}"
    budget = wait_budget_below(page, budget)

    # an image to the vision model: it arrives whole (the stub upstream reports its type and size)
    ask(page, "What is in this picture?", attach=True)
    expect(page.get_by_test_id("message-user").last.get_by_test_id("message-image")).to_be_visible()
    expect(last_answer(page)).to_contain_text(f"I see 1 image(s): image/png, {len(PNG)} bytes.")
    budget = wait_budget_below(page, budget)

    # a tool call: the model asks for local_time, the page runs it, useChat sends the conversation again
    ask(page, "What is my local_time?")
    tool = page.get_by_test_id("tool-call")
    expect(tool).to_have_count(1)  # one assistant message holds the call and the answer, not two
    expect(tool).to_have_attribute("data-state", "output-available")
    expect(page.get_by_test_id("status")).to_have_text("ready")
    expect(last_answer(page)).to_contain_text('The local_time tool answered: {"time":')
    budget = wait_budget_below(page, budget)

    # the conversation that holds the tool call goes on
    ask(page, "Thanks for the time")
    expect(last_answer(page)).to_contain_text("You said: Thanks for the time")
    budget = wait_budget_below(page, budget)
    if chat_app.upstream is not None:
        last = chat_app.upstream.requests()[-1]
        # hello, the story and the image with their answers; the question, the tool call, its output, the answer; thanks
        roles = ["user", "assistant"] * 3 + ["user", "assistant", "tool", "assistant", "user"]
        assert last["roles"] == roles, last

    # an image attached, then a model without vision picked: the SDK refuses it before anything is sent
    page.get_by_test_id("new-chat").click()
    expect(page.get_by_test_id("message-user")).to_have_count(0)
    page.get_by_test_id("attach").set_input_files(IMAGE)
    pick(page, "plain-chat")
    expect(page.get_by_test_id("attach")).to_have_count(0)
    expect(page.get_by_test_id("vision-warning")).to_have_text("plain-chat cannot read images")
    sent = chat_app.upstream_requests()
    ask(page, "Describe it")
    expected = sdk_error(chat_app, session.info, "plain-chat", WITH_IMAGE)
    assert isinstance(expected, InvalidRequestError)
    assert expected.suggested_action == "Pick a model that can read images, or remove the image."
    assert_shows(page, expected)  # "The model 'plain-chat' cannot read images. Pick a model that can, ..."
    assert chat_app.upstream_requests() == sent
    assert remaining(page) == budget
    page.get_by_test_id("dismiss-error").click()
    expect(page.get_by_test_id("error")).to_have_count(0)
    expect(page.get_by_test_id("message-user")).to_have_count(0)  # the refused message is taken back

    ask(page, "Hello again")  # the next message goes through
    expect(last_answer(page)).to_contain_text("Hello from the mock plain-chat.")
    wait_budget_below(page, budget)
    page.get_by_test_id("logout").click()
    expect(page.get_by_test_id("login-form")).to_be_visible()


def test_a_blocked_key_shows_what_to_do(page: Any, chat_app: RunningApp) -> None:
    name = person("linus")
    session = login(page, chat_app, name)
    pick(page, "plain-chat")
    ask(page, "Hello")
    expect(last_answer(page)).to_contain_text("Hello from the mock plain-chat.")

    chat_app.admin.block_key(session.info.key)  # what an admin does, through the SDK
    expected = sdk_error(chat_app, session.info)
    assert isinstance(expected, KeyBlockedError)

    ask(page, "Are you still there?")
    assert expected.code == "key_blocked"
    assert_shows(page, expected)  # "Your access is blocked. Ask whoever gave you access to unblock it, ..."
    assert session.info.key not in page.content()
    page.get_by_test_id("logout").click()
    expect(page.get_by_test_id("login-form")).to_be_visible()
    with pytest.raises(NotFoundError):
        chat_app.admin.describe_key(session.info.key)


def test_a_budget_used_up_shows_what_to_do(page: Any, chat_app: RunningApp) -> None:
    session = login(page, chat_app, person("barbara"))
    pick(page, "plain-chat")
    ask(page, "Hello")
    expect(last_answer(page)).to_contain_text("Hello from the mock plain-chat.")
    key = session.info.key
    spent = 0.0
    for _ in range(100):  # the proxy writes spend in batches (every 2 s here)
        described = chat_app.admin.describe_key(key)
        spent = described.budget.spent if described.budget else 0.0
        if spent > 0:
            break
        page.wait_for_timeout(200)
    assert spent > 0, "the proxy did not record the spend of the answer"
    chat_app.admin.update_key(key, max_budget=spent / 2)  # an admin lowers the budget below what is spent
    expected = sdk_error(chat_app, session.info)
    assert isinstance(expected, BudgetExceededError)

    ask(page, "One more, please")
    assert expected.code == "budget_exceeded"
    assert expected.user_message == expected.suggested_action  # whose budget ran out, and what to do
    assert_shows(page, expected)
    page.get_by_test_id("logout").click()
    expect(page.get_by_test_id("login-form")).to_be_visible()
