from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CaptureRateDay")


@_attrs_define
class CaptureRateDay:
    """
    Attributes:
        capture_rate (float | None):
        captured_spend (float):
        date (str):
        provider_spend (float):
    """

    capture_rate: float | None
    captured_spend: float
    date: str
    provider_spend: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capture_rate: float | None
        capture_rate = self.capture_rate

        captured_spend = self.captured_spend

        date = self.date

        provider_spend = self.provider_spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capture_rate": capture_rate,
                "captured_spend": captured_spend,
                "date": date,
                "provider_spend": provider_spend,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_capture_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        capture_rate = _parse_capture_rate(d.pop("capture_rate"))

        captured_spend = d.pop("captured_spend")

        date = d.pop("date")

        provider_spend = d.pop("provider_spend")

        capture_rate_day = cls(
            capture_rate=capture_rate,
            captured_spend=captured_spend,
            date=date,
            provider_spend=provider_spend,
        )

        capture_rate_day.additional_properties = d
        return capture_rate_day

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
