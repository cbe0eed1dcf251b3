"""The engine's call loop step by step: one request per attempt, the JSON body it answers, which errors are
retried with which backoff (and which never), a 404 after a retry of a delete, secrets scrubbed from errors, retries
logged; the JSON parsing every answer goes through; cache keys and request labels; the compensation steps."""

from __future__ import annotations

import hashlib
import logging

import httpx
import pytest

from litellm_sdk._constants import CACHE_KEY_VERSION
from litellm_sdk._engine import steps as E
from litellm_sdk._engine.steps import Forget, Request, Response, Sleep, Undo, call, expect_mapping, parse_json
from litellm_sdk.errors import (
    APIConnectionError,
    BadRequestError,
    BudgetExceededError,
    InvalidResponseError,
    NotFoundError,
    ServerError,
)

from .._ops import BASE, MASTER, Driver, ctx, err, ok, script

GET = Request("GET", "/thing")
POST = Request("POST", "/thing", json={"a": 1}, idempotent=False)


def test_a_2xx_answers_its_json_body_after_one_request() -> None:
    d = Driver(script(ok({"x": 1})))
    assert d.run(call(ctx(), GET)) == {"x": 1}
    assert d.steps == [GET]


def test_an_empty_2xx_body_is_none() -> None:
    d = Driver(script(Response(204, httpx.Headers(), b"")))
    assert d.run(call(ctx(), GET)) is None


def test_a_3xx_is_not_an_error_but_400_is() -> None:
    assert Driver(script(ok({"r": 1}, status=399))).run(call(ctx(), GET)) == {"r": 1}
    with pytest.raises(BadRequestError) as info:
        Driver(script(err(400, "bad input", "bad_request_error"))).run(call(ctx(), GET))
    assert info.value.status == 400


def test_retryable_errors_are_retried_with_doubling_backoff_then_raised() -> None:
    d = Driver(script(err(503), None, err(502), None, err(500)))
    with pytest.raises(ServerError) as info:
        d.run(call(ctx(max_retries=2), GET))
    assert info.value.status == 500
    sleeps = d.of(Sleep)
    assert [s.seconds for s in sleeps] == [1.0, 2.0]
    assert [s.error.status for s in sleeps] == [503, 502]  # type: ignore[union-attr]
    assert d.steps.count(GET) == 3


def test_a_retry_that_succeeds_returns_the_body() -> None:
    d = Driver(script(err(503), None, ok({"fine": True})))
    assert d.run(call(ctx(max_retries=1), GET)) == {"fine": True}
    assert d.steps == [GET, Sleep(1.0, d.steps[1].error), GET]


def test_a_non_retryable_error_is_raised_at_once() -> None:
    d = Driver(script(err(503, "x", "budget_exceeded")))
    with pytest.raises(BudgetExceededError):
        d.run(call(ctx(max_retries=5), GET))
    assert d.steps == [GET]


def test_a_thrown_connection_error_is_retried_like_a_response() -> None:
    d = Driver(script(APIConnectionError("reset"), None, ok([1])))
    assert d.run(call(ctx(max_retries=1), GET)) == [1]
    assert [s.seconds for s in d.of(Sleep)] == [1.0]


def test_non_idempotent_requests_are_not_retried_unless_asked() -> None:
    d = Driver(script(err(503)))
    with pytest.raises(ServerError):
        d.run(call(ctx(), POST))
    assert d.steps == [POST]
    d = Driver(script(err(503), None, ok({})))
    assert d.run(call(ctx(), POST, retry=True)) == {}
    assert d.steps.count(POST) == 2
    d = Driver(script(err(503)))
    with pytest.raises(ServerError):
        d.run(call(ctx(), GET, retry=False))
    assert d.steps == [GET]


def test_gone_on_retry_turns_a_404_after_a_retry_into_success() -> None:
    d = Driver(script(err(503), None, err(404, "No keys found")))
    assert d.run(call(ctx(), GET, gone_on_retry="gone")) == "gone"
    # a 404 on the first attempt is a real 404
    with pytest.raises(NotFoundError):
        Driver(script(err(404, "No keys found"))).run(call(ctx(), GET, gone_on_retry="gone"))
    # None is a valid "gone" answer too (only the sentinel means "not given")
    assert Driver(script(err(503), None, err(404))).run(call(ctx(), GET, gone_on_retry=None)) is None
    # without gone_on_retry a 404 after a retry is raised
    with pytest.raises(NotFoundError):
        Driver(script(err(503), None, err(404))).run(call(ctx(), GET))
    # another status after a retry is not "gone"
    with pytest.raises(BadRequestError):
        Driver(script(err(503), None, err(400))).run(call(ctx(), GET, gone_on_retry="gone"))


