from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.health_readiness_response import HealthReadinessResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/health/readiness",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HealthReadinessResponse | None:
    if response.status_code == 200:
        response_200 = HealthReadinessResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HealthReadinessResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HealthReadinessResponse]:
    """Health Readiness

     Public readiness probe. Returns a low-detail payload safe to expose to
    unauthenticated load balancers — `status` plus `db` so orchestrators and
    external probes can distinguish "healthy" from "DB unreachable" without a
    credential. Admins can opt into the legacy detailed payload with
    general_settings.allow_public_health_readiness_details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HealthReadinessResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> HealthReadinessResponse | None:
    """Health Readiness

     Public readiness probe. Returns a low-detail payload safe to expose to
    unauthenticated load balancers — `status` plus `db` so orchestrators and
    external probes can distinguish "healthy" from "DB unreachable" without a
    credential. Admins can opt into the legacy detailed payload with
    general_settings.allow_public_health_readiness_details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HealthReadinessResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[HealthReadinessResponse]:
    """Health Readiness

     Public readiness probe. Returns a low-detail payload safe to expose to
    unauthenticated load balancers — `status` plus `db` so orchestrators and
    external probes can distinguish "healthy" from "DB unreachable" without a
    credential. Admins can opt into the legacy detailed payload with
    general_settings.allow_public_health_readiness_details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HealthReadinessResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> HealthReadinessResponse | None:
    """Health Readiness

     Public readiness probe. Returns a low-detail payload safe to expose to
    unauthenticated load balancers — `status` plus `db` so orchestrators and
    external probes can distinguish "healthy" from "DB unreachable" without a
    credential. Admins can opt into the legacy detailed payload with
    general_settings.allow_public_health_readiness_details.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HealthReadinessResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
