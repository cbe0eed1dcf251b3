from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_image_edit_api_openai_deployments_model_images_edits_post import (
    BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost,
)
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model: str,
    *,
    body: BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/openai/deployments/{model}/images/edits".format(
            model=quote(str(model), safe=""),
        ),
    }

    if not isinstance(body, Unset):
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
    model: str,
    *,
    client: AuthenticatedClient,
    body: BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Image Edit Api

     Follows the OpenAI Images API spec: https://platform.openai.com/docs/api-reference/images/create

    ```bash
    curl -s -D >(grep -i x-request-id >&2)     -o >(jq -r '.data[0].b64_json' | base64 --decode > gift-
    basket.png)     -X POST "http://localhost:4000/v1/images/edits"     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"         -F "model=gpt-image-1"         -F "image[]=@soap.png"         -F
    'prompt=Create a studio ghibli image of this'
    ```

    Args:
        model (str):
        body (BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost | Unset):

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
    body: BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Image Edit Api

     Follows the OpenAI Images API spec: https://platform.openai.com/docs/api-reference/images/create

    ```bash
    curl -s -D >(grep -i x-request-id >&2)     -o >(jq -r '.data[0].b64_json' | base64 --decode > gift-
    basket.png)     -X POST "http://localhost:4000/v1/images/edits"     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"         -F "model=gpt-image-1"         -F "image[]=@soap.png"         -F
    'prompt=Create a studio ghibli image of this'
    ```

    Args:
        model (str):
        body (BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost | Unset):

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
    body: BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Image Edit Api

     Follows the OpenAI Images API spec: https://platform.openai.com/docs/api-reference/images/create

    ```bash
    curl -s -D >(grep -i x-request-id >&2)     -o >(jq -r '.data[0].b64_json' | base64 --decode > gift-
    basket.png)     -X POST "http://localhost:4000/v1/images/edits"     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"         -F "model=gpt-image-1"         -F "image[]=@soap.png"         -F
    'prompt=Create a studio ghibli image of this'
    ```

    Args:
        model (str):
        body (BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost | Unset):

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
    body: BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Image Edit Api

     Follows the OpenAI Images API spec: https://platform.openai.com/docs/api-reference/images/create

    ```bash
    curl -s -D >(grep -i x-request-id >&2)     -o >(jq -r '.data[0].b64_json' | base64 --decode > gift-
    basket.png)     -X POST "http://localhost:4000/v1/images/edits"     -H "Authorization: Bearer
    $LITELLM_MASTER_KEY"         -F "model=gpt-image-1"         -F "image[]=@soap.png"         -F
    'prompt=Create a studio ghibli image of this'
    ```

    Args:
        model (str):
        body (BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost | Unset):

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
