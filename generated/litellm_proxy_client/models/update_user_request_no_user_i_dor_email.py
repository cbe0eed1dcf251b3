from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_user_request_no_user_i_dor_email_user_role_type_0 import (
    UpdateUserRequestNoUserIDorEmailUserRoleType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget_limit_entry import BudgetLimitEntry
    from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase
    from ..models.update_user_request_no_user_i_dor_email_aliases_type_0 import (
        UpdateUserRequestNoUserIDorEmailAliasesType0,
    )
    from ..models.update_user_request_no_user_i_dor_email_budget_fallbacks_type_0 import (
        UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0,
    )
    from ..models.update_user_request_no_user_i_dor_email_config_type_0 import (
        UpdateUserRequestNoUserIDorEmailConfigType0,
    )
    from ..models.update_user_request_no_user_i_dor_email_mcp_rpm_limit_type_0 import (
        UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0,
    )
    from ..models.update_user_request_no_user_i_dor_email_metadata_type_0 import (
        UpdateUserRequestNoUserIDorEmailMetadataType0,
    )
    from ..models.update_user_request_no_user_i_dor_email_model_max_budget_type_0 import (
        UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0,
    )
    from ..models.update_user_request_no_user_i_dor_email_model_rpm_limit_type_0 import (
        UpdateUserRequestNoUserIDorEmailModelRpmLimitType0,
    )
    from ..models.update_user_request_no_user_i_dor_email_model_tpm_limit_type_0 import (
        UpdateUserRequestNoUserIDorEmailModelTpmLimitType0,
    )
    from ..models.update_user_request_no_user_i_dor_email_permissions_type_0 import (
        UpdateUserRequestNoUserIDorEmailPermissionsType0,
    )
    from ..models.update_user_request_no_user_i_dor_email_tag_rpm_limit_type_0 import (
        UpdateUserRequestNoUserIDorEmailTagRpmLimitType0,
    )


T = TypeVar("T", bound="UpdateUserRequestNoUserIDorEmail")


@_attrs_define
class UpdateUserRequestNoUserIDorEmail:
    """
    Attributes:
        agent_id (None | str | Unset):
        aliases (None | Unset | UpdateUserRequestNoUserIDorEmailAliasesType0):
        allowed_cache_controls (list[Any] | None | Unset):
        blocked (bool | None | Unset):
        budget_duration (None | str | Unset):
        budget_fallbacks (None | Unset | UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0):
        budget_limits (list[BudgetLimitEntry] | None | Unset):
        config (None | Unset | UpdateUserRequestNoUserIDorEmailConfigType0):
        duration (None | str | Unset):
        guardrails (list[str] | None | Unset):
        key_alias (None | str | Unset):
        max_budget (float | None | Unset):
        max_parallel_requests (int | None | Unset):
        mcp_rpm_limit (None | Unset | UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0):
        metadata (None | Unset | UpdateUserRequestNoUserIDorEmailMetadataType0):
        model_max_budget (None | Unset | UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0):
        model_rpm_limit (None | Unset | UpdateUserRequestNoUserIDorEmailModelRpmLimitType0):
        model_tpm_limit (None | Unset | UpdateUserRequestNoUserIDorEmailModelTpmLimitType0):
        models (list[Any] | None | Unset):
        object_permission (LiteLLMObjectPermissionBase | None | Unset):
        password (None | str | Unset):
        permissions (None | Unset | UpdateUserRequestNoUserIDorEmailPermissionsType0):
        policies (list[str] | None | Unset):
        prompts (list[str] | None | Unset):
        rpm_limit (int | None | Unset):
        spend (float | None | Unset):
        tag_rpm_limit (None | Unset | UpdateUserRequestNoUserIDorEmailTagRpmLimitType0):
        team_id (None | str | Unset):
        tpm_limit (int | None | Unset):
        user_alias (None | str | Unset):
        user_id (None | str | Unset):
        user_role (None | Unset | UpdateUserRequestNoUserIDorEmailUserRoleType0):
    """

    agent_id: None | str | Unset = UNSET
    aliases: None | Unset | UpdateUserRequestNoUserIDorEmailAliasesType0 = UNSET
    allowed_cache_controls: list[Any] | None | Unset = UNSET
    blocked: bool | None | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    budget_fallbacks: None | Unset | UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0 = UNSET
    budget_limits: list[BudgetLimitEntry] | None | Unset = UNSET
    config: None | Unset | UpdateUserRequestNoUserIDorEmailConfigType0 = UNSET
    duration: None | str | Unset = UNSET
    guardrails: list[str] | None | Unset = UNSET
    key_alias: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    max_parallel_requests: int | None | Unset = UNSET
    mcp_rpm_limit: None | Unset | UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0 = UNSET
    metadata: None | Unset | UpdateUserRequestNoUserIDorEmailMetadataType0 = UNSET
    model_max_budget: None | Unset | UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0 = UNSET
    model_rpm_limit: None | Unset | UpdateUserRequestNoUserIDorEmailModelRpmLimitType0 = UNSET
    model_tpm_limit: None | Unset | UpdateUserRequestNoUserIDorEmailModelTpmLimitType0 = UNSET
    models: list[Any] | None | Unset = UNSET
    object_permission: LiteLLMObjectPermissionBase | None | Unset = UNSET
    password: None | str | Unset = UNSET
    permissions: None | Unset | UpdateUserRequestNoUserIDorEmailPermissionsType0 = UNSET
    policies: list[str] | None | Unset = UNSET
    prompts: list[str] | None | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    spend: float | None | Unset = UNSET
    tag_rpm_limit: None | Unset | UpdateUserRequestNoUserIDorEmailTagRpmLimitType0 = UNSET
    team_id: None | str | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    user_alias: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_role: None | Unset | UpdateUserRequestNoUserIDorEmailUserRoleType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415
        from ..models.update_user_request_no_user_i_dor_email_aliases_type_0 import (
            UpdateUserRequestNoUserIDorEmailAliasesType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_budget_fallbacks_type_0 import (
            UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_config_type_0 import (
            UpdateUserRequestNoUserIDorEmailConfigType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_mcp_rpm_limit_type_0 import (
            UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_metadata_type_0 import (
            UpdateUserRequestNoUserIDorEmailMetadataType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_model_max_budget_type_0 import (
            UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_model_rpm_limit_type_0 import (
            UpdateUserRequestNoUserIDorEmailModelRpmLimitType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_model_tpm_limit_type_0 import (
            UpdateUserRequestNoUserIDorEmailModelTpmLimitType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_permissions_type_0 import (
            UpdateUserRequestNoUserIDorEmailPermissionsType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_tag_rpm_limit_type_0 import (
            UpdateUserRequestNoUserIDorEmailTagRpmLimitType0,  # noqa: PLC0415
        )

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        aliases: dict[str, Any] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, UpdateUserRequestNoUserIDorEmailAliasesType0):
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
        elif isinstance(self.budget_fallbacks, UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0):
            budget_fallbacks = self.budget_fallbacks.to_dict()
        else:
            budget_fallbacks = self.budget_fallbacks

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
        elif isinstance(self.config, UpdateUserRequestNoUserIDorEmailConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        duration: None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        guardrails: list[str] | None | Unset
        if isinstance(self.guardrails, Unset):
            guardrails = UNSET
        elif isinstance(self.guardrails, list):
            guardrails = self.guardrails

        else:
            guardrails = self.guardrails

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
        elif isinstance(self.mcp_rpm_limit, UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0):
            mcp_rpm_limit = self.mcp_rpm_limit.to_dict()
        else:
            mcp_rpm_limit = self.mcp_rpm_limit

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UpdateUserRequestNoUserIDorEmailMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model_max_budget: dict[str, Any] | None | Unset
        if isinstance(self.model_max_budget, Unset):
            model_max_budget = UNSET
        elif isinstance(self.model_max_budget, UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0):
            model_max_budget = self.model_max_budget.to_dict()
        else:
            model_max_budget = self.model_max_budget

        model_rpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.model_rpm_limit, Unset):
            model_rpm_limit = UNSET
        elif isinstance(self.model_rpm_limit, UpdateUserRequestNoUserIDorEmailModelRpmLimitType0):
            model_rpm_limit = self.model_rpm_limit.to_dict()
        else:
            model_rpm_limit = self.model_rpm_limit

        model_tpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.model_tpm_limit, Unset):
            model_tpm_limit = UNSET
        elif isinstance(self.model_tpm_limit, UpdateUserRequestNoUserIDorEmailModelTpmLimitType0):
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

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, UpdateUserRequestNoUserIDorEmailPermissionsType0):
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

        prompts: list[str] | None | Unset
        if isinstance(self.prompts, Unset):
            prompts = UNSET
        elif isinstance(self.prompts, list):
            prompts = self.prompts

        else:
            prompts = self.prompts

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

        spend: float | None | Unset
        if isinstance(self.spend, Unset):
            spend = UNSET
        else:
            spend = self.spend

        tag_rpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.tag_rpm_limit, Unset):
            tag_rpm_limit = UNSET
        elif isinstance(self.tag_rpm_limit, UpdateUserRequestNoUserIDorEmailTagRpmLimitType0):
            tag_rpm_limit = self.tag_rpm_limit.to_dict()
        else:
            tag_rpm_limit = self.tag_rpm_limit

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        tpm_limit: int | None | Unset
        if isinstance(self.tpm_limit, Unset):
            tpm_limit = UNSET
        else:
            tpm_limit = self.tpm_limit

        user_alias: None | str | Unset
        if isinstance(self.user_alias, Unset):
            user_alias = UNSET
        else:
            user_alias = self.user_alias

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_role: None | str | Unset
        if isinstance(self.user_role, Unset):
            user_role = UNSET
        elif isinstance(self.user_role, UpdateUserRequestNoUserIDorEmailUserRoleType0):
            user_role = self.user_role.value
        else:
            user_role = self.user_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if allowed_cache_controls is not UNSET:
            field_dict["allowed_cache_controls"] = allowed_cache_controls
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if budget_fallbacks is not UNSET:
            field_dict["budget_fallbacks"] = budget_fallbacks
        if budget_limits is not UNSET:
            field_dict["budget_limits"] = budget_limits
        if config is not UNSET:
            field_dict["config"] = config
        if duration is not UNSET:
            field_dict["duration"] = duration
        if guardrails is not UNSET:
            field_dict["guardrails"] = guardrails
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
        if password is not UNSET:
            field_dict["password"] = password
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if policies is not UNSET:
            field_dict["policies"] = policies
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if spend is not UNSET:
            field_dict["spend"] = spend
        if tag_rpm_limit is not UNSET:
            field_dict["tag_rpm_limit"] = tag_rpm_limit
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit
        if user_alias is not UNSET:
            field_dict["user_alias"] = user_alias
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_role is not UNSET:
            field_dict["user_role"] = user_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_limit_entry import BudgetLimitEntry  # noqa: PLC0415
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415
        from ..models.update_user_request_no_user_i_dor_email_aliases_type_0 import (
            UpdateUserRequestNoUserIDorEmailAliasesType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_budget_fallbacks_type_0 import (
            UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_config_type_0 import (
            UpdateUserRequestNoUserIDorEmailConfigType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_mcp_rpm_limit_type_0 import (
            UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_metadata_type_0 import (
            UpdateUserRequestNoUserIDorEmailMetadataType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_model_max_budget_type_0 import (
            UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_model_rpm_limit_type_0 import (
            UpdateUserRequestNoUserIDorEmailModelRpmLimitType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_model_tpm_limit_type_0 import (
            UpdateUserRequestNoUserIDorEmailModelTpmLimitType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_permissions_type_0 import (
            UpdateUserRequestNoUserIDorEmailPermissionsType0,  # noqa: PLC0415
        )
        from ..models.update_user_request_no_user_i_dor_email_tag_rpm_limit_type_0 import (
            UpdateUserRequestNoUserIDorEmailTagRpmLimitType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_aliases(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailAliasesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aliases_type_0 = UpdateUserRequestNoUserIDorEmailAliasesType0.from_dict(data)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailAliasesType0, data)

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

        def _parse_budget_fallbacks(
            data: object,
        ) -> None | Unset | UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                budget_fallbacks_type_0 = UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0.from_dict(data)

                return budget_fallbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0, data)

        budget_fallbacks = _parse_budget_fallbacks(d.pop("budget_fallbacks", UNSET))

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

        def _parse_config(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailConfigType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = UpdateUserRequestNoUserIDorEmailConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailConfigType0, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

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

        def _parse_mcp_rpm_limit(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_rpm_limit_type_0 = UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0.from_dict(data)

                return mcp_rpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0, data)

        mcp_rpm_limit = _parse_mcp_rpm_limit(d.pop("mcp_rpm_limit", UNSET))

        def _parse_metadata(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UpdateUserRequestNoUserIDorEmailMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model_max_budget(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_type_0 = UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0.from_dict(data)

                return model_max_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0, data)

        model_max_budget = _parse_model_max_budget(d.pop("model_max_budget", UNSET))

        def _parse_model_rpm_limit(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailModelRpmLimitType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_rpm_limit_type_0 = UpdateUserRequestNoUserIDorEmailModelRpmLimitType0.from_dict(data)

                return model_rpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailModelRpmLimitType0, data)

        model_rpm_limit = _parse_model_rpm_limit(d.pop("model_rpm_limit", UNSET))

        def _parse_model_tpm_limit(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailModelTpmLimitType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_tpm_limit_type_0 = UpdateUserRequestNoUserIDorEmailModelTpmLimitType0.from_dict(data)

                return model_tpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailModelTpmLimitType0, data)

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

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_permissions(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailPermissionsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_0 = UpdateUserRequestNoUserIDorEmailPermissionsType0.from_dict(data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailPermissionsType0, data)

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

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

        def _parse_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spend = _parse_spend(d.pop("spend", UNSET))

        def _parse_tag_rpm_limit(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailTagRpmLimitType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tag_rpm_limit_type_0 = UpdateUserRequestNoUserIDorEmailTagRpmLimitType0.from_dict(data)

                return tag_rpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailTagRpmLimitType0, data)

        tag_rpm_limit = _parse_tag_rpm_limit(d.pop("tag_rpm_limit", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_tpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpm_limit = _parse_tpm_limit(d.pop("tpm_limit", UNSET))

        def _parse_user_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_alias = _parse_user_alias(d.pop("user_alias", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user_role(data: object) -> None | Unset | UpdateUserRequestNoUserIDorEmailUserRoleType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_role_type_0 = UpdateUserRequestNoUserIDorEmailUserRoleType0(data)

                return user_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateUserRequestNoUserIDorEmailUserRoleType0, data)

        user_role = _parse_user_role(d.pop("user_role", UNSET))

        update_user_request_no_user_i_dor_email = cls(
            agent_id=agent_id,
            aliases=aliases,
            allowed_cache_controls=allowed_cache_controls,
            blocked=blocked,
            budget_duration=budget_duration,
            budget_fallbacks=budget_fallbacks,
            budget_limits=budget_limits,
            config=config,
            duration=duration,
            guardrails=guardrails,
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
            password=password,
            permissions=permissions,
            policies=policies,
            prompts=prompts,
            rpm_limit=rpm_limit,
            spend=spend,
            tag_rpm_limit=tag_rpm_limit,
            team_id=team_id,
            tpm_limit=tpm_limit,
            user_alias=user_alias,
            user_id=user_id,
            user_role=user_role,
        )

        update_user_request_no_user_i_dor_email.additional_properties = d
        return update_user_request_no_user_i_dor_email

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
