from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.scim_service_provider_config import SCIMServiceProviderConfig
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    feature: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_feature: None | str | Unset
    if isinstance(feature, Unset):
        json_feature = UNSET
    else:
        json_feature = feature
    params["feature"] = json_feature

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scim/v2/ServiceProviderConfig",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SCIMServiceProviderConfig | None:
    if response.status_code == 200:
        response_200 = SCIMServiceProviderConfig.from_dict(response.json())

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
) -> Response[HTTPValidationError | SCIMServiceProviderConfig]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    feature: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | SCIMServiceProviderConfig]:
    """Get Service Provider Config

     Return SCIM Service Provider Configuration.

    Args:
        feature (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SCIMServiceProviderConfig]
    """

    kwargs = _get_kwargs(
        feature=feature,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    feature: None | str | Unset = UNSET,
) -> HTTPValidationError | SCIMServiceProviderConfig | None:
    """Get Service Provider Config

     Return SCIM Service Provider Configuration.

    Args:
        feature (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SCIMServiceProviderConfig
    """

    return sync_detailed(
        client=client,
        feature=feature,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    feature: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | SCIMServiceProviderConfig]:
    """Get Service Provider Config

     Return SCIM Service Provider Configuration.

    Args:
        feature (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SCIMServiceProviderConfig]
    """

    kwargs = _get_kwargs(
        feature=feature,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    feature: None | str | Unset = UNSET,
) -> HTTPValidationError | SCIMServiceProviderConfig | None:
    """Get Service Provider Config

     Return SCIM Service Provider Configuration.

    Args:
        feature (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SCIMServiceProviderConfig
    """

    return (
        await asyncio_detailed(
            client=client,
            feature=feature,
        )
    ).parsed
