from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.user_list_response import UserListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    role: None | str | Unset = UNSET,
    user_ids: None | str | Unset = UNSET,
    sso_user_ids: None | str | Unset = UNSET,
    user_email: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    organization_ids: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    else:
        json_role = role
    params["role"] = json_role

    json_user_ids: None | str | Unset
    if isinstance(user_ids, Unset):
        json_user_ids = UNSET
    else:
        json_user_ids = user_ids
    params["user_ids"] = json_user_ids

    json_sso_user_ids: None | str | Unset
    if isinstance(sso_user_ids, Unset):
        json_sso_user_ids = UNSET
    else:
        json_sso_user_ids = sso_user_ids
    params["sso_user_ids"] = json_sso_user_ids

    json_user_email: None | str | Unset
    if isinstance(user_email, Unset):
        json_user_email = UNSET
    else:
        json_user_email = user_email
    params["user_email"] = json_user_email

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_team: None | str | Unset
    if isinstance(team, Unset):
        json_team = UNSET
    else:
        json_team = team
    params["team"] = json_team

    params["page"] = page

    params["page_size"] = page_size

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    else:
        json_sort_by = sort_by
    params["sort_by"] = json_sort_by

    params["sort_order"] = sort_order

    json_organization_ids: None | str | Unset
    if isinstance(organization_ids, Unset):
        json_organization_ids = UNSET
    else:
        json_organization_ids = organization_ids
    params["organization_ids"] = json_organization_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/user/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse | None:
    if response.status_code == 200:
        response_200 = UserListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorEnvelope.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorDetail.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = ErrorEnvelope.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = ErrorDetail.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = ErrorEnvelope.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = ErrorDetail.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = ErrorEnvelope.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = ErrorDetail.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = ErrorEnvelope.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = ErrorDetail.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ErrorDetail | ErrorEnvelope | HTTPValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ErrorEnvelope.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = HTTPValidationError.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_2 = ErrorDetail.from_dict(data)

            return response_422_type_2

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = ErrorEnvelope.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = ErrorDetail.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = ErrorEnvelope.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = ErrorDetail.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if response.status_code == 503:

        def _parse_response_503(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_503_type_0 = ErrorEnvelope.from_dict(data)

                return response_503_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_503_type_1 = ErrorDetail.from_dict(data)

            return response_503_type_1

        response_503 = _parse_response_503(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    user_ids: None | str | Unset = UNSET,
    sso_user_ids: None | str | Unset = UNSET,
    user_email: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    organization_ids: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse]:
    """Get Users

     Get a paginated list of users with filtering and sorting options.

    Parameters:
        role: Optional[str]
            Filter users by role. Can be one of:
            - proxy_admin
            - proxy_admin_viewer
            - internal_user
            - internal_user_viewer
        user_ids: Optional[str]
            Get list of users by user_ids. Comma separated list of user_ids.
        sso_ids: Optional[str]
            Get list of users by sso_ids. Comma separated list of sso_ids.
        user_email: Optional[str]
            Filter users by partial email match
        search: Optional[str]
            Combined search: matches users whose user_id or user_email contains the value (case-
    insensitive)
        team: Optional[str]
            Filter users by team id. Will match if user has this team in their teams array.
        page: int
            The page number to return
        page_size: int
            The number of items per page
        sort_by: Optional[str]
            Column to sort by (e.g. 'user_id', 'user_email', 'created_at', 'spend')
        sort_order: Optional[str]
            Sort order ('asc' or 'desc')

    Args:
        role (None | str | Unset): Filter users by role
        user_ids (None | str | Unset): Get list of users by user_ids
        sso_user_ids (None | str | Unset): Get list of users by sso_user_id
        user_email (None | str | Unset): Filter users by partial email match
        search (None | str | Unset): Combined search: matches users whose 'user_id' or
            'user_email' contains the value (case-insensitive).
        team (None | str | Unset): Filter users by team id
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Number of items per page Default: 25.
        sort_by (None | str | Unset): Column to sort by (e.g. 'user_id', 'user_email',
            'created_at', 'spend')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'asc'.
        organization_ids (None | str | Unset): Filter users by organization membership. Comma-
            separated list of org IDs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse]
    """

    kwargs = _get_kwargs(
        role=role,
        user_ids=user_ids,
        sso_user_ids=sso_user_ids,
        user_email=user_email,
        search=search,
        team=team,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        sort_order=sort_order,
        organization_ids=organization_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    user_ids: None | str | Unset = UNSET,
    sso_user_ids: None | str | Unset = UNSET,
    user_email: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    organization_ids: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse | None:
    """Get Users

     Get a paginated list of users with filtering and sorting options.

    Parameters:
        role: Optional[str]
            Filter users by role. Can be one of:
            - proxy_admin
            - proxy_admin_viewer
            - internal_user
            - internal_user_viewer
        user_ids: Optional[str]
            Get list of users by user_ids. Comma separated list of user_ids.
        sso_ids: Optional[str]
            Get list of users by sso_ids. Comma separated list of sso_ids.
        user_email: Optional[str]
            Filter users by partial email match
        search: Optional[str]
            Combined search: matches users whose user_id or user_email contains the value (case-
    insensitive)
        team: Optional[str]
            Filter users by team id. Will match if user has this team in their teams array.
        page: int
            The page number to return
        page_size: int
            The number of items per page
        sort_by: Optional[str]
            Column to sort by (e.g. 'user_id', 'user_email', 'created_at', 'spend')
        sort_order: Optional[str]
            Sort order ('asc' or 'desc')

    Args:
        role (None | str | Unset): Filter users by role
        user_ids (None | str | Unset): Get list of users by user_ids
        sso_user_ids (None | str | Unset): Get list of users by sso_user_id
        user_email (None | str | Unset): Filter users by partial email match
        search (None | str | Unset): Combined search: matches users whose 'user_id' or
            'user_email' contains the value (case-insensitive).
        team (None | str | Unset): Filter users by team id
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Number of items per page Default: 25.
        sort_by (None | str | Unset): Column to sort by (e.g. 'user_id', 'user_email',
            'created_at', 'spend')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'asc'.
        organization_ids (None | str | Unset): Filter users by organization membership. Comma-
            separated list of org IDs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse
    """

    return sync_detailed(
        client=client,
        role=role,
        user_ids=user_ids,
        sso_user_ids=sso_user_ids,
        user_email=user_email,
        search=search,
        team=team,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        sort_order=sort_order,
        organization_ids=organization_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    user_ids: None | str | Unset = UNSET,
    sso_user_ids: None | str | Unset = UNSET,
    user_email: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    organization_ids: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse]:
    """Get Users

     Get a paginated list of users with filtering and sorting options.

    Parameters:
        role: Optional[str]
            Filter users by role. Can be one of:
            - proxy_admin
            - proxy_admin_viewer
            - internal_user
            - internal_user_viewer
        user_ids: Optional[str]
            Get list of users by user_ids. Comma separated list of user_ids.
        sso_ids: Optional[str]
            Get list of users by sso_ids. Comma separated list of sso_ids.
        user_email: Optional[str]
            Filter users by partial email match
        search: Optional[str]
            Combined search: matches users whose user_id or user_email contains the value (case-
    insensitive)
        team: Optional[str]
            Filter users by team id. Will match if user has this team in their teams array.
        page: int
            The page number to return
        page_size: int
            The number of items per page
        sort_by: Optional[str]
            Column to sort by (e.g. 'user_id', 'user_email', 'created_at', 'spend')
        sort_order: Optional[str]
            Sort order ('asc' or 'desc')

    Args:
        role (None | str | Unset): Filter users by role
        user_ids (None | str | Unset): Get list of users by user_ids
        sso_user_ids (None | str | Unset): Get list of users by sso_user_id
        user_email (None | str | Unset): Filter users by partial email match
        search (None | str | Unset): Combined search: matches users whose 'user_id' or
            'user_email' contains the value (case-insensitive).
        team (None | str | Unset): Filter users by team id
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Number of items per page Default: 25.
        sort_by (None | str | Unset): Column to sort by (e.g. 'user_id', 'user_email',
            'created_at', 'spend')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'asc'.
        organization_ids (None | str | Unset): Filter users by organization membership. Comma-
            separated list of org IDs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse]
    """

    kwargs = _get_kwargs(
        role=role,
        user_ids=user_ids,
        sso_user_ids=sso_user_ids,
        user_email=user_email,
        search=search,
        team=team,
        page=page,
        page_size=page_size,
        sort_by=sort_by,
        sort_order=sort_order,
        organization_ids=organization_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    role: None | str | Unset = UNSET,
    user_ids: None | str | Unset = UNSET,
    sso_user_ids: None | str | Unset = UNSET,
    user_email: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    team: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "asc",
    organization_ids: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse | None:
    """Get Users

     Get a paginated list of users with filtering and sorting options.

    Parameters:
        role: Optional[str]
            Filter users by role. Can be one of:
            - proxy_admin
            - proxy_admin_viewer
            - internal_user
            - internal_user_viewer
        user_ids: Optional[str]
            Get list of users by user_ids. Comma separated list of user_ids.
        sso_ids: Optional[str]
            Get list of users by sso_ids. Comma separated list of sso_ids.
        user_email: Optional[str]
            Filter users by partial email match
        search: Optional[str]
            Combined search: matches users whose user_id or user_email contains the value (case-
    insensitive)
        team: Optional[str]
            Filter users by team id. Will match if user has this team in their teams array.
        page: int
            The page number to return
        page_size: int
            The number of items per page
        sort_by: Optional[str]
            Column to sort by (e.g. 'user_id', 'user_email', 'created_at', 'spend')
        sort_order: Optional[str]
            Sort order ('asc' or 'desc')

    Args:
        role (None | str | Unset): Filter users by role
        user_ids (None | str | Unset): Get list of users by user_ids
        sso_user_ids (None | str | Unset): Get list of users by sso_user_id
        user_email (None | str | Unset): Filter users by partial email match
        search (None | str | Unset): Combined search: matches users whose 'user_id' or
            'user_email' contains the value (case-insensitive).
        team (None | str | Unset): Filter users by team id
        page (int | Unset): Page number Default: 1.
        page_size (int | Unset): Number of items per page Default: 25.
        sort_by (None | str | Unset): Column to sort by (e.g. 'user_id', 'user_email',
            'created_at', 'spend')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'asc'.
        organization_ids (None | str | Unset): Filter users by organization membership. Comma-
            separated list of org IDs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | UserListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            role=role,
            user_ids=user_ids,
            sso_user_ids=sso_user_ids,
            user_email=user_email,
            search=search,
            team=team,
            page=page,
            page_size=page_size,
            sort_by=sort_by,
            sort_order=sort_order,
            organization_ids=organization_ids,
        )
    ).parsed
