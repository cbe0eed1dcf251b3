from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentSkillsIndexEntry")


@_attrs_define
class AgentSkillsIndexEntry:
    """
    Attributes:
        description (str):
        digest (str):
        name (str):
        type_ (Literal['archive']):
        url (str):
    """

    description: str
    digest: str
    name: str
    type_: Literal["archive"]
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        digest = self.digest

        name = self.name

        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "digest": digest,
                "name": name,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description")

        digest = d.pop("digest")

        name = d.pop("name")

        type_ = cast(Literal["archive"], d.pop("type"))
        if type_ != "archive":
            raise ValueError(f"type must match const 'archive', got '{type_}'")

        url = d.pop("url")

        agent_skills_index_entry = cls(
            description=description,
            digest=digest,
            name=name,
            type_=type_,
            url=url,
        )

        agent_skills_index_entry.additional_properties = d
        return agent_skills_index_entry

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
