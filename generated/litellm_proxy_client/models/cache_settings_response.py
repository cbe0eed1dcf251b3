from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cache_settings_field import CacheSettingsField
    from ..models.cache_settings_response_current_values import CacheSettingsResponseCurrentValues
    from ..models.cache_settings_response_redis_type_descriptions import CacheSettingsResponseRedisTypeDescriptions


T = TypeVar("T", bound="CacheSettingsResponse")


@_attrs_define
class CacheSettingsResponse:
    """
    Attributes:
        current_values (CacheSettingsResponseCurrentValues): Current values of cache settings
        fields (list[CacheSettingsField]): List of all configurable cache settings with metadata
        redis_type_descriptions (CacheSettingsResponseRedisTypeDescriptions): Descriptions for each Redis type option
    """

    current_values: CacheSettingsResponseCurrentValues
    fields: list[CacheSettingsField]
    redis_type_descriptions: CacheSettingsResponseRedisTypeDescriptions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_values = self.current_values.to_dict()

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        redis_type_descriptions = self.redis_type_descriptions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_values": current_values,
                "fields": fields,
                "redis_type_descriptions": redis_type_descriptions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cache_settings_field import CacheSettingsField  # noqa: PLC0415
        from ..models.cache_settings_response_current_values import CacheSettingsResponseCurrentValues  # noqa: PLC0415
        from ..models.cache_settings_response_redis_type_descriptions import CacheSettingsResponseRedisTypeDescriptions  # noqa: PLC0415

        d = dict(src_dict)
        current_values = CacheSettingsResponseCurrentValues.from_dict(d.pop("current_values"))

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = CacheSettingsField.from_dict(fields_item_data)

            fields.append(fields_item)

        redis_type_descriptions = CacheSettingsResponseRedisTypeDescriptions.from_dict(d.pop("redis_type_descriptions"))

        cache_settings_response = cls(
            current_values=current_values,
            fields=fields,
            redis_type_descriptions=redis_type_descriptions,
        )

        cache_settings_response.additional_properties = d
        return cache_settings_response

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
