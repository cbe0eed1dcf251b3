import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.facet_list_response import FacetListResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    filterstart_timegte: datetime.datetime,
    filterstart_timelte: datetime.datetime,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_filterstart_timegte = filterstart_timegte.isoformat()
    params["filter[startTime][gte]"] = json_filterstart_timegte

    json_filterstart_timelte = filterstart_timelte.isoformat()
    params["filter[startTime][lte]"] = json_filterstart_timelte

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/management/v1/spend_logs/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FacetListResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FacetListResponse.from_dict(response.json())

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
) -> Response[FacetListResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filterstart_timegte: datetime.datetime,
    filterstart_timelte: datetime.datetime,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> Response[FacetListResponse | HTTPValidationError]:
    """List Spend Log Users

     The distinct internal users appearing in spend logs the caller can read.

    Args:
        filterstart_timegte (datetime.datetime): Window start (UTC when no offset is given)
        filterstart_timelte (datetime.datetime): Window end (UTC when no offset is given)
        q (None | str | Unset): Case-insensitive partial match on the internal user id
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacetListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        filterstart_timegte=filterstart_timegte,
        filterstart_timelte=filterstart_timelte,
        q=q,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filterstart_timegte: datetime.datetime,
    filterstart_timelte: datetime.datetime,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> FacetListResponse | HTTPValidationError | None:
    """List Spend Log Users

     The distinct internal users appearing in spend logs the caller can read.

    Args:
        filterstart_timegte (datetime.datetime): Window start (UTC when no offset is given)
        filterstart_timelte (datetime.datetime): Window end (UTC when no offset is given)
        q (None | str | Unset): Case-insensitive partial match on the internal user id
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacetListResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        filterstart_timegte=filterstart_timegte,
        filterstart_timelte=filterstart_timelte,
        q=q,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filterstart_timegte: datetime.datetime,
    filterstart_timelte: datetime.datetime,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> Response[FacetListResponse | HTTPValidationError]:
    """List Spend Log Users

     The distinct internal users appearing in spend logs the caller can read.

    Args:
        filterstart_timegte (datetime.datetime): Window start (UTC when no offset is given)
        filterstart_timelte (datetime.datetime): Window end (UTC when no offset is given)
        q (None | str | Unset): Case-insensitive partial match on the internal user id
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacetListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        filterstart_timegte=filterstart_timegte,
        filterstart_timelte=filterstart_timelte,
        q=q,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filterstart_timegte: datetime.datetime,
    filterstart_timelte: datetime.datetime,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
) -> FacetListResponse | HTTPValidationError | None:
    """List Spend Log Users

     The distinct internal users appearing in spend logs the caller can read.

    Args:
        filterstart_timegte (datetime.datetime): Window start (UTC when no offset is given)
        filterstart_timelte (datetime.datetime): Window end (UTC when no offset is given)
        q (None | str | Unset): Case-insensitive partial match on the internal user id
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Page size Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacetListResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            filterstart_timegte=filterstart_timegte,
            filterstart_timelte=filterstart_timelte,
            q=q,
            page=page,
            page_size=page_size,
        )
    ).parsed
