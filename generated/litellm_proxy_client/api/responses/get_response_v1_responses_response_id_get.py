from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.responses_api_response import ResponsesAPIResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    response_id: str,
    *,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["stream"] = stream

    params["starting_after"] = starting_after

    json_include: list[str] | Unset = UNSET
    if not isinstance(include, Unset):
        json_include = include

    params["include"] = json_include

    params["include_obfuscation"] = include_obfuscation

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/responses/{response_id}".format(
            response_id=quote(str(response_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | ResponsesAPIResponse | None:
    if response.status_code == 200:
        response_200 = ResponsesAPIResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | ResponsesAPIResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> Response[HTTPValidationError | ResponsesAPIResponse]:
    """Get Response

     Get a response by ID.

    Supports both:
    - Polling IDs (litellm_poll_*): Returns cumulative cached content from background responses
    - Provider response IDs: Passes through to provider API

    Follows the OpenAI Responses API spec: https://platform.openai.com/docs/api-reference/responses/get

    ```bash
    # Get polling response
    curl -X GET http://localhost:4000/v1/responses/litellm_poll_abc123     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"

    # Get provider response
    curl -X GET http://localhost:4000/v1/responses/resp_abc123     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"

    # Resume a background response's event stream after sequence number 7
    curl -N "http://localhost:4000/v1/responses/resp_abc123?stream=true&starting_after=7"     -H
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        response_id (str):
        stream (bool | Unset):
        starting_after (int | Unset):
        include (list[str] | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ResponsesAPIResponse]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        stream=stream,
        starting_after=starting_after,
        include=include,
        include_obfuscation=include_obfuscation,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    response_id: str,
    *,
    client: AuthenticatedClient,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> HTTPValidationError | ResponsesAPIResponse | None:
    """Get Response

     Get a response by ID.

    Supports both:
    - Polling IDs (litellm_poll_*): Returns cumulative cached content from background responses
    - Provider response IDs: Passes through to provider API

    Follows the OpenAI Responses API spec: https://platform.openai.com/docs/api-reference/responses/get

    ```bash
    # Get polling response
    curl -X GET http://localhost:4000/v1/responses/litellm_poll_abc123     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"

    # Get provider response
    curl -X GET http://localhost:4000/v1/responses/resp_abc123     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"

    # Resume a background response's event stream after sequence number 7
    curl -N "http://localhost:4000/v1/responses/resp_abc123?stream=true&starting_after=7"     -H
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        response_id (str):
        stream (bool | Unset):
        starting_after (int | Unset):
        include (list[str] | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ResponsesAPIResponse
    """

    return sync_detailed(
        response_id=response_id,
        client=client,
        stream=stream,
        starting_after=starting_after,
        include=include,
        include_obfuscation=include_obfuscation,
    ).parsed


async def asyncio_detailed(
    response_id: str,
    *,
    client: AuthenticatedClient,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> Response[HTTPValidationError | ResponsesAPIResponse]:
    """Get Response

     Get a response by ID.

    Supports both:
    - Polling IDs (litellm_poll_*): Returns cumulative cached content from background responses
    - Provider response IDs: Passes through to provider API

    Follows the OpenAI Responses API spec: https://platform.openai.com/docs/api-reference/responses/get

    ```bash
    # Get polling response
    curl -X GET http://localhost:4000/v1/responses/litellm_poll_abc123     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"

    # Get provider response
    curl -X GET http://localhost:4000/v1/responses/resp_abc123     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"

    # Resume a background response's event stream after sequence number 7
    curl -N "http://localhost:4000/v1/responses/resp_abc123?stream=true&starting_after=7"     -H
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        response_id (str):
        stream (bool | Unset):
        starting_after (int | Unset):
        include (list[str] | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | ResponsesAPIResponse]
    """

    kwargs = _get_kwargs(
        response_id=response_id,
        stream=stream,
        starting_after=starting_after,
        include=include,
        include_obfuscation=include_obfuscation,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    response_id: str,
    *,
    client: AuthenticatedClient,
    stream: bool | Unset = UNSET,
    starting_after: int | Unset = UNSET,
    include: list[str] | Unset = UNSET,
    include_obfuscation: bool | Unset = UNSET,
) -> HTTPValidationError | ResponsesAPIResponse | None:
    """Get Response

     Get a response by ID.

    Supports both:
    - Polling IDs (litellm_poll_*): Returns cumulative cached content from background responses
    - Provider response IDs: Passes through to provider API

    Follows the OpenAI Responses API spec: https://platform.openai.com/docs/api-reference/responses/get

    ```bash
    # Get polling response
    curl -X GET http://localhost:4000/v1/responses/litellm_poll_abc123     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"

    # Get provider response
    curl -X GET http://localhost:4000/v1/responses/resp_abc123     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"

    # Resume a background response's event stream after sequence number 7
    curl -N "http://localhost:4000/v1/responses/resp_abc123?stream=true&starting_after=7"     -H
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        response_id (str):
        stream (bool | Unset):
        starting_after (int | Unset):
        include (list[str] | Unset):
        include_obfuscation (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | ResponsesAPIResponse
    """

    return (
        await asyncio_detailed(
            response_id=response_id,
            client=client,
            stream=stream,
            starting_after=starting_after,
            include=include,
            include_obfuscation=include_obfuscation,
        )
    ).parsed
