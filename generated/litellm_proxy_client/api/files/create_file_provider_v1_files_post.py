from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_create_file_provider_v1_files_post import BodyCreateFileProviderV1FilesPost
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    provider: str,
    *,
    body: BodyCreateFileProviderV1FilesPost,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/{provider}/v1/files".format(
            provider=quote(str(provider), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
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
) -> Response[Any | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    provider: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateFileProviderV1FilesPost,
) -> Response[Any | HTTPValidationError]:
    """Create File

     Upload a file that can be used across - Assistants API, Batch API
    This is the equivalent of POST https://api.openai.com/v1/files

    Supports Identical Params as: https://platform.openai.com/docs/api-reference/files/create

    Example Curl
    ```
    curl http://localhost:4000/v1/files         -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    -F purpose="batch"         -F file="@mydata.jsonl"
        -F expires_after[anchor]="created_at"         -F expires_after[seconds]=2592000
    ```

    Args:
        provider (str):
        body (BodyCreateFileProviderV1FilesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateFileProviderV1FilesPost,
) -> Any | HTTPValidationError | None:
    """Create File

     Upload a file that can be used across - Assistants API, Batch API
    This is the equivalent of POST https://api.openai.com/v1/files

    Supports Identical Params as: https://platform.openai.com/docs/api-reference/files/create

    Example Curl
    ```
    curl http://localhost:4000/v1/files         -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    -F purpose="batch"         -F file="@mydata.jsonl"
        -F expires_after[anchor]="created_at"         -F expires_after[seconds]=2592000
    ```

    Args:
        provider (str):
        body (BodyCreateFileProviderV1FilesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        provider=provider,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    provider: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateFileProviderV1FilesPost,
) -> Response[Any | HTTPValidationError]:
    """Create File

     Upload a file that can be used across - Assistants API, Batch API
    This is the equivalent of POST https://api.openai.com/v1/files

    Supports Identical Params as: https://platform.openai.com/docs/api-reference/files/create

    Example Curl
    ```
    curl http://localhost:4000/v1/files         -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    -F purpose="batch"         -F file="@mydata.jsonl"
        -F expires_after[anchor]="created_at"         -F expires_after[seconds]=2592000
    ```

    Args:
        provider (str):
        body (BodyCreateFileProviderV1FilesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: str,
    *,
    client: AuthenticatedClient,
    body: BodyCreateFileProviderV1FilesPost,
) -> Any | HTTPValidationError | None:
    """Create File

     Upload a file that can be used across - Assistants API, Batch API
    This is the equivalent of POST https://api.openai.com/v1/files

    Supports Identical Params as: https://platform.openai.com/docs/api-reference/files/create

    Example Curl
    ```
    curl http://localhost:4000/v1/files         -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    -F purpose="batch"         -F file="@mydata.jsonl"
        -F expires_after[anchor]="created_at"         -F expires_after[seconds]=2592000
    ```

    Args:
        provider (str):
        body (BodyCreateFileProviderV1FilesPost):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            provider=provider,
            client=client,
            body=body,
        )
    ).parsed
