from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plugin_response import PluginResponse


T = TypeVar("T", bound="RegisterPluginResponse")


@_attrs_define
class RegisterPluginResponse:
    """Response from plugin registration.

    Attributes:
        action (str): Action taken (created/updated)
        plugin (PluginResponse): Plugin information in API responses.
        status (str): Operation status
    """

    action: str
    plugin: PluginResponse
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        plugin = self.plugin.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "plugin": plugin,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_response import PluginResponse  # noqa: PLC0415

        d = dict(src_dict)
        action = d.pop("action")

        plugin = PluginResponse.from_dict(d.pop("plugin"))

        status = d.pop("status")

        register_plugin_response = cls(
            action=action,
            plugin=plugin,
            status=status,
        )

        register_plugin_response.additional_properties = d
        return register_plugin_response

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
