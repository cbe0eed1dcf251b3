from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.subscription_usage_response import SubscriptionUsageResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    start_date: str,
    end_date: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscription_accounts/usage",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SubscriptionUsageResponse | None:
    if response.status_code == 200:
        response_200 = SubscriptionUsageResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SubscriptionUsageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
) -> Response[HTTPValidationError | SubscriptionUsageResponse]:
    """Get Subscription Usage

     Subscription-backed accounts behind the proxy's deployments or carrying a stored fee, each with
    its configured monthly fee and the fixed cost attributed to the date range: the fee once per billing
    period whose start date falls inside the range, however many deployments share the account.

    Args:
        start_date (str): First day of the Usage page filter, YYYY-MM-DD
        end_date (str): Last day of the Usage page filter, YYYY-MM-DD

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SubscriptionUsageResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
) -> HTTPValidationError | SubscriptionUsageResponse | None:
    """Get Subscription Usage

     Subscription-backed accounts behind the proxy's deployments or carrying a stored fee, each with
    its configured monthly fee and the fixed cost attributed to the date range: the fee once per billing
    period whose start date falls inside the range, however many deployments share the account.

    Args:
        start_date (str): First day of the Usage page filter, YYYY-MM-DD
        end_date (str): Last day of the Usage page filter, YYYY-MM-DD

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SubscriptionUsageResponse
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
) -> Response[HTTPValidationError | SubscriptionUsageResponse]:
    """Get Subscription Usage

     Subscription-backed accounts behind the proxy's deployments or carrying a stored fee, each with
    its configured monthly fee and the fixed cost attributed to the date range: the fee once per billing
    period whose start date falls inside the range, however many deployments share the account.

    Args:
        start_date (str): First day of the Usage page filter, YYYY-MM-DD
        end_date (str): Last day of the Usage page filter, YYYY-MM-DD

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SubscriptionUsageResponse]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: str,
    end_date: str,
) -> HTTPValidationError | SubscriptionUsageResponse | None:
    """Get Subscription Usage

     Subscription-backed accounts behind the proxy's deployments or carrying a stored fee, each with
    its configured monthly fee and the fixed cost attributed to the date range: the fee once per billing
    period whose start date falls inside the range, however many deployments share the account.

    Args:
        start_date (str): First day of the Usage page filter, YYYY-MM-DD
        end_date (str): Last day of the Usage page filter, YYYY-MM-DD

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SubscriptionUsageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
