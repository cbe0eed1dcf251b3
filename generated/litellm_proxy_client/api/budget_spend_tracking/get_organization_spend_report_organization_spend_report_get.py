from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_organization_spend_report_organization_spend_report_get_response_200_item import (
    GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
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

    json_organization_id: None | str | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/organization/spend/report",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item.from_dict(
                response_200_item_data
            )

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item]]:
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
    organization_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item]]:
    """Get Organization Spend Report

     Get spend for an organization over a date range, grouped by api_key with a per-model and per-team
    breakdown.

    Covers spend logged against the organization directly and against any of its
    teams. Callable by proxy admins (any organization) and org admins (their own
    organizations). Defaults to the calling key's organization_id when
    `?organization_id=` is omitted.

    Args:
        start_date (None | str | Unset): Time from which to start viewing spend (YYYY-MM-DD)
        end_date (None | str | Unset): Time till which to view spend (YYYY-MM-DD)
        organization_id (None | str | Unset): View spend for a specific organization_id. Proxy
            admins may pass any organization; org admins are scoped to organizations they administer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item]]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        organization_id=organization_id,
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
    organization_id: None | str | Unset = UNSET,
) -> HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item] | None:
    """Get Organization Spend Report

     Get spend for an organization over a date range, grouped by api_key with a per-model and per-team
    breakdown.

    Covers spend logged against the organization directly and against any of its
    teams. Callable by proxy admins (any organization) and org admins (their own
    organizations). Defaults to the calling key's organization_id when
    `?organization_id=` is omitted.

    Args:
        start_date (None | str | Unset): Time from which to start viewing spend (YYYY-MM-DD)
        end_date (None | str | Unset): Time till which to view spend (YYYY-MM-DD)
        organization_id (None | str | Unset): View spend for a specific organization_id. Proxy
            admins may pass any organization; org admins are scoped to organizations they administer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item]
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        organization_id=organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item]]:
    """Get Organization Spend Report

     Get spend for an organization over a date range, grouped by api_key with a per-model and per-team
    breakdown.

    Covers spend logged against the organization directly and against any of its
    teams. Callable by proxy admins (any organization) and org admins (their own
    organizations). Defaults to the calling key's organization_id when
    `?organization_id=` is omitted.

    Args:
        start_date (None | str | Unset): Time from which to start viewing spend (YYYY-MM-DD)
        end_date (None | str | Unset): Time till which to view spend (YYYY-MM-DD)
        organization_id (None | str | Unset): View spend for a specific organization_id. Proxy
            admins may pass any organization; org admins are scoped to organizations they administer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item]]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        organization_id=organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: None | str | Unset = UNSET,
    end_date: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
) -> HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item] | None:
    """Get Organization Spend Report

     Get spend for an organization over a date range, grouped by api_key with a per-model and per-team
    breakdown.

    Covers spend logged against the organization directly and against any of its
    teams. Callable by proxy admins (any organization) and org admins (their own
    organizations). Defaults to the calling key's organization_id when
    `?organization_id=` is omitted.

    Args:
        start_date (None | str | Unset): Time from which to start viewing spend (YYYY-MM-DD)
        end_date (None | str | Unset): Time till which to view spend (YYYY-MM-DD)
        organization_id (None | str | Unset): View spend for a specific organization_id. Proxy
            admins may pass any organization; org admins are scoped to organizations they administer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item]
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            organization_id=organization_id,
        )
    ).parsed
