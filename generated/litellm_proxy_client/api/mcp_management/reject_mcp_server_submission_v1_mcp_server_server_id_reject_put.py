from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.lite_llmmcp_server_table import LiteLLMMCPServerTable
from ...models.reject_mcp_server_request import RejectMCPServerRequest
from ...types import Response


def _get_kwargs(
    server_id: str,
    *,
    body: RejectMCPServerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/mcp/server/{server_id}/reject".format(
            server_id=quote(str(server_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | LiteLLMMCPServerTable | None:
    if response.status_code == 200:
        response_200 = LiteLLMMCPServerTable.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HTTPValidationError | LiteLLMMCPServerTable]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient,
    body: RejectMCPServerRequest,
) -> Response[HTTPValidationError | LiteLLMMCPServerTable]:
    """Reject Mcp Server Submission

     Reject a pending MCP server submission (admin only). Mirrors PUT /guardrails/{id}/reject.

    Args:
        server_id (str):
        body (RejectMCPServerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LiteLLMMCPServerTable]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    server_id: str,
    *,
    client: AuthenticatedClient,
    body: RejectMCPServerRequest,
) -> HTTPValidationError | LiteLLMMCPServerTable | None:
    """Reject Mcp Server Submission

     Reject a pending MCP server submission (admin only). Mirrors PUT /guardrails/{id}/reject.

    Args:
        server_id (str):
        body (RejectMCPServerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LiteLLMMCPServerTable
    """

    return sync_detailed(
        server_id=server_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient,
    body: RejectMCPServerRequest,
) -> Response[HTTPValidationError | LiteLLMMCPServerTable]:
    """Reject Mcp Server Submission

     Reject a pending MCP server submission (admin only). Mirrors PUT /guardrails/{id}/reject.

    Args:
        server_id (str):
        body (RejectMCPServerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LiteLLMMCPServerTable]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    server_id: str,
    *,
    client: AuthenticatedClient,
    body: RejectMCPServerRequest,
) -> HTTPValidationError | LiteLLMMCPServerTable | None:
    """Reject Mcp Server Submission

     Reject a pending MCP server submission (admin only). Mirrors PUT /guardrails/{id}/reject.

    Args:
        server_id (str):
        body (RejectMCPServerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LiteLLMMCPServerTable
    """

    return (
        await asyncio_detailed(
            server_id=server_id,
            client=client,
            body=body,
        )
    ).parsed
