from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="McpToolExecutionError")


@_attrs_define
class McpToolExecutionError:
    """
    Attributes:
        content (Any):
        type_ (Literal['mcp_tool_execution_error']):
    """

    content: Any
    type_: Literal["mcp_tool_execution_error"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        type_ = cast(Literal["mcp_tool_execution_error"], d.pop("type"))
        if type_ != "mcp_tool_execution_error":
            raise ValueError(f"type must match const 'mcp_tool_execution_error', got '{type_}'")

        mcp_tool_execution_error = cls(
            content=content,
            type_=type_,
        )

        mcp_tool_execution_error.additional_properties = d
        return mcp_tool_execution_error

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
