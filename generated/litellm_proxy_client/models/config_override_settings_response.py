from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.config_override_settings_response_field_schema import ConfigOverrideSettingsResponseFieldSchema
    from ..models.config_override_settings_response_values import ConfigOverrideSettingsResponseValues


T = TypeVar("T", bound="ConfigOverrideSettingsResponse")


@_attrs_define
class ConfigOverrideSettingsResponse:
    """Response model for config override settings GET endpoints.

    Attributes:
        config_type (str): The type of config override
        field_schema (ConfigOverrideSettingsResponseFieldSchema): Schema information for UI rendering
        values (ConfigOverrideSettingsResponseValues): Current configuration values (sensitive fields decrypted)
    """

    config_type: str
    field_schema: ConfigOverrideSettingsResponseFieldSchema
    values: ConfigOverrideSettingsResponseValues
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config_type = self.config_type

        field_schema = self.field_schema.to_dict()

        values = self.values.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config_type": config_type,
                "field_schema": field_schema,
                "values": values,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.config_override_settings_response_field_schema import ConfigOverrideSettingsResponseFieldSchema  # noqa: PLC0415
        from ..models.config_override_settings_response_values import ConfigOverrideSettingsResponseValues  # noqa: PLC0415

        d = dict(src_dict)
        config_type = d.pop("config_type")

        field_schema = ConfigOverrideSettingsResponseFieldSchema.from_dict(d.pop("field_schema"))

        values = ConfigOverrideSettingsResponseValues.from_dict(d.pop("values"))

        config_override_settings_response = cls(
            config_type=config_type,
            field_schema=field_schema,
            values=values,
        )

        config_override_settings_response.additional_properties = d
        return config_override_settings_response

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
