from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_public_autorouter_presets_public_autorouter_presets_get_response_get_public_autorouter_presets_public_autorouter_presets_get import (
    GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/autorouter_presets",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet
    | None
):
    if response.status_code == 200:
        response_200 = GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet
]:
    """Get Public Autorouter Presets

     Return the auto-router preset catalog the dashboard's template picker renders.

    Resolved once per process, like the model cost map: fetched from ``litellm.autorouter_presets_url``
    (override with ``LITELLM_AUTOROUTER_PRESETS_URL``) on the first request, falling back to the
    catalog bundled with the package on any failure. Set ``LITELLM_LOCAL_AUTOROUTER_PRESETS=True``
    to serve the bundled catalog only. A restart picks up a newly published catalog.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet
    | None
):
    """Get Public Autorouter Presets

     Return the auto-router preset catalog the dashboard's template picker renders.

    Resolved once per process, like the model cost map: fetched from ``litellm.autorouter_presets_url``
    (override with ``LITELLM_AUTOROUTER_PRESETS_URL``) on the first request, falling back to the
    catalog bundled with the package on any failure. Set ``LITELLM_LOCAL_AUTOROUTER_PRESETS=True``
    to serve the bundled catalog only. A restart picks up a newly published catalog.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet
]:
    """Get Public Autorouter Presets

     Return the auto-router preset catalog the dashboard's template picker renders.

    Resolved once per process, like the model cost map: fetched from ``litellm.autorouter_presets_url``
    (override with ``LITELLM_AUTOROUTER_PRESETS_URL``) on the first request, falling back to the
    catalog bundled with the package on any failure. Set ``LITELLM_LOCAL_AUTOROUTER_PRESETS=True``
    to serve the bundled catalog only. A restart picks up a newly published catalog.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet
    | None
):
    """Get Public Autorouter Presets

     Return the auto-router preset catalog the dashboard's template picker renders.

    Resolved once per process, like the model cost map: fetched from ``litellm.autorouter_presets_url``
    (override with ``LITELLM_AUTOROUTER_PRESETS_URL``) on the first request, falling back to the
    catalog bundled with the package on any failure. Set ``LITELLM_LOCAL_AUTOROUTER_PRESETS=True``
    to serve the bundled catalog only. A restart picks up a newly published catalog.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
