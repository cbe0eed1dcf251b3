"""Clients over tests/unit/_fake_proxy.py for calls that really run at once (asyncio tasks, threads): no backoff
between retries, handlers that hold every ``/model_group/info`` until all callers made their key, and a way to run
calls in threads."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from typing import Any

import httpx

from litellm_sdk import AsyncLiteLLMClient, LiteLLMClient

from ._fake_proxy import GROUPS, FakeProxy
from ._ops import BASE

SERVABLE_ALL = tuple(sorted(GROUPS))


def no_backoff(client: Any) -> Any:
    client._ctx = client._ctx.__class__(
        base_url=client._ctx.base_url,
        master_key=client._ctx.master_key,
        retry=client._ctx.retry.__class__(max_retries=client.max_retries, initial=0.0, maximum=0.0),
    )
    return client


def async_client(proxy: FakeProxy, handler: Callable[..., Any], **kwargs: Any) -> AsyncLiteLLMClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return no_backoff(AsyncLiteLLMClient(BASE, proxy.master_key, http_client=http, **kwargs))  # type: ignore[no-any-return]


def sync_client(proxy: FakeProxy, handler: Callable[..., Any], **kwargs: Any) -> LiteLLMClient:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return no_backoff(LiteLLMClient(BASE, proxy.master_key, http_client=http, **kwargs))  # type: ignore[no-any-return]


def gated_async(proxy: FakeProxy, callers: int) -> Callable[[httpx.Request], Any]:
    """Holds every /model_group/info until ``callers`` keys exist, so all calls are in flight at once."""

    async def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info":
            for _ in range(200):
                if proxy.count("/key/generate") >= callers:
                    break
                await asyncio.sleep(0.005)
            await asyncio.sleep(0.01)
        return proxy.handle(request)

    return handler


def gated_sync(proxy: FakeProxy, callers: int) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/model_group/info":
            for _ in range(200):
                if proxy.count("/key/generate") >= callers:
                    break
                time.sleep(0.005)
            time.sleep(0.02)
        return proxy.handle(request)

    return handler


def run_threads(*calls: Callable[[], Any]) -> list[Any]:
    results: list[Any] = [None] * len(calls)

    def run(i: int) -> None:
        try:
            results[i] = calls[i]()
        except Exception as exc:
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    return results
