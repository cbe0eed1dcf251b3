import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_prompt_caching_requests_cost_optimization_prompt_caching_requests_get_filter import (
    GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter,
)
from ...models.http_validation_error import HTTPValidationError
from ...models.prompt_caching_requests_response import PromptCachingRequestsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    page_size: int | Unset = 50,
    filter_: GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter
    | Unset = GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter.ALL,
    cursor_start_time: datetime.datetime | None | Unset = UNSET,
    cursor_request_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params["page_size"] = page_size

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    json_cursor_start_time: None | str | Unset
    if isinstance(cursor_start_time, Unset):
        json_cursor_start_time = UNSET
    elif isinstance(cursor_start_time, datetime.datetime):
        json_cursor_start_time = cursor_start_time.isoformat()
    else:
        json_cursor_start_time = cursor_start_time
    params["cursor_start_time"] = json_cursor_start_time

    json_cursor_request_id: None | str | Unset
    if isinstance(cursor_request_id, Unset):
        json_cursor_request_id = UNSET
    else:
        json_cursor_request_id = cursor_request_id
    params["cursor_request_id"] = json_cursor_request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cost_optimization/prompt_caching/requests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PromptCachingRequestsResponse | None:
    if response.status_code == 200:
        response_200 = PromptCachingRequestsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PromptCachingRequestsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    page_size: int | Unset = 50,
    filter_: GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter
    | Unset = GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter.ALL,
    cursor_start_time: datetime.datetime | None | Unset = UNSET,
    cursor_request_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PromptCachingRequestsResponse]:
    """Get Prompt Caching Requests

    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        page_size (int | Unset):  Default: 50.
        filter_ (GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter | Unset):
            Default: GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter.ALL.
        cursor_start_time (datetime.datetime | None | Unset):
        cursor_request_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PromptCachingRequestsResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page_size=page_size,
        filter_=filter_,
        cursor_start_time=cursor_start_time,
        cursor_request_id=cursor_request_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    page_size: int | Unset = 50,
    filter_: GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter
    | Unset = GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter.ALL,
    cursor_start_time: datetime.datetime | None | Unset = UNSET,
    cursor_request_id: None | str | Unset = UNSET,
) -> HTTPValidationError | PromptCachingRequestsResponse | None:
    """Get Prompt Caching Requests

    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        page_size (int | Unset):  Default: 50.
        filter_ (GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter | Unset):
            Default: GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter.ALL.
        cursor_start_time (datetime.datetime | None | Unset):
        cursor_request_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PromptCachingRequestsResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        page_size=page_size,
        filter_=filter_,
        cursor_start_time=cursor_start_time,
        cursor_request_id=cursor_request_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    page_size: int | Unset = 50,
    filter_: GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter
    | Unset = GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter.ALL,
    cursor_start_time: datetime.datetime | None | Unset = UNSET,
    cursor_request_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PromptCachingRequestsResponse]:
    """Get Prompt Caching Requests

    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        page_size (int | Unset):  Default: 50.
        filter_ (GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter | Unset):
            Default: GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter.ALL.
        cursor_start_time (datetime.datetime | None | Unset):
        cursor_request_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PromptCachingRequestsResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        page_size=page_size,
        filter_=filter_,
        cursor_start_time=cursor_start_time,
        cursor_request_id=cursor_request_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.datetime,
    end_date: datetime.datetime,
    page_size: int | Unset = 50,
    filter_: GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter
    | Unset = GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter.ALL,
    cursor_start_time: datetime.datetime | None | Unset = UNSET,
    cursor_request_id: None | str | Unset = UNSET,
) -> HTTPValidationError | PromptCachingRequestsResponse | None:
    """Get Prompt Caching Requests

    Args:
        start_date (datetime.datetime):
        end_date (datetime.datetime):
        page_size (int | Unset):  Default: 50.
        filter_ (GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter | Unset):
            Default: GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter.ALL.
        cursor_start_time (datetime.datetime | None | Unset):
        cursor_request_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PromptCachingRequestsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            page_size=page_size,
            filter_=filter_,
            cursor_start_time=cursor_start_time,
            cursor_request_id=cursor_request_id,
        )
    ).parsed
