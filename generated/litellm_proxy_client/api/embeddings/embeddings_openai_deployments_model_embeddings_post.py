from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.embeddings_openai_deployments_model_embeddings_post_body import (
    EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import Response


def _get_kwargs(
    model: str,
    *,
    body: EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openai/deployments/{model}/embeddings".format(
            model=quote(str(model), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    model: str,
    *,
    client: AuthenticatedClient,
    body: EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody,
) -> Response[Any | HTTPValidationError]:
    """Embeddings

     Follows the exact same API spec as `OpenAI's Embeddings API https://platform.openai.com/docs/api-
    reference/embeddings`

    ```bash
    curl -X POST http://localhost:4000/v1/embeddings
    -H "Content-Type: application/json"
    -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    -d '{
        "model": "text-embedding-ada-002",
        "input": "The quick brown fox jumps over the lazy dog"
    }'
    ```

    Args:
        model (str):
        body (EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model=model,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model: str,
    *,
    client: AuthenticatedClient,
    body: EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody,
) -> Any | HTTPValidationError | None:
    """Embeddings

     Follows the exact same API spec as `OpenAI's Embeddings API https://platform.openai.com/docs/api-
    reference/embeddings`

    ```bash
    curl -X POST http://localhost:4000/v1/embeddings
    -H "Content-Type: application/json"
    -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    -d '{
        "model": "text-embedding-ada-002",
        "input": "The quick brown fox jumps over the lazy dog"
    }'
    ```

    Args:
        model (str):
        body (EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        model=model,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model: str,
    *,
    client: AuthenticatedClient,
    body: EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody,
) -> Response[Any | HTTPValidationError]:
    """Embeddings

     Follows the exact same API spec as `OpenAI's Embeddings API https://platform.openai.com/docs/api-
    reference/embeddings`

    ```bash
    curl -X POST http://localhost:4000/v1/embeddings
    -H "Content-Type: application/json"
    -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    -d '{
        "model": "text-embedding-ada-002",
        "input": "The quick brown fox jumps over the lazy dog"
    }'
    ```

    Args:
        model (str):
        body (EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model=model,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model: str,
    *,
    client: AuthenticatedClient,
    body: EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody,
) -> Any | HTTPValidationError | None:
    """Embeddings

     Follows the exact same API spec as `OpenAI's Embeddings API https://platform.openai.com/docs/api-
    reference/embeddings`

    ```bash
    curl -X POST http://localhost:4000/v1/embeddings
    -H "Content-Type: application/json"
    -H "Authorization: Bearer $LITELLM_MASTER_KEY"
    -d '{
        "model": "text-embedding-ada-002",
        "input": "The quick brown fox jumps over the lazy dog"
    }'
    ```

    Args:
        model (str):
        body (EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            model=model,
            client=client,
            body=body,
        )
    ).parsed
