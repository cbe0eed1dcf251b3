from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_key_request_rpm_limit_type_type_0 import UpdateKeyRequestRpmLimitTypeType0
from ..models.update_key_request_tpm_limit_type_type_0 import UpdateKeyRequestTpmLimitTypeType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allowed_vector_store_index_item import AllowedVectorStoreIndexItem
    from ..models.budget_limit_entry import BudgetLimitEntry
    from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase
    from ..models.update_key_request_aliases_type_0 import UpdateKeyRequestAliasesType0
    from ..models.update_key_request_budget_fallbacks_type_0 import UpdateKeyRequestBudgetFallbacksType0
    from ..models.update_key_request_config_type_0 import UpdateKeyRequestConfigType0
    from ..models.update_key_request_default_estimated_output_tokens_per_model_type_0 import (
        UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0,
    )
    from ..models.update_key_request_mcp_rpm_limit_type_0 import UpdateKeyRequestMcpRpmLimitType0
    from ..models.update_key_request_metadata_type_0 import UpdateKeyRequestMetadataType0
    from ..models.update_key_request_model_max_budget_type_0 import UpdateKeyRequestModelMaxBudgetType0
    from ..models.update_key_request_model_rpm_limit_type_0 import UpdateKeyRequestModelRpmLimitType0
    from ..models.update_key_request_model_tpm_limit_type_0 import UpdateKeyRequestModelTpmLimitType0
    from ..models.update_key_request_permissions_type_0 import UpdateKeyRequestPermissionsType0
    from ..models.update_key_request_tag_rpm_limit_type_0 import UpdateKeyRequestTagRpmLimitType0
    from ..models.update_router_config import UpdateRouterConfig


T = TypeVar("T", bound="UpdateKeyRequest")


