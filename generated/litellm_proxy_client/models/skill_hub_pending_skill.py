from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_hub_proposal import SkillHubProposal


T = TypeVar("T", bound="SkillHubPendingSkill")


@_attrs_define
class SkillHubPendingSkill:
    """
    Attributes:
        proposal (SkillHubProposal):
        submission_id (str):
        action (Literal['submitted'] | Unset):  Default: 'submitted'.
        status (Literal['pending_review'] | Unset):  Default: 'pending_review'.
    """

    proposal: SkillHubProposal
    submission_id: str
    action: Literal["submitted"] | Unset = "submitted"
    status: Literal["pending_review"] | Unset = "pending_review"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        proposal = self.proposal.to_dict()

        submission_id = self.submission_id

        action = self.action

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "proposal": proposal,
                "submission_id": submission_id,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_hub_proposal import SkillHubProposal  # noqa: PLC0415

        d = dict(src_dict)
        proposal = SkillHubProposal.from_dict(d.pop("proposal"))

        submission_id = d.pop("submission_id")

        action = cast(Literal["submitted"] | Unset, d.pop("action", UNSET))
        if action != "submitted" and not isinstance(action, Unset):
            raise ValueError(f"action must match const 'submitted', got '{action}'")

        status = cast(Literal["pending_review"] | Unset, d.pop("status", UNSET))
        if status != "pending_review" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'pending_review', got '{status}'")

        skill_hub_pending_skill = cls(
            proposal=proposal,
            submission_id=submission_id,
            action=action,
            status=status,
        )

        skill_hub_pending_skill.additional_properties = d
        return skill_hub_pending_skill

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
