from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_warning_ignore_response import DeploymentWarningIgnoreResponse
from ...models.deployment_warning_ignore_update import DeploymentWarningIgnoreUpdate
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    warning_id: str,
    *,
    body: DeploymentWarningIgnoreUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/health/deployment_warnings/{warning_id}".format(
            warning_id=quote(str(warning_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentWarningIgnoreResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeploymentWarningIgnoreResponse.from_dict(response.json())

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
) -> Response[DeploymentWarningIgnoreResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    warning_id: str,
    *,
    client: AuthenticatedClient,
    body: DeploymentWarningIgnoreUpdate,
) -> Response[DeploymentWarningIgnoreResponse | HTTPValidationError]:
    """Update Deployment Warning Ignore

     Ignore, snooze, or restore one deployment warning for every admin of this proxy.
    Only proxy admins can call this, and it needs a database.

    Args:
        warning_id (str):
        body (DeploymentWarningIgnoreUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentWarningIgnoreResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        warning_id=warning_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    warning_id: str,
    *,
    client: AuthenticatedClient,
    body: DeploymentWarningIgnoreUpdate,
) -> DeploymentWarningIgnoreResponse | HTTPValidationError | None:
    """Update Deployment Warning Ignore

     Ignore, snooze, or restore one deployment warning for every admin of this proxy.
    Only proxy admins can call this, and it needs a database.

    Args:
        warning_id (str):
        body (DeploymentWarningIgnoreUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentWarningIgnoreResponse | HTTPValidationError
    """

    return sync_detailed(
        warning_id=warning_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    warning_id: str,
    *,
    client: AuthenticatedClient,
    body: DeploymentWarningIgnoreUpdate,
) -> Response[DeploymentWarningIgnoreResponse | HTTPValidationError]:
    """Update Deployment Warning Ignore

     Ignore, snooze, or restore one deployment warning for every admin of this proxy.
    Only proxy admins can call this, and it needs a database.

    Args:
        warning_id (str):
        body (DeploymentWarningIgnoreUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentWarningIgnoreResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        warning_id=warning_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    warning_id: str,
    *,
    client: AuthenticatedClient,
    body: DeploymentWarningIgnoreUpdate,
) -> DeploymentWarningIgnoreResponse | HTTPValidationError | None:
    """Update Deployment Warning Ignore

     Ignore, snooze, or restore one deployment warning for every admin of this proxy.
    Only proxy admins can call this, and it needs a database.

    Args:
        warning_id (str):
        body (DeploymentWarningIgnoreUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentWarningIgnoreResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            warning_id=warning_id,
            client=client,
            body=body,
        )
    ).parsed
