from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_delete_user_request import BulkDeleteUserRequest
from ...models.bulk_delete_users_response import BulkDeleteUsersResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BulkDeleteUserRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(litellm_changed_by, Unset):
        headers["litellm-changed-by"] = litellm_changed_by

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/management/v1/users/bulk_delete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkDeleteUsersResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BulkDeleteUsersResponse.from_dict(response.json())

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
) -> Response[BulkDeleteUsersResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteUserRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[BulkDeleteUsersResponse | HTTPValidationError]:
    """Bulk Delete Users Action

     Delete up to 500 users in one call, taking each out of every team it belongs to.
    Same authorization as `/user/delete`: proxy admins may delete anyone, org admins
    only users inside organizations they administer. Unknown body fields are a 422.

    `data` holds one result per requested `user_id`, in request order. A row is
    `success: false` with an `error` when the id is unknown, repeated in the request,
    or outside the caller's scope. Rows that pass those checks are deleted together,
    in one transaction, so either all of them go or none does.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/users/bulk_delete'         --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type: application/json'
    --data '{"user_ids": ["user-1", "user-2"]}'
    ```

    Args:
        litellm_changed_by (None | str | Unset): Who the caller is acting for; recorded on the
            audit log entries this call writes.
        body (BulkDeleteUserRequest): Body of `POST /management/v1/users/bulk_delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkDeleteUsersResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteUserRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> BulkDeleteUsersResponse | HTTPValidationError | None:
    """Bulk Delete Users Action

     Delete up to 500 users in one call, taking each out of every team it belongs to.
    Same authorization as `/user/delete`: proxy admins may delete anyone, org admins
    only users inside organizations they administer. Unknown body fields are a 422.

    `data` holds one result per requested `user_id`, in request order. A row is
    `success: false` with an `error` when the id is unknown, repeated in the request,
    or outside the caller's scope. Rows that pass those checks are deleted together,
    in one transaction, so either all of them go or none does.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/users/bulk_delete'         --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type: application/json'
    --data '{"user_ids": ["user-1", "user-2"]}'
    ```

    Args:
        litellm_changed_by (None | str | Unset): Who the caller is acting for; recorded on the
            audit log entries this call writes.
        body (BulkDeleteUserRequest): Body of `POST /management/v1/users/bulk_delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkDeleteUsersResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        litellm_changed_by=litellm_changed_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteUserRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[BulkDeleteUsersResponse | HTTPValidationError]:
    """Bulk Delete Users Action

     Delete up to 500 users in one call, taking each out of every team it belongs to.
    Same authorization as `/user/delete`: proxy admins may delete anyone, org admins
    only users inside organizations they administer. Unknown body fields are a 422.

    `data` holds one result per requested `user_id`, in request order. A row is
    `success: false` with an `error` when the id is unknown, repeated in the request,
    or outside the caller's scope. Rows that pass those checks are deleted together,
    in one transaction, so either all of them go or none does.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/users/bulk_delete'         --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type: application/json'
    --data '{"user_ids": ["user-1", "user-2"]}'
    ```

    Args:
        litellm_changed_by (None | str | Unset): Who the caller is acting for; recorded on the
            audit log entries this call writes.
        body (BulkDeleteUserRequest): Body of `POST /management/v1/users/bulk_delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkDeleteUsersResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkDeleteUserRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> BulkDeleteUsersResponse | HTTPValidationError | None:
    """Bulk Delete Users Action

     Delete up to 500 users in one call, taking each out of every team it belongs to.
    Same authorization as `/user/delete`: proxy admins may delete anyone, org admins
    only users inside organizations they administer. Unknown body fields are a 422.

    `data` holds one result per requested `user_id`, in request order. A row is
    `success: false` with an `error` when the id is unknown, repeated in the request,
    or outside the caller's scope. Rows that pass those checks are deleted together,
    in one transaction, so either all of them go or none does.

    Example curl:
    ```
    curl --location 'http://0.0.0.0:4000/management/v1/users/bulk_delete'         --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"         --header 'Content-Type: application/json'
    --data '{"user_ids": ["user-1", "user-2"]}'
    ```

    Args:
        litellm_changed_by (None | str | Unset): Who the caller is acting for; recorded on the
            audit log entries this call writes.
        body (BulkDeleteUserRequest): Body of `POST /management/v1/users/bulk_delete`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkDeleteUsersResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            litellm_changed_by=litellm_changed_by,
        )
    ).parsed
