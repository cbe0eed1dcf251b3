from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.error_envelope import ErrorEnvelope
from ...models.http_validation_error import HTTPValidationError
from ...models.lite_llm_team_table import LiteLLMTeamTable
from ...models.new_team_request import NewTeamRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NewTeamRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(litellm_changed_by, Unset):
        headers["litellm-changed-by"] = litellm_changed_by

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/team/new",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable | None:
    if response.status_code == 200:
        response_200 = LiteLLMTeamTable.from_dict(response.json())

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
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NewTeamRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable]:
    """New Team

     Allow users to create a new team. Apply user permissions to their team.

    👉 [Detailed Doc on setting team budgets](https://docs.litellm.ai/docs/proxy/team_budgets)


    Parameters:
    - team_alias: Optional[str] - User defined team alias
    - team_id: Optional[str] - The team id of the user. If none passed, we'll generate it.
    - members_with_roles: List[{"role": "admin" or "user", "user_id": "<user-id>"}] - A list of users
    and their roles in the team. Get user_id when making a new user via `/user/new`.
    - team_member_permissions: Optional[List[str]] - A list of routes that non-admin team members can
    access. example: ["/key/generate", "/key/update", "/key/delete"]
    - metadata: Optional[dict] - Metadata for team, store information for team. Example metadata =
    {"extra_info": "some info"}
    - model_rpm_limit: Optional[Dict[str, int]] - The RPM (Requests Per Minute) limit for this team -
    applied across all keys for this team.
    - model_tpm_limit: Optional[Dict[str, int]] - The TPM (Tokens Per Minute) limit for this team -
    applied across all keys for this team.
    - default_estimated_output_tokens: Optional[int] - Expected output tokens reserved for TPM limiting
    when a request omits max_tokens, for keys on this team that do not set their own. Positive integer.
    - default_estimated_output_tokens_per_model: Optional[Dict[str, int]] - Per-model override of the
    above. Example: {"gpt-4": 4096, "gpt-3.5-turbo": 1024}
    - mcp_rpm_limit: Optional[Dict[str, int]] - Per-MCP-server RPM limit for this team, keyed by MCP
    server name (alias if set, else the configured name). Example: {"github": 100, "slack": 200}.
    Applied across all keys for this team.
    - tpm_limit: Optional[int] - The TPM (Tokens Per Minute) limit for this team - all keys with this
    team_id will have at max this TPM limit
    - rpm_limit: Optional[int] - The RPM (Requests Per Minute) limit for this team - all keys associated
    with this team_id will have at max this RPM limit
    - tpd_limit: Optional[int] - The TPD (Tokens Per Day) limit for this team. Batch submissions are
    charged against it instead of tpm_limit/rpm_limit
    - rpm_limit_type: Optional[Literal["guaranteed_throughput", "best_effort_throughput"]] - The type of
    RPM limit enforcement. Use "guaranteed_throughput" to raise an error if overallocating RPM, or
    "best_effort_throughput" for best effort enforcement.
    - tpm_limit_type: Optional[Literal["guaranteed_throughput", "best_effort_throughput"]] - The type of
    TPM limit enforcement. Use "guaranteed_throughput" to raise an error if overallocating TPM, or
    "best_effort_throughput" for best effort enforcement.
    - max_budget: Optional[float] - The maximum budget allocated to the team - all keys for this team_id
    will have at max this max_budget
    - soft_budget: Optional[float] - The soft budget threshold for the team. If max_budget is set,
    soft_budget must be strictly lower than max_budget. Can be set independently if max_budget is not
    set.
    - budget_duration: Optional[str] - The duration of the budget for the team. Doc
    [here](https://docs.litellm.ai/docs/proxy/team_budgets)
    - models: Optional[list] - A list of models associated with the team - all keys for this team_id
    will have at most, these models. If empty, assumes all models are allowed.
    - blocked: bool - Flag indicating if the team is blocked or not - will stop all calls from keys with
    this team_id.
    - members: Optional[List] - Control team members via `/team/member/add` and `/team/member/delete`.
    - tags: Optional[List[str]] - Tags for [tracking
    spend](https://litellm.vercel.app/docs/proxy/enterprise#tracking-spend-for-custom-tags) and/or doing
    [tag-based routing](https://litellm.vercel.app/docs/proxy/tag_routing).
    - prompts: Optional[List[str]] - List of prompts that the team is allowed to use.
    - organization_id: Optional[str] - The organization id of the team. Default is None. Create via
    `/organization/new`.
    - model_aliases: Optional[dict] - Model aliases for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/team_based_routing#create-team-with-model-alias)
    - model_max_budget: Optional[dict] - Per-model max budget every key on the team inherits unless the
    key sets its own for that model, keyed by model name, `*` pattern, or model access group. Example:
    {"gpt-4o": {"max_budget": 10, "budget_duration": "1d"}}
    - guardrails: Optional[List[str]] - Guardrails for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/guardrails)
    - policies: Optional[List[str]] - Policies for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/guardrails/guardrail_policies)
    - disable_global_guardrails: Optional[bool] - Whether to disable global guardrails for the team.
    Proxy admin only.
    - require_trace_id: Optional[bool] - Reject LLM, MCP and agent requests from this team that carry no
    trace ID.
    - object_permission: Optional[LiteLLM_ObjectPermissionBase] - team-specific object permission.
    Example - {"vector_stores": ["vector_store_1", "vector_store_2"], "agents": ["agent_1", "agent_2"],
    "agent_access_groups": ["dev_group"]}. IF null or {} then no object permission.
    - team_member_budget: Optional[float] - The maximum budget allocated to an individual team member.
    - team_member_budget_duration: Optional[str] - The duration of the budget for the team member. Doc
    [here](https://docs.litellm.ai/docs/proxy/team_budgets)
    - team_member_model_max_budget: Optional[dict] - Per-model budgets shared by team members without an
    override.
    - team_member_rpm_limit: Optional[int] - The RPM (Requests Per Minute) limit for individual team
    members.
    - team_member_tpm_limit: Optional[int] - The TPM (Tokens Per Minute) limit for individual team
    members.
    - team_member_key_duration: Optional[str] - The duration for a team member's key. e.g. "1d", "1w",
    "1mo"
    - allowed_passthrough_routes: Optional[List[str]] - List of allowed pass through routes for the
    team.
    - denied_passthrough_routes: Optional[List[str]] - List of pass through routes the team's keys may
    not call, even if allowed. Applies together with each key's `denied_passthrough_routes`.
    - allowed_vector_store_indexes: Optional[List[dict]] - List of allowed vector store indexes for the
    key. Example - [{"index_name": "my-index", "index_permissions": ["write", "read"]}]. If specified,
    the key will only be able to use these specific vector store indexes. Create index, using
    `/v1/indexes` endpoint.
    - secret_manager_settings: Optional[dict] - Secret manager settings for the team.
    [Docs](https://docs.litellm.ai/docs/secret_managers/overview)
    - router_settings: Optional[UpdateRouterConfig] - team-specific router settings. Example -
    {"model_group_retry_policy": {"gpt-4": {"RateLimitErrorRetries": 5}}}. IF null or {} then no router
    settings.
    - access_group_ids: Optional[List[str]] - List of access group IDs to associate with the team.
    Access groups define which models the team can access. Example - ["access_group_1",
    "access_group_2"].
    - enforced_file_expires_after: Optional[dict] - Enforced file expiration policy for the team. Keys
    created under this team will inherit this policy for file uploads. Example - {"anchor":
    "created_at", "days": 30}.
    - enforced_batch_output_expires_after: Optional[dict] - Enforced batch output file expiration policy
    for the team. Keys created under this team will inherit this policy for batch output files. Example
    - {"anchor": "created_at", "days": 30}.
    - budget_limits: Optional[list] - List of concurrent budget windows for the team. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].
    - default_team_member_models: Optional[List[str]] - Default models assigned to new team members when
    they join this team. Must be a subset of the team's models.

    Returns:
    - team_id: (str) Unique team id - used for tracking spend across multiple keys for same team id.

    _deprecated_params:
    - admins: list - A list of user_id's for the admin role
    - users: list - A list of user_id's for the user role

    Example Request:
    ```
    curl --location 'http://0.0.0.0:4000/team/new'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
      "team_alias": "my-new-team_2",
      "members_with_roles": [{"role": "admin", "user_id": "user-1234"},
        {"role": "user", "user_id": "user-2434"}]
    }'

    ```

     ```
    curl --location 'http://0.0.0.0:4000/team/new'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
                "team_alias": "QA Prod Bot",
                "max_budget": 0.000000001,
                "budget_duration": "1d"
            }'
    ```

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (NewTeamRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable]
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
    body: NewTeamRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable | None:
    """New Team

     Allow users to create a new team. Apply user permissions to their team.

    👉 [Detailed Doc on setting team budgets](https://docs.litellm.ai/docs/proxy/team_budgets)


    Parameters:
    - team_alias: Optional[str] - User defined team alias
    - team_id: Optional[str] - The team id of the user. If none passed, we'll generate it.
    - members_with_roles: List[{"role": "admin" or "user", "user_id": "<user-id>"}] - A list of users
    and their roles in the team. Get user_id when making a new user via `/user/new`.
    - team_member_permissions: Optional[List[str]] - A list of routes that non-admin team members can
    access. example: ["/key/generate", "/key/update", "/key/delete"]
    - metadata: Optional[dict] - Metadata for team, store information for team. Example metadata =
    {"extra_info": "some info"}
    - model_rpm_limit: Optional[Dict[str, int]] - The RPM (Requests Per Minute) limit for this team -
    applied across all keys for this team.
    - model_tpm_limit: Optional[Dict[str, int]] - The TPM (Tokens Per Minute) limit for this team -
    applied across all keys for this team.
    - default_estimated_output_tokens: Optional[int] - Expected output tokens reserved for TPM limiting
    when a request omits max_tokens, for keys on this team that do not set their own. Positive integer.
    - default_estimated_output_tokens_per_model: Optional[Dict[str, int]] - Per-model override of the
    above. Example: {"gpt-4": 4096, "gpt-3.5-turbo": 1024}
    - mcp_rpm_limit: Optional[Dict[str, int]] - Per-MCP-server RPM limit for this team, keyed by MCP
    server name (alias if set, else the configured name). Example: {"github": 100, "slack": 200}.
    Applied across all keys for this team.
    - tpm_limit: Optional[int] - The TPM (Tokens Per Minute) limit for this team - all keys with this
    team_id will have at max this TPM limit
    - rpm_limit: Optional[int] - The RPM (Requests Per Minute) limit for this team - all keys associated
    with this team_id will have at max this RPM limit
    - tpd_limit: Optional[int] - The TPD (Tokens Per Day) limit for this team. Batch submissions are
    charged against it instead of tpm_limit/rpm_limit
    - rpm_limit_type: Optional[Literal["guaranteed_throughput", "best_effort_throughput"]] - The type of
    RPM limit enforcement. Use "guaranteed_throughput" to raise an error if overallocating RPM, or
    "best_effort_throughput" for best effort enforcement.
    - tpm_limit_type: Optional[Literal["guaranteed_throughput", "best_effort_throughput"]] - The type of
    TPM limit enforcement. Use "guaranteed_throughput" to raise an error if overallocating TPM, or
    "best_effort_throughput" for best effort enforcement.
    - max_budget: Optional[float] - The maximum budget allocated to the team - all keys for this team_id
    will have at max this max_budget
    - soft_budget: Optional[float] - The soft budget threshold for the team. If max_budget is set,
    soft_budget must be strictly lower than max_budget. Can be set independently if max_budget is not
    set.
    - budget_duration: Optional[str] - The duration of the budget for the team. Doc
    [here](https://docs.litellm.ai/docs/proxy/team_budgets)
    - models: Optional[list] - A list of models associated with the team - all keys for this team_id
    will have at most, these models. If empty, assumes all models are allowed.
    - blocked: bool - Flag indicating if the team is blocked or not - will stop all calls from keys with
    this team_id.
    - members: Optional[List] - Control team members via `/team/member/add` and `/team/member/delete`.
    - tags: Optional[List[str]] - Tags for [tracking
    spend](https://litellm.vercel.app/docs/proxy/enterprise#tracking-spend-for-custom-tags) and/or doing
    [tag-based routing](https://litellm.vercel.app/docs/proxy/tag_routing).
    - prompts: Optional[List[str]] - List of prompts that the team is allowed to use.
    - organization_id: Optional[str] - The organization id of the team. Default is None. Create via
    `/organization/new`.
    - model_aliases: Optional[dict] - Model aliases for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/team_based_routing#create-team-with-model-alias)
    - model_max_budget: Optional[dict] - Per-model max budget every key on the team inherits unless the
    key sets its own for that model, keyed by model name, `*` pattern, or model access group. Example:
    {"gpt-4o": {"max_budget": 10, "budget_duration": "1d"}}
    - guardrails: Optional[List[str]] - Guardrails for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/guardrails)
    - policies: Optional[List[str]] - Policies for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/guardrails/guardrail_policies)
    - disable_global_guardrails: Optional[bool] - Whether to disable global guardrails for the team.
    Proxy admin only.
    - require_trace_id: Optional[bool] - Reject LLM, MCP and agent requests from this team that carry no
    trace ID.
    - object_permission: Optional[LiteLLM_ObjectPermissionBase] - team-specific object permission.
    Example - {"vector_stores": ["vector_store_1", "vector_store_2"], "agents": ["agent_1", "agent_2"],
    "agent_access_groups": ["dev_group"]}. IF null or {} then no object permission.
    - team_member_budget: Optional[float] - The maximum budget allocated to an individual team member.
    - team_member_budget_duration: Optional[str] - The duration of the budget for the team member. Doc
    [here](https://docs.litellm.ai/docs/proxy/team_budgets)
    - team_member_model_max_budget: Optional[dict] - Per-model budgets shared by team members without an
    override.
    - team_member_rpm_limit: Optional[int] - The RPM (Requests Per Minute) limit for individual team
    members.
    - team_member_tpm_limit: Optional[int] - The TPM (Tokens Per Minute) limit for individual team
    members.
    - team_member_key_duration: Optional[str] - The duration for a team member's key. e.g. "1d", "1w",
    "1mo"
    - allowed_passthrough_routes: Optional[List[str]] - List of allowed pass through routes for the
    team.
    - denied_passthrough_routes: Optional[List[str]] - List of pass through routes the team's keys may
    not call, even if allowed. Applies together with each key's `denied_passthrough_routes`.
    - allowed_vector_store_indexes: Optional[List[dict]] - List of allowed vector store indexes for the
    key. Example - [{"index_name": "my-index", "index_permissions": ["write", "read"]}]. If specified,
    the key will only be able to use these specific vector store indexes. Create index, using
    `/v1/indexes` endpoint.
    - secret_manager_settings: Optional[dict] - Secret manager settings for the team.
    [Docs](https://docs.litellm.ai/docs/secret_managers/overview)
    - router_settings: Optional[UpdateRouterConfig] - team-specific router settings. Example -
    {"model_group_retry_policy": {"gpt-4": {"RateLimitErrorRetries": 5}}}. IF null or {} then no router
    settings.
    - access_group_ids: Optional[List[str]] - List of access group IDs to associate with the team.
    Access groups define which models the team can access. Example - ["access_group_1",
    "access_group_2"].
    - enforced_file_expires_after: Optional[dict] - Enforced file expiration policy for the team. Keys
    created under this team will inherit this policy for file uploads. Example - {"anchor":
    "created_at", "days": 30}.
    - enforced_batch_output_expires_after: Optional[dict] - Enforced batch output file expiration policy
    for the team. Keys created under this team will inherit this policy for batch output files. Example
    - {"anchor": "created_at", "days": 30}.
    - budget_limits: Optional[list] - List of concurrent budget windows for the team. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].
    - default_team_member_models: Optional[List[str]] - Default models assigned to new team members when
    they join this team. Must be a subset of the team's models.

    Returns:
    - team_id: (str) Unique team id - used for tracking spend across multiple keys for same team id.

    _deprecated_params:
    - admins: list - A list of user_id's for the admin role
    - users: list - A list of user_id's for the user role

    Example Request:
    ```
    curl --location 'http://0.0.0.0:4000/team/new'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
      "team_alias": "my-new-team_2",
      "members_with_roles": [{"role": "admin", "user_id": "user-1234"},
        {"role": "user", "user_id": "user-2434"}]
    }'

    ```

     ```
    curl --location 'http://0.0.0.0:4000/team/new'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
                "team_alias": "QA Prod Bot",
                "max_budget": 0.000000001,
                "budget_duration": "1d"
            }'
    ```

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (NewTeamRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable
    """

    return sync_detailed(
        client=client,
        body=body,
        litellm_changed_by=litellm_changed_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NewTeamRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable]:
    """New Team

     Allow users to create a new team. Apply user permissions to their team.

    👉 [Detailed Doc on setting team budgets](https://docs.litellm.ai/docs/proxy/team_budgets)


    Parameters:
    - team_alias: Optional[str] - User defined team alias
    - team_id: Optional[str] - The team id of the user. If none passed, we'll generate it.
    - members_with_roles: List[{"role": "admin" or "user", "user_id": "<user-id>"}] - A list of users
    and their roles in the team. Get user_id when making a new user via `/user/new`.
    - team_member_permissions: Optional[List[str]] - A list of routes that non-admin team members can
    access. example: ["/key/generate", "/key/update", "/key/delete"]
    - metadata: Optional[dict] - Metadata for team, store information for team. Example metadata =
    {"extra_info": "some info"}
    - model_rpm_limit: Optional[Dict[str, int]] - The RPM (Requests Per Minute) limit for this team -
    applied across all keys for this team.
    - model_tpm_limit: Optional[Dict[str, int]] - The TPM (Tokens Per Minute) limit for this team -
    applied across all keys for this team.
    - default_estimated_output_tokens: Optional[int] - Expected output tokens reserved for TPM limiting
    when a request omits max_tokens, for keys on this team that do not set their own. Positive integer.
    - default_estimated_output_tokens_per_model: Optional[Dict[str, int]] - Per-model override of the
    above. Example: {"gpt-4": 4096, "gpt-3.5-turbo": 1024}
    - mcp_rpm_limit: Optional[Dict[str, int]] - Per-MCP-server RPM limit for this team, keyed by MCP
    server name (alias if set, else the configured name). Example: {"github": 100, "slack": 200}.
    Applied across all keys for this team.
    - tpm_limit: Optional[int] - The TPM (Tokens Per Minute) limit for this team - all keys with this
    team_id will have at max this TPM limit
    - rpm_limit: Optional[int] - The RPM (Requests Per Minute) limit for this team - all keys associated
    with this team_id will have at max this RPM limit
    - tpd_limit: Optional[int] - The TPD (Tokens Per Day) limit for this team. Batch submissions are
    charged against it instead of tpm_limit/rpm_limit
    - rpm_limit_type: Optional[Literal["guaranteed_throughput", "best_effort_throughput"]] - The type of
    RPM limit enforcement. Use "guaranteed_throughput" to raise an error if overallocating RPM, or
    "best_effort_throughput" for best effort enforcement.
    - tpm_limit_type: Optional[Literal["guaranteed_throughput", "best_effort_throughput"]] - The type of
    TPM limit enforcement. Use "guaranteed_throughput" to raise an error if overallocating TPM, or
    "best_effort_throughput" for best effort enforcement.
    - max_budget: Optional[float] - The maximum budget allocated to the team - all keys for this team_id
    will have at max this max_budget
    - soft_budget: Optional[float] - The soft budget threshold for the team. If max_budget is set,
    soft_budget must be strictly lower than max_budget. Can be set independently if max_budget is not
    set.
    - budget_duration: Optional[str] - The duration of the budget for the team. Doc
    [here](https://docs.litellm.ai/docs/proxy/team_budgets)
    - models: Optional[list] - A list of models associated with the team - all keys for this team_id
    will have at most, these models. If empty, assumes all models are allowed.
    - blocked: bool - Flag indicating if the team is blocked or not - will stop all calls from keys with
    this team_id.
    - members: Optional[List] - Control team members via `/team/member/add` and `/team/member/delete`.
    - tags: Optional[List[str]] - Tags for [tracking
    spend](https://litellm.vercel.app/docs/proxy/enterprise#tracking-spend-for-custom-tags) and/or doing
    [tag-based routing](https://litellm.vercel.app/docs/proxy/tag_routing).
    - prompts: Optional[List[str]] - List of prompts that the team is allowed to use.
    - organization_id: Optional[str] - The organization id of the team. Default is None. Create via
    `/organization/new`.
    - model_aliases: Optional[dict] - Model aliases for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/team_based_routing#create-team-with-model-alias)
    - model_max_budget: Optional[dict] - Per-model max budget every key on the team inherits unless the
    key sets its own for that model, keyed by model name, `*` pattern, or model access group. Example:
    {"gpt-4o": {"max_budget": 10, "budget_duration": "1d"}}
    - guardrails: Optional[List[str]] - Guardrails for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/guardrails)
    - policies: Optional[List[str]] - Policies for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/guardrails/guardrail_policies)
    - disable_global_guardrails: Optional[bool] - Whether to disable global guardrails for the team.
    Proxy admin only.
    - require_trace_id: Optional[bool] - Reject LLM, MCP and agent requests from this team that carry no
    trace ID.
    - object_permission: Optional[LiteLLM_ObjectPermissionBase] - team-specific object permission.
    Example - {"vector_stores": ["vector_store_1", "vector_store_2"], "agents": ["agent_1", "agent_2"],
    "agent_access_groups": ["dev_group"]}. IF null or {} then no object permission.
    - team_member_budget: Optional[float] - The maximum budget allocated to an individual team member.
    - team_member_budget_duration: Optional[str] - The duration of the budget for the team member. Doc
    [here](https://docs.litellm.ai/docs/proxy/team_budgets)
    - team_member_model_max_budget: Optional[dict] - Per-model budgets shared by team members without an
    override.
    - team_member_rpm_limit: Optional[int] - The RPM (Requests Per Minute) limit for individual team
    members.
    - team_member_tpm_limit: Optional[int] - The TPM (Tokens Per Minute) limit for individual team
    members.
    - team_member_key_duration: Optional[str] - The duration for a team member's key. e.g. "1d", "1w",
    "1mo"
    - allowed_passthrough_routes: Optional[List[str]] - List of allowed pass through routes for the
    team.
    - denied_passthrough_routes: Optional[List[str]] - List of pass through routes the team's keys may
    not call, even if allowed. Applies together with each key's `denied_passthrough_routes`.
    - allowed_vector_store_indexes: Optional[List[dict]] - List of allowed vector store indexes for the
    key. Example - [{"index_name": "my-index", "index_permissions": ["write", "read"]}]. If specified,
    the key will only be able to use these specific vector store indexes. Create index, using
    `/v1/indexes` endpoint.
    - secret_manager_settings: Optional[dict] - Secret manager settings for the team.
    [Docs](https://docs.litellm.ai/docs/secret_managers/overview)
    - router_settings: Optional[UpdateRouterConfig] - team-specific router settings. Example -
    {"model_group_retry_policy": {"gpt-4": {"RateLimitErrorRetries": 5}}}. IF null or {} then no router
    settings.
    - access_group_ids: Optional[List[str]] - List of access group IDs to associate with the team.
    Access groups define which models the team can access. Example - ["access_group_1",
    "access_group_2"].
    - enforced_file_expires_after: Optional[dict] - Enforced file expiration policy for the team. Keys
    created under this team will inherit this policy for file uploads. Example - {"anchor":
    "created_at", "days": 30}.
    - enforced_batch_output_expires_after: Optional[dict] - Enforced batch output file expiration policy
    for the team. Keys created under this team will inherit this policy for batch output files. Example
    - {"anchor": "created_at", "days": 30}.
    - budget_limits: Optional[list] - List of concurrent budget windows for the team. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].
    - default_team_member_models: Optional[List[str]] - Default models assigned to new team members when
    they join this team. Must be a subset of the team's models.

    Returns:
    - team_id: (str) Unique team id - used for tracking spend across multiple keys for same team id.

    _deprecated_params:
    - admins: list - A list of user_id's for the admin role
    - users: list - A list of user_id's for the user role

    Example Request:
    ```
    curl --location 'http://0.0.0.0:4000/team/new'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
      "team_alias": "my-new-team_2",
      "members_with_roles": [{"role": "admin", "user_id": "user-1234"},
        {"role": "user", "user_id": "user-2434"}]
    }'

    ```

     ```
    curl --location 'http://0.0.0.0:4000/team/new'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
                "team_alias": "QA Prod Bot",
                "max_budget": 0.000000001,
                "budget_duration": "1d"
            }'
    ```

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (NewTeamRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable]
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
    body: NewTeamRequest,
    litellm_changed_by: None | str | Unset = UNSET,
) -> ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable | None:
    """New Team

     Allow users to create a new team. Apply user permissions to their team.

    👉 [Detailed Doc on setting team budgets](https://docs.litellm.ai/docs/proxy/team_budgets)


    Parameters:
    - team_alias: Optional[str] - User defined team alias
    - team_id: Optional[str] - The team id of the user. If none passed, we'll generate it.
    - members_with_roles: List[{"role": "admin" or "user", "user_id": "<user-id>"}] - A list of users
    and their roles in the team. Get user_id when making a new user via `/user/new`.
    - team_member_permissions: Optional[List[str]] - A list of routes that non-admin team members can
    access. example: ["/key/generate", "/key/update", "/key/delete"]
    - metadata: Optional[dict] - Metadata for team, store information for team. Example metadata =
    {"extra_info": "some info"}
    - model_rpm_limit: Optional[Dict[str, int]] - The RPM (Requests Per Minute) limit for this team -
    applied across all keys for this team.
    - model_tpm_limit: Optional[Dict[str, int]] - The TPM (Tokens Per Minute) limit for this team -
    applied across all keys for this team.
    - default_estimated_output_tokens: Optional[int] - Expected output tokens reserved for TPM limiting
    when a request omits max_tokens, for keys on this team that do not set their own. Positive integer.
    - default_estimated_output_tokens_per_model: Optional[Dict[str, int]] - Per-model override of the
    above. Example: {"gpt-4": 4096, "gpt-3.5-turbo": 1024}
    - mcp_rpm_limit: Optional[Dict[str, int]] - Per-MCP-server RPM limit for this team, keyed by MCP
    server name (alias if set, else the configured name). Example: {"github": 100, "slack": 200}.
    Applied across all keys for this team.
    - tpm_limit: Optional[int] - The TPM (Tokens Per Minute) limit for this team - all keys with this
    team_id will have at max this TPM limit
    - rpm_limit: Optional[int] - The RPM (Requests Per Minute) limit for this team - all keys associated
    with this team_id will have at max this RPM limit
    - tpd_limit: Optional[int] - The TPD (Tokens Per Day) limit for this team. Batch submissions are
    charged against it instead of tpm_limit/rpm_limit
    - rpm_limit_type: Optional[Literal["guaranteed_throughput", "best_effort_throughput"]] - The type of
    RPM limit enforcement. Use "guaranteed_throughput" to raise an error if overallocating RPM, or
    "best_effort_throughput" for best effort enforcement.
    - tpm_limit_type: Optional[Literal["guaranteed_throughput", "best_effort_throughput"]] - The type of
    TPM limit enforcement. Use "guaranteed_throughput" to raise an error if overallocating TPM, or
    "best_effort_throughput" for best effort enforcement.
    - max_budget: Optional[float] - The maximum budget allocated to the team - all keys for this team_id
    will have at max this max_budget
    - soft_budget: Optional[float] - The soft budget threshold for the team. If max_budget is set,
    soft_budget must be strictly lower than max_budget. Can be set independently if max_budget is not
    set.
    - budget_duration: Optional[str] - The duration of the budget for the team. Doc
    [here](https://docs.litellm.ai/docs/proxy/team_budgets)
    - models: Optional[list] - A list of models associated with the team - all keys for this team_id
    will have at most, these models. If empty, assumes all models are allowed.
    - blocked: bool - Flag indicating if the team is blocked or not - will stop all calls from keys with
    this team_id.
    - members: Optional[List] - Control team members via `/team/member/add` and `/team/member/delete`.
    - tags: Optional[List[str]] - Tags for [tracking
    spend](https://litellm.vercel.app/docs/proxy/enterprise#tracking-spend-for-custom-tags) and/or doing
    [tag-based routing](https://litellm.vercel.app/docs/proxy/tag_routing).
    - prompts: Optional[List[str]] - List of prompts that the team is allowed to use.
    - organization_id: Optional[str] - The organization id of the team. Default is None. Create via
    `/organization/new`.
    - model_aliases: Optional[dict] - Model aliases for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/team_based_routing#create-team-with-model-alias)
    - model_max_budget: Optional[dict] - Per-model max budget every key on the team inherits unless the
    key sets its own for that model, keyed by model name, `*` pattern, or model access group. Example:
    {"gpt-4o": {"max_budget": 10, "budget_duration": "1d"}}
    - guardrails: Optional[List[str]] - Guardrails for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/guardrails)
    - policies: Optional[List[str]] - Policies for the team.
    [Docs](https://docs.litellm.ai/docs/proxy/guardrails/guardrail_policies)
    - disable_global_guardrails: Optional[bool] - Whether to disable global guardrails for the team.
    Proxy admin only.
    - require_trace_id: Optional[bool] - Reject LLM, MCP and agent requests from this team that carry no
    trace ID.
    - object_permission: Optional[LiteLLM_ObjectPermissionBase] - team-specific object permission.
    Example - {"vector_stores": ["vector_store_1", "vector_store_2"], "agents": ["agent_1", "agent_2"],
    "agent_access_groups": ["dev_group"]}. IF null or {} then no object permission.
    - team_member_budget: Optional[float] - The maximum budget allocated to an individual team member.
    - team_member_budget_duration: Optional[str] - The duration of the budget for the team member. Doc
    [here](https://docs.litellm.ai/docs/proxy/team_budgets)
    - team_member_model_max_budget: Optional[dict] - Per-model budgets shared by team members without an
    override.
    - team_member_rpm_limit: Optional[int] - The RPM (Requests Per Minute) limit for individual team
    members.
    - team_member_tpm_limit: Optional[int] - The TPM (Tokens Per Minute) limit for individual team
    members.
    - team_member_key_duration: Optional[str] - The duration for a team member's key. e.g. "1d", "1w",
    "1mo"
    - allowed_passthrough_routes: Optional[List[str]] - List of allowed pass through routes for the
    team.
    - denied_passthrough_routes: Optional[List[str]] - List of pass through routes the team's keys may
    not call, even if allowed. Applies together with each key's `denied_passthrough_routes`.
    - allowed_vector_store_indexes: Optional[List[dict]] - List of allowed vector store indexes for the
    key. Example - [{"index_name": "my-index", "index_permissions": ["write", "read"]}]. If specified,
    the key will only be able to use these specific vector store indexes. Create index, using
    `/v1/indexes` endpoint.
    - secret_manager_settings: Optional[dict] - Secret manager settings for the team.
    [Docs](https://docs.litellm.ai/docs/secret_managers/overview)
    - router_settings: Optional[UpdateRouterConfig] - team-specific router settings. Example -
    {"model_group_retry_policy": {"gpt-4": {"RateLimitErrorRetries": 5}}}. IF null or {} then no router
    settings.
    - access_group_ids: Optional[List[str]] - List of access group IDs to associate with the team.
    Access groups define which models the team can access. Example - ["access_group_1",
    "access_group_2"].
    - enforced_file_expires_after: Optional[dict] - Enforced file expiration policy for the team. Keys
    created under this team will inherit this policy for file uploads. Example - {"anchor":
    "created_at", "days": 30}.
    - enforced_batch_output_expires_after: Optional[dict] - Enforced batch output file expiration policy
    for the team. Keys created under this team will inherit this policy for batch output files. Example
    - {"anchor": "created_at", "days": 30}.
    - budget_limits: Optional[list] - List of concurrent budget windows for the team. Each window
    specifies a budget_limit, time_period, and optional budget_duration. Example - [{"budget_limit":
    10.0, "time_period": "1d"}, {"budget_limit": 50.0, "time_period": "7d"}].
    - default_team_member_models: Optional[List[str]] - Default models assigned to new team members when
    they join this team. Must be a subset of the team's models.

    Returns:
    - team_id: (str) Unique team id - used for tracking spend across multiple keys for same team id.

    _deprecated_params:
    - admins: list - A list of user_id's for the admin role
    - users: list - A list of user_id's for the user role

    Example Request:
    ```
    curl --location 'http://0.0.0.0:4000/team/new'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
      "team_alias": "my-new-team_2",
      "members_with_roles": [{"role": "admin", "user_id": "user-1234"},
        {"role": "user", "user_id": "user-2434"}]
    }'

    ```

     ```
    curl --location 'http://0.0.0.0:4000/team/new'     --header "Authorization: Bearer
    $LITELLM_MASTER_KEY"     --header 'Content-Type: application/json'     --data '{
                "team_alias": "QA Prod Bot",
                "max_budget": 0.000000001,
                "budget_duration": "1d"
            }'
    ```

    Args:
        litellm_changed_by (None | str | Unset): The litellm-changed-by header enables tracking of
            actions performed by authorized users on behalf of other users, providing an audit trail
            for accountability
        body (NewTeamRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ErrorEnvelope | ErrorDetail | ErrorEnvelope | HTTPValidationError | LiteLLMTeamTable
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            litellm_changed_by=litellm_changed_by,
        )
    ).parsed
