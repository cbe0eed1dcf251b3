from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="McpApprovalRequest")


@_attrs_define
class McpApprovalRequest:
    """A request for human approval of a tool invocation.

    Attributes:
        arguments (str):
        id (str):
        name (str):
        server_label (str):
        type_ (Literal['mcp_approval_request']):
    """

    arguments: str
    id: str
    name: str
    server_label: str
    type_: Literal["mcp_approval_request"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        id = self.id

        name = self.name

        server_label = self.server_label

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "id": id,
                "name": name,
                "server_label": server_label,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments")

        id = d.pop("id")

        name = d.pop("name")

        server_label = d.pop("server_label")

        type_ = cast(Literal["mcp_approval_request"], d.pop("type"))
        if type_ != "mcp_approval_request":
            raise ValueError(f"type must match const 'mcp_approval_request', got '{type_}'")

        mcp_approval_request = cls(
            arguments=arguments,
            id=id,
            name=name,
            server_label=server_label,
            type_=type_,
        )

        mcp_approval_request.additional_properties = d
        return mcp_approval_request

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
