from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.list_submissions_skill_hub_submissions_get_status_type_0 import (
    ListSubmissionsSkillHubSubmissionsGetStatusType0,
)
from ...models.skill_hub_submission_list import SkillHubSubmissionList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: ListSubmissionsSkillHubSubmissionsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListSubmissionsSkillHubSubmissionsGetStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/skill-hub/submissions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SkillHubSubmissionList | None:
    if response.status_code == 200:
        response_200 = SkillHubSubmissionList.from_dict(response.json())

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
) -> Response[HTTPValidationError | SkillHubSubmissionList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListSubmissionsSkillHubSubmissionsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | SkillHubSubmissionList]:
    """List Submissions

     Read a page of owned proposals. Proxy admins and admin viewers can read every owner's proposals.

    Args:
        status (ListSubmissionsSkillHubSubmissionsGetStatusType0 | None | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubSubmissionList]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: ListSubmissionsSkillHubSubmissionsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> HTTPValidationError | SkillHubSubmissionList | None:
    """List Submissions

     Read a page of owned proposals. Proxy admins and admin viewers can read every owner's proposals.

    Args:
        status (ListSubmissionsSkillHubSubmissionsGetStatusType0 | None | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubSubmissionList
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListSubmissionsSkillHubSubmissionsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> Response[HTTPValidationError | SkillHubSubmissionList]:
    """List Submissions

     Read a page of owned proposals. Proxy admins and admin viewers can read every owner's proposals.

    Args:
        status (ListSubmissionsSkillHubSubmissionsGetStatusType0 | None | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SkillHubSubmissionList]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ListSubmissionsSkillHubSubmissionsGetStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
) -> HTTPValidationError | SkillHubSubmissionList | None:
    """List Submissions

     Read a page of owned proposals. Proxy admins and admin viewers can read every owner's proposals.

    Args:
        status (ListSubmissionsSkillHubSubmissionsGetStatusType0 | None | Unset):
        limit (int | Unset):  Default: 20.
        offset (int | Unset):  Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SkillHubSubmissionList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            offset=offset,
        )
    ).parsed
