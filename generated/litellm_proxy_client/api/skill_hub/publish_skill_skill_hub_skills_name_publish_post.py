from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_hub_publication import SkillHubPublication
from ...models.skill_hub_skill import SkillHubSkill
from ...types import UNSET, Response, Unset


def _get_kwargs(
    name: str,
    *,
    body: None | SkillHubPublication | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skill-hub/skills/{name}/publish".format(
            name=quote(str(name), safe=""),
        ),
    }

    if isinstance(body, SkillHubPublication):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SkillHubSkill | None:
    if response.status_code == 200:
        response_200 = SkillHubSkill.from_dict(response.json())

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
) -> Response[HTTPValidationError | SkillHubSkill]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: None | SkillHubPublication | Unset = UNSET,
) -> Response[HTTPValidationError | SkillHubSkill]:
    """Publish Skill

     Make a skill public using the existing Hub publication policy.

    Args:
        name (str):
        body (None | SkillHubPublication | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubSkill]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient,
    body: None | SkillHubPublication | Unset = UNSET,
) -> HTTPValidationError | SkillHubSkill | None:
    """Publish Skill

     Make a skill public using the existing Hub publication policy.

    Args:
        name (str):
        body (None | SkillHubPublication | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubSkill
    """

    return sync_detailed(
        name=name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient,
    body: None | SkillHubPublication | Unset = UNSET,
) -> Response[HTTPValidationError | SkillHubSkill]:
    """Publish Skill

     Make a skill public using the existing Hub publication policy.

    Args:
        name (str):
        body (None | SkillHubPublication | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubSkill]
    """

    kwargs = _get_kwargs(
        name=name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient,
    body: None | SkillHubPublication | Unset = UNSET,
) -> HTTPValidationError | SkillHubSkill | None:
    """Publish Skill

     Make a skill public using the existing Hub publication policy.

    Args:
        name (str):
        body (None | SkillHubPublication | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubSkill
    """

    return (
        await asyncio_detailed(
            name=name,
            client=client,
            body=body,
        )
    ).parsed
