from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill_hub_submission import SkillHubSubmission


T = TypeVar("T", bound="SkillHubSubmissionList")


@_attrs_define
class SkillHubSubmissionList:
    """
    Attributes:
        count (int):
        has_more (bool):
        submissions (list[SkillHubSubmission]):
    """

    count: int
    has_more: bool
    submissions: list[SkillHubSubmission]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        has_more = self.has_more

        submissions = []
        for submissions_item_data in self.submissions:
            submissions_item = submissions_item_data.to_dict()
            submissions.append(submissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "has_more": has_more,
                "submissions": submissions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_hub_submission import SkillHubSubmission  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        has_more = d.pop("has_more")

        submissions = []
        _submissions = d.pop("submissions")
        for submissions_item_data in _submissions:
            submissions_item = SkillHubSubmission.from_dict(submissions_item_data)

            submissions.append(submissions_item)

        skill_hub_submission_list = cls(
            count=count,
            has_more=has_more,
            submissions=submissions,
        )

        skill_hub_submission_list.additional_properties = d
        return skill_hub_submission_list

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
