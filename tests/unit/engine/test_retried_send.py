"""The one retried send and its rules, step by step (no runner): a create whose answer was lost is looked up and,
when nothing was made, sent again with the SAME value; a call that costs money is sent again only when the error
proves nothing was done."""

from __future__ import annotations

import hashlib

import pytest

from litellm_sdk._engine.steps import NOTHING_DONE, Request, Sleep, send
from litellm_sdk._manage import keys
from litellm_sdk.errors import APIConnectionError, APITimeoutError, LiteLLMError, RateLimitError, ServerError

from .._ops import Driver, ctx, err, ok, script


def test_a_lost_create_that_made_nothing_is_sent_again_with_the_same_sdk_chosen_value() -> None:
    # The answer to the first POST is lost (503 after the proxy got it); the look-up finds no key; the proxy then
    # stores the first insert late. Sending a fresh value would leave two keys; the same value leaves one.
    d = Driver(script(err(503), err(404, "Key not found"), None, lambda step: ok({"key": step.json["key"]})))
    record = d.run(keys.generate_key(ctx(), {"user_id": "u"}))  # no key given: the SDK chooses the value
    posts = [r for r in d.of(Request) if r.path == "/key/generate"]
    lookup = next(r for r in d.of(Request) if r.path == "/key/info")
    chosen = posts[0].json["key"]
    assert len(posts) == 2 and posts[1].json == posts[0].json == {"user_id": "u", "key": chosen}
    assert lookup.params == {"key": hashlib.sha256(chosen.encode()).hexdigest()}  # the look-up asked for that value
    assert record["key"] == chosen
    assert len(d.undo) == 1  # the key exists and the call is not over: its compensation stays


CHAT = Request("POST", "/chat/completions", json={"model": "m"}, idempotent=False)


@pytest.mark.parametrize(
    ("error", "sent_again"),
    [
        (APIConnectionError("refused", request_sent=False), True),
        (err(429, "Rate limit exceeded", "rate_limit_error"), True),
        (err(503, "No deployments available"), True),
        (APIConnectionError("reset after sending", request_sent=True), False),
        (APITimeoutError("read timed out", request_sent=True), False),
        (err(500, "boom"), False),
        (err(502, "bad gateway"), False),
        (err(429, "Budget has been exceeded", "budget_exceeded"), False),
    ],
    ids=["refused", "429", "503", "reset", "read-timeout", "500", "502", "429-budget"],
)
def test_a_call_that_costs_money_is_sent_again_only_when_nothing_was_done(error: object, sent_again: bool) -> None:
    d = Driver(script(error, None, ok({"id": "done"})) if sent_again else script(error))
    if sent_again:
        assert d.run(send(ctx(), CHAT, NOTHING_DONE)).status == 200
        assert d.of(Request) == [CHAT, CHAT] and len(d.of(Sleep)) == 1
    else:
        with pytest.raises((LiteLLMError, RateLimitError, ServerError)):
            d.run(send(ctx(), CHAT, NOTHING_DONE))
        assert d.of(Request) == [CHAT] and d.of(Sleep) == []
