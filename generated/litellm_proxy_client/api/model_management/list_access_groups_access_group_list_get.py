from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_access_groups_response import ListAccessGroupsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/access_group/list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAccessGroupsResponse | None:
    if response.status_code == 200:
        response_200 = ListAccessGroupsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAccessGroupsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListAccessGroupsResponse]:
    """ List Access Groups

     List all access groups.

    Returns a list of all access groups with their model names, deployment counts, shared budget
    and the spend drawn against it.

    Example:
    ```bash
    curl -X GET 'http://localhost:4000/access_group/list' \\
      -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Returns:
    - ListAccessGroupsResponse with all access groups

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAccessGroupsResponse]
     """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListAccessGroupsResponse | None:
    """ List Access Groups

     List all access groups.

    Returns a list of all access groups with their model names, deployment counts, shared budget
    and the spend drawn against it.

    Example:
    ```bash
    curl -X GET 'http://localhost:4000/access_group/list' \\
      -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Returns:
    - ListAccessGroupsResponse with all access groups

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAccessGroupsResponse
     """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListAccessGroupsResponse]:
    """ List Access Groups

     List all access groups.

    Returns a list of all access groups with their model names, deployment counts, shared budget
    and the spend drawn against it.

    Example:
    ```bash
    curl -X GET 'http://localhost:4000/access_group/list' \\
      -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Returns:
    - ListAccessGroupsResponse with all access groups

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAccessGroupsResponse]
     """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListAccessGroupsResponse | None:
    """ List Access Groups

     List all access groups.

    Returns a list of all access groups with their model names, deployment counts, shared budget
    and the spend drawn against it.

    Example:
    ```bash
    curl -X GET 'http://localhost:4000/access_group/list' \\
      -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Returns:
    - ListAccessGroupsResponse with all access groups

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAccessGroupsResponse
     """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
