from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.token_count_request import TokenCountRequest
from ...models.token_count_response import TokenCountResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TokenCountRequest,
    call_endpoint: bool | Unset = False,
    x_litellm_call_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_litellm_call_id, Unset):
        headers["x-litellm-call-id"] = x_litellm_call_id

    params: dict[str, Any] = {}

    params["call_endpoint"] = call_endpoint

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/utils/token_counter",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | TokenCountResponse | None:
    if response.status_code == 200:
        response_200 = TokenCountResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | TokenCountResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenCountRequest,
    call_endpoint: bool | Unset = False,
    x_litellm_call_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | TokenCountResponse]:
    """Token Counter

     Args:
        request: TokenCountRequest
        call_endpoint: bool - When set to "True" it will call the token counting endpoint - e.g
    Anthropic or Google AI Studio Token Counting APIs.
        litellm_call_id: the x-litellm-call-id header, logged with the count so it joins the inference
    call's logs

    Returns:
        TokenCountResponse

    Args:
        call_endpoint (bool | Unset):  Default: False.
        x_litellm_call_id (None | str | Unset):
        body (TokenCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TokenCountResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        call_endpoint=call_endpoint,
        x_litellm_call_id=x_litellm_call_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TokenCountRequest,
    call_endpoint: bool | Unset = False,
    x_litellm_call_id: None | str | Unset = UNSET,
) -> HTTPValidationError | TokenCountResponse | None:
    """Token Counter

     Args:
        request: TokenCountRequest
        call_endpoint: bool - When set to "True" it will call the token counting endpoint - e.g
    Anthropic or Google AI Studio Token Counting APIs.
        litellm_call_id: the x-litellm-call-id header, logged with the count so it joins the inference
    call's logs

    Returns:
        TokenCountResponse

    Args:
        call_endpoint (bool | Unset):  Default: False.
        x_litellm_call_id (None | str | Unset):
        body (TokenCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TokenCountResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        call_endpoint=call_endpoint,
        x_litellm_call_id=x_litellm_call_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenCountRequest,
    call_endpoint: bool | Unset = False,
    x_litellm_call_id: None | str | Unset = UNSET,
) -> Response[HTTPValidationError | TokenCountResponse]:
    """Token Counter

     Args:
        request: TokenCountRequest
        call_endpoint: bool - When set to "True" it will call the token counting endpoint - e.g
    Anthropic or Google AI Studio Token Counting APIs.
        litellm_call_id: the x-litellm-call-id header, logged with the count so it joins the inference
    call's logs

    Returns:
        TokenCountResponse

    Args:
        call_endpoint (bool | Unset):  Default: False.
        x_litellm_call_id (None | str | Unset):
        body (TokenCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | TokenCountResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        call_endpoint=call_endpoint,
        x_litellm_call_id=x_litellm_call_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenCountRequest,
    call_endpoint: bool | Unset = False,
    x_litellm_call_id: None | str | Unset = UNSET,
) -> HTTPValidationError | TokenCountResponse | None:
    """Token Counter

     Args:
        request: TokenCountRequest
        call_endpoint: bool - When set to "True" it will call the token counting endpoint - e.g
    Anthropic or Google AI Studio Token Counting APIs.
        litellm_call_id: the x-litellm-call-id header, logged with the count so it joins the inference
    call's logs

    Returns:
        TokenCountResponse

    Args:
        call_endpoint (bool | Unset):  Default: False.
        x_litellm_call_id (None | str | Unset):
        body (TokenCountRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | TokenCountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            call_endpoint=call_endpoint,
            x_litellm_call_id=x_litellm_call_id,
        )
    ).parsed
