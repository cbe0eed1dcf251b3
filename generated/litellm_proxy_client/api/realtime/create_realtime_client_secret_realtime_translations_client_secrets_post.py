from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request import (
    CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest,
)
from ...models.realtime_client_secret_response import RealtimeClientSecretResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/realtime/translations/client_secrets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RealtimeClientSecretResponse | None:
    if response.status_code == 200:
        response_200 = RealtimeClientSecretResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RealtimeClientSecretResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest,
) -> Response[RealtimeClientSecretResponse]:
    """Create Realtime Client Secret

     Create a short-lived client token for a Realtime conversation, transcription, or translation session

    Args:
        body (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretR
            equest): Request body for POST /v1/realtime/client_secrets.

            LiteLLM also accepts a top-level `model` field for routing when
            session.model is absent (LiteLLM extension, not forwarded to OpenAI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeClientSecretResponse]
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
    body: CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest,
) -> RealtimeClientSecretResponse | None:
    """Create Realtime Client Secret

     Create a short-lived client token for a Realtime conversation, transcription, or translation session

    Args:
        body (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretR
            equest): Request body for POST /v1/realtime/client_secrets.

            LiteLLM also accepts a top-level `model` field for routing when
            session.model is absent (LiteLLM extension, not forwarded to OpenAI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeClientSecretResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest,
) -> Response[RealtimeClientSecretResponse]:
    """Create Realtime Client Secret

     Create a short-lived client token for a Realtime conversation, transcription, or translation session

    Args:
        body (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretR
            equest): Request body for POST /v1/realtime/client_secrets.

            LiteLLM also accepts a top-level `model` field for routing when
            session.model is absent (LiteLLM extension, not forwarded to OpenAI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RealtimeClientSecretResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest,
) -> RealtimeClientSecretResponse | None:
    """Create Realtime Client Secret

     Create a short-lived client token for a Realtime conversation, transcription, or translation session

    Args:
        body (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretR
            equest): Request body for POST /v1/realtime/client_secrets.

            LiteLLM also accepts a top-level `model` field for routing when
            session.model is absent (LiteLLM extension, not forwarded to OpenAI).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RealtimeClientSecretResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
