from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.litellm_params_stream_scope_type_1_additional_property import (
    LitellmParamsStreamScopeType1AdditionalProperty,
)

T = TypeVar("T", bound="LitellmParamsStreamScopeType1")


@_attrs_define
class LitellmParamsStreamScopeType1:
    additional_properties: dict[str, LitellmParamsStreamScopeType1AdditionalProperty] = _attrs_field(
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
        litellm_params_stream_scope_type_1 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = LitellmParamsStreamScopeType1AdditionalProperty(prop_dict)

            additional_properties[prop_name] = additional_property

        litellm_params_stream_scope_type_1.additional_properties = additional_properties
        return litellm_params_stream_scope_type_1

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> LitellmParamsStreamScopeType1AdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: LitellmParamsStreamScopeType1AdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
