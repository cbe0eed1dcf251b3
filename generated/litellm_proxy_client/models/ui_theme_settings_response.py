from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ui_theme_settings_response_field_schema import UIThemeSettingsResponseFieldSchema
    from ..models.ui_theme_settings_response_values import UIThemeSettingsResponseValues


T = TypeVar("T", bound="UIThemeSettingsResponse")


@_attrs_define
class UIThemeSettingsResponse:
    """Response model for UI theme settings

    Attributes:
        field_schema (UIThemeSettingsResponseFieldSchema):
        values (UIThemeSettingsResponseValues):
        logo_url_dark_via_proxy (bool | Unset):  Default: False.
        logo_url_via_proxy (bool | Unset):  Default: False.
    """

    field_schema: UIThemeSettingsResponseFieldSchema
    values: UIThemeSettingsResponseValues
    logo_url_dark_via_proxy: bool | Unset = False
    logo_url_via_proxy: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_schema = self.field_schema.to_dict()

        values = self.values.to_dict()

        logo_url_dark_via_proxy = self.logo_url_dark_via_proxy

        logo_url_via_proxy = self.logo_url_via_proxy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_schema": field_schema,
                "values": values,
            }
        )
        if logo_url_dark_via_proxy is not UNSET:
            field_dict["logo_url_dark_via_proxy"] = logo_url_dark_via_proxy
        if logo_url_via_proxy is not UNSET:
            field_dict["logo_url_via_proxy"] = logo_url_via_proxy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ui_theme_settings_response_field_schema import UIThemeSettingsResponseFieldSchema  # noqa: PLC0415
        from ..models.ui_theme_settings_response_values import UIThemeSettingsResponseValues  # noqa: PLC0415

        d = dict(src_dict)
        field_schema = UIThemeSettingsResponseFieldSchema.from_dict(d.pop("field_schema"))

        values = UIThemeSettingsResponseValues.from_dict(d.pop("values"))

        logo_url_dark_via_proxy = d.pop("logo_url_dark_via_proxy", UNSET)

        logo_url_via_proxy = d.pop("logo_url_via_proxy", UNSET)

        ui_theme_settings_response = cls(
            field_schema=field_schema,
            values=values,
            logo_url_dark_via_proxy=logo_url_dark_via_proxy,
            logo_url_via_proxy=logo_url_via_proxy,
        )

        ui_theme_settings_response.additional_properties = d
        return ui_theme_settings_response

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
