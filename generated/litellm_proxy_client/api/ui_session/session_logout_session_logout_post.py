from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.session_logout_response import SessionLogoutResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/session/logout",
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SessionLogoutResponse | None:
    if response.status_code == 200:
        response_200 = SessionLogoutResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SessionLogoutResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SessionLogoutResponse]:
    """Session Logout

     Revoke the UI session key this request authenticated with.

    Only accepts UI session keys (minted by dashboard login); any other
    credential is refused, so this can never be used to delete arbitrary keys.
    Revokes only the presented session, not the user's other sessions.
    Idempotent: logging out an already-revoked session succeeds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionLogoutResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> SessionLogoutResponse | None:
    """Session Logout

     Revoke the UI session key this request authenticated with.

    Only accepts UI session keys (minted by dashboard login); any other
    credential is refused, so this can never be used to delete arbitrary keys.
    Revokes only the presented session, not the user's other sessions.
    Idempotent: logging out an already-revoked session succeeds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionLogoutResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[SessionLogoutResponse]:
    """Session Logout

     Revoke the UI session key this request authenticated with.

    Only accepts UI session keys (minted by dashboard login); any other
    credential is refused, so this can never be used to delete arbitrary keys.
    Revokes only the presented session, not the user's other sessions.
    Idempotent: logging out an already-revoked session succeeds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SessionLogoutResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> SessionLogoutResponse | None:
    """Session Logout

     Revoke the UI session key this request authenticated with.

    Only accepts UI session keys (minted by dashboard login); any other
    credential is refused, so this can never be used to delete arbitrary keys.
    Revokes only the presented session, not the user's other sessions.
    Idempotent: logging out an already-revoked session succeeds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SessionLogoutResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
