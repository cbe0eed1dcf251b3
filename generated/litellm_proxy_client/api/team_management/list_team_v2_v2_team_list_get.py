from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.list_team_v2v2_team_list_get_search_team_id_match import ListTeamV2V2TeamListGetSearchTeamIdMatch
from ...models.team_list_response import TeamListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    user_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    team_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    search_team_id_match: ListTeamV2V2TeamListGetSearchTeamIdMatch
    | Unset = ListTeamV2V2TeamListGetSearchTeamIdMatch.EXACT,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    status: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_organization_id: None | str | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    json_team_id: None | str | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["team_id"] = json_team_id

    json_team_alias: None | str | Unset
    if isinstance(team_alias, Unset):
        json_team_alias = UNSET
    else:
        json_team_alias = team_alias
    params["team_alias"] = json_team_alias

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_search_team_id_match: str | Unset = UNSET
    if not isinstance(search_team_id_match, Unset):
        json_search_team_id_match = search_team_id_match.value

    params["search_team_id_match"] = json_search_team_id_match

    params["page"] = page

    params["page_size"] = page_size

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    else:
        json_sort_by = sort_by
    params["sort_by"] = json_sort_by

    params["sort_order"] = sort_order

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/team/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TeamListResponse | None:
    if response.status_code == 200:
        response_200 = TeamListResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TeamListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    team_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    search_team_id_match: ListTeamV2V2TeamListGetSearchTeamIdMatch
    | Unset = ListTeamV2V2TeamListGetSearchTeamIdMatch.EXACT,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    status: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | TeamListResponse]:
    """List Team V2

     Get a paginated list of teams with filtering and sorting options.

    Parameters:
        user_id: Optional[str]
            Only return teams which this user belongs to
        organization_id: Optional[str]
            Only return teams which belong to this organization
        team_id: Optional[str]
            Filter teams by exact team_id match
        team_alias: Optional[str]
            Filter teams by partial team_alias match
        page: int
            The page number to return
        page_size: int
            The number of items per page
        sort_by: Optional[str]
            Column to sort by (e.g. 'team_id', 'team_alias', 'created_at')
        sort_order: str
            Sort order ('asc' or 'desc')
        status: Optional[str]
            Filter by status. Currently supports "deleted" to query deleted teams.

    Args:
        user_id (None | str | Unset): Only return teams which this 'user_id' belongs to
        organization_id (None | str | Unset): Only return teams which this 'organization_id'
            belongs to
        team_id (None | str | Unset): Only return teams which this 'team_id' belongs to
        team_alias (None | str | Unset): Only return teams which this 'team_alias' belongs to.
            Supports partial matching.
        search (None | str | Unset): Combined search: matches teams whose 'team_id' matches the
            value OR whose 'team_alias' contains it (case-insensitive).
        search_team_id_match (ListTeamV2V2TeamListGetSearchTeamIdMatch | Unset): How 'search'
            matches 'team_id': 'exact' (default) or 'prefix' for a case-sensitive prefix match.
            Default: ListTeamV2V2TeamListGetSearchTeamIdMatch.EXACT.
        page (int | Unset): Page number for pagination Default: 1.
        page_size (int | Unset): Number of teams per page Default: 10.
        sort_by (None | str | Unset): Column to sort by (e.g. 'team_id', 'team_alias',
            'created_at')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'asc'.
        status (None | str | Unset): Filter by status (e.g. 'deleted')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TeamListResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organization_id=organization_id,
        team_id=team_id,
        team_alias=team_alias,
        search=search,
        search_team_id_match=search_team_id_match,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        sort_order=sort_order,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    team_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    search_team_id_match: ListTeamV2V2TeamListGetSearchTeamIdMatch
    | Unset = ListTeamV2V2TeamListGetSearchTeamIdMatch.EXACT,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    status: None | str | Unset = UNSET,
) -> HTTPValidationError | TeamListResponse | None:
    """List Team V2

     Get a paginated list of teams with filtering and sorting options.

    Parameters:
        user_id: Optional[str]
            Only return teams which this user belongs to
        organization_id: Optional[str]
            Only return teams which belong to this organization
        team_id: Optional[str]
            Filter teams by exact team_id match
        team_alias: Optional[str]
            Filter teams by partial team_alias match
        page: int
            The page number to return
        page_size: int
            The number of items per page
        sort_by: Optional[str]
            Column to sort by (e.g. 'team_id', 'team_alias', 'created_at')
        sort_order: str
            Sort order ('asc' or 'desc')
        status: Optional[str]
            Filter by status. Currently supports "deleted" to query deleted teams.

    Args:
        user_id (None | str | Unset): Only return teams which this 'user_id' belongs to
        organization_id (None | str | Unset): Only return teams which this 'organization_id'
            belongs to
        team_id (None | str | Unset): Only return teams which this 'team_id' belongs to
        team_alias (None | str | Unset): Only return teams which this 'team_alias' belongs to.
            Supports partial matching.
        search (None | str | Unset): Combined search: matches teams whose 'team_id' matches the
            value OR whose 'team_alias' contains it (case-insensitive).
        search_team_id_match (ListTeamV2V2TeamListGetSearchTeamIdMatch | Unset): How 'search'
            matches 'team_id': 'exact' (default) or 'prefix' for a case-sensitive prefix match.
            Default: ListTeamV2V2TeamListGetSearchTeamIdMatch.EXACT.
        page (int | Unset): Page number for pagination Default: 1.
        page_size (int | Unset): Number of teams per page Default: 10.
        sort_by (None | str | Unset): Column to sort by (e.g. 'team_id', 'team_alias',
            'created_at')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'asc'.
        status (None | str | Unset): Filter by status (e.g. 'deleted')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TeamListResponse
    """

    return sync_detailed(
        client=client,
        user_id=user_id,
        organization_id=organization_id,
        team_id=team_id,
        team_alias=team_alias,
        search=search,
        search_team_id_match=search_team_id_match,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        sort_order=sort_order,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    team_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    search_team_id_match: ListTeamV2V2TeamListGetSearchTeamIdMatch
    | Unset = ListTeamV2V2TeamListGetSearchTeamIdMatch.EXACT,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    status: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | TeamListResponse]:
    """List Team V2

     Get a paginated list of teams with filtering and sorting options.

    Parameters:
        user_id: Optional[str]
            Only return teams which this user belongs to
        organization_id: Optional[str]
            Only return teams which belong to this organization
        team_id: Optional[str]
            Filter teams by exact team_id match
        team_alias: Optional[str]
            Filter teams by partial team_alias match
        page: int
            The page number to return
        page_size: int
            The number of items per page
        sort_by: Optional[str]
            Column to sort by (e.g. 'team_id', 'team_alias', 'created_at')
        sort_order: str
            Sort order ('asc' or 'desc')
        status: Optional[str]
            Filter by status. Currently supports "deleted" to query deleted teams.

    Args:
        user_id (None | str | Unset): Only return teams which this 'user_id' belongs to
        organization_id (None | str | Unset): Only return teams which this 'organization_id'
            belongs to
        team_id (None | str | Unset): Only return teams which this 'team_id' belongs to
        team_alias (None | str | Unset): Only return teams which this 'team_alias' belongs to.
            Supports partial matching.
        search (None | str | Unset): Combined search: matches teams whose 'team_id' matches the
            value OR whose 'team_alias' contains it (case-insensitive).
        search_team_id_match (ListTeamV2V2TeamListGetSearchTeamIdMatch | Unset): How 'search'
            matches 'team_id': 'exact' (default) or 'prefix' for a case-sensitive prefix match.
            Default: ListTeamV2V2TeamListGetSearchTeamIdMatch.EXACT.
        page (int | Unset): Page number for pagination Default: 1.
        page_size (int | Unset): Number of teams per page Default: 10.
        sort_by (None | str | Unset): Column to sort by (e.g. 'team_id', 'team_alias',
            'created_at')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'asc'.
        status (None | str | Unset): Filter by status (e.g. 'deleted')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TeamListResponse]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        organization_id=organization_id,
        team_id=team_id,
        team_alias=team_alias,
        search=search,
        search_team_id_match=search_team_id_match,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        sort_order=sort_order,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    user_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    team_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    search_team_id_match: ListTeamV2V2TeamListGetSearchTeamIdMatch
    | Unset = ListTeamV2V2TeamListGetSearchTeamIdMatch.EXACT,
    page: int | Unset = 1,
    page_size: int | Unset = 10,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    status: None | str | Unset = UNSET,
) -> HTTPValidationError | TeamListResponse | None:
    """List Team V2

     Get a paginated list of teams with filtering and sorting options.

    Parameters:
        user_id: Optional[str]
            Only return teams which this user belongs to
        organization_id: Optional[str]
            Only return teams which belong to this organization
        team_id: Optional[str]
            Filter teams by exact team_id match
        team_alias: Optional[str]
            Filter teams by partial team_alias match
        page: int
            The page number to return
        page_size: int
            The number of items per page
        sort_by: Optional[str]
            Column to sort by (e.g. 'team_id', 'team_alias', 'created_at')
        sort_order: str
            Sort order ('asc' or 'desc')
        status: Optional[str]
            Filter by status. Currently supports "deleted" to query deleted teams.

    Args:
        user_id (None | str | Unset): Only return teams which this 'user_id' belongs to
        organization_id (None | str | Unset): Only return teams which this 'organization_id'
            belongs to
        team_id (None | str | Unset): Only return teams which this 'team_id' belongs to
        team_alias (None | str | Unset): Only return teams which this 'team_alias' belongs to.
            Supports partial matching.
        search (None | str | Unset): Combined search: matches teams whose 'team_id' matches the
            value OR whose 'team_alias' contains it (case-insensitive).
        search_team_id_match (ListTeamV2V2TeamListGetSearchTeamIdMatch | Unset): How 'search'
            matches 'team_id': 'exact' (default) or 'prefix' for a case-sensitive prefix match.
            Default: ListTeamV2V2TeamListGetSearchTeamIdMatch.EXACT.
        page (int | Unset): Page number for pagination Default: 1.
        page_size (int | Unset): Number of teams per page Default: 10.
        sort_by (None | str | Unset): Column to sort by (e.g. 'team_id', 'team_alias',
            'created_at')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'asc'.
        status (None | str | Unset): Filter by status (e.g. 'deleted')

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TeamListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            user_id=user_id,
            organization_id=organization_id,
            team_id=team_id,
            team_alias=team_alias,
            search=search,
            search_team_id_match=search_team_id_match,
            page=page,
            page_size=page_size,
            sort_by=sort_by,
            sort_order=sort_order,
            status=status,
        )
    ).parsed
