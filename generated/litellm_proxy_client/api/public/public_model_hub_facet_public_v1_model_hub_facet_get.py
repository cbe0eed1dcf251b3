from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.facet_list_response import FacetListResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.public_model_hub_facet_public_v1_model_hub_facet_get_facet import (
    PublicModelHubFacetPublicV1ModelHubFacetGetFacet,
)
from ...types import Response


def _get_kwargs(
    facet: PublicModelHubFacetPublicV1ModelHubFacetGetFacet,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/v1/model_hub/{facet}".format(
            facet=quote(str(facet), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> FacetListResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = FacetListResponse.from_dict(response.json())

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
) -> Response[FacetListResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    facet: PublicModelHubFacetPublicV1ModelHubFacetGetFacet,
    *,
    client: AuthenticatedClient,
) -> Response[FacetListResponse | HTTPValidationError]:
    """Public Model Hub Facet

     The distinct providers, modes or features across the published model groups, for the
    Model Hub's filter dropdowns. No authentication.

    Carries the same filters and search as the list route, so a dropdown offers exactly
    the values the table can show: asking for providers under `filter[mode][in]=chat`
    lists only the providers that serve a chat model.

    Example curl:
    ```
    curl --location --globoff
    'http://0.0.0.0:4000/public/v1/model_hub/providers?filter[mode][in]=chat&page_size=50'
    ```

    Args:
        facet (PublicModelHubFacetPublicV1ModelHubFacetGetFacet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacetListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        facet=facet,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    facet: PublicModelHubFacetPublicV1ModelHubFacetGetFacet,
    *,
    client: AuthenticatedClient,
) -> FacetListResponse | HTTPValidationError | None:
    """Public Model Hub Facet

     The distinct providers, modes or features across the published model groups, for the
    Model Hub's filter dropdowns. No authentication.

    Carries the same filters and search as the list route, so a dropdown offers exactly
    the values the table can show: asking for providers under `filter[mode][in]=chat`
    lists only the providers that serve a chat model.

    Example curl:
    ```
    curl --location --globoff
    'http://0.0.0.0:4000/public/v1/model_hub/providers?filter[mode][in]=chat&page_size=50'
    ```

    Args:
        facet (PublicModelHubFacetPublicV1ModelHubFacetGetFacet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacetListResponse | HTTPValidationError
    """

    return sync_detailed(
        facet=facet,
        client=client,
    ).parsed


async def asyncio_detailed(
    facet: PublicModelHubFacetPublicV1ModelHubFacetGetFacet,
    *,
    client: AuthenticatedClient,
) -> Response[FacetListResponse | HTTPValidationError]:
    """Public Model Hub Facet

     The distinct providers, modes or features across the published model groups, for the
    Model Hub's filter dropdowns. No authentication.

    Carries the same filters and search as the list route, so a dropdown offers exactly
    the values the table can show: asking for providers under `filter[mode][in]=chat`
    lists only the providers that serve a chat model.

    Example curl:
    ```
    curl --location --globoff
    'http://0.0.0.0:4000/public/v1/model_hub/providers?filter[mode][in]=chat&page_size=50'
    ```

    Args:
        facet (PublicModelHubFacetPublicV1ModelHubFacetGetFacet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FacetListResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        facet=facet,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    facet: PublicModelHubFacetPublicV1ModelHubFacetGetFacet,
    *,
    client: AuthenticatedClient,
) -> FacetListResponse | HTTPValidationError | None:
    """Public Model Hub Facet

     The distinct providers, modes or features across the published model groups, for the
    Model Hub's filter dropdowns. No authentication.

    Carries the same filters and search as the list route, so a dropdown offers exactly
    the values the table can show: asking for providers under `filter[mode][in]=chat`
    lists only the providers that serve a chat model.

    Example curl:
    ```
    curl --location --globoff
    'http://0.0.0.0:4000/public/v1/model_hub/providers?filter[mode][in]=chat&page_size=50'
    ```

    Args:
        facet (PublicModelHubFacetPublicV1ModelHubFacetGetFacet):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FacetListResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            facet=facet,
            client=client,
        )
    ).parsed
