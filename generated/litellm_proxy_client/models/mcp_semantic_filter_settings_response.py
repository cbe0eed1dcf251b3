from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mcp_semantic_filter_settings_response_field_schema import MCPSemanticFilterSettingsResponseFieldSchema
    from ..models.mcp_semantic_filter_settings_response_values import MCPSemanticFilterSettingsResponseValues


T = TypeVar("T", bound="MCPSemanticFilterSettingsResponse")


@_attrs_define
class MCPSemanticFilterSettingsResponse:
    """Response model for MCP semantic filter settings

    Attributes:
        field_schema (MCPSemanticFilterSettingsResponseFieldSchema):
        values (MCPSemanticFilterSettingsResponseValues):
    """

    field_schema: MCPSemanticFilterSettingsResponseFieldSchema
    values: MCPSemanticFilterSettingsResponseValues
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
        from ..models.mcp_semantic_filter_settings_response_field_schema import (
            MCPSemanticFilterSettingsResponseFieldSchema,  # noqa: PLC0415
        )
        from ..models.mcp_semantic_filter_settings_response_values import MCPSemanticFilterSettingsResponseValues  # noqa: PLC0415

        d = dict(src_dict)
        field_schema = MCPSemanticFilterSettingsResponseFieldSchema.from_dict(d.pop("field_schema"))

        values = MCPSemanticFilterSettingsResponseValues.from_dict(d.pop("values"))

        mcp_semantic_filter_settings_response = cls(
            field_schema=field_schema,
            values=values,
        )

        mcp_semantic_filter_settings_response.additional_properties = d
        return mcp_semantic_filter_settings_response

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
