from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_router_classifier_default_prompt_response import AutoRouterClassifierDefaultPromptResponse
from ...models.auto_router_classifier_prompt_preview_request import AutoRouterClassifierPromptPreviewRequest
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: AutoRouterClassifierPromptPreviewRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auto_router/classifier/default_prompt",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoRouterClassifierDefaultPromptResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AutoRouterClassifierDefaultPromptResponse.from_dict(response.json())

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
) -> Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AutoRouterClassifierPromptPreviewRequest,
) -> Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]:
    """Preview Auto Router Classifier Prompt

     Get the system prompt an auto-router's LLM classifier sends for an edited tier set

    Args:
        body (AutoRouterClassifierPromptPreviewRequest): A POST rather than query params: the
            classification sections are the operator's own text,
            which must not reach access logs through a URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]
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
    body: AutoRouterClassifierPromptPreviewRequest,
) -> AutoRouterClassifierDefaultPromptResponse | HTTPValidationError | None:
    """Preview Auto Router Classifier Prompt

     Get the system prompt an auto-router's LLM classifier sends for an edited tier set

    Args:
        body (AutoRouterClassifierPromptPreviewRequest): A POST rather than query params: the
            classification sections are the operator's own text,
            which must not reach access logs through a URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterClassifierDefaultPromptResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AutoRouterClassifierPromptPreviewRequest,
) -> Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]:
    """Preview Auto Router Classifier Prompt

     Get the system prompt an auto-router's LLM classifier sends for an edited tier set

    Args:
        body (AutoRouterClassifierPromptPreviewRequest): A POST rather than query params: the
            classification sections are the operator's own text,
            which must not reach access logs through a URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoRouterClassifierDefaultPromptResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AutoRouterClassifierPromptPreviewRequest,
) -> AutoRouterClassifierDefaultPromptResponse | HTTPValidationError | None:
    """Preview Auto Router Classifier Prompt

     Get the system prompt an auto-router's LLM classifier sends for an edited tier set

    Args:
        body (AutoRouterClassifierPromptPreviewRequest): A POST rather than query params: the
            classification sections are the operator's own text,
            which must not reach access logs through a URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoRouterClassifierDefaultPromptResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
