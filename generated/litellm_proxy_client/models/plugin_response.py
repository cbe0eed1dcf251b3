from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plugin_response_installation_preference_type_0 import PluginResponseInstallationPreferenceType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_response_source import PluginResponseSource


T = TypeVar("T", bound="PluginResponse")


@_attrs_define
class PluginResponse:
    """Plugin information in API responses.

    Attributes:
        enabled (bool): Whether plugin is enabled
        id (str): Plugin unique ID
        name (str): Plugin name
        source (PluginResponseSource): Plugin source reference
        description (None | str | Unset): Plugin description
        installation_preference (None | PluginResponseInstallationPreferenceType0 | Unset): Plugin installation
            preference
        version (None | str | Unset): Plugin version
    """

    enabled: bool
    id: str
    name: str
    source: PluginResponseSource
    description: None | str | Unset = UNSET
    installation_preference: None | PluginResponseInstallationPreferenceType0 | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        id = self.id

        name = self.name

        source = self.source.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        installation_preference: None | str | Unset
        if isinstance(self.installation_preference, Unset):
            installation_preference = UNSET
        elif isinstance(self.installation_preference, PluginResponseInstallationPreferenceType0):
            installation_preference = self.installation_preference.value
        else:
            installation_preference = self.installation_preference

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "id": id,
                "name": name,
                "source": source,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if installation_preference is not UNSET:
            field_dict["installation_preference"] = installation_preference
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_response_source import PluginResponseSource  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled")

        id = d.pop("id")

        name = d.pop("name")

        source = PluginResponseSource.from_dict(d.pop("source"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_installation_preference(data: object) -> None | PluginResponseInstallationPreferenceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                installation_preference_type_0 = PluginResponseInstallationPreferenceType0(data)

                return installation_preference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PluginResponseInstallationPreferenceType0 | Unset, data)

        installation_preference = _parse_installation_preference(d.pop("installation_preference", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        plugin_response = cls(
            enabled=enabled,
            id=id,
            name=name,
            source=source,
            description=description,
            installation_preference=installation_preference,
            version=version,
        )

        plugin_response.additional_properties = d
        return plugin_response

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
