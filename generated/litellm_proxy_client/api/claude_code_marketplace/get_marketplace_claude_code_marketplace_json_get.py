from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    key: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_key: None | str | Unset
    if isinstance(key, Unset):
        json_key = UNSET
    else:
        json_key = key
    params["key"] = json_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/claude-code/marketplace.json",
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
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Get Marketplace

     Serve marketplace.json for Claude Code plugin discovery.

    This endpoint is accessed by Claude Code CLI when users run:
    - claude plugin marketplace add <url>
    - claude plugin install <name>@<marketplace>

    Without a key the catalog holds the enabled (public) plugins. With `?key=sk-...`
    the key is authenticated and the catalog also holds the disabled plugins granted
    to it through `object_permission.skills` or an access group on the key or its team.

    With `general_settings.claude_code_marketplace_auth_required: true` the key must come
    in the `Authorization` or `x-litellm-api-key` header (Claude Code sends them from the
    marketplace source's `headers`), `?key=` is ignored, and a caller with no valid key
    gets a 401 with `WWW-Authenticate: Bearer`.

    Returns:
        Marketplace catalog with list of available plugins and their git sources.

    Example:
        ```bash
        claude plugin marketplace add http://localhost:4000/claude-code/marketplace.json
        claude plugin marketplace add "http://localhost:4000/claude-code/marketplace.json?key=sk-..."
        claude plugin install my-plugin@litellm
        ```

    Args:
        key (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Get Marketplace

     Serve marketplace.json for Claude Code plugin discovery.

    This endpoint is accessed by Claude Code CLI when users run:
    - claude plugin marketplace add <url>
    - claude plugin install <name>@<marketplace>

    Without a key the catalog holds the enabled (public) plugins. With `?key=sk-...`
    the key is authenticated and the catalog also holds the disabled plugins granted
    to it through `object_permission.skills` or an access group on the key or its team.

    With `general_settings.claude_code_marketplace_auth_required: true` the key must come
    in the `Authorization` or `x-litellm-api-key` header (Claude Code sends them from the
    marketplace source's `headers`), `?key=` is ignored, and a caller with no valid key
    gets a 401 with `WWW-Authenticate: Bearer`.

    Returns:
        Marketplace catalog with list of available plugins and their git sources.

    Example:
        ```bash
        claude plugin marketplace add http://localhost:4000/claude-code/marketplace.json
        claude plugin marketplace add "http://localhost:4000/claude-code/marketplace.json?key=sk-..."
        claude plugin install my-plugin@litellm
        ```

    Args:
        key (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> Response[Any | HTTPValidationError]:
    """Get Marketplace

     Serve marketplace.json for Claude Code plugin discovery.

    This endpoint is accessed by Claude Code CLI when users run:
    - claude plugin marketplace add <url>
    - claude plugin install <name>@<marketplace>

    Without a key the catalog holds the enabled (public) plugins. With `?key=sk-...`
    the key is authenticated and the catalog also holds the disabled plugins granted
    to it through `object_permission.skills` or an access group on the key or its team.

    With `general_settings.claude_code_marketplace_auth_required: true` the key must come
    in the `Authorization` or `x-litellm-api-key` header (Claude Code sends them from the
    marketplace source's `headers`), `?key=` is ignored, and a caller with no valid key
    gets a 401 with `WWW-Authenticate: Bearer`.

    Returns:
        Marketplace catalog with list of available plugins and their git sources.

    Example:
        ```bash
        claude plugin marketplace add http://localhost:4000/claude-code/marketplace.json
        claude plugin marketplace add "http://localhost:4000/claude-code/marketplace.json?key=sk-..."
        claude plugin install my-plugin@litellm
        ```

    Args:
        key (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> Any | HTTPValidationError | None:
    """Get Marketplace

     Serve marketplace.json for Claude Code plugin discovery.

    This endpoint is accessed by Claude Code CLI when users run:
    - claude plugin marketplace add <url>
    - claude plugin install <name>@<marketplace>

    Without a key the catalog holds the enabled (public) plugins. With `?key=sk-...`
    the key is authenticated and the catalog also holds the disabled plugins granted
    to it through `object_permission.skills` or an access group on the key or its team.

    With `general_settings.claude_code_marketplace_auth_required: true` the key must come
    in the `Authorization` or `x-litellm-api-key` header (Claude Code sends them from the
    marketplace source's `headers`), `?key=` is ignored, and a caller with no valid key
    gets a 401 with `WWW-Authenticate: Bearer`.

    Returns:
        Marketplace catalog with list of available plugins and their git sources.

    Example:
        ```bash
        claude plugin marketplace add http://localhost:4000/claude-code/marketplace.json
        claude plugin marketplace add "http://localhost:4000/claude-code/marketplace.json?key=sk-..."
        claude plugin install my-plugin@litellm
        ```

    Args:
        key (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            key=key,
        )
    ).parsed
