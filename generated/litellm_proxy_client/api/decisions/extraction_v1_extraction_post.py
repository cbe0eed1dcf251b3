from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.extraction_response import ExtractionResponse
from ...models.extraction_v1_extraction_post_extraction_request import ExtractionV1ExtractionPostExtractionRequest
from ...types import Response


def _get_kwargs(
    *,
    body: ExtractionV1ExtractionPostExtractionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/extraction",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExtractionResponse | None:
    if response.status_code == 200:
        response_200 = ExtractionResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExtractionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExtractionV1ExtractionPostExtractionRequest,
) -> Response[ExtractionResponse]:
    """Extract typed fields from a state

     Read a `state` text and up to 4 images and get one typed answer per named field in `fields`.

    Field types are `text`, `number`, `date`, `time`, `datetime`, `duration`, `list` (set `items`),
    `estimate`
    (set `min` and `max`) and `forecast` (set `min`, `max` and `horizon`). Each answer carries its
    `value`, which is
    null when the input does not determine it, plus `confidence`, `p_null`, text `span`s into the state
    and, for
    estimates, `mean`, `median`, `p10` and `p90`. Images are data URLs or `{content_type, base64}`
    objects, remote
    URLs are not accepted. An unknown field type, a field name that is not 1 to 64 letters, digits, `_`,
    `.` or `-`
    starting with a letter or `_`, a remote image URL or more than 4 images is rejected with a 400
    before any
    provider is called. Any other top-level key, `stream: true` and OpenAI generation settings such as
    `temperature`
    included, is rejected with a 400 naming it unless `drop_params` or the deployment's
    `additional_drop_params`
    drops it. Settings inside `fields` and `options` go to the provider as sent, so a field missing a
    setting its
    type needs or an empty `state` with no images comes back with the provider's own error. `model` is
    any
    extraction model in the proxy model list, such as Cloudflare Clairic. The request and the answers
    keep the
    provider's format.

    Args:
        body (ExtractionV1ExtractionPostExtractionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExtractionResponse]
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
    body: ExtractionV1ExtractionPostExtractionRequest,
) -> ExtractionResponse | None:
    """Extract typed fields from a state

     Read a `state` text and up to 4 images and get one typed answer per named field in `fields`.

    Field types are `text`, `number`, `date`, `time`, `datetime`, `duration`, `list` (set `items`),
    `estimate`
    (set `min` and `max`) and `forecast` (set `min`, `max` and `horizon`). Each answer carries its
    `value`, which is
    null when the input does not determine it, plus `confidence`, `p_null`, text `span`s into the state
    and, for
    estimates, `mean`, `median`, `p10` and `p90`. Images are data URLs or `{content_type, base64}`
    objects, remote
    URLs are not accepted. An unknown field type, a field name that is not 1 to 64 letters, digits, `_`,
    `.` or `-`
    starting with a letter or `_`, a remote image URL or more than 4 images is rejected with a 400
    before any
    provider is called. Any other top-level key, `stream: true` and OpenAI generation settings such as
    `temperature`
    included, is rejected with a 400 naming it unless `drop_params` or the deployment's
    `additional_drop_params`
    drops it. Settings inside `fields` and `options` go to the provider as sent, so a field missing a
    setting its
    type needs or an empty `state` with no images comes back with the provider's own error. `model` is
    any
    extraction model in the proxy model list, such as Cloudflare Clairic. The request and the answers
    keep the
    provider's format.

    Args:
        body (ExtractionV1ExtractionPostExtractionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExtractionResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExtractionV1ExtractionPostExtractionRequest,
) -> Response[ExtractionResponse]:
    """Extract typed fields from a state

     Read a `state` text and up to 4 images and get one typed answer per named field in `fields`.

    Field types are `text`, `number`, `date`, `time`, `datetime`, `duration`, `list` (set `items`),
    `estimate`
    (set `min` and `max`) and `forecast` (set `min`, `max` and `horizon`). Each answer carries its
    `value`, which is
    null when the input does not determine it, plus `confidence`, `p_null`, text `span`s into the state
    and, for
    estimates, `mean`, `median`, `p10` and `p90`. Images are data URLs or `{content_type, base64}`
    objects, remote
    URLs are not accepted. An unknown field type, a field name that is not 1 to 64 letters, digits, `_`,
    `.` or `-`
    starting with a letter or `_`, a remote image URL or more than 4 images is rejected with a 400
    before any
    provider is called. Any other top-level key, `stream: true` and OpenAI generation settings such as
    `temperature`
    included, is rejected with a 400 naming it unless `drop_params` or the deployment's
    `additional_drop_params`
    drops it. Settings inside `fields` and `options` go to the provider as sent, so a field missing a
    setting its
    type needs or an empty `state` with no images comes back with the provider's own error. `model` is
    any
    extraction model in the proxy model list, such as Cloudflare Clairic. The request and the answers
    keep the
    provider's format.

    Args:
        body (ExtractionV1ExtractionPostExtractionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExtractionResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ExtractionV1ExtractionPostExtractionRequest,
) -> ExtractionResponse | None:
    """Extract typed fields from a state

     Read a `state` text and up to 4 images and get one typed answer per named field in `fields`.

    Field types are `text`, `number`, `date`, `time`, `datetime`, `duration`, `list` (set `items`),
    `estimate`
    (set `min` and `max`) and `forecast` (set `min`, `max` and `horizon`). Each answer carries its
    `value`, which is
    null when the input does not determine it, plus `confidence`, `p_null`, text `span`s into the state
    and, for
    estimates, `mean`, `median`, `p10` and `p90`. Images are data URLs or `{content_type, base64}`
    objects, remote
    URLs are not accepted. An unknown field type, a field name that is not 1 to 64 letters, digits, `_`,
    `.` or `-`
    starting with a letter or `_`, a remote image URL or more than 4 images is rejected with a 400
    before any
    provider is called. Any other top-level key, `stream: true` and OpenAI generation settings such as
    `temperature`
    included, is rejected with a 400 naming it unless `drop_params` or the deployment's
    `additional_drop_params`
    drops it. Settings inside `fields` and `options` go to the provider as sent, so a field missing a
    setting its
    type needs or an empty `state` with no images comes back with the provider's own error. `model` is
    any
    extraction model in the proxy model list, such as Cloudflare Clairic. The request and the answers
    keep the
    provider's format.

    Args:
        body (ExtractionV1ExtractionPostExtractionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExtractionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
