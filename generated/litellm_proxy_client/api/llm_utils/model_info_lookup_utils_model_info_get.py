from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model: str,
    custom_llm_provider: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["model"] = model

    json_custom_llm_provider: None | str | Unset
    if isinstance(custom_llm_provider, Unset):
        json_custom_llm_provider = UNSET
    else:
        json_custom_llm_provider = custom_llm_provider
    params["custom_llm_provider"] = json_custom_llm_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/utils/model_info",
        "params": params,
    }

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
    model: str,
    custom_llm_provider: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Model Info Lookup

     Returns the model cost map entry (token limits, pricing, supports_* capabilities) for any model
    in the cost map, whether or not it is registered on this proxy. `model_info` carries every
    field of the raw cost map entry plus the typed fields `litellm.get_model_info` derives from it
    (`key`, `supported_openai_params`).

    Example curl:
    ```
    curl -X GET --location
    'http://localhost:4000/utils/model_info?model=gpt-4o&custom_llm_provider=openai'         --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        model (str):
        custom_llm_provider (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model=model,
        custom_llm_provider=custom_llm_provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model: str,
    custom_llm_provider: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Model Info Lookup

     Returns the model cost map entry (token limits, pricing, supports_* capabilities) for any model
    in the cost map, whether or not it is registered on this proxy. `model_info` carries every
    field of the raw cost map entry plus the typed fields `litellm.get_model_info` derives from it
    (`key`, `supported_openai_params`).

    Example curl:
    ```
    curl -X GET --location
    'http://localhost:4000/utils/model_info?model=gpt-4o&custom_llm_provider=openai'         --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        model (str):
        custom_llm_provider (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        model=model,
        custom_llm_provider=custom_llm_provider,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model: str,
    custom_llm_provider: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Model Info Lookup

     Returns the model cost map entry (token limits, pricing, supports_* capabilities) for any model
    in the cost map, whether or not it is registered on this proxy. `model_info` carries every
    field of the raw cost map entry plus the typed fields `litellm.get_model_info` derives from it
    (`key`, `supported_openai_params`).

    Example curl:
    ```
    curl -X GET --location
    'http://localhost:4000/utils/model_info?model=gpt-4o&custom_llm_provider=openai'         --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        model (str):
        custom_llm_provider (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        model=model,
        custom_llm_provider=custom_llm_provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model: str,
    custom_llm_provider: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Model Info Lookup

     Returns the model cost map entry (token limits, pricing, supports_* capabilities) for any model
    in the cost map, whether or not it is registered on this proxy. `model_info` carries every
    field of the raw cost map entry plus the typed fields `litellm.get_model_info` derives from it
    (`key`, `supported_openai_params`).

    Example curl:
    ```
    curl -X GET --location
    'http://localhost:4000/utils/model_info?model=gpt-4o&custom_llm_provider=openai'         --header
    "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Args:
        model (str):
        custom_llm_provider (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            model=model,
            custom_llm_provider=custom_llm_provider,
        )
    ).parsed
