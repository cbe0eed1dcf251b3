from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.a2a_json_rpc_response import A2AJsonRpcResponse
from ...models.http_validation_error import HTTPValidationError
from ...models.invoke_agent_a2av1a2a_agent_id_message_stream_post_a2a_json_rpc_request import (
    InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest,
)
from ...types import Response


def _get_kwargs(
    agent_id: str,
    *,
    body: InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/a2a/{agent_id}/message/stream".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> A2AJsonRpcResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = A2AJsonRpcResponse.from_dict(response.json())

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
) -> Response[A2AJsonRpcResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest,
) -> Response[A2AJsonRpcResponse | HTTPValidationError]:
    """Invoke Agent A2A

     Invoke an agent using the A2A protocol (JSON-RPC 2.0).

    Supported methods:
    - message/send: Send a message and get a response
    - message/stream: Send a message and stream the response

    Args:
        agent_id (str):
        body (InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[A2AJsonRpcResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest,
) -> A2AJsonRpcResponse | HTTPValidationError | None:
    """Invoke Agent A2A

     Invoke an agent using the A2A protocol (JSON-RPC 2.0).

    Supported methods:
    - message/send: Send a message and get a response
    - message/stream: Send a message and stream the response

    Args:
        agent_id (str):
        body (InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        A2AJsonRpcResponse | HTTPValidationError
    """

    return sync_detailed(
        agent_id=agent_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest,
) -> Response[A2AJsonRpcResponse | HTTPValidationError]:
    """Invoke Agent A2A

     Invoke an agent using the A2A protocol (JSON-RPC 2.0).

    Supported methods:
    - message/send: Send a message and get a response
    - message/stream: Send a message and stream the response

    Args:
        agent_id (str):
        body (InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[A2AJsonRpcResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        agent_id=agent_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    agent_id: str,
    *,
    client: AuthenticatedClient,
    body: InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest,
) -> A2AJsonRpcResponse | HTTPValidationError | None:
    """Invoke Agent A2A

     Invoke an agent using the A2A protocol (JSON-RPC 2.0).

    Supported methods:
    - message/send: Send a message and get a response
    - message/stream: Send a message and stream the response

    Args:
        agent_id (str):
        body (InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        A2AJsonRpcResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            agent_id=agent_id,
            client=client,
            body=body,
        )
    ).parsed
