from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.key_update_response import KeyUpdateResponse
from ...models.update_key_request import UpdateKeyRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateKeyRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(litellm_changed_by, Unset):
        headers["litellm-changed-by"] = litellm_changed_by

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/key/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse | None:
    if response.status_code == 200:
        response_200 = KeyUpdateResponse.from_dict(response.json())

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
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateKeyRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse]:
    """Update Key Fn

     Update an existing API key's parameters.

    The body is a merge patch: a field left out keeps its stored value, and on the key's own columns
    an explicit null clears it. The metadata-backed fields below are the exception, merging into the
    stored metadata instead: passing one as null leaves it unchanged, while `metadata` itself
    replaces the stored metadata wholesale.

    Parameters:
    - key: Optional[str] - The key to update. Either key or key_alias must be provided.
    - key_alias: Optional[str] - User-friendly key alias. If key is omitted, also identifies the key to
    update (must match exactly one key, same as /key/delete's key_aliases)
    - user_id: Optional[str] - User ID associated with key
    - team_id: Optional[str] - Team ID associated with key
    - agent_id: Optional[str] - The agent id associated with the key.
    - project_id: Optional[str] - Omit to retain the project, send null to detach, or send a project id
    to assign an unassigned key to a project on the key's team. Moving a key between projects is
    rejected.
    - organization_id: Optional[str] - The organization id of the key.
    - budget_id: Optional[str] - The budget id associated with the key. Created by calling
    `/budget/new`.
    - end_user_budget_id: Optional[str] - Proxy admin only. Budget id applied to end users first seen
    through this key that carry no budget of their own. Omit to keep the current value, pass an empty
    string to clear it.
    - models: Optional[list] - Model_name's a user is allowed to call
    - tags: Optional[List[str]] - Tags for organizing keys (Enterprise only)
    - prompts: Optional[List[str]] - List of prompts that the key is allowed to use.
    - enforced_params: Optional[List[str]] - List of enforced params for the key (Enterprise only).
    [Docs](https://docs.litellm.ai/docs/enterprise#governance-and-cost)
    - spend: Optional[float] - Amount spent by key
    - max_budget: Optional[float] - Max budget for key
    - model_max_budget: Optional[Dict[str, BudgetConfig]] - Model-specific budgets keyed by model name,
    `*` pattern like "claude-opus*", or model access group, e.g. {"gpt-4": {"budget_limit": 0.0005,
    "time_period": "30d"}}
    - budget_fallbacks: Optional[Dict[str, List[str]]] - Per-model fallback chain tried in order when
    that model's own `model_max_budget` is exceeded, e.g. {"gpt-4o": ["gpt-4o-mini"]}.
    - budget_duration: Optional[str] - Budget reset period ("30d", "1h", etc.)
    - soft_budget: Optional[float] - Soft budget limit (warning vs. hard stop). Will trigger a slack
    alert when this soft budget is reached. Set to null to remove the soft budget.
    - max_parallel_requests: Optional[int] - Rate limit for parallel requests
    - metadata: Optional[dict] - Metadata for key. Example {"team": "core-infra", "app": "app2"}
    - tpm_limit: Optional[int] - Tokens per minute limit
    - rpm_limit: Optional[int] - Requests per minute limit
    - tpd_limit: Optional[int] - Tokens per day limit, charged by batch submissions instead of
    tpm_limit/rpm_limit
    - model_rpm_limit: Optional[dict] - Model-specific RPM limits {"gpt-4": 100, "claude-v1": 200}
    - mcp_rpm_limit: Optional[dict] - Per-MCP-server RPM limits, keyed by MCP server name {"github":
    100, "slack": 200}
    - tag_rpm_limit: Optional[dict] - Per-request-tag RPM limits, keyed by request tag {"cell-1": 1000,
    "cell-2": 500}. Each tag gets an independent counter; absent tags fall back to the key-level rpm
    limit.
    - model_tpm_limit: Optional[dict] - Model-specific TPM limits {"gpt-4": 100000, "claude-v1": 200000}
    - default_estimated_output_tokens: Optional[int] - Proxy admin only. Expected output tokens reserved
    for TPM limiting when a request omits max_tokens. Positive integer.
    - default_estimated_output_tokens_per_model: Optional[dict] - Proxy admin only. Per-model override
    of the above {"gpt-4": 4096, "gpt-3.5-turbo": 1024}
    - tpm_limit_type: Optional[str] - TPM rate limit type - "best_effort_throughput",
    "guaranteed_throughput", or "dynamic"
    - rpm_limit_type: Optional[str] - RPM rate limit type - "best_effort_throughput",
    "guaranteed_throughput", or "dynamic"
    - allowed_cache_controls: Optional[list] - List of allowed cache control values
    - duration: Optional[str] - Key validity duration ("30d", "1h", etc.), null to never expire, or "-1"
    to never expire (deprecated, use null)
    - permissions: Optional[dict] - Key-specific permissions
    - send_invite_email: Optional[bool] - Send invite email to user_id
    - guardrails: Optional[List[str]] - List of active guardrails for the key
    - policies: Optional[List[str]] - List of policy names to apply to the key. Policies define
    guardrails, conditions, and inheritance rules.
    - disable_global_guardrails: Optional[bool] - Whether to disable global guardrails for the key.
    Proxy admin only.
    - throttle_on_budget_exceeded: Optional[bool] - When the key exceeds its max_budget, throttle its
    tpm/rpm to the global budget_exceeded_throttle_percentage instead of blocking the key entirely.
    - enable_prompt_caching: Optional[bool] - Auto-inject prompt caching breakpoints (Anthropic
    cache_control markers) on requests made with this key. Supported Claude models on Anthropic,
    Bedrock, Vertex AI, and Azure AI only.
    - prompts: Optional[List[str]] - List of prompts that the key is allowed to use.
    - blocked: Optional[bool] - Whether the key is blocked
    - aliases: Optional[dict] - Model aliases for the key -
    [Docs](https://litellm.vercel.app/docs/proxy/virtual_keys#model-aliases)
    - config: Optional[dict] - [DEPRECATED PARAM] Key-specific config.
    - temp_budget_increase: Optional[float] - Temporary budget increase for the key (Enterprise only).
    - temp_budget_expiry: Optional[str] - Expiry time for the temporary budget increase (Enterprise
    only).
    - allowed_routes: Optional[list] - List of allowed routes for the key. Store the actual route or
    store a wildcard pattern for a set of routes. Example - ["/chat/completions", "/embeddings",
    "/keys/*"]
    - allowed_passthrough_routes: Optional[list] - List of allowed pass through routes for the key.
    Store the actual route or store a wildcard pattern for a set of routes. Example - ["/my-custom-
    endpoint"]. Use this instead of allowed_routes, if you just want to specify which pass through
    routes the key can access, without specifying the routes. If allowed_routes is specified,
    allowed_passthrough_routes is ignored.
    - denied_passthrough_routes: Optional[list] - List of pass through routes the key may not call, even
    if allowed by `allowed_passthrough_routes` or `allowed_routes`. Matches exact paths, path prefixes,
    and trailing `*` wildcards. Applies together with the team's `denied_passthrough_routes`. Example -
    ["/my-custom-endpoint/admin"].
    - prompts: Optional[List[str]] - List of allowed prompts for the key. If specified, the key will
    only be able to use these specific prompts.
    - object_permission: Optional[LiteLLM_ObjectPermissionBase] - key-specific object permission.
    Example - {"vector_stores": ["vector_store_1", "vector_store_2"], "agents": ["agent_1", "agent_2"],
    "agent_access_groups": ["dev_group"]}. IF null or {} then no object permission.
    - auto_rotate: Optional[bool] - Whether this key should be automatically rotated
    - rotation_interval: Optional[str] - How often to rotate this key (e.g., '30d', '90d'). Required if
    auto_rotate=True
    - allowed_vector_store_indexes: Optional[List[dict]] - List of allowed vector store indexes for the
    key. Example - [{"index_name": "my-index", "index_permissions": ["write", "read"]}]. If specified,
    the key will only be able to use these specific vector store indexes. Create index, using
    `/v1/indexes` endpoint.
    - router_settings: Optional[UpdateRouterConfig] - key-specific router settings. Example -
    {"model_group_retry_policy": {"gpt-4": {"RateLimitErrorRetries": 5}}}. IF null or {} then no router
    settings.
    - access_group_ids: Optional[List[str]] - List of access group IDs to associate with the key. Access
    groups define which models a key can access. Example - ["access_group_1", "access_group_2"].
    - budget_limits: Optional[list] - List of concurrent budget windows for the key. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].

    Example:
    ```bash
    curl --location 'http://0.0.0.0:4000/key/update'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
        "key": "sk-<your-virtual-key>",
        "key_alias": "my-key",
        "user_id": "user-1234",
        "team_id": "team-1234",
        "max_budget": 100,
        "metadata": {"any_key": "any-val"},
    }'
    ```

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (UpdateKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateKeyRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse | None:
    """Update Key Fn

     Update an existing API key's parameters.

    The body is a merge patch: a field left out keeps its stored value, and on the key's own columns
    an explicit null clears it. The metadata-backed fields below are the exception, merging into the
    stored metadata instead: passing one as null leaves it unchanged, while `metadata` itself
    replaces the stored metadata wholesale.

    Parameters:
    - key: Optional[str] - The key to update. Either key or key_alias must be provided.
    - key_alias: Optional[str] - User-friendly key alias. If key is omitted, also identifies the key to
    update (must match exactly one key, same as /key/delete's key_aliases)
    - user_id: Optional[str] - User ID associated with key
    - team_id: Optional[str] - Team ID associated with key
    - agent_id: Optional[str] - The agent id associated with the key.
    - project_id: Optional[str] - Omit to retain the project, send null to detach, or send a project id
    to assign an unassigned key to a project on the key's team. Moving a key between projects is
    rejected.
    - organization_id: Optional[str] - The organization id of the key.
    - budget_id: Optional[str] - The budget id associated with the key. Created by calling
    `/budget/new`.
    - end_user_budget_id: Optional[str] - Proxy admin only. Budget id applied to end users first seen
    through this key that carry no budget of their own. Omit to keep the current value, pass an empty
    string to clear it.
    - models: Optional[list] - Model_name's a user is allowed to call
    - tags: Optional[List[str]] - Tags for organizing keys (Enterprise only)
    - prompts: Optional[List[str]] - List of prompts that the key is allowed to use.
    - enforced_params: Optional[List[str]] - List of enforced params for the key (Enterprise only).
    [Docs](https://docs.litellm.ai/docs/enterprise#governance-and-cost)
    - spend: Optional[float] - Amount spent by key
    - max_budget: Optional[float] - Max budget for key
    - model_max_budget: Optional[Dict[str, BudgetConfig]] - Model-specific budgets keyed by model name,
    `*` pattern like "claude-opus*", or model access group, e.g. {"gpt-4": {"budget_limit": 0.0005,
    "time_period": "30d"}}
    - budget_fallbacks: Optional[Dict[str, List[str]]] - Per-model fallback chain tried in order when
    that model's own `model_max_budget` is exceeded, e.g. {"gpt-4o": ["gpt-4o-mini"]}.
    - budget_duration: Optional[str] - Budget reset period ("30d", "1h", etc.)
    - soft_budget: Optional[float] - Soft budget limit (warning vs. hard stop). Will trigger a slack
    alert when this soft budget is reached. Set to null to remove the soft budget.
    - max_parallel_requests: Optional[int] - Rate limit for parallel requests
    - metadata: Optional[dict] - Metadata for key. Example {"team": "core-infra", "app": "app2"}
    - tpm_limit: Optional[int] - Tokens per minute limit
    - rpm_limit: Optional[int] - Requests per minute limit
    - tpd_limit: Optional[int] - Tokens per day limit, charged by batch submissions instead of
    tpm_limit/rpm_limit
    - model_rpm_limit: Optional[dict] - Model-specific RPM limits {"gpt-4": 100, "claude-v1": 200}
    - mcp_rpm_limit: Optional[dict] - Per-MCP-server RPM limits, keyed by MCP server name {"github":
    100, "slack": 200}
    - tag_rpm_limit: Optional[dict] - Per-request-tag RPM limits, keyed by request tag {"cell-1": 1000,
    "cell-2": 500}. Each tag gets an independent counter; absent tags fall back to the key-level rpm
    limit.
    - model_tpm_limit: Optional[dict] - Model-specific TPM limits {"gpt-4": 100000, "claude-v1": 200000}
    - default_estimated_output_tokens: Optional[int] - Proxy admin only. Expected output tokens reserved
    for TPM limiting when a request omits max_tokens. Positive integer.
    - default_estimated_output_tokens_per_model: Optional[dict] - Proxy admin only. Per-model override
    of the above {"gpt-4": 4096, "gpt-3.5-turbo": 1024}
    - tpm_limit_type: Optional[str] - TPM rate limit type - "best_effort_throughput",
    "guaranteed_throughput", or "dynamic"
    - rpm_limit_type: Optional[str] - RPM rate limit type - "best_effort_throughput",
    "guaranteed_throughput", or "dynamic"
    - allowed_cache_controls: Optional[list] - List of allowed cache control values
    - duration: Optional[str] - Key validity duration ("30d", "1h", etc.), null to never expire, or "-1"
    to never expire (deprecated, use null)
    - permissions: Optional[dict] - Key-specific permissions
    - send_invite_email: Optional[bool] - Send invite email to user_id
    - guardrails: Optional[List[str]] - List of active guardrails for the key
    - policies: Optional[List[str]] - List of policy names to apply to the key. Policies define
    guardrails, conditions, and inheritance rules.
    - disable_global_guardrails: Optional[bool] - Whether to disable global guardrails for the key.
    Proxy admin only.
    - throttle_on_budget_exceeded: Optional[bool] - When the key exceeds its max_budget, throttle its
    tpm/rpm to the global budget_exceeded_throttle_percentage instead of blocking the key entirely.
    - enable_prompt_caching: Optional[bool] - Auto-inject prompt caching breakpoints (Anthropic
    cache_control markers) on requests made with this key. Supported Claude models on Anthropic,
    Bedrock, Vertex AI, and Azure AI only.
    - prompts: Optional[List[str]] - List of prompts that the key is allowed to use.
    - blocked: Optional[bool] - Whether the key is blocked
    - aliases: Optional[dict] - Model aliases for the key -
    [Docs](https://litellm.vercel.app/docs/proxy/virtual_keys#model-aliases)
    - config: Optional[dict] - [DEPRECATED PARAM] Key-specific config.
    - temp_budget_increase: Optional[float] - Temporary budget increase for the key (Enterprise only).
    - temp_budget_expiry: Optional[str] - Expiry time for the temporary budget increase (Enterprise
    only).
    - allowed_routes: Optional[list] - List of allowed routes for the key. Store the actual route or
    store a wildcard pattern for a set of routes. Example - ["/chat/completions", "/embeddings",
    "/keys/*"]
    - allowed_passthrough_routes: Optional[list] - List of allowed pass through routes for the key.
    Store the actual route or store a wildcard pattern for a set of routes. Example - ["/my-custom-
    endpoint"]. Use this instead of allowed_routes, if you just want to specify which pass through
    routes the key can access, without specifying the routes. If allowed_routes is specified,
    allowed_passthrough_routes is ignored.
    - denied_passthrough_routes: Optional[list] - List of pass through routes the key may not call, even
    if allowed by `allowed_passthrough_routes` or `allowed_routes`. Matches exact paths, path prefixes,
    and trailing `*` wildcards. Applies together with the team's `denied_passthrough_routes`. Example -
    ["/my-custom-endpoint/admin"].
    - prompts: Optional[List[str]] - List of allowed prompts for the key. If specified, the key will
    only be able to use these specific prompts.
    - object_permission: Optional[LiteLLM_ObjectPermissionBase] - key-specific object permission.
    Example - {"vector_stores": ["vector_store_1", "vector_store_2"], "agents": ["agent_1", "agent_2"],
    "agent_access_groups": ["dev_group"]}. IF null or {} then no object permission.
    - auto_rotate: Optional[bool] - Whether this key should be automatically rotated
    - rotation_interval: Optional[str] - How often to rotate this key (e.g., '30d', '90d'). Required if
    auto_rotate=True
    - allowed_vector_store_indexes: Optional[List[dict]] - List of allowed vector store indexes for the
    key. Example - [{"index_name": "my-index", "index_permissions": ["write", "read"]}]. If specified,
    the key will only be able to use these specific vector store indexes. Create index, using
    `/v1/indexes` endpoint.
    - router_settings: Optional[UpdateRouterConfig] - key-specific router settings. Example -
    {"model_group_retry_policy": {"gpt-4": {"RateLimitErrorRetries": 5}}}. IF null or {} then no router
    settings.
    - access_group_ids: Optional[List[str]] - List of access group IDs to associate with the key. Access
    groups define which models a key can access. Example - ["access_group_1", "access_group_2"].
    - budget_limits: Optional[list] - List of concurrent budget windows for the key. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].

    Example:
    ```bash
    curl --location 'http://0.0.0.0:4000/key/update'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
        "key": "sk-<your-virtual-key>",
        "key_alias": "my-key",
        "user_id": "user-1234",
        "team_id": "team-1234",
        "max_budget": 100,
        "metadata": {"any_key": "any-val"},
    }'
    ```

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (UpdateKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        litellm_changed_by=litellm_changed_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateKeyRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse]:
    """Update Key Fn

     Update an existing API key's parameters.

    The body is a merge patch: a field left out keeps its stored value, and on the key's own columns
    an explicit null clears it. The metadata-backed fields below are the exception, merging into the
    stored metadata instead: passing one as null leaves it unchanged, while `metadata` itself
    replaces the stored metadata wholesale.

    Parameters:
    - key: Optional[str] - The key to update. Either key or key_alias must be provided.
    - key_alias: Optional[str] - User-friendly key alias. If key is omitted, also identifies the key to
    update (must match exactly one key, same as /key/delete's key_aliases)
    - user_id: Optional[str] - User ID associated with key
    - team_id: Optional[str] - Team ID associated with key
    - agent_id: Optional[str] - The agent id associated with the key.
    - project_id: Optional[str] - Omit to retain the project, send null to detach, or send a project id
    to assign an unassigned key to a project on the key's team. Moving a key between projects is
    rejected.
    - organization_id: Optional[str] - The organization id of the key.
    - budget_id: Optional[str] - The budget id associated with the key. Created by calling
    `/budget/new`.
    - end_user_budget_id: Optional[str] - Proxy admin only. Budget id applied to end users first seen
    through this key that carry no budget of their own. Omit to keep the current value, pass an empty
    string to clear it.
    - models: Optional[list] - Model_name's a user is allowed to call
    - tags: Optional[List[str]] - Tags for organizing keys (Enterprise only)
    - prompts: Optional[List[str]] - List of prompts that the key is allowed to use.
    - enforced_params: Optional[List[str]] - List of enforced params for the key (Enterprise only).
    [Docs](https://docs.litellm.ai/docs/enterprise#governance-and-cost)
    - spend: Optional[float] - Amount spent by key
    - max_budget: Optional[float] - Max budget for key
    - model_max_budget: Optional[Dict[str, BudgetConfig]] - Model-specific budgets keyed by model name,
    `*` pattern like "claude-opus*", or model access group, e.g. {"gpt-4": {"budget_limit": 0.0005,
    "time_period": "30d"}}
    - budget_fallbacks: Optional[Dict[str, List[str]]] - Per-model fallback chain tried in order when
    that model's own `model_max_budget` is exceeded, e.g. {"gpt-4o": ["gpt-4o-mini"]}.
    - budget_duration: Optional[str] - Budget reset period ("30d", "1h", etc.)
    - soft_budget: Optional[float] - Soft budget limit (warning vs. hard stop). Will trigger a slack
    alert when this soft budget is reached. Set to null to remove the soft budget.
    - max_parallel_requests: Optional[int] - Rate limit for parallel requests
    - metadata: Optional[dict] - Metadata for key. Example {"team": "core-infra", "app": "app2"}
    - tpm_limit: Optional[int] - Tokens per minute limit
    - rpm_limit: Optional[int] - Requests per minute limit
    - tpd_limit: Optional[int] - Tokens per day limit, charged by batch submissions instead of
    tpm_limit/rpm_limit
    - model_rpm_limit: Optional[dict] - Model-specific RPM limits {"gpt-4": 100, "claude-v1": 200}
    - mcp_rpm_limit: Optional[dict] - Per-MCP-server RPM limits, keyed by MCP server name {"github":
    100, "slack": 200}
    - tag_rpm_limit: Optional[dict] - Per-request-tag RPM limits, keyed by request tag {"cell-1": 1000,
    "cell-2": 500}. Each tag gets an independent counter; absent tags fall back to the key-level rpm
    limit.
    - model_tpm_limit: Optional[dict] - Model-specific TPM limits {"gpt-4": 100000, "claude-v1": 200000}
    - default_estimated_output_tokens: Optional[int] - Proxy admin only. Expected output tokens reserved
    for TPM limiting when a request omits max_tokens. Positive integer.
    - default_estimated_output_tokens_per_model: Optional[dict] - Proxy admin only. Per-model override
    of the above {"gpt-4": 4096, "gpt-3.5-turbo": 1024}
    - tpm_limit_type: Optional[str] - TPM rate limit type - "best_effort_throughput",
    "guaranteed_throughput", or "dynamic"
    - rpm_limit_type: Optional[str] - RPM rate limit type - "best_effort_throughput",
    "guaranteed_throughput", or "dynamic"
    - allowed_cache_controls: Optional[list] - List of allowed cache control values
    - duration: Optional[str] - Key validity duration ("30d", "1h", etc.), null to never expire, or "-1"
    to never expire (deprecated, use null)
    - permissions: Optional[dict] - Key-specific permissions
    - send_invite_email: Optional[bool] - Send invite email to user_id
    - guardrails: Optional[List[str]] - List of active guardrails for the key
    - policies: Optional[List[str]] - List of policy names to apply to the key. Policies define
    guardrails, conditions, and inheritance rules.
    - disable_global_guardrails: Optional[bool] - Whether to disable global guardrails for the key.
    Proxy admin only.
    - throttle_on_budget_exceeded: Optional[bool] - When the key exceeds its max_budget, throttle its
    tpm/rpm to the global budget_exceeded_throttle_percentage instead of blocking the key entirely.
    - enable_prompt_caching: Optional[bool] - Auto-inject prompt caching breakpoints (Anthropic
    cache_control markers) on requests made with this key. Supported Claude models on Anthropic,
    Bedrock, Vertex AI, and Azure AI only.
    - prompts: Optional[List[str]] - List of prompts that the key is allowed to use.
    - blocked: Optional[bool] - Whether the key is blocked
    - aliases: Optional[dict] - Model aliases for the key -
    [Docs](https://litellm.vercel.app/docs/proxy/virtual_keys#model-aliases)
    - config: Optional[dict] - [DEPRECATED PARAM] Key-specific config.
    - temp_budget_increase: Optional[float] - Temporary budget increase for the key (Enterprise only).
    - temp_budget_expiry: Optional[str] - Expiry time for the temporary budget increase (Enterprise
    only).
    - allowed_routes: Optional[list] - List of allowed routes for the key. Store the actual route or
    store a wildcard pattern for a set of routes. Example - ["/chat/completions", "/embeddings",
    "/keys/*"]
    - allowed_passthrough_routes: Optional[list] - List of allowed pass through routes for the key.
    Store the actual route or store a wildcard pattern for a set of routes. Example - ["/my-custom-
    endpoint"]. Use this instead of allowed_routes, if you just want to specify which pass through
    routes the key can access, without specifying the routes. If allowed_routes is specified,
    allowed_passthrough_routes is ignored.
    - denied_passthrough_routes: Optional[list] - List of pass through routes the key may not call, even
    if allowed by `allowed_passthrough_routes` or `allowed_routes`. Matches exact paths, path prefixes,
    and trailing `*` wildcards. Applies together with the team's `denied_passthrough_routes`. Example -
    ["/my-custom-endpoint/admin"].
    - prompts: Optional[List[str]] - List of allowed prompts for the key. If specified, the key will
    only be able to use these specific prompts.
    - object_permission: Optional[LiteLLM_ObjectPermissionBase] - key-specific object permission.
    Example - {"vector_stores": ["vector_store_1", "vector_store_2"], "agents": ["agent_1", "agent_2"],
    "agent_access_groups": ["dev_group"]}. IF null or {} then no object permission.
    - auto_rotate: Optional[bool] - Whether this key should be automatically rotated
    - rotation_interval: Optional[str] - How often to rotate this key (e.g., '30d', '90d'). Required if
    auto_rotate=True
    - allowed_vector_store_indexes: Optional[List[dict]] - List of allowed vector store indexes for the
    key. Example - [{"index_name": "my-index", "index_permissions": ["write", "read"]}]. If specified,
    the key will only be able to use these specific vector store indexes. Create index, using
    `/v1/indexes` endpoint.
    - router_settings: Optional[UpdateRouterConfig] - key-specific router settings. Example -
    {"model_group_retry_policy": {"gpt-4": {"RateLimitErrorRetries": 5}}}. IF null or {} then no router
    settings.
    - access_group_ids: Optional[List[str]] - List of access group IDs to associate with the key. Access
    groups define which models a key can access. Example - ["access_group_1", "access_group_2"].
    - budget_limits: Optional[list] - List of concurrent budget windows for the key. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].

    Example:
    ```bash
    curl --location 'http://0.0.0.0:4000/key/update'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
        "key": "sk-<your-virtual-key>",
        "key_alias": "my-key",
        "user_id": "user-1234",
        "team_id": "team-1234",
        "max_budget": 100,
        "metadata": {"any_key": "any-val"},
    }'
    ```

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (UpdateKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        litellm_changed_by=litellm_changed_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateKeyRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse | None:
    """Update Key Fn

     Update an existing API key's parameters.

    The body is a merge patch: a field left out keeps its stored value, and on the key's own columns
    an explicit null clears it. The metadata-backed fields below are the exception, merging into the
    stored metadata instead: passing one as null leaves it unchanged, while `metadata` itself
    replaces the stored metadata wholesale.

    Parameters:
    - key: Optional[str] - The key to update. Either key or key_alias must be provided.
    - key_alias: Optional[str] - User-friendly key alias. If key is omitted, also identifies the key to
    update (must match exactly one key, same as /key/delete's key_aliases)
    - user_id: Optional[str] - User ID associated with key
    - team_id: Optional[str] - Team ID associated with key
    - agent_id: Optional[str] - The agent id associated with the key.
    - project_id: Optional[str] - Omit to retain the project, send null to detach, or send a project id
    to assign an unassigned key to a project on the key's team. Moving a key between projects is
    rejected.
    - organization_id: Optional[str] - The organization id of the key.
    - budget_id: Optional[str] - The budget id associated with the key. Created by calling
    `/budget/new`.
    - end_user_budget_id: Optional[str] - Proxy admin only. Budget id applied to end users first seen
    through this key that carry no budget of their own. Omit to keep the current value, pass an empty
    string to clear it.
    - models: Optional[list] - Model_name's a user is allowed to call
    - tags: Optional[List[str]] - Tags for organizing keys (Enterprise only)
    - prompts: Optional[List[str]] - List of prompts that the key is allowed to use.
    - enforced_params: Optional[List[str]] - List of enforced params for the key (Enterprise only).
    [Docs](https://docs.litellm.ai/docs/enterprise#governance-and-cost)
    - spend: Optional[float] - Amount spent by key
    - max_budget: Optional[float] - Max budget for key
    - model_max_budget: Optional[Dict[str, BudgetConfig]] - Model-specific budgets keyed by model name,
    `*` pattern like "claude-opus*", or model access group, e.g. {"gpt-4": {"budget_limit": 0.0005,
    "time_period": "30d"}}
    - budget_fallbacks: Optional[Dict[str, List[str]]] - Per-model fallback chain tried in order when
    that model's own `model_max_budget` is exceeded, e.g. {"gpt-4o": ["gpt-4o-mini"]}.
    - budget_duration: Optional[str] - Budget reset period ("30d", "1h", etc.)
    - soft_budget: Optional[float] - Soft budget limit (warning vs. hard stop). Will trigger a slack
    alert when this soft budget is reached. Set to null to remove the soft budget.
    - max_parallel_requests: Optional[int] - Rate limit for parallel requests
    - metadata: Optional[dict] - Metadata for key. Example {"team": "core-infra", "app": "app2"}
    - tpm_limit: Optional[int] - Tokens per minute limit
    - rpm_limit: Optional[int] - Requests per minute limit
    - tpd_limit: Optional[int] - Tokens per day limit, charged by batch submissions instead of
    tpm_limit/rpm_limit
    - model_rpm_limit: Optional[dict] - Model-specific RPM limits {"gpt-4": 100, "claude-v1": 200}
    - mcp_rpm_limit: Optional[dict] - Per-MCP-server RPM limits, keyed by MCP server name {"github":
    100, "slack": 200}
    - tag_rpm_limit: Optional[dict] - Per-request-tag RPM limits, keyed by request tag {"cell-1": 1000,
    "cell-2": 500}. Each tag gets an independent counter; absent tags fall back to the key-level rpm
    limit.
    - model_tpm_limit: Optional[dict] - Model-specific TPM limits {"gpt-4": 100000, "claude-v1": 200000}
    - default_estimated_output_tokens: Optional[int] - Proxy admin only. Expected output tokens reserved
    for TPM limiting when a request omits max_tokens. Positive integer.
    - default_estimated_output_tokens_per_model: Optional[dict] - Proxy admin only. Per-model override
    of the above {"gpt-4": 4096, "gpt-3.5-turbo": 1024}
    - tpm_limit_type: Optional[str] - TPM rate limit type - "best_effort_throughput",
    "guaranteed_throughput", or "dynamic"
    - rpm_limit_type: Optional[str] - RPM rate limit type - "best_effort_throughput",
    "guaranteed_throughput", or "dynamic"
    - allowed_cache_controls: Optional[list] - List of allowed cache control values
    - duration: Optional[str] - Key validity duration ("30d", "1h", etc.), null to never expire, or "-1"
    to never expire (deprecated, use null)
    - permissions: Optional[dict] - Key-specific permissions
    - send_invite_email: Optional[bool] - Send invite email to user_id
    - guardrails: Optional[List[str]] - List of active guardrails for the key
    - policies: Optional[List[str]] - List of policy names to apply to the key. Policies define
    guardrails, conditions, and inheritance rules.
    - disable_global_guardrails: Optional[bool] - Whether to disable global guardrails for the key.
    Proxy admin only.
    - throttle_on_budget_exceeded: Optional[bool] - When the key exceeds its max_budget, throttle its
    tpm/rpm to the global budget_exceeded_throttle_percentage instead of blocking the key entirely.
    - enable_prompt_caching: Optional[bool] - Auto-inject prompt caching breakpoints (Anthropic
    cache_control markers) on requests made with this key. Supported Claude models on Anthropic,
    Bedrock, Vertex AI, and Azure AI only.
    - prompts: Optional[List[str]] - List of prompts that the key is allowed to use.
    - blocked: Optional[bool] - Whether the key is blocked
    - aliases: Optional[dict] - Model aliases for the key -
    [Docs](https://litellm.vercel.app/docs/proxy/virtual_keys#model-aliases)
    - config: Optional[dict] - [DEPRECATED PARAM] Key-specific config.
    - temp_budget_increase: Optional[float] - Temporary budget increase for the key (Enterprise only).
    - temp_budget_expiry: Optional[str] - Expiry time for the temporary budget increase (Enterprise
    only).
    - allowed_routes: Optional[list] - List of allowed routes for the key. Store the actual route or
    store a wildcard pattern for a set of routes. Example - ["/chat/completions", "/embeddings",
    "/keys/*"]
    - allowed_passthrough_routes: Optional[list] - List of allowed pass through routes for the key.
    Store the actual route or store a wildcard pattern for a set of routes. Example - ["/my-custom-
    endpoint"]. Use this instead of allowed_routes, if you just want to specify which pass through
    routes the key can access, without specifying the routes. If allowed_routes is specified,
    allowed_passthrough_routes is ignored.
    - denied_passthrough_routes: Optional[list] - List of pass through routes the key may not call, even
    if allowed by `allowed_passthrough_routes` or `allowed_routes`. Matches exact paths, path prefixes,
    and trailing `*` wildcards. Applies together with the team's `denied_passthrough_routes`. Example -
    ["/my-custom-endpoint/admin"].
    - prompts: Optional[List[str]] - List of allowed prompts for the key. If specified, the key will
    only be able to use these specific prompts.
    - object_permission: Optional[LiteLLM_ObjectPermissionBase] - key-specific object permission.
    Example - {"vector_stores": ["vector_store_1", "vector_store_2"], "agents": ["agent_1", "agent_2"],
    "agent_access_groups": ["dev_group"]}. IF null or {} then no object permission.
    - auto_rotate: Optional[bool] - Whether this key should be automatically rotated
    - rotation_interval: Optional[str] - How often to rotate this key (e.g., '30d', '90d'). Required if
    auto_rotate=True
    - allowed_vector_store_indexes: Optional[List[dict]] - List of allowed vector store indexes for the
    key. Example - [{"index_name": "my-index", "index_permissions": ["write", "read"]}]. If specified,
    the key will only be able to use these specific vector store indexes. Create index, using
    `/v1/indexes` endpoint.
    - router_settings: Optional[UpdateRouterConfig] - key-specific router settings. Example -
    {"model_group_retry_policy": {"gpt-4": {"RateLimitErrorRetries": 5}}}. IF null or {} then no router
    settings.
    - access_group_ids: Optional[List[str]] - List of access group IDs to associate with the key. Access
    groups define which models a key can access. Example - ["access_group_1", "access_group_2"].
    - budget_limits: Optional[list] - List of concurrent budget windows for the key. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].

    Example:
    ```bash
    curl --location 'http://0.0.0.0:4000/key/update'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
        "key": "sk-<your-virtual-key>",
        "key_alias": "my-key",
        "user_id": "user-1234",
        "team_id": "team-1234",
        "max_budget": 100,
        "metadata": {"any_key": "any-val"},
    }'
    ```

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (UpdateKeyRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | KeyUpdateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            litellm_changed_by=litellm_changed_by,
        )
    ).parsed
