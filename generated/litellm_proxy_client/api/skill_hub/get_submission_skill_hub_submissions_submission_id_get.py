from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_hub_submission_detail import SkillHubSubmissionDetail
from ...types import Response


def _get_kwargs(
    submission_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skill-hub/submissions/{submission_id}".format(
            submission_id=quote(str(submission_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SkillHubSubmissionDetail | None:
    if response.status_code == 200:
        response_200 = SkillHubSubmissionDetail.from_dict(response.json())

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
) -> Response[HTTPValidationError | SkillHubSubmissionDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SkillHubSubmissionDetail]:
    """Get Submission

     Read an immutable proposal and its currently visible published skill.

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubSubmissionDetail]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SkillHubSubmissionDetail | None:
    """Get Submission

     Read an immutable proposal and its currently visible published skill.

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubSubmissionDetail
    """

    return sync_detailed(
        submission_id=submission_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[HTTPValidationError | SkillHubSubmissionDetail]:
    """Get Submission

     Read an immutable proposal and its currently visible published skill.

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubSubmissionDetail]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    submission_id: str,
    *,
    client: AuthenticatedClient,
) -> HTTPValidationError | SkillHubSubmissionDetail | None:
    """Get Submission

     Read an immutable proposal and its currently visible published skill.

    Args:
        submission_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubSubmissionDetail
    """

    return (
        await asyncio_detailed(
            submission_id=submission_id,
            client=client,
        )
    ).parsed
