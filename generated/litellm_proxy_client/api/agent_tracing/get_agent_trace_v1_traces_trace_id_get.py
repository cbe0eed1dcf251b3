from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.trace import Trace
from ...types import UNSET, Response, Unset


def _get_kwargs(
    trace_id: str,
    *,
    cursor: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    trace_ref: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_page_size: int | None | Unset
    if isinstance(page_size, Unset):
        json_page_size = UNSET
    else:
        json_page_size = page_size
    params["page_size"] = json_page_size

    params["trace_ref"] = trace_ref

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/traces/{trace_id}".format(
            trace_id=quote(str(trace_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | Trace | None:
    if response.status_code == 200:
        response_200 = Trace.from_dict(response.json())

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
) -> Response[HTTPValidationError | Trace]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trace_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    trace_ref: str | Unset = "",
) -> Response[HTTPValidationError | Trace]:
    """Get Agent Trace

    Args:
        trace_id (str):
        cursor (None | str | Unset):
        page_size (int | None | Unset):
        trace_ref (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Trace]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        cursor=cursor,
        page_size=page_size,
        trace_ref=trace_ref,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trace_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    trace_ref: str | Unset = "",
) -> HTTPValidationError | Trace | None:
    """Get Agent Trace

    Args:
        trace_id (str):
        cursor (None | str | Unset):
        page_size (int | None | Unset):
        trace_ref (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Trace
    """

    return sync_detailed(
        trace_id=trace_id,
        client=client,
        cursor=cursor,
        page_size=page_size,
        trace_ref=trace_ref,
    ).parsed


async def asyncio_detailed(
    trace_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    trace_ref: str | Unset = "",
) -> Response[HTTPValidationError | Trace]:
    """Get Agent Trace

    Args:
        trace_id (str):
        cursor (None | str | Unset):
        page_size (int | None | Unset):
        trace_ref (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | Trace]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        cursor=cursor,
        page_size=page_size,
        trace_ref=trace_ref,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trace_id: str,
    *,
    client: AuthenticatedClient,
    cursor: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    trace_ref: str | Unset = "",
) -> HTTPValidationError | Trace | None:
    """Get Agent Trace

    Args:
        trace_id (str):
        cursor (None | str | Unset):
        page_size (int | None | Unset):
        trace_ref (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | Trace
    """

    return (
        await asyncio_detailed(
            trace_id=trace_id,
            client=client,
            cursor=cursor,
            page_size=page_size,
            trace_ref=trace_ref,
        )
    ).parsed
