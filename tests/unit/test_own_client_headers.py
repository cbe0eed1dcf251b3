"""A client the SDK makes for itself carries the master key's headers as its defaults (so a request adds
none); every request still goes out with exactly one Authorization, the right one, plus our Accept and
User-Agent. A user's own client gets all three on every request and keeps its other headers."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from litellm_sdk import AsyncLiteLLMClient, KeyClient, LiteLLMClient, NotFoundError
from litellm_sdk._engine.steps import USER_AGENT

from ._fake_proxy import FakeProxy

BASE = "http://litellm.test"


def _inject(monkeypatch: pytest.MonkeyPatch, proxy: FakeProxy, seen: list[httpx.Request]) -> None:
    """Give the clients the SDK makes a transport that records and answers like the fake proxy."""
    real_sync, real_async = httpx.Client, httpx.AsyncClient

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return proxy.handle(request)

    def sync(**kwargs: Any) -> httpx.Client:
        return real_sync(transport=httpx.MockTransport(handle), **kwargs)

    def asynchronous(**kwargs: Any) -> httpx.AsyncClient:
        return real_async(transport=httpx.MockTransport(handle), **kwargs)

    monkeypatch.setattr(httpx, "Client", sync)
    monkeypatch.setattr(httpx, "AsyncClient", asynchronous)


def _auth(request: httpx.Request) -> list[str]:
    return request.headers.get_list("authorization")


def _ours(request: httpx.Request) -> bool:
    return request.headers["accept"] == "application/json" and request.headers["user-agent"] == USER_AGENT


def test_an_sdk_made_client_sends_one_right_authorization_per_request(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = FakeProxy()
    seen: list[httpx.Request] = []
    _inject(monkeypatch, proxy, seen)
    with LiteLLMClient(BASE, proxy.master_key) as client:
        info = client.request_key(user_id="u1", models=["gpt-4o-vision"])
    generate, groups = seen[0], seen[1]
    assert generate.url.path == "/key/generate" and _auth(generate) == [f"Bearer {proxy.master_key}"]
    assert groups.url.path == "/model_group/info" and _auth(groups) == [f"Bearer {info.key}"]  # the new key's own
    assert all(_ours(r) for r in seen)


def test_an_sdk_made_async_client_sends_one_right_authorization(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = FakeProxy()
    seen: list[httpx.Request] = []
    _inject(monkeypatch, proxy, seen)

    async def main() -> str:
        async with AsyncLiteLLMClient(BASE, proxy.master_key) as client:
            return (await client.request_key(user_id="u1", models=["gpt-4o-vision"])).key

    key = asyncio.run(main())
    assert [_auth(r) for r in seen] == [[f"Bearer {proxy.master_key}"], [f"Bearer {key}"]]
    assert all(_ours(r) for r in seen)


def test_a_key_client_made_by_the_sdk_sends_its_key(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = FakeProxy()
    seen: list[httpx.Request] = []
    _inject(monkeypatch, proxy, seen)
    with KeyClient("sk-user-key-123456", BASE) as client:
        with pytest.raises(NotFoundError):  # the fake proxy has no chat route; the request is what counts
            client.chat("plain-chat", [{"role": "user", "content": "hi"}], check=False)
    assert seen and all(_auth(r) == ["Bearer sk-user-key-123456"] and _ours(r) for r in seen)


def test_a_users_client_keeps_its_headers_and_gets_ours_over_its_authorization() -> None:
    proxy = FakeProxy()
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return proxy.handle(request)

    http = httpx.Client(
        transport=httpx.MockTransport(handle), headers={"authorization": "Bearer theirs", "x-tenant": "t1"}
    )
    client = LiteLLMClient(BASE, proxy.master_key, http_client=http)
    info = client.request_key(user_id="u1", models=["gpt-4o-vision"])
    assert [_auth(r) for r in seen] == [[f"Bearer {proxy.master_key}"], [f"Bearer {info.key}"]]
    assert all(r.headers["x-tenant"] == "t1" and _ours(r) for r in seen)
    assert http.headers["authorization"] == "Bearer theirs"  # their client is not changed
