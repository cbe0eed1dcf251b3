from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.pass_through_endpoint_response import PassThroughEndpointResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    endpoint_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["endpoint_id"] = endpoint_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/config/pass_through_endpoint",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | PassThroughEndpointResponse | None:
    if response.status_code == 200:
        response_200 = PassThroughEndpointResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | PassThroughEndpointResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    endpoint_id: str,
) -> Response[HTTPValidationError | PassThroughEndpointResponse]:
    """Delete Pass Through Endpoints

     Delete a pass-through endpoint by ID.

    Returns - the deleted endpoint

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PassThroughEndpointResponse]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    endpoint_id: str,
) -> HTTPValidationError | PassThroughEndpointResponse | None:
    """Delete Pass Through Endpoints

     Delete a pass-through endpoint by ID.

    Returns - the deleted endpoint

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PassThroughEndpointResponse
    """

    return sync_detailed(
        client=client,
        endpoint_id=endpoint_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    endpoint_id: str,
) -> Response[HTTPValidationError | PassThroughEndpointResponse]:
    """Delete Pass Through Endpoints

     Delete a pass-through endpoint by ID.

    Returns - the deleted endpoint

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PassThroughEndpointResponse]
    """

    kwargs = _get_kwargs(
        endpoint_id=endpoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    endpoint_id: str,
) -> HTTPValidationError | PassThroughEndpointResponse | None:
    """Delete Pass Through Endpoints

     Delete a pass-through endpoint by ID.

    Returns - the deleted endpoint

    Args:
        endpoint_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PassThroughEndpointResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            endpoint_id=endpoint_id,
        )
    ).parsed
