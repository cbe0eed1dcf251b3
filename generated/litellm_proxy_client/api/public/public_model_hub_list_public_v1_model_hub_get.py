from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_response_model_group_info_proxy import ListResponseModelGroupInfoProxy
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/v1/model_hub",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListResponseModelGroupInfoProxy | None:
    if response.status_code == 200:
        response_200 = ListResponseModelGroupInfoProxy.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListResponseModelGroupInfoProxy]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListResponseModelGroupInfoProxy]:
    """Public Model Hub List

     The public model groups this proxy publishes, paged, sortable, searchable and
    filterable, for the public Model Hub page. No authentication.

    A rejected request answers with the parameters, sort fields and filter operators
    it would have accepted, so the accepted set stays discoverable from the endpoint
    itself rather than from a copy of the spec kept here.

    Example curl:
    ```
    curl --location --globoff         'http://0.0.0.0:4000/public/v1/model_hub?sort=-
    input_cost_per_token&filter[mode][in]=chat&page_size=25'
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseModelGroupInfoProxy]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListResponseModelGroupInfoProxy | None:
    """Public Model Hub List

     The public model groups this proxy publishes, paged, sortable, searchable and
    filterable, for the public Model Hub page. No authentication.

    A rejected request answers with the parameters, sort fields and filter operators
    it would have accepted, so the accepted set stays discoverable from the endpoint
    itself rather than from a copy of the spec kept here.

    Example curl:
    ```
    curl --location --globoff         'http://0.0.0.0:4000/public/v1/model_hub?sort=-
    input_cost_per_token&filter[mode][in]=chat&page_size=25'
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseModelGroupInfoProxy
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListResponseModelGroupInfoProxy]:
    """Public Model Hub List

     The public model groups this proxy publishes, paged, sortable, searchable and
    filterable, for the public Model Hub page. No authentication.

    A rejected request answers with the parameters, sort fields and filter operators
    it would have accepted, so the accepted set stays discoverable from the endpoint
    itself rather than from a copy of the spec kept here.

    Example curl:
    ```
    curl --location --globoff         'http://0.0.0.0:4000/public/v1/model_hub?sort=-
    input_cost_per_token&filter[mode][in]=chat&page_size=25'
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListResponseModelGroupInfoProxy]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListResponseModelGroupInfoProxy | None:
    """Public Model Hub List

     The public model groups this proxy publishes, paged, sortable, searchable and
    filterable, for the public Model Hub page. No authentication.

    A rejected request answers with the parameters, sort fields and filter operators
    it would have accepted, so the accepted set stays discoverable from the endpoint
    itself rather than from a copy of the spec kept here.

    Example curl:
    ```
    curl --location --globoff         'http://0.0.0.0:4000/public/v1/model_hub?sort=-
    input_cost_per_token&filter[mode][in]=chat&page_size=25'
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListResponseModelGroupInfoProxy
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
