from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_router_benchmarks_response import AutoRouterBenchmarksResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: None | str | Unset
    if isinstance(start_date, Unset):
        json_start_date = UNSET
    else:
        json_start_date = start_date
    params["start_date"] = json_start_date

    json_end_date: None | str | Unset
    if isinstance(end_date, Unset):
        json_end_date = UNSET
    else:
        json_end_date = end_date
    params["end_date"] = json_end_date

    json_api_key: None | str | Unset
    if isinstance(api_key, Unset):
        json_api_key = UNSET
    else:
        json_api_key = api_key
    params["api_key"] = json_api_key

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auto_router/benchmarks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoRouterBenchmarksResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AutoRouterBenchmarksResponse.from_dict(response.json())

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
) -> Response[AutoRouterBenchmarksResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> Response[AutoRouterBenchmarksResponse | HTTPValidationError]:
    """Get Auto Router Benchmarks

     Benchmarks for the auto-router dashboard: session shape, savings against the configured
    baseline, and prompt-caching behaviour bucketed by what the router did.

    Reads session rollups folded once per request at spend-write time, so this endpoint
    never scans LiteLLM_SpendLogs. A user filter selects only turns attributed to that
    internal user when written; older key-only history remains outside user views. Money counts
    only requests on the selected UTC days, and the all-router savings headline is the same daily
    total the Overall view reads. Session shape and caching cover every session that overlaps the
    window, whole. Overall hit rate is over telemetry-bearing turns; each bucket's hit rate is
    over that bucket's turns.

    The rollup supplies the measures, never the list. Which routers appear comes from the
    model registry, so one shows up as soon as it is configured and reads zero until it
    serves traffic, and `routers_in_scope` counts those too rather than only the routers the
    window recorded.

    Args:
        start_date (None | str | Unset): YYYY-MM-DD UTC, inclusive (defaults to 30 days before
            end_date)
        end_date (None | str | Unset): YYYY-MM-DD UTC, inclusive (defaults to today)
        api_key (None | str | Unset): Filter to one virtual key token hash
        user_id (None | str | Unset): Filter to one canonical internal user recorded on each turn

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterBenchmarksResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        api_key=api_key,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> AutoRouterBenchmarksResponse | HTTPValidationError | None:
    """Get Auto Router Benchmarks

     Benchmarks for the auto-router dashboard: session shape, savings against the configured
    baseline, and prompt-caching behaviour bucketed by what the router did.

    Reads session rollups folded once per request at spend-write time, so this endpoint
    never scans LiteLLM_SpendLogs. A user filter selects only turns attributed to that
    internal user when written; older key-only history remains outside user views. Money counts
    only requests on the selected UTC days, and the all-router savings headline is the same daily
    total the Overall view reads. Session shape and caching cover every session that overlaps the
    window, whole. Overall hit rate is over telemetry-bearing turns; each bucket's hit rate is
    over that bucket's turns.

    The rollup supplies the measures, never the list. Which routers appear comes from the
    model registry, so one shows up as soon as it is configured and reads zero until it
    serves traffic, and `routers_in_scope` counts those too rather than only the routers the
    window recorded.

    Args:
        start_date (None | str | Unset): YYYY-MM-DD UTC, inclusive (defaults to 30 days before
            end_date)
        end_date (None | str | Unset): YYYY-MM-DD UTC, inclusive (defaults to today)
        api_key (None | str | Unset): Filter to one virtual key token hash
        user_id (None | str | Unset): Filter to one canonical internal user recorded on each turn

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterBenchmarksResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        api_key=api_key,
        user_id=user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> Response[AutoRouterBenchmarksResponse | HTTPValidationError]:
    """Get Auto Router Benchmarks

     Benchmarks for the auto-router dashboard: session shape, savings against the configured
    baseline, and prompt-caching behaviour bucketed by what the router did.

    Reads session rollups folded once per request at spend-write time, so this endpoint
    never scans LiteLLM_SpendLogs. A user filter selects only turns attributed to that
    internal user when written; older key-only history remains outside user views. Money counts
    only requests on the selected UTC days, and the all-router savings headline is the same daily
    total the Overall view reads. Session shape and caching cover every session that overlaps the
    window, whole. Overall hit rate is over telemetry-bearing turns; each bucket's hit rate is
    over that bucket's turns.

    The rollup supplies the measures, never the list. Which routers appear comes from the
    model registry, so one shows up as soon as it is configured and reads zero until it
    serves traffic, and `routers_in_scope` counts those too rather than only the routers the
    window recorded.

    Args:
        start_date (None | str | Unset): YYYY-MM-DD UTC, inclusive (defaults to 30 days before
            end_date)
        end_date (None | str | Unset): YYYY-MM-DD UTC, inclusive (defaults to today)
        api_key (None | str | Unset): Filter to one virtual key token hash
        user_id (None | str | Unset): Filter to one canonical internal user recorded on each turn

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterBenchmarksResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        api_key=api_key,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    api_key: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
) -> AutoRouterBenchmarksResponse | HTTPValidationError | None:
    """Get Auto Router Benchmarks

     Benchmarks for the auto-router dashboard: session shape, savings against the configured
    baseline, and prompt-caching behaviour bucketed by what the router did.

    Reads session rollups folded once per request at spend-write time, so this endpoint
    never scans LiteLLM_SpendLogs. A user filter selects only turns attributed to that
    internal user when written; older key-only history remains outside user views. Money counts
    only requests on the selected UTC days, and the all-router savings headline is the same daily
    total the Overall view reads. Session shape and caching cover every session that overlaps the
    window, whole. Overall hit rate is over telemetry-bearing turns; each bucket's hit rate is
    over that bucket's turns.

    The rollup supplies the measures, never the list. Which routers appear comes from the
    model registry, so one shows up as soon as it is configured and reads zero until it
    serves traffic, and `routers_in_scope` counts those too rather than only the routers the
    window recorded.

    Args:
        start_date (None | str | Unset): YYYY-MM-DD UTC, inclusive (defaults to 30 days before
            end_date)
        end_date (None | str | Unset): YYYY-MM-DD UTC, inclusive (defaults to today)
        api_key (None | str | Unset): Filter to one virtual key token hash
        user_id (None | str | Unset): Filter to one canonical internal user recorded on each turn

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterBenchmarksResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            api_key=api_key,
            user_id=user_id,
        )
    ).parsed
