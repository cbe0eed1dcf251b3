from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.span_detail import SpanDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    trace_id: str,
    span_id: str,
    *,
    trace_ref: str | Unset = "",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["trace_ref"] = trace_ref

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/traces/{trace_id}/spans/{span_id}".format(
            trace_id=quote(str(trace_id), safe=""),
            span_id=quote(str(span_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | SpanDetail | None:
    if response.status_code == 200:
        response_200 = SpanDetail.from_dict(response.json())

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
) -> Response[HTTPValidationError | SpanDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    trace_id: str,
    span_id: str,
    *,
    client: AuthenticatedClient,
    trace_ref: str | Unset = "",
) -> Response[HTTPValidationError | SpanDetail]:
    """Get Agent Trace Span

    Args:
        trace_id (str):
        span_id (str):
        trace_ref (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SpanDetail]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        span_id=span_id,
        trace_ref=trace_ref,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    trace_id: str,
    span_id: str,
    *,
    client: AuthenticatedClient,
    trace_ref: str | Unset = "",
) -> HTTPValidationError | SpanDetail | None:
    """Get Agent Trace Span

    Args:
        trace_id (str):
        span_id (str):
        trace_ref (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SpanDetail
    """

    return sync_detailed(
        trace_id=trace_id,
        span_id=span_id,
        client=client,
        trace_ref=trace_ref,
    ).parsed


async def asyncio_detailed(
    trace_id: str,
    span_id: str,
    *,
    client: AuthenticatedClient,
    trace_ref: str | Unset = "",
) -> Response[HTTPValidationError | SpanDetail]:
    """Get Agent Trace Span

    Args:
        trace_id (str):
        span_id (str):
        trace_ref (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | SpanDetail]
    """

    kwargs = _get_kwargs(
        trace_id=trace_id,
        span_id=span_id,
        trace_ref=trace_ref,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    trace_id: str,
    span_id: str,
    *,
    client: AuthenticatedClient,
    trace_ref: str | Unset = "",
) -> HTTPValidationError | SpanDetail | None:
    """Get Agent Trace Span

    Args:
        trace_id (str):
        span_id (str):
        trace_ref (str | Unset):  Default: ''.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | SpanDetail
    """

    return (
        await asyncio_detailed(
            trace_id=trace_id,
            span_id=span_id,
            client=client,
            trace_ref=trace_ref,
        )
    ).parsed
