from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.telemetry_reports_response import TelemetryReportsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    after: float | Unset = 0.0,
    after_id: str | Unset = "",
    limit: int | Unset = 500,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params["after_id"] = after_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/telemetry/reports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TelemetryReportsResponse | None:
    if response.status_code == 200:
        response_200 = TelemetryReportsResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TelemetryReportsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: float | Unset = 0.0,
    after_id: str | Unset = "",
    limit: int | Unset = 500,
) -> Response[HTTPValidationError | TelemetryReportsResponse]:
    """Export Telemetry Reports

     Stored telemetry reports, oldest first, for installs that keep telemetry local instead of sending
    it.
    Page with ``after=next_after&after_id=next_after_id`` until ``next_after`` is null. Another worker
    can commit a
    report just after a newer one is exported, so resume a later export a few windows before the last
    cursor and skip
    ids already seen

    Args:
        after (float | Unset): window_end of the last report already exported Default: 0.0.
        after_id (str | Unset): id of the last report already exported Default: ''.
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TelemetryReportsResponse]
    """

    kwargs = _get_kwargs(
        after=after,
        after_id=after_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    after: float | Unset = 0.0,
    after_id: str | Unset = "",
    limit: int | Unset = 500,
) -> HTTPValidationError | TelemetryReportsResponse | None:
    """Export Telemetry Reports

     Stored telemetry reports, oldest first, for installs that keep telemetry local instead of sending
    it.
    Page with ``after=next_after&after_id=next_after_id`` until ``next_after`` is null. Another worker
    can commit a
    report just after a newer one is exported, so resume a later export a few windows before the last
    cursor and skip
    ids already seen

    Args:
        after (float | Unset): window_end of the last report already exported Default: 0.0.
        after_id (str | Unset): id of the last report already exported Default: ''.
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TelemetryReportsResponse
    """

    return sync_detailed(
        client=client,
        after=after,
        after_id=after_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: float | Unset = 0.0,
    after_id: str | Unset = "",
    limit: int | Unset = 500,
) -> Response[HTTPValidationError | TelemetryReportsResponse]:
    """Export Telemetry Reports

     Stored telemetry reports, oldest first, for installs that keep telemetry local instead of sending
    it.
    Page with ``after=next_after&after_id=next_after_id`` until ``next_after`` is null. Another worker
    can commit a
    report just after a newer one is exported, so resume a later export a few windows before the last
    cursor and skip
    ids already seen

    Args:
        after (float | Unset): window_end of the last report already exported Default: 0.0.
        after_id (str | Unset): id of the last report already exported Default: ''.
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TelemetryReportsResponse]
    """

    kwargs = _get_kwargs(
        after=after,
        after_id=after_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    after: float | Unset = 0.0,
    after_id: str | Unset = "",
    limit: int | Unset = 500,
) -> HTTPValidationError | TelemetryReportsResponse | None:
    """Export Telemetry Reports

     Stored telemetry reports, oldest first, for installs that keep telemetry local instead of sending
    it.
    Page with ``after=next_after&after_id=next_after_id`` until ``next_after`` is null. Another worker
    can commit a
    report just after a newer one is exported, so resume a later export a few windows before the last
    cursor and skip
    ids already seen

    Args:
        after (float | Unset): window_end of the last report already exported Default: 0.0.
        after_id (str | Unset): id of the last report already exported Default: ''.
        limit (int | Unset):  Default: 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TelemetryReportsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            after=after,
            after_id=after_id,
            limit=limit,
        )
    ).parsed
