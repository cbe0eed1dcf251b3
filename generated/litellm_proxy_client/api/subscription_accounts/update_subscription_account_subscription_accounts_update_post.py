from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.lite_llm_subscription_account_table import LiteLLMSubscriptionAccountTable
from ...models.update_subscription_account_fee_request import UpdateSubscriptionAccountFeeRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateSubscriptionAccountFeeRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/subscription_accounts/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | LiteLLMSubscriptionAccountTable | None:
    if response.status_code == 200:
        response_200 = LiteLLMSubscriptionAccountTable.from_dict(response.json())

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
) -> Response[HTTPValidationError | LiteLLMSubscriptionAccountTable]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSubscriptionAccountFeeRequest,
) -> Response[HTTPValidationError | LiteLLMSubscriptionAccountTable]:
    """Update Subscription Account

     Change the fee, currency, billing period start, or label of a subscription account.
    Only the fields named in the request are written, so two admins changing different
    fields at the same time both land.

    Args:
        body (UpdateSubscriptionAccountFeeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LiteLLMSubscriptionAccountTable]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateSubscriptionAccountFeeRequest,
) -> HTTPValidationError | LiteLLMSubscriptionAccountTable | None:
    """Update Subscription Account

     Change the fee, currency, billing period start, or label of a subscription account.
    Only the fields named in the request are written, so two admins changing different
    fields at the same time both land.

    Args:
        body (UpdateSubscriptionAccountFeeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LiteLLMSubscriptionAccountTable
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateSubscriptionAccountFeeRequest,
) -> Response[HTTPValidationError | LiteLLMSubscriptionAccountTable]:
    """Update Subscription Account

     Change the fee, currency, billing period start, or label of a subscription account.
    Only the fields named in the request are written, so two admins changing different
    fields at the same time both land.

    Args:
        body (UpdateSubscriptionAccountFeeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | LiteLLMSubscriptionAccountTable]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateSubscriptionAccountFeeRequest,
) -> HTTPValidationError | LiteLLMSubscriptionAccountTable | None:
    """Update Subscription Account

     Change the fee, currency, billing period start, or label of a subscription account.
    Only the fields named in the request are written, so two admins changing different
    fields at the same time both land.

    Args:
        body (UpdateSubscriptionAccountFeeRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | LiteLLMSubscriptionAccountTable
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
