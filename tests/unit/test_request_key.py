"""request_key over an in-memory transport: round trips, caching, retries that never duplicate a key,
and bad input refused before any request."""

from __future__ import annotations

import asyncio
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

from ._fake_proxy import FakeProxy

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


def test_cold_is_two_round_trips_and_warm_is_one() -> None:
    proxy = FakeProxy()
    client = make_client(proxy)
    info = client.request_key(user_id="u1", models=["gpt-4o-vision", "dall-e-3"], duration="24h")
    assert proxy.calls == [("POST", "/key/generate"), ("GET", "/model_group/info")]
    assert info.model_ids == ("dall-e-3", "gpt-4o-vision")
    assert info.features.vision and info.features.image_generation and not info.features.embeddings
    assert info.raw["brand_new_field"] == "kept"
    proxy.calls.clear()
    again = client.request_key(user_id="u2", models=["dall-e-3", "gpt-4o-vision"])
    assert proxy.calls == [("POST", "/key/generate")]
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
