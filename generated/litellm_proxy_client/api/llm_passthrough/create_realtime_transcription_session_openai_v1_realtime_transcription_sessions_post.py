from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.realtime_transcription_session_response import RealtimeTranscriptionSessionResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openai/v1/realtime/transcription_sessions",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RealtimeTranscriptionSessionResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeTranscriptionSessionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RealtimeTranscriptionSessionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[RealtimeTranscriptionSessionResponse]:
    """Create Realtime Transcription Session

     Create an ephemeral Realtime transcription session
    (POST /v1/realtime/transcription_sessions) for the WebRTC/WebSocket flow.

    Mirrors the client_secrets route but targets the transcription_sessions
    endpoint and encrypts the ephemeral key returned under `client_secret.value`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeTranscriptionSessionResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> RealtimeTranscriptionSessionResponse | None:
    """Create Realtime Transcription Session

     Create an ephemeral Realtime transcription session
    (POST /v1/realtime/transcription_sessions) for the WebRTC/WebSocket flow.

    Mirrors the client_secrets route but targets the transcription_sessions
    endpoint and encrypts the ephemeral key returned under `client_secret.value`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeTranscriptionSessionResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[RealtimeTranscriptionSessionResponse]:
    """Create Realtime Transcription Session

     Create an ephemeral Realtime transcription session
    (POST /v1/realtime/transcription_sessions) for the WebRTC/WebSocket flow.

    Mirrors the client_secrets route but targets the transcription_sessions
    endpoint and encrypts the ephemeral key returned under `client_secret.value`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeTranscriptionSessionResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> RealtimeTranscriptionSessionResponse | None:
    """Create Realtime Transcription Session

     Create an ephemeral Realtime transcription session
    (POST /v1/realtime/transcription_sessions) for the WebRTC/WebSocket flow.

    Mirrors the client_secrets route but targets the transcription_sessions
    endpoint and encrypts the ephemeral key returned under `client_secret.value`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeTranscriptionSessionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
