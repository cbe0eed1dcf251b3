from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.team_member_budget_patch import TeamMemberBudgetPatch


T = TypeVar("T", bound="BulkTeamMemberBudgetUpdateRequest")


@_attrs_define
class BulkTeamMemberBudgetUpdateRequest:
    """Body of `POST /management/v1/teams/{team_id}/members/bulk_update`.

    Attributes:
        members (list[TeamMemberBudgetPatch]):
    """

    members: list[TeamMemberBudgetPatch]

    def to_dict(self) -> dict[str, Any]:
        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "members": members,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_member_budget_patch import TeamMemberBudgetPatch  # noqa: PLC0415

        d = dict(src_dict)
        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = TeamMemberBudgetPatch.from_dict(members_item_data)

            members.append(members_item)

        bulk_team_member_budget_update_request = cls(
            members=members,
        )

        return bulk_team_member_budget_update_request
