from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable
    from ..models.user_info_v2_response_metadata_type_0 import UserInfoV2ResponseMetadataType0
    from ..models.user_info_v2_response_model_max_budget_type_0 import UserInfoV2ResponseModelMaxBudgetType0
    from ..models.user_info_v2_response_model_max_budget_usage_type_0 import UserInfoV2ResponseModelMaxBudgetUsageType0


T = TypeVar("T", bound="UserInfoV2Response")


@_attrs_define
class UserInfoV2Response:
    """Response model for GET /v2/user/info

    Returns ONLY the user object - no keys, no teams objects.
    This is a lightweight alternative to UserInfoResponse.

        Attributes:
            user_id (str):
            budget_duration (None | str | Unset):
            budget_reset_at (datetime.datetime | None | Unset):
            created_at (datetime.datetime | None | Unset):
            max_budget (float | None | Unset):
            metadata (None | Unset | UserInfoV2ResponseMetadataType0):
            model_max_budget (None | Unset | UserInfoV2ResponseModelMaxBudgetType0):
            model_max_budget_usage (None | Unset | UserInfoV2ResponseModelMaxBudgetUsageType0):
            models (list[str] | Unset):
            object_permission (LiteLLMObjectPermissionTable | None | Unset):
            rpm_limit (int | None | Unset):
            spend (float | Unset):  Default: 0.0.
            sso_user_id (None | str | Unset):
            teams (list[str] | Unset):
            tpm_limit (int | None | Unset):
            updated_at (datetime.datetime | None | Unset):
            user_alias (None | str | Unset):
            user_email (None | str | Unset):
            user_role (None | str | Unset):
    """

    user_id: str
    budget_duration: None | str | Unset = UNSET
    budget_reset_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    metadata: None | Unset | UserInfoV2ResponseMetadataType0 = UNSET
    model_max_budget: None | Unset | UserInfoV2ResponseModelMaxBudgetType0 = UNSET
    model_max_budget_usage: None | Unset | UserInfoV2ResponseModelMaxBudgetUsageType0 = UNSET
    models: list[str] | Unset = UNSET
    object_permission: LiteLLMObjectPermissionTable | None | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    spend: float | Unset = 0.0
    sso_user_id: None | str | Unset = UNSET
    teams: list[str] | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    user_alias: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_role: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_object_permission_table import LiteLLMObjectPermissionTable  # noqa: PLC0415
        from ..models.user_info_v2_response_metadata_type_0 import UserInfoV2ResponseMetadataType0  # noqa: PLC0415
        from ..models.user_info_v2_response_model_max_budget_type_0 import UserInfoV2ResponseModelMaxBudgetType0  # noqa: PLC0415
        from ..models.user_info_v2_response_model_max_budget_usage_type_0 import (
            UserInfoV2ResponseModelMaxBudgetUsageType0,  # noqa: PLC0415
        )

        user_id = self.user_id

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

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, UserInfoV2ResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model_max_budget: dict[str, Any] | None | Unset
        if isinstance(self.model_max_budget, Unset):
            model_max_budget = UNSET
        elif isinstance(self.model_max_budget, UserInfoV2ResponseModelMaxBudgetType0):
            model_max_budget = self.model_max_budget.to_dict()
        else:
            model_max_budget = self.model_max_budget

        model_max_budget_usage: dict[str, Any] | None | Unset
        if isinstance(self.model_max_budget_usage, Unset):
            model_max_budget_usage = UNSET
        elif isinstance(self.model_max_budget_usage, UserInfoV2ResponseModelMaxBudgetUsageType0):
            model_max_budget_usage = self.model_max_budget_usage.to_dict()
        else:
            model_max_budget_usage = self.model_max_budget_usage

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
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if budget_reset_at is not UNSET:
            field_dict["budget_reset_at"] = budget_reset_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model_max_budget is not UNSET:
            field_dict["model_max_budget"] = model_max_budget
        if model_max_budget_usage is not UNSET:
            field_dict["model_max_budget_usage"] = model_max_budget_usage
        if models is not UNSET:
            field_dict["models"] = models
        if object_permission is not UNSET:
            field_dict["object_permission"] = object_permission
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if spend is not UNSET:
            field_dict["spend"] = spend
        if sso_user_id is not UNSET:
            field_dict["sso_user_id"] = sso_user_id
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
        from ..models.user_info_v2_response_metadata_type_0 import UserInfoV2ResponseMetadataType0  # noqa: PLC0415
        from ..models.user_info_v2_response_model_max_budget_type_0 import UserInfoV2ResponseModelMaxBudgetType0  # noqa: PLC0415
        from ..models.user_info_v2_response_model_max_budget_usage_type_0 import (
            UserInfoV2ResponseModelMaxBudgetUsageType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        user_id = d.pop("user_id")

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

        def _parse_max_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget = _parse_max_budget(d.pop("max_budget", UNSET))

        def _parse_metadata(data: object) -> None | Unset | UserInfoV2ResponseMetadataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = UserInfoV2ResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserInfoV2ResponseMetadataType0, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model_max_budget(data: object) -> None | Unset | UserInfoV2ResponseModelMaxBudgetType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_type_0 = UserInfoV2ResponseModelMaxBudgetType0.from_dict(data)

                return model_max_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserInfoV2ResponseModelMaxBudgetType0, data)

        model_max_budget = _parse_model_max_budget(d.pop("model_max_budget", UNSET))

        def _parse_model_max_budget_usage(data: object) -> None | Unset | UserInfoV2ResponseModelMaxBudgetUsageType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_usage_type_0 = UserInfoV2ResponseModelMaxBudgetUsageType0.from_dict(data)

                return model_max_budget_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UserInfoV2ResponseModelMaxBudgetUsageType0, data)

        model_max_budget_usage = _parse_model_max_budget_usage(d.pop("model_max_budget_usage", UNSET))

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

        user_info_v2_response = cls(
            user_id=user_id,
            budget_duration=budget_duration,
            budget_reset_at=budget_reset_at,
            created_at=created_at,
            max_budget=max_budget,
            metadata=metadata,
            model_max_budget=model_max_budget,
            model_max_budget_usage=model_max_budget_usage,
            models=models,
            object_permission=object_permission,
            rpm_limit=rpm_limit,
            spend=spend,
            sso_user_id=sso_user_id,
            teams=teams,
            tpm_limit=tpm_limit,
            updated_at=updated_at,
            user_alias=user_alias,
            user_email=user_email,
            user_role=user_role,
        )

        user_info_v2_response.additional_properties = d
        return user_info_v2_response

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
