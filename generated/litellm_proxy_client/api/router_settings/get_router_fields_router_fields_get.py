from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.router_fields_response import RouterFieldsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/router/fields",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> RouterFieldsResponse | None:
    if response.status_code == 200:
        response_200 = RouterFieldsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RouterFieldsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[RouterFieldsResponse]:
    """Get Router Fields

     Get router settings field definitions without values.

    Returns only the field metadata (type, description, default, options) without
    populating field_value. This is useful for UI components that need to know
    what fields to render, but will get the actual values from a different endpoint.

    Returns:
    - fields: List of all configurable router settings with their metadata (type, description, default,
    options)
              The routing_strategy field includes available options extracted from the Router class
              Note: field_value will be None for all fields
    - routing_strategy_descriptions: Descriptions for each routing strategy option

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RouterFieldsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> RouterFieldsResponse | None:
    """Get Router Fields

     Get router settings field definitions without values.

    Returns only the field metadata (type, description, default, options) without
    populating field_value. This is useful for UI components that need to know
    what fields to render, but will get the actual values from a different endpoint.

    Returns:
    - fields: List of all configurable router settings with their metadata (type, description, default,
    options)
              The routing_strategy field includes available options extracted from the Router class
              Note: field_value will be None for all fields
    - routing_strategy_descriptions: Descriptions for each routing strategy option

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RouterFieldsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[RouterFieldsResponse]:
    """Get Router Fields

     Get router settings field definitions without values.

    Returns only the field metadata (type, description, default, options) without
    populating field_value. This is useful for UI components that need to know
    what fields to render, but will get the actual values from a different endpoint.

    Returns:
    - fields: List of all configurable router settings with their metadata (type, description, default,
    options)
              The routing_strategy field includes available options extracted from the Router class
              Note: field_value will be None for all fields
    - routing_strategy_descriptions: Descriptions for each routing strategy option

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RouterFieldsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> RouterFieldsResponse | None:
    """Get Router Fields

     Get router settings field definitions without values.

    Returns only the field metadata (type, description, default, options) without
    populating field_value. This is useful for UI components that need to know
    what fields to render, but will get the actual values from a different endpoint.

    Returns:
    - fields: List of all configurable router settings with their metadata (type, description, default,
    options)
              The routing_strategy field includes available options extracted from the Router class
              Note: field_value will be None for all fields
    - routing_strategy_descriptions: Descriptions for each routing strategy option

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RouterFieldsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
