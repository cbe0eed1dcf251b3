from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.mcp_gateway_sessions_terminate_response import MCPGatewaySessionsTerminateResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    session_id_prefix: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_session_id_prefix: None | str | Unset
    if isinstance(session_id_prefix, Unset):
        json_session_id_prefix = UNSET
    else:
        json_session_id_prefix = session_id_prefix
    params["session_id_prefix"] = json_session_id_prefix

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/v1/mcp/sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | MCPGatewaySessionsTerminateResponse | None:
    if response.status_code == 200:
        response_200 = MCPGatewaySessionsTerminateResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | MCPGatewaySessionsTerminateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    session_id_prefix: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | MCPGatewaySessionsTerminateResponse]:
    """Delete Mcp Gateway Sessions

     Force-close live stateful MCP gateway sessions on this proxy worker, selected by session id prefix
    and/or by the LiteLLM user that opened them (proxy admin only).

    Args:
        session_id_prefix (None | str | Unset):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MCPGatewaySessionsTerminateResponse]
    """

    kwargs = _get_kwargs(
        session_id_prefix=session_id_prefix,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    session_id_prefix: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> HTTPValidationError | MCPGatewaySessionsTerminateResponse | None:
    """Delete Mcp Gateway Sessions

     Force-close live stateful MCP gateway sessions on this proxy worker, selected by session id prefix
    and/or by the LiteLLM user that opened them (proxy admin only).

    Args:
        session_id_prefix (None | str | Unset):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MCPGatewaySessionsTerminateResponse
    """

    return sync_detailed(
        client=client,
        session_id_prefix=session_id_prefix,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    session_id_prefix: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | MCPGatewaySessionsTerminateResponse]:
    """Delete Mcp Gateway Sessions

     Force-close live stateful MCP gateway sessions on this proxy worker, selected by session id prefix
    and/or by the LiteLLM user that opened them (proxy admin only).

    Args:
        session_id_prefix (None | str | Unset):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | MCPGatewaySessionsTerminateResponse]
    """

    kwargs = _get_kwargs(
        session_id_prefix=session_id_prefix,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    session_id_prefix: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> HTTPValidationError | MCPGatewaySessionsTerminateResponse | None:
    """Delete Mcp Gateway Sessions

     Force-close live stateful MCP gateway sessions on this proxy worker, selected by session id prefix
    and/or by the LiteLLM user that opened them (proxy admin only).

    Args:
        session_id_prefix (None | str | Unset):
        user_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | MCPGatewaySessionsTerminateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            session_id_prefix=session_id_prefix,
            user_id=user_id,
        )
    ).parsed
