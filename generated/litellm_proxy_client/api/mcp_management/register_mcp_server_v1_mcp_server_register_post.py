from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.lite_llmmcp_server_table import LiteLLMMCPServerTable
from ...models.new_mcp_server_request import NewMCPServerRequest
from ...types import Response


def _get_kwargs(
    *,
    body: NewMCPServerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/mcp/server/register",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | LiteLLMMCPServerTable | None:
    if response.status_code == 201:
        response_201 = LiteLLMMCPServerTable.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient,
    body: NewMCPServerRequest,
) -> Response[HTTPValidationError | LiteLLMMCPServerTable]:
    """Register Mcp Server

     Submit a new MCP server for admin review (non-admin users). Mirrors POST /guardrails/register.

    Args:
        body (NewMCPServerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LiteLLMMCPServerTable]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NewMCPServerRequest,
) -> HTTPValidationError | LiteLLMMCPServerTable | None:
    """Register Mcp Server

     Submit a new MCP server for admin review (non-admin users). Mirrors POST /guardrails/register.

    Args:
        body (NewMCPServerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LiteLLMMCPServerTable
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NewMCPServerRequest,
) -> Response[HTTPValidationError | LiteLLMMCPServerTable]:
    """Register Mcp Server

     Submit a new MCP server for admin review (non-admin users). Mirrors POST /guardrails/register.

    Args:
        body (NewMCPServerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LiteLLMMCPServerTable]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NewMCPServerRequest,
) -> HTTPValidationError | LiteLLMMCPServerTable | None:
    """Register Mcp Server

     Submit a new MCP server for admin review (non-admin users). Mirrors POST /guardrails/register.

    Args:
        body (NewMCPServerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LiteLLMMCPServerTable
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
