from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.mcp_tool_search_settings import MCPToolSearchSettings
from ...models.update_mcp_tool_search_settings_update_mcp_tool_search_settings_patch_response_update_mcp_tool_search_settings_update_mcp_tool_search_settings_patch import (
    UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch,
)
from ...types import Response


def _get_kwargs(
    *,
    body: MCPToolSearchSettings,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/update/mcp_tool_search_settings",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    HTTPValidationError
    | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch
    | None
):
    if response.status_code == 200:
        response_200 = UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch.from_dict(
            response.json()
        )

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
) -> Response[
    HTTPValidationError
    | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: MCPToolSearchSettings,
) -> Response[
    HTTPValidationError
    | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch
]:
    """Update Mcp Tool Search Settings

     Update `litellm_settings.mcp_tool_search` in the database.
    Settings will be picked up by all pods within approximately 10 seconds via background polling.

    Args:
        body (MCPToolSearchSettings): `litellm_settings.mcp_tool_search`: how the native
            `mcp_tool_search` virtual tool ranks the caller's tools.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch]
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
    body: MCPToolSearchSettings,
) -> (
    HTTPValidationError
    | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch
    | None
):
    """Update Mcp Tool Search Settings

     Update `litellm_settings.mcp_tool_search` in the database.
    Settings will be picked up by all pods within approximately 10 seconds via background polling.

    Args:
        body (MCPToolSearchSettings): `litellm_settings.mcp_tool_search`: how the native
            `mcp_tool_search` virtual tool ranks the caller's tools.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MCPToolSearchSettings,
) -> Response[
    HTTPValidationError
    | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch
]:
    """Update Mcp Tool Search Settings

     Update `litellm_settings.mcp_tool_search` in the database.
    Settings will be picked up by all pods within approximately 10 seconds via background polling.

    Args:
        body (MCPToolSearchSettings): `litellm_settings.mcp_tool_search`: how the native
            `mcp_tool_search` virtual tool ranks the caller's tools.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MCPToolSearchSettings,
) -> (
    HTTPValidationError
    | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch
    | None
):
    """Update Mcp Tool Search Settings

     Update `litellm_settings.mcp_tool_search` in the database.
    Settings will be picked up by all pods within approximately 10 seconds via background polling.

    Args:
        body (MCPToolSearchSettings): `litellm_settings.mcp_tool_search`: how the native
            `mcp_tool_search` virtual tool ranks the caller's tools.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
