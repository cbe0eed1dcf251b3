from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cyber_ark_config import CyberArkConfig
from ...models.http_validation_error import HTTPValidationError
from ...models.update_cyberark_config_config_overrides_cyberark_post_response_update_cyberark_config_config_overrides_cyberark_post import (
    UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CyberArkConfig,
    litellm_changed_by: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(litellm_changed_by, Unset):
        headers["litellm-changed-by"] = litellm_changed_by

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/config_overrides/cyberark",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    HTTPValidationError
    | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost
    | None
):
    if response.status_code == 200:
        response_200 = UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost.from_dict(
            response.json()
        )

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
) -> Response[
    HTTPValidationError
    | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CyberArkConfig,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[
    HTTPValidationError
    | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost
]:
    """Update Cyberark Config

     Update CyberArk Conjur secret manager configuration.
    Sets environment variables, encrypts sensitive fields, and stores in DB.
    Reinitializes the secret manager on this pod.

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (CyberArkConfig): Configuration for CyberArk Conjur secret manager integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost]
    """

    kwargs = _get_kwargs(
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CyberArkConfig,
    litellm_changed_by: None | str | Unset = UNSET,
) -> (
    HTTPValidationError
    | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost
    | None
):
    """Update Cyberark Config

     Update CyberArk Conjur secret manager configuration.
    Sets environment variables, encrypts sensitive fields, and stores in DB.
    Reinitializes the secret manager on this pod.

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (CyberArkConfig): Configuration for CyberArk Conjur secret manager integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost
    """

    return sync_detailed(
        client=client,
        body=body,
        litellm_changed_by=litellm_changed_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CyberArkConfig,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[
    HTTPValidationError
    | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost
]:
    """Update Cyberark Config

     Update CyberArk Conjur secret manager configuration.
    Sets environment variables, encrypts sensitive fields, and stores in DB.
    Reinitializes the secret manager on this pod.

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (CyberArkConfig): Configuration for CyberArk Conjur secret manager integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost]
    """

    kwargs = _get_kwargs(
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CyberArkConfig,
    litellm_changed_by: None | str | Unset = UNSET,
) -> (
    HTTPValidationError
    | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost
    | None
):
    """Update Cyberark Config

     Update CyberArk Conjur secret manager configuration.
    Sets environment variables, encrypts sensitive fields, and stores in DB.
    Reinitializes the secret manager on this pod.

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (CyberArkConfig): Configuration for CyberArk Conjur secret manager integration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            litellm_changed_by=litellm_changed_by,
        )
    ).parsed
