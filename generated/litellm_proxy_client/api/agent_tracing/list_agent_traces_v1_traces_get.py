from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.trace_page import TracePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: None | str | Unset = UNSET,
    end_ms: int | None | Unset = UNSET,
    start_ms: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_end_ms: int | None | Unset
    if isinstance(end_ms, Unset):
        json_end_ms = UNSET
    else:
        json_end_ms = end_ms
    params["end_ms"] = json_end_ms

    json_start_ms: int | None | Unset
    if isinstance(start_ms, Unset):
        json_start_ms = UNSET
    else:
        json_start_ms = start_ms
    params["start_ms"] = json_start_ms

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/traces",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TracePage | None:
    if response.status_code == 200:
        response_200 = TracePage.from_dict(response.json())

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
) -> Response[HTTPValidationError | TracePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    end_ms: int | None | Unset = UNSET,
    start_ms: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | TracePage]:
    """List Agent Traces

    Args:
        cursor (None | str | Unset):
        end_ms (int | None | Unset): Window end, unix ms. Default: now
        start_ms (int | None | Unset): Window start, unix ms. Default: 24h ago

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TracePage]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        end_ms=end_ms,
        start_ms=start_ms,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    end_ms: int | None | Unset = UNSET,
    start_ms: int | None | Unset = UNSET,
) -> HTTPValidationError | TracePage | None:
    """List Agent Traces

    Args:
        cursor (None | str | Unset):
        end_ms (int | None | Unset): Window end, unix ms. Default: now
        start_ms (int | None | Unset): Window start, unix ms. Default: 24h ago

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TracePage
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        end_ms=end_ms,
        start_ms=start_ms,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    end_ms: int | None | Unset = UNSET,
    start_ms: int | None | Unset = UNSET,
) -> Response[HTTPValidationError | TracePage]:
    """List Agent Traces

    Args:
        cursor (None | str | Unset):
        end_ms (int | None | Unset): Window end, unix ms. Default: now
        start_ms (int | None | Unset): Window start, unix ms. Default: 24h ago

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TracePage]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        end_ms=end_ms,
        start_ms=start_ms,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    end_ms: int | None | Unset = UNSET,
    start_ms: int | None | Unset = UNSET,
) -> HTTPValidationError | TracePage | None:
    """List Agent Traces

    Args:
        cursor (None | str | Unset):
        end_ms (int | None | Unset): Window end, unix ms. Default: now
        start_ms (int | None | Unset): Window start, unix ms. Default: 24h ago

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TracePage
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            end_ms=end_ms,
            start_ms=start_ms,
        )
    ).parsed
