from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_member_budget_update_result_max_budget_source_type_0 import (
    TeamMemberBudgetUpdateResultMaxBudgetSourceType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMemberBudgetUpdateResult")


@_attrs_define
class TeamMemberBudgetUpdateResult:
    """Outcome for one requested member, in request order, carrying the limits in force
    after the write rather than the ones that were asked for.

        Attributes:
            success (bool):
            allowed_models (list[str] | None | Unset):
            budget_duration (None | str | Unset):
            budget_id (None | str | Unset):
            error (None | str | Unset):
            max_budget (float | None | Unset):
            max_budget_source (None | TeamMemberBudgetUpdateResultMaxBudgetSourceType0 | Unset):
            rpm_limit (int | None | Unset):
            tpm_limit (int | None | Unset):
            user_email (None | str | Unset):
            user_id (None | str | Unset):
    """

    success: bool
    allowed_models: list[str] | None | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    budget_id: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    max_budget_source: None | TeamMemberBudgetUpdateResultMaxBudgetSourceType0 | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        allowed_models: list[str] | None | Unset
        if isinstance(self.allowed_models, Unset):
            allowed_models = UNSET
        elif isinstance(self.allowed_models, list):
            allowed_models = self.allowed_models

        else:
            allowed_models = self.allowed_models

        budget_duration: None | str | Unset
        if isinstance(self.budget_duration, Unset):
            budget_duration = UNSET
        else:
            budget_duration = self.budget_duration

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        max_budget_source: None | str | Unset
        if isinstance(self.max_budget_source, Unset):
            max_budget_source = UNSET
        elif isinstance(self.max_budget_source, TeamMemberBudgetUpdateResultMaxBudgetSourceType0):
            max_budget_source = self.max_budget_source.value
        else:
            max_budget_source = self.max_budget_source

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

        tpm_limit: int | None | Unset
        if isinstance(self.tpm_limit, Unset):
            tpm_limit = UNSET
        else:
            tpm_limit = self.tpm_limit

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if error is not UNSET:
            field_dict["error"] = error
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if max_budget_source is not UNSET:
            field_dict["max_budget_source"] = max_budget_source
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        def _parse_allowed_models(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_models_type_0 = cast(list[str], data)

                return allowed_models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_models = _parse_allowed_models(d.pop("allowed_models", UNSET))

        def _parse_budget_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_duration = _parse_budget_duration(d.pop("budget_duration", UNSET))

        def _parse_budget_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_id = _parse_budget_id(d.pop("budget_id", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_max_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget = _parse_max_budget(d.pop("max_budget", UNSET))

        def _parse_max_budget_source(data: object) -> None | TeamMemberBudgetUpdateResultMaxBudgetSourceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                max_budget_source_type_0 = TeamMemberBudgetUpdateResultMaxBudgetSourceType0(data)

                return max_budget_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamMemberBudgetUpdateResultMaxBudgetSourceType0 | Unset, data)

        max_budget_source = _parse_max_budget_source(d.pop("max_budget_source", UNSET))

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

        def _parse_tpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpm_limit = _parse_tpm_limit(d.pop("tpm_limit", UNSET))

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

        team_member_budget_update_result = cls(
            success=success,
            allowed_models=allowed_models,
            budget_duration=budget_duration,
            budget_id=budget_id,
            error=error,
            max_budget=max_budget,
            max_budget_source=max_budget_source,
            rpm_limit=rpm_limit,
            tpm_limit=tpm_limit,
            user_email=user_email,
            user_id=user_id,
        )

        team_member_budget_update_result.additional_properties = d
        return team_member_budget_update_result

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
