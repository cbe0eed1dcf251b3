from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_authorize_complete_authorize_complete_post import BodyAuthorizeCompleteAuthorizeCompletePost
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: BodyAuthorizeCompleteAuthorizeCompletePost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/authorize/complete",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyAuthorizeCompleteAuthorizeCompletePost,
) -> Response[Any | HTTPValidationError]:
    """Authorize Complete

     Finish an aggregate connect flow: mint the gateway authorization code for the
    signed-in user and hand it back to the DCR client, by 303 redirect (default) or, for
    a loopback client on a different machine, as a copyable callback URL
    (``delivery=manual``). POST plus the per-flow HttpOnly cookie set at /authorize; an
    anonymous or bad-flow request just 400s. The native-client consent page adds
    ``decision`` (approve or deny) and the ``team_id`` the credential is attributed to.

    Args:
        body (BodyAuthorizeCompleteAuthorizeCompletePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
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
    client: AuthenticatedClient | Client,
    body: BodyAuthorizeCompleteAuthorizeCompletePost,
) -> Any | HTTPValidationError | None:
    """Authorize Complete

     Finish an aggregate connect flow: mint the gateway authorization code for the
    signed-in user and hand it back to the DCR client, by 303 redirect (default) or, for
    a loopback client on a different machine, as a copyable callback URL
    (``delivery=manual``). POST plus the per-flow HttpOnly cookie set at /authorize; an
    anonymous or bad-flow request just 400s. The native-client consent page adds
    ``decision`` (approve or deny) and the ``team_id`` the credential is attributed to.

    Args:
        body (BodyAuthorizeCompleteAuthorizeCompletePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyAuthorizeCompleteAuthorizeCompletePost,
) -> Response[Any | HTTPValidationError]:
    """Authorize Complete

     Finish an aggregate connect flow: mint the gateway authorization code for the
    signed-in user and hand it back to the DCR client, by 303 redirect (default) or, for
    a loopback client on a different machine, as a copyable callback URL
    (``delivery=manual``). POST plus the per-flow HttpOnly cookie set at /authorize; an
    anonymous or bad-flow request just 400s. The native-client consent page adds
    ``decision`` (approve or deny) and the ``team_id`` the credential is attributed to.

    Args:
        body (BodyAuthorizeCompleteAuthorizeCompletePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BodyAuthorizeCompleteAuthorizeCompletePost,
) -> Any | HTTPValidationError | None:
    """Authorize Complete

     Finish an aggregate connect flow: mint the gateway authorization code for the
    signed-in user and hand it back to the DCR client, by 303 redirect (default) or, for
    a loopback client on a different machine, as a copyable callback URL
    (``delivery=manual``). POST plus the per-flow HttpOnly cookie set at /authorize; an
    anonymous or bad-flow request just 400s. The native-client consent page adds
    ``decision`` (approve or deny) and the ``team_id`` the credential is attributed to.

    Args:
        body (BodyAuthorizeCompleteAuthorizeCompletePost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
