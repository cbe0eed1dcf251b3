"""A client reads the proxy's release once, whatever reads it first: ``proxy_version()`` or the release check
that follows the first ``request_key`` / ``ensure_key``."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from litellm_sdk import AsyncLiteLLMClient, LiteLLMClient

from .._fake_proxy import FakeProxy

BASE = "http://litellm.test"
RELEASE = "1.100.5"


class _Proxy(FakeProxy):
    """Tells its release on ``/health/readiness/details`` as LiteLLM 1.90+ does."""

    def _route(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/health/readiness/details":
            return httpx.Response(200, json={"status": "healthy", "litellm_version": RELEASE})
        return super()._route(request)

    def release_reads(self) -> int:
        return sum(1 for _, path in self.calls if path.startswith("/health/readiness"))


@pytest.fixture(autouse=True)
def _release_check_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LITELLM_SDK_CHECK_RELEASE", "1")


def _client(proxy: FakeProxy) -> LiteLLMClient:
    return LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()))


def test_proxy_version_then_request_key_reads_the_release_once() -> None:
    proxy = _Proxy()
    client = _client(proxy)
    assert client.proxy_version() == RELEASE
    client.request_key(user_id="u1", models=["plain-chat"])
    client.ensure_key(user_id="u2", models=["plain-chat"])
    assert proxy.release_reads() == 1


def test_request_key_then_proxy_version_reads_the_release_once() -> None:
    proxy = _Proxy()
    client = _client(proxy)
    client.request_key(user_id="u1", models=["plain-chat"])
    assert client.proxy_version() == RELEASE
    assert client.with_options(timeout=5).proxy_version() == RELEASE  # a copy shares what its parent read
    assert proxy.release_reads() == 1


def test_a_release_check_turned_off_still_reads_the_release_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LITELLM_SDK_CHECK_RELEASE", "0")
    proxy = _Proxy()
    client = _client(proxy)
    assert [client.proxy_version(), client.proxy_version()] == [RELEASE, RELEASE]
    assert proxy.release_reads() == 1


async def test_the_async_client_reads_the_release_once() -> None:
    proxy = _Proxy()
    client = AsyncLiteLLMClient(BASE, proxy.master_key, http_client=httpx.AsyncClient(transport=proxy.transport()))
    assert await client.proxy_version() == RELEASE
    await client.request_key(user_id="u1", models=["plain-chat"])
    assert await client.proxy_version() == RELEASE
    assert proxy.release_reads() == 1


@pytest.mark.parametrize("readiness", [404, 200])
def test_a_read_that_found_no_release_is_not_kept(readiness: int) -> None:
    proxy = _Proxy()
    down: Any = lambda r: httpx.Response(503, text="starting")  # noqa: E731
    plain: Any = lambda r: httpx.Response(readiness, json={"status": "starting"})  # noqa: E731
    proxy.faults["/health/readiness/details"] = [down]
    proxy.faults["/health/readiness"] = [plain]
    client = LiteLLMClient(BASE, proxy.master_key, http_client=httpx.Client(transport=proxy.transport()), max_retries=0)
    client.request_key(user_id="u1", models=["plain-chat"])  # its check finds no release (logged at DEBUG)
    assert client.proxy_version() == RELEASE  # so this reads it
    assert client.proxy_version() == RELEASE
    assert proxy.release_reads() == 3  # details (503), readiness (no release), then details (1.100.5)
