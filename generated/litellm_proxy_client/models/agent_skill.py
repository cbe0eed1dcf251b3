from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_skill_security_type_0_item import AgentSkillSecurityType0Item


T = TypeVar("T", bound="AgentSkill")


@_attrs_define
class AgentSkill:
    """Represents a distinct capability or function that an agent can perform.

    Attributes:
        description (str | Unset):
        examples (list[str] | None | Unset):
        id (str | Unset):
        input_modes (list[str] | None | Unset):
        name (str | Unset):
        output_modes (list[str] | None | Unset):
        security (list[AgentSkillSecurityType0Item] | None | Unset):
        tags (list[str] | Unset):
    """

    description: str | Unset = UNSET
    examples: list[str] | None | Unset = UNSET
    id: str | Unset = UNSET
    input_modes: list[str] | None | Unset = UNSET
    name: str | Unset = UNSET
    output_modes: list[str] | None | Unset = UNSET
    security: list[AgentSkillSecurityType0Item] | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        examples: list[str] | None | Unset
        if isinstance(self.examples, Unset):
            examples = UNSET
        elif isinstance(self.examples, list):
            examples = self.examples

        else:
            examples = self.examples

        id = self.id

        input_modes: list[str] | None | Unset
        if isinstance(self.input_modes, Unset):
            input_modes = UNSET
        elif isinstance(self.input_modes, list):
            input_modes = self.input_modes

        else:
            input_modes = self.input_modes

        name = self.name

        output_modes: list[str] | None | Unset
        if isinstance(self.output_modes, Unset):
            output_modes = UNSET
        elif isinstance(self.output_modes, list):
            output_modes = self.output_modes

        else:
            output_modes = self.output_modes

        security: list[dict[str, Any]] | None | Unset
        if isinstance(self.security, Unset):
            security = UNSET
        elif isinstance(self.security, list):
            security = []
            for security_type_0_item_data in self.security:
                security_type_0_item = security_type_0_item_data.to_dict()
                security.append(security_type_0_item)

        else:
            security = self.security

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if examples is not UNSET:
            field_dict["examples"] = examples
        if id is not UNSET:
            field_dict["id"] = id
        if input_modes is not UNSET:
            field_dict["inputModes"] = input_modes
        if name is not UNSET:
            field_dict["name"] = name
        if output_modes is not UNSET:
            field_dict["outputModes"] = output_modes
        if security is not UNSET:
            field_dict["security"] = security
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_skill_security_type_0_item import AgentSkillSecurityType0Item  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        def _parse_examples(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                examples_type_0 = cast(list[str], data)

                return examples_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        examples = _parse_examples(d.pop("examples", UNSET))

        id = d.pop("id", UNSET)

        def _parse_input_modes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_modes_type_0 = cast(list[str], data)

                return input_modes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        input_modes = _parse_input_modes(d.pop("inputModes", UNSET))

        name = d.pop("name", UNSET)

        def _parse_output_modes(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_modes_type_0 = cast(list[str], data)

                return output_modes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        output_modes = _parse_output_modes(d.pop("outputModes", UNSET))

        def _parse_security(data: object) -> list[AgentSkillSecurityType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                security_type_0 = []
                _security_type_0 = data
                for security_type_0_item_data in _security_type_0:
                    security_type_0_item = AgentSkillSecurityType0Item.from_dict(security_type_0_item_data)

                    security_type_0.append(security_type_0_item)

                return security_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AgentSkillSecurityType0Item] | None | Unset, data)

        security = _parse_security(d.pop("security", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        agent_skill = cls(
            description=description,
            examples=examples,
            id=id,
            input_modes=input_modes,
            name=name,
            output_modes=output_modes,
            security=security,
            tags=tags,
        )

        agent_skill.additional_properties = d
        return agent_skill

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
