from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_member_reset_budget_response_budget_source import TeamMemberResetBudgetResponseBudgetSource

T = TypeVar("T", bound="TeamMemberResetBudgetResponse")


@_attrs_define
class TeamMemberResetBudgetResponse:
    """
    Attributes:
        budget_id (None | str):
        budget_source (TeamMemberResetBudgetResponseBudgetSource):
        previous_budget_id (None | str):
        team_id (str):
        user_id (str):
    """

    budget_id: None | str
    budget_source: TeamMemberResetBudgetResponseBudgetSource
    previous_budget_id: None | str
    team_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        budget_id: None | str
        budget_id = self.budget_id

        budget_source = self.budget_source.value

        previous_budget_id: None | str
        previous_budget_id = self.previous_budget_id

        team_id = self.team_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "budget_id": budget_id,
                "budget_source": budget_source,
                "previous_budget_id": previous_budget_id,
                "team_id": team_id,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_budget_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        budget_id = _parse_budget_id(d.pop("budget_id"))

        budget_source = TeamMemberResetBudgetResponseBudgetSource(d.pop("budget_source"))

        def _parse_previous_budget_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_budget_id = _parse_previous_budget_id(d.pop("previous_budget_id"))

        team_id = d.pop("team_id")

        user_id = d.pop("user_id")

        team_member_reset_budget_response = cls(
            budget_id=budget_id,
            budget_source=budget_source,
            previous_budget_id=previous_budget_id,
            team_id=team_id,
            user_id=user_id,
        )

        team_member_reset_budget_response.additional_properties = d
        return team_member_reset_budget_response

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
