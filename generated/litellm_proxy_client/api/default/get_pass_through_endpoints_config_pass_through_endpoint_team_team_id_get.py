from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.pass_through_endpoint_response import PassThroughEndpointResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: str,
    *,
    endpoint_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_endpoint_id: None | str | Unset
    if isinstance(endpoint_id, Unset):
        json_endpoint_id = UNSET
    else:
        json_endpoint_id = endpoint_id
    params["endpoint_id"] = json_endpoint_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/config/pass_through_endpoint/team/{team_id}".format(
            team_id=quote(str(team_id), safe=""),
        ),
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
    team_id: str,
    *,
    client: AuthenticatedClient,
    endpoint_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PassThroughEndpointResponse]:
    """Get Pass Through Endpoints

     GET configured pass through endpoint.

    If no endpoint_id given, return all configured endpoints.

    Args:
        team_id (str):
        endpoint_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PassThroughEndpointResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        endpoint_id=endpoint_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient,
    endpoint_id: None | str | Unset = UNSET,
) -> HTTPValidationError | PassThroughEndpointResponse | None:
    """Get Pass Through Endpoints

     GET configured pass through endpoint.

    If no endpoint_id given, return all configured endpoints.

    Args:
        team_id (str):
        endpoint_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PassThroughEndpointResponse
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        endpoint_id=endpoint_id,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    endpoint_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | PassThroughEndpointResponse]:
    """Get Pass Through Endpoints

     GET configured pass through endpoint.

    If no endpoint_id given, return all configured endpoints.

    Args:
        team_id (str):
        endpoint_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | PassThroughEndpointResponse]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        endpoint_id=endpoint_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient,
    endpoint_id: None | str | Unset = UNSET,
) -> HTTPValidationError | PassThroughEndpointResponse | None:
    """Get Pass Through Endpoints

     GET configured pass through endpoint.

    If no endpoint_id given, return all configured endpoints.

    Args:
        team_id (str):
        endpoint_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | PassThroughEndpointResponse
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            endpoint_id=endpoint_id,
        )
    ).parsed
