from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.budget_limit_entry import BudgetLimitEntry
    from ..models.lite_llm_model_table import LiteLLMModelTable
    from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable
    from ..models.member import Member
    from ..models.team_list_caller_membership import TeamListCallerMembership
    from ..models.team_list_item_metadata_type_0 import TeamListItemMetadataType0
    from ..models.team_list_item_model_max_budget_type_0 import TeamListItemModelMaxBudgetType0
    from ..models.team_list_item_model_spend_type_0 import TeamListItemModelSpendType0
    from ..models.team_list_item_router_settings_type_0 import TeamListItemRouterSettingsType0


T = TypeVar("T", bound="TeamListItem")


@_attrs_define
class TeamListItem:
    """A team item in the paginated list response, enriched with computed fields.

    Attributes:
        team_id (str):
        access_group_agent_ids (list[str] | None | Unset):
        access_group_ids (list[str] | None | Unset):
        access_group_mcp_server_ids (list[str] | None | Unset):
        access_group_models (list[str] | None | Unset):
        access_group_skill_names (list[str] | None | Unset):
        admins (list[str] | Unset):
        allow_team_guardrail_config (bool | None | Unset):  Default: False.
        blocked (bool | Unset):  Default: False.
        budget_duration (None | str | Unset):
        budget_limits (list[BudgetLimitEntry] | None | Unset):
        budget_reset_at (datetime.datetime | None | Unset):
        caller_membership (None | TeamListCallerMembership | Unset):
        created_at (datetime.datetime | None | Unset):
        default_team_member_models (list[str] | None | Unset):
        keys_count (int | Unset):  Default: 0.
        litellm_model_table (LiteLLMModelTable | None | Unset):
        max_budget (float | None | Unset):
        max_parallel_requests (int | None | Unset):
        members (list[str] | Unset):
        members_count (int | Unset):  Default: 0.
        members_with_roles (list[Member] | Unset):
        metadata (None | TeamListItemMetadataType0 | Unset):
        model_id (int | None | Unset):
        model_max_budget (None | TeamListItemModelMaxBudgetType0 | Unset):
        model_spend (None | TeamListItemModelSpendType0 | Unset):
        models (list[str] | Unset):
        object_permission (LiteLLMObjectPermissionTable | None | Unset):
        object_permission_id (None | str | Unset):
        organization_id (None | str | Unset):
        policies (list[str] | None | Unset):
        router_settings (None | TeamListItemRouterSettingsType0 | Unset):
        rpm_limit (int | None | Unset):
        soft_budget (float | None | Unset):
        spend (float | None | Unset):
        team_alias (None | str | Unset):
        team_member_permissions (list[str] | None | Unset):
        tpd_limit (int | None | Unset):
        tpm_limit (int | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    team_id: str
    access_group_agent_ids: list[str] | None | Unset = UNSET
    access_group_ids: list[str] | None | Unset = UNSET
    access_group_mcp_server_ids: list[str] | None | Unset = UNSET
    access_group_models: list[str] | None | Unset = UNSET
    access_group_skill_names: list[str] | None | Unset = UNSET
    admins: list[str] | Unset = UNSET
    allow_team_guardrail_config: bool | None | Unset = False
    blocked: bool | Unset = False
    budget_duration: None | str | Unset = UNSET
    budget_limits: list[BudgetLimitEntry] | None | Unset = UNSET
    budget_reset_at: datetime.datetime | None | Unset = UNSET
    caller_membership: None | TeamListCallerMembership | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    default_team_member_models: list[str] | None | Unset = UNSET
    keys_count: int | Unset = 0
    litellm_model_table: LiteLLMModelTable | None | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    max_parallel_requests: int | None | Unset = UNSET
    members: list[str] | Unset = UNSET
    members_count: int | Unset = 0
    members_with_roles: list[Member] | Unset = UNSET
    metadata: None | TeamListItemMetadataType0 | Unset = UNSET
    model_id: int | None | Unset = UNSET
    model_max_budget: None | TeamListItemModelMaxBudgetType0 | Unset = UNSET
    model_spend: None | TeamListItemModelSpendType0 | Unset = UNSET
    models: list[str] | Unset = UNSET
    object_permission: LiteLLMObjectPermissionTable | None | Unset = UNSET
    object_permission_id: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    policies: list[str] | None | Unset = UNSET
    router_settings: None | TeamListItemRouterSettingsType0 | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    soft_budget: float | None | Unset = UNSET
    spend: float | None | Unset = UNSET
    team_alias: None | str | Unset = UNSET
    team_member_permissions: list[str] | None | Unset = UNSET
    tpd_limit: int | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_model_table import LiteLLMModelTable  # noqa: PLC0415
        from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable  # noqa: PLC0415
        from ..models.team_list_caller_membership import TeamListCallerMembership  # noqa: PLC0415
        from ..models.team_list_item_metadata_type_0 import TeamListItemMetadataType0  # noqa: PLC0415
        from ..models.team_list_item_model_max_budget_type_0 import TeamListItemModelMaxBudgetType0  # noqa: PLC0415
        from ..models.team_list_item_model_spend_type_0 import TeamListItemModelSpendType0  # noqa: PLC0415
        from ..models.team_list_item_router_settings_type_0 import TeamListItemRouterSettingsType0  # noqa: PLC0415

        team_id = self.team_id

        access_group_agent_ids: list[str] | None | Unset
        if isinstance(self.access_group_agent_ids, Unset):
            access_group_agent_ids = UNSET
        elif isinstance(self.access_group_agent_ids, list):
            access_group_agent_ids = self.access_group_agent_ids

        else:
            access_group_agent_ids = self.access_group_agent_ids

        access_group_ids: list[str] | None | Unset
        if isinstance(self.access_group_ids, Unset):
            access_group_ids = UNSET
        elif isinstance(self.access_group_ids, list):
            access_group_ids = self.access_group_ids

        else:
            access_group_ids = self.access_group_ids

        access_group_mcp_server_ids: list[str] | None | Unset
        if isinstance(self.access_group_mcp_server_ids, Unset):
            access_group_mcp_server_ids = UNSET
        elif isinstance(self.access_group_mcp_server_ids, list):
            access_group_mcp_server_ids = self.access_group_mcp_server_ids

        else:
            access_group_mcp_server_ids = self.access_group_mcp_server_ids

        access_group_models: list[str] | None | Unset
        if isinstance(self.access_group_models, Unset):
            access_group_models = UNSET
        elif isinstance(self.access_group_models, list):
            access_group_models = self.access_group_models

        else:
            access_group_models = self.access_group_models

        access_group_skill_names: list[str] | None | Unset
        if isinstance(self.access_group_skill_names, Unset):
            access_group_skill_names = UNSET
        elif isinstance(self.access_group_skill_names, list):
            access_group_skill_names = self.access_group_skill_names

        else:
            access_group_skill_names = self.access_group_skill_names

        admins: list[str] | Unset = UNSET
        if not isinstance(self.admins, Unset):
            admins = self.admins

        allow_team_guardrail_config: bool | None | Unset
        if isinstance(self.allow_team_guardrail_config, Unset):
            allow_team_guardrail_config = UNSET
        else:
            allow_team_guardrail_config = self.allow_team_guardrail_config

        blocked = self.blocked

        budget_duration: None | str | Unset
        if isinstance(self.budget_duration, Unset):
            budget_duration = UNSET
        else:
            budget_duration = self.budget_duration

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

        budget_reset_at: None | str | Unset
        if isinstance(self.budget_reset_at, Unset):
            budget_reset_at = UNSET
        elif isinstance(self.budget_reset_at, datetime.datetime):
            budget_reset_at = self.budget_reset_at.isoformat()
        else:
            budget_reset_at = self.budget_reset_at

        caller_membership: dict[str, Any] | None | Unset
        if isinstance(self.caller_membership, Unset):
            caller_membership = UNSET
        elif isinstance(self.caller_membership, TeamListCallerMembership):
            caller_membership = self.caller_membership.to_dict()
        else:
            caller_membership = self.caller_membership

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        default_team_member_models: list[str] | None | Unset
        if isinstance(self.default_team_member_models, Unset):
            default_team_member_models = UNSET
        elif isinstance(self.default_team_member_models, list):
            default_team_member_models = self.default_team_member_models

        else:
            default_team_member_models = self.default_team_member_models

        keys_count = self.keys_count

        litellm_model_table: dict[str, Any] | None | Unset
        if isinstance(self.litellm_model_table, Unset):
            litellm_model_table = UNSET
        elif isinstance(self.litellm_model_table, LiteLLMModelTable):
            litellm_model_table = self.litellm_model_table.to_dict()
        else:
            litellm_model_table = self.litellm_model_table

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

        members: list[str] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members

        members_count = self.members_count

        members_with_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members_with_roles, Unset):
            members_with_roles = []
            for members_with_roles_item_data in self.members_with_roles:
                members_with_roles_item = members_with_roles_item_data.to_dict()
                members_with_roles.append(members_with_roles_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, TeamListItemMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model_id: int | None | Unset
        if isinstance(self.model_id, Unset):
            model_id = UNSET
        else:
            model_id = self.model_id

        model_max_budget: dict[str, Any] | None | Unset
        if isinstance(self.model_max_budget, Unset):
            model_max_budget = UNSET
        elif isinstance(self.model_max_budget, TeamListItemModelMaxBudgetType0):
            model_max_budget = self.model_max_budget.to_dict()
        else:
            model_max_budget = self.model_max_budget

        model_spend: dict[str, Any] | None | Unset
        if isinstance(self.model_spend, Unset):
            model_spend = UNSET
        elif isinstance(self.model_spend, TeamListItemModelSpendType0):
            model_spend = self.model_spend.to_dict()
        else:
            model_spend = self.model_spend

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        object_permission: dict[str, Any] | None | Unset
        if isinstance(self.object_permission, Unset):
            object_permission = UNSET
        elif isinstance(self.object_permission, LiteLLMObjectPermissionTable):
            object_permission = self.object_permission.to_dict()
        else:
            object_permission = self.object_permission

        object_permission_id: None | str | Unset
        if isinstance(self.object_permission_id, Unset):
            object_permission_id = UNSET
        else:
            object_permission_id = self.object_permission_id

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        policies: list[str] | None | Unset
        if isinstance(self.policies, Unset):
            policies = UNSET
        elif isinstance(self.policies, list):
            policies = self.policies

        else:
            policies = self.policies

        router_settings: dict[str, Any] | None | Unset
        if isinstance(self.router_settings, Unset):
            router_settings = UNSET
        elif isinstance(self.router_settings, TeamListItemRouterSettingsType0):
            router_settings = self.router_settings.to_dict()
        else:
            router_settings = self.router_settings

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

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

        team_alias: None | str | Unset
        if isinstance(self.team_alias, Unset):
            team_alias = UNSET
        else:
            team_alias = self.team_alias

        team_member_permissions: list[str] | None | Unset
        if isinstance(self.team_member_permissions, Unset):
            team_member_permissions = UNSET
        elif isinstance(self.team_member_permissions, list):
            team_member_permissions = self.team_member_permissions

        else:
            team_member_permissions = self.team_member_permissions

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

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
            }
        )
        if access_group_agent_ids is not UNSET:
            field_dict["access_group_agent_ids"] = access_group_agent_ids
        if access_group_ids is not UNSET:
            field_dict["access_group_ids"] = access_group_ids
        if access_group_mcp_server_ids is not UNSET:
            field_dict["access_group_mcp_server_ids"] = access_group_mcp_server_ids
        if access_group_models is not UNSET:
            field_dict["access_group_models"] = access_group_models
        if access_group_skill_names is not UNSET:
            field_dict["access_group_skill_names"] = access_group_skill_names
        if admins is not UNSET:
            field_dict["admins"] = admins
        if allow_team_guardrail_config is not UNSET:
            field_dict["allow_team_guardrail_config"] = allow_team_guardrail_config
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if budget_limits is not UNSET:
            field_dict["budget_limits"] = budget_limits
        if budget_reset_at is not UNSET:
            field_dict["budget_reset_at"] = budget_reset_at
        if caller_membership is not UNSET:
            field_dict["caller_membership"] = caller_membership
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if default_team_member_models is not UNSET:
            field_dict["default_team_member_models"] = default_team_member_models
        if keys_count is not UNSET:
            field_dict["keys_count"] = keys_count
        if litellm_model_table is not UNSET:
            field_dict["litellm_model_table"] = litellm_model_table
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if max_parallel_requests is not UNSET:
            field_dict["max_parallel_requests"] = max_parallel_requests
        if members is not UNSET:
            field_dict["members"] = members
        if members_count is not UNSET:
            field_dict["members_count"] = members_count
        if members_with_roles is not UNSET:
            field_dict["members_with_roles"] = members_with_roles
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model_id is not UNSET:
            field_dict["model_id"] = model_id
        if model_max_budget is not UNSET:
            field_dict["model_max_budget"] = model_max_budget
        if model_spend is not UNSET:
            field_dict["model_spend"] = model_spend
        if models is not UNSET:
            field_dict["models"] = models
        if object_permission is not UNSET:
            field_dict["object_permission"] = object_permission
        if object_permission_id is not UNSET:
            field_dict["object_permission_id"] = object_permission_id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if policies is not UNSET:
            field_dict["policies"] = policies
        if router_settings is not UNSET:
            field_dict["router_settings"] = router_settings
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if soft_budget is not UNSET:
            field_dict["soft_budget"] = soft_budget
        if spend is not UNSET:
            field_dict["spend"] = spend
        if team_alias is not UNSET:
            field_dict["team_alias"] = team_alias
        if team_member_permissions is not UNSET:
            field_dict["team_member_permissions"] = team_member_permissions
        if tpd_limit is not UNSET:
            field_dict["tpd_limit"] = tpd_limit
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.budget_limit_entry import BudgetLimitEntry  # noqa: PLC0415
        from ..models.lite_llm_model_table import LiteLLMModelTable  # noqa: PLC0415
        from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable  # noqa: PLC0415
        from ..models.member import Member  # noqa: PLC0415
        from ..models.team_list_caller_membership import TeamListCallerMembership  # noqa: PLC0415
        from ..models.team_list_item_metadata_type_0 import TeamListItemMetadataType0  # noqa: PLC0415
        from ..models.team_list_item_model_max_budget_type_0 import TeamListItemModelMaxBudgetType0  # noqa: PLC0415
        from ..models.team_list_item_model_spend_type_0 import TeamListItemModelSpendType0  # noqa: PLC0415
        from ..models.team_list_item_router_settings_type_0 import TeamListItemRouterSettingsType0  # noqa: PLC0415

        d = dict(src_dict)
        team_id = d.pop("team_id")

        def _parse_access_group_agent_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_group_agent_ids_type_0 = cast(list[str], data)

                return access_group_agent_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        access_group_agent_ids = _parse_access_group_agent_ids(d.pop("access_group_agent_ids", UNSET))

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

        def _parse_access_group_mcp_server_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_group_mcp_server_ids_type_0 = cast(list[str], data)

                return access_group_mcp_server_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        access_group_mcp_server_ids = _parse_access_group_mcp_server_ids(d.pop("access_group_mcp_server_ids", UNSET))

        def _parse_access_group_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_group_models_type_0 = cast(list[str], data)

                return access_group_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        access_group_models = _parse_access_group_models(d.pop("access_group_models", UNSET))

        def _parse_access_group_skill_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_group_skill_names_type_0 = cast(list[str], data)

                return access_group_skill_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        access_group_skill_names = _parse_access_group_skill_names(d.pop("access_group_skill_names", UNSET))

        admins = cast(list[str], d.pop("admins", UNSET))

        def _parse_allow_team_guardrail_config(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_team_guardrail_config = _parse_allow_team_guardrail_config(d.pop("allow_team_guardrail_config", UNSET))

        blocked = d.pop("blocked", UNSET)

        def _parse_budget_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_duration = _parse_budget_duration(d.pop("budget_duration", UNSET))

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

        def _parse_budget_reset_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                budget_reset_at_type_0 = datetime.datetime.fromisoformat(data)

                return budget_reset_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        budget_reset_at = _parse_budget_reset_at(d.pop("budget_reset_at", UNSET))

        def _parse_caller_membership(data: object) -> None | TeamListCallerMembership | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_membership_type_0 = TeamListCallerMembership.from_dict(data)

                return caller_membership_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamListCallerMembership | Unset, data)

        caller_membership = _parse_caller_membership(d.pop("caller_membership", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_default_team_member_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                default_team_member_models_type_0 = cast(list[str], data)

                return default_team_member_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        default_team_member_models = _parse_default_team_member_models(d.pop("default_team_member_models", UNSET))

        keys_count = d.pop("keys_count", UNSET)

        def _parse_litellm_model_table(data: object) -> LiteLLMModelTable | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                litellm_model_table_type_0 = LiteLLMModelTable.from_dict(data)

                return litellm_model_table_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMModelTable | None | Unset, data)

        litellm_model_table = _parse_litellm_model_table(d.pop("litellm_model_table", UNSET))

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

        members = cast(list[str], d.pop("members", UNSET))

        members_count = d.pop("members_count", UNSET)

        _members_with_roles = d.pop("members_with_roles", UNSET)
        members_with_roles: list[Member] | Unset = UNSET
        if _members_with_roles is not UNSET:
            members_with_roles = []
            for members_with_roles_item_data in _members_with_roles:
                members_with_roles_item = Member.from_dict(members_with_roles_item_data)

                members_with_roles.append(members_with_roles_item)

        def _parse_metadata(data: object) -> None | TeamListItemMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = TeamListItemMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamListItemMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        model_id = _parse_model_id(d.pop("model_id", UNSET))

        def _parse_model_max_budget(data: object) -> None | TeamListItemModelMaxBudgetType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_type_0 = TeamListItemModelMaxBudgetType0.from_dict(data)

                return model_max_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamListItemModelMaxBudgetType0 | Unset, data)

        model_max_budget = _parse_model_max_budget(d.pop("model_max_budget", UNSET))

        def _parse_model_spend(data: object) -> None | TeamListItemModelSpendType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_spend_type_0 = TeamListItemModelSpendType0.from_dict(data)

                return model_spend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamListItemModelSpendType0 | Unset, data)

        model_spend = _parse_model_spend(d.pop("model_spend", UNSET))

        models = cast(list[str], d.pop("models", UNSET))

        def _parse_object_permission(data: object) -> LiteLLMObjectPermissionTable | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                object_permission_type_0 = LiteLLMObjectPermissionTable.from_dict(data)

                return object_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMObjectPermissionTable | None | Unset, data)

        object_permission = _parse_object_permission(d.pop("object_permission", UNSET))

        def _parse_object_permission_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_permission_id = _parse_object_permission_id(d.pop("object_permission_id", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

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

        def _parse_router_settings(data: object) -> None | TeamListItemRouterSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                router_settings_type_0 = TeamListItemRouterSettingsType0.from_dict(data)

                return router_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamListItemRouterSettingsType0 | Unset, data)

        router_settings = _parse_router_settings(d.pop("router_settings", UNSET))

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

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

        def _parse_team_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_alias = _parse_team_alias(d.pop("team_alias", UNSET))

        def _parse_team_member_permissions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_member_permissions_type_0 = cast(list[str], data)

                return team_member_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        team_member_permissions = _parse_team_member_permissions(d.pop("team_member_permissions", UNSET))

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

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        team_list_item = cls(
            team_id=team_id,
            access_group_agent_ids=access_group_agent_ids,
            access_group_ids=access_group_ids,
            access_group_mcp_server_ids=access_group_mcp_server_ids,
            access_group_models=access_group_models,
            access_group_skill_names=access_group_skill_names,
            admins=admins,
            allow_team_guardrail_config=allow_team_guardrail_config,
            blocked=blocked,
            budget_duration=budget_duration,
            budget_limits=budget_limits,
            budget_reset_at=budget_reset_at,
            caller_membership=caller_membership,
            created_at=created_at,
            default_team_member_models=default_team_member_models,
            keys_count=keys_count,
            litellm_model_table=litellm_model_table,
            max_budget=max_budget,
            max_parallel_requests=max_parallel_requests,
            members=members,
            members_count=members_count,
            members_with_roles=members_with_roles,
            metadata=metadata,
            model_id=model_id,
            model_max_budget=model_max_budget,
            model_spend=model_spend,
            models=models,
            object_permission=object_permission,
            object_permission_id=object_permission_id,
            organization_id=organization_id,
            policies=policies,
            router_settings=router_settings,
            rpm_limit=rpm_limit,
            soft_budget=soft_budget,
            spend=spend,
            team_alias=team_alias,
            team_member_permissions=team_member_permissions,
            tpd_limit=tpd_limit,
            tpm_limit=tpm_limit,
            updated_at=updated_at,
        )

        team_list_item.additional_properties = d
        return team_list_item

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
