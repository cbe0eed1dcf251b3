"""``client.api``: the generated low-level client, sending through the very ``httpx`` client the SDK uses.

The generated client needs an ``httpx`` client with the proxy's base URL and the master key's header. Rather
than build one over httpx's private transport (which would drop the user's mounts, proxies, event hooks,
headers and limits), it gets a thin outer client whose transport hands every request to the configured client's
public ``send``: mounts, proxies, hooks, auth and the connection pool all apply, and closing ``client.api``
(``with client.api:``) closes only the outer shell, never the SDK's or the user's client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from litellm_proxy_client import AuthenticatedClient


class _Forward(httpx.BaseTransport):
    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        inner = self._client.send(request, stream=True)
        return httpx.Response(
            inner.status_code, headers=inner.headers, stream=inner.stream, extensions=inner.extensions
        )

    def close(self) -> None:
        """The configured client outlives ``client.api``: its owner closes it."""


class _AsyncForward(httpx.AsyncBaseTransport):
    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        inner = await self._client.send(request, stream=True)
        return httpx.Response(
            inner.status_code, headers=inner.headers, stream=inner.stream, extensions=inner.extensions
        )

    async def aclose(self) -> None:
        """See :meth:`_Forward.close`."""


def is_closed(api: AuthenticatedClient) -> bool:
    """Whether ``with client.api:`` has closed this generated client's shell (then a new one is made)."""
    shells = (getattr(api, "_client", None), getattr(api, "_async_client", None))
    return any(shell is not None and shell.is_closed for shell in shells)


def generated_client(
    client: httpx.Client | httpx.AsyncClient, base_url: str, master_key: str, timeout: httpx.Timeout
) -> AuthenticatedClient:
    """The generated ``AuthenticatedClient`` over ``client`` (sync or async), with this base URL and timeout."""
    from litellm_proxy_client import AuthenticatedClient

    api = AuthenticatedClient(base_url=base_url, token=master_key, timeout=timeout)
    headers = httpx.Headers(client.headers)  # case-insensitive: the master key replaces a configured Authorization
    headers["Authorization"] = f"Bearer {master_key}"
    if isinstance(client, httpx.Client):
        api.set_httpx_client(
            httpx.Client(
                base_url=base_url,
                headers=headers,
                cookies=client.cookies,
                timeout=timeout,
                follow_redirects=client.follow_redirects,
                transport=_Forward(client),
            )
        )
    else:
        api.set_async_httpx_client(
            httpx.AsyncClient(
                base_url=base_url,
                headers=headers,
                cookies=client.cookies,
                timeout=timeout,
                follow_redirects=client.follow_redirects,
                transport=_AsyncForward(client),
            )
        )
    return api
