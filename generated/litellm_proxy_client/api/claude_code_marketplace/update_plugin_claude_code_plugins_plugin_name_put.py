from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...models.register_plugin_response import RegisterPluginResponse
from ...models.update_plugin_request import UpdatePluginRequest
from ...types import Response


def _get_kwargs(
    plugin_name: str,
    *,
    body: UpdatePluginRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/claude-code/plugins/{plugin_name}".format(
            plugin_name=quote(str(plugin_name), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HTTPValidationError | RegisterPluginResponse | None:
    if response.status_code == 200:
        response_200 = RegisterPluginResponse.from_dict(response.json())

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
) -> Response[HTTPValidationError | RegisterPluginResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    plugin_name: str,
    *,
    client: AuthenticatedClient,
    body: UpdatePluginRequest,
) -> Response[HTTPValidationError | RegisterPluginResponse]:
    """ Update Plugin

     Update an existing plugin in the LiteLLM marketplace.

    The plugin is identified by its name in the path, which is the resource
    identity and cannot be changed here. This is a full replace, not a merge:
    the manifest is rebuilt from the request body, so any optional field left
    out is reset to its default, except version which automatically increments
    the published patch version when omitted or null.
    Send the full desired state.

    Returns 404 if no plugin with the given name exists; use
    POST /claude-code/plugins to create a new plugin.

    Requires a proxy admin API key.

    Parameters:
        - plugin_name: Name of the plugin to update (path parameter)
        - source: Plugin source reference (github, url, git-subdir, or archive format)
        - version: Semantic version (optional)
        - description: Plugin description (optional)
        - author: Author information (optional)
        - homepage: Plugin homepage URL (optional)
        - keywords: Search keywords (optional)
        - category: Plugin category (optional)
        - installation_preference: 'available', 'auto_install', or 'required' (optional)

    Returns:
        Update status (action is always "updated") and plugin information.

    Example:
        ```bash
        curl -X PUT http://localhost:4000/claude-code/plugins/my-plugin \\
          -H "Authorization: Bearer sk-..." \\
          -H "Content-Type: application/json" \\
          -d '{
            "source": {"source": "github", "repo": "org/my-plugin"},
            "version": "2.0.0",
            "description": "My awesome plugin"
          }'
        ```

    Args:
        plugin_name (str):
        body (UpdatePluginRequest): Request body for replacing an existing plugin.

            The plugin name is the resource identity and is supplied as the path
            parameter, so it cannot be changed here. This is a full replace: omitted
            fields reset to their defaults, except version which automatically increments
            the published patch version when omitted or null.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RegisterPluginResponse]
     """

    kwargs = _get_kwargs(
        plugin_name=plugin_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    plugin_name: str,
    *,
    client: AuthenticatedClient,
    body: UpdatePluginRequest,
) -> HTTPValidationError | RegisterPluginResponse | None:
    """ Update Plugin

     Update an existing plugin in the LiteLLM marketplace.

    The plugin is identified by its name in the path, which is the resource
    identity and cannot be changed here. This is a full replace, not a merge:
    the manifest is rebuilt from the request body, so any optional field left
    out is reset to its default, except version which automatically increments
    the published patch version when omitted or null.
    Send the full desired state.

    Returns 404 if no plugin with the given name exists; use
    POST /claude-code/plugins to create a new plugin.

    Requires a proxy admin API key.

    Parameters:
        - plugin_name: Name of the plugin to update (path parameter)
        - source: Plugin source reference (github, url, git-subdir, or archive format)
        - version: Semantic version (optional)
        - description: Plugin description (optional)
        - author: Author information (optional)
        - homepage: Plugin homepage URL (optional)
        - keywords: Search keywords (optional)
        - category: Plugin category (optional)
        - installation_preference: 'available', 'auto_install', or 'required' (optional)

    Returns:
        Update status (action is always "updated") and plugin information.

    Example:
        ```bash
        curl -X PUT http://localhost:4000/claude-code/plugins/my-plugin \\
          -H "Authorization: Bearer sk-..." \\
          -H "Content-Type: application/json" \\
          -d '{
            "source": {"source": "github", "repo": "org/my-plugin"},
            "version": "2.0.0",
            "description": "My awesome plugin"
          }'
        ```

    Args:
        plugin_name (str):
        body (UpdatePluginRequest): Request body for replacing an existing plugin.

            The plugin name is the resource identity and is supplied as the path
            parameter, so it cannot be changed here. This is a full replace: omitted
            fields reset to their defaults, except version which automatically increments
            the published patch version when omitted or null.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RegisterPluginResponse
     """

    return sync_detailed(
        plugin_name=plugin_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    plugin_name: str,
    *,
    client: AuthenticatedClient,
    body: UpdatePluginRequest,
) -> Response[HTTPValidationError | RegisterPluginResponse]:
    """ Update Plugin

     Update an existing plugin in the LiteLLM marketplace.

    The plugin is identified by its name in the path, which is the resource
    identity and cannot be changed here. This is a full replace, not a merge:
    the manifest is rebuilt from the request body, so any optional field left
    out is reset to its default, except version which automatically increments
    the published patch version when omitted or null.
    Send the full desired state.

    Returns 404 if no plugin with the given name exists; use
    POST /claude-code/plugins to create a new plugin.

    Requires a proxy admin API key.

    Parameters:
        - plugin_name: Name of the plugin to update (path parameter)
        - source: Plugin source reference (github, url, git-subdir, or archive format)
        - version: Semantic version (optional)
        - description: Plugin description (optional)
        - author: Author information (optional)
        - homepage: Plugin homepage URL (optional)
        - keywords: Search keywords (optional)
        - category: Plugin category (optional)
        - installation_preference: 'available', 'auto_install', or 'required' (optional)

    Returns:
        Update status (action is always "updated") and plugin information.

    Example:
        ```bash
        curl -X PUT http://localhost:4000/claude-code/plugins/my-plugin \\
          -H "Authorization: Bearer sk-..." \\
          -H "Content-Type: application/json" \\
          -d '{
            "source": {"source": "github", "repo": "org/my-plugin"},
            "version": "2.0.0",
            "description": "My awesome plugin"
          }'
        ```

    Args:
        plugin_name (str):
        body (UpdatePluginRequest): Request body for replacing an existing plugin.

            The plugin name is the resource identity and is supplied as the path
            parameter, so it cannot be changed here. This is a full replace: omitted
            fields reset to their defaults, except version which automatically increments
            the published patch version when omitted or null.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HTTPValidationError | RegisterPluginResponse]
     """

    kwargs = _get_kwargs(
        plugin_name=plugin_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    plugin_name: str,
    *,
    client: AuthenticatedClient,
    body: UpdatePluginRequest,
) -> HTTPValidationError | RegisterPluginResponse | None:
    """ Update Plugin

     Update an existing plugin in the LiteLLM marketplace.

    The plugin is identified by its name in the path, which is the resource
    identity and cannot be changed here. This is a full replace, not a merge:
    the manifest is rebuilt from the request body, so any optional field left
    out is reset to its default, except version which automatically increments
    the published patch version when omitted or null.
    Send the full desired state.

    Returns 404 if no plugin with the given name exists; use
    POST /claude-code/plugins to create a new plugin.

    Requires a proxy admin API key.

    Parameters:
        - plugin_name: Name of the plugin to update (path parameter)
        - source: Plugin source reference (github, url, git-subdir, or archive format)
        - version: Semantic version (optional)
        - description: Plugin description (optional)
        - author: Author information (optional)
        - homepage: Plugin homepage URL (optional)
        - keywords: Search keywords (optional)
        - category: Plugin category (optional)
        - installation_preference: 'available', 'auto_install', or 'required' (optional)

    Returns:
        Update status (action is always "updated") and plugin information.

    Example:
        ```bash
        curl -X PUT http://localhost:4000/claude-code/plugins/my-plugin \\
          -H "Authorization: Bearer sk-..." \\
          -H "Content-Type: application/json" \\
          -d '{
            "source": {"source": "github", "repo": "org/my-plugin"},
            "version": "2.0.0",
            "description": "My awesome plugin"
          }'
        ```

    Args:
        plugin_name (str):
        body (UpdatePluginRequest): Request body for replacing an existing plugin.

            The plugin name is the resource identity and is supplied as the path
            parameter, so it cannot be changed here. This is a full replace: omitted
            fields reset to their defaults, except version which automatically increments
            the published patch version when omitted or null.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HTTPValidationError | RegisterPluginResponse
     """

    return (
        await asyncio_detailed(
            plugin_name=plugin_name,
            client=client,
            body=body,
        )
    ).parsed
