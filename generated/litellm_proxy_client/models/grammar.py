from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.grammar_syntax import GrammarSyntax

T = TypeVar("T", bound="Grammar")


@_attrs_define
class Grammar:
    """A grammar defined by the user.

    Attributes:
        definition (str):
        syntax (GrammarSyntax):
        type_ (Literal['grammar']):
    """

    definition: str
    syntax: GrammarSyntax
    type_: Literal["grammar"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition

        syntax = self.syntax.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
                "syntax": syntax,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definition = d.pop("definition")

        syntax = GrammarSyntax(d.pop("syntax"))

        type_ = cast(Literal["grammar"], d.pop("type"))
        if type_ != "grammar":
            raise ValueError(f"type must match const 'grammar', got '{type_}'")

        grammar = cls(
            definition=definition,
            syntax=syntax,
            type_=type_,
        )

        grammar.additional_properties = d
        return grammar

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
