from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_team_member_budget_update_request import BulkTeamMemberBudgetUpdateRequest
from ...models.bulk_team_member_budget_update_response import BulkTeamMemberBudgetUpdateResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    team_id: str,
    *,
    body: BulkTeamMemberBudgetUpdateRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(litellm_changed_by, Unset):
        headers["litellm-changed-by"] = litellm_changed_by

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/management/v1/teams/{team_id}/members/bulk_update".format(
            team_id=quote(str(team_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkTeamMemberBudgetUpdateResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BulkTeamMemberBudgetUpdateResponse.from_dict(response.json())

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
) -> Response[BulkTeamMemberBudgetUpdateResponse | HTTPValidationError]:
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
    body: BulkTeamMemberBudgetUpdateRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[BulkTeamMemberBudgetUpdateResponse | HTTPValidationError]:
    """Bulk Update Team Member Budgets Action

     Set per-member limits for up to 500 members of one team in one call. Same
    authorization and member addressing as `/team/member_update`: proxy admins, the team's
    admins, and admins of the team's organization, with each member named by exactly one of
    `user_id` or `user_email`. Unknown body fields are a 422 and an unknown team is a 404.

    Each row is a merge patch of that member's limits: a field left out is untouched, a
    field sent as null is cleared, and clearing the last limit drops the member back to the
    team default. A budget row shared by several memberships, the team default included, is
    copied for the member being patched rather than written in place, so one member's new
    cap never lands on anybody else.

    `data` holds one result per requested member, in request order, carrying the limits in
    force after the write. A row is `success: false` with an `error` when it names nobody on
    the team or repeats an earlier row. Roles are not part of this route; `/team/member_update`
    still owns them.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/teams/team-1/members/bulk_update'
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type:
    application/json'         --data '{"members": [{"user_id": "user-1", "max_budget_in_team": 10},
    {"user_email": "user-2@example.com", "max_budget_in_team": 10, "budget_duration": "30d"}]}'
    ```

    Args:
        team_id (str):
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (BulkTeamMemberBudgetUpdateRequest): Body of `POST
            /management/v1/teams/{team_id}/members/bulk_update`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkTeamMemberBudgetUpdateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: BulkTeamMemberBudgetUpdateRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> BulkTeamMemberBudgetUpdateResponse | HTTPValidationError | None:
    """Bulk Update Team Member Budgets Action

     Set per-member limits for up to 500 members of one team in one call. Same
    authorization and member addressing as `/team/member_update`: proxy admins, the team's
    admins, and admins of the team's organization, with each member named by exactly one of
    `user_id` or `user_email`. Unknown body fields are a 422 and an unknown team is a 404.

    Each row is a merge patch of that member's limits: a field left out is untouched, a
    field sent as null is cleared, and clearing the last limit drops the member back to the
    team default. A budget row shared by several memberships, the team default included, is
    copied for the member being patched rather than written in place, so one member's new
    cap never lands on anybody else.

    `data` holds one result per requested member, in request order, carrying the limits in
    force after the write. A row is `success: false` with an `error` when it names nobody on
    the team or repeats an earlier row. Roles are not part of this route; `/team/member_update`
    still owns them.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/teams/team-1/members/bulk_update'
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type:
    application/json'         --data '{"members": [{"user_id": "user-1", "max_budget_in_team": 10},
    {"user_email": "user-2@example.com", "max_budget_in_team": 10, "budget_duration": "30d"}]}'
    ```

    Args:
        team_id (str):
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (BulkTeamMemberBudgetUpdateRequest): Body of `POST
            /management/v1/teams/{team_id}/members/bulk_update`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkTeamMemberBudgetUpdateResponse | HTTPValidationError
    """

    return sync_detailed(
        team_id=team_id,
        client=client,
        body=body,
        litellm_changed_by=litellm_changed_by,
    ).parsed


async def asyncio_detailed(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: BulkTeamMemberBudgetUpdateRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[BulkTeamMemberBudgetUpdateResponse | HTTPValidationError]:
    """Bulk Update Team Member Budgets Action

     Set per-member limits for up to 500 members of one team in one call. Same
    authorization and member addressing as `/team/member_update`: proxy admins, the team's
    admins, and admins of the team's organization, with each member named by exactly one of
    `user_id` or `user_email`. Unknown body fields are a 422 and an unknown team is a 404.

    Each row is a merge patch of that member's limits: a field left out is untouched, a
    field sent as null is cleared, and clearing the last limit drops the member back to the
    team default. A budget row shared by several memberships, the team default included, is
    copied for the member being patched rather than written in place, so one member's new
    cap never lands on anybody else.

    `data` holds one result per requested member, in request order, carrying the limits in
    force after the write. A row is `success: false` with an `error` when it names nobody on
    the team or repeats an earlier row. Roles are not part of this route; `/team/member_update`
    still owns them.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/teams/team-1/members/bulk_update'
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type:
    application/json'         --data '{"members": [{"user_id": "user-1", "max_budget_in_team": 10},
    {"user_email": "user-2@example.com", "max_budget_in_team": 10, "budget_duration": "30d"}]}'
    ```

    Args:
        team_id (str):
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (BulkTeamMemberBudgetUpdateRequest): Body of `POST
            /management/v1/teams/{team_id}/members/bulk_update`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkTeamMemberBudgetUpdateResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    team_id: str,
    *,
    client: AuthenticatedClient,
    body: BulkTeamMemberBudgetUpdateRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> BulkTeamMemberBudgetUpdateResponse | HTTPValidationError | None:
    """Bulk Update Team Member Budgets Action

     Set per-member limits for up to 500 members of one team in one call. Same
    authorization and member addressing as `/team/member_update`: proxy admins, the team's
    admins, and admins of the team's organization, with each member named by exactly one of
    `user_id` or `user_email`. Unknown body fields are a 422 and an unknown team is a 404.

    Each row is a merge patch of that member's limits: a field left out is untouched, a
    field sent as null is cleared, and clearing the last limit drops the member back to the
    team default. A budget row shared by several memberships, the team default included, is
    copied for the member being patched rather than written in place, so one member's new
    cap never lands on anybody else.

    `data` holds one result per requested member, in request order, carrying the limits in
    force after the write. A row is `success: false` with an `error` when it names nobody on
    the team or repeats an earlier row. Roles are not part of this route; `/team/member_update`
    still owns them.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/teams/team-1/members/bulk_update'
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type:
    application/json'         --data '{"members": [{"user_id": "user-1", "max_budget_in_team": 10},
    {"user_email": "user-2@example.com", "max_budget_in_team": 10, "budget_duration": "30d"}]}'
    ```

    Args:
        team_id (str):
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (BulkTeamMemberBudgetUpdateRequest): Body of `POST
            /management/v1/teams/{team_id}/members/bulk_update`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkTeamMemberBudgetUpdateResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            team_id=team_id,
            client=client,
            body=body,
            litellm_changed_by=litellm_changed_by,
        )
    ).parsed
