from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_team_member_delete_request import BulkTeamMemberDeleteRequest
from ...models.bulk_team_member_delete_response import BulkTeamMemberDeleteResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    team_id: str,
    *,
    body: BulkTeamMemberDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/management/v1/teams/{team_id}/members/bulk_delete".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkTeamMemberDeleteResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BulkTeamMemberDeleteResponse.from_dict(response.json())

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
) -> Response[BulkTeamMemberDeleteResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: BulkTeamMemberDeleteRequest,
) -> Response[BulkTeamMemberDeleteResponse | HTTPValidationError]:
    """Bulk Delete Team Members Action

     Remove up to 500 members from one team in one call. Same authorization as
    `/team/member_delete`: proxy admins, the team's admins, and admins of the team's
    organization. Each member is named by exactly one of `user_id` or `user_email`;
    unknown body fields are a 422 and an unknown team is a 404.

    `data` holds one result per requested member, in request order. A row is
    `success: false` with an `error` when it names nobody on the team or repeats an
    earlier row. The roster is rewritten once, under the team's advisory lock, so a
    concurrent member_add is never overwritten from a stale read.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/teams/team-1/members/bulk_delete'
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type:
    application/json'         --data '{"members": [{"user_id": "user-1"}, {"user_email":
    "user-2@example.com"}]}'
    ```

    Args:
        team_id (str):
        body (BulkTeamMemberDeleteRequest): Body of `POST
            /management/v1/teams/{team_id}/members/bulk_delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkTeamMemberDeleteResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: BulkTeamMemberDeleteRequest,
) -> BulkTeamMemberDeleteResponse | HTTPValidationError | None:
    """Bulk Delete Team Members Action

     Remove up to 500 members from one team in one call. Same authorization as
    `/team/member_delete`: proxy admins, the team's admins, and admins of the team's
    organization. Each member is named by exactly one of `user_id` or `user_email`;
    unknown body fields are a 422 and an unknown team is a 404.

    `data` holds one result per requested member, in request order. A row is
    `success: false` with an `error` when it names nobody on the team or repeats an
    earlier row. The roster is rewritten once, under the team's advisory lock, so a
    concurrent member_add is never overwritten from a stale read.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/teams/team-1/members/bulk_delete'
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type:
    application/json'         --data '{"members": [{"user_id": "user-1"}, {"user_email":
    "user-2@example.com"}]}'
    ```

    Args:
        team_id (str):
        body (BulkTeamMemberDeleteRequest): Body of `POST
            /management/v1/teams/{team_id}/members/bulk_delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkTeamMemberDeleteResponse | HTTPValidationError
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: BulkTeamMemberDeleteRequest,
) -> Response[BulkTeamMemberDeleteResponse | HTTPValidationError]:
    """Bulk Delete Team Members Action

     Remove up to 500 members from one team in one call. Same authorization as
    `/team/member_delete`: proxy admins, the team's admins, and admins of the team's
    organization. Each member is named by exactly one of `user_id` or `user_email`;
    unknown body fields are a 422 and an unknown team is a 404.

    `data` holds one result per requested member, in request order. A row is
    `success: false` with an `error` when it names nobody on the team or repeats an
    earlier row. The roster is rewritten once, under the team's advisory lock, so a
    concurrent member_add is never overwritten from a stale read.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/teams/team-1/members/bulk_delete'
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type:
    application/json'         --data '{"members": [{"user_id": "user-1"}, {"user_email":
    "user-2@example.com"}]}'
    ```

    Args:
        team_id (str):
        body (BulkTeamMemberDeleteRequest): Body of `POST
            /management/v1/teams/{team_id}/members/bulk_delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkTeamMemberDeleteResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: BulkTeamMemberDeleteRequest,
) -> BulkTeamMemberDeleteResponse | HTTPValidationError | None:
    """Bulk Delete Team Members Action

     Remove up to 500 members from one team in one call. Same authorization as
    `/team/member_delete`: proxy admins, the team's admins, and admins of the team's
    organization. Each member is named by exactly one of `user_id` or `user_email`;
    unknown body fields are a 422 and an unknown team is a 404.

    `data` holds one result per requested member, in request order. A row is
    `success: false` with an `error` when it names nobody on the team or repeats an
    earlier row. The roster is rewritten once, under the team's advisory lock, so a
    concurrent member_add is never overwritten from a stale read.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/teams/team-1/members/bulk_delete'
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type:
    application/json'         --data '{"members": [{"user_id": "user-1"}, {"user_email":
    "user-2@example.com"}]}'
    ```

    Args:
        team_id (str):
        body (BulkTeamMemberDeleteRequest): Body of `POST
            /management/v1/teams/{team_id}/members/bulk_delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkTeamMemberDeleteResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
        )
    ).parsed
