from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cache_prediction_request import CachePredictionRequest
from ...models.cache_prediction_response import CachePredictionResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: CachePredictionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/cost/predict-cache",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CachePredictionResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = CachePredictionResponse.from_dict(response.json())

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
) -> Response[CachePredictionResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CachePredictionRequest,
) -> Response[CachePredictionResponse | HTTPValidationError]:
    """Predict Cache Cost

     Compare the next native Anthropic request on two configured deployment IDs.

    Estimates use provider token counting and recent successful cache telemetry for this key.
    Unknown cache state uses the cold scenario when prices/counts are available. Cache observations
    do not guarantee retention. v0 supports one message-content breakpoint, text and client tools;
    system/tool-only breakpoints, thinking, images, nondefault Anthropic versions, beta headers and
    request transforms are unknown.
    Each provider count consumes one RPM unit and holds concurrency capacity; a comparison uses
    up to four counts. The legacy rate limiter returns unknown without contacting the provider.
    This endpoint does not generate tokens, prewarm caches, choose a model or alter routing.

    Args:
        body (CachePredictionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CachePredictionResponse | HTTPValidationError]
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
    body: CachePredictionRequest,
) -> CachePredictionResponse | HTTPValidationError | None:
    """Predict Cache Cost

     Compare the next native Anthropic request on two configured deployment IDs.

    Estimates use provider token counting and recent successful cache telemetry for this key.
    Unknown cache state uses the cold scenario when prices/counts are available. Cache observations
    do not guarantee retention. v0 supports one message-content breakpoint, text and client tools;
    system/tool-only breakpoints, thinking, images, nondefault Anthropic versions, beta headers and
    request transforms are unknown.
    Each provider count consumes one RPM unit and holds concurrency capacity; a comparison uses
    up to four counts. The legacy rate limiter returns unknown without contacting the provider.
    This endpoint does not generate tokens, prewarm caches, choose a model or alter routing.

    Args:
        body (CachePredictionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CachePredictionResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CachePredictionRequest,
) -> Response[CachePredictionResponse | HTTPValidationError]:
    """Predict Cache Cost

     Compare the next native Anthropic request on two configured deployment IDs.

    Estimates use provider token counting and recent successful cache telemetry for this key.
    Unknown cache state uses the cold scenario when prices/counts are available. Cache observations
    do not guarantee retention. v0 supports one message-content breakpoint, text and client tools;
    system/tool-only breakpoints, thinking, images, nondefault Anthropic versions, beta headers and
    request transforms are unknown.
    Each provider count consumes one RPM unit and holds concurrency capacity; a comparison uses
    up to four counts. The legacy rate limiter returns unknown without contacting the provider.
    This endpoint does not generate tokens, prewarm caches, choose a model or alter routing.

    Args:
        body (CachePredictionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CachePredictionResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CachePredictionRequest,
) -> CachePredictionResponse | HTTPValidationError | None:
    """Predict Cache Cost

     Compare the next native Anthropic request on two configured deployment IDs.

    Estimates use provider token counting and recent successful cache telemetry for this key.
    Unknown cache state uses the cold scenario when prices/counts are available. Cache observations
    do not guarantee retention. v0 supports one message-content breakpoint, text and client tools;
    system/tool-only breakpoints, thinking, images, nondefault Anthropic versions, beta headers and
    request transforms are unknown.
    Each provider count consumes one RPM unit and holds concurrency capacity; a comparison uses
    up to four counts. The legacy rate limiter returns unknown without contacting the provider.
    This endpoint does not generate tokens, prewarm caches, choose a model or alter routing.

    Args:
        body (CachePredictionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CachePredictionResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
