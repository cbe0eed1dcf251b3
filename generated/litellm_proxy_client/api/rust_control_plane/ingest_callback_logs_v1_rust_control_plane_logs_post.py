from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.callback_logs_request import CallbackLogsRequest
from ...models.callback_logs_response import CallbackLogsResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: CallbackLogsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/rust_control_plane/logs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CallbackLogsResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CallbackLogsResponse.from_dict(response.json())

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
) -> Response[CallbackLogsResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CallbackLogsRequest,
) -> Response[CallbackLogsResponse | HTTPValidationError]:
    """Ingest Callback Logs

     Replay a batch of finished logging payloads through the callback fan-out.

    Admin-only: the payloads write spend logs and trigger every callback, so this
    is a trusted internal route, not a public surface.

    Args:
        body (CallbackLogsRequest): A batch of logging events posted by an external producer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackLogsResponse | HTTPValidationError]
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
    body: CallbackLogsRequest,
) -> CallbackLogsResponse | HTTPValidationError | None:
    """Ingest Callback Logs

     Replay a batch of finished logging payloads through the callback fan-out.

    Admin-only: the payloads write spend logs and trigger every callback, so this
    is a trusted internal route, not a public surface.

    Args:
        body (CallbackLogsRequest): A batch of logging events posted by an external producer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackLogsResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CallbackLogsRequest,
) -> Response[CallbackLogsResponse | HTTPValidationError]:
    """Ingest Callback Logs

     Replay a batch of finished logging payloads through the callback fan-out.

    Admin-only: the payloads write spend logs and trigger every callback, so this
    is a trusted internal route, not a public surface.

    Args:
        body (CallbackLogsRequest): A batch of logging events posted by an external producer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CallbackLogsResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CallbackLogsRequest,
) -> CallbackLogsResponse | HTTPValidationError | None:
    """Ingest Callback Logs

     Replay a batch of finished logging payloads through the callback fan-out.

    Admin-only: the payloads write spend logs and trigger every callback, so this
    is a trusted internal route, not a public surface.

    Args:
        body (CallbackLogsRequest): A batch of logging events posted by an external producer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CallbackLogsResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
