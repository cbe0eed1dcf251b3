from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.key_list_response_object import KeyListResponseObject
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    size: int | Unset = 10,
    user_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    key_hash: None | str | Unset = UNSET,
    key_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    return_full_object: bool | Unset = False,
    include_team_keys: bool | Unset = False,
    include_created_by_keys: bool | Unset = False,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
    expand: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    access_group_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    substring_matching: bool | Unset = False,
    expires: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["size"] = size

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_team_id: None | str | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["team_id"] = json_team_id

    json_organization_id: None | str | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    json_key_hash: None | str | Unset
    if isinstance(key_hash, Unset):
        json_key_hash = UNSET
    else:
        json_key_hash = key_hash
    params["key_hash"] = json_key_hash

    json_key_alias: None | str | Unset
    if isinstance(key_alias, Unset):
        json_key_alias = UNSET
    else:
        json_key_alias = key_alias
    params["key_alias"] = json_key_alias

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params["return_full_object"] = return_full_object

    params["include_team_keys"] = include_team_keys

    params["include_created_by_keys"] = include_created_by_keys

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    else:
        json_sort_by = sort_by
    params["sort_by"] = json_sort_by

    params["sort_order"] = sort_order

    json_expand: list[str] | None | Unset
    if isinstance(expand, Unset):
        json_expand = UNSET
    elif isinstance(expand, list):
        json_expand = expand

    else:
        json_expand = expand
    params["expand"] = json_expand

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    else:
        json_status = status
    params["status"] = json_status

    json_project_id: None | str | Unset
    if isinstance(project_id, Unset):
        json_project_id = UNSET
    else:
        json_project_id = project_id
    params["project_id"] = json_project_id

    json_access_group_id: None | str | Unset
    if isinstance(access_group_id, Unset):
        json_access_group_id = UNSET
    else:
        json_access_group_id = access_group_id
    params["access_group_id"] = json_access_group_id

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    params["substring_matching"] = substring_matching

    json_expires: None | str | Unset
    if isinstance(expires, Unset):
        json_expires = UNSET
    else:
        json_expires = expires
    params["expires"] = json_expires

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/key/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject | None:
    if response.status_code == 200:
        response_200 = KeyListResponseObject.from_dict(response.json())

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
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    user_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    key_hash: None | str | Unset = UNSET,
    key_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    return_full_object: bool | Unset = False,
    include_team_keys: bool | Unset = False,
    include_created_by_keys: bool | Unset = False,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
    expand: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    access_group_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    substring_matching: bool | Unset = False,
    expires: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject]:
    """List Keys

     List all keys for a given user / team / organization.

    Parameters:
        expand: Optional[List[str]] - Expand related objects (e.g. 'user' to include user information)
        status: Optional[str] - Filter by status: "active", "expired", "revoked" (blocked) or "deleted".
        "deleted" reads the LiteLLM_DeletedVerificationToken archive; the other values partition the
        live key table, so every live key matches exactly one of them.

    Returns:
        {
            "keys": List[str] or List[UserAPIKeyAuth],
            "total_count": int,
            "current_page": int,
            "total_pages": int,
        }

    When expand includes "user", each key object will include a "user" field with the associated user
    object.
    Note: When expand=user is specified, full key objects are returned regardless of the
    return_full_object parameter.

    Args:
        page (int | Unset): Page number Default: 1.
        size (int | Unset): Page size Default: 10.
        user_id (None | str | Unset): Filter keys by user ID. Exact match by default; set
            substring_matching=true (admin only) for case-insensitive substring matching.
        team_id (None | str | Unset): Filter keys by team ID
        organization_id (None | str | Unset): Filter keys by organization ID
        key_hash (None | str | Unset): Filter keys by key hash
        key_alias (None | str | Unset): Filter keys by key alias. Exact match by default; set
            substring_matching=true for case-insensitive substring matching.
        search (None | str | Unset): Combined search: matches keys whose token (key hash) equals
            the value OR whose key_alias contains it (case-insensitive).
        return_full_object (bool | Unset): Return full key object Default: False.
        include_team_keys (bool | Unset): Include all keys for teams that user is an admin of.
            Default: False.
        include_created_by_keys (bool | Unset): Include keys created by the user Default: False.
        sort_by (None | str | Unset): Column to sort by (e.g. 'user_id', 'created_at', 'spend')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'desc'.
        expand (list[str] | None | Unset): Expand related objects (e.g. 'user')
        status (None | str | Unset): Filter by status: 'active' (not blocked, not expired),
            'expired' (not blocked, past expiry), 'revoked' (blocked) or 'deleted' (archived keys).
            Omit to return live keys regardless of status.
        project_id (None | str | Unset): Filter keys by project ID
        access_group_id (None | str | Unset): Filter keys by access group ID
        agent_id (None | str | Unset): Filter keys by agent ID
        substring_matching (bool | Unset): If true, match key_alias (any caller) and user_id
            (proxy admins only) as case-insensitive substrings instead of exact values. Defaults to
            false: /key/list matched these exactly before substring search was added, and an exact
            user_id filter must never return another user's keys. Default: False.
        expires (None | str | Unset): Filter keys by expiration. 'expired' returns keys whose
            expires is in the past; 'active' returns keys that never expire or expire in the future.
            Omit to return keys regardless of expiration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        user_id=user_id,
        team_id=team_id,
        organization_id=organization_id,
        key_hash=key_hash,
        key_alias=key_alias,
        search=search,
        return_full_object=return_full_object,
        include_team_keys=include_team_keys,
        include_created_by_keys=include_created_by_keys,
        sort_by=sort_by,
        sort_order=sort_order,
        expand=expand,
        status=status,
        project_id=project_id,
        access_group_id=access_group_id,
        agent_id=agent_id,
        substring_matching=substring_matching,
        expires=expires,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    user_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    key_hash: None | str | Unset = UNSET,
    key_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    return_full_object: bool | Unset = False,
    include_team_keys: bool | Unset = False,
    include_created_by_keys: bool | Unset = False,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
    expand: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    access_group_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    substring_matching: bool | Unset = False,
    expires: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject | None:
    """List Keys

     List all keys for a given user / team / organization.

    Parameters:
        expand: Optional[List[str]] - Expand related objects (e.g. 'user' to include user information)
        status: Optional[str] - Filter by status: "active", "expired", "revoked" (blocked) or "deleted".
        "deleted" reads the LiteLLM_DeletedVerificationToken archive; the other values partition the
        live key table, so every live key matches exactly one of them.

    Returns:
        {
            "keys": List[str] or List[UserAPIKeyAuth],
            "total_count": int,
            "current_page": int,
            "total_pages": int,
        }

    When expand includes "user", each key object will include a "user" field with the associated user
    object.
    Note: When expand=user is specified, full key objects are returned regardless of the
    return_full_object parameter.

    Args:
        page (int | Unset): Page number Default: 1.
        size (int | Unset): Page size Default: 10.
        user_id (None | str | Unset): Filter keys by user ID. Exact match by default; set
            substring_matching=true (admin only) for case-insensitive substring matching.
        team_id (None | str | Unset): Filter keys by team ID
        organization_id (None | str | Unset): Filter keys by organization ID
        key_hash (None | str | Unset): Filter keys by key hash
        key_alias (None | str | Unset): Filter keys by key alias. Exact match by default; set
            substring_matching=true for case-insensitive substring matching.
        search (None | str | Unset): Combined search: matches keys whose token (key hash) equals
            the value OR whose key_alias contains it (case-insensitive).
        return_full_object (bool | Unset): Return full key object Default: False.
        include_team_keys (bool | Unset): Include all keys for teams that user is an admin of.
            Default: False.
        include_created_by_keys (bool | Unset): Include keys created by the user Default: False.
        sort_by (None | str | Unset): Column to sort by (e.g. 'user_id', 'created_at', 'spend')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'desc'.
        expand (list[str] | None | Unset): Expand related objects (e.g. 'user')
        status (None | str | Unset): Filter by status: 'active' (not blocked, not expired),
            'expired' (not blocked, past expiry), 'revoked' (blocked) or 'deleted' (archived keys).
            Omit to return live keys regardless of status.
        project_id (None | str | Unset): Filter keys by project ID
        access_group_id (None | str | Unset): Filter keys by access group ID
        agent_id (None | str | Unset): Filter keys by agent ID
        substring_matching (bool | Unset): If true, match key_alias (any caller) and user_id
            (proxy admins only) as case-insensitive substrings instead of exact values. Defaults to
            false: /key/list matched these exactly before substring search was added, and an exact
            user_id filter must never return another user's keys. Default: False.
        expires (None | str | Unset): Filter keys by expiration. 'expired' returns keys whose
            expires is in the past; 'active' returns keys that never expire or expire in the future.
            Omit to return keys regardless of expiration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject
    """

    return sync_detailed(
        client=client,
        page=page,
        size=size,
        user_id=user_id,
        team_id=team_id,
        organization_id=organization_id,
        key_hash=key_hash,
        key_alias=key_alias,
        search=search,
        return_full_object=return_full_object,
        include_team_keys=include_team_keys,
        include_created_by_keys=include_created_by_keys,
        sort_by=sort_by,
        sort_order=sort_order,
        expand=expand,
        status=status,
        project_id=project_id,
        access_group_id=access_group_id,
        agent_id=agent_id,
        substring_matching=substring_matching,
        expires=expires,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    user_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    key_hash: None | str | Unset = UNSET,
    key_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    return_full_object: bool | Unset = False,
    include_team_keys: bool | Unset = False,
    include_created_by_keys: bool | Unset = False,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
    expand: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    access_group_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    substring_matching: bool | Unset = False,
    expires: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject]:
    """List Keys

     List all keys for a given user / team / organization.

    Parameters:
        expand: Optional[List[str]] - Expand related objects (e.g. 'user' to include user information)
        status: Optional[str] - Filter by status: "active", "expired", "revoked" (blocked) or "deleted".
        "deleted" reads the LiteLLM_DeletedVerificationToken archive; the other values partition the
        live key table, so every live key matches exactly one of them.

    Returns:
        {
            "keys": List[str] or List[UserAPIKeyAuth],
            "total_count": int,
            "current_page": int,
            "total_pages": int,
        }

    When expand includes "user", each key object will include a "user" field with the associated user
    object.
    Note: When expand=user is specified, full key objects are returned regardless of the
    return_full_object parameter.

    Args:
        page (int | Unset): Page number Default: 1.
        size (int | Unset): Page size Default: 10.
        user_id (None | str | Unset): Filter keys by user ID. Exact match by default; set
            substring_matching=true (admin only) for case-insensitive substring matching.
        team_id (None | str | Unset): Filter keys by team ID
        organization_id (None | str | Unset): Filter keys by organization ID
        key_hash (None | str | Unset): Filter keys by key hash
        key_alias (None | str | Unset): Filter keys by key alias. Exact match by default; set
            substring_matching=true for case-insensitive substring matching.
        search (None | str | Unset): Combined search: matches keys whose token (key hash) equals
            the value OR whose key_alias contains it (case-insensitive).
        return_full_object (bool | Unset): Return full key object Default: False.
        include_team_keys (bool | Unset): Include all keys for teams that user is an admin of.
            Default: False.
        include_created_by_keys (bool | Unset): Include keys created by the user Default: False.
        sort_by (None | str | Unset): Column to sort by (e.g. 'user_id', 'created_at', 'spend')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'desc'.
        expand (list[str] | None | Unset): Expand related objects (e.g. 'user')
        status (None | str | Unset): Filter by status: 'active' (not blocked, not expired),
            'expired' (not blocked, past expiry), 'revoked' (blocked) or 'deleted' (archived keys).
            Omit to return live keys regardless of status.
        project_id (None | str | Unset): Filter keys by project ID
        access_group_id (None | str | Unset): Filter keys by access group ID
        agent_id (None | str | Unset): Filter keys by agent ID
        substring_matching (bool | Unset): If true, match key_alias (any caller) and user_id
            (proxy admins only) as case-insensitive substrings instead of exact values. Defaults to
            false: /key/list matched these exactly before substring search was added, and an exact
            user_id filter must never return another user's keys. Default: False.
        expires (None | str | Unset): Filter keys by expiration. 'expired' returns keys whose
            expires is in the past; 'active' returns keys that never expire or expire in the future.
            Omit to return keys regardless of expiration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject]
    """

    kwargs = _get_kwargs(
        page=page,
        size=size,
        user_id=user_id,
        team_id=team_id,
        organization_id=organization_id,
        key_hash=key_hash,
        key_alias=key_alias,
        search=search,
        return_full_object=return_full_object,
        include_team_keys=include_team_keys,
        include_created_by_keys=include_created_by_keys,
        sort_by=sort_by,
        sort_order=sort_order,
        expand=expand,
        status=status,
        project_id=project_id,
        access_group_id=access_group_id,
        agent_id=agent_id,
        substring_matching=substring_matching,
        expires=expires,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = 1,
    size: int | Unset = 10,
    user_id: None | str | Unset = UNSET,
    team_id: None | str | Unset = UNSET,
    organization_id: None | str | Unset = UNSET,
    key_hash: None | str | Unset = UNSET,
    key_alias: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    return_full_object: bool | Unset = False,
    include_team_keys: bool | Unset = False,
    include_created_by_keys: bool | Unset = False,
    sort_by: None | str | Unset = UNSET,
    sort_order: str | Unset = "desc",
    expand: list[str] | None | Unset = UNSET,
    status: None | str | Unset = UNSET,
    project_id: None | str | Unset = UNSET,
    access_group_id: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    substring_matching: bool | Unset = False,
    expires: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject | None:
    """List Keys

     List all keys for a given user / team / organization.

    Parameters:
        expand: Optional[List[str]] - Expand related objects (e.g. 'user' to include user information)
        status: Optional[str] - Filter by status: "active", "expired", "revoked" (blocked) or "deleted".
        "deleted" reads the LiteLLM_DeletedVerificationToken archive; the other values partition the
        live key table, so every live key matches exactly one of them.

    Returns:
        {
            "keys": List[str] or List[UserAPIKeyAuth],
            "total_count": int,
            "current_page": int,
            "total_pages": int,
        }

    When expand includes "user", each key object will include a "user" field with the associated user
    object.
    Note: When expand=user is specified, full key objects are returned regardless of the
    return_full_object parameter.

    Args:
        page (int | Unset): Page number Default: 1.
        size (int | Unset): Page size Default: 10.
        user_id (None | str | Unset): Filter keys by user ID. Exact match by default; set
            substring_matching=true (admin only) for case-insensitive substring matching.
        team_id (None | str | Unset): Filter keys by team ID
        organization_id (None | str | Unset): Filter keys by organization ID
        key_hash (None | str | Unset): Filter keys by key hash
        key_alias (None | str | Unset): Filter keys by key alias. Exact match by default; set
            substring_matching=true for case-insensitive substring matching.
        search (None | str | Unset): Combined search: matches keys whose token (key hash) equals
            the value OR whose key_alias contains it (case-insensitive).
        return_full_object (bool | Unset): Return full key object Default: False.
        include_team_keys (bool | Unset): Include all keys for teams that user is an admin of.
            Default: False.
        include_created_by_keys (bool | Unset): Include keys created by the user Default: False.
        sort_by (None | str | Unset): Column to sort by (e.g. 'user_id', 'created_at', 'spend')
        sort_order (str | Unset): Sort order ('asc' or 'desc') Default: 'desc'.
        expand (list[str] | None | Unset): Expand related objects (e.g. 'user')
        status (None | str | Unset): Filter by status: 'active' (not blocked, not expired),
            'expired' (not blocked, past expiry), 'revoked' (blocked) or 'deleted' (archived keys).
            Omit to return live keys regardless of status.
        project_id (None | str | Unset): Filter keys by project ID
        access_group_id (None | str | Unset): Filter keys by access group ID
        agent_id (None | str | Unset): Filter keys by agent ID
        substring_matching (bool | Unset): If true, match key_alias (any caller) and user_id
            (proxy admins only) as case-insensitive substrings instead of exact values. Defaults to
            false: /key/list matched these exactly before substring search was added, and an exact
            user_id filter must never return another user's keys. Default: False.
        expires (None | str | Unset): Filter keys by expiration. 'expired' returns keys whose
            expires is in the past; 'active' returns keys that never expire or expire in the future.
            Omit to return keys regardless of expiration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyListResponseObject
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            size=size,
            user_id=user_id,
            team_id=team_id,
            organization_id=organization_id,
            key_hash=key_hash,
            key_alias=key_alias,
            search=search,
            return_full_object=return_full_object,
            include_team_keys=include_team_keys,
            include_created_by_keys=include_created_by_keys,
            sort_by=sort_by,
            sort_order=sort_order,
            expand=expand,
            status=status,
            project_id=project_id,
            access_group_id=access_group_id,
            agent_id=agent_id,
            substring_matching=substring_matching,
            expires=expires,
        )
    ).parsed
