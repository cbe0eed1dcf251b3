from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.local_skill_param import LocalSkillParam


T = TypeVar("T", bound="LocalEnvironmentParam")


@_attrs_define
class LocalEnvironmentParam:
    """
    Attributes:
        type_ (Literal['local']):
        skills (list[LocalSkillParam] | Unset):
    """

    type_: Literal["local"]
    skills: list[LocalSkillParam] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        skills: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skills, Unset):
            skills = []
            for skills_item_data in self.skills:
                skills_item = skills_item_data.to_dict()
                skills.append(skills_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if skills is not UNSET:
            field_dict["skills"] = skills

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.local_skill_param import LocalSkillParam  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["local"], d.pop("type"))
        if type_ != "local":
            raise ValueError(f"type must match const 'local', got '{type_}'")

        _skills = d.pop("skills", UNSET)
        skills: list[LocalSkillParam] | Unset = UNSET
        if _skills is not UNSET:
            skills = []
            for skills_item_data in _skills:
                skills_item = LocalSkillParam.from_dict(skills_item_data)

                skills.append(skills_item)

        local_environment_param = cls(
            type_=type_,
            skills=skills,
        )

        local_environment_param.additional_properties = d
        return local_environment_param

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
