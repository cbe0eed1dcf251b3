from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_member_update_request_role_type_0 import TeamMemberUpdateRequestRoleType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_update_request_model_max_budget_type_0 import TeamMemberUpdateRequestModelMaxBudgetType0


T = TypeVar("T", bound="TeamMemberUpdateRequest")


@_attrs_define
class TeamMemberUpdateRequest:
    """
    Attributes:
        team_id (str):
        allowed_models (list[str] | None | Unset): List of models this team member can access. Pass an empty list to
            remove per-member model restrictions.
        budget_duration (None | str | Unset): Duration after which this team member's budget resets (e.g. '1h', '24h',
            '7d', '30d'). If not set, the budget never resets.
        max_budget_in_team (float | None | Unset):
        model_max_budget (None | TeamMemberUpdateRequestModelMaxBudgetType0 | Unset): Per-model spend caps for this team
            member, each with its own budget_duration. Overrides the team's default per-model member budget. Pass an empty
            dict to fall back to the team default.
        role (None | TeamMemberUpdateRequestRoleType0 | Unset):
        rpm_limit (int | None | Unset): Requests per minute limit for this team member
        temp_budget_expiry (datetime.datetime | None | Unset): UTC expiry for temp_budget_increase
        temp_budget_increase (float | None | Unset): Temporary additive budget increase for this team member, active
            until temp_budget_expiry
        tpm_limit (int | None | Unset): Tokens per minute limit for this team member
        user_email (None | str | Unset):
        user_id (None | str | Unset):
    """

    team_id: str
    allowed_models: list[str] | None | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    max_budget_in_team: float | None | Unset = UNSET
    model_max_budget: None | TeamMemberUpdateRequestModelMaxBudgetType0 | Unset = UNSET
    role: None | TeamMemberUpdateRequestRoleType0 | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    temp_budget_expiry: datetime.datetime | None | Unset = UNSET
    temp_budget_increase: float | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_member_update_request_model_max_budget_type_0 import (
            TeamMemberUpdateRequestModelMaxBudgetType0,  # noqa: PLC0415
        )

        team_id = self.team_id

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
        elif isinstance(self.model_max_budget, TeamMemberUpdateRequestModelMaxBudgetType0):
            model_max_budget = self.model_max_budget.to_dict()
        else:
            model_max_budget = self.model_max_budget

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, TeamMemberUpdateRequestRoleType0):
            role = self.role.value
        else:
            role = self.role

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

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
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
        if role is not UNSET:
            field_dict["role"] = role
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
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_member_update_request_model_max_budget_type_0 import (
            TeamMemberUpdateRequestModelMaxBudgetType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        team_id = d.pop("team_id")

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

        def _parse_model_max_budget(data: object) -> None | TeamMemberUpdateRequestModelMaxBudgetType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_max_budget_type_0 = TeamMemberUpdateRequestModelMaxBudgetType0.from_dict(data)

                return model_max_budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamMemberUpdateRequestModelMaxBudgetType0 | Unset, data)

        model_max_budget = _parse_model_max_budget(d.pop("model_max_budget", UNSET))

        def _parse_role(data: object) -> None | TeamMemberUpdateRequestRoleType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = TeamMemberUpdateRequestRoleType0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamMemberUpdateRequestRoleType0 | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

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

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        team_member_update_request = cls(
            team_id=team_id,
            allowed_models=allowed_models,
            budget_duration=budget_duration,
            max_budget_in_team=max_budget_in_team,
            model_max_budget=model_max_budget,
            role=role,
            rpm_limit=rpm_limit,
            temp_budget_expiry=temp_budget_expiry,
            temp_budget_increase=temp_budget_increase,
            tpm_limit=tpm_limit,
            user_email=user_email,
            user_id=user_id,
        )

        team_member_update_request.additional_properties = d
        return team_member_update_request

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
