"""``client.api``, the low-level client over the configured httpx client: what each request carries (base URL,
headers, the master key, cookies, timeout, the client's hooks and mounts), that answers come back whole (status,
headers, body, extensions), that closing the shell never closes the configured client, and when a shell counts as
closed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from litellm_sdk import AsyncLiteLLMClient, LiteLLMClient
from litellm_sdk._api import generated_client, is_closed

BASE = "http://litellm.test/prefix"
MASTER = "sk-master-aaaaaaaaaaaa"
TIMEOUT = httpx.Timeout(4.0, read=9.0)


class Seen:
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.url.path.endswith("/moved"):
            return httpx.Response(302, headers={"location": "/prefix/landed"})
        return httpx.Response(
            201,
            headers={"x-litellm-call-id": "call-1", "content-type": "application/json"},
            content=b'{"ok": true}',
            extensions={"http_version": b"HTTP/2", "reason_phrase": b"Made It"},
        )


def test_sync_shell_sends_through_the_configured_client_with_its_settings() -> None:
    seen = Seen()
    http = httpx.Client(
        transport=httpx.MockTransport(seen),
        headers={"X-Tenant": "t1", "Authorization": "Bearer not-this-one"},
        cookies={"session": "c1"},
    )
    api = generated_client(http, BASE, MASTER, TIMEOUT)
    shell = api.get_httpx_client()
    response = shell.get("/health")
    assert response.status_code == 201
    assert response.headers["x-litellm-call-id"] == "call-1"
    assert response.json() == {"ok": True}
    assert response.http_version == "HTTP/2"
    assert response.reason_phrase == "Made It"
    request = seen.requests[-1]
    assert str(request.url) == "http://litellm.test/prefix/health"
    assert request.headers["X-Tenant"] == "t1"
    assert request.headers["Authorization"] == f"Bearer {MASTER}"  # the master key wins over the client's own
    assert request.headers["Cookie"] == "session=c1"
    assert request.extensions["timeout"] == {"connect": 4.0, "read": 9.0, "write": 4.0, "pool": 4.0}
    assert not is_closed(api)
    shell.close()  # what leaving `with client.api:` does
    assert is_closed(api)
    assert not http.is_closed  # the configured client outlives the shell
    http.get("http://litellm.test/prefix/again")
    assert seen.requests[-1].url.path == "/prefix/again"


@pytest.mark.parametrize("follow", [False, True])
def test_sync_shell_redirects_as_the_configured_client_does(follow: bool) -> None:
    seen = Seen()
    http = httpx.Client(transport=httpx.MockTransport(seen), follow_redirects=follow)
    shell = generated_client(http, BASE, MASTER, TIMEOUT).get_httpx_client()
    response = shell.get("/moved")
    assert shell.follow_redirects is follow
    assert response.status_code == (201 if follow else 302)
    assert [r.url.path for r in seen.requests] == (["/prefix/moved", "/prefix/landed"] if follow else ["/prefix/moved"])


def test_async_shell_sends_through_the_configured_client_with_its_settings() -> None:
    seen = Seen()

    async def run() -> None:
        http = httpx.AsyncClient(
            transport=httpx.MockTransport(seen), headers={"X-Tenant": "t2"}, cookies={"session": "c2"}
        )
        api = generated_client(http, BASE, MASTER, TIMEOUT)
        shell = api.get_async_httpx_client()
        assert shell.follow_redirects is False
        response = await shell.get("/health")
        assert response.status_code == 201
        assert response.headers["x-litellm-call-id"] == "call-1"
        assert response.json() == {"ok": True}
        assert response.http_version == "HTTP/2"
        request = seen.requests[-1]
        assert str(request.url) == "http://litellm.test/prefix/health"
        assert request.headers["X-Tenant"] == "t2"
        assert request.headers["Authorization"] == f"Bearer {MASTER}"
        assert request.headers["Cookie"] == "session=c2"
        assert request.extensions["timeout"] == {"connect": 4.0, "read": 9.0, "write": 4.0, "pool": 4.0}
        assert not is_closed(api)
        await shell.aclose()
        assert is_closed(api)
        assert not http.is_closed
        await http.get("http://litellm.test/x")
        await http.aclose()

        follows = httpx.AsyncClient(transport=httpx.MockTransport(seen), follow_redirects=True)
        fshell = generated_client(follows, BASE, MASTER, TIMEOUT).get_async_httpx_client()
        assert fshell.follow_redirects is True
        assert (await fshell.get("/moved")).status_code == 201
        await follows.aclose()

    asyncio.run(run())


def test_a_shell_not_made_yet_is_not_closed() -> None:
    from litellm_proxy_client import AuthenticatedClient

    bare = AuthenticatedClient(base_url=BASE, token=MASTER)
    assert not is_closed(bare)  # no shell yet: the generated client makes one on first use
    assert not is_closed(object())  # type: ignore[arg-type]


def test_answers_stream_through_the_shell_read_once() -> None:
    """The shell hands on the configured client's body stream unread, so streamed answers (SSE) arrive as they
    come and a body that can be read only once (a socket's) is read once, by the caller."""

    def pieces() -> Iterator[bytes]:
        yield b'{"ok": '
        yield b"true}"

    http = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=pieces())))
    shell = generated_client(http, BASE, MASTER, TIMEOUT).get_httpx_client()
    with shell.stream("GET", "/stream") as response:
        assert list(response.iter_bytes()) == [b'{"ok": ', b"true}"]

    async def apieces() -> AsyncIterator[bytes]:
        yield b'{"ok": '
        yield b"true}"

    async def run() -> None:
        ahttp = httpx.AsyncClient(transport=httpx.MockTransport(lambda r: httpx.Response(200, content=apieces())))
        ashell = generated_client(ahttp, BASE, MASTER, TIMEOUT).get_async_httpx_client()
        async with ashell.stream("GET", "/stream") as response:
            assert [chunk async for chunk in response.aiter_bytes()] == [b'{"ok": ', b"true}"]
        await ahttp.aclose()

    asyncio.run(run())


