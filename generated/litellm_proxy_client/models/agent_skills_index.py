from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_skills_index_entry import AgentSkillsIndexEntry


T = TypeVar("T", bound="AgentSkillsIndex")


@_attrs_define
class AgentSkillsIndex:
    """
    Attributes:
        skills (list[AgentSkillsIndexEntry]):
        schema (str | Unset):  Default: 'https://schemas.agentskills.io/discovery/0.2.0/schema.json'.
    """

    skills: list[AgentSkillsIndexEntry]
    schema: str | Unset = "https://schemas.agentskills.io/discovery/0.2.0/schema.json"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        skills = []
        for skills_item_data in self.skills:
            skills_item = skills_item_data.to_dict()
            skills.append(skills_item)

        schema = self.schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "skills": skills,
            }
        )
        if schema is not UNSET:
            field_dict["$schema"] = schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_skills_index_entry import AgentSkillsIndexEntry  # noqa: PLC0415

        d = dict(src_dict)
        skills = []
        _skills = d.pop("skills")
        for skills_item_data in _skills:
            skills_item = AgentSkillsIndexEntry.from_dict(skills_item_data)

            skills.append(skills_item)

        schema = d.pop("$schema", UNSET)

        agent_skills_index = cls(
            skills=skills,
            schema=schema,
        )

        agent_skills_index.additional_properties = d
        return agent_skills_index

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
