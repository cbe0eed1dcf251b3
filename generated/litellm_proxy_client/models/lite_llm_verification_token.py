from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable
    from ..models.lite_llm_verification_token_aliases import LiteLLMVerificationTokenAliases
    from ..models.lite_llm_verification_token_budget_fallbacks import LiteLLMVerificationTokenBudgetFallbacks
    from ..models.lite_llm_verification_token_budget_limits_type_0_item import (
        LiteLLMVerificationTokenBudgetLimitsType0Item,
    )
    from ..models.lite_llm_verification_token_config import LiteLLMVerificationTokenConfig
    from ..models.lite_llm_verification_token_litellm_budget_table_type_0 import (
        LiteLLMVerificationTokenLitellmBudgetTableType0,
    )
    from ..models.lite_llm_verification_token_metadata import LiteLLMVerificationTokenMetadata
    from ..models.lite_llm_verification_token_model_max_budget import LiteLLMVerificationTokenModelMaxBudget
    from ..models.lite_llm_verification_token_model_spend import LiteLLMVerificationTokenModelSpend
    from ..models.lite_llm_verification_token_permissions import LiteLLMVerificationTokenPermissions
    from ..models.lite_llm_verification_token_router_settings_type_0 import LiteLLMVerificationTokenRouterSettingsType0


T = TypeVar("T", bound="LiteLLMVerificationToken")


