from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenAIToolSearchToolParam")


@_attrs_define
class OpenAIToolSearchToolParam:
    """
    Attributes:
        type_ (Literal['tool_search']):
        execution (str | Unset):
    """

    type_: Literal["tool_search"]
    execution: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        execution = self.execution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if execution is not UNSET:
            field_dict["execution"] = execution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tool_search"], d.pop("type"))
        if type_ != "tool_search":
            raise ValueError(f"type must match const 'tool_search', got '{type_}'")

        execution = d.pop("execution", UNSET)

        open_ai_tool_search_tool_param = cls(
            type_=type_,
            execution=execution,
        )

        open_ai_tool_search_tool_param.additional_properties = d
        return open_ai_tool_search_tool_param

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
