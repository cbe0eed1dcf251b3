from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_update_response_model_max_budget_type_0 import TeamMemberUpdateResponseModelMaxBudgetType0


T = TypeVar("T", bound="TeamMemberUpdateResponse")


@_attrs_define
class TeamMemberUpdateResponse:
    """
    Attributes:
        team_id (str):
        user_id (str):
        allowed_models (list[str] | None | Unset):
        budget_duration (None | str | Unset):
        max_budget_in_team (float | None | Unset):
        model_max_budget (None | TeamMemberUpdateResponseModelMaxBudgetType0 | Unset):
        rpm_limit (int | None | Unset):
        temp_budget_expiry (datetime.datetime | None | Unset):
        temp_budget_increase (float | None | Unset):
        tpm_limit (int | None | Unset):
        user_email (None | str | Unset):
    """

    team_id: str
    user_id: str
    allowed_models: list[str] | None | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    max_budget_in_team: float | None | Unset = UNSET
    model_max_budget: None | TeamMemberUpdateResponseModelMaxBudgetType0 | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    temp_budget_expiry: datetime.datetime | None | Unset = UNSET
    temp_budget_increase: float | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    user_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_member_update_response_model_max_budget_type_0 import (
            TeamMemberUpdateResponseModelMaxBudgetType0,  # noqa: PLC0415
        )

        team_id = self.team_id

        user_id = self.user_id

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

        max_budget_in_team: float | None | Unset
        if isinstance(self.max_budget_in_team, Unset):
            max_budget_in_team = UNSET
        else:
            max_budget_in_team = self.max_budget_in_team

        model_max_budget: dict[str, Any] | None | Unset
        if isinstance(self.model_max_budget, Unset):
            model_max_budget = UNSET
        elif isinstance(self.model_max_budget, TeamMemberUpdateResponseModelMaxBudgetType0):
            model_max_budget = self.model_max_budget.to_dict()
        else:
            model_max_budget = self.model_max_budget

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
                "user_id": user_id,
            }
        )
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if max_budget_in_team is not UNSET:
            field_dict["max_budget_in_team"] = max_budget_in_team
        if model_max_budget is not UNSET:
            field_dict["model_max_budget"] = model_max_budget
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if temp_budget_expiry is not UNSET:
            field_dict["temp_budget_expiry"] = temp_budget_expiry
        if temp_budget_increase is not UNSET:
            field_dict["temp_budget_increase"] = temp_budget_increase
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_member_update_response_model_max_budget_type_0 import (
            TeamMemberUpdateResponseModelMaxBudgetType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        team_id = d.pop("team_id")

        user_id = d.pop("user_id")

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

        def _parse_max_budget_in_team(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget_in_team = _parse_max_budget_in_team(d.pop("max_budget_in_team", UNSET))

        def _parse_model_max_budget(data: object) -> None | TeamMemberUpdateResponseModelMaxBudgetType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_type_0 = TeamMemberUpdateResponseModelMaxBudgetType0.from_dict(data)

                return model_max_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamMemberUpdateResponseModelMaxBudgetType0 | Unset, data)

        model_max_budget = _parse_model_max_budget(d.pop("model_max_budget", UNSET))

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

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

        team_member_update_response = cls(
            team_id=team_id,
            user_id=user_id,
            allowed_models=allowed_models,
            budget_duration=budget_duration,
            max_budget_in_team=max_budget_in_team,
            model_max_budget=model_max_budget,
            rpm_limit=rpm_limit,
            temp_budget_expiry=temp_budget_expiry,
            temp_budget_increase=temp_budget_increase,
            tpm_limit=tpm_limit,
            user_email=user_email,
        )

        team_member_update_response.additional_properties = d
        return team_member_update_response

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
