"""Faults with real processes: lost responses, hung and refused connections, Redis down, 429/500, bad bodies.

The SDK talks to the real LiteLLM proxy through a loopback fault proxy (tests/integration/_faults.py) or to a
stdlib HTTP server with scripted answers; nothing inside the SDK is mocked. Keys are counted on the real proxy.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import logging
import threading
import time
import tracemalloc
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from litellm_sdk import (
    APIConnectionError,
    APITimeoutError,
    AsyncLiteLLMClient,
    BadRequestError,
    InvalidResponseError,
    LiteLLMClient,
    LiteLLMError,
    RateLimitError,
    ServerError,
)
from litellm_sdk._constants import BACKOFF_INITIAL, BACKOFF_MAX, DEFAULT_TIMEOUT, RETRY_AFTER_CAP
from litellm_sdk.cache import AsyncRedisCache, RedisCache

from ._faults import (
    CANNED,
    DROP_REQUEST,
    DROP_RESPONSE,
    HANG,
    Canned,
    CannedServer,
    FaultProxy,
    headers,
    json_error,
)
from ._helpers import unique

GENERATE = ("POST", "/key/generate")
KEY_INFO = ("GET", "/key/info")


# --------------------------------------------------------------------------- fixtures and helpers


@pytest.fixture
def admin(litellm_proxy) -> Iterator[LiteLLMClient]:
    """A direct client (no faults) to count and delete keys on the real proxy."""
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as client:
        yield client


@pytest.fixture
def fault(litellm_proxy) -> Iterator[FaultProxy]:
    with FaultProxy(litellm_proxy.base_url) as proxy:
        yield proxy


@pytest.fixture
def user(admin: LiteLLMClient) -> Iterator[str]:
    """A fresh user_id; every key made for it is deleted afterwards."""
    user_id = unique("fault")
    yield user_id
    tokens = [k.token_id for k in admin.list_keys(user_id=user_id) if k.token_id]
    if tokens:
        admin.delete_keys(*tokens)


@pytest.fixture
def canned() -> Iterator[CannedServer]:
    with CannedServer() as server:
        yield server


def keys_of(admin: LiteLLMClient, user_id: str) -> list[str]:
    return [k.token_id or "" for k in admin.list_keys(user_id=user_id)]


def token(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def worst_case_seconds(timeout: float, attempts: int, retries: int) -> float:
    """``attempts`` timeouts plus the longest backoff before each of ``retries`` retries."""
    return timeout * attempts + sum(min(BACKOFF_MAX, BACKOFF_INITIAL * 2**n) for n in range(retries))


def bounded(fn: Callable[[], Any], limit: float) -> tuple[BaseException | None, float]:
    """Run fn in a thread; fail the test (instead of hanging) when it is still running after ``limit``."""
    outcome: list[BaseException | None] = []

    def target() -> None:
        try:
            fn()
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    started = time.monotonic()
    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(limit)
    elapsed = time.monotonic() - started
    if worker.is_alive():
        pytest.fail(f"call still running after {limit:.1f}s: the SDK hangs")
    return outcome[0], elapsed


# --------------------------------------------------------------------------- no duplicate keys


def test_lost_response_after_the_key_was_created_gives_exactly_one_key(
    fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str
) -> None:
    fault.add_rule(DROP_RESPONSE, method="POST", path="/key/generate", times=1)
    with LiteLLMClient(fault.base_url, litellm_proxy.master_key) as client:
        info = client.request_key(user_id=user, models=["plain-chat"])
    assert keys_of(admin, user) == [token(info.key)]
    assert fault.count(*GENERATE) == 1  # not sent again: GET /key/info found the key
    assert fault.count(*KEY_INFO) == 1
    assert info.model_ids == ("plain-chat",)
    assert admin.describe_key(info.key).user_id == user


async def test_async_lost_response_gives_exactly_one_key(
    fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str
) -> None:
    fault.add_rule(DROP_RESPONSE, method="POST", path="/key/generate", times=1)
    async with AsyncLiteLLMClient(fault.base_url, litellm_proxy.master_key) as client:
        info = await client.request_key(user_id=user, models=["plain-chat"])
    assert keys_of(admin, user) == [token(info.key)]
    assert fault.count(*GENERATE) == 1


def test_every_generate_response_lost_still_one_key_via_key_info(
    fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str
) -> None:
    fault.add_rule(DROP_RESPONSE, method="POST", path="/key/generate")
    with LiteLLMClient(fault.base_url, litellm_proxy.master_key) as client:
        info = client.request_key(user_id=user, models=["plain-chat"])
    assert keys_of(admin, user) == [token(info.key)]
    assert fault.count(*GENERATE) == 1


def test_every_response_lost_raises_connection_error_and_leaves_at_most_one_key(
    fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str
) -> None:
    fault.default = DROP_RESPONSE  # POST /key/generate and every GET /key/info lose their answer
    with LiteLLMClient(fault.base_url, litellm_proxy.master_key, max_retries=2) as client:
        with pytest.raises(APIConnectionError) as caught:
            client.request_key(user_id=user, models=["plain-chat"])
    assert caught.value.code == "connection_error"
    assert caught.value.retryable and caught.value.request_sent
    # The SDK cannot tell whether the key exists, so it does not send POST /key/generate again.
    assert fault.count(*GENERATE) == 1
    assert fault.count(*KEY_INFO) == 3  # the lookup itself is idempotent and retried
    assert len(keys_of(admin, user)) <= 1


def test_request_dropped_before_the_proxy_saw_it_is_sent_again_with_the_same_key(
    fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str
) -> None:
    fault.add_rule(DROP_REQUEST, method="POST", path="/key/generate", times=1)
    with LiteLLMClient(fault.base_url, litellm_proxy.master_key) as client:
        info = client.request_key(user_id=user, models=["plain-chat"])
    assert fault.count(*GENERATE) == 2
    assert fault.count(*KEY_INFO) == 1  # answered 404: not created, so sending again is safe
    assert keys_of(admin, user) == [token(info.key)]


def test_a_500_on_generate_is_checked_then_retried_and_leaves_one_key(
    fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str
) -> None:
    boom = Canned(500, json_error(500, "Internal Server Error, connection reset"))
    fault.add_rule(CANNED, method="POST", path="/key/generate", times=1, canned=boom)
    with LiteLLMClient(fault.base_url, litellm_proxy.master_key) as client:
        info = client.request_key(user_id=user, models=["plain-chat"])
    assert fault.count(*GENERATE) == 2
    assert keys_of(admin, user) == [token(info.key)]


# --------------------------------------------------------------------------- timeouts


@pytest.fixture
def hung(litellm_proxy) -> Iterator[FaultProxy]:
    """Accepts every connection, reads the request, never answers."""
    with FaultProxy(litellm_proxy.base_url) as proxy:
        proxy.default = HANG
        yield proxy


def test_hung_server_gives_timeout_error_within_the_bound(hung: FaultProxy, litellm_proxy) -> None:
    timeout, retries = 0.5, 1
    client = LiteLLMClient(hung.base_url, litellm_proxy.master_key, timeout=timeout, max_retries=retries)
    # A lost POST /key/generate answer is followed by GET /key/info (itself retried), never by a blind resend.
    limit = worst_case_seconds(timeout, attempts=1 + (1 + retries), retries=retries)
    error, elapsed = bounded(lambda: client.request_key(models=["plain-chat"]), limit + 10)
    client.close()
    assert isinstance(error, APITimeoutError), error
    assert error.code == "timeout" and error.retryable
    assert elapsed <= limit + 5, f"{elapsed:.1f}s"
    assert elapsed >= timeout
    assert hung.count(*GENERATE) == 1
    # The look-up is retried while the call's deadline allows; on a loaded machine the deadline may refuse the
    # retry (the call never outlives its bound), so one look-up is as right as two. Never more, never none.
    assert 1 <= hung.count(*KEY_INFO) <= 1 + retries


def test_idempotent_call_on_a_hung_server_retries_then_times_out(hung: FaultProxy, litellm_proxy) -> None:
    timeout, retries = 0.4, 2
    client = LiteLLMClient(hung.base_url, litellm_proxy.master_key, timeout=timeout, max_retries=retries)
    limit = worst_case_seconds(timeout, attempts=1 + retries, retries=retries)
    error, elapsed = bounded(lambda: list(client.list_keys(user_id="nobody")), limit + 10)
    client.close()
    assert isinstance(error, APITimeoutError), error
    assert elapsed <= limit + 5
    assert hung.count("GET", "/key/list") == 1 + retries


def test_per_call_timeout_with_options(hung: FaultProxy, litellm_proxy) -> None:
    client = LiteLLMClient(hung.base_url, litellm_proxy.master_key)  # default 30 s read timeout
    quick = client.with_options(timeout=0.3, max_retries=0)
    error, elapsed = bounded(lambda: quick.request_key(models=["plain-chat"]), 15)
    assert isinstance(error, APITimeoutError), error
    assert elapsed <= worst_case_seconds(0.3, attempts=2, retries=0) + 5
    assert client.timeout == DEFAULT_TIMEOUT and client.max_retries == 2  # the original is unchanged
    client.close()


async def test_async_hung_server_gives_timeout_error(hung: FaultProxy, litellm_proxy) -> None:
    timeout = 0.3
    limit = worst_case_seconds(timeout, attempts=2, retries=0) + 5
    async with AsyncLiteLLMClient(hung.base_url, litellm_proxy.master_key, timeout=timeout, max_retries=0) as client:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await asyncio.wait_for(client.request_key(models=["plain-chat"]), limit + 10)
        assert time.monotonic() - started <= limit


# --------------------------------------------------------------------------- proxy down and back


def test_proxy_down_then_back_with_the_same_client(
    fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str
) -> None:
    client = LiteLLMClient(fault.base_url, litellm_proxy.master_key, max_retries=1)
    first = client.request_key(user_id=user, models=["plain-chat"])
    fault.refuse()
    for _ in range(2):
        with pytest.raises(APIConnectionError) as caught:
            client.request_key(user_id=user, models=["plain-chat"])
        error = caught.value
        assert type(error) is APIConnectionError
        assert error.code == "connection_error" and error.retryable and not error.request_sent
        assert error.suggested_action
    fault.resume()
    second = client.request_key(user_id=user, models=["plain-chat"])
    client.close()
    assert sorted(keys_of(admin, user)) == sorted([token(first.key), token(second.key)])


async def test_async_proxy_down_then_back(fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str) -> None:
    async with AsyncLiteLLMClient(fault.base_url, litellm_proxy.master_key, max_retries=1) as client:
        await client.request_key(user_id=user, models=["plain-chat"])
        fault.refuse()
        with pytest.raises(APIConnectionError) as caught:
            await client.request_key(user_id=user, models=["plain-chat"])
        assert caught.value.code == "connection_error" and caught.value.retryable
        fault.resume()
        await client.request_key(user_id=user, models=["plain-chat"])
    assert len(keys_of(admin, user)) == 2


# --------------------------------------------------------------------------- Redis down


def cache_warnings(caplog: pytest.LogCaptureFixture) -> int:
    return sum("continuing without it" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)


def test_redis_down_at_start_and_mid_run(
    litellm_proxy, redis_server, caplog: pytest.LogCaptureFixture, admin: LiteLLMClient, user: str
) -> None:
    import redis

    prefix = f"{unique('fault')}:"
    cache = RedisCache.from_url(redis_server.url, prefix=prefix, socket_connect_timeout=2, socket_timeout=2)
    client = LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key, cache=cache)
    caplog.set_level(logging.INFO, logger="litellm_sdk")
    redis_server.stop()
    try:
        for _ in range(3):  # down from the start
            assert client.request_key(user_id=user, models=["plain-chat"]).model_ids == ("plain-chat",)
        assert cache_warnings(caplog) == 1
    finally:
        redis_server.start()
    caplog.clear()
    client.request_key(user_id=user, models=["plain-chat"])  # back: entries are written again
    raw = redis.Redis.from_url(redis_server.url)
    assert list(raw.scan_iter(match=prefix + "*"))
    assert any("working again" in r.getMessage() for r in caplog.records)
    caplog.clear()
    redis_server.stop()  # mid-run, with pooled connections to the old process
    try:
        for _ in range(3):
            assert client.request_key(user_id=user, models=["plain-chat"]).features.chat
        assert cache_warnings(caplog) == 1
    finally:
        redis_server.start()
    client.close()
    raw.close()
    assert len(keys_of(admin, user)) == 7


async def test_async_redis_down_mid_run(
    litellm_proxy, redis_server, caplog: pytest.LogCaptureFixture, admin: LiteLLMClient, user: str
) -> None:
    cache = AsyncRedisCache.from_url(redis_server.url, prefix=f"{unique('fault')}:", socket_connect_timeout=2)
    caplog.set_level(logging.WARNING, logger="litellm_sdk")
    async with AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key, cache=cache) as client:
        await client.request_key(user_id=user, models=["whisper-1"])
        redis_server.stop()
        try:
            infos = await asyncio.gather(*(client.request_key(user_id=user, models=["whisper-1"]) for _ in range(3)))
            assert all(i.features.audio_transcription for i in infos)
            assert cache_warnings(caplog) == 1
        finally:
            redis_server.start()
    await cache.aclose()
    assert len(keys_of(admin, user)) == 4


# --------------------------------------------------------------------------- 429 / 500 from Prism


def counting_client(base_url: str, prefer: str, seen: list[str]) -> httpx.Client:
    return httpx.Client(
        headers={"Prefer": prefer},
        event_hooks={"request": [lambda r: seen.append(f"{r.method} {r.url.path}")]},
    )


def test_prism_503_is_retried_then_raised(prism: str) -> None:
    seen: list[str] = []
    with LiteLLMClient(prism, "sk-prism-master", http_client=counting_client(prism, "code=503", seen)) as client:
        with pytest.raises(ServerError) as caught:
            list(client.list_keys(user_id="u"))
    assert caught.value.status == 503 and caught.value.retryable
    assert seen == ["GET /key/list"] * 3  # 1 attempt + max_retries (2)


def test_prism_429_with_retry_after_waits_and_retries(prism: str) -> None:
    seen: list[str] = []
    started = time.monotonic()
    with LiteLLMClient(prism, "sk-prism-master", http_client=counting_client(prism, "code=429", seen)) as client:
        with pytest.raises(RateLimitError) as caught:
            list(client.list_keys(user_id="u"))
    assert caught.value.code == "rate_limited" and caught.value.retry_after == 1.0  # the spec's example header
    assert seen == ["GET /key/list"] * 3
    assert time.monotonic() - started >= 1.8  # waited Retry-After (1 s) before each of the 2 retries


def test_prism_500_configuration_error_on_generate_is_not_retried(prism: str) -> None:
    seen: list[str] = []
    with LiteLLMClient(prism, "sk-prism-master", http_client=counting_client(prism, "code=500", seen)) as client:
        with pytest.raises(BadRequestError) as caught:  # the spec's example: "Unsupported duration unit"
            client.request_key(models=["plain-chat"])
    assert not caught.value.retryable
    # sent once; what may follow is the compensation that deletes the key should the 500 have come after it was
    # made (Prism answers that delete with its 500 too)
    assert seen[0] == "POST /key/generate" and set(seen[1:]) <= {"POST /key/delete"}


# --------------------------------------------------------------------------- 429 with Retry-After


def rate_limited(*pairs: tuple[str, str]) -> Canned:
    return Canned(429, json_error(429, "Rate limit reached", "rate_limit_error"), headers(*pairs))


@pytest.mark.parametrize(("header", "value", "wait"), [("Retry-After", "1", 1.0), ("retry-after-ms", "400", 0.4)])
def test_retry_after_is_honoured(
    fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str, header: str, value: str, wait: float
) -> None:
    fault.add_rule(CANNED, method="POST", path="/key/generate", times=1, canned=rate_limited((header, value)))
    with LiteLLMClient(fault.base_url, litellm_proxy.master_key) as client:
        started = time.monotonic()
        info = client.request_key(user_id=user, models=["plain-chat"])
        elapsed = time.monotonic() - started
    assert elapsed >= wait - 0.05
    assert elapsed < wait + 15
    assert fault.count(*GENERATE) == 2
    assert fault.count(*KEY_INFO) == 0  # a 429 never created anything: no lookup needed
    assert keys_of(admin, user) == [token(info.key)]


def test_retry_after_over_the_cap_raises_at_once(
    fault: FaultProxy, litellm_proxy, admin: LiteLLMClient, user: str
) -> None:
    over = RETRY_AFTER_CAP * 6
    fault.add_rule(CANNED, method="POST", path="/key/generate", canned=rate_limited(("Retry-After", f"{over:.0f}")))
    with LiteLLMClient(fault.base_url, litellm_proxy.master_key) as client:
        started = time.monotonic()
        with pytest.raises(RateLimitError) as caught:
            client.request_key(user_id=user, models=["plain-chat"])
        elapsed = time.monotonic() - started
    assert caught.value.retry_after == over
    assert caught.value.retryable
    assert elapsed < 3
    assert fault.count(*GENERATE) == 1
    assert keys_of(admin, user) == []


def test_retry_after_from_the_canned_server_on_an_idempotent_call(canned: CannedServer) -> None:
    ok = Canned(200, b'{"keys": [], "total_pages": 1}')
    canned.play(rate_limited(("Retry-After", "1")), rate_limited(("Retry-After", "1")), ok)
    with LiteLLMClient(canned.base_url, "sk-canned-master") as client:
        started = time.monotonic()
        assert list(client.list_keys(user_id="u")) == []
        elapsed = time.monotonic() - started
    assert canned.count("/key/list") == 3
    assert elapsed >= 2.0 - 0.1
    times = [t for _, _, t in canned.requests]
    assert all(b - a >= 1.0 - 0.05 for a, b in itertools.pairwise(times))


# --------------------------------------------------------------------------- bad bodies

HTML = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"
TRUNCATED = b'{"key": "sk-abc", "models": ["plain-chat"], "expires": "2030-'


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (Canned(200, HTML, headers(content_type="text/html")), InvalidResponseError),
        (Canned(502, HTML, headers(content_type="text/html")), ServerError),
        (Canned(200, TRUNCATED), InvalidResponseError),
        (Canned(500, TRUNCATED), ServerError),
        (Canned(200, b""), InvalidResponseError),
        (Canned(200, b"[1, 2, 3]"), InvalidResponseError),
    ],
    ids=["html-200", "html-502", "truncated-200", "truncated-500", "empty-200", "array-200"],
)
def test_bad_bodies_are_litellm_errors(canned: CannedServer, response: Canned, expected: type[LiteLLMError]) -> None:
    canned.play(response)
    with LiteLLMClient(canned.base_url, "sk-canned-master", max_retries=0) as client:
        with pytest.raises(expected) as caught:
            client.request_key(models=["plain-chat"])
    error = caught.value
    assert len(str(error)) < 2000
    assert "<html" not in error.message.lower()
    if response.status == 502:
        assert "Bad Gateway" in error.message


def peak_during(fn: Callable[[], Any]) -> int:
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("status", [200, 500])
def test_ten_megabytes_of_garbage_is_an_error_with_bounded_memory(canned: CannedServer, status: int) -> None:
    size = 10 * 1024 * 1024
    canned.play(Canned(status, headers=headers(content_type="application/octet-stream"), stream_bytes=size))
    errors: list[LiteLLMError] = []

    def call() -> None:
        with LiteLLMClient(canned.base_url, "sk-canned-master", max_retries=0) as client:
            try:
                client.request_key(models=["plain-chat"])
            except LiteLLMError as exc:
                errors.append(exc)

    peak = peak_during(call)
    assert len(errors) == 1, "a 10 MB garbage body must raise a LiteLLMError"
    assert isinstance(errors[0], InvalidResponseError if status == 200 else ServerError)
    assert len(str(errors[0])) < 2000
    # Measured: 3.0x (200) and 4.0x (500): the joined body, plus json.loads decoding it and the copy of the
    # body a UnicodeDecodeError keeps. Linear in the body and capped by MAX_RESPONSE_BYTES, so bounded.
    assert peak < 4.5 * size, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.0f} MB body"


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "until-close"])
def test_body_over_the_limit_is_refused(canned: CannedServer, monkeypatch: pytest.MonkeyPatch, declared: bool) -> None:
    import litellm_sdk._engine.runner

    limit = 1024 * 1024
    monkeypatch.setattr(litellm_sdk._engine.runner, "MAX_RESPONSE_BYTES", limit)
    canned.play(Canned(200, stream_bytes=8 * limit, length=declared))
    errors: list[LiteLLMError] = []

    def call() -> None:
        with LiteLLMClient(canned.base_url, "sk-canned-master") as client:
            try:
                list(client.list_keys(user_id="u"))
            except LiteLLMError as exc:
                errors.append(exc)

    peak = peak_during(call)
    assert [e.code for e in errors] == ["response_too_large"]
    assert errors[0].retryable is False
    assert canned.count() == 1  # not retried
    assert peak < 3 * limit, f"peak {peak / 1e6:.1f} MB with a {limit / 1e6:.0f} MB limit"


# --------------------------------------------------------------------------- the real proxy stopped (runs last)


def test_zz_real_proxy_stopped_and_restarted(litellm_proxy, admin: LiteLLMClient, user: str) -> None:
    """Stops the session's own LiteLLM (never a reused one) and starts it again on the same port."""
    if not litellm_proxy.controllable or litellm_proxy.leave_running:
        pytest.skip("the proxy is reused (LITELLM_SDK_REUSE_PROXY=1); only a session-owned proxy is stopped")
    client = LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key, max_retries=1)
    client.request_key(user_id=user, models=["plain-chat"])
    litellm_proxy.stop()
    try:
        with pytest.raises(APIConnectionError) as caught:
            client.request_key(user_id=user, models=["plain-chat"])
        assert caught.value.code == "connection_error" and caught.value.retryable
    finally:
        litellm_proxy.start()
    info = client.request_key(user_id=user, models=["plain-chat"])
    client.close()
    assert info.model_ids == ("plain-chat",)
    assert len(keys_of(admin, user)) == 2
