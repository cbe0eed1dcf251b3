from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.telemetry_destination import TelemetryDestination
from ..models.telemetry_group import TelemetryGroup

if TYPE_CHECKING:
    from ..models.telemetry_group_info import TelemetryGroupInfo
    from ..models.telemetry_settings_response_report_type_0 import TelemetrySettingsResponseReportType0


T = TypeVar("T", bound="TelemetrySettingsResponse")


@_attrs_define
class TelemetrySettingsResponse:
    """
    Attributes:
        available_destinations (list[TelemetryDestination]):
        destination (None | TelemetryDestination):
        destination_set_by_environment (bool):
        editable (bool):
        environment_variables (list[str]):
        flush_interval_seconds (float):
        groups (list[TelemetryGroupInfo]):
        report (None | TelemetrySettingsResponseReportType0):
        report_is_sample (bool):
        retention_days (int):
        set_by_environment (bool):
        stored_destination (None | TelemetryDestination):
        stored_groups (list[TelemetryGroup] | None):
        vetoed (bool):
    """

    available_destinations: list[TelemetryDestination]
    destination: None | TelemetryDestination
    destination_set_by_environment: bool
    editable: bool
    environment_variables: list[str]
    flush_interval_seconds: float
    groups: list[TelemetryGroupInfo]
    report: None | TelemetrySettingsResponseReportType0
    report_is_sample: bool
    retention_days: int
    set_by_environment: bool
    stored_destination: None | TelemetryDestination
    stored_groups: list[TelemetryGroup] | None
    vetoed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.telemetry_settings_response_report_type_0 import TelemetrySettingsResponseReportType0  # noqa: PLC0415

        available_destinations = []
        for available_destinations_item_data in self.available_destinations:
            available_destinations_item = available_destinations_item_data.value
            available_destinations.append(available_destinations_item)

        destination: None | str
        if isinstance(self.destination, TelemetryDestination):
            destination = self.destination.value
        else:
            destination = self.destination

        destination_set_by_environment = self.destination_set_by_environment

        editable = self.editable

        environment_variables = self.environment_variables

        flush_interval_seconds = self.flush_interval_seconds

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        report: dict[str, Any] | None
        if isinstance(self.report, TelemetrySettingsResponseReportType0):
            report = self.report.to_dict()
        else:
            report = self.report

        report_is_sample = self.report_is_sample

        retention_days = self.retention_days

        set_by_environment = self.set_by_environment

        stored_destination: None | str
        if isinstance(self.stored_destination, TelemetryDestination):
            stored_destination = self.stored_destination.value
        else:
            stored_destination = self.stored_destination

        stored_groups: list[str] | None
        if isinstance(self.stored_groups, list):
            stored_groups = []
            for stored_groups_type_0_item_data in self.stored_groups:
                stored_groups_type_0_item = stored_groups_type_0_item_data.value
                stored_groups.append(stored_groups_type_0_item)

        else:
            stored_groups = self.stored_groups

        vetoed = self.vetoed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "available_destinations": available_destinations,
                "destination": destination,
                "destination_set_by_environment": destination_set_by_environment,
                "editable": editable,
                "environment_variables": environment_variables,
                "flush_interval_seconds": flush_interval_seconds,
                "groups": groups,
                "report": report,
                "report_is_sample": report_is_sample,
                "retention_days": retention_days,
                "set_by_environment": set_by_environment,
                "stored_destination": stored_destination,
                "stored_groups": stored_groups,
                "vetoed": vetoed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.telemetry_group_info import TelemetryGroupInfo  # noqa: PLC0415
        from ..models.telemetry_settings_response_report_type_0 import TelemetrySettingsResponseReportType0  # noqa: PLC0415

        d = dict(src_dict)
        available_destinations = []
        _available_destinations = d.pop("available_destinations")
        for available_destinations_item_data in _available_destinations:
            available_destinations_item = TelemetryDestination(available_destinations_item_data)

            available_destinations.append(available_destinations_item)

        def _parse_destination(data: object) -> None | TelemetryDestination:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                destination_type_0 = TelemetryDestination(data)

                return destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TelemetryDestination, data)

        destination = _parse_destination(d.pop("destination"))

        destination_set_by_environment = d.pop("destination_set_by_environment")

        editable = d.pop("editable")

        environment_variables = cast(list[str], d.pop("environment_variables"))

        flush_interval_seconds = d.pop("flush_interval_seconds")

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = TelemetryGroupInfo.from_dict(groups_item_data)

            groups.append(groups_item)

        def _parse_report(data: object) -> None | TelemetrySettingsResponseReportType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                report_type_0 = TelemetrySettingsResponseReportType0.from_dict(data)

                return report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TelemetrySettingsResponseReportType0, data)

        report = _parse_report(d.pop("report"))

        report_is_sample = d.pop("report_is_sample")

        retention_days = d.pop("retention_days")

        set_by_environment = d.pop("set_by_environment")

        def _parse_stored_destination(data: object) -> None | TelemetryDestination:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stored_destination_type_0 = TelemetryDestination(data)

                return stored_destination_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TelemetryDestination, data)

        stored_destination = _parse_stored_destination(d.pop("stored_destination"))

        def _parse_stored_groups(data: object) -> list[TelemetryGroup] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stored_groups_type_0 = []
                _stored_groups_type_0 = data
                for stored_groups_type_0_item_data in _stored_groups_type_0:
                    stored_groups_type_0_item = TelemetryGroup(stored_groups_type_0_item_data)

                    stored_groups_type_0.append(stored_groups_type_0_item)

                return stored_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TelemetryGroup] | None, data)

        stored_groups = _parse_stored_groups(d.pop("stored_groups"))

        vetoed = d.pop("vetoed")

        telemetry_settings_response = cls(
            available_destinations=available_destinations,
            destination=destination,
            destination_set_by_environment=destination_set_by_environment,
            editable=editable,
            environment_variables=environment_variables,
            flush_interval_seconds=flush_interval_seconds,
            groups=groups,
            report=report,
            report_is_sample=report_is_sample,
            retention_days=retention_days,
            set_by_environment=set_by_environment,
            stored_destination=stored_destination,
            stored_groups=stored_groups,
            vetoed=vetoed,
        )

        telemetry_settings_response.additional_properties = d
        return telemetry_settings_response

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
