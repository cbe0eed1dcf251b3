from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_router_session_response import AutoRouterSessionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response


def _get_kwargs(
    *,
    session_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["session_id"] = session_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/auto_router/session",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoRouterSessionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AutoRouterSessionResponse.from_dict(response.json())

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
) -> Response[AutoRouterSessionResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    session_id: str,
) -> Response[AutoRouterSessionResponse | HTTPValidationError]:
    """Get Auto Router Session

     One auto-routed session, for the key that ran it: the model its last turn was routed to and the
    session's spend against the router's savings baseline. Built for a coding agent's status line
    or stop hook, so any virtual key may call it and only ever sees rows written under its own
    key hash. Reads the LiteLLM_AutoRouterSession rollup, which the asynchronous spend flush
    fills a moment after each turn; a session with no flushed auto-routed turn yet is a 404. The
    id is bounded the way the writer bounded it, so an oversized client id still finds its row.

    Args:
        session_id (str): The client session id (x-*-session-id header) the turns were sent under

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterSessionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    session_id: str,
) -> AutoRouterSessionResponse | HTTPValidationError | None:
    """Get Auto Router Session

     One auto-routed session, for the key that ran it: the model its last turn was routed to and the
    session's spend against the router's savings baseline. Built for a coding agent's status line
    or stop hook, so any virtual key may call it and only ever sees rows written under its own
    key hash. Reads the LiteLLM_AutoRouterSession rollup, which the asynchronous spend flush
    fills a moment after each turn; a session with no flushed auto-routed turn yet is a 404. The
    id is bounded the way the writer bounded it, so an oversized client id still finds its row.

    Args:
        session_id (str): The client session id (x-*-session-id header) the turns were sent under

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterSessionResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        session_id=session_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    session_id: str,
) -> Response[AutoRouterSessionResponse | HTTPValidationError]:
    """Get Auto Router Session

     One auto-routed session, for the key that ran it: the model its last turn was routed to and the
    session's spend against the router's savings baseline. Built for a coding agent's status line
    or stop hook, so any virtual key may call it and only ever sees rows written under its own
    key hash. Reads the LiteLLM_AutoRouterSession rollup, which the asynchronous spend flush
    fills a moment after each turn; a session with no flushed auto-routed turn yet is a 404. The
    id is bounded the way the writer bounded it, so an oversized client id still finds its row.

    Args:
        session_id (str): The client session id (x-*-session-id header) the turns were sent under

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterSessionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    session_id: str,
) -> AutoRouterSessionResponse | HTTPValidationError | None:
    """Get Auto Router Session

     One auto-routed session, for the key that ran it: the model its last turn was routed to and the
    session's spend against the router's savings baseline. Built for a coding agent's status line
    or stop hook, so any virtual key may call it and only ever sees rows written under its own
    key hash. Reads the LiteLLM_AutoRouterSession rollup, which the asynchronous spend flush
    fills a moment after each turn; a session with no flushed auto-routed turn yet is a 404. The
    id is bounded the way the writer bounded it, so an oversized client id still finds its row.

    Args:
        session_id (str): The client session id (x-*-session-id header) the turns were sent under

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterSessionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            session_id=session_id,
        )
    ).parsed
