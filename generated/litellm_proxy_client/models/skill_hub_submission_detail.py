from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill_hub_skill import SkillHubSkill
    from ..models.skill_hub_submission import SkillHubSubmission


T = TypeVar("T", bound="SkillHubSubmissionDetail")


@_attrs_define
class SkillHubSubmissionDetail:
    """
    Attributes:
        current_skill (None | SkillHubSkill):
        submission (SkillHubSubmission):
    """

    current_skill: None | SkillHubSkill
    submission: SkillHubSubmission
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.skill_hub_skill import SkillHubSkill  # noqa: PLC0415

        current_skill: dict[str, Any] | None
        if isinstance(self.current_skill, SkillHubSkill):
            current_skill = self.current_skill.to_dict()
        else:
            current_skill = self.current_skill

        submission = self.submission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_skill": current_skill,
                "submission": submission,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_hub_skill import SkillHubSkill  # noqa: PLC0415
        from ..models.skill_hub_submission import SkillHubSubmission  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_current_skill(data: object) -> None | SkillHubSkill:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_skill_type_0 = SkillHubSkill.from_dict(data)

                return current_skill_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SkillHubSkill, data)

        current_skill = _parse_current_skill(d.pop("current_skill"))

        submission = SkillHubSubmission.from_dict(d.pop("submission"))

        skill_hub_submission_detail = cls(
            current_skill=current_skill,
            submission=submission,
        )

        skill_hub_submission_detail.additional_properties = d
        return skill_hub_submission_detail

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
