from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_response import CustomerResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customer/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | list[CustomerResponse] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = CustomerResponse.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[HTTPValidationError | list[CustomerResponse]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[CustomerResponse]]:
    """List End User

     [Admin-only] List customers in pages of up to 100, ordered by user ID. Defaults to 50 customers per
    page.

    Example curl:
    ```
    curl --location --request GET 'http://0.0.0.0:4000/customer/list'         --header "Authorization:
    Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Number of customers per page Default: 50.
        search (None | str | Unset): Case-insensitive search by customer ID or alias

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[CustomerResponse]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> HTTPValidationError | list[CustomerResponse] | None:
    """List End User

     [Admin-only] List customers in pages of up to 100, ordered by user ID. Defaults to 50 customers per
    page.

    Example curl:
    ```
    curl --location --request GET 'http://0.0.0.0:4000/customer/list'         --header "Authorization:
    Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Number of customers per page Default: 50.
        search (None | str | Unset): Case-insensitive search by customer ID or alias

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[CustomerResponse]
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | list[CustomerResponse]]:
    """List End User

     [Admin-only] List customers in pages of up to 100, ordered by user ID. Defaults to 50 customers per
    page.

    Example curl:
    ```
    curl --location --request GET 'http://0.0.0.0:4000/customer/list'         --header "Authorization:
    Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Number of customers per page Default: 50.
        search (None | str | Unset): Case-insensitive search by customer ID or alias

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | list[CustomerResponse]]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    search: None | str | Unset = UNSET,
) -> HTTPValidationError | list[CustomerResponse] | None:
    """List End User

     [Admin-only] List customers in pages of up to 100, ordered by user ID. Defaults to 50 customers per
    page.

    Example curl:
    ```
    curl --location --request GET 'http://0.0.0.0:4000/customer/list'         --header "Authorization:
    Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Number of customers per page Default: 50.
        search (None | str | Unset): Case-insensitive search by customer ID or alias

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | list[CustomerResponse]
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            search=search,
        )
    ).parsed
