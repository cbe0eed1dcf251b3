from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import File, Response


def _get_kwargs(
    plugin_name: str,
    digest: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/claude-code/plugins/{plugin_name}/archive/{digest}.zip".format(
            plugin_name=quote(str(plugin_name), safe=""),
            digest=quote(str(digest), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[File | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plugin_name: str,
    digest: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | HTTPValidationError]:
    """Download Plugin Archive

     Download an uploaded ZIP under the same visibility policy as its skill.

    Args:
        plugin_name (str):
        digest (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        plugin_name=plugin_name,
        digest=digest,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plugin_name: str,
    digest: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | HTTPValidationError | None:
    """Download Plugin Archive

     Download an uploaded ZIP under the same visibility policy as its skill.

    Args:
        plugin_name (str):
        digest (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError
    """

    return sync_detailed(
        plugin_name=plugin_name,
        digest=digest,
        client=client,
    ).parsed


async def asyncio_detailed(
    plugin_name: str,
    digest: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[File | HTTPValidationError]:
    """Download Plugin Archive

     Download an uploaded ZIP under the same visibility policy as its skill.

    Args:
        plugin_name (str):
        digest (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        plugin_name=plugin_name,
        digest=digest,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plugin_name: str,
    digest: str,
    *,
    client: AuthenticatedClient | Client,
) -> File | HTTPValidationError | None:
    """Download Plugin Archive

     Download an uploaded ZIP under the same visibility policy as its skill.

    Args:
        plugin_name (str):
        digest (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            plugin_name=plugin_name,
            digest=digest,
            client=client,
        )
    ).parsed
