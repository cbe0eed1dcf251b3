from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.latest_release_info import LatestReleaseInfo
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get/latest_release_info",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LatestReleaseInfo | None | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> LatestReleaseInfo | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = LatestReleaseInfo.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LatestReleaseInfo | None, data)

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LatestReleaseInfo | None]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[LatestReleaseInfo | None]:
    """Latest Release Info

     Newest stable release on the LiteLLM changelog, linked to its changelog page, with the PR count of
    its whole
    minor line (e.g. v1.105.0 + v1.105.1) from GitHub split into new features, bug fixes and other
    updates.
    Returns null when the changelog or GitHub can't be reached so the dashboard upgrade banner simply
    doesn't render.
    Set LITELLM_DISABLE_LATEST_RELEASE_CHECK=true to return null without making any outbound request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LatestReleaseInfo | None]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> LatestReleaseInfo | None | None:
    """Latest Release Info

     Newest stable release on the LiteLLM changelog, linked to its changelog page, with the PR count of
    its whole
    minor line (e.g. v1.105.0 + v1.105.1) from GitHub split into new features, bug fixes and other
    updates.
    Returns null when the changelog or GitHub can't be reached so the dashboard upgrade banner simply
    doesn't render.
    Set LITELLM_DISABLE_LATEST_RELEASE_CHECK=true to return null without making any outbound request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LatestReleaseInfo | None
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[LatestReleaseInfo | None]:
    """Latest Release Info

     Newest stable release on the LiteLLM changelog, linked to its changelog page, with the PR count of
    its whole
    minor line (e.g. v1.105.0 + v1.105.1) from GitHub split into new features, bug fixes and other
    updates.
    Returns null when the changelog or GitHub can't be reached so the dashboard upgrade banner simply
    doesn't render.
    Set LITELLM_DISABLE_LATEST_RELEASE_CHECK=true to return null without making any outbound request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LatestReleaseInfo | None]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> LatestReleaseInfo | None | None:
    """Latest Release Info

     Newest stable release on the LiteLLM changelog, linked to its changelog page, with the PR count of
    its whole
    minor line (e.g. v1.105.0 + v1.105.1) from GitHub split into new features, bug fixes and other
    updates.
    Returns null when the changelog or GitHub can't be reached so the dashboard upgrade banner simply
    doesn't render.
    Set LITELLM_DISABLE_LATEST_RELEASE_CHECK=true to return null without making any outbound request.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LatestReleaseInfo | None
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
