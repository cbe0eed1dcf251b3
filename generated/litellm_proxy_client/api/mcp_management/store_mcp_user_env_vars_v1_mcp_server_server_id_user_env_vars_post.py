from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.mcp_user_env_vars_request import MCPUserEnvVarsRequest
from ...models.mcp_user_env_vars_status import MCPUserEnvVarsStatus
from ...types import Response


def _get_kwargs(
    server_id: str,
    *,
    body: MCPUserEnvVarsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/mcp/server/{server_id}/user-env-vars".format(
            server_id=quote(str(server_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MCPUserEnvVarsStatus | None:
    if response.status_code == 200:
        response_200 = MCPUserEnvVarsStatus.from_dict(response.json())

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
) -> Response[HTTPValidationError | MCPUserEnvVarsStatus]:
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
    body: MCPUserEnvVarsRequest,
) -> Response[HTTPValidationError | MCPUserEnvVarsStatus]:
    """Store Mcp User Env Vars

     Store the calling user's per-user MCP env var values for this server. Submitted values are merged
    over any previously stored values, so you only send the fields you want to set or change; a variable
    omitted (or sent empty) keeps its stored value. Use DELETE to clear all stored values.

    Args:
        server_id (str):
        body (MCPUserEnvVarsRequest): Payload for storing the calling user's per-user env var
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MCPUserEnvVarsStatus]
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
    body: MCPUserEnvVarsRequest,
) -> HTTPValidationError | MCPUserEnvVarsStatus | None:
    """Store Mcp User Env Vars

     Store the calling user's per-user MCP env var values for this server. Submitted values are merged
    over any previously stored values, so you only send the fields you want to set or change; a variable
    omitted (or sent empty) keeps its stored value. Use DELETE to clear all stored values.

    Args:
        server_id (str):
        body (MCPUserEnvVarsRequest): Payload for storing the calling user's per-user env var
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MCPUserEnvVarsStatus
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
    body: MCPUserEnvVarsRequest,
) -> Response[HTTPValidationError | MCPUserEnvVarsStatus]:
    """Store Mcp User Env Vars

     Store the calling user's per-user MCP env var values for this server. Submitted values are merged
    over any previously stored values, so you only send the fields you want to set or change; a variable
    omitted (or sent empty) keeps its stored value. Use DELETE to clear all stored values.

    Args:
        server_id (str):
        body (MCPUserEnvVarsRequest): Payload for storing the calling user's per-user env var
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MCPUserEnvVarsStatus]
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
    body: MCPUserEnvVarsRequest,
) -> HTTPValidationError | MCPUserEnvVarsStatus | None:
    """Store Mcp User Env Vars

     Store the calling user's per-user MCP env var values for this server. Submitted values are merged
    over any previously stored values, so you only send the fields you want to set or change; a variable
    omitted (or sent empty) keeps its stored value. Use DELETE to clear all stored values.

    Args:
        server_id (str):
        body (MCPUserEnvVarsRequest): Payload for storing the calling user's per-user env var
            values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MCPUserEnvVarsStatus
    """

    return (
        await asyncio_detailed(
            server_id=server_id,
            client=client,
            body=body,
        )
    ).parsed
