"""A call stopped anywhere leaves no key that nobody holds: request_key, ensure_key and regenerate_key
cancelled or interrupted (KeyboardInterrupt) after each of their steps, logins abandoned by ``wait_for``, and a call
that fails after its key was made, all over the in-memory LiteLLM stand-in."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from litellm_sdk import AsyncLiteLLMClient, LiteLLMClient, ServerError

from .._concurrent import async_client, sync_client
from .._fake_proxy import FakeProxy

# --------------------------------------------------------------------------- cancellation and interruption


def _steps_of(proxy: FakeProxy) -> int:
    return len(proxy.calls)


async def _count_steps(call: Callable[[AsyncLiteLLMClient], Any]) -> int:
    proxy = FakeProxy()
    await call(async_client(proxy, proxy.handle))
    return _steps_of(proxy)


REQUEST_KEY: Callable[[Any], Any] = lambda c: c.request_key(user_id="u1", models=["mock/*"])  # noqa: E731


ENSURE_KEY: Callable[[Any], Any] = lambda c: c.ensure_key(user_id="u1", models=["plain-chat"])  # noqa: E731


@pytest.mark.parametrize("operation", [REQUEST_KEY, ENSURE_KEY], ids=["request_key", "ensure_key"])
@pytest.mark.parametrize("when", ["before_sent", "after_answered"])
async def test_a_call_cancelled_after_any_step_leaves_no_key(operation: Callable[[Any], Any], when: str) -> None:
    steps = await _count_steps(operation)
    assert steps >= 2
    for step in range(1, steps + 1):
        proxy = FakeProxy()
        seen = 0

        async def handler(request: httpx.Request, step: int = step, proxy: FakeProxy = proxy) -> httpx.Response:
            nonlocal seen
            seen += 1
            if seen == step and when == "before_sent":
                task = asyncio.current_task()
                assert task is not None
                task.cancel()
                await asyncio.sleep(0)
            response = proxy.handle(request)
            if seen == step and when == "after_answered":
                task = asyncio.current_task()
                assert task is not None
                task.cancel()
                await asyncio.sleep(0)
            return response

        client = async_client(proxy, handler)
        task = asyncio.create_task(operation(client))
        with pytest.raises(asyncio.CancelledError):
            await task
        assert proxy.keys == {}, f"cancelled {when} step {step}: a key nobody holds is left"


async def test_five_logins_abandoned_by_wait_for_leave_no_orphan_key() -> None:
    proxy = FakeProxy()

    async def handler(request: httpx.Request) -> httpx.Response:
        response = proxy.handle(request)
        if request.url.path == "/model_group/info":
            await asyncio.sleep(0.5)  # the proxy is slow right after the key was made
        return response

    client = async_client(proxy, handler)
    for i in range(5):
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(client.request_key(user_id=f"u{i}", models=["mock/*"]), 0.05)
    assert proxy.count("/key/generate") == 5
    assert proxy.keys == {}


@pytest.mark.parametrize("operation", ["request_key", "ensure_key"])
def test_keyboard_interrupt_after_any_step_leaves_no_key(operation: str) -> None:
    def call(client: LiteLLMClient) -> Any:
        if operation == "request_key":
            return client.request_key(user_id="u1", models=["mock/*"])
        return client.ensure_key(user_id="u1", models=["plain-chat"])

    counting = FakeProxy()
    call(sync_client(counting, counting.handle))
    for step in range(1, len(counting.calls) + 1):
        proxy = FakeProxy()
        seen = 0

        def handler(request: httpx.Request, step: int = step, proxy: FakeProxy = proxy) -> httpx.Response:
            nonlocal seen
            seen += 1
            response = proxy.handle(request)
            if seen == step:
                raise KeyboardInterrupt
            return response

        with pytest.raises(KeyboardInterrupt):
            call(sync_client(proxy, handler))
        assert proxy.keys == {}, f"interrupted after step {step}: a key nobody holds is left"


@pytest.mark.parametrize("when", ["before_sent", "after_answered"])
async def test_a_rotation_cancelled_after_any_step_leaves_no_key_nobody_holds(when: str) -> None:
    counting = FakeProxy()
    counter = async_client(counting, counting.handle)
    original = await counter.request_key(user_id="u1", models=["mock/*"])
    before = len(counting.calls)
    await counter.regenerate_key(original.key)
    steps = len(counting.calls) - before
    assert steps >= 2
    for step in range(1, steps + 1):
        proxy = FakeProxy()
        client = async_client(proxy, proxy.handle)
        info = await client.request_key(user_id="u1", models=["mock/*"])
        seen = 0

        async def handler(request: httpx.Request, step: int = step, proxy: FakeProxy = proxy) -> httpx.Response:
            nonlocal seen
            seen += 1
            if seen == step and when == "before_sent":
                asyncio.current_task().cancel()  # type: ignore[union-attr]
                await asyncio.sleep(0)
            response = proxy.handle(request)
            if seen == step and when == "after_answered":
                asyncio.current_task().cancel()  # type: ignore[union-attr]
                await asyncio.sleep(0)
            return response

        rotating = async_client(proxy, handler)
        with pytest.raises(asyncio.CancelledError):
            await asyncio.create_task(rotating.regenerate_key(info.key))
        # the old key survives (rotation never happened) or is gone with its replacement: never a key nobody holds
        assert list(proxy.keys) in ([info.key], []), f"cancelled {when} step {step}"


async def test_a_call_that_fails_after_the_key_was_made_deletes_it() -> None:
    proxy = FakeProxy()
    proxy.faults["/model_group/info"] = [lambda r: httpx.Response(503, text="down")] * 3
    client = async_client(proxy, proxy.handle)
    with pytest.raises(ServerError):
        await client.request_key(user_id="u1", models=["mock/*"])
    assert proxy.count("/key/generate") == 1
    assert proxy.keys == {}
