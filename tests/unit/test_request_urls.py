"""The runners build each request's URL themselves: a query encoded exactly as httpx would encode ``params=``
(so one URL parse per request instead of two), and the parsed URL of a request without a query kept and reused.
A user's client with default params of its own still gets them merged by httpx."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from litellm_sdk import AsyncLiteLLMClient, LiteLLMClient
from litellm_sdk._constants import URL_CACHE_SIZE
from litellm_sdk._engine.http import SyncRunner, encode_query
from litellm_sdk._engine.steps import Context, Request

from ._fake_proxy import FakeProxy

BASE = "http://litellm.test"

_scalars = st.one_of(
    st.text(max_size=12),
    st.integers(),
    st.floats(allow_nan=False),
    st.booleans(),
    st.none(),
)
_params = st.dictionaries(
    st.text(min_size=1, max_size=8), st.one_of(_scalars, st.lists(_scalars, max_size=3)), max_size=4
)


_BUILDER = httpx.Client()  # build_request does no I/O


def _httpx_url(params: dict[str, Any]) -> httpx.URL:
    return _BUILDER.build_request("GET", BASE + "/key/list", params=params).url


@settings(deadline=None)  # a loaded CI machine makes single examples slow; the search, not the time, is the test
@given(_params)
def test_the_query_is_what_httpx_makes_of_the_same_params(params: dict[str, Any]) -> None:
    ours = httpx.URL(f"{BASE}/key/list?{encode_query(params)}" if params else f"{BASE}/key/list")
    assert ours == _httpx_url(params)
    assert ours.params == _httpx_url(params).params


@pytest.mark.parametrize(
    ("params", "query"),
    [
        ({"a": True, "b": False, "c": None}, "a=true&b=false&c="),
        ({"m": ["x", "y"], "n": []}, "m=x&m=y"),
        ({"s": "a b&c=d/é"}, "s=a+b%26c%3Dd%2F%C3%A9"),
        ({1: 2.5}, "1=2.5"),
    ],
)
def test_the_query_of_each_kind_of_value(params: dict[Any, Any], query: str) -> None:
    assert encode_query(params) == query


def _recording(seen: list[httpx.Request], proxy: FakeProxy, **options: Any) -> httpx.Client:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return proxy.handle(request)

    return httpx.Client(transport=httpx.MockTransport(handle), **options)


def test_describe_key_asks_by_token_id_in_one_query_parameter() -> None:
    proxy = FakeProxy()
    seen: list[httpx.Request] = []
    with _recording(seen, proxy) as http, LiteLLMClient(BASE, proxy.master_key, http_client=http) as client:
        info = client.request_key(user_id="u1", models=["gpt-4o-vision"])
        seen.clear()
        client.describe_key(info.key)
    info_request = seen[0]
    assert info_request.url.path == "/key/info"
    assert list(info_request.url.params.multi_items()) == [("key", info.token_id)]
    assert info.key not in str(info_request.url)


def test_a_user_client_with_params_of_its_own_gets_them_and_ours() -> None:
    proxy = FakeProxy()
    seen: list[httpx.Request] = []
    with (
        _recording(seen, proxy, params={"trace": "on"}) as http,
        LiteLLMClient(BASE, proxy.master_key, http_client=http) as client,
    ):
        info = client.request_key(user_id="u1", models=["gpt-4o-vision"])
        seen.clear()
        client.describe_key(info.key)
        list(client.list_keys(user_id="u1", page_size=5))
    describe, listing = seen[0], seen[-1]
    assert describe.url.params["trace"] == "on" and describe.url.params["key"] == info.token_id
    assert listing.url.params["trace"] == "on" and listing.url.params["user_id"] == "u1"
    assert listing.url.params["size"] == "5"


def test_a_url_without_a_query_is_parsed_once_and_reused() -> None:
    runner = SyncRunner(httpx.Client(), None)
    ctx = Context(base_url=BASE, master_key="sk-master-test-0123456789")
    first, params = runner._url(ctx, Request("POST", "/key/generate"))
    again, _ = runner._url(ctx, Request("POST", "/key/generate"))
    assert isinstance(first, httpx.URL) and first is again and params is None
    assert str(first) == BASE + "/key/generate"
    other, _ = runner._url(ctx, Request("GET", "/model_group/info"))
    assert other is not first and str(other) == BASE + "/model_group/info"
    with_query, _ = runner._url(ctx, Request("GET", "/key/info", params={"key": "abc"}))
    assert with_query == BASE + "/key/info?key=abc"  # a per-call value: text, not kept
    assert len(runner._urls) == 2
    runner.close()


def test_the_kept_urls_are_bounded() -> None:
    runner = SyncRunner(httpx.Client(), None)
    ctx = Context(base_url=BASE, master_key="sk-master-test-0123456789")
    for n in range(URL_CACHE_SIZE * 3):
        url, _ = runner._url(ctx, Request("POST", f"/key/{n}/regenerate"))
        assert str(url) == f"{BASE}/key/{n}/regenerate"
        assert len(runner._urls) <= URL_CACHE_SIZE
    assert len(runner._urls) >= 1
    runner.close()


def test_the_async_client_sends_the_same_urls() -> None:
    proxy = FakeProxy()
    seen: list[httpx.Request] = []

    async def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return proxy.handle(request)

    async def main() -> str:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handle))
        async with http, AsyncLiteLLMClient(BASE, proxy.master_key, http_client=http) as client:
            info = await client.request_key(user_id="u1", models=["gpt-4o-vision"])
            await client.request_key(user_id="u2", models=["gpt-4o-vision"])
            await client.describe_key(info.key)
            return info.token_id or ""

    token_id = asyncio.run(main())
    assert [str(r.url) for r in seen] == [
        BASE + "/key/generate",
        BASE + "/model_group/info",
        BASE + "/key/generate",
        f"{BASE}/key/info?key={token_id}",
    ]


def test_a_user_hook_that_rewrites_the_url_never_changes_the_kept_one() -> None:
    """A hook of yours rewriting each request's URL (here: a path prefix for a gateway in front) acts on every
    request alike: the URL the client keeps is never changed by it; the mount still routes by URL."""
    proxy = FakeProxy()
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        inner = httpx.Request(
            request.method,
            str(request.url).replace("/gw", "", 1),
            headers=request.headers,
            content=request.content,
        )
        return proxy.handle(inner)

    def prefix(request: httpx.Request) -> None:
        request.url = request.url.copy_with(path="/gw" + request.url.path)

    http = httpx.Client(mounts={"http://litellm.test": httpx.MockTransport(handle)}, event_hooks={"request": [prefix]})
    with http, LiteLLMClient(BASE, proxy.master_key, http_client=http) as client:
        for user in ("u1", "u2", "u3"):
            client.request_key(user_id=user, models=["gpt-4o-vision"])
    assert seen.count(BASE + "/gw/key/generate") == 3
    assert all("/gw/gw" not in url for url in seen)
