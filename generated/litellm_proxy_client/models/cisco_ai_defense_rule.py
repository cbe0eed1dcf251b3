from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cisco_ai_defense_rule_rule_name import CiscoAIDefenseRuleRuleName
from ..types import UNSET, Unset

T = TypeVar("T", bound="CiscoAIDefenseRule")


@_attrs_define
class CiscoAIDefenseRule:
    """A single rule to enable for Cisco AI Defense inspection.

    Attributes:
        rule_name (CiscoAIDefenseRuleRuleName): The canonical Cisco AI Defense rule name to evaluate.
        entity_types (list[str] | None | Unset): Optional list of entity types for the rule (e.g. 'Email Address',
            'Phone Number'). Applies to rules such as PII, PCI, and PHI.
    """

    rule_name: CiscoAIDefenseRuleRuleName
    entity_types: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rule_name = self.rule_name.value

        entity_types: list[str] | None | Unset
        if isinstance(self.entity_types, Unset):
            entity_types = UNSET
        elif isinstance(self.entity_types, list):
            entity_types = self.entity_types

        else:
            entity_types = self.entity_types

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rule_name": rule_name,
            }
        )
        if entity_types is not UNSET:
            field_dict["entity_types"] = entity_types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_name = CiscoAIDefenseRuleRuleName(d.pop("rule_name"))

        def _parse_entity_types(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entity_types_type_0 = cast(list[str], data)

                return entity_types_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entity_types = _parse_entity_types(d.pop("entity_types", UNSET))

        cisco_ai_defense_rule = cls(
            rule_name=rule_name,
            entity_types=entity_types,
        )

        cisco_ai_defense_rule.additional_properties = d
        return cisco_ai_defense_rule

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
