import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deprecation_alert_state import DeprecationAlertState
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    model: str,
    deprecation_date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    json_deprecation_date = deprecation_date.isoformat()
    params["deprecation_date"] = json_deprecation_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/alerting/model-deprecations/state",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeprecationAlertState | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeprecationAlertState.from_dict(response.json())

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
) -> Response[DeprecationAlertState | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    model: str,
    deprecation_date: datetime.date,
) -> Response[DeprecationAlertState | HTTPValidationError]:
    """Get Deprecation Alert State

    Args:
        model (str):
        deprecation_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeprecationAlertState | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model=model,
        deprecation_date=deprecation_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model: str,
    deprecation_date: datetime.date,
) -> DeprecationAlertState | HTTPValidationError | None:
    """Get Deprecation Alert State

    Args:
        model (str):
        deprecation_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeprecationAlertState | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        model=model,
        deprecation_date=deprecation_date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model: str,
    deprecation_date: datetime.date,
) -> Response[DeprecationAlertState | HTTPValidationError]:
    """Get Deprecation Alert State

    Args:
        model (str):
        deprecation_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeprecationAlertState | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model=model,
        deprecation_date=deprecation_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model: str,
    deprecation_date: datetime.date,
) -> DeprecationAlertState | HTTPValidationError | None:
    """Get Deprecation Alert State

    Args:
        model (str):
        deprecation_date (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeprecationAlertState | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
            deprecation_date=deprecation_date,
        )
    ).parsed
