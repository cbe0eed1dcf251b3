from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_image_edit_api_v1_images_edits_post import BodyImageEditApiV1ImagesEditsPost
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: BodyImageEditApiV1ImagesEditsPost | Unset = UNSET,
    model: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_model: None | str | Unset
    if isinstance(model, Unset):
        json_model = UNSET
    else:
        json_model = model
    params["model"] = json_model

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/images/edits",
        "params": params,
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
    *,
    client: AuthenticatedClient,
    body: BodyImageEditApiV1ImagesEditsPost | Unset = UNSET,
    model: None | str | Unset = UNSET,
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
        model (None | str | Unset):
        body (BodyImageEditApiV1ImagesEditsPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        model=model,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: BodyImageEditApiV1ImagesEditsPost | Unset = UNSET,
    model: None | str | Unset = UNSET,
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
        model (None | str | Unset):
        body (BodyImageEditApiV1ImagesEditsPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
        model=model,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BodyImageEditApiV1ImagesEditsPost | Unset = UNSET,
    model: None | str | Unset = UNSET,
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
        model (None | str | Unset):
        body (BodyImageEditApiV1ImagesEditsPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
        model=model,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BodyImageEditApiV1ImagesEditsPost | Unset = UNSET,
    model: None | str | Unset = UNSET,
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
        model (None | str | Unset):
        body (BodyImageEditApiV1ImagesEditsPost | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            model=model,
        )
    ).parsed
