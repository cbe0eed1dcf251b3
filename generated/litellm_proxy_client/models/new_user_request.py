from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_user_request_user_role_type_0 import NewUserRequestUserRoleType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget_limit_entry import BudgetLimitEntry
    from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase
    from ..models.new_user_request_aliases_type_0 import NewUserRequestAliasesType0
    from ..models.new_user_request_budget_fallbacks_type_0 import NewUserRequestBudgetFallbacksType0
    from ..models.new_user_request_config_type_0 import NewUserRequestConfigType0
    from ..models.new_user_request_mcp_rpm_limit_type_0 import NewUserRequestMcpRpmLimitType0
    from ..models.new_user_request_metadata_type_0 import NewUserRequestMetadataType0
    from ..models.new_user_request_model_max_budget_type_0 import NewUserRequestModelMaxBudgetType0
    from ..models.new_user_request_model_rpm_limit_type_0 import NewUserRequestModelRpmLimitType0
    from ..models.new_user_request_model_tpm_limit_type_0 import NewUserRequestModelTpmLimitType0
    from ..models.new_user_request_permissions_type_0 import NewUserRequestPermissionsType0
    from ..models.new_user_request_tag_rpm_limit_type_0 import NewUserRequestTagRpmLimitType0
    from ..models.new_user_request_team import NewUserRequestTeam


T = TypeVar("T", bound="NewUserRequest")


