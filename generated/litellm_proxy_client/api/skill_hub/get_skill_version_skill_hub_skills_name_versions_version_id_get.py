from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_hub_version import SkillHubVersion
from ...types import Response


def _get_kwargs(
    name: str,
    version_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skill-hub/skills/{name}/versions/{version_id}".format(
            name=quote(str(name), safe=""),
            version_id=quote(str(version_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SkillHubVersion | None:
    if response.status_code == 200:
        response_200 = SkillHubVersion.from_dict(response.json())

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
) -> Response[HTTPValidationError | SkillHubVersion]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SkillHubVersion]:
    """Get Skill Version

     Read a retained publication under the current skill's visibility policy.

    Args:
        name (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubVersion]
    """

    kwargs = _get_kwargs(
        name=name,
        version_id=version_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SkillHubVersion | None:
    """Get Skill Version

     Read a retained publication under the current skill's visibility policy.

    Args:
        name (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubVersion
    """

    return sync_detailed(
        name=name,
        version_id=version_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    name: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SkillHubVersion]:
    """Get Skill Version

     Read a retained publication under the current skill's visibility policy.

    Args:
        name (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubVersion]
    """

    kwargs = _get_kwargs(
        name=name,
        version_id=version_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    version_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SkillHubVersion | None:
    """Get Skill Version

     Read a retained publication under the current skill's visibility policy.

    Args:
        name (str):
        version_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubVersion
    """

    return (
        await asyncio_detailed(
            name=name,
            version_id=version_id,
            client=client,
        )
    ).parsed
