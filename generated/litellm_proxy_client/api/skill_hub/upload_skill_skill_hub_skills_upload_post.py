from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_upload_skill_skill_hub_skills_upload_post import BodyUploadSkillSkillHubSkillsUploadPost
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_hub_pending_skill import SkillHubPendingSkill
from ...models.skill_hub_skill import SkillHubSkill
from ...types import Response


def _get_kwargs(
    *,
    body: BodyUploadSkillSkillHubSkillsUploadPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/skill-hub/skills/upload",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SkillHubPendingSkill | SkillHubSkill | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> SkillHubPendingSkill | SkillHubSkill:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SkillHubSkill.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = SkillHubPendingSkill.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[HTTPValidationError | SkillHubPendingSkill | SkillHubSkill]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadSkillSkillHubSkillsUploadPost,
) -> Response[HTTPValidationError | SkillHubPendingSkill | SkillHubSkill]:
    """Upload Skill

     Publish a portable skill while retaining Claude marketplace compatibility.

    Args:
        body (BodyUploadSkillSkillHubSkillsUploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubPendingSkill | SkillHubSkill]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyUploadSkillSkillHubSkillsUploadPost,
) -> HTTPValidationError | SkillHubPendingSkill | SkillHubSkill | None:
    """Upload Skill

     Publish a portable skill while retaining Claude marketplace compatibility.

    Args:
        body (BodyUploadSkillSkillHubSkillsUploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubPendingSkill | SkillHubSkill
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyUploadSkillSkillHubSkillsUploadPost,
) -> Response[HTTPValidationError | SkillHubPendingSkill | SkillHubSkill]:
    """Upload Skill

     Publish a portable skill while retaining Claude marketplace compatibility.

    Args:
        body (BodyUploadSkillSkillHubSkillsUploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubPendingSkill | SkillHubSkill]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyUploadSkillSkillHubSkillsUploadPost,
) -> HTTPValidationError | SkillHubPendingSkill | SkillHubSkill | None:
    """Upload Skill

     Publish a portable skill while retaining Claude marketplace compatibility.

    Args:
        body (BodyUploadSkillSkillHubSkillsUploadPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubPendingSkill | SkillHubSkill
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
