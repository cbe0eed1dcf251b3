from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complexity_router_config_validation_request import ComplexityRouterConfigValidationRequest
from ...models.complexity_router_config_validation_response import ComplexityRouterConfigValidationResponse
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: ComplexityRouterConfigValidationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auto_router/validate_complexity_router_config",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ComplexityRouterConfigValidationResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ComplexityRouterConfigValidationResponse.from_dict(response.json())

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
) -> Response[ComplexityRouterConfigValidationResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ComplexityRouterConfigValidationRequest,
) -> Response[ComplexityRouterConfigValidationResponse | HTTPValidationError]:
    """Validate Complexity Router Config

     Validate a complexity-router config without saving it.

    Runs the same check every write path runs (the router's own pydantic model), so a form can
    show the backend's exact verdict while the operator is still editing rather than after a
    rejected save. Uses the same team opt-in and model-access checks as configuration
    writes for members. Nothing is created, routed, or billed.

    Args:
        body (ComplexityRouterConfigValidationRequest): A complexity-router config to validate
            without saving, so a form can surface the
            backend's own verdict inline instead of a raw 400 at write time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplexityRouterConfigValidationResponse | HTTPValidationError]
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
    body: ComplexityRouterConfigValidationRequest,
) -> ComplexityRouterConfigValidationResponse | HTTPValidationError | None:
    """Validate Complexity Router Config

     Validate a complexity-router config without saving it.

    Runs the same check every write path runs (the router's own pydantic model), so a form can
    show the backend's exact verdict while the operator is still editing rather than after a
    rejected save. Uses the same team opt-in and model-access checks as configuration
    writes for members. Nothing is created, routed, or billed.

    Args:
        body (ComplexityRouterConfigValidationRequest): A complexity-router config to validate
            without saving, so a form can surface the
            backend's own verdict inline instead of a raw 400 at write time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplexityRouterConfigValidationResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ComplexityRouterConfigValidationRequest,
) -> Response[ComplexityRouterConfigValidationResponse | HTTPValidationError]:
    """Validate Complexity Router Config

     Validate a complexity-router config without saving it.

    Runs the same check every write path runs (the router's own pydantic model), so a form can
    show the backend's exact verdict while the operator is still editing rather than after a
    rejected save. Uses the same team opt-in and model-access checks as configuration
    writes for members. Nothing is created, routed, or billed.

    Args:
        body (ComplexityRouterConfigValidationRequest): A complexity-router config to validate
            without saving, so a form can surface the
            backend's own verdict inline instead of a raw 400 at write time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplexityRouterConfigValidationResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ComplexityRouterConfigValidationRequest,
) -> ComplexityRouterConfigValidationResponse | HTTPValidationError | None:
    """Validate Complexity Router Config

     Validate a complexity-router config without saving it.

    Runs the same check every write path runs (the router's own pydantic model), so a form can
    show the backend's exact verdict while the operator is still editing rather than after a
    rejected save. Uses the same team opt-in and model-access checks as configuration
    writes for members. Nothing is created, routed, or billed.

    Args:
        body (ComplexityRouterConfigValidationRequest): A complexity-router config to validate
            without saving, so a form can surface the
            backend's own verdict inline instead of a raw 400 at write time.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplexityRouterConfigValidationResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
