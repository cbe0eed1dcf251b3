"""What every request carries on the wire. The runners build each URL themselves: a query encoded exactly as
httpx would encode ``params=``, the parsed URL of a request without a query kept and reused, a user's client with
default params of its own still gets them merged. A client the SDK makes for itself carries the master key's headers
as its defaults; every request goes out with exactly one Authorization, the right one, plus our Accept and
User-Agent; a user's own client keeps its other headers, and an exception raised by its hooks reaches the caller."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from litellm_sdk import AsyncLiteLLMClient, KeyClient, LiteLLMClient, NotFoundError
from litellm_sdk._constants import URL_CACHE_SIZE
from litellm_sdk._engine.http import SyncRunner
from litellm_sdk._engine.runner import encode_query
from litellm_sdk._engine.steps import USER_AGENT, Context, Request

from .._concurrent import no_backoff
from .._fake_proxy import FakeProxy

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
    budget_reads = [str(r.url) for r in seen if r.url.path == "/v2/user/info"]  # read beside the others, in no order
    assert [str(r.url) for r in seen if r.url.path != "/v2/user/info"] == [
        BASE + "/key/generate",
        BASE + "/model_group/info",
        BASE + "/key/generate",
        f"{BASE}/key/info?key={token_id}",
    ]
    assert budget_reads == [f"{BASE}/v2/user/info?user_id=u{n}" for n in (1, 2, 1)]  # describe_key reads it fresh


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
    sent = {r.url.path: r for r in seen}
    assert [r.url.path for r in seen if r.url.path != "/v2/user/info"] == ["/key/generate", "/model_group/info"]
    assert _auth(sent["/key/generate"]) == [f"Bearer {proxy.master_key}"]
    assert _auth(sent["/model_group/info"]) == [f"Bearer {info.key}"]  # the new key's own
    assert _auth(sent["/v2/user/info"]) == [f"Bearer {proxy.master_key}"]  # the user's budget, read at the same time
    assert all(_ours(r) for r in seen)


def test_an_sdk_made_async_client_sends_one_right_authorization(monkeypatch: pytest.MonkeyPatch) -> None:
    proxy = FakeProxy()
    seen: list[httpx.Request] = []
    _inject(monkeypatch, proxy, seen)

    async def main() -> str:
        async with AsyncLiteLLMClient(BASE, proxy.master_key) as client:
            return (await client.request_key(user_id="u1", models=["gpt-4o-vision"])).key

    key = asyncio.run(main())
    assert len(seen) == 3 and {r.url.path: _auth(r) for r in seen} == {
        "/key/generate": [f"Bearer {proxy.master_key}"],
        "/model_group/info": [f"Bearer {key}"],
        "/v2/user/info": [f"Bearer {proxy.master_key}"],  # the user's budget, read at the same time
    }
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
    auths = {r.url.path: _auth(r) for r in seen}
    assert len(seen) == 3 and auths == {
        "/key/generate": [f"Bearer {proxy.master_key}"],
        "/model_group/info": [f"Bearer {info.key}"],
        "/v2/user/info": [f"Bearer {proxy.master_key}"],
    }
    assert all(r.headers["x-tenant"] == "t1" and _ours(r) for r in seen)
    assert http.headers["authorization"] == "Bearer theirs"  # their client is not changed


# --------------------------------------------------------------------------- the user's own http_client


def test_a_raising_response_hook_reaches_the_caller_and_is_not_retried() -> None:
    proxy = FakeProxy()
    proxy.faults["/key/generate"] = [lambda r: httpx.Response(500, text="boom")] * 3
    http = httpx.Client(transport=proxy.transport(), event_hooks={"response": [lambda r: r.raise_for_status()]})
    client = no_backoff(LiteLLMClient(BASE, proxy.master_key, http_client=http, max_retries=2))
    with pytest.raises(httpx.HTTPStatusError):
        client.request_key(user_id="u1")
    assert proxy.count("/key/generate") == 1


async def test_a_raising_async_hook_reaches_the_caller() -> None:
    proxy = FakeProxy()

    class HookError(Exception):
        pass

    async def hook(request: httpx.Request) -> None:
        raise HookError("mine")

    http = httpx.AsyncClient(transport=httpx.MockTransport(proxy.handle), event_hooks={"request": [hook]})
    client = AsyncLiteLLMClient(BASE, proxy.master_key, http_client=http)
    with pytest.raises(HookError):
        await client.request_key(user_id="u1")
    assert proxy.calls == []
