from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    provider: str,
    *,
    target_model_names: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    after_id: None | str | Unset = UNSET,
    before_id: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_target_model_names: None | str | Unset
    if isinstance(target_model_names, Unset):
        json_target_model_names = UNSET
    else:
        json_target_model_names = target_model_names
    params["target_model_names"] = json_target_model_names

    json_purpose: None | str | Unset
    if isinstance(purpose, Unset):
        json_purpose = UNSET
    else:
        json_purpose = purpose
    params["purpose"] = json_purpose

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    else:
        json_after = after
    params["after"] = json_after

    json_after_id: None | str | Unset
    if isinstance(after_id, Unset):
        json_after_id = UNSET
    else:
        json_after_id = after_id
    params["after_id"] = json_after_id

    json_before_id: None | str | Unset
    if isinstance(before_id, Unset):
        json_before_id = UNSET
    else:
        json_before_id = before_id
    params["before_id"] = json_before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/{provider}/v1/files".format(
            provider=quote(str(provider), safe=""),
        ),
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
    provider: str,
    *,
    client: AuthenticatedClient,
    target_model_names: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    after_id: None | str | Unset = UNSET,
    before_id: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """List Files

     Returns information about a specific file. that can be used across - Assistants API, Batch API
    This is the equivalent of GET https://api.openai.com/v1/files/

    Supports Identical Params as: https://platform.openai.com/docs/api-reference/files/list

    Example Curl
    ```
    curl http://localhost:4000/v1/files        -H "Authorization: Bearer $LITELLM_MASTER_KEY"

    ```

    Args:
        provider (str):
        target_model_names (None | str | Unset):
        purpose (None | str | Unset):
        limit (int | None | Unset):
        after (None | str | Unset):
        after_id (None | str | Unset):
        before_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        target_model_names=target_model_names,
        purpose=purpose,
        limit=limit,
        after=after,
        after_id=after_id,
        before_id=before_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    provider: str,
    *,
    client: AuthenticatedClient,
    target_model_names: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    after_id: None | str | Unset = UNSET,
    before_id: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """List Files

     Returns information about a specific file. that can be used across - Assistants API, Batch API
    This is the equivalent of GET https://api.openai.com/v1/files/

    Supports Identical Params as: https://platform.openai.com/docs/api-reference/files/list

    Example Curl
    ```
    curl http://localhost:4000/v1/files        -H "Authorization: Bearer $LITELLM_MASTER_KEY"

    ```

    Args:
        provider (str):
        target_model_names (None | str | Unset):
        purpose (None | str | Unset):
        limit (int | None | Unset):
        after (None | str | Unset):
        after_id (None | str | Unset):
        before_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        provider=provider,
        client=client,
        target_model_names=target_model_names,
        purpose=purpose,
        limit=limit,
        after=after,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    provider: str,
    *,
    client: AuthenticatedClient,
    target_model_names: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    after_id: None | str | Unset = UNSET,
    before_id: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """List Files

     Returns information about a specific file. that can be used across - Assistants API, Batch API
    This is the equivalent of GET https://api.openai.com/v1/files/

    Supports Identical Params as: https://platform.openai.com/docs/api-reference/files/list

    Example Curl
    ```
    curl http://localhost:4000/v1/files        -H "Authorization: Bearer $LITELLM_MASTER_KEY"

    ```

    Args:
        provider (str):
        target_model_names (None | str | Unset):
        purpose (None | str | Unset):
        limit (int | None | Unset):
        after (None | str | Unset):
        after_id (None | str | Unset):
        before_id (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        provider=provider,
        target_model_names=target_model_names,
        purpose=purpose,
        limit=limit,
        after=after,
        after_id=after_id,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    provider: str,
    *,
    client: AuthenticatedClient,
    target_model_names: None | str | Unset = UNSET,
    purpose: None | str | Unset = UNSET,
    limit: int | None | Unset = UNSET,
    after: None | str | Unset = UNSET,
    after_id: None | str | Unset = UNSET,
    before_id: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """List Files

     Returns information about a specific file. that can be used across - Assistants API, Batch API
    This is the equivalent of GET https://api.openai.com/v1/files/

    Supports Identical Params as: https://platform.openai.com/docs/api-reference/files/list

    Example Curl
    ```
    curl http://localhost:4000/v1/files        -H "Authorization: Bearer $LITELLM_MASTER_KEY"

    ```

    Args:
        provider (str):
        target_model_names (None | str | Unset):
        purpose (None | str | Unset):
        limit (int | None | Unset):
        after (None | str | Unset):
        after_id (None | str | Unset):
        before_id (None | str | Unset):

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
            target_model_names=target_model_names,
            purpose=purpose,
            limit=limit,
            after=after,
            after_id=after_id,
            before_id=before_id,
        )
    ).parsed
