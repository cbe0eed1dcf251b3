from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.codex_passthrough_route_backend_api_codex_endpoint_post_body import (
    CodexPassthroughRouteBackendApiCodexEndpointPostBody,
)
from ...models.codex_passthrough_route_backend_api_codex_endpoint_post_endpoint import (
    CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint,
)
from ...models.codex_passthrough_route_backend_api_codex_endpoint_post_response_200 import (
    CodexPassthroughRouteBackendApiCodexEndpointPostResponse200,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    endpoint: CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint,
    *,
    body: CodexPassthroughRouteBackendApiCodexEndpointPostBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/backend-api/codex/{endpoint}".format(
            endpoint=quote(str(endpoint), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CodexPassthroughRouteBackendApiCodexEndpointPostResponse200.from_dict(response.json())

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
) -> Response[CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    endpoint: CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint,
    *,
    client: AuthenticatedClient,
    body: CodexPassthroughRouteBackendApiCodexEndpointPostBody,
) -> Response[CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError]:
    """Codex Passthrough Route

     Forward a client's ChatGPT subscription with separate LiteLLM authentication, listing and serving
    the
    key's other chat models through LiteLLM.

    Args:
        endpoint (CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint):
        body (CodexPassthroughRouteBackendApiCodexEndpointPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    endpoint: CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint,
    *,
    client: AuthenticatedClient,
    body: CodexPassthroughRouteBackendApiCodexEndpointPostBody,
) -> CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError | None:
    """Codex Passthrough Route

     Forward a client's ChatGPT subscription with separate LiteLLM authentication, listing and serving
    the
    key's other chat models through LiteLLM.

    Args:
        endpoint (CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint):
        body (CodexPassthroughRouteBackendApiCodexEndpointPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError
    """

    return sync_detailed(
        endpoint=endpoint,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    endpoint: CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint,
    *,
    client: AuthenticatedClient,
    body: CodexPassthroughRouteBackendApiCodexEndpointPostBody,
) -> Response[CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError]:
    """Codex Passthrough Route

     Forward a client's ChatGPT subscription with separate LiteLLM authentication, listing and serving
    the
    key's other chat models through LiteLLM.

    Args:
        endpoint (CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint):
        body (CodexPassthroughRouteBackendApiCodexEndpointPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    endpoint: CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint,
    *,
    client: AuthenticatedClient,
    body: CodexPassthroughRouteBackendApiCodexEndpointPostBody,
) -> CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError | None:
    """Codex Passthrough Route

     Forward a client's ChatGPT subscription with separate LiteLLM authentication, listing and serving
    the
    key's other chat models through LiteLLM.

    Args:
        endpoint (CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint):
        body (CodexPassthroughRouteBackendApiCodexEndpointPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CodexPassthroughRouteBackendApiCodexEndpointPostResponse200 | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            endpoint=endpoint,
            client=client,
            body=body,
        )
    ).parsed
