from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.update_user_request import UpdateUserRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateUserRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/user/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = response.json()
        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_400_type_0 = ErrorEnvelope.from_dict(data)

                return response_400_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_400_type_1 = ErrorDetail.from_dict(data)

            return response_400_type_1

        response_400 = _parse_response_400(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = ErrorEnvelope.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = ErrorDetail.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = ErrorEnvelope.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = ErrorDetail.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:

        def _parse_response_404(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_404_type_0 = ErrorEnvelope.from_dict(data)

                return response_404_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_404_type_1 = ErrorDetail.from_dict(data)

            return response_404_type_1

        response_404 = _parse_response_404(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = ErrorEnvelope.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = ErrorDetail.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

    if response.status_code == 422:

        def _parse_response_422(data: object) -> ErrorDetail | ErrorEnvelope | HTTPValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ErrorEnvelope.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_1 = HTTPValidationError.from_dict(data)

                return response_422_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_2 = ErrorDetail.from_dict(data)

            return response_422_type_2

        response_422 = _parse_response_422(response.json())

        return response_422

    if response.status_code == 429:

        def _parse_response_429(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = ErrorEnvelope.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = ErrorDetail.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

        return response_429

    if response.status_code == 500:

        def _parse_response_500(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_500_type_0 = ErrorEnvelope.from_dict(data)

                return response_500_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_500_type_1 = ErrorDetail.from_dict(data)

            return response_500_type_1

        response_500 = _parse_response_500(response.json())

        return response_500

    if response.status_code == 503:

        def _parse_response_503(data: object) -> ErrorDetail | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_503_type_0 = ErrorEnvelope.from_dict(data)

                return response_503_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_503_type_1 = ErrorDetail.from_dict(data)

            return response_503_type_1

        response_503 = _parse_response_503(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]:
    """User Update

     Example curl

    ```
    curl --location 'http://0.0.0.0:4000/user/update'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
        "user_id": "test-litellm-user-4",
        "user_role": "proxy_admin_viewer"
    }'
    ```

    Parameters:
        - user_id: Optional[str] - Specify a user id. If not set, a unique id will be generated.
        - user_email: Optional[str] - Specify a user email.
        - password: Optional[str] - Set the user's password (admin only). Must satisfy the configured
    password policy. The user is required to change it at their next login. Users change their own
    password with POST /user/password/change.
        - user_alias: Optional[str] - A descriptive name for you to know who this user id refers to.
        - teams: Optional[list] - specify a list of team id's a user belongs to.
        - send_invite_email: Optional[bool] - Specify if an invite email should be sent.
        - user_role: Optional[str] - Specify a user role - "proxy_admin", "proxy_admin_viewer",
    "internal_user", "internal_user_viewer", "team", "customer". Info about each role here:
    `https://github.com/BerriAI/litellm/litellm/proxy/_types.py#L20`
        - max_budget: Optional[float] - Specify max budget for a given user.
        - budget_duration: Optional[str] - Budget is reset at the end of specified duration. If not set,
    budget is never reset. You can set duration as seconds ("30s"), minutes ("30m"), hours ("30h"), days
    ("30d"), months ("1mo").
        - models: Optional[list] - Model_name's a user is allowed to call. (if empty, key is allowed to
    call all models)
        - tpm_limit: Optional[int] - Specify tpm limit for a given user (Tokens per minute)
        - rpm_limit: Optional[int] - Specify rpm limit for a given user (Requests per minute)
        - auto_create_key: bool - Default=True. Flag used for returning a key as part of the /user/new
    response
        - aliases: Optional[dict] - Model aliases for the user -
    [Docs](https://litellm.vercel.app/docs/proxy/virtual_keys#model-aliases)
        - config: Optional[dict] - [DEPRECATED PARAM] User-specific config.
        - allowed_cache_controls: Optional[list] - List of allowed cache control values. Example - ["no-
    cache", "no-store"]. See all values - https://docs.litellm.ai/docs/proxy/caching#turn-on--off-
    caching-per-request-
        - blocked: Optional[bool] - [Not Implemented Yet] Whether the user is blocked.
        - guardrails: Optional[List[str]] - [Not Implemented Yet] List of active guardrails for the user
        - policies: Optional[List[str]] - List of policy names to apply to the user. Policies define
    guardrails, conditions, and inheritance rules.
        - permissions: Optional[dict] - [Not Implemented Yet] User-specific permissions, eg. turning off
    pii masking.
        - metadata: Optional[dict] - Metadata for user, store information for user. Example metadata =
    {"team": "core-infra", "app": "app2", "email": "ishaan@berri.ai" }
        - max_parallel_requests: Optional[int] - Rate limit a user based on the number of parallel
    requests. Raises 429 error, if user's parallel requests > x.
        - model_max_budget: Optional[dict] - Model-specific max budget for user, keyed by model name,
    `*` pattern, or model access group. [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-
    specific-budgets-to-keys)
        - budget_fallbacks: Optional[Dict[str, List[str]]] - Per-model fallback chain tried in order
    when that model's own `model_max_budget` is exceeded, e.g. {"gpt-4o": ["gpt-4o-mini"]}.
        - model_rpm_limit: Optional[float] - Model-specific rpm limit for user.
    [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-specific-limits-to-keys)
        - mcp_rpm_limit: Optional[dict] - Per-MCP-server rpm limit, keyed by MCP server name {"github":
    100, "slack": 200}. Enforced for keys and teams only; values set on a user are stored but not
    enforced per user.
        - tag_rpm_limit: Optional[dict] - Per-request-tag rpm limit, keyed by request tag {"cell-1":
    1000, "cell-2": 500}. Enforced for keys only; values set on a user are stored but not enforced per
    user.
        - model_tpm_limit: Optional[float] - Model-specific tpm limit for user.
    [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-specific-limits-to-keys)
        - spend: Optional[float] - Amount spent by user. Default is 0. Will be updated by proxy whenever
    user is used. You can set duration as seconds ("30s"), minutes ("30m"), hours ("30h"), days ("30d"),
    months ("1mo").
        - agent_id: Optional[str] - The agent id associated with the user.
        - team_id: Optional[str] - [DEPRECATED PARAM] The team id of the user. Default is None.
        - duration: Optional[str] - [NOT IMPLEMENTED].
        - key_alias: Optional[str] - [NOT IMPLEMENTED].
        - object_permission: Optional[LiteLLM_ObjectPermissionBase] - internal user-specific object
    permission. Example - {"vector_stores": ["vector_store_1"], "mcp_servers": ["github"],
    "mcp_tool_permissions": {"github": ["list_issues"]}}. The MCP grants act as a ceiling on every key
    this user holds. IF null or {} then no object permission.
        - prompts: Optional[List[str]] - List of allowed prompts for the user. If specified, the user
    will only be able to use these specific prompts.
        - budget_limits: Optional[list] - List of concurrent budget windows for the user. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].

    Args:
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | None:
    """User Update

     Example curl

    ```
    curl --location 'http://0.0.0.0:4000/user/update'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
        "user_id": "test-litellm-user-4",
        "user_role": "proxy_admin_viewer"
    }'
    ```

    Parameters:
        - user_id: Optional[str] - Specify a user id. If not set, a unique id will be generated.
        - user_email: Optional[str] - Specify a user email.
        - password: Optional[str] - Set the user's password (admin only). Must satisfy the configured
    password policy. The user is required to change it at their next login. Users change their own
    password with POST /user/password/change.
        - user_alias: Optional[str] - A descriptive name for you to know who this user id refers to.
        - teams: Optional[list] - specify a list of team id's a user belongs to.
        - send_invite_email: Optional[bool] - Specify if an invite email should be sent.
        - user_role: Optional[str] - Specify a user role - "proxy_admin", "proxy_admin_viewer",
    "internal_user", "internal_user_viewer", "team", "customer". Info about each role here:
    `https://github.com/BerriAI/litellm/litellm/proxy/_types.py#L20`
        - max_budget: Optional[float] - Specify max budget for a given user.
        - budget_duration: Optional[str] - Budget is reset at the end of specified duration. If not set,
    budget is never reset. You can set duration as seconds ("30s"), minutes ("30m"), hours ("30h"), days
    ("30d"), months ("1mo").
        - models: Optional[list] - Model_name's a user is allowed to call. (if empty, key is allowed to
    call all models)
        - tpm_limit: Optional[int] - Specify tpm limit for a given user (Tokens per minute)
        - rpm_limit: Optional[int] - Specify rpm limit for a given user (Requests per minute)
        - auto_create_key: bool - Default=True. Flag used for returning a key as part of the /user/new
    response
        - aliases: Optional[dict] - Model aliases for the user -
    [Docs](https://litellm.vercel.app/docs/proxy/virtual_keys#model-aliases)
        - config: Optional[dict] - [DEPRECATED PARAM] User-specific config.
        - allowed_cache_controls: Optional[list] - List of allowed cache control values. Example - ["no-
    cache", "no-store"]. See all values - https://docs.litellm.ai/docs/proxy/caching#turn-on--off-
    caching-per-request-
        - blocked: Optional[bool] - [Not Implemented Yet] Whether the user is blocked.
        - guardrails: Optional[List[str]] - [Not Implemented Yet] List of active guardrails for the user
        - policies: Optional[List[str]] - List of policy names to apply to the user. Policies define
    guardrails, conditions, and inheritance rules.
        - permissions: Optional[dict] - [Not Implemented Yet] User-specific permissions, eg. turning off
    pii masking.
        - metadata: Optional[dict] - Metadata for user, store information for user. Example metadata =
    {"team": "core-infra", "app": "app2", "email": "ishaan@berri.ai" }
        - max_parallel_requests: Optional[int] - Rate limit a user based on the number of parallel
    requests. Raises 429 error, if user's parallel requests > x.
        - model_max_budget: Optional[dict] - Model-specific max budget for user, keyed by model name,
    `*` pattern, or model access group. [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-
    specific-budgets-to-keys)
        - budget_fallbacks: Optional[Dict[str, List[str]]] - Per-model fallback chain tried in order
    when that model's own `model_max_budget` is exceeded, e.g. {"gpt-4o": ["gpt-4o-mini"]}.
        - model_rpm_limit: Optional[float] - Model-specific rpm limit for user.
    [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-specific-limits-to-keys)
        - mcp_rpm_limit: Optional[dict] - Per-MCP-server rpm limit, keyed by MCP server name {"github":
    100, "slack": 200}. Enforced for keys and teams only; values set on a user are stored but not
    enforced per user.
        - tag_rpm_limit: Optional[dict] - Per-request-tag rpm limit, keyed by request tag {"cell-1":
    1000, "cell-2": 500}. Enforced for keys only; values set on a user are stored but not enforced per
    user.
        - model_tpm_limit: Optional[float] - Model-specific tpm limit for user.
    [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-specific-limits-to-keys)
        - spend: Optional[float] - Amount spent by user. Default is 0. Will be updated by proxy whenever
    user is used. You can set duration as seconds ("30s"), minutes ("30m"), hours ("30h"), days ("30d"),
    months ("1mo").
        - agent_id: Optional[str] - The agent id associated with the user.
        - team_id: Optional[str] - [DEPRECATED PARAM] The team id of the user. Default is None.
        - duration: Optional[str] - [NOT IMPLEMENTED].
        - key_alias: Optional[str] - [NOT IMPLEMENTED].
        - object_permission: Optional[LiteLLM_ObjectPermissionBase] - internal user-specific object
    permission. Example - {"vector_stores": ["vector_store_1"], "mcp_servers": ["github"],
    "mcp_tool_permissions": {"github": ["list_issues"]}}. The MCP grants act as a ceiling on every key
    this user holds. IF null or {} then no object permission.
        - prompts: Optional[List[str]] - List of allowed prompts for the user. If specified, the user
    will only be able to use these specific prompts.
        - budget_limits: Optional[list] - List of concurrent budget windows for the user. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].

    Args:
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]:
    """User Update

     Example curl

    ```
    curl --location 'http://0.0.0.0:4000/user/update'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
        "user_id": "test-litellm-user-4",
        "user_role": "proxy_admin_viewer"
    }'
    ```

    Parameters:
        - user_id: Optional[str] - Specify a user id. If not set, a unique id will be generated.
        - user_email: Optional[str] - Specify a user email.
        - password: Optional[str] - Set the user's password (admin only). Must satisfy the configured
    password policy. The user is required to change it at their next login. Users change their own
    password with POST /user/password/change.
        - user_alias: Optional[str] - A descriptive name for you to know who this user id refers to.
        - teams: Optional[list] - specify a list of team id's a user belongs to.
        - send_invite_email: Optional[bool] - Specify if an invite email should be sent.
        - user_role: Optional[str] - Specify a user role - "proxy_admin", "proxy_admin_viewer",
    "internal_user", "internal_user_viewer", "team", "customer". Info about each role here:
    `https://github.com/BerriAI/litellm/litellm/proxy/_types.py#L20`
        - max_budget: Optional[float] - Specify max budget for a given user.
        - budget_duration: Optional[str] - Budget is reset at the end of specified duration. If not set,
    budget is never reset. You can set duration as seconds ("30s"), minutes ("30m"), hours ("30h"), days
    ("30d"), months ("1mo").
        - models: Optional[list] - Model_name's a user is allowed to call. (if empty, key is allowed to
    call all models)
        - tpm_limit: Optional[int] - Specify tpm limit for a given user (Tokens per minute)
        - rpm_limit: Optional[int] - Specify rpm limit for a given user (Requests per minute)
        - auto_create_key: bool - Default=True. Flag used for returning a key as part of the /user/new
    response
        - aliases: Optional[dict] - Model aliases for the user -
    [Docs](https://litellm.vercel.app/docs/proxy/virtual_keys#model-aliases)
        - config: Optional[dict] - [DEPRECATED PARAM] User-specific config.
        - allowed_cache_controls: Optional[list] - List of allowed cache control values. Example - ["no-
    cache", "no-store"]. See all values - https://docs.litellm.ai/docs/proxy/caching#turn-on--off-
    caching-per-request-
        - blocked: Optional[bool] - [Not Implemented Yet] Whether the user is blocked.
        - guardrails: Optional[List[str]] - [Not Implemented Yet] List of active guardrails for the user
        - policies: Optional[List[str]] - List of policy names to apply to the user. Policies define
    guardrails, conditions, and inheritance rules.
        - permissions: Optional[dict] - [Not Implemented Yet] User-specific permissions, eg. turning off
    pii masking.
        - metadata: Optional[dict] - Metadata for user, store information for user. Example metadata =
    {"team": "core-infra", "app": "app2", "email": "ishaan@berri.ai" }
        - max_parallel_requests: Optional[int] - Rate limit a user based on the number of parallel
    requests. Raises 429 error, if user's parallel requests > x.
        - model_max_budget: Optional[dict] - Model-specific max budget for user, keyed by model name,
    `*` pattern, or model access group. [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-
    specific-budgets-to-keys)
        - budget_fallbacks: Optional[Dict[str, List[str]]] - Per-model fallback chain tried in order
    when that model's own `model_max_budget` is exceeded, e.g. {"gpt-4o": ["gpt-4o-mini"]}.
        - model_rpm_limit: Optional[float] - Model-specific rpm limit for user.
    [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-specific-limits-to-keys)
        - mcp_rpm_limit: Optional[dict] - Per-MCP-server rpm limit, keyed by MCP server name {"github":
    100, "slack": 200}. Enforced for keys and teams only; values set on a user are stored but not
    enforced per user.
        - tag_rpm_limit: Optional[dict] - Per-request-tag rpm limit, keyed by request tag {"cell-1":
    1000, "cell-2": 500}. Enforced for keys only; values set on a user are stored but not enforced per
    user.
        - model_tpm_limit: Optional[float] - Model-specific tpm limit for user.
    [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-specific-limits-to-keys)
        - spend: Optional[float] - Amount spent by user. Default is 0. Will be updated by proxy whenever
    user is used. You can set duration as seconds ("30s"), minutes ("30m"), hours ("30h"), days ("30d"),
    months ("1mo").
        - agent_id: Optional[str] - The agent id associated with the user.
        - team_id: Optional[str] - [DEPRECATED PARAM] The team id of the user. Default is None.
        - duration: Optional[str] - [NOT IMPLEMENTED].
        - key_alias: Optional[str] - [NOT IMPLEMENTED].
        - object_permission: Optional[LiteLLM_ObjectPermissionBase] - internal user-specific object
    permission. Example - {"vector_stores": ["vector_store_1"], "mcp_servers": ["github"],
    "mcp_tool_permissions": {"github": ["list_issues"]}}. The MCP grants act as a ceiling on every key
    this user holds. IF null or {} then no object permission.
        - prompts: Optional[List[str]] - List of allowed prompts for the user. If specified, the user
    will only be able to use these specific prompts.
        - budget_limits: Optional[list] - List of concurrent budget windows for the user. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].

    Args:
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateUserRequest,
) -> Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | None:
    """User Update

     Example curl

    ```
    curl --location 'http://0.0.0.0:4000/user/update'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
        "user_id": "test-litellm-user-4",
        "user_role": "proxy_admin_viewer"
    }'
    ```

    Parameters:
        - user_id: Optional[str] - Specify a user id. If not set, a unique id will be generated.
        - user_email: Optional[str] - Specify a user email.
        - password: Optional[str] - Set the user's password (admin only). Must satisfy the configured
    password policy. The user is required to change it at their next login. Users change their own
    password with POST /user/password/change.
        - user_alias: Optional[str] - A descriptive name for you to know who this user id refers to.
        - teams: Optional[list] - specify a list of team id's a user belongs to.
        - send_invite_email: Optional[bool] - Specify if an invite email should be sent.
        - user_role: Optional[str] - Specify a user role - "proxy_admin", "proxy_admin_viewer",
    "internal_user", "internal_user_viewer", "team", "customer". Info about each role here:
    `https://github.com/BerriAI/litellm/litellm/proxy/_types.py#L20`
        - max_budget: Optional[float] - Specify max budget for a given user.
        - budget_duration: Optional[str] - Budget is reset at the end of specified duration. If not set,
    budget is never reset. You can set duration as seconds ("30s"), minutes ("30m"), hours ("30h"), days
    ("30d"), months ("1mo").
        - models: Optional[list] - Model_name's a user is allowed to call. (if empty, key is allowed to
    call all models)
        - tpm_limit: Optional[int] - Specify tpm limit for a given user (Tokens per minute)
        - rpm_limit: Optional[int] - Specify rpm limit for a given user (Requests per minute)
        - auto_create_key: bool - Default=True. Flag used for returning a key as part of the /user/new
    response
        - aliases: Optional[dict] - Model aliases for the user -
    [Docs](https://litellm.vercel.app/docs/proxy/virtual_keys#model-aliases)
        - config: Optional[dict] - [DEPRECATED PARAM] User-specific config.
        - allowed_cache_controls: Optional[list] - List of allowed cache control values. Example - ["no-
    cache", "no-store"]. See all values - https://docs.litellm.ai/docs/proxy/caching#turn-on--off-
    caching-per-request-
        - blocked: Optional[bool] - [Not Implemented Yet] Whether the user is blocked.
        - guardrails: Optional[List[str]] - [Not Implemented Yet] List of active guardrails for the user
        - policies: Optional[List[str]] - List of policy names to apply to the user. Policies define
    guardrails, conditions, and inheritance rules.
        - permissions: Optional[dict] - [Not Implemented Yet] User-specific permissions, eg. turning off
    pii masking.
        - metadata: Optional[dict] - Metadata for user, store information for user. Example metadata =
    {"team": "core-infra", "app": "app2", "email": "ishaan@berri.ai" }
        - max_parallel_requests: Optional[int] - Rate limit a user based on the number of parallel
    requests. Raises 429 error, if user's parallel requests > x.
        - model_max_budget: Optional[dict] - Model-specific max budget for user, keyed by model name,
    `*` pattern, or model access group. [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-
    specific-budgets-to-keys)
        - budget_fallbacks: Optional[Dict[str, List[str]]] - Per-model fallback chain tried in order
    when that model's own `model_max_budget` is exceeded, e.g. {"gpt-4o": ["gpt-4o-mini"]}.
        - model_rpm_limit: Optional[float] - Model-specific rpm limit for user.
    [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-specific-limits-to-keys)
        - mcp_rpm_limit: Optional[dict] - Per-MCP-server rpm limit, keyed by MCP server name {"github":
    100, "slack": 200}. Enforced for keys and teams only; values set on a user are stored but not
    enforced per user.
        - tag_rpm_limit: Optional[dict] - Per-request-tag rpm limit, keyed by request tag {"cell-1":
    1000, "cell-2": 500}. Enforced for keys only; values set on a user are stored but not enforced per
    user.
        - model_tpm_limit: Optional[float] - Model-specific tpm limit for user.
    [Docs](https://docs.litellm.ai/docs/proxy/users#add-model-specific-limits-to-keys)
        - spend: Optional[float] - Amount spent by user. Default is 0. Will be updated by proxy whenever
    user is used. You can set duration as seconds ("30s"), minutes ("30m"), hours ("30h"), days ("30d"),
    months ("1mo").
        - agent_id: Optional[str] - The agent id associated with the user.
        - team_id: Optional[str] - [DEPRECATED PARAM] The team id of the user. Default is None.
        - duration: Optional[str] - [NOT IMPLEMENTED].
        - key_alias: Optional[str] - [NOT IMPLEMENTED].
        - object_permission: Optional[LiteLLM_ObjectPermissionBase] - internal user-specific object
    permission. Example - {"vector_stores": ["vector_store_1"], "mcp_servers": ["github"],
    "mcp_tool_permissions": {"github": ["list_issues"]}}. The MCP grants act as a ceiling on every key
    this user holds. IF null or {} then no object permission.
        - prompts: Optional[List[str]] - List of allowed prompts for the user. If specified, the user
    will only be able to use these specific prompts.
        - budget_limits: Optional[list] - List of concurrent budget windows for the user. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].

    Args:
        body (UpdateUserRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
