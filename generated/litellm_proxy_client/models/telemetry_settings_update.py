from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.telemetry_destination import TelemetryDestination
from ..types import UNSET, Unset

T = TypeVar("T", bound="TelemetrySettingsUpdate")


@_attrs_define
class TelemetrySettingsUpdate:
    """
    Attributes:
        groups (list[str]):
        destination (None | TelemetryDestination | Unset):
    """

    groups: list[str]
    destination: None | TelemetryDestination | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        groups = self.groups

        destination: None | str | Unset
        if isinstance(self.destination, Unset):
            destination = UNSET
        elif isinstance(self.destination, TelemetryDestination):
            destination = self.destination.value
        else:
            destination = self.destination

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "groups": groups,
            }
        )
        if destination is not UNSET:
            field_dict["destination"] = destination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        groups = cast(list[str], d.pop("groups"))

        def _parse_destination(data: object) -> None | TelemetryDestination | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                destination_type_0 = TelemetryDestination(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TelemetryDestination | Unset, data)

        destination = _parse_destination(d.pop("destination", UNSET))

        telemetry_settings_update = cls(
            groups=groups,
            destination=destination,
        )

        return telemetry_settings_update
