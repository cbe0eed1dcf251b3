from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.plugin_downloads_response import PluginDownloadsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    plugin_name: str,
    *,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skill-hub/skills/{plugin_name}/downloads".format(
            plugin_name=quote(str(plugin_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PluginDownloadsResponse | None:
    if response.status_code == 200:
        response_200 = PluginDownloadsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PluginDownloadsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plugin_name: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PluginDownloadsResponse]:
    """Get Plugin Downloads

     Admin-only ZIP download totals and authenticated downloader history.

    Anonymous downloads contribute only to totals. Counts include repeat requests and client prefetches,
    starting when tracking is deployed. External sources and installation completion are not observed.

    Args:
        plugin_name (str):
        limit (int | Unset): Maximum number of download events Default: 25.
        cursor (None | str | Unset): Previous next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PluginDownloadsResponse]
    """

    kwargs = _get_kwargs(
        plugin_name=plugin_name,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plugin_name: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> HTTPValidationError | PluginDownloadsResponse | None:
    """Get Plugin Downloads

     Admin-only ZIP download totals and authenticated downloader history.

    Anonymous downloads contribute only to totals. Counts include repeat requests and client prefetches,
    starting when tracking is deployed. External sources and installation completion are not observed.

    Args:
        plugin_name (str):
        limit (int | Unset): Maximum number of download events Default: 25.
        cursor (None | str | Unset): Previous next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PluginDownloadsResponse
    """

    return sync_detailed(
        plugin_name=plugin_name,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    plugin_name: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PluginDownloadsResponse]:
    """Get Plugin Downloads

     Admin-only ZIP download totals and authenticated downloader history.

    Anonymous downloads contribute only to totals. Counts include repeat requests and client prefetches,
    starting when tracking is deployed. External sources and installation completion are not observed.

    Args:
        plugin_name (str):
        limit (int | Unset): Maximum number of download events Default: 25.
        cursor (None | str | Unset): Previous next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PluginDownloadsResponse]
    """

    kwargs = _get_kwargs(
        plugin_name=plugin_name,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plugin_name: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> HTTPValidationError | PluginDownloadsResponse | None:
    """Get Plugin Downloads

     Admin-only ZIP download totals and authenticated downloader history.

    Anonymous downloads contribute only to totals. Counts include repeat requests and client prefetches,
    starting when tracking is deployed. External sources and installation completion are not observed.

    Args:
        plugin_name (str):
        limit (int | Unset): Maximum number of download events Default: 25.
        cursor (None | str | Unset): Previous next_cursor

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PluginDownloadsResponse
    """

    return (
        await asyncio_detailed(
            plugin_name=plugin_name,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