@_attrs_define
class UpdateKeyRequest:
    """
    Attributes:
        access_group_ids (list[str] | None | Unset):
        agent_id (None | str | Unset):
        aliases (None | Unset | UpdateKeyRequestAliasesType0):
        allowed_cache_controls (list[Any] | None | Unset):
        allowed_passthrough_routes (list[Any] | None | Unset):
        allowed_routes (list[Any] | None | Unset):
        allowed_vector_store_indexes (list[AllowedVectorStoreIndexItem] | None | Unset):
        auto_rotate (bool | None | Unset):
        blocked (bool | None | Unset):
        budget_duration (None | str | Unset):
        budget_fallbacks (None | Unset | UpdateKeyRequestBudgetFallbacksType0):
        budget_id (None | str | Unset):
        budget_limits (list[BudgetLimitEntry] | None | Unset):
        config (None | Unset | UpdateKeyRequestConfigType0):
        default_estimated_output_tokens (int | None | Unset):
        default_estimated_output_tokens_per_model (None | Unset |
            UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0):
        denied_passthrough_routes (list[str] | None | Unset):
        disable_global_guardrails (bool | None | Unset):
        duration (None | str | Unset):
        enable_prompt_caching (bool | None | Unset):
        end_user_budget_id (None | str | Unset):
        enforced_params (list[str] | None | Unset):
        guardrails (list[str] | None | Unset):
        key (None | str | Unset):
        key_alias (None | str | Unset):
        max_budget (float | None | Unset):
        max_parallel_requests (int | None | Unset):
        mcp_rpm_limit (None | Unset | UpdateKeyRequestMcpRpmLimitType0):
        metadata (None | Unset | UpdateKeyRequestMetadataType0):
        model_max_budget (None | Unset | UpdateKeyRequestModelMaxBudgetType0):
        model_rpm_limit (None | Unset | UpdateKeyRequestModelRpmLimitType0):
        model_tpm_limit (None | Unset | UpdateKeyRequestModelTpmLimitType0):
        models (list[Any] | None | Unset):
        object_permission (LiteLLMObjectPermissionBase | None | Unset):
        organization_id (None | str | Unset):
        permissions (None | Unset | UpdateKeyRequestPermissionsType0):
        policies (list[str] | None | Unset):
        project_id (None | str | Unset): Omit to retain the project, send null to detach, or send a project id to assign
            an unassigned key to a project on the key's team. Moving a key between projects is not supported.
        prompts (list[str] | None | Unset):
        rotation_interval (None | str | Unset):
        router_settings (None | Unset | UpdateRouterConfig):
        rpm_limit (int | None | Unset):
        rpm_limit_type (None | Unset | UpdateKeyRequestRpmLimitTypeType0):
        soft_budget (float | None | Unset):
        spend (float | None | Unset):
        tag_rpm_limit (None | Unset | UpdateKeyRequestTagRpmLimitType0):
        tags (list[str] | None | Unset):
        team_id (None | str | Unset):
        temp_budget_expiry (datetime.datetime | None | Unset):
        temp_budget_increase (float | None | Unset):
        throttle_on_budget_exceeded (bool | None | Unset):
        tpd_limit (int | None | Unset):
        tpm_limit (int | None | Unset):
        tpm_limit_type (None | Unset | UpdateKeyRequestTpmLimitTypeType0):
        user_id (None | str | Unset):
    """

    access_group_ids: list[str] | None | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    aliases: None | Unset | UpdateKeyRequestAliasesType0 = UNSET
    allowed_cache_controls: list[Any] | None | Unset = UNSET
    allowed_passthrough_routes: list[Any] | None | Unset = UNSET
    allowed_routes: list[Any] | None | Unset = UNSET
    allowed_vector_store_indexes: list[AllowedVectorStoreIndexItem] | None | Unset = UNSET
    auto_rotate: bool | None | Unset = UNSET
    blocked: bool | None | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    budget_fallbacks: None | Unset | UpdateKeyRequestBudgetFallbacksType0 = UNSET
    budget_id: None | str | Unset = UNSET
    budget_limits: list[BudgetLimitEntry] | None | Unset = UNSET
    config: None | Unset | UpdateKeyRequestConfigType0 = UNSET
    default_estimated_output_tokens: int | None | Unset = UNSET
    default_estimated_output_tokens_per_model: (
        None | Unset | UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0
    ) = UNSET
    denied_passthrough_routes: list[str] | None | Unset = UNSET
    disable_global_guardrails: bool | None | Unset = UNSET
    duration: None | str | Unset = UNSET
    enable_prompt_caching: bool | None | Unset = UNSET
    end_user_budget_id: None | str | Unset = UNSET
    enforced_params: list[str] | None | Unset = UNSET
    guardrails: list[str] | None | Unset = UNSET
    key: None | str | Unset = UNSET
    key_alias: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    max_parallel_requests: int | None | Unset = UNSET
    mcp_rpm_limit: None | Unset | UpdateKeyRequestMcpRpmLimitType0 = UNSET
    metadata: None | Unset | UpdateKeyRequestMetadataType0 = UNSET
    model_max_budget: None | Unset | UpdateKeyRequestModelMaxBudgetType0 = UNSET
    model_rpm_limit: None | Unset | UpdateKeyRequestModelRpmLimitType0 = UNSET
    model_tpm_limit: None | Unset | UpdateKeyRequestModelTpmLimitType0 = UNSET
    models: list[Any] | None | Unset = UNSET
    object_permission: LiteLLMObjectPermissionBase | None | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    permissions: None | Unset | UpdateKeyRequestPermissionsType0 = UNSET
    policies: list[str] | None | Unset = UNSET
    project_id: None | str | Unset = UNSET
    prompts: list[str] | None | Unset = UNSET
    rotation_interval: None | str | Unset = UNSET
    router_settings: None | Unset | UpdateRouterConfig = UNSET
    rpm_limit: int | None | Unset = UNSET
    rpm_limit_type: None | Unset | UpdateKeyRequestRpmLimitTypeType0 = UNSET
    soft_budget: float | None | Unset = UNSET
    spend: float | None | Unset = UNSET
    tag_rpm_limit: None | Unset | UpdateKeyRequestTagRpmLimitType0 = UNSET
    tags: list[str] | None | Unset = UNSET
    team_id: None | str | Unset = UNSET
    temp_budget_expiry: datetime.datetime | None | Unset = UNSET
    temp_budget_increase: float | None | Unset = UNSET
    throttle_on_budget_exceeded: bool | None | Unset = UNSET
    tpd_limit: int | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    tpm_limit_type: None | Unset | UpdateKeyRequestTpmLimitTypeType0 = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415
        from ..models.update_key_request_aliases_type_0 import UpdateKeyRequestAliasesType0  # noqa: PLC0415
        from ..models.update_key_request_budget_fallbacks_type_0 import UpdateKeyRequestBudgetFallbacksType0  # noqa: PLC0415
        from ..models.update_key_request_config_type_0 import UpdateKeyRequestConfigType0  # noqa: PLC0415
        from ..models.update_key_request_default_estimated_output_tokens_per_model_type_0 import (
            UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0,  # noqa: PLC0415
        )
        from ..models.update_key_request_mcp_rpm_limit_type_0 import UpdateKeyRequestMcpRpmLimitType0  # noqa: PLC0415
        from ..models.update_key_request_metadata_type_0 import UpdateKeyRequestMetadataType0  # noqa: PLC0415
        from ..models.update_key_request_model_max_budget_type_0 import UpdateKeyRequestModelMaxBudgetType0  # noqa: PLC0415
        from ..models.update_key_request_model_rpm_limit_type_0 import UpdateKeyRequestModelRpmLimitType0  # noqa: PLC0415
        from ..models.update_key_request_model_tpm_limit_type_0 import UpdateKeyRequestModelTpmLimitType0  # noqa: PLC0415
        from ..models.update_key_request_permissions_type_0 import UpdateKeyRequestPermissionsType0  # noqa: PLC0415
        from ..models.update_key_request_tag_rpm_limit_type_0 import UpdateKeyRequestTagRpmLimitType0  # noqa: PLC0415
        from ..models.update_router_config import UpdateRouterConfig  # noqa: PLC0415

        access_group_ids: list[str] | None | Unset
        if isinstance(self.access_group_ids, Unset):
            access_group_ids = UNSET
        elif isinstance(self.access_group_ids, list):
            access_group_ids = self.access_group_ids

        else:
            access_group_ids = self.access_group_ids

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        aliases: dict[str, Any] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, UpdateKeyRequestAliasesType0):
            aliases = self.aliases.to_dict()
        else:
            aliases = self.aliases

        allowed_cache_controls: list[Any] | None | Unset
        if isinstance(self.allowed_cache_controls, Unset):
            allowed_cache_controls = UNSET
        elif isinstance(self.allowed_cache_controls, list):
            allowed_cache_controls = self.allowed_cache_controls

        else:
            allowed_cache_controls = self.allowed_cache_controls

        allowed_passthrough_routes: list[Any] | None | Unset
        if isinstance(self.allowed_passthrough_routes, Unset):
            allowed_passthrough_routes = UNSET
        elif isinstance(self.allowed_passthrough_routes, list):
            allowed_passthrough_routes = self.allowed_passthrough_routes

        else:
            allowed_passthrough_routes = self.allowed_passthrough_routes

        allowed_routes: list[Any] | None | Unset
        if isinstance(self.allowed_routes, Unset):
            allowed_routes = UNSET
        elif isinstance(self.allowed_routes, list):
            allowed_routes = self.allowed_routes

        else:
            allowed_routes = self.allowed_routes

        allowed_vector_store_indexes: list[dict[str, Any]] | None | Unset
        if isinstance(self.allowed_vector_store_indexes, Unset):
            allowed_vector_store_indexes = UNSET
        elif isinstance(self.allowed_vector_store_indexes, list):
            allowed_vector_store_indexes = []
            for allowed_vector_store_indexes_type_0_item_data in self.allowed_vector_store_indexes:
                allowed_vector_store_indexes_type_0_item = allowed_vector_store_indexes_type_0_item_data.to_dict()
                allowed_vector_store_indexes.append(allowed_vector_store_indexes_type_0_item)

        else:
            allowed_vector_store_indexes = self.allowed_vector_store_indexes

        auto_rotate: bool | None | Unset
        if isinstance(self.auto_rotate, Unset):
            auto_rotate = UNSET
        else:
            auto_rotate = self.auto_rotate

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        budget_duration: None | str | Unset
        if isinstance(self.budget_duration, Unset):
            budget_duration = UNSET
        else:
            budget_duration = self.budget_duration

        budget_fallbacks: dict[str, Any] | None | Unset
        if isinstance(self.budget_fallbacks, Unset):
            budget_fallbacks = UNSET
        elif isinstance(self.budget_fallbacks, UpdateKeyRequestBudgetFallbacksType0):
            budget_fallbacks = self.budget_fallbacks.to_dict()
        else:
            budget_fallbacks = self.budget_fallbacks

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        budget_limits: list[dict[str, Any]] | None | Unset
        if isinstance(self.budget_limits, Unset):
            budget_limits = UNSET
        elif isinstance(self.budget_limits, list):
            budget_limits = []
            for budget_limits_type_0_item_data in self.budget_limits:
                budget_limits_type_0_item = budget_limits_type_0_item_data.to_dict()
                budget_limits.append(budget_limits_type_0_item)

        else:
            budget_limits = self.budget_limits

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, UpdateKeyRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        default_estimated_output_tokens: int | None | Unset
        if isinstance(self.default_estimated_output_tokens, Unset):
            default_estimated_output_tokens = UNSET
        else:
            default_estimated_output_tokens = self.default_estimated_output_tokens

        default_estimated_output_tokens_per_model: dict[str, Any] | None | Unset
        if isinstance(self.default_estimated_output_tokens_per_model, Unset):
            default_estimated_output_tokens_per_model = UNSET
        elif isinstance(
            self.default_estimated_output_tokens_per_model, UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0
        ):
            default_estimated_output_tokens_per_model = self.default_estimated_output_tokens_per_model.to_dict()
        else:
            default_estimated_output_tokens_per_model = self.default_estimated_output_tokens_per_model

        denied_passthrough_routes: list[str] | None | Unset
        if isinstance(self.denied_passthrough_routes, Unset):
            denied_passthrough_routes = UNSET
        elif isinstance(self.denied_passthrough_routes, list):
            denied_passthrough_routes = self.denied_passthrough_routes

        else:
            denied_passthrough_routes = self.denied_passthrough_routes

        disable_global_guardrails: bool | None | Unset
        if isinstance(self.disable_global_guardrails, Unset):
            disable_global_guardrails = UNSET
        else:
            disable_global_guardrails = self.disable_global_guardrails

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        enable_prompt_caching: bool | None | Unset
        if isinstance(self.enable_prompt_caching, Unset):
            enable_prompt_caching = UNSET
        else:
            enable_prompt_caching = self.enable_prompt_caching

        end_user_budget_id: None | str | Unset
        if isinstance(self.end_user_budget_id, Unset):
            end_user_budget_id = UNSET
        else:
            end_user_budget_id = self.end_user_budget_id

        enforced_params: list[str] | None | Unset
        if isinstance(self.enforced_params, Unset):
            enforced_params = UNSET
        elif isinstance(self.enforced_params, list):
            enforced_params = self.enforced_params

        else:
            enforced_params = self.enforced_params

        guardrails: list[str] | None | Unset
        if isinstance(self.guardrails, Unset):
            guardrails = UNSET
        elif isinstance(self.guardrails, list):
            guardrails = self.guardrails

        else:
            guardrails = self.guardrails

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        key_alias: None | str | Unset
        if isinstance(self.key_alias, Unset):
            key_alias = UNSET
        else:
            key_alias = self.key_alias

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        max_parallel_requests: int | None | Unset
        if isinstance(self.max_parallel_requests, Unset):
            max_parallel_requests = UNSET
        else:
            max_parallel_requests = self.max_parallel_requests

        mcp_rpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.mcp_rpm_limit, Unset):
            mcp_rpm_limit = UNSET
        elif isinstance(self.mcp_rpm_limit, UpdateKeyRequestMcpRpmLimitType0):
            mcp_rpm_limit = self.mcp_rpm_limit.to_dict()
        else:
            mcp_rpm_limit = self.mcp_rpm_limit

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateKeyRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model_max_budget: dict[str, Any] | None | Unset
        if isinstance(self.model_max_budget, Unset):
            model_max_budget = UNSET
        elif isinstance(self.model_max_budget, UpdateKeyRequestModelMaxBudgetType0):
            model_max_budget = self.model_max_budget.to_dict()
        else:
            model_max_budget = self.model_max_budget

        model_rpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.model_rpm_limit, Unset):
            model_rpm_limit = UNSET
        elif isinstance(self.model_rpm_limit, UpdateKeyRequestModelRpmLimitType0):
            model_rpm_limit = self.model_rpm_limit.to_dict()
        else:
            model_rpm_limit = self.model_rpm_limit

        model_tpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.model_tpm_limit, Unset):
            model_tpm_limit = UNSET
        elif isinstance(self.model_tpm_limit, UpdateKeyRequestModelTpmLimitType0):
            model_tpm_limit = self.model_tpm_limit.to_dict()
        else:
            model_tpm_limit = self.model_tpm_limit

        models: list[Any] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, list):
            models = self.models

        else:
            models = self.models

        object_permission: dict[str, Any] | None | Unset
        if isinstance(self.object_permission, Unset):
            object_permission = UNSET
        elif isinstance(self.object_permission, LiteLLMObjectPermissionBase):
            object_permission = self.object_permission.to_dict()
        else:
            object_permission = self.object_permission

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, UpdateKeyRequestPermissionsType0):
            permissions = self.permissions.to_dict()
        else:
            permissions = self.permissions

        policies: list[str] | None | Unset
        if isinstance(self.policies, Unset):
            policies = UNSET
        elif isinstance(self.policies, list):
            policies = self.policies

        else:
            policies = self.policies

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        prompts: list[str] | None | Unset
        if isinstance(self.prompts, Unset):
            prompts = UNSET
        elif isinstance(self.prompts, list):
            prompts = self.prompts

        else:
            prompts = self.prompts

        rotation_interval: None | str | Unset
        if isinstance(self.rotation_interval, Unset):
            rotation_interval = UNSET
        else:
            rotation_interval = self.rotation_interval

        router_settings: dict[str, Any] | None | Unset
        if isinstance(self.router_settings, Unset):
            router_settings = UNSET
        elif isinstance(self.router_settings, UpdateRouterConfig):
            router_settings = self.router_settings.to_dict()
        else:
            router_settings = self.router_settings

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

        rpm_limit_type: None | str | Unset
        if isinstance(self.rpm_limit_type, Unset):
            rpm_limit_type = UNSET
        elif isinstance(self.rpm_limit_type, UpdateKeyRequestRpmLimitTypeType0):
            rpm_limit_type = self.rpm_limit_type.value
        else:
            rpm_limit_type = self.rpm_limit_type

        soft_budget: float | None | Unset
        if isinstance(self.soft_budget, Unset):
            soft_budget = UNSET
        else:
            soft_budget = self.soft_budget

        spend: float | None | Unset
        if isinstance(self.spend, Unset):
            spend = UNSET
        else:
            spend = self.spend

        tag_rpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.tag_rpm_limit, Unset):
            tag_rpm_limit = UNSET
        elif isinstance(self.tag_rpm_limit, UpdateKeyRequestTagRpmLimitType0):
            tag_rpm_limit = self.tag_rpm_limit.to_dict()
        else:
            tag_rpm_limit = self.tag_rpm_limit

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        temp_budget_expiry: None | str | Unset
        if isinstance(self.temp_budget_expiry, Unset):
            temp_budget_expiry = UNSET
        elif isinstance(self.temp_budget_expiry, datetime.datetime):
            temp_budget_expiry = self.temp_budget_expiry.isoformat()
        else:
            temp_budget_expiry = self.temp_budget_expiry

        temp_budget_increase: float | None | Unset
        if isinstance(self.temp_budget_increase, Unset):
            temp_budget_increase = UNSET
        else:
            temp_budget_increase = self.temp_budget_increase

        throttle_on_budget_exceeded: bool | None | Unset
        if isinstance(self.throttle_on_budget_exceeded, Unset):
            throttle_on_budget_exceeded = UNSET
        else:
            throttle_on_budget_exceeded = self.throttle_on_budget_exceeded

        tpd_limit: int | None | Unset
        if isinstance(self.tpd_limit, Unset):
            tpd_limit = UNSET
        else:
            tpd_limit = self.tpd_limit

        tpm_limit: int | None | Unset
        if isinstance(self.tpm_limit, Unset):
            tpm_limit = UNSET
        else:
            tpm_limit = self.tpm_limit

        tpm_limit_type: None | str | Unset
        if isinstance(self.tpm_limit_type, Unset):
            tpm_limit_type = UNSET
        elif isinstance(self.tpm_limit_type, UpdateKeyRequestTpmLimitTypeType0):
            tpm_limit_type = self.tpm_limit_type.value
        else:
            tpm_limit_type = self.tpm_limit_type

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_group_ids is not UNSET:
            field_dict["access_group_ids"] = access_group_ids
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if allowed_cache_controls is not UNSET:
            field_dict["allowed_cache_controls"] = allowed_cache_controls
        if allowed_passthrough_routes is not UNSET:
            field_dict["allowed_passthrough_routes"] = allowed_passthrough_routes
        if allowed_routes is not UNSET:
            field_dict["allowed_routes"] = allowed_routes
        if allowed_vector_store_indexes is not UNSET:
            field_dict["allowed_vector_store_indexes"] = allowed_vector_store_indexes
        if auto_rotate is not UNSET:
            field_dict["auto_rotate"] = auto_rotate
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if budget_fallbacks is not UNSET:
            field_dict["budget_fallbacks"] = budget_fallbacks
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if budget_limits is not UNSET:
            field_dict["budget_limits"] = budget_limits
        if config is not UNSET:
            field_dict["config"] = config
        if default_estimated_output_tokens is not UNSET:
            field_dict["default_estimated_output_tokens"] = default_estimated_output_tokens
        if default_estimated_output_tokens_per_model is not UNSET:
            field_dict["default_estimated_output_tokens_per_model"] = default_estimated_output_tokens_per_model
        if denied_passthrough_routes is not UNSET:
            field_dict["denied_passthrough_routes"] = denied_passthrough_routes
        if disable_global_guardrails is not UNSET:
            field_dict["disable_global_guardrails"] = disable_global_guardrails
        if duration is not UNSET:
            field_dict["duration"] = duration
        if enable_prompt_caching is not UNSET:
            field_dict["enable_prompt_caching"] = enable_prompt_caching
        if end_user_budget_id is not UNSET:
            field_dict["end_user_budget_id"] = end_user_budget_id
        if enforced_params is not UNSET:
            field_dict["enforced_params"] = enforced_params
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
        if key is not UNSET:
            field_dict["key"] = key
        if key_alias is not UNSET:
            field_dict["key_alias"] = key_alias
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if max_parallel_requests is not UNSET:
            field_dict["max_parallel_requests"] = max_parallel_requests
        if mcp_rpm_limit is not UNSET:
            field_dict["mcp_rpm_limit"] = mcp_rpm_limit
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model_max_budget is not UNSET:
            field_dict["model_max_budget"] = model_max_budget
        if model_rpm_limit is not UNSET:
            field_dict["model_rpm_limit"] = model_rpm_limit
        if model_tpm_limit is not UNSET:
            field_dict["model_tpm_limit"] = model_tpm_limit
        if models is not UNSET:
            field_dict["models"] = models
        if object_permission is not UNSET:
            field_dict["object_permission"] = object_permission
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if policies is not UNSET:
            field_dict["policies"] = policies
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if rotation_interval is not UNSET:
            field_dict["rotation_interval"] = rotation_interval
        if router_settings is not UNSET:
            field_dict["router_settings"] = router_settings
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if rpm_limit_type is not UNSET:
            field_dict["rpm_limit_type"] = rpm_limit_type
        if soft_budget is not UNSET:
            field_dict["soft_budget"] = soft_budget
        if spend is not UNSET:
            field_dict["spend"] = spend
        if tag_rpm_limit is not UNSET:
            field_dict["tag_rpm_limit"] = tag_rpm_limit
        if tags is not UNSET:
            field_dict["tags"] = tags
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if temp_budget_expiry is not UNSET:
            field_dict["temp_budget_expiry"] = temp_budget_expiry
        if temp_budget_increase is not UNSET:
            field_dict["temp_budget_increase"] = temp_budget_increase
        if throttle_on_budget_exceeded is not UNSET:
            field_dict["throttle_on_budget_exceeded"] = throttle_on_budget_exceeded
        if tpd_limit is not UNSET:
            field_dict["tpd_limit"] = tpd_limit
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit
        if tpm_limit_type is not UNSET:
            field_dict["tpm_limit_type"] = tpm_limit_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allowed_vector_store_index_item import AllowedVectorStoreIndexItem  # noqa: PLC0415
        from ..models.budget_limit_entry import BudgetLimitEntry  # noqa: PLC0415
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415
        from ..models.update_key_request_aliases_type_0 import UpdateKeyRequestAliasesType0  # noqa: PLC0415
        from ..models.update_key_request_budget_fallbacks_type_0 import UpdateKeyRequestBudgetFallbacksType0  # noqa: PLC0415
        from ..models.update_key_request_config_type_0 import UpdateKeyRequestConfigType0  # noqa: PLC0415
        from ..models.update_key_request_default_estimated_output_tokens_per_model_type_0 import (
            UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0,  # noqa: PLC0415
        )
        from ..models.update_key_request_mcp_rpm_limit_type_0 import UpdateKeyRequestMcpRpmLimitType0  # noqa: PLC0415
        from ..models.update_key_request_metadata_type_0 import UpdateKeyRequestMetadataType0  # noqa: PLC0415
        from ..models.update_key_request_model_max_budget_type_0 import UpdateKeyRequestModelMaxBudgetType0  # noqa: PLC0415
        from ..models.update_key_request_model_rpm_limit_type_0 import UpdateKeyRequestModelRpmLimitType0  # noqa: PLC0415
        from ..models.update_key_request_model_tpm_limit_type_0 import UpdateKeyRequestModelTpmLimitType0  # noqa: PLC0415
        from ..models.update_key_request_permissions_type_0 import UpdateKeyRequestPermissionsType0  # noqa: PLC0415
        from ..models.update_key_request_tag_rpm_limit_type_0 import UpdateKeyRequestTagRpmLimitType0  # noqa: PLC0415
        from ..models.update_router_config import UpdateRouterConfig  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_access_group_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_group_ids_type_0 = cast(list[str], data)

                return access_group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        access_group_ids = _parse_access_group_ids(d.pop("access_group_ids", UNSET))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_aliases(data: object) -> None | Unset | UpdateKeyRequestAliasesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aliases_type_0 = UpdateKeyRequestAliasesType0.from_dict(data)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestAliasesType0, data)

        aliases = _parse_aliases(d.pop("aliases", UNSET))

        def _parse_allowed_cache_controls(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_cache_controls_type_0 = cast(list[Any], data)

                return allowed_cache_controls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        allowed_cache_controls = _parse_allowed_cache_controls(d.pop("allowed_cache_controls", UNSET))

        def _parse_allowed_passthrough_routes(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_passthrough_routes_type_0 = cast(list[Any], data)

                return allowed_passthrough_routes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        allowed_passthrough_routes = _parse_allowed_passthrough_routes(d.pop("allowed_passthrough_routes", UNSET))

        def _parse_allowed_routes(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_routes_type_0 = cast(list[Any], data)

                return allowed_routes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        allowed_routes = _parse_allowed_routes(d.pop("allowed_routes", UNSET))

        def _parse_allowed_vector_store_indexes(data: object) -> list[AllowedVectorStoreIndexItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_vector_store_indexes_type_0 = []
                _allowed_vector_store_indexes_type_0 = data
                for allowed_vector_store_indexes_type_0_item_data in _allowed_vector_store_indexes_type_0:
                    allowed_vector_store_indexes_type_0_item = AllowedVectorStoreIndexItem.from_dict(
                        allowed_vector_store_indexes_type_0_item_data
                    )

                    allowed_vector_store_indexes_type_0.append(allowed_vector_store_indexes_type_0_item)

                return allowed_vector_store_indexes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AllowedVectorStoreIndexItem] | None | Unset, data)

        allowed_vector_store_indexes = _parse_allowed_vector_store_indexes(d.pop("allowed_vector_store_indexes", UNSET))

        def _parse_auto_rotate(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_rotate = _parse_auto_rotate(d.pop("auto_rotate", UNSET))

        def _parse_blocked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        blocked = _parse_blocked(d.pop("blocked", UNSET))

        def _parse_budget_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_duration = _parse_budget_duration(d.pop("budget_duration", UNSET))

        def _parse_budget_fallbacks(data: object) -> None | Unset | UpdateKeyRequestBudgetFallbacksType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                budget_fallbacks_type_0 = UpdateKeyRequestBudgetFallbacksType0.from_dict(data)

                return budget_fallbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestBudgetFallbacksType0, data)

        budget_fallbacks = _parse_budget_fallbacks(d.pop("budget_fallbacks", UNSET))

        def _parse_budget_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_id = _parse_budget_id(d.pop("budget_id", UNSET))

        def _parse_budget_limits(data: object) -> list[BudgetLimitEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                budget_limits_type_0 = []
                _budget_limits_type_0 = data
                for budget_limits_type_0_item_data in _budget_limits_type_0:
                    budget_limits_type_0_item = BudgetLimitEntry.from_dict(budget_limits_type_0_item_data)

                    budget_limits_type_0.append(budget_limits_type_0_item)

                return budget_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BudgetLimitEntry] | None | Unset, data)

        budget_limits = _parse_budget_limits(d.pop("budget_limits", UNSET))

        def _parse_config(data: object) -> None | Unset | UpdateKeyRequestConfigType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = UpdateKeyRequestConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestConfigType0, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_default_estimated_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_estimated_output_tokens = _parse_default_estimated_output_tokens(
            d.pop("default_estimated_output_tokens", UNSET)
        )

        def _parse_default_estimated_output_tokens_per_model(
            data: object,
        ) -> None | Unset | UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_estimated_output_tokens_per_model_type_0 = (
                    UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0.from_dict(data)
                )

                return default_estimated_output_tokens_per_model_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0, data)

        default_estimated_output_tokens_per_model = _parse_default_estimated_output_tokens_per_model(
            d.pop("default_estimated_output_tokens_per_model", UNSET)
        )

        def _parse_denied_passthrough_routes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                denied_passthrough_routes_type_0 = cast(list[str], data)

                return denied_passthrough_routes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        denied_passthrough_routes = _parse_denied_passthrough_routes(d.pop("denied_passthrough_routes", UNSET))

        def _parse_disable_global_guardrails(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        disable_global_guardrails = _parse_disable_global_guardrails(d.pop("disable_global_guardrails", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_enable_prompt_caching(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_prompt_caching = _parse_enable_prompt_caching(d.pop("enable_prompt_caching", UNSET))

        def _parse_end_user_budget_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_user_budget_id = _parse_end_user_budget_id(d.pop("end_user_budget_id", UNSET))

        def _parse_enforced_params(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                enforced_params_type_0 = cast(list[str], data)

                return enforced_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        enforced_params = _parse_enforced_params(d.pop("enforced_params", UNSET))

        def _parse_guardrails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                guardrails_type_0 = cast(list[str], data)

                return guardrails_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        guardrails = _parse_guardrails(d.pop("guardrails", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

        def _parse_key_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_alias = _parse_key_alias(d.pop("key_alias", UNSET))

        def _parse_max_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget = _parse_max_budget(d.pop("max_budget", UNSET))

        def _parse_max_parallel_requests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_parallel_requests = _parse_max_parallel_requests(d.pop("max_parallel_requests", UNSET))

        def _parse_mcp_rpm_limit(data: object) -> None | Unset | UpdateKeyRequestMcpRpmLimitType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_rpm_limit_type_0 = UpdateKeyRequestMcpRpmLimitType0.from_dict(data)

                return mcp_rpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestMcpRpmLimitType0, data)

        mcp_rpm_limit = _parse_mcp_rpm_limit(d.pop("mcp_rpm_limit", UNSET))

        def _parse_metadata(data: object) -> None | Unset | UpdateKeyRequestMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateKeyRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model_max_budget(data: object) -> None | Unset | UpdateKeyRequestModelMaxBudgetType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_type_0 = UpdateKeyRequestModelMaxBudgetType0.from_dict(data)

                return model_max_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestModelMaxBudgetType0, data)

        model_max_budget = _parse_model_max_budget(d.pop("model_max_budget", UNSET))

        def _parse_model_rpm_limit(data: object) -> None | Unset | UpdateKeyRequestModelRpmLimitType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_rpm_limit_type_0 = UpdateKeyRequestModelRpmLimitType0.from_dict(data)

                return model_rpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestModelRpmLimitType0, data)

        model_rpm_limit = _parse_model_rpm_limit(d.pop("model_rpm_limit", UNSET))

        def _parse_model_tpm_limit(data: object) -> None | Unset | UpdateKeyRequestModelTpmLimitType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_tpm_limit_type_0 = UpdateKeyRequestModelTpmLimitType0.from_dict(data)

                return model_tpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestModelTpmLimitType0, data)

        model_tpm_limit = _parse_model_tpm_limit(d.pop("model_tpm_limit", UNSET))

        def _parse_models(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                models_type_0 = cast(list[Any], data)

                return models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        models = _parse_models(d.pop("models", UNSET))

        def _parse_object_permission(data: object) -> LiteLLMObjectPermissionBase | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_permission_type_0 = LiteLLMObjectPermissionBase.from_dict(data)

                return object_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMObjectPermissionBase | None | Unset, data)

        object_permission = _parse_object_permission(d.pop("object_permission", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_permissions(data: object) -> None | Unset | UpdateKeyRequestPermissionsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_0 = UpdateKeyRequestPermissionsType0.from_dict(data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestPermissionsType0, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_policies(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                policies_type_0 = cast(list[str], data)

                return policies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        policies = _parse_policies(d.pop("policies", UNSET))

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_prompts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                prompts_type_0 = cast(list[str], data)

                return prompts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        prompts = _parse_prompts(d.pop("prompts", UNSET))

        def _parse_rotation_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rotation_interval = _parse_rotation_interval(d.pop("rotation_interval", UNSET))

        def _parse_router_settings(data: object) -> None | Unset | UpdateRouterConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                router_settings_type_0 = UpdateRouterConfig.from_dict(data)

                return router_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateRouterConfig, data)

        router_settings = _parse_router_settings(d.pop("router_settings", UNSET))

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

        def _parse_rpm_limit_type(data: object) -> None | Unset | UpdateKeyRequestRpmLimitTypeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rpm_limit_type_type_0 = UpdateKeyRequestRpmLimitTypeType0(data)

                return rpm_limit_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestRpmLimitTypeType0, data)

        rpm_limit_type = _parse_rpm_limit_type(d.pop("rpm_limit_type", UNSET))

        def _parse_soft_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        soft_budget = _parse_soft_budget(d.pop("soft_budget", UNSET))

        def _parse_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spend = _parse_spend(d.pop("spend", UNSET))

        def _parse_tag_rpm_limit(data: object) -> None | Unset | UpdateKeyRequestTagRpmLimitType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tag_rpm_limit_type_0 = UpdateKeyRequestTagRpmLimitType0.from_dict(data)

                return tag_rpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestTagRpmLimitType0, data)

        tag_rpm_limit = _parse_tag_rpm_limit(d.pop("tag_rpm_limit", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_temp_budget_expiry(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                temp_budget_expiry_type_0 = datetime.datetime.fromisoformat(data)

                return temp_budget_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        temp_budget_expiry = _parse_temp_budget_expiry(d.pop("temp_budget_expiry", UNSET))

        def _parse_temp_budget_increase(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temp_budget_increase = _parse_temp_budget_increase(d.pop("temp_budget_increase", UNSET))

        def _parse_throttle_on_budget_exceeded(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        throttle_on_budget_exceeded = _parse_throttle_on_budget_exceeded(d.pop("throttle_on_budget_exceeded", UNSET))

        def _parse_tpd_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpd_limit = _parse_tpd_limit(d.pop("tpd_limit", UNSET))

        def _parse_tpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpm_limit = _parse_tpm_limit(d.pop("tpm_limit", UNSET))

        def _parse_tpm_limit_type(data: object) -> None | Unset | UpdateKeyRequestTpmLimitTypeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tpm_limit_type_type_0 = UpdateKeyRequestTpmLimitTypeType0(data)

                return tpm_limit_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateKeyRequestTpmLimitTypeType0, data)

        tpm_limit_type = _parse_tpm_limit_type(d.pop("tpm_limit_type", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        update_key_request = cls(
            access_group_ids=access_group_ids,
            agent_id=agent_id,
            aliases=aliases,
            allowed_cache_controls=allowed_cache_controls,
            allowed_passthrough_routes=allowed_passthrough_routes,
            allowed_routes=allowed_routes,
            allowed_vector_store_indexes=allowed_vector_store_indexes,
            auto_rotate=auto_rotate,
            blocked=blocked,
            budget_duration=budget_duration,
            budget_fallbacks=budget_fallbacks,
            budget_id=budget_id,
            budget_limits=budget_limits,
            config=config,
            default_estimated_output_tokens=default_estimated_output_tokens,
            default_estimated_output_tokens_per_model=default_estimated_output_tokens_per_model,
            denied_passthrough_routes=denied_passthrough_routes,
            disable_global_guardrails=disable_global_guardrails,
            duration=duration,
            enable_prompt_caching=enable_prompt_caching,
            end_user_budget_id=end_user_budget_id,
            enforced_params=enforced_params,
            guardrails=guardrails,
            key=key,
            key_alias=key_alias,
            max_budget=max_budget,
            max_parallel_requests=max_parallel_requests,
            mcp_rpm_limit=mcp_rpm_limit,
            metadata=metadata,
            model_max_budget=model_max_budget,
            model_rpm_limit=model_rpm_limit,
            model_tpm_limit=model_tpm_limit,
            models=models,
            object_permission=object_permission,
            organization_id=organization_id,
            permissions=permissions,
            policies=policies,
            project_id=project_id,
            prompts=prompts,
            rotation_interval=rotation_interval,
            router_settings=router_settings,
            rpm_limit=rpm_limit,
            rpm_limit_type=rpm_limit_type,
            soft_budget=soft_budget,
            spend=spend,
            tag_rpm_limit=tag_rpm_limit,
            tags=tags,
            team_id=team_id,
            temp_budget_expiry=temp_budget_expiry,
            temp_budget_increase=temp_budget_increase,
            throttle_on_budget_exceeded=throttle_on_budget_exceeded,
            tpd_limit=tpd_limit,
            tpm_limit=tpm_limit,
            tpm_limit_type=tpm_limit_type,
            user_id=user_id,
        )

        update_key_request.additional_properties = d
        return update_key_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
