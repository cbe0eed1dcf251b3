from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.router_settings_response_source_additional_property import RouterSettingsResponseSourceAdditionalProperty

T = TypeVar("T", bound="RouterSettingsResponseSource")


@_attrs_define
class RouterSettingsResponseSource:
    """Source of each current router setting"""

    additional_properties: dict[str, RouterSettingsResponseSourceAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        router_settings_response_source = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = RouterSettingsResponseSourceAdditionalProperty(prop_dict)

            additional_properties[prop_name] = additional_property

        router_settings_response_source.additional_properties = additional_properties
        return router_settings_response_source

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> RouterSettingsResponseSourceAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: RouterSettingsResponseSourceAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
