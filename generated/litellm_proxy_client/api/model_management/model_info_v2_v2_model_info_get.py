from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.http_validation_error import HTTPValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    model: None | str | Unset = UNSET,
    user_models_only: bool | None | Unset = False,
    include_team_models: bool | None | Unset = False,
    debug: bool | None | Unset = False,
    page: int | Unset = 1,
    size: int | Unset = 50,
    search: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    use_stored_params: bool | Unset = False,
    team_id: None | str | Unset = UNSET,
    sort_by: None | str | Unset = UNSET,
    sort_order: None | str | Unset = "asc",
    blocked: bool | None | Unset = UNSET,
    exclude_auto_routers: bool | None | Unset = False,
    access_group: None | str | Unset = UNSET,
    wildcard_only: bool | None | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_model: None | str | Unset
    if isinstance(model, Unset):
        json_model = UNSET
    else:
        json_model = model
    params["model"] = json_model

    json_user_models_only: bool | None | Unset
    if isinstance(user_models_only, Unset):
        json_user_models_only = UNSET
    else:
        json_user_models_only = user_models_only
    params["user_models_only"] = json_user_models_only

    json_include_team_models: bool | None | Unset
    if isinstance(include_team_models, Unset):
        json_include_team_models = UNSET
    else:
        json_include_team_models = include_team_models
    params["include_team_models"] = json_include_team_models

    json_debug: bool | None | Unset
    if isinstance(debug, Unset):
        json_debug = UNSET
    else:
        json_debug = debug
    params["debug"] = json_debug

    params["page"] = page

    params["size"] = size

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_model_id: None | str | Unset
    if isinstance(model_id, Unset):
        json_model_id = UNSET
    else:
        json_model_id = model_id
    params["modelId"] = json_model_id

    params["use_stored_params"] = use_stored_params

    json_team_id: None | str | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["teamId"] = json_team_id

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    else:
        json_sort_by = sort_by
    params["sortBy"] = json_sort_by

    json_sort_order: None | str | Unset
    if isinstance(sort_order, Unset):
        json_sort_order = UNSET
    else:
        json_sort_order = sort_order
    params["sortOrder"] = json_sort_order

    json_blocked: bool | None | Unset
    if isinstance(blocked, Unset):
        json_blocked = UNSET
    else:
        json_blocked = blocked
    params["blocked"] = json_blocked

    json_exclude_auto_routers: bool | None | Unset
    if isinstance(exclude_auto_routers, Unset):
        json_exclude_auto_routers = UNSET
    else:
        json_exclude_auto_routers = exclude_auto_routers
    params["exclude_auto_routers"] = json_exclude_auto_routers

    json_access_group: None | str | Unset
    if isinstance(access_group, Unset):
        json_access_group = UNSET
    else:
        json_access_group = access_group
    params["access_group"] = json_access_group

    json_wildcard_only: bool | None | Unset
    if isinstance(wildcard_only, Unset):
        json_wildcard_only = UNSET
    else:
        json_wildcard_only = wildcard_only
    params["wildcard_only"] = json_wildcard_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/model/info",
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
    model: None | str | Unset = UNSET,
    user_models_only: bool | None | Unset = False,
    include_team_models: bool | None | Unset = False,
    debug: bool | None | Unset = False,
    page: int | Unset = 1,
    size: int | Unset = 50,
    search: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    use_stored_params: bool | Unset = False,
    team_id: None | str | Unset = UNSET,
    sort_by: None | str | Unset = UNSET,
    sort_order: None | str | Unset = "asc",
    blocked: bool | None | Unset = UNSET,
    exclude_auto_routers: bool | None | Unset = False,
    access_group: None | str | Unset = UNSET,
    wildcard_only: bool | None | Unset = False,
) -> Response[Any | HTTPValidationError]:
    """ Model Info V2

     Paginated model metadata for proxy deployments (pricing, provider, team access).

    Returns configured router deployments with enriched `model_info` (costs, provider,
    context window, etc.). Sensitive fields such as API keys and api_base are omitted.

    Query parameters:
        model: Filter to a single public `model_name`.
        user_models_only: When true, only return models created by the calling user.
        include_team_models: When true, populate `access_via_team_ids` and `direct_access`
            on each model and filter to deployments the caller can use.
        page / size: Pagination controls (defaults: page=1, size=50).
        search: Case-insensitive partial match on model name or team public name.
        modelId: Return a single deployment by LiteLLM model id.
        use_stored_params: With modelId, return only persisted litellm_params keys, retaining normal
    redaction.
        teamId: Filter to models with direct access or team membership for this team id.
        sortBy / sortOrder: Sort by model_name, created_at, updated_at, costs, or status.
        blocked: Filter by routing status (false = active, true = paused).
        access_group: Only return deployments in this model access group.
        wildcard_only: Only return deployments whose `model_name` contains `*`.

    Example request:
    ```
    curl -X GET 'http://localhost:4000/v2/model/info?include_team_models=true&page=1&size=50' \\
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Example response:
    ```json
    {
        "data": [
            {
                "model_name": "gpt-4",
                "litellm_params": {"model": "openai/gpt-4.1"},
                "model_info": {
                    "id": "abc123",
                    "litellm_provider": "openai",
                    "access_via_team_ids": ["team-1"],
                    "direct_access": true
                }
            }
        ],
        "total_count": 1,
        "current_page": 1,
        "total_pages": 1,
        "size": 50
    }
    ```

    Args:
        model (None | str | Unset): Specify the model name (optional)
        user_models_only (bool | None | Unset): Only return models added by this user Default:
            False.
        include_team_models (bool | None | Unset): Return all models across all teams user is in.
            Default: False.
        debug (bool | None | Unset):  Default: False.
        page (int | Unset): Page number Default: 1.
        size (int | Unset): Page size Default: 50.
        search (None | str | Unset): Search model names (case-insensitive partial match)
        model_id (None | str | Unset): Search for a specific model by its unique ID
        use_stored_params (bool | Unset): With modelId, omit runtime-only litellm_params defaults
            from a DB-stored model's editor view. Default: False.
        team_id (None | str | Unset): Filter models by team ID. Returns models with
            direct_access=True or teamId in access_via_team_ids
        sort_by (None | str | Unset): Field to sort by. Options: model_name, created_at,
            updated_at, costs, status
        sort_order (None | str | Unset): Sort order. Options: asc, desc Default: 'asc'.
        blocked (bool | None | Unset): Filter by routing status: false = active deployments, true
            = paused (blocked) deployments. Omit to return both.
        exclude_auto_routers (bool | None | Unset): Omit auto-router deployments (litellm model
            prefixed `auto_router/`). They select among deployments rather than being deployments
            themselves, so a caller rendering a deployment list can leave them out. Defaults to false,
            so existing callers are unaffected Default: False.
        access_group (None | str | Unset): Only return deployments whose
            `model_info.access_groups` contains this access group
        wildcard_only (bool | None | Unset): Only return wildcard deployments, i.e. those whose
            `model_name` contains `*` Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
     """

    kwargs = _get_kwargs(
        model=model,
        user_models_only=user_models_only,
        include_team_models=include_team_models,
        debug=debug,
        page=page,
        size=size,
        search=search,
        model_id=model_id,
        use_stored_params=use_stored_params,
        team_id=team_id,
        sort_by=sort_by,
        sort_order=sort_order,
        blocked=blocked,
        exclude_auto_routers=exclude_auto_routers,
        access_group=access_group,
        wildcard_only=wildcard_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    model: None | str | Unset = UNSET,
    user_models_only: bool | None | Unset = False,
    include_team_models: bool | None | Unset = False,
    debug: bool | None | Unset = False,
    page: int | Unset = 1,
    size: int | Unset = 50,
    search: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    use_stored_params: bool | Unset = False,
    team_id: None | str | Unset = UNSET,
    sort_by: None | str | Unset = UNSET,
    sort_order: None | str | Unset = "asc",
    blocked: bool | None | Unset = UNSET,
    exclude_auto_routers: bool | None | Unset = False,
    access_group: None | str | Unset = UNSET,
    wildcard_only: bool | None | Unset = False,
) -> Any | HTTPValidationError | None:
    """ Model Info V2

     Paginated model metadata for proxy deployments (pricing, provider, team access).

    Returns configured router deployments with enriched `model_info` (costs, provider,
    context window, etc.). Sensitive fields such as API keys and api_base are omitted.

    Query parameters:
        model: Filter to a single public `model_name`.
        user_models_only: When true, only return models created by the calling user.
        include_team_models: When true, populate `access_via_team_ids` and `direct_access`
            on each model and filter to deployments the caller can use.
        page / size: Pagination controls (defaults: page=1, size=50).
        search: Case-insensitive partial match on model name or team public name.
        modelId: Return a single deployment by LiteLLM model id.
        use_stored_params: With modelId, return only persisted litellm_params keys, retaining normal
    redaction.
        teamId: Filter to models with direct access or team membership for this team id.
        sortBy / sortOrder: Sort by model_name, created_at, updated_at, costs, or status.
        blocked: Filter by routing status (false = active, true = paused).
        access_group: Only return deployments in this model access group.
        wildcard_only: Only return deployments whose `model_name` contains `*`.

    Example request:
    ```
    curl -X GET 'http://localhost:4000/v2/model/info?include_team_models=true&page=1&size=50' \\
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Example response:
    ```json
    {
        "data": [
            {
                "model_name": "gpt-4",
                "litellm_params": {"model": "openai/gpt-4.1"},
                "model_info": {
                    "id": "abc123",
                    "litellm_provider": "openai",
                    "access_via_team_ids": ["team-1"],
                    "direct_access": true
                }
            }
        ],
        "total_count": 1,
        "current_page": 1,
        "total_pages": 1,
        "size": 50
    }
    ```

    Args:
        model (None | str | Unset): Specify the model name (optional)
        user_models_only (bool | None | Unset): Only return models added by this user Default:
            False.
        include_team_models (bool | None | Unset): Return all models across all teams user is in.
            Default: False.
        debug (bool | None | Unset):  Default: False.
        page (int | Unset): Page number Default: 1.
        size (int | Unset): Page size Default: 50.
        search (None | str | Unset): Search model names (case-insensitive partial match)
        model_id (None | str | Unset): Search for a specific model by its unique ID
        use_stored_params (bool | Unset): With modelId, omit runtime-only litellm_params defaults
            from a DB-stored model's editor view. Default: False.
        team_id (None | str | Unset): Filter models by team ID. Returns models with
            direct_access=True or teamId in access_via_team_ids
        sort_by (None | str | Unset): Field to sort by. Options: model_name, created_at,
            updated_at, costs, status
        sort_order (None | str | Unset): Sort order. Options: asc, desc Default: 'asc'.
        blocked (bool | None | Unset): Filter by routing status: false = active deployments, true
            = paused (blocked) deployments. Omit to return both.
        exclude_auto_routers (bool | None | Unset): Omit auto-router deployments (litellm model
            prefixed `auto_router/`). They select among deployments rather than being deployments
            themselves, so a caller rendering a deployment list can leave them out. Defaults to false,
            so existing callers are unaffected Default: False.
        access_group (None | str | Unset): Only return deployments whose
            `model_info.access_groups` contains this access group
        wildcard_only (bool | None | Unset): Only return wildcard deployments, i.e. those whose
            `model_name` contains `*` Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | HTTPValidationError
     """

    return sync_detailed(
        client=client,
        model=model,
        user_models_only=user_models_only,
        include_team_models=include_team_models,
        debug=debug,
        page=page,
        size=size,
        search=search,
        model_id=model_id,
        use_stored_params=use_stored_params,
        team_id=team_id,
        sort_by=sort_by,
        sort_order=sort_order,
        blocked=blocked,
        exclude_auto_routers=exclude_auto_routers,
        access_group=access_group,
        wildcard_only=wildcard_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    model: None | str | Unset = UNSET,
    user_models_only: bool | None | Unset = False,
    include_team_models: bool | None | Unset = False,
    debug: bool | None | Unset = False,
    page: int | Unset = 1,
    size: int | Unset = 50,
    search: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    use_stored_params: bool | Unset = False,
    team_id: None | str | Unset = UNSET,
    sort_by: None | str | Unset = UNSET,
    sort_order: None | str | Unset = "asc",
    blocked: bool | None | Unset = UNSET,
    exclude_auto_routers: bool | None | Unset = False,
    access_group: None | str | Unset = UNSET,
    wildcard_only: bool | None | Unset = False,
) -> Response[Any | HTTPValidationError]:
    """ Model Info V2

     Paginated model metadata for proxy deployments (pricing, provider, team access).

    Returns configured router deployments with enriched `model_info` (costs, provider,
    context window, etc.). Sensitive fields such as API keys and api_base are omitted.

    Query parameters:
        model: Filter to a single public `model_name`.
        user_models_only: When true, only return models created by the calling user.
        include_team_models: When true, populate `access_via_team_ids` and `direct_access`
            on each model and filter to deployments the caller can use.
        page / size: Pagination controls (defaults: page=1, size=50).
        search: Case-insensitive partial match on model name or team public name.
        modelId: Return a single deployment by LiteLLM model id.
        use_stored_params: With modelId, return only persisted litellm_params keys, retaining normal
    redaction.
        teamId: Filter to models with direct access or team membership for this team id.
        sortBy / sortOrder: Sort by model_name, created_at, updated_at, costs, or status.
        blocked: Filter by routing status (false = active, true = paused).
        access_group: Only return deployments in this model access group.
        wildcard_only: Only return deployments whose `model_name` contains `*`.

    Example request:
    ```
    curl -X GET 'http://localhost:4000/v2/model/info?include_team_models=true&page=1&size=50' \\
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Example response:
    ```json
    {
        "data": [
            {
                "model_name": "gpt-4",
                "litellm_params": {"model": "openai/gpt-4.1"},
                "model_info": {
                    "id": "abc123",
                    "litellm_provider": "openai",
                    "access_via_team_ids": ["team-1"],
                    "direct_access": true
                }
            }
        ],
        "total_count": 1,
        "current_page": 1,
        "total_pages": 1,
        "size": 50
    }
    ```

    Args:
        model (None | str | Unset): Specify the model name (optional)
        user_models_only (bool | None | Unset): Only return models added by this user Default:
            False.
        include_team_models (bool | None | Unset): Return all models across all teams user is in.
            Default: False.
        debug (bool | None | Unset):  Default: False.
        page (int | Unset): Page number Default: 1.
        size (int | Unset): Page size Default: 50.
        search (None | str | Unset): Search model names (case-insensitive partial match)
        model_id (None | str | Unset): Search for a specific model by its unique ID
        use_stored_params (bool | Unset): With modelId, omit runtime-only litellm_params defaults
            from a DB-stored model's editor view. Default: False.
        team_id (None | str | Unset): Filter models by team ID. Returns models with
            direct_access=True or teamId in access_via_team_ids
        sort_by (None | str | Unset): Field to sort by. Options: model_name, created_at,
            updated_at, costs, status
        sort_order (None | str | Unset): Sort order. Options: asc, desc Default: 'asc'.
        blocked (bool | None | Unset): Filter by routing status: false = active deployments, true
            = paused (blocked) deployments. Omit to return both.
        exclude_auto_routers (bool | None | Unset): Omit auto-router deployments (litellm model
            prefixed `auto_router/`). They select among deployments rather than being deployments
            themselves, so a caller rendering a deployment list can leave them out. Defaults to false,
            so existing callers are unaffected Default: False.
        access_group (None | str | Unset): Only return deployments whose
            `model_info.access_groups` contains this access group
        wildcard_only (bool | None | Unset): Only return wildcard deployments, i.e. those whose
            `model_name` contains `*` Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | HTTPValidationError]
     """

    kwargs = _get_kwargs(
        model=model,
        user_models_only=user_models_only,
        include_team_models=include_team_models,
        debug=debug,
        page=page,
        size=size,
        search=search,
        model_id=model_id,
        use_stored_params=use_stored_params,
        team_id=team_id,
        sort_by=sort_by,
        sort_order=sort_order,
        blocked=blocked,
        exclude_auto_routers=exclude_auto_routers,
        access_group=access_group,
        wildcard_only=wildcard_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    model: None | str | Unset = UNSET,
    user_models_only: bool | None | Unset = False,
    include_team_models: bool | None | Unset = False,
    debug: bool | None | Unset = False,
    page: int | Unset = 1,
    size: int | Unset = 50,
    search: None | str | Unset = UNSET,
    model_id: None | str | Unset = UNSET,
    use_stored_params: bool | Unset = False,
    team_id: None | str | Unset = UNSET,
    sort_by: None | str | Unset = UNSET,
    sort_order: None | str | Unset = "asc",
    blocked: bool | None | Unset = UNSET,
    exclude_auto_routers: bool | None | Unset = False,
    access_group: None | str | Unset = UNSET,
    wildcard_only: bool | None | Unset = False,
) -> Any | HTTPValidationError | None:
    """ Model Info V2

     Paginated model metadata for proxy deployments (pricing, provider, team access).

    Returns configured router deployments with enriched `model_info` (costs, provider,
    context window, etc.). Sensitive fields such as API keys and api_base are omitted.

    Query parameters:
        model: Filter to a single public `model_name`.
        user_models_only: When true, only return models created by the calling user.
        include_team_models: When true, populate `access_via_team_ids` and `direct_access`
            on each model and filter to deployments the caller can use.
        page / size: Pagination controls (defaults: page=1, size=50).
        search: Case-insensitive partial match on model name or team public name.
        modelId: Return a single deployment by LiteLLM model id.
        use_stored_params: With modelId, return only persisted litellm_params keys, retaining normal
    redaction.
        teamId: Filter to models with direct access or team membership for this team id.
        sortBy / sortOrder: Sort by model_name, created_at, updated_at, costs, or status.
        blocked: Filter by routing status (false = active, true = paused).
        access_group: Only return deployments in this model access group.
        wildcard_only: Only return deployments whose `model_name` contains `*`.

    Example request:
    ```
    curl -X GET 'http://localhost:4000/v2/model/info?include_team_models=true&page=1&size=50' \\
    --header "Authorization: Bearer $LITELLM_MASTER_KEY"
    ```

    Example response:
    ```json
    {
        "data": [
            {
                "model_name": "gpt-4",
                "litellm_params": {"model": "openai/gpt-4.1"},
                "model_info": {
                    "id": "abc123",
                    "litellm_provider": "openai",
                    "access_via_team_ids": ["team-1"],
                    "direct_access": true
                }
            }
        ],
        "total_count": 1,
        "current_page": 1,
        "total_pages": 1,
        "size": 50
    }
    ```

    Args:
        model (None | str | Unset): Specify the model name (optional)
        user_models_only (bool | None | Unset): Only return models added by this user Default:
            False.
        include_team_models (bool | None | Unset): Return all models across all teams user is in.
            Default: False.
        debug (bool | None | Unset):  Default: False.
        page (int | Unset): Page number Default: 1.
        size (int | Unset): Page size Default: 50.
        search (None | str | Unset): Search model names (case-insensitive partial match)
        model_id (None | str | Unset): Search for a specific model by its unique ID
        use_stored_params (bool | Unset): With modelId, omit runtime-only litellm_params defaults
            from a DB-stored model's editor view. Default: False.
        team_id (None | str | Unset): Filter models by team ID. Returns models with
            direct_access=True or teamId in access_via_team_ids
        sort_by (None | str | Unset): Field to sort by. Options: model_name, created_at,
            updated_at, costs, status
        sort_order (None | str | Unset): Sort order. Options: asc, desc Default: 'asc'.
        blocked (bool | None | Unset): Filter by routing status: false = active deployments, true
            = paused (blocked) deployments. Omit to return both.
        exclude_auto_routers (bool | None | Unset): Omit auto-router deployments (litellm model
            prefixed `auto_router/`). They select among deployments rather than being deployments
            themselves, so a caller rendering a deployment list can leave them out. Defaults to false,
            so existing callers are unaffected Default: False.
        access_group (None | str | Unset): Only return deployments whose
            `model_info.access_groups` contains this access group
        wildcard_only (bool | None | Unset): Only return wildcard deployments, i.e. those whose
            `model_name` contains `*` Default: False.

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
            user_models_only=user_models_only,
            include_team_models=include_team_models,
            debug=debug,
            page=page,
            size=size,
            search=search,
            model_id=model_id,
            use_stored_params=use_stored_params,
            team_id=team_id,
            sort_by=sort_by,
            sort_order=sort_order,
            blocked=blocked,
            exclude_auto_routers=exclude_auto_routers,
            access_group=access_group,
            wildcard_only=wildcard_only,
        )
    ).parsed