def test_the_generated_client_itself_carries_base_url_master_key_and_timeout() -> None:
    """What the generated client builds on its own (copies made by with_headers / with_timeout, or the async
    twin of a sync client's api) points at the same proxy with the master key and timeout."""
    http = httpx.Client(transport=httpx.MockTransport(Seen()))
    api = generated_client(http, BASE, MASTER, TIMEOUT)
    assert api.token == MASTER
    own = api.with_headers({"X-Extra": "1"}).get_httpx_client()  # a copy: builds its own httpx client
    assert own is not api.get_httpx_client()
    assert str(own.base_url) == BASE + "/"
    assert own.headers["Authorization"] == f"Bearer {MASTER}"
    assert own.timeout == TIMEOUT
    twin = api.get_async_httpx_client()
    assert str(twin.base_url) == BASE + "/"
    assert twin.headers["Authorization"] == f"Bearer {MASTER}"
    assert twin.timeout == TIMEOUT


def test_client_api_uses_the_configured_client_with_its_hooks_headers_and_mounts() -> None:
    from litellm_proxy_client.api.health import health_liveliness_health_liveliness_get as liveliness

    seen: list[httpx.Request] = []
    answered = httpx.MockTransport(lambda r: (seen.append(r), httpx.Response(200, json="I'm alive!"))[1])
    unused = httpx.MockTransport(lambda r: httpx.Response(599))
    hooks: list[str] = []
    http = httpx.Client(
        transport=unused,
        mounts={"http://litellm.test": answered},
        headers={"X-Tenant": "t1"},
        event_hooks={"request": [lambda r: hooks.append(r.url.path)]},
    )
    client = LiteLLMClient("http://litellm.test", "sk-master-aaaaaaaaaaaa", http_client=http, timeout=7.0)
    with client.api as api:
        response = liveliness.sync_detailed(client=api)
    assert response.status_code == 200
    assert hooks == ["/health/liveliness"]
    assert seen[0].headers["X-Tenant"] == "t1"
    assert seen[0].headers["Authorization"] == "Bearer sk-master-aaaaaaaaaaaa"
    assert seen[0].extensions["timeout"]["read"] == 7.0
    assert not http.is_closed  # `with client.api:` closed only its own shell
    liveliness.sync_detailed(client=client.api)
    assert len(seen) == 2
    clone = client.with_options(timeout=3.0)
    liveliness.sync_detailed(client=clone.api)
    assert seen[-1].extensions["timeout"]["read"] == 3.0
    assert client.api is not clone.api


async def test_async_client_api_shares_the_configured_client() -> None:
    from litellm_proxy_client.api.health import health_liveliness_health_liveliness_get as liveliness

    hooks: list[str] = []

    async def hook(request: httpx.Request) -> None:
        hooks.append(request.url.path)

    http = httpx.AsyncClient(
        transport=httpx.MockTransport(lambda r: httpx.Response(200, json="I'm alive!")), event_hooks={"request": [hook]}
    )
    client = AsyncLiteLLMClient("http://litellm.test", "sk-master-aaaaaaaaaaaa", http_client=http)
    async with client.api as api:
        response = await liveliness.asyncio_detailed(client=api)
    assert response.status_code == 200 and hooks == ["/health/liveliness"]
    assert not http.is_closed
