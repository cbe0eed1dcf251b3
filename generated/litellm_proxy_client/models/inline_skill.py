from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inline_skill_source import InlineSkillSource


T = TypeVar("T", bound="InlineSkill")


@_attrs_define
class InlineSkill:
    """
    Attributes:
        description (str):
        name (str):
        source (InlineSkillSource): Inline skill payload
        type_ (Literal['inline']):
    """

    description: str
    name: str
    source: InlineSkillSource
    type_: Literal["inline"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        source = self.source.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "source": source,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inline_skill_source import InlineSkillSource  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        source = InlineSkillSource.from_dict(d.pop("source"))

        type_ = cast(Literal["inline"], d.pop("type"))
        if type_ != "inline":
            raise ValueError(f"type must match const 'inline', got '{type_}'")

        inline_skill = cls(
            description=description,
            name=name,
            source=source,
            type_=type_,
        )

        inline_skill.additional_properties = d
        return inline_skill

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
