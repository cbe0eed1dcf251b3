from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_new_user_request import BulkNewUserRequest
from ...models.bulk_new_user_response import BulkNewUserResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: BulkNewUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/management/v1/users/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulkNewUserResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = BulkNewUserResponse.from_dict(response.json())

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
) -> Response[BulkNewUserResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkNewUserRequest,
) -> Response[BulkNewUserResponse | HTTPValidationError]:
    """ Bulk Create Users Route

     Create up to 500 internal users in one request, optionally adding each one to teams.

    Every entry in `users` takes the same fields as `/user/new`, with two differences: `auto_create_key`
    defaults to `false` (opt in per user to also get a virtual key back) and `send_invite_email` is not
    supported. Unknown fields are rejected with 422. Rows are validated together (duplicate ids or
    emails,
    unknown teams, roles the caller may not grant), inserted in one statement, and each referenced team
    is
    written once for all of its new members.

    Rows fail independently: a bad row is reported in `data` with `success: false` and an `error`, and
    the
    other rows still get created. A user that was created but could not be added to one of its teams is
    reported with `success: true`, `teams` listing where they did land, and `error` naming the failed
    team.
    The whole request is refused with a 403 problem document only if creating the valid rows would
    exceed
    the license seat limit.

    Example curl:
    ```
    curl -X POST "http://localhost:4000/management/v1/users/bulk" \\
    -H "Content-Type: application/json" \\
    -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
    -d '{
        "users": [
            {"user_email": "a@example.com", "user_role": "internal_user", "teams": ["team-1"]},
            {"user_email": "b@example.com", "user_role": "internal_user", "auto_create_key": true}
        ]
    }'
    ```

    Returns `data` (one entry per input row, in order, with `user_id`, `user_email`, `success`, `teams`,
    `key`, `error`) and `meta` with `total_requested`, `created` and `failed`.

    Args:
        body (BulkNewUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkNewUserResponse | HTTPValidationError]
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
    body: BulkNewUserRequest,
) -> BulkNewUserResponse | HTTPValidationError | None:
    """ Bulk Create Users Route

     Create up to 500 internal users in one request, optionally adding each one to teams.

    Every entry in `users` takes the same fields as `/user/new`, with two differences: `auto_create_key`
    defaults to `false` (opt in per user to also get a virtual key back) and `send_invite_email` is not
    supported. Unknown fields are rejected with 422. Rows are validated together (duplicate ids or
    emails,
    unknown teams, roles the caller may not grant), inserted in one statement, and each referenced team
    is
    written once for all of its new members.

    Rows fail independently: a bad row is reported in `data` with `success: false` and an `error`, and
    the
    other rows still get created. A user that was created but could not be added to one of its teams is
    reported with `success: true`, `teams` listing where they did land, and `error` naming the failed
    team.
    The whole request is refused with a 403 problem document only if creating the valid rows would
    exceed
    the license seat limit.

    Example curl:
    ```
    curl -X POST "http://localhost:4000/management/v1/users/bulk" \\
    -H "Content-Type: application/json" \\
    -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
    -d '{
        "users": [
            {"user_email": "a@example.com", "user_role": "internal_user", "teams": ["team-1"]},
            {"user_email": "b@example.com", "user_role": "internal_user", "auto_create_key": true}
        ]
    }'
    ```

    Returns `data` (one entry per input row, in order, with `user_id`, `user_email`, `success`, `teams`,
    `key`, `error`) and `meta` with `total_requested`, `created` and `failed`.

    Args:
        body (BulkNewUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkNewUserResponse | HTTPValidationError
     """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BulkNewUserRequest,
) -> Response[BulkNewUserResponse | HTTPValidationError]:
    """ Bulk Create Users Route

     Create up to 500 internal users in one request, optionally adding each one to teams.

    Every entry in `users` takes the same fields as `/user/new`, with two differences: `auto_create_key`
    defaults to `false` (opt in per user to also get a virtual key back) and `send_invite_email` is not
    supported. Unknown fields are rejected with 422. Rows are validated together (duplicate ids or
    emails,
    unknown teams, roles the caller may not grant), inserted in one statement, and each referenced team
    is
    written once for all of its new members.

    Rows fail independently: a bad row is reported in `data` with `success: false` and an `error`, and
    the
    other rows still get created. A user that was created but could not be added to one of its teams is
    reported with `success: true`, `teams` listing where they did land, and `error` naming the failed
    team.
    The whole request is refused with a 403 problem document only if creating the valid rows would
    exceed
    the license seat limit.

    Example curl:
    ```
    curl -X POST "http://localhost:4000/management/v1/users/bulk" \\
    -H "Content-Type: application/json" \\
    -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
    -d '{
        "users": [
            {"user_email": "a@example.com", "user_role": "internal_user", "teams": ["team-1"]},
            {"user_email": "b@example.com", "user_role": "internal_user", "auto_create_key": true}
        ]
    }'
    ```

    Returns `data` (one entry per input row, in order, with `user_id`, `user_email`, `success`, `teams`,
    `key`, `error`) and `meta` with `total_requested`, `created` and `failed`.

    Args:
        body (BulkNewUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulkNewUserResponse | HTTPValidationError]
     """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BulkNewUserRequest,
) -> BulkNewUserResponse | HTTPValidationError | None:
    """ Bulk Create Users Route

     Create up to 500 internal users in one request, optionally adding each one to teams.

    Every entry in `users` takes the same fields as `/user/new`, with two differences: `auto_create_key`
    defaults to `false` (opt in per user to also get a virtual key back) and `send_invite_email` is not
    supported. Unknown fields are rejected with 422. Rows are validated together (duplicate ids or
    emails,
    unknown teams, roles the caller may not grant), inserted in one statement, and each referenced team
    is
    written once for all of its new members.

    Rows fail independently: a bad row is reported in `data` with `success: false` and an `error`, and
    the
    other rows still get created. A user that was created but could not be added to one of its teams is
    reported with `success: true`, `teams` listing where they did land, and `error` naming the failed
    team.
    The whole request is refused with a 403 problem document only if creating the valid rows would
    exceed
    the license seat limit.

    Example curl:
    ```
    curl -X POST "http://localhost:4000/management/v1/users/bulk" \\
    -H "Content-Type: application/json" \\
    -H "Authorization: Bearer $LITELLM_MASTER_KEY" \\
    -d '{
        "users": [
            {"user_email": "a@example.com", "user_role": "internal_user", "teams": ["team-1"]},
            {"user_email": "b@example.com", "user_role": "internal_user", "auto_create_key": true}
        ]
    }'
    ```

    Returns `data` (one entry per input row, in order, with `user_id`, `user_email`, `success`, `teams`,
    `key`, `error`) and `meta` with `total_requested`, `created` and `failed`.

    Args:
        body (BulkNewUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulkNewUserResponse | HTTPValidationError
     """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
