from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telemetry_group import TelemetryGroup

T = TypeVar("T", bound="TelemetryGroupInfo")


@_attrs_define
class TelemetryGroupInfo:
    """
    Attributes:
        enabled (bool):
        group (TelemetryGroup): A telemetry group describes a group of metrics that can be toggled on/off separately.
            One
            group may have dependencies on another.
        requires (None | TelemetryGroup):
    """

    enabled: bool
    group: TelemetryGroup
    requires: None | TelemetryGroup
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        group = self.group.value

        requires: None | str
        if isinstance(self.requires, TelemetryGroup):
            requires = self.requires.value
        else:
            requires = self.requires

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "group": group,
                "requires": requires,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        group = TelemetryGroup(d.pop("group"))

        def _parse_requires(data: object) -> None | TelemetryGroup:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                requires_type_0 = TelemetryGroup(data)

                return requires_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TelemetryGroup, data)

        requires = _parse_requires(d.pop("requires"))

        telemetry_group_info = cls(
            enabled=enabled,
            group=group,
            requires=requires,
        )

        telemetry_group_info.additional_properties = d
        return telemetry_group_info

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