def test_the_master_key_and_the_request_credential_are_scrubbed_from_errors() -> None:
    # neither is shaped like an sk- key, so only the call's own secrets can hide them
    master, vkey = "master-secret-0123456789", "virtual-secret-abcdefghij"
    c = E.Context(base_url=BASE, master_key=master)
    request = Request("GET", "/model_group/info", auth=vkey)
    body = err(400, f"bad {master} and {vkey} here", "bad_request_error")
    with pytest.raises(BadRequestError) as info:
        Driver(script(body)).run(call(c, request))
    assert info.value.message == "bad ...6789 and ...ghij here"


def test_each_retry_is_logged_with_its_wait_reason_and_count(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    Driver(script(err(503), None, ok({}))).run(call(ctx(max_retries=2), GET))
    assert [r.getMessage() for r in caplog.records] == [
        "retrying GET /thing in 1.00s after server_error (retry 1 of 2)"
    ]
    assert caplog.records[0].levelno == logging.INFO


def test_parse_json_refuses_a_body_that_is_not_json() -> None:
    html = Response(200, httpx.Headers(), b"<html>" + b"x" * 500)
    with pytest.raises(InvalidResponseError) as info:
        parse_json(html, "GET /thing")
    assert info.value.message == "GET /thing answered 200 with a body that is not JSON"
    assert info.value.status == 200
    assert info.value.body == "<html>" + "x" * 194
    assert info.value.retryable is True


def test_parse_json_refuses_broken_and_too_deep_json() -> None:
    with pytest.raises(InvalidResponseError):
        parse_json(Response(201, httpx.Headers(), b'{"a": '), "X")
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(InvalidResponseError) as info:
        parse_json(Response(200, httpx.Headers(), deep), "X")
    assert info.value.body == "[" * 200
    assert parse_json(Response(200, httpx.Headers(), b" [1, 2]"), "X") == [1, 2]
    assert parse_json(Response(200, httpx.Headers(), b"null"), "X") is None


def test_expect_mapping_names_what_was_returned() -> None:
    assert expect_mapping({"a": 1}, "X") == {"a": 1}
    with pytest.raises(InvalidResponseError) as info:
        expect_mapping([1, 2], "GET /key/info")
    assert info.value.message == "GET /key/info returned list, expected a JSON object"
    assert info.value.body == [1, 2]
    with pytest.raises(InvalidResponseError, match="returned NoneType"):
        expect_mapping(None, "X")


def test_cache_keys_are_versioned_and_scoped_to_the_proxy() -> None:
    c = ctx()
    digest = hashlib.sha256(BASE.encode()).hexdigest()[:12]
    assert c.cache_key("model_group", "gpt-4o") == f"{CACHE_KEY_VERSION}:{digest}:model_group:gpt-4o"
    other = E.Context(base_url="http://other.test", master_key=MASTER)
    assert other.cache_key("model_group", "gpt-4o") != c.cache_key("model_group", "gpt-4o")
    assert c.secrets == (MASTER,)
    assert E.Context(base_url=BASE, master_key=MASTER).capability_ttl == 300.0


def test_a_request_label_masks_a_key_in_its_path() -> None:
    r = Request("POST", "/key/sk-abcdefghijklmnopqrstuvwxyz/regenerate")
    assert r.label.startswith("POST /key/")
    assert "sk-abcdefghijklmnopqrstuvwxyz" not in r.label
    assert "sk-abcdefghijklmnopqrstuvwxyz" not in repr(r)
    assert Request("GET", "/thing").idempotent is True


def test_a_request_without_a_credential_scrubs_only_the_master_key() -> None:
    c = E.Context(base_url=BASE, master_key="master-secret-0123456789")
    body = err(400, "XXXX and master-secret-0123456789", "bad_request_error")
    with pytest.raises(BadRequestError) as info:
        Driver(script(body)).run(call(c, GET))
    assert info.value.message == "XXXX and ...6789"


def test_a_2xx_that_is_not_json_names_the_request() -> None:
    html = Response(200, httpx.Headers(), b"<html>oops</html>")
    with pytest.raises(InvalidResponseError) as info:
        Driver(script(html)).run(call(ctx(max_retries=0), GET))
    assert info.value.message == "GET /thing answered 200 with a body that is not JSON"


def test_undo_and_forget_steps_are_plain_values() -> None:
    assert Forget(3).handle == 3
    u = Undo(lambda: iter(()), "label")
    assert u.label == "label"
    assert MASTER.startswith("sk-")
