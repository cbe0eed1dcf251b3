from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatCompletionToolReferenceObject")


@_attrs_define
class ChatCompletionToolReferenceObject:
    """Anthropic tool-search result block, carried through untouched so it survives a round trip.

    Attributes:
        tool_name (str):
        type_ (Literal['tool_reference']):
    """

    tool_name: str
    type_: Literal["tool_reference"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_name = d.pop("tool_name")

        type_ = cast(Literal["tool_reference"], d.pop("type"))
        if type_ != "tool_reference":
            raise ValueError(f"type must match const 'tool_reference', got '{type_}'")

        chat_completion_tool_reference_object = cls(
            tool_name=tool_name,
            type_=type_,
        )

        chat_completion_tool_reference_object.additional_properties = d
        return chat_completion_tool_reference_object

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
