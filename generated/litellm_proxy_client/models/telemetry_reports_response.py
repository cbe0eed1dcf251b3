from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.stored_report import StoredReport


T = TypeVar("T", bound="TelemetryReportsResponse")


@_attrs_define
class TelemetryReportsResponse:
    """
    Attributes:
        next_after (float | None):
        next_after_id (None | str):
        reports (list[StoredReport]):
    """

    next_after: float | None
    next_after_id: None | str
    reports: list[StoredReport]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_after: float | None
        next_after = self.next_after

        next_after_id: None | str
        next_after_id = self.next_after_id

        reports = []
        for reports_item_data in self.reports:
            reports_item = reports_item_data.to_dict()
            reports.append(reports_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next_after": next_after,
                "next_after_id": next_after_id,
                "reports": reports,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stored_report import StoredReport  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_next_after(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        next_after = _parse_next_after(d.pop("next_after"))

        def _parse_next_after_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_after_id = _parse_next_after_id(d.pop("next_after_id"))

        reports = []
        _reports = d.pop("reports")
        for reports_item_data in _reports:
            reports_item = StoredReport.from_dict(reports_item_data)

            reports.append(reports_item)

        telemetry_reports_response = cls(
            next_after=next_after,
            next_after_id=next_after_id,
            reports=reports,
        )

        telemetry_reports_response.additional_properties = d
        return telemetry_reports_response

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
