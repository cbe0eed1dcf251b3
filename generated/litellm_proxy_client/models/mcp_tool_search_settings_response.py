from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mcp_tool_search_settings_response_field_schema import MCPToolSearchSettingsResponseFieldSchema
    from ..models.mcp_tool_search_settings_response_values import MCPToolSearchSettingsResponseValues


T = TypeVar("T", bound="MCPToolSearchSettingsResponse")


@_attrs_define
class MCPToolSearchSettingsResponse:
    """Response model for native MCP tool search settings

    Attributes:
        field_schema (MCPToolSearchSettingsResponseFieldSchema):
        values (MCPToolSearchSettingsResponseValues):
    """

    field_schema: MCPToolSearchSettingsResponseFieldSchema
    values: MCPToolSearchSettingsResponseValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_schema = self.field_schema.to_dict()

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_schema": field_schema,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_tool_search_settings_response_field_schema import MCPToolSearchSettingsResponseFieldSchema  # noqa: PLC0415
        from ..models.mcp_tool_search_settings_response_values import MCPToolSearchSettingsResponseValues  # noqa: PLC0415

        d = dict(src_dict)
        field_schema = MCPToolSearchSettingsResponseFieldSchema.from_dict(d.pop("field_schema"))

        values = MCPToolSearchSettingsResponseValues.from_dict(d.pop("values"))

        mcp_tool_search_settings_response = cls(
            field_schema=field_schema,
            values=values,
        )

        mcp_tool_search_settings_response.additional_properties = d
        return mcp_tool_search_settings_response

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