@_attrs_define
class LiteLLMVerificationToken:
    """
    Attributes:
        access_group_ids (list[str] | None | Unset):
        agent_id (None | str | Unset):
        aliases (LiteLLMVerificationTokenAliases | Unset):
        allowed_cache_controls (list[Any] | None | Unset):
        allowed_routes (list[Any] | None | Unset):
        auto_rotate (bool | None | Unset):  Default: False.
        blocked (bool | None | Unset):
        budget_duration (None | str | Unset):
        budget_fallbacks (LiteLLMVerificationTokenBudgetFallbacks | Unset):
        budget_id (None | str | Unset):
        budget_limits (list[LiteLLMVerificationTokenBudgetLimitsType0Item] | None | Unset):
        budget_reset_at (datetime.datetime | None | Unset):
        config (LiteLLMVerificationTokenConfig | Unset):
        created_at (datetime.datetime | None | Unset):
        created_by (None | str | Unset):
        expires (datetime.datetime | None | str | Unset):
        key_alias (None | str | Unset):
        key_name (None | str | Unset):
        key_rotation_at (datetime.datetime | None | Unset):
        key_type (None | str | Unset):
        last_active (datetime.datetime | None | Unset):
        last_rotation_at (datetime.datetime | None | Unset):
        litellm_budget_table (LiteLLMVerificationTokenLitellmBudgetTableType0 | None | Unset):
        max_budget (float | None | Unset):
        max_parallel_requests (int | None | Unset):
        metadata (LiteLLMVerificationTokenMetadata | Unset):
        model_max_budget (LiteLLMVerificationTokenModelMaxBudget | Unset):
        model_spend (LiteLLMVerificationTokenModelSpend | Unset):
        models (list[Any] | Unset):
        object_permission (LiteLLMObjectPermissionTable | None | Unset):
        object_permission_id (None | str | Unset):
        org_id (None | str | Unset):
        permissions (LiteLLMVerificationTokenPermissions | Unset):
        project_id (None | str | Unset):
        rotation_count (int | None | Unset):  Default: 0.
        rotation_interval (None | str | Unset):
        router_settings (LiteLLMVerificationTokenRouterSettingsType0 | None | Unset):
        rpm_limit (int | None | Unset):
        settings_updated_at (datetime.datetime | None | Unset):
        soft_budget_cooldown (bool | Unset):  Default: False.
        spend (float | Unset):  Default: 0.0.
        team_id (None | str | Unset):
        token (None | str | Unset):
        total_spend (float | Unset):  Default: 0.0.
        tpd_limit (int | None | Unset):
        tpm_limit (int | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        updated_by (None | str | Unset):
        user_id (None | str | Unset):
    """

    access_group_ids: list[str] | None | Unset = UNSET
    agent_id: None | str | Unset = UNSET
    aliases: LiteLLMVerificationTokenAliases | Unset = UNSET
    allowed_cache_controls: list[Any] | None | Unset = UNSET
    allowed_routes: list[Any] | None | Unset = UNSET
    auto_rotate: bool | None | Unset = False
    blocked: bool | None | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    budget_fallbacks: LiteLLMVerificationTokenBudgetFallbacks | Unset = UNSET
    budget_id: None | str | Unset = UNSET
    budget_limits: list[LiteLLMVerificationTokenBudgetLimitsType0Item] | None | Unset = UNSET
    budget_reset_at: datetime.datetime | None | Unset = UNSET
    config: LiteLLMVerificationTokenConfig | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    expires: datetime.datetime | None | str | Unset = UNSET
    key_alias: None | str | Unset = UNSET
    key_name: None | str | Unset = UNSET
    key_rotation_at: datetime.datetime | None | Unset = UNSET
    key_type: None | str | Unset = UNSET
    last_active: datetime.datetime | None | Unset = UNSET
    last_rotation_at: datetime.datetime | None | Unset = UNSET
    litellm_budget_table: LiteLLMVerificationTokenLitellmBudgetTableType0 | None | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    max_parallel_requests: int | None | Unset = UNSET
    metadata: LiteLLMVerificationTokenMetadata | Unset = UNSET
    model_max_budget: LiteLLMVerificationTokenModelMaxBudget | Unset = UNSET
    model_spend: LiteLLMVerificationTokenModelSpend | Unset = UNSET
    models: list[Any] | Unset = UNSET
    object_permission: LiteLLMObjectPermissionTable | None | Unset = UNSET
    object_permission_id: None | str | Unset = UNSET
    org_id: None | str | Unset = UNSET
    permissions: LiteLLMVerificationTokenPermissions | Unset = UNSET
    project_id: None | str | Unset = UNSET
    rotation_count: int | None | Unset = 0
    rotation_interval: None | str | Unset = UNSET
    router_settings: LiteLLMVerificationTokenRouterSettingsType0 | None | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    settings_updated_at: datetime.datetime | None | Unset = UNSET
    soft_budget_cooldown: bool | Unset = False
    spend: float | Unset = 0.0
    team_id: None | str | Unset = UNSET
    token: None | str | Unset = UNSET
    total_spend: float | Unset = 0.0
    tpd_limit: int | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable  # noqa: PLC0415
        from ..models.lite_llm_verification_token_litellm_budget_table_type_0 import (
            LiteLLMVerificationTokenLitellmBudgetTableType0,  # noqa: PLC0415
        )
        from ..models.lite_llm_verification_token_router_settings_type_0 import (
            LiteLLMVerificationTokenRouterSettingsType0,  # noqa: PLC0415
        )

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

        aliases: dict[str, Any] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases.to_dict()

        allowed_cache_controls: list[Any] | None | Unset
        if isinstance(self.allowed_cache_controls, Unset):
            allowed_cache_controls = UNSET
        elif isinstance(self.allowed_cache_controls, list):
            allowed_cache_controls = self.allowed_cache_controls

        else:
            allowed_cache_controls = self.allowed_cache_controls

        allowed_routes: list[Any] | None | Unset
        if isinstance(self.allowed_routes, Unset):
            allowed_routes = UNSET
        elif isinstance(self.allowed_routes, list):
            allowed_routes = self.allowed_routes

        else:
            allowed_routes = self.allowed_routes

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

        budget_fallbacks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.budget_fallbacks, Unset):
            budget_fallbacks = self.budget_fallbacks.to_dict()

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

        budget_reset_at: None | str | Unset
        if isinstance(self.budget_reset_at, Unset):
            budget_reset_at = UNSET
        elif isinstance(self.budget_reset_at, datetime.datetime):
            budget_reset_at = self.budget_reset_at.isoformat()
        else:
            budget_reset_at = self.budget_reset_at

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        expires: None | str | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        elif isinstance(self.expires, datetime.datetime):
            expires = self.expires.isoformat()
        else:
            expires = self.expires

        key_alias: None | str | Unset
        if isinstance(self.key_alias, Unset):
            key_alias = UNSET
        else:
            key_alias = self.key_alias

        key_name: None | str | Unset
        if isinstance(self.key_name, Unset):
            key_name = UNSET
        else:
            key_name = self.key_name

        key_rotation_at: None | str | Unset
        if isinstance(self.key_rotation_at, Unset):
            key_rotation_at = UNSET
        elif isinstance(self.key_rotation_at, datetime.datetime):
            key_rotation_at = self.key_rotation_at.isoformat()
        else:
            key_rotation_at = self.key_rotation_at

        key_type: None | str | Unset
        if isinstance(self.key_type, Unset):
            key_type = UNSET
        else:
            key_type = self.key_type

        last_active: None | str | Unset
        if isinstance(self.last_active, Unset):
            last_active = UNSET
        elif isinstance(self.last_active, datetime.datetime):
            last_active = self.last_active.isoformat()
        else:
            last_active = self.last_active

        last_rotation_at: None | str | Unset
        if isinstance(self.last_rotation_at, Unset):
            last_rotation_at = UNSET
        elif isinstance(self.last_rotation_at, datetime.datetime):
            last_rotation_at = self.last_rotation_at.isoformat()
        else:
            last_rotation_at = self.last_rotation_at

        litellm_budget_table: dict[str, Any] | None | Unset
        if isinstance(self.litellm_budget_table, Unset):
            litellm_budget_table = UNSET
        elif isinstance(self.litellm_budget_table, LiteLLMVerificationTokenLitellmBudgetTableType0):
            litellm_budget_table = self.litellm_budget_table.to_dict()
        else:
            litellm_budget_table = self.litellm_budget_table

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

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        model_max_budget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_max_budget, Unset):
            model_max_budget = self.model_max_budget.to_dict()

        model_spend: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_spend, Unset):
            model_spend = self.model_spend.to_dict()

        models: list[Any] | Unset = UNSET
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

        org_id: None | str | Unset
        if isinstance(self.org_id, Unset):
            org_id = UNSET
        else:
            org_id = self.org_id

        permissions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = self.permissions.to_dict()

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        rotation_count: int | None | Unset
        if isinstance(self.rotation_count, Unset):
            rotation_count = UNSET
        else:
            rotation_count = self.rotation_count

        rotation_interval: None | str | Unset
        if isinstance(self.rotation_interval, Unset):
            rotation_interval = UNSET
        else:
            rotation_interval = self.rotation_interval

        router_settings: dict[str, Any] | None | Unset
        if isinstance(self.router_settings, Unset):
            router_settings = UNSET
        elif isinstance(self.router_settings, LiteLLMVerificationTokenRouterSettingsType0):
            router_settings = self.router_settings.to_dict()
        else:
            router_settings = self.router_settings

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

        settings_updated_at: None | str | Unset
        if isinstance(self.settings_updated_at, Unset):
            settings_updated_at = UNSET
        elif isinstance(self.settings_updated_at, datetime.datetime):
            settings_updated_at = self.settings_updated_at.isoformat()
        else:
            settings_updated_at = self.settings_updated_at

        soft_budget_cooldown = self.soft_budget_cooldown

        spend = self.spend

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        total_spend = self.total_spend

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

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

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
        if allowed_routes is not UNSET:
            field_dict["allowed_routes"] = allowed_routes
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
        if budget_reset_at is not UNSET:
            field_dict["budget_reset_at"] = budget_reset_at
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if expires is not UNSET:
            field_dict["expires"] = expires
        if key_alias is not UNSET:
            field_dict["key_alias"] = key_alias
        if key_name is not UNSET:
            field_dict["key_name"] = key_name
        if key_rotation_at is not UNSET:
            field_dict["key_rotation_at"] = key_rotation_at
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if last_active is not UNSET:
            field_dict["last_active"] = last_active
        if last_rotation_at is not UNSET:
            field_dict["last_rotation_at"] = last_rotation_at
        if litellm_budget_table is not UNSET:
            field_dict["litellm_budget_table"] = litellm_budget_table
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if max_parallel_requests is not UNSET:
            field_dict["max_parallel_requests"] = max_parallel_requests
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if rotation_count is not UNSET:
            field_dict["rotation_count"] = rotation_count
        if rotation_interval is not UNSET:
            field_dict["rotation_interval"] = rotation_interval
        if router_settings is not UNSET:
            field_dict["router_settings"] = router_settings
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if settings_updated_at is not UNSET:
            field_dict["settings_updated_at"] = settings_updated_at
        if soft_budget_cooldown is not UNSET:
            field_dict["soft_budget_cooldown"] = soft_budget_cooldown
        if spend is not UNSET:
            field_dict["spend"] = spend
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if token is not UNSET:
            field_dict["token"] = token
        if total_spend is not UNSET:
            field_dict["total_spend"] = total_spend
        if tpd_limit is not UNSET:
            field_dict["tpd_limit"] = tpd_limit
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable  # noqa: PLC0415
        from ..models.lite_llm_verification_token_aliases import LiteLLMVerificationTokenAliases  # noqa: PLC0415
        from ..models.lite_llm_verification_token_budget_fallbacks import LiteLLMVerificationTokenBudgetFallbacks  # noqa: PLC0415
        from ..models.lite_llm_verification_token_budget_limits_type_0_item import (
            LiteLLMVerificationTokenBudgetLimitsType0Item,  # noqa: PLC0415
        )
        from ..models.lite_llm_verification_token_config import LiteLLMVerificationTokenConfig  # noqa: PLC0415
        from ..models.lite_llm_verification_token_litellm_budget_table_type_0 import (
            LiteLLMVerificationTokenLitellmBudgetTableType0,  # noqa: PLC0415
        )
        from ..models.lite_llm_verification_token_metadata import LiteLLMVerificationTokenMetadata  # noqa: PLC0415
        from ..models.lite_llm_verification_token_model_max_budget import LiteLLMVerificationTokenModelMaxBudget  # noqa: PLC0415
        from ..models.lite_llm_verification_token_model_spend import LiteLLMVerificationTokenModelSpend  # noqa: PLC0415
        from ..models.lite_llm_verification_token_permissions import LiteLLMVerificationTokenPermissions  # noqa: PLC0415
        from ..models.lite_llm_verification_token_router_settings_type_0 import (
            LiteLLMVerificationTokenRouterSettingsType0,  # noqa: PLC0415
        )

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

        _aliases = d.pop("aliases", UNSET)
        aliases: LiteLLMVerificationTokenAliases | Unset
        if isinstance(_aliases, Unset):
            aliases = UNSET
        else:
            aliases = LiteLLMVerificationTokenAliases.from_dict(_aliases)

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

        _budget_fallbacks = d.pop("budget_fallbacks", UNSET)
        budget_fallbacks: LiteLLMVerificationTokenBudgetFallbacks | Unset
        if isinstance(_budget_fallbacks, Unset):
            budget_fallbacks = UNSET
        else:
            budget_fallbacks = LiteLLMVerificationTokenBudgetFallbacks.from_dict(_budget_fallbacks)

        def _parse_budget_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_id = _parse_budget_id(d.pop("budget_id", UNSET))

        def _parse_budget_limits(data: object) -> list[LiteLLMVerificationTokenBudgetLimitsType0Item] | None | Unset:
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
                    budget_limits_type_0_item = LiteLLMVerificationTokenBudgetLimitsType0Item.from_dict(
                        budget_limits_type_0_item_data
                    )

                    budget_limits_type_0.append(budget_limits_type_0_item)

                return budget_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LiteLLMVerificationTokenBudgetLimitsType0Item] | None | Unset, data)

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

        _config = d.pop("config", UNSET)
        config: LiteLLMVerificationTokenConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = LiteLLMVerificationTokenConfig.from_dict(_config)

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

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_expires(data: object) -> datetime.datetime | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_type_1 = datetime.datetime.fromisoformat(data)

                return expires_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | str | Unset, data)

        expires = _parse_expires(d.pop("expires", UNSET))

        def _parse_key_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_alias = _parse_key_alias(d.pop("key_alias", UNSET))

        def _parse_key_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_name = _parse_key_name(d.pop("key_name", UNSET))

        def _parse_key_rotation_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                key_rotation_at_type_0 = datetime.datetime.fromisoformat(data)

                return key_rotation_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        key_rotation_at = _parse_key_rotation_at(d.pop("key_rotation_at", UNSET))

        def _parse_key_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_type = _parse_key_type(d.pop("key_type", UNSET))

        def _parse_last_active(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_active_type_0 = datetime.datetime.fromisoformat(data)

                return last_active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_active = _parse_last_active(d.pop("last_active", UNSET))

        def _parse_last_rotation_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_rotation_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_rotation_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_rotation_at = _parse_last_rotation_at(d.pop("last_rotation_at", UNSET))

        def _parse_litellm_budget_table(data: object) -> LiteLLMVerificationTokenLitellmBudgetTableType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                litellm_budget_table_type_0 = LiteLLMVerificationTokenLitellmBudgetTableType0.from_dict(data)

                return litellm_budget_table_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMVerificationTokenLitellmBudgetTableType0 | None | Unset, data)

        litellm_budget_table = _parse_litellm_budget_table(d.pop("litellm_budget_table", UNSET))

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

        _metadata = d.pop("metadata", UNSET)
        metadata: LiteLLMVerificationTokenMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = LiteLLMVerificationTokenMetadata.from_dict(_metadata)

        _model_max_budget = d.pop("model_max_budget", UNSET)
        model_max_budget: LiteLLMVerificationTokenModelMaxBudget | Unset
        if isinstance(_model_max_budget, Unset):
            model_max_budget = UNSET
        else:
            model_max_budget = LiteLLMVerificationTokenModelMaxBudget.from_dict(_model_max_budget)

        _model_spend = d.pop("model_spend", UNSET)
        model_spend: LiteLLMVerificationTokenModelSpend | Unset
        if isinstance(_model_spend, Unset):
            model_spend = UNSET
        else:
            model_spend = LiteLLMVerificationTokenModelSpend.from_dict(_model_spend)

        models = cast(list[Any], d.pop("models", UNSET))

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

        def _parse_org_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_id = _parse_org_id(d.pop("org_id", UNSET))

        _permissions = d.pop("permissions", UNSET)
        permissions: LiteLLMVerificationTokenPermissions | Unset
        if isinstance(_permissions, Unset):
            permissions = UNSET
        else:
            permissions = LiteLLMVerificationTokenPermissions.from_dict(_permissions)

        def _parse_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_id = _parse_project_id(d.pop("project_id", UNSET))

        def _parse_rotation_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rotation_count = _parse_rotation_count(d.pop("rotation_count", UNSET))

        def _parse_rotation_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rotation_interval = _parse_rotation_interval(d.pop("rotation_interval", UNSET))

        def _parse_router_settings(data: object) -> LiteLLMVerificationTokenRouterSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                router_settings_type_0 = LiteLLMVerificationTokenRouterSettingsType0.from_dict(data)

                return router_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMVerificationTokenRouterSettingsType0 | None | Unset, data)

        router_settings = _parse_router_settings(d.pop("router_settings", UNSET))

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

        def _parse_settings_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                settings_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return settings_updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        settings_updated_at = _parse_settings_updated_at(d.pop("settings_updated_at", UNSET))

        soft_budget_cooldown = d.pop("soft_budget_cooldown", UNSET)

        spend = d.pop("spend", UNSET)

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        total_spend = d.pop("total_spend", UNSET)

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

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        lite_llm_verification_token = cls(
            access_group_ids=access_group_ids,
            agent_id=agent_id,
            aliases=aliases,
            allowed_cache_controls=allowed_cache_controls,
            allowed_routes=allowed_routes,
            auto_rotate=auto_rotate,
            blocked=blocked,
            budget_duration=budget_duration,
            budget_fallbacks=budget_fallbacks,
            budget_id=budget_id,
            budget_limits=budget_limits,
            budget_reset_at=budget_reset_at,
            config=config,
            created_at=created_at,
            created_by=created_by,
            expires=expires,
            key_alias=key_alias,
            key_name=key_name,
            key_rotation_at=key_rotation_at,
            key_type=key_type,
            last_active=last_active,
            last_rotation_at=last_rotation_at,
            litellm_budget_table=litellm_budget_table,
            max_budget=max_budget,
            max_parallel_requests=max_parallel_requests,
            metadata=metadata,
            model_max_budget=model_max_budget,
            model_spend=model_spend,
            models=models,
            object_permission=object_permission,
            object_permission_id=object_permission_id,
            org_id=org_id,
            permissions=permissions,
            project_id=project_id,
            rotation_count=rotation_count,
            rotation_interval=rotation_interval,
            router_settings=router_settings,
            rpm_limit=rpm_limit,
            settings_updated_at=settings_updated_at,
            soft_budget_cooldown=soft_budget_cooldown,
            spend=spend,
            team_id=team_id,
            token=token,
            total_spend=total_spend,
            tpd_limit=tpd_limit,
            tpm_limit=tpm_limit,
            updated_at=updated_at,
            updated_by=updated_by,
            user_id=user_id,
        )

        lite_llm_verification_token.additional_properties = d
        return lite_llm_verification_token

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
