from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.skill_hub_rejection import SkillHubRejection
from ...models.skill_hub_review_response import SkillHubReviewResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    submission_id: str,
    *,
    body: None | SkillHubRejection | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/skill-hub/submissions/{submission_id}/reject".format(
            submission_id=quote(str(submission_id), safe=""),
        ),
    }

    if isinstance(body, SkillHubRejection):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SkillHubReviewResponse | None:
    if response.status_code == 200:
        response_200 = SkillHubReviewResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | SkillHubReviewResponse]:
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
    body: None | SkillHubRejection | Unset = UNSET,
) -> Response[HTTPValidationError | SkillHubReviewResponse]:
    """Reject Submission

     Reject a pending proposal without changing the published skill. Only proxy admins may review.

    Args:
        submission_id (str):
        body (None | SkillHubRejection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubReviewResponse]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SkillHubRejection | Unset = UNSET,
) -> HTTPValidationError | SkillHubReviewResponse | None:
    """Reject Submission

     Reject a pending proposal without changing the published skill. Only proxy admins may review.

    Args:
        submission_id (str):
        body (None | SkillHubRejection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubReviewResponse
    """

    return sync_detailed(
        submission_id=submission_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SkillHubRejection | Unset = UNSET,
) -> Response[HTTPValidationError | SkillHubReviewResponse]:
    """Reject Submission

     Reject a pending proposal without changing the published skill. Only proxy admins may review.

    Args:
        submission_id (str):
        body (None | SkillHubRejection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubReviewResponse]
    """

    kwargs = _get_kwargs(
        submission_id=submission_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    submission_id: str,
    *,
    client: AuthenticatedClient,
    body: None | SkillHubRejection | Unset = UNSET,
) -> HTTPValidationError | SkillHubReviewResponse | None:
    """Reject Submission

     Reject a pending proposal without changing the published skill. Only proxy admins may review.

    Args:
        submission_id (str):
        body (None | SkillHubRejection | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubReviewResponse
    """

    return (
        await asyncio_detailed(
            submission_id=submission_id,
            client=client,
            body=body,
        )
    ).parsed
