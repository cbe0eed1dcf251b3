"""request_key never leaves two keys and never a key nobody holds. Step by step (tests/unit/_ops.py): the SDK
chooses the key's value, registers its delete before sending, and after an answer that may have been lost looks the
key up and sends the same value again; a refusal drops the compensation. Over an in-memory transport: cold and warm
round trips, caching, retries, timeouts and bad input refused before any request."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    ALL_MODELS,
    APIConnectionError,
    APITimeoutError,
    AsyncLiteLLMClient,
    ConfigurationError,
    ConflictError,
    InMemoryCache,
    InvalidRequestError,
    InvalidResponseError,
    LiteLLMClient,
    LiteLLMError,
    NotFoundError,
    ServerError,
)
from litellm_sdk._constants import CACHE_KEY_VERSION
from litellm_sdk._engine.steps import Forget, Request, Sleep
from litellm_sdk._manage import keys as K
from litellm_sdk.errors import BadRequestError

from .._fake_proxy import FakeProxy
from .._ops import Driver, Proxy, ctx, err, ok, script


def sha(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


KEY = "sk-chosen-value-0123456789"


# --------------------------------------------------------------------------- the key's value, and when it is looked up


def test_new_key_values_are_sk_and_256_random_bits() -> None:
    a, b = K.new_key_value(), K.new_key_value()
    assert a.startswith("sk-") and len(a) == 3 + 43
    assert a != b


@pytest.mark.parametrize(
    ("error", "looked_up"),
    [
        (APIConnectionError("x"), True),
        (APIConnectionError("x", request_sent=False), False),
        (ServerError("x", status=500), True),
        (ServerError("x", status=499), False),
        (ServerError("x"), False),
        (LiteLLMError("x", status=503, retryable=True), True),
    ],
    ids=["sent", "not-sent", "5xx", "499", "no-status", "any-5xx-error"],
)
def test_only_a_failure_that_may_have_reached_the_proxy_makes_generate_look_the_key_up(
    error: LiteLLMError, looked_up: bool
) -> None:
    sent: list[str] = []

    def answer(step: Any) -> Any:
        if not isinstance(step, Request):
            return None  # the backoff's sleep
        sent.append(step.path)
        if len(sent) == 1:
            return error
        return err(404, "Key not found") if step.path == "/key/info" else ok({"key": step.json["key"]})

    record = Driver(answer).run(K.generate_key(ctx(), {}))
    assert sent == (["/key/generate", "/key/info", "/key/generate"] if looked_up else ["/key/generate"] * 2)
    assert record["key"].startswith("sk-")


# --------------------------------------------------------------------------- generate_key


def test_generate_chooses_the_key_registers_its_delete_and_posts_once() -> None:
    p = Proxy(FakeProxy())
    record = p.run(K.generate_key(p.context, {"user_id": "u"}))
    key = record["key"]
    assert key.startswith("sk-") and len(key) == 46
    assert p.calls == [("POST", "/key/generate")]
    sent = p.requests[0]
    assert sent.json == {"user_id": "u", "key": key}
    assert sent.idempotent is False
    assert sent.auth is None
    undo = list(p.driver.undo.values())
    assert len(undo) == 1
    assert undo[0].label == f"delete the key sk-...{key[-4:]} made for this call"
    p.run(undo[0].action())  # the compensation deletes exactly that key
    assert p.calls[-1] == ("POST", "/key/delete")
    assert p.bodies("/key/delete") == [{"keys": [key]}]
    assert key not in p.fake.keys


def test_generate_fills_in_the_key_when_the_record_has_none() -> None:
    d = Driver(script(ok({"user_id": "u"})))
    record = d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert record == {"user_id": "u", "key": KEY}
    assert next(s for s in d.steps if isinstance(s, Request)).json == {"key": KEY}
    d = Driver(script(ok({"key": "sk-from-proxy-000"})))
    assert d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))["key"] == "sk-from-proxy-000"
    d = Driver(script(ok({"key": ""})))
    assert d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))["key"] == KEY


def test_generate_with_a_caller_chosen_key_checks_it_is_free_first() -> None:
    p = Proxy(FakeProxy())
    p.run(K.generate_key(p.context, {"key": KEY}))
    assert p.calls == [("GET", "/key/info"), ("POST", "/key/generate")]
    assert p.requests[0].params == {"key": sha(KEY)}
    with pytest.raises(ConflictError) as info:
        p.run(K.generate_key(p.context, {"key": KEY}))
    assert info.value.param == "key"
    assert info.value.message == "A key with this value already exists; choose another value"
    assert p.calls[-1] == ("GET", "/key/info")
    # key_is_new: the SDK just made the value, no lookup
    q = Proxy(FakeProxy())
    q.run(K.generate_key(q.context, {"key": KEY}, key_is_new=True))
    assert q.calls == [("POST", "/key/generate")]
    # an empty key is no key: the SDK chooses one
    r = Proxy(FakeProxy())
    assert r.run(K.generate_key(r.context, {"key": ""}))["key"].startswith("sk-")
    assert r.calls == [("POST", "/key/generate")]


def test_generate_refused_as_a_conflict_at_once_drops_its_compensation() -> None:
    d = Driver(script(err(409, "Key with this value already exists")))
    with pytest.raises(ConflictError):
        d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert d.undo == {}
    assert d.of(Forget) == [Forget(1)]
    assert len(d.of(Request)) == 1


def test_generate_refused_as_bad_input_drops_its_compensation_without_lookup() -> None:
    d = Driver(script(err(400, "Invalid duration format", "bad_request_error")))
    with pytest.raises(BadRequestError):
        d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert d.undo == {}
    assert [s.path for s in d.of(Request)] == ["/key/generate"]


def test_a_lost_generate_answer_is_checked_then_sent_again_with_the_same_value() -> None:
    info404 = err(404, "Key not found")
    d = Driver(script(err(503), info404, None, ok({"token": sha(KEY)})))
    record = d.run(K.generate_key(ctx(max_retries=2), {"key": KEY, "user_id": "u"}, key_is_new=True))
    assert record == {"token": sha(KEY), "key": KEY}
    reqs = d.of(Request)
    assert [(r.method, r.path) for r in reqs] == [
        ("POST", "/key/generate"),
        ("GET", "/key/info"),
        ("POST", "/key/generate"),
    ]
    assert reqs[0].json == reqs[2].json == {"key": KEY, "user_id": "u"}
    assert reqs[1].params == {"key": sha(KEY)}
    assert [s.seconds for s in d.of(Sleep)] == [1.0]
    assert d.of(Sleep)[0].error.status == 503  # type: ignore[union-attr]
    assert len(d.undo) == 1  # still registered: the key now exists and the call is not over


def test_a_lost_generate_answer_whose_key_exists_uses_it(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    found = ok({"key": sha(KEY), "info": {"token": sha(KEY), "models": ["a"]}})
    d = Driver(script(APIConnectionError("reset"), found))
    record = d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert record == {"token": sha(KEY), "models": ["a"], "key": KEY}
    assert not d.of(Sleep)
    assert [r.getMessage() for r in caplog.records] == [
        "POST /key/generate failed (connection_error) after it took effect; using what it made"
    ]


def test_a_connection_that_failed_before_sending_is_retried_without_lookup(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    d = Driver(script(APIConnectionError("refused", request_sent=False), None, ok({})))
    d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert [r.path for r in d.of(Request)] == ["/key/generate", "/key/generate"]
    assert [r.getMessage() for r in caplog.records] == [
        "retrying POST /key/generate in 1.00s after connection_error (retry 1 of 2)"
    ]


def test_generate_out_of_retries_after_a_possible_create_keeps_the_compensation() -> None:
    nf = err(404, "Key not found")
    d = Driver(script(err(503), nf, None, err(502), nf, None, err(500), nf))
    with pytest.raises(ServerError) as info:
        d.run(K.generate_key(ctx(max_retries=2), {"key": KEY}, key_is_new=True))
    assert info.value.status == 500
    assert [s.seconds for s in d.of(Sleep)] == [1.0, 2.0]
    assert len(d.undo) == 1  # the proxy may hold the key: the runner deletes it
    assert not d.of(Forget)


def test_generate_out_of_retries_when_nothing_was_sent_drops_the_compensation() -> None:
    refused = APIConnectionError("refused", request_sent=False)
    d = Driver(script(refused, None, refused))
    with pytest.raises(APIConnectionError):
        d.run(K.generate_key(ctx(max_retries=1), {"key": KEY}, key_is_new=True))
    assert d.undo == {}


def test_a_failed_lookup_raises_the_generate_error() -> None:
    d = Driver(script(err(503, "first"), err(401, "no auth", "auth_error")))
    with pytest.raises(ServerError) as info:
        d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert info.value.message == "first"
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_a_conflict_after_a_retry_reads_the_key_back() -> None:
    found = ok({"key": sha(KEY), "info": {"token": sha(KEY)}})
    d = Driver(script(err(503), err(404), None, err(400, "Key with this value already exists"), found))
    record = d.run(K.generate_key(ctx(), {"key": KEY}, key_is_new=True))
    assert record == {"token": sha(KEY), "key": KEY}
    # ... and when it cannot be found, the conflict is raised, the compensation kept
    d = Driver(script(err(503), err(404), None, err(409, "Key already exists"), err(404)))
    with pytest.raises(ConflictError):
        d.run(K.generate_key(ctx(max_retries=1), {"key": KEY}, key_is_new=True))
    assert len(d.undo) == 1


def test_a_non_mapping_generate_answer_is_invalid() -> None:
    d = Driver(script(ok([1])))
    with pytest.raises(InvalidResponseError, match=r"^\[invalid_response\] POST /key/generate returned list"):
        d.run(K.generate_key(ctx(max_retries=0), {"key": KEY}, key_is_new=True))


def test_request_key_is_generate_then_the_new_keys_models() -> None:
    p = Proxy(FakeProxy())
    info = p.run(K.request_key(p.context, {"models": ["gpt-4o-vision"], "user_id": "u"}))
    # and the user's budget, read at the same time (this driver runs a Gather's operations one after another)
    assert p.calls == [("POST", "/key/generate"), ("GET", "/model_group/info"), ("GET", "/v2/user/info")]
    assert p.requests[1].auth == info.key
    assert info.model_ids == ("gpt-4o-vision",)
    assert info.user_id == "u"
    assert info.features.vision
    again = p.run(K.request_key(p.context, {"models": ["gpt-4o-vision"]}))
    assert p.calls[-1] == ("POST", "/key/generate")  # warm cache: one round trip
    assert again.model_ids == ("gpt-4o-vision",)


BASE = "http://litellm.test"


def make_client(proxy: FakeProxy, **kwargs: Any) -> LiteLLMClient:
    kwargs.setdefault("max_retries", 2)
    client = LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()), **kwargs)
    client._ctx = client._ctx.__class__(  # no real sleeping between retries in unit tests
        base_url=client._ctx.base_url,
        master_key=client._ctx.master_key,
        retry=client._ctx.retry.__class__(max_retries=client.max_retries, initial=0.0, maximum=0.0),
    )
    return client


def drop_connection(request: httpx.Request) -> httpx.Response:
    raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)


def lose_response(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    raise httpx.ReadError("connection reset after the request was handled", request=request)


# --------------------------------------------------------------------------- over an in-memory transport


def test_cold_is_two_round_trips_and_warm_is_one() -> None:
    proxy = FakeProxy()
    client = make_client(proxy)
    info = client.request_key(user_id="u1", models=["gpt-4o-vision", "dall-e-3"], duration="24h")
    # the user's budget is read at the same time as these (a separate thread): not one after them
    assert [c for c in proxy.calls if c[1] != "/v2/user/info"] == [
        ("POST", "/key/generate"),
        ("GET", "/model_group/info"),
    ]
    assert proxy.count("/v2/user/info") == 1
    assert info.model_ids == ("dall-e-3", "gpt-4o-vision")
    assert info.features.vision and info.features.image_generation and not info.features.embeddings
    assert info.raw["brand_new_field"] == "kept"
    proxy.calls.clear()
    again = client.request_key(user_id="u2", models=["dall-e-3", "gpt-4o-vision"])
    assert [c for c in proxy.calls if c[1] != "/v2/user/info"] == [("POST", "/key/generate")]
    assert again.model_ids == info.model_ids
    assert again.key != info.key


def test_empty_models_means_all_models_and_is_asked_of_the_proxy_every_time() -> None:
    proxy = FakeProxy()
    client = make_client(proxy)
    first = client.request_key(models=ALL_MODELS)
    second = client.request_key(models=ALL_MODELS)
    assert len(first.models) == 5
    assert first.features.embeddings and first.features.audio_transcription
    assert second.model_ids == first.model_ids
    assert proxy.count("/model_group/info") == 2


def test_model_group_info_is_called_with_the_new_key() -> None:
    proxy = FakeProxy()
    seen: list[str] = []

    def spy(request: httpx.Request) -> None:
        seen.append(request.headers["authorization"])
        return None

    proxy.faults["/model_group/info"] = [spy]
    info = make_client(proxy).request_key(models=["plain-chat"])
    assert seen == [f"Bearer {info.key}"]


def test_key_value_is_chosen_by_the_sdk_and_unique() -> None:
    proxy = FakeProxy()
    client = make_client(proxy)
    keys = {client.request_key(models=["plain-chat"]).key for _ in range(20)}
    assert len(keys) == 20
    assert all(k.startswith("sk-") and len(k) > 40 for k in keys)


def test_lost_response_after_creation_returns_that_key_without_a_second_one() -> None:
    proxy = FakeProxy()
    proxy.after["/key/generate"] = [lose_response]
    info = make_client(proxy).request_key(user_id="u1", models=["plain-chat"])
    assert len(proxy.keys) == 1
    assert info.key in proxy.keys
    assert proxy.count("/key/generate") == 1
    assert proxy.count("/key/info") == 1
    assert info.user_id == "u1"


def test_lost_response_on_the_last_attempt_still_returns_the_created_key() -> None:
    proxy = FakeProxy()
    proxy.after["/key/generate"] = [lose_response]
    info = make_client(proxy, max_retries=0).request_key(models=["plain-chat"])
    assert list(proxy.keys) == [info.key]


def test_dropped_before_creation_is_sent_again_with_the_same_key() -> None:
    proxy = FakeProxy()
    proxy.faults["/key/generate"] = [drop_connection]
    bodies: list[bytes] = []
    proxy.faults["/key/generate"].append(lambda r: bodies.append(r.content))  # type: ignore[func-returns-value]
    info = make_client(proxy).request_key(models=["plain-chat"])
    assert len(proxy.keys) == 1
    assert proxy.count("/key/generate") == 2
    assert info.key.encode() in bodies[0]


def test_a_503_is_retried_and_a_500_db_error_is_not() -> None:
    proxy = FakeProxy()
    proxy.faults["/key/generate"] = [lambda r: proxy._error(503, "overloaded", "internal_server_error")]
    make_client(proxy).request_key(models=["plain-chat"])
    assert len(proxy.keys) == 1
    proxy2 = FakeProxy()
    proxy2.faults["/key/generate"] = [lambda r: proxy2._error(500, "DB not connected", "internal_server_error")] * 3
    with pytest.raises(ServerError) as caught:
        make_client(proxy2).request_key(models=["plain-chat"])
    assert caught.value.code == "no_db_connection"
    assert proxy2.count("/key/generate") == 1


def test_retries_are_bounded_and_the_last_error_is_raised() -> None:
    proxy = FakeProxy()
    proxy.faults["/model_group/info"] = [lambda r: httpx.Response(502, text="<h1>Bad Gateway</h1>")] * 5
    with pytest.raises(ServerError) as caught:
        make_client(proxy, max_retries=2).request_key(models=["plain-chat"])
    assert proxy.count("/model_group/info") == 3
    assert caught.value.status == 502


def test_with_options_changes_retries_for_one_call() -> None:
    proxy = FakeProxy()
    proxy.faults["/model_group/info"] = [lambda r: httpx.Response(503, text="busy")] * 5
    client = make_client(proxy, max_retries=3)
    with pytest.raises(ServerError):
        client.with_options(max_retries=0).request_key(models=["plain-chat"])
    assert proxy.count("/model_group/info") == 1
    assert client.max_retries == 3


def test_timeout_maps_to_api_timeout_error() -> None:
    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    proxy = FakeProxy()
    proxy.faults["/key/generate"] = [hang] * 3
    proxy.faults["/key/info"] = [hang] * 10
    with pytest.raises(APITimeoutError) as caught:
        make_client(proxy, max_retries=1).request_key(models=["plain-chat"])
    assert caught.value.code == "timeout"
    assert caught.value.retryable
    assert len(proxy.keys) == 0


def test_connection_refused_is_a_connection_error_without_lookups() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    proxy = FakeProxy()
    proxy.faults["/key/generate"] = [refuse] * 3
    with pytest.raises(APIConnectionError) as caught:
        make_client(proxy).request_key(models=["plain-chat"])
    assert caught.value.code == "connection_error"
    assert proxy.count("/key/info") == 0
    assert proxy.count("/key/generate") == 3


@pytest.mark.parametrize(
    "body",
    [b"<html>oops</html>", b'{"key": "sk-trunc', b"\x00\xff" * 1000, b"[1, 2, 3]"],
)
def test_malformed_success_bodies_are_invalid_response_errors(body: bytes) -> None:
    proxy = FakeProxy()
    proxy.faults["/key/generate"] = [lambda r: httpx.Response(200, content=body)] * 3
    with pytest.raises(LiteLLMError) as caught:
        make_client(proxy, max_retries=0).request_key(models=["plain-chat"])
    assert isinstance(caught.value, InvalidResponseError)


def test_huge_body_is_refused_not_buffered() -> None:
    from litellm_sdk import _constants

    proxy = FakeProxy()
    big = b"x" * (_constants.MAX_RESPONSE_BYTES + 10)
    proxy.faults["/key/generate"] = [lambda r: httpx.Response(200, content=big)]
    with pytest.raises(LiteLLMError) as caught:
        make_client(proxy, max_retries=0).request_key(models=["plain-chat"])
    assert caught.value.code == "response_too_large"


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        ({"duration": "24 hours"}, "duration"),
        ({"duration": "5x"}, "duration"),
        ({"duration": 24}, "duration"),
        ({"budget_duration": "sometimes"}, "budget_duration"),
        ({"max_budget": -1}, "max_budget"),
        ({"max_budget": float("nan")}, "max_budget"),
        ({"max_budget": True}, "max_budget"),
        ({"tpm_limit": -5}, "tpm_limit"),
        ({"rpm_limit": 1.5}, "rpm_limit"),
        ({"max_parallel_requests": -1}, "max_parallel_requests"),
        ({"models": "gpt-4o"}, "models"),
        ({"models": ["ok", 3]}, "models"),
        ({"tags": "premium"}, "tags"),
        ({"metadata": {"x": object()}}, "metadata"),
        ({"metadata": ["not", "a", "dict"]}, "metadata"),
        ({"user_id": ""}, "user_id"),
        ({"aliases": {"a": 1}}, "aliases"),
        ({"key": "not-a-litellm-key"}, "key"),
    ],
)
def test_bad_input_is_refused_before_any_request(kwargs: dict[str, Any], param: str) -> None:
    proxy = FakeProxy()
    with pytest.raises(InvalidRequestError) as caught:
        make_client(proxy).request_key(**kwargs)
    assert caught.value.code == "invalid_request"
    assert caught.value.param == param
    assert param in caught.value.message
    assert proxy.calls == []


def test_extra_fields_pass_through_unchanged() -> None:
    proxy = FakeProxy()
    sent: list[bytes] = []
    proxy.faults["/key/generate"] = [lambda r: sent.append(r.content)]  # type: ignore[func-returns-value]
    make_client(proxy).request_key(
        models=["plain-chat"], soft_budget=3.5, enforced_params=["user"], permissions={"a": 1}
    )
    assert b'"soft_budget":3.5' in sent[0]
    assert b'"enforced_params":["user"]' in sent[0]


def test_configuration_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LITELLM_BASE_URL", raising=False)
    monkeypatch.delenv("LITELLM_MASTER_KEY", raising=False)
    with pytest.raises(ConfigurationError) as caught:
        LiteLLMClient()
    assert caught.value.code == "configuration_error"
    with pytest.raises(ConfigurationError):
        LiteLLMClient("", "sk-master-xxxxxxxxxxxx")
    with pytest.raises(ConfigurationError):
        LiteLLMClient("litellm.local:4000", "sk-master-xxxxxxxxxxxx")
    with pytest.raises(ConfigurationError) as caught:
        LiteLLMClient("http://x")
    assert caught.value.param == "master_key"
    monkeypatch.setenv("LITELLM_BASE_URL", "http://from-env:4000/")
    monkeypatch.setenv("LITELLM_MASTER_KEY", "sk-master-from-env-123456")
    client = LiteLLMClient()
    assert client.base_url == "http://from-env:4000"
    assert "from-env-123456" not in repr(client)


class BrokenCache:
    def __init__(self) -> None:
        self.calls = 0

    def get(self, key: str) -> Any:
        self.calls += 1
        raise ConnectionError("redis down")

    def set(self, key: str, value: Any, ttl: float | None = None) -> None:
        self.calls += 1
        raise ConnectionError("redis down")

    def delete(self, key: str) -> None:
        raise ConnectionError("redis down")

    def clear(self) -> None:
        raise ConnectionError("redis down")


def test_a_failing_cache_never_fails_request_key_and_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    proxy = FakeProxy()
    cache = BrokenCache()
    client = make_client(proxy, cache=cache)
    with caplog.at_level(logging.WARNING, logger="litellm_sdk"):
        for _ in range(3):
            info = client.request_key(models=["plain-chat", "dall-e-3"])
            assert info.features.image_generation
    assert cache.calls > 3
    assert sum("continuing without it" in r.getMessage() for r in caplog.records) == 1


def test_cache_entries_are_versioned_and_scoped() -> None:
    proxy = FakeProxy()
    cache = InMemoryCache()
    make_client(proxy, cache=cache).request_key(models=["plain-chat"])
    keys = list(cache._data)
    assert len(keys) == 1
    assert keys[0].startswith(f"{CACHE_KEY_VERSION}:") and keys[0].endswith(":model_group:plain-chat")


def test_debug_logging_masks_secrets(caplog: pytest.LogCaptureFixture) -> None:
    proxy = FakeProxy()
    with caplog.at_level(logging.DEBUG, logger="litellm_sdk"):
        info = make_client(proxy).request_key(models=["plain-chat"])
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "request POST /key/generate" in text
    assert info.key not in text
    assert proxy.master_key not in text


async def test_async_client_and_single_flight_on_a_cold_cache() -> None:
    proxy = FakeProxy()
    gate = asyncio.Event()

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info":
            await gate.wait()
            # and a moment more, as on a network: with the user's budget read beside each login (its own task),
            # every key may be made before the first fetch starts; the others ask while it is out
            await asyncio.sleep(0.02)
        response = proxy.handle(request)
        if proxy.count("/key/generate") == 50:
            gate.set()  # every caller has its key and misses the cache: now let the one fetch finish
        return response

    client = AsyncLiteLLMClient(
        BASE, proxy.master_key, http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler))
    )
    # identical requests (one user logging in from 50 tabs): one scope, so one fetch for all
    tasks = [asyncio.create_task(client.request_key(user_id="u1", models=["gpt-4o-vision"])) for _ in range(50)]
    infos = await asyncio.gather(*tasks)
    assert len({i.key for i in infos}) == 50
    assert all(i.features.vision for i in infos)
    assert proxy.count("/model_group/info") == 1
    await client.close()


def test_threads_share_one_client_and_one_fetch() -> None:
    import threading

    proxy = FakeProxy()
    barrier = threading.Barrier(16)
    original = proxy.handle

    def slow(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info":
            threading.Event().wait(0.2)
        return original(request)

    proxy.handle = slow  # type: ignore[method-assign]
    client = make_client(proxy)
    results: list[str] = []

    def worker() -> None:
        barrier.wait()
        results.append(client.request_key(models=["whisper-1"]).key)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(results)) == 16
    assert proxy.count("/model_group/info") == 1


def test_request_repr_masks_the_key_in_body_params_and_auth() -> None:
    from litellm_sdk._engine.steps import Request

    secret = "sk-abcdefghijklmnopqrstuvwxyz0123456789"
    text = repr(
        Request("POST", "/key/generate", params={"key": secret}, json={"key": secret, "note": secret}, auth=secret)
    )
    assert secret not in text
    assert "...6789" in text


def test_a_caller_chosen_key_that_exists_is_a_conflict_before_generate() -> None:
    proxy = FakeProxy()
    client = make_client(proxy)
    first = client.request_key(models=["plain-chat"], key="sk-caller-chosen-value-0001")
    assert first.key == "sk-caller-chosen-value-0001"
    proxy.calls.clear()
    with pytest.raises(ConflictError) as caught:
        client.request_key(models=["plain-chat"], key="sk-caller-chosen-value-0001")
    assert caught.value.param == "key"
    assert proxy.calls == [("GET", "/key/info")]


def test_key_lookups_send_the_token_id_not_the_key() -> None:
    proxy = FakeProxy()
    proxy.after["/key/generate"] = [lose_response]
    urls: list[str] = []
    proxy.faults["/key/info"] = [lambda r: urls.append(str(r.url))]  # type: ignore[func-returns-value]
    info = make_client(proxy).request_key(models=["plain-chat"])
    assert urls and info.key not in urls[0]
    assert info.token_id is not None and info.token_id in urls[0]


def test_revoke_whose_answer_was_lost_is_still_a_success() -> None:
    proxy = FakeProxy()
    client = make_client(proxy)
    info = client.request_key(models=["plain-chat"])

    def delete(request: httpx.Request) -> httpx.Response:
        proxy.keys.pop(info.key, None)  # the proxy deletes the key ...
        raise httpx.ReadError("... and the connection drops before the answer", request=request)

    def not_found(request: httpx.Request) -> httpx.Response:
        return proxy._error(404, "{'error': 'No keys found'}", "internal_server_error")

    proxy.faults["/key/delete"] = [delete, not_found]
    assert client.delete_keys(info.key) == (info.key,)
    proxy.faults["/key/delete"] = [not_found]
    with pytest.raises(NotFoundError):
        client.delete_keys(info.key)  # a first attempt's 404 is still an error
