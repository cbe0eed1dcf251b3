from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_hub_review_response_action import SkillHubReviewResponseAction
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_hub_skill import SkillHubSkill
    from ..models.skill_hub_submission import SkillHubSubmission


T = TypeVar("T", bound="SkillHubReviewResponse")


@_attrs_define
class SkillHubReviewResponse:
    """
    Attributes:
        action (SkillHubReviewResponseAction):
        skill (None | SkillHubSkill):
        submission (SkillHubSubmission):
        status (Literal['success'] | Unset):  Default: 'success'.
    """

    action: SkillHubReviewResponseAction
    skill: None | SkillHubSkill
    submission: SkillHubSubmission
    status: Literal["success"] | Unset = "success"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.skill_hub_skill import SkillHubSkill  # noqa: PLC0415

        action = self.action.value

        skill: dict[str, Any] | None
        if isinstance(self.skill, SkillHubSkill):
            skill = self.skill.to_dict()
        else:
            skill = self.skill

        submission = self.submission.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "skill": skill,
                "submission": submission,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_hub_skill import SkillHubSkill  # noqa: PLC0415
        from ..models.skill_hub_submission import SkillHubSubmission  # noqa: PLC0415

        d = dict(src_dict)
        action = SkillHubReviewResponseAction(d.pop("action"))

        def _parse_skill(data: object) -> None | SkillHubSkill:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                skill_type_0 = SkillHubSkill.from_dict(data)

                return skill_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillHubSkill, data)

        skill = _parse_skill(d.pop("skill"))

        submission = SkillHubSubmission.from_dict(d.pop("submission"))

        status = cast(Literal["success"] | Unset, d.pop("status", UNSET))
        if status != "success" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        skill_hub_review_response = cls(
            action=action,
            skill=skill,
            submission=submission,
            status=status,
        )

        skill_hub_review_response.additional_properties = d
        return skill_hub_review_response

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
