from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UIThemeConfig")


@_attrs_define
class UIThemeConfig:
    """Configuration for UI theme customization

    Attributes:
        favicon_url (None | str | Unset): URL to custom favicon image. Must be an HTTP/HTTPS URL to a .ico, .png, or
            .svg file
        logo_url (None | str | Unset): URL or path to custom logo image. Can be a local file path or HTTP/HTTPS URL
        logo_url_dark (None | str | Unset): URL or path to a custom logo image for dark mode. Can be a local file path
            or HTTP/HTTPS URL. Leave unset to reuse logo_url in dark mode
    """

    favicon_url: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    logo_url_dark: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        favicon_url: None | str | Unset
        if isinstance(self.favicon_url, Unset):
            favicon_url = UNSET
        else:
            favicon_url = self.favicon_url

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        logo_url_dark: None | str | Unset
        if isinstance(self.logo_url_dark, Unset):
            logo_url_dark = UNSET
        else:
            logo_url_dark = self.logo_url_dark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if favicon_url is not UNSET:
            field_dict["favicon_url"] = favicon_url
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if logo_url_dark is not UNSET:
            field_dict["logo_url_dark"] = logo_url_dark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_favicon_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        favicon_url = _parse_favicon_url(d.pop("favicon_url", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.pop("logo_url", UNSET))

        def _parse_logo_url_dark(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url_dark = _parse_logo_url_dark(d.pop("logo_url_dark", UNSET))

        ui_theme_config = cls(
            favicon_url=favicon_url,
            logo_url=logo_url,
            logo_url_dark=logo_url_dark,
        )

        ui_theme_config.additional_properties = d
        return ui_theme_config

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
