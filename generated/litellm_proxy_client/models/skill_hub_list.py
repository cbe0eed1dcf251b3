from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.skill_hub_skill import SkillHubSkill


T = TypeVar("T", bound="SkillHubList")


@_attrs_define
class SkillHubList:
    """
    Attributes:
        count (int):
        next_offset (int | None):
        skills (list[SkillHubSkill]):
        tags (list[str] | Unset):
    """

    count: int
    next_offset: int | None
    skills: list[SkillHubSkill]
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_offset: int | None
        next_offset = self.next_offset

        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "next_offset": next_offset,
                "skills": skills,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_hub_skill import SkillHubSkill  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        def _parse_next_offset(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_offset = _parse_next_offset(d.pop("next_offset"))

        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = SkillHubSkill.from_dict(skills_item_data)

            skills.append(skills_item)

        tags = cast(list[str], d.pop("tags", UNSET))

        skill_hub_list = cls(
            count=count,
            next_offset=next_offset,
            skills=skills,
            tags=tags,
        )

        skill_hub_list.additional_properties = d
        return skill_hub_list

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
