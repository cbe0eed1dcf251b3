from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/.well-known/oauth-authorization-server/mcp",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | None:
    if response.status_code == 200:
        return None

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Oauth Authorization Server Aggregate

     OAuth authorization server discovery for the aggregate /mcp endpoint, the RFC 8414
    path-inserted form for a client that treats {base}/mcp as its authorization base URL.

    The single-segment /mcp is reserved for the aggregate so the discovery chain stays
    consistent: the aggregate protected-resource document advertises {base}/mcp as its
    authorization server, so the document served here must have issuer {base}/mcp. A server
    literally named ``mcp`` therefore does not take this route; it keeps its standard
    two-segment discovery at /.well-known/oauth-authorization-server/mcp/mcp. Letting the
    per-server row win here instead would serve an issuer of {base} against a resource that
    advertised {base}/mcp, which fails the RFC 8414 issuer check and breaks the front door.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any]:
    """Oauth Authorization Server Aggregate

     OAuth authorization server discovery for the aggregate /mcp endpoint, the RFC 8414
    path-inserted form for a client that treats {base}/mcp as its authorization base URL.

    The single-segment /mcp is reserved for the aggregate so the discovery chain stays
    consistent: the aggregate protected-resource document advertises {base}/mcp as its
    authorization server, so the document served here must have issuer {base}/mcp. A server
    literally named ``mcp`` therefore does not take this route; it keeps its standard
    two-segment discovery at /.well-known/oauth-authorization-server/mcp/mcp. Letting the
    per-server row win here instead would serve an issuer of {base} against a resource that
    advertised {base}/mcp, which fails the RFC 8414 issuer check and breaks the front door.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)
