from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable
    from ..models.lite_llm_organization_membership_table import LiteLLMOrganizationMembershipTable
    from ..models.lite_llm_user_table_metadata_type_0 import LiteLLMUserTableMetadataType0
    from ..models.lite_llm_user_table_model_max_budget_type_0 import LiteLLMUserTableModelMaxBudgetType0
    from ..models.lite_llm_user_table_model_spend_type_0 import LiteLLMUserTableModelSpendType0


T = TypeVar("T", bound="LiteLLMUserTable")


@_attrs_define
class LiteLLMUserTable:
    """
    Attributes:
        user_id (str):
        allowed_cache_controls (list[str] | Unset):
        budget_duration (None | str | Unset):
        budget_reset_at (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
        last_breach_check_at (datetime.datetime | None | Unset):
        max_budget (float | None | Unset):
        max_parallel_requests (int | None | Unset):
        metadata (LiteLLMUserTableMetadataType0 | None | Unset):
        model_max_budget (LiteLLMUserTableModelMaxBudgetType0 | None | Unset):
        model_spend (LiteLLMUserTableModelSpendType0 | None | Unset):
        models (list[Any] | Unset):
        object_permission (LiteLLMObjectPermissionTable | None | Unset):
        object_permission_id (None | str | Unset):
        organization_id (None | str | Unset):
        organization_memberships (list[LiteLLMOrganizationMembershipTable] | None | Unset):
        password_reset_required (bool | None | Unset):
        policies (list[str] | Unset):
        rpm_limit (int | None | Unset):
        spend (float | Unset):  Default: 0.0.
        sso_user_id (None | str | Unset):
        team_id (None | str | Unset):
        teams (list[str] | Unset):
        tpm_limit (int | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        user_alias (None | str | Unset):
        user_email (None | str | Unset):
        user_role (None | str | Unset):
    """

    user_id: str
    allowed_cache_controls: list[str] | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    budget_reset_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    last_breach_check_at: datetime.datetime | None | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    max_parallel_requests: int | None | Unset = UNSET
    metadata: LiteLLMUserTableMetadataType0 | None | Unset = UNSET
    model_max_budget: LiteLLMUserTableModelMaxBudgetType0 | None | Unset = UNSET
    model_spend: LiteLLMUserTableModelSpendType0 | None | Unset = UNSET
    models: list[Any] | Unset = UNSET
    object_permission: LiteLLMObjectPermissionTable | None | Unset = UNSET
    object_permission_id: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    organization_memberships: list[LiteLLMOrganizationMembershipTable] | None | Unset = UNSET
    password_reset_required: bool | None | Unset = UNSET
    policies: list[str] | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    spend: float | Unset = 0.0
    sso_user_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    teams: list[str] | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    user_alias: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_role: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable  # noqa: PLC0415
        from ..models.lite_llm_user_table_metadata_type_0 import LiteLLMUserTableMetadataType0  # noqa: PLC0415
        from ..models.lite_llm_user_table_model_max_budget_type_0 import LiteLLMUserTableModelMaxBudgetType0  # noqa: PLC0415
        from ..models.lite_llm_user_table_model_spend_type_0 import LiteLLMUserTableModelSpendType0  # noqa: PLC0415

        user_id = self.user_id

        allowed_cache_controls: list[str] | Unset = UNSET
        if not isinstance(self.allowed_cache_controls, Unset):
            allowed_cache_controls = self.allowed_cache_controls

        budget_duration: None | str | Unset
        if isinstance(self.budget_duration, Unset):
            budget_duration = UNSET
        else:
            budget_duration = self.budget_duration

        budget_reset_at: None | str | Unset
        if isinstance(self.budget_reset_at, Unset):
            budget_reset_at = UNSET
        elif isinstance(self.budget_reset_at, datetime.datetime):
            budget_reset_at = self.budget_reset_at.isoformat()
        else:
            budget_reset_at = self.budget_reset_at

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        last_breach_check_at: None | str | Unset
        if isinstance(self.last_breach_check_at, Unset):
            last_breach_check_at = UNSET
        elif isinstance(self.last_breach_check_at, datetime.datetime):
            last_breach_check_at = self.last_breach_check_at.isoformat()
        else:
            last_breach_check_at = self.last_breach_check_at

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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, LiteLLMUserTableMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model_max_budget: dict[str, Any] | None | Unset
        if isinstance(self.model_max_budget, Unset):
            model_max_budget = UNSET
        elif isinstance(self.model_max_budget, LiteLLMUserTableModelMaxBudgetType0):
            model_max_budget = self.model_max_budget.to_dict()
        else:
            model_max_budget = self.model_max_budget

        model_spend: dict[str, Any] | None | Unset
        if isinstance(self.model_spend, Unset):
            model_spend = UNSET
        elif isinstance(self.model_spend, LiteLLMUserTableModelSpendType0):
            model_spend = self.model_spend.to_dict()
        else:
            model_spend = self.model_spend

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

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        organization_memberships: list[dict[str, Any]] | None | Unset
        if isinstance(self.organization_memberships, Unset):
            organization_memberships = UNSET
        elif isinstance(self.organization_memberships, list):
            organization_memberships = []
            for organization_memberships_type_0_item_data in self.organization_memberships:
                organization_memberships_type_0_item = organization_memberships_type_0_item_data.to_dict()
                organization_memberships.append(organization_memberships_type_0_item)

        else:
            organization_memberships = self.organization_memberships

        password_reset_required: bool | None | Unset
        if isinstance(self.password_reset_required, Unset):
            password_reset_required = UNSET
        else:
            password_reset_required = self.password_reset_required

        policies: list[str] | Unset = UNSET
        if not isinstance(self.policies, Unset):
            policies = self.policies

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

        spend = self.spend

        sso_user_id: None | str | Unset
        if isinstance(self.sso_user_id, Unset):
            sso_user_id = UNSET
        else:
            sso_user_id = self.sso_user_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        teams: list[str] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams

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

        user_role: None | str | Unset
        if isinstance(self.user_role, Unset):
            user_role = UNSET
        else:
            user_role = self.user_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
            }
        )
        if allowed_cache_controls is not UNSET:
            field_dict["allowed_cache_controls"] = allowed_cache_controls
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if budget_reset_at is not UNSET:
            field_dict["budget_reset_at"] = budget_reset_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_breach_check_at is not UNSET:
            field_dict["last_breach_check_at"] = last_breach_check_at
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
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if organization_memberships is not UNSET:
            field_dict["organization_memberships"] = organization_memberships
        if password_reset_required is not UNSET:
            field_dict["password_reset_required"] = password_reset_required
        if policies is not UNSET:
            field_dict["policies"] = policies
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if spend is not UNSET:
            field_dict["spend"] = spend
        if sso_user_id is not UNSET:
            field_dict["sso_user_id"] = sso_user_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if teams is not UNSET:
            field_dict["teams"] = teams
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_alias is not UNSET:
            field_dict["user_alias"] = user_alias
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_role is not UNSET:
            field_dict["user_role"] = user_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable  # noqa: PLC0415
        from ..models.lite_llm_organization_membership_table import LiteLLMOrganizationMembershipTable  # noqa: PLC0415
        from ..models.lite_llm_user_table_metadata_type_0 import LiteLLMUserTableMetadataType0  # noqa: PLC0415
        from ..models.lite_llm_user_table_model_max_budget_type_0 import LiteLLMUserTableModelMaxBudgetType0  # noqa: PLC0415
        from ..models.lite_llm_user_table_model_spend_type_0 import LiteLLMUserTableModelSpendType0  # noqa: PLC0415

        d = dict(src_dict)
        user_id = d.pop("user_id")

        allowed_cache_controls = cast(list[str], d.pop("allowed_cache_controls", UNSET))

        def _parse_budget_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_duration = _parse_budget_duration(d.pop("budget_duration", UNSET))

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

        def _parse_last_breach_check_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_breach_check_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_breach_check_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_breach_check_at = _parse_last_breach_check_at(d.pop("last_breach_check_at", UNSET))

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

        def _parse_metadata(data: object) -> LiteLLMUserTableMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = LiteLLMUserTableMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMUserTableMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model_max_budget(data: object) -> LiteLLMUserTableModelMaxBudgetType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_type_0 = LiteLLMUserTableModelMaxBudgetType0.from_dict(data)

                return model_max_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMUserTableModelMaxBudgetType0 | None | Unset, data)

        model_max_budget = _parse_model_max_budget(d.pop("model_max_budget", UNSET))

        def _parse_model_spend(data: object) -> LiteLLMUserTableModelSpendType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_spend_type_0 = LiteLLMUserTableModelSpendType0.from_dict(data)

                return model_spend_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMUserTableModelSpendType0 | None | Unset, data)

        model_spend = _parse_model_spend(d.pop("model_spend", UNSET))

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

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_organization_memberships(data: object) -> list[LiteLLMOrganizationMembershipTable] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                organization_memberships_type_0 = []
                _organization_memberships_type_0 = data
                for organization_memberships_type_0_item_data in _organization_memberships_type_0:
                    organization_memberships_type_0_item = LiteLLMOrganizationMembershipTable.from_dict(
                        organization_memberships_type_0_item_data
                    )

                    organization_memberships_type_0.append(organization_memberships_type_0_item)

                return organization_memberships_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LiteLLMOrganizationMembershipTable] | None | Unset, data)

        organization_memberships = _parse_organization_memberships(d.pop("organization_memberships", UNSET))

        def _parse_password_reset_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        password_reset_required = _parse_password_reset_required(d.pop("password_reset_required", UNSET))

        policies = cast(list[str], d.pop("policies", UNSET))

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

        spend = d.pop("spend", UNSET)

        def _parse_sso_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sso_user_id = _parse_sso_user_id(d.pop("sso_user_id", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        teams = cast(list[str], d.pop("teams", UNSET))

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

        def _parse_user_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_role = _parse_user_role(d.pop("user_role", UNSET))

        lite_llm_user_table = cls(
            user_id=user_id,
            allowed_cache_controls=allowed_cache_controls,
            budget_duration=budget_duration,
            budget_reset_at=budget_reset_at,
            created_at=created_at,
            last_breach_check_at=last_breach_check_at,
            max_budget=max_budget,
            max_parallel_requests=max_parallel_requests,
            metadata=metadata,
            model_max_budget=model_max_budget,
            model_spend=model_spend,
            models=models,
            object_permission=object_permission,
            object_permission_id=object_permission_id,
            organization_id=organization_id,
            organization_memberships=organization_memberships,
            password_reset_required=password_reset_required,
            policies=policies,
            rpm_limit=rpm_limit,
            spend=spend,
            sso_user_id=sso_user_id,
            team_id=team_id,
            teams=teams,
            tpm_limit=tpm_limit,
            updated_at=updated_at,
            user_alias=user_alias,
            user_email=user_email,
            user_role=user_role,
        )

        lite_llm_user_table.additional_properties = d
        return lite_llm_user_table

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