@_attrs_define
class NewUserRequest:
    """
    Attributes:
        agent_id (None | str | Unset):
        aliases (NewUserRequestAliasesType0 | None | Unset):
        allowed_cache_controls (list[Any] | None | Unset):
        auto_create_key (bool | Unset):  Default: True.
        blocked (bool | None | Unset):
        budget_duration (None | str | Unset):
        budget_fallbacks (NewUserRequestBudgetFallbacksType0 | None | Unset):
        budget_limits (list[BudgetLimitEntry] | None | Unset):
        config (NewUserRequestConfigType0 | None | Unset):
        duration (None | str | Unset):
        guardrails (list[str] | None | Unset):
        key_alias (None | str | Unset):
        max_budget (float | None | Unset):
        max_parallel_requests (int | None | Unset):
        mcp_rpm_limit (NewUserRequestMcpRpmLimitType0 | None | Unset):
        metadata (NewUserRequestMetadataType0 | None | Unset):
        model_max_budget (NewUserRequestModelMaxBudgetType0 | None | Unset):
        model_rpm_limit (NewUserRequestModelRpmLimitType0 | None | Unset):
        model_tpm_limit (NewUserRequestModelTpmLimitType0 | None | Unset):
        models (list[Any] | None | Unset):
        object_permission (LiteLLMObjectPermissionBase | None | Unset):
        organizations (list[str] | None | Unset):
        password (None | str | Unset):
        permissions (NewUserRequestPermissionsType0 | None | Unset):
        policies (list[str] | None | Unset):
        prompts (list[str] | None | Unset):
        rpm_limit (int | None | Unset):
        send_invite_email (bool | None | Unset):
        spend (float | None | Unset):  Default: 0.0.
        sso_user_id (None | str | Unset):
        tag_rpm_limit (NewUserRequestTagRpmLimitType0 | None | Unset):
        team_id (None | str | Unset):
        teams (list[NewUserRequestTeam | str] | None | Unset):
        tpm_limit (int | None | Unset):
        user_alias (None | str | Unset):
        user_email (None | str | Unset):
        user_id (None | str | Unset):
        user_role (NewUserRequestUserRoleType0 | None | Unset):
    """

    agent_id: None | str | Unset = UNSET
    aliases: NewUserRequestAliasesType0 | None | Unset = UNSET
    allowed_cache_controls: list[Any] | None | Unset = UNSET
    auto_create_key: bool | Unset = True
    blocked: bool | None | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    budget_fallbacks: NewUserRequestBudgetFallbacksType0 | None | Unset = UNSET
    budget_limits: list[BudgetLimitEntry] | None | Unset = UNSET
    config: NewUserRequestConfigType0 | None | Unset = UNSET
    duration: None | str | Unset = UNSET
    guardrails: list[str] | None | Unset = UNSET
    key_alias: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    max_parallel_requests: int | None | Unset = UNSET
    mcp_rpm_limit: NewUserRequestMcpRpmLimitType0 | None | Unset = UNSET
    metadata: NewUserRequestMetadataType0 | None | Unset = UNSET
    model_max_budget: NewUserRequestModelMaxBudgetType0 | None | Unset = UNSET
    model_rpm_limit: NewUserRequestModelRpmLimitType0 | None | Unset = UNSET
    model_tpm_limit: NewUserRequestModelTpmLimitType0 | None | Unset = UNSET
    models: list[Any] | None | Unset = UNSET
    object_permission: LiteLLMObjectPermissionBase | None | Unset = UNSET
    organizations: list[str] | None | Unset = UNSET
    password: None | str | Unset = UNSET
    permissions: NewUserRequestPermissionsType0 | None | Unset = UNSET
    policies: list[str] | None | Unset = UNSET
    prompts: list[str] | None | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    send_invite_email: bool | None | Unset = UNSET
    spend: float | None | Unset = 0.0
    sso_user_id: None | str | Unset = UNSET
    tag_rpm_limit: NewUserRequestTagRpmLimitType0 | None | Unset = UNSET
    team_id: None | str | Unset = UNSET
    teams: list[NewUserRequestTeam | str] | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    user_alias: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    user_role: NewUserRequestUserRoleType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415
        from ..models.new_user_request_aliases_type_0 import NewUserRequestAliasesType0  # noqa: PLC0415
        from ..models.new_user_request_budget_fallbacks_type_0 import NewUserRequestBudgetFallbacksType0  # noqa: PLC0415
        from ..models.new_user_request_config_type_0 import NewUserRequestConfigType0  # noqa: PLC0415
        from ..models.new_user_request_mcp_rpm_limit_type_0 import NewUserRequestMcpRpmLimitType0  # noqa: PLC0415
        from ..models.new_user_request_metadata_type_0 import NewUserRequestMetadataType0  # noqa: PLC0415
        from ..models.new_user_request_model_max_budget_type_0 import NewUserRequestModelMaxBudgetType0  # noqa: PLC0415
        from ..models.new_user_request_model_rpm_limit_type_0 import NewUserRequestModelRpmLimitType0  # noqa: PLC0415
        from ..models.new_user_request_model_tpm_limit_type_0 import NewUserRequestModelTpmLimitType0  # noqa: PLC0415
        from ..models.new_user_request_permissions_type_0 import NewUserRequestPermissionsType0  # noqa: PLC0415
        from ..models.new_user_request_tag_rpm_limit_type_0 import NewUserRequestTagRpmLimitType0  # noqa: PLC0415
        from ..models.new_user_request_team import NewUserRequestTeam  # noqa: PLC0415

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        aliases: dict[str, Any] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, NewUserRequestAliasesType0):
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

        auto_create_key = self.auto_create_key

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
        elif isinstance(self.budget_fallbacks, NewUserRequestBudgetFallbacksType0):
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
        elif isinstance(self.config, NewUserRequestConfigType0):
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
        elif isinstance(self.mcp_rpm_limit, NewUserRequestMcpRpmLimitType0):
            mcp_rpm_limit = self.mcp_rpm_limit.to_dict()
        else:
            mcp_rpm_limit = self.mcp_rpm_limit

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, NewUserRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model_max_budget: dict[str, Any] | None | Unset
        if isinstance(self.model_max_budget, Unset):
            model_max_budget = UNSET
        elif isinstance(self.model_max_budget, NewUserRequestModelMaxBudgetType0):
            model_max_budget = self.model_max_budget.to_dict()
        else:
            model_max_budget = self.model_max_budget

        model_rpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.model_rpm_limit, Unset):
            model_rpm_limit = UNSET
        elif isinstance(self.model_rpm_limit, NewUserRequestModelRpmLimitType0):
            model_rpm_limit = self.model_rpm_limit.to_dict()
        else:
            model_rpm_limit = self.model_rpm_limit

        model_tpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.model_tpm_limit, Unset):
            model_tpm_limit = UNSET
        elif isinstance(self.model_tpm_limit, NewUserRequestModelTpmLimitType0):
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

        organizations: list[str] | None | Unset
        if isinstance(self.organizations, Unset):
            organizations = UNSET
        elif isinstance(self.organizations, list):
            organizations = self.organizations

        else:
            organizations = self.organizations

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        permissions: dict[str, Any] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, NewUserRequestPermissionsType0):
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

        send_invite_email: bool | None | Unset
        if isinstance(self.send_invite_email, Unset):
            send_invite_email = UNSET
        else:
            send_invite_email = self.send_invite_email

        spend: float | None | Unset
        if isinstance(self.spend, Unset):
            spend = UNSET
        else:
            spend = self.spend

        sso_user_id: None | str | Unset
        if isinstance(self.sso_user_id, Unset):
            sso_user_id = UNSET
        else:
            sso_user_id = self.sso_user_id

        tag_rpm_limit: dict[str, Any] | None | Unset
        if isinstance(self.tag_rpm_limit, Unset):
            tag_rpm_limit = UNSET
        elif isinstance(self.tag_rpm_limit, NewUserRequestTagRpmLimitType0):
            tag_rpm_limit = self.tag_rpm_limit.to_dict()
        else:
            tag_rpm_limit = self.tag_rpm_limit

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        teams: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.teams, Unset):
            teams = UNSET
        elif isinstance(self.teams, list):
            teams = []
            for teams_type_0_item_data in self.teams:
                teams_type_0_item: dict[str, Any] | str
                if isinstance(teams_type_0_item_data, NewUserRequestTeam):
                    teams_type_0_item = teams_type_0_item_data.to_dict()
                else:
                    teams_type_0_item = teams_type_0_item_data
                teams.append(teams_type_0_item)

        else:
            teams = self.teams

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

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_role: None | str | Unset
        if isinstance(self.user_role, Unset):
            user_role = UNSET
        elif isinstance(self.user_role, NewUserRequestUserRoleType0):
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
        if auto_create_key is not UNSET:
            field_dict["auto_create_key"] = auto_create_key
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
        if organizations is not UNSET:
            field_dict["organizations"] = organizations
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
        if send_invite_email is not UNSET:
            field_dict["send_invite_email"] = send_invite_email
        if spend is not UNSET:
            field_dict["spend"] = spend
        if sso_user_id is not UNSET:
            field_dict["sso_user_id"] = sso_user_id
        if tag_rpm_limit is not UNSET:
            field_dict["tag_rpm_limit"] = tag_rpm_limit
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if teams is not UNSET:
            field_dict["teams"] = teams
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit
        if user_alias is not UNSET:
            field_dict["user_alias"] = user_alias
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_role is not UNSET:
            field_dict["user_role"] = user_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_limit_entry import BudgetLimitEntry  # noqa: PLC0415
        from ..models.lite_llm_object_permission_base import LiteLLMObjectPermissionBase  # noqa: PLC0415
        from ..models.new_user_request_aliases_type_0 import NewUserRequestAliasesType0  # noqa: PLC0415
        from ..models.new_user_request_budget_fallbacks_type_0 import NewUserRequestBudgetFallbacksType0  # noqa: PLC0415
        from ..models.new_user_request_config_type_0 import NewUserRequestConfigType0  # noqa: PLC0415
        from ..models.new_user_request_mcp_rpm_limit_type_0 import NewUserRequestMcpRpmLimitType0  # noqa: PLC0415
        from ..models.new_user_request_metadata_type_0 import NewUserRequestMetadataType0  # noqa: PLC0415
        from ..models.new_user_request_model_max_budget_type_0 import NewUserRequestModelMaxBudgetType0  # noqa: PLC0415
        from ..models.new_user_request_model_rpm_limit_type_0 import NewUserRequestModelRpmLimitType0  # noqa: PLC0415
        from ..models.new_user_request_model_tpm_limit_type_0 import NewUserRequestModelTpmLimitType0  # noqa: PLC0415
        from ..models.new_user_request_permissions_type_0 import NewUserRequestPermissionsType0  # noqa: PLC0415
        from ..models.new_user_request_tag_rpm_limit_type_0 import NewUserRequestTagRpmLimitType0  # noqa: PLC0415
        from ..models.new_user_request_team import NewUserRequestTeam  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_aliases(data: object) -> NewUserRequestAliasesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aliases_type_0 = NewUserRequestAliasesType0.from_dict(data)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestAliasesType0 | None | Unset, data)

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

        auto_create_key = d.pop("auto_create_key", UNSET)

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

        def _parse_budget_fallbacks(data: object) -> NewUserRequestBudgetFallbacksType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                budget_fallbacks_type_0 = NewUserRequestBudgetFallbacksType0.from_dict(data)

                return budget_fallbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestBudgetFallbacksType0 | None | Unset, data)

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

        def _parse_config(data: object) -> NewUserRequestConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = NewUserRequestConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestConfigType0 | None | Unset, data)

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

        def _parse_mcp_rpm_limit(data: object) -> NewUserRequestMcpRpmLimitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_rpm_limit_type_0 = NewUserRequestMcpRpmLimitType0.from_dict(data)

                return mcp_rpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestMcpRpmLimitType0 | None | Unset, data)

        mcp_rpm_limit = _parse_mcp_rpm_limit(d.pop("mcp_rpm_limit", UNSET))

        def _parse_metadata(data: object) -> NewUserRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = NewUserRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model_max_budget(data: object) -> NewUserRequestModelMaxBudgetType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_type_0 = NewUserRequestModelMaxBudgetType0.from_dict(data)

                return model_max_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestModelMaxBudgetType0 | None | Unset, data)

        model_max_budget = _parse_model_max_budget(d.pop("model_max_budget", UNSET))

        def _parse_model_rpm_limit(data: object) -> NewUserRequestModelRpmLimitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_rpm_limit_type_0 = NewUserRequestModelRpmLimitType0.from_dict(data)

                return model_rpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestModelRpmLimitType0 | None | Unset, data)

        model_rpm_limit = _parse_model_rpm_limit(d.pop("model_rpm_limit", UNSET))

        def _parse_model_tpm_limit(data: object) -> NewUserRequestModelTpmLimitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_tpm_limit_type_0 = NewUserRequestModelTpmLimitType0.from_dict(data)

                return model_tpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestModelTpmLimitType0 | None | Unset, data)

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

        def _parse_organizations(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organizations_type_0 = cast(list[str], data)

                return organizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        organizations = _parse_organizations(d.pop("organizations", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_permissions(data: object) -> NewUserRequestPermissionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                permissions_type_0 = NewUserRequestPermissionsType0.from_dict(data)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestPermissionsType0 | None | Unset, data)

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

        def _parse_send_invite_email(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_invite_email = _parse_send_invite_email(d.pop("send_invite_email", UNSET))

        def _parse_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spend = _parse_spend(d.pop("spend", UNSET))

        def _parse_sso_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sso_user_id = _parse_sso_user_id(d.pop("sso_user_id", UNSET))

        def _parse_tag_rpm_limit(data: object) -> NewUserRequestTagRpmLimitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tag_rpm_limit_type_0 = NewUserRequestTagRpmLimitType0.from_dict(data)

                return tag_rpm_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestTagRpmLimitType0 | None | Unset, data)

        tag_rpm_limit = _parse_tag_rpm_limit(d.pop("tag_rpm_limit", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_teams(data: object) -> list[NewUserRequestTeam | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                teams_type_0 = []
                _teams_type_0 = data
                for teams_type_0_item_data in _teams_type_0:

                    def _parse_teams_type_0_item(data: object) -> NewUserRequestTeam | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            teams_type_0_item_type_1 = NewUserRequestTeam.from_dict(data)

                            return teams_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(NewUserRequestTeam | str, data)

                    teams_type_0_item = _parse_teams_type_0_item(teams_type_0_item_data)

                    teams_type_0.append(teams_type_0_item)

                return teams_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NewUserRequestTeam | str] | None | Unset, data)

        teams = _parse_teams(d.pop("teams", UNSET))

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

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_user_role(data: object) -> NewUserRequestUserRoleType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_role_type_0 = NewUserRequestUserRoleType0(data)

                return user_role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NewUserRequestUserRoleType0 | None | Unset, data)

        user_role = _parse_user_role(d.pop("user_role", UNSET))

        new_user_request = cls(
            agent_id=agent_id,
            aliases=aliases,
            allowed_cache_controls=allowed_cache_controls,
            auto_create_key=auto_create_key,
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
            organizations=organizations,
            password=password,
            permissions=permissions,
            policies=policies,
            prompts=prompts,
            rpm_limit=rpm_limit,
            send_invite_email=send_invite_email,
            spend=spend,
            sso_user_id=sso_user_id,
            tag_rpm_limit=tag_rpm_limit,
            team_id=team_id,
            teams=teams,
            tpm_limit=tpm_limit,
            user_alias=user_alias,
            user_email=user_email,
            user_id=user_id,
            user_role=user_role,
        )

        new_user_request.additional_properties = d
        return new_user_request

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
