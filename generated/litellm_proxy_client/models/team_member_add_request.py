from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member import Member


T = TypeVar("T", bound="TeamMemberAddRequest")


@_attrs_define
class TeamMemberAddRequest:
    """Request body for adding members to a team.

    Example:
    ```json
    {
        "team_id": "45e3e396-ee08-4a61-a88e-16b3ce7e0849",
        "member": {
            "role": "user",
            "user_id": "user123"
        },
        "max_budget_in_team": 100.0
    }
    ```

        Attributes:
            member (list[Member] | Member): Member object or list of member objects to add. Each member must include either
                user_id or user_email, and a role
            team_id (str): The ID of the team to add the member to
            allowed_models (list[str] | None | Unset): List of models this team member can access. If not set, inherits the
                team's default_team_member_models or all team models.
            budget_duration (None | str | Unset): Duration after which this team member's budget resets (e.g. '1h', '24h',
                '7d', '30d'). If not set, the budget never resets.
            max_budget_in_team (float | None | Unset): Maximum budget allocated to this user within the team. If not set,
                user has unlimited budget within team limits
    """

    member: list[Member] | Member
    team_id: str
    allowed_models: list[str] | None | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    max_budget_in_team: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        member: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.member, list):
            member = []
            for member_type_0_item_data in self.member:
                member_type_0_item = member_type_0_item_data.to_dict()
                member.append(member_type_0_item)

        else:
            member = self.member.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "member": member,
                "team_id": team_id,
            }
        )
        if allowed_models is not UNSET:
            field_dict["allowed_models"] = allowed_models
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if max_budget_in_team is not UNSET:
            field_dict["max_budget_in_team"] = max_budget_in_team

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member import Member  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_member(data: object) -> list[Member] | Member:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                member_type_0 = []
                _member_type_0 = data
                for member_type_0_item_data in _member_type_0:
                    member_type_0_item = Member.from_dict(member_type_0_item_data)

                    member_type_0.append(member_type_0_item)

                return member_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            member_type_1 = Member.from_dict(data)

            return member_type_1

        member = _parse_member(d.pop("member"))

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

        team_member_add_request = cls(
            member=member,
            team_id=team_id,
            allowed_models=allowed_models,
            budget_duration=budget_duration,
            max_budget_in_team=max_budget_in_team,
        )

        team_member_add_request.additional_properties = d
        return team_member_add_request

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
