from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.router_settings_field import RouterSettingsField
    from ..models.router_settings_response_current_values import RouterSettingsResponseCurrentValues
    from ..models.router_settings_response_routing_strategy_descriptions import (
        RouterSettingsResponseRoutingStrategyDescriptions,
    )
    from ..models.router_settings_response_source import RouterSettingsResponseSource


T = TypeVar("T", bound="RouterSettingsResponse")


@_attrs_define
class RouterSettingsResponse:
    """
    Attributes:
        current_values (RouterSettingsResponseCurrentValues): Current values of router settings
        fields (list[RouterSettingsField]): List of all configurable router settings with metadata
        routing_group_strategies (list[str]): Strategies supported when constructing a routing group
        routing_strategy_descriptions (RouterSettingsResponseRoutingStrategyDescriptions): Descriptions for each routing
            strategy option
        source (RouterSettingsResponseSource): Source of each current router setting
    """

    current_values: RouterSettingsResponseCurrentValues
    fields: list[RouterSettingsField]
    routing_group_strategies: list[str]
    routing_strategy_descriptions: RouterSettingsResponseRoutingStrategyDescriptions
    source: RouterSettingsResponseSource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_values = self.current_values.to_dict()

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        routing_group_strategies = self.routing_group_strategies

        routing_strategy_descriptions = self.routing_strategy_descriptions.to_dict()

        source = self.source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_values": current_values,
                "fields": fields,
                "routing_group_strategies": routing_group_strategies,
                "routing_strategy_descriptions": routing_strategy_descriptions,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.router_settings_field import RouterSettingsField  # noqa: PLC0415
        from ..models.router_settings_response_current_values import RouterSettingsResponseCurrentValues  # noqa: PLC0415
        from ..models.router_settings_response_routing_strategy_descriptions import (
            RouterSettingsResponseRoutingStrategyDescriptions,  # noqa: PLC0415
        )
        from ..models.router_settings_response_source import RouterSettingsResponseSource  # noqa: PLC0415

        d = dict(src_dict)
        current_values = RouterSettingsResponseCurrentValues.from_dict(d.pop("current_values"))

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = RouterSettingsField.from_dict(fields_item_data)

            fields.append(fields_item)

        routing_group_strategies = cast(list[str], d.pop("routing_group_strategies"))

        routing_strategy_descriptions = RouterSettingsResponseRoutingStrategyDescriptions.from_dict(
            d.pop("routing_strategy_descriptions")
        )

        source = RouterSettingsResponseSource.from_dict(d.pop("source"))

        router_settings_response = cls(
            current_values=current_values,
            fields=fields,
            routing_group_strategies=routing_group_strategies,
            routing_strategy_descriptions=routing_strategy_descriptions,
            source=source,
        )

        router_settings_response.additional_properties = d
        return router_settings_response

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
