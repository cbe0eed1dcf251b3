"""Load against the real proxy: 200 concurrent async calls, 16 threads on one client, no fd leak, single flight."""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from collections.abc import Iterator

import httpx
import pytest

from litellm_sdk import AsyncLiteLLMClient, InMemoryCache, LiteLLMClient

from ._faults import fd_count
from ._helpers import unique

FD_SLACK = 4
DELETE_BATCH = 50


@pytest.fixture
def admin(litellm_proxy) -> Iterator[LiteLLMClient]:
    with LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key) as client:
        yield client


def delete_all(admin: LiteLLMClient, keys: list[str]) -> None:
    for start in range(0, len(keys), DELETE_BATCH):
        admin.delete_keys(*keys[start : start + DELETE_BATCH])


def settle_fds() -> int:
    """The fd count once closed sockets are really gone (collect cycles, give the loop a moment)."""
    gc.collect()
    time.sleep(0.2)
    return fd_count()


async def test_200_concurrent_async_request_keys(litellm_proxy, admin: LiteLLMClient) -> None:
    user_id = unique("load-async")
    before = settle_fds()
    client = AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key)
    started = time.monotonic()
    results = await asyncio.gather(
        *(client.request_key(user_id=user_id, models=["plain-chat"], duration="10m") for _ in range(200)),
        return_exceptions=True,
    )
    elapsed = time.monotonic() - started
    await client.close()
    errors = [r for r in results if isinstance(r, BaseException)]
    keys = [r.key for r in results if not isinstance(r, BaseException)]
    try:
        assert not errors, f"{len(errors)} of 200 failed after {elapsed:.1f}s, first: {errors[0]!r}"
        assert len(set(keys)) == 200
        assert all(r.model_ids == ("plain-chat",) for r in results if not isinstance(r, BaseException))
        assert len(list(admin.list_keys(user_id=user_id))) == 200
    finally:
        delete_all(admin, keys)
    after = settle_fds()
    assert after <= before + FD_SLACK, f"fds {before} -> {after}"


def test_16_threads_share_one_client(litellm_proxy, admin: LiteLLMClient) -> None:
    user_id = unique("load-threads")
    before = settle_fds()
    client = LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key)
    barrier = threading.Barrier(16)
    keys: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def worker() -> None:
        barrier.wait()
        for _ in range(5):
            try:
                info = client.request_key(user_id=user_id, models=["plain-chat", "whisper-1"], duration="10m")
            except BaseException as exc:
                with lock:
                    errors.append(exc)
            else:
                with lock:
                    keys.append(info.key)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(300)
    assert not any(t.is_alive() for t in threads), "a worker thread hangs"
    client.close()
    try:
        assert not errors, f"{len(errors)} of 80 failed, first: {errors[0]!r}"
        assert len(set(keys)) == 80
        assert len(list(admin.list_keys(user_id=user_id))) == 80
    finally:
        delete_all(admin, keys)
    after = settle_fds()
    assert after <= before + FD_SLACK, f"fds {before} -> {after}"


async def test_cold_cache_under_concurrency_fetches_capabilities_once(litellm_proxy, admin: LiteLLMClient) -> None:
    user_id = unique("load-flight")
    fetches: list[str] = []

    async def count(request: httpx.Request) -> None:
        if request.url.path == "/model_group/info":
            fetches.append(request.url.path)

    client = AsyncLiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key, cache=InMemoryCache())
    client._runner.client.event_hooks["request"].append(count)
    results = await asyncio.gather(
        *(client.request_key(user_id=user_id, models=["gpt-4o-vision", "dall-e-3"], duration="10m") for _ in range(50))
    )
    # A second wave with other models on the same client: one more fetch for that cache key.
    more = await asyncio.gather(
        *(client.request_key(user_id=user_id, models=["text-embedding-3-small"], duration="10m") for _ in range(10))
    )
    await client.close()
    keys = [r.key for r in (*results, *more)]
    try:
        assert len(set(keys)) == 60
        assert all(r.features.vision and r.features.image_generation for r in results)
        assert all(r.features.embeddings for r in more)
        assert len(fetches) == 2, fetches
    finally:
        delete_all(admin, keys)


def test_threads_on_a_cold_cache_fetch_once(litellm_proxy, admin: LiteLLMClient) -> None:
    user_id = unique("load-flight-sync")
    fetches: list[str] = []
    client = LiteLLMClient(litellm_proxy.base_url, litellm_proxy.master_key, cache=InMemoryCache())
    client._runner.client.event_hooks["request"].append(
        lambda r: fetches.append(r.url.path) if r.url.path == "/model_group/info" else None
    )
    barrier = threading.Barrier(16)
    keys: list[str] = []

    def worker() -> None:
        barrier.wait()
        keys.append(client.request_key(user_id=user_id, models=["plain-chat", "dall-e-3"], duration="10m").key)

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    client.close()
    try:
        assert len(set(keys)) == 16
        assert len(fetches) == 1, fetches
    finally:
        delete_all(admin, keys)
