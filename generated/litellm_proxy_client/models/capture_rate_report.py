from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.capture_rate_day import CaptureRateDay


T = TypeVar("T", bound="CaptureRateReport")


@_attrs_define
class CaptureRateReport:
    """
    Attributes:
        below_threshold (bool):
        capture_rate (float | None):
        captured_spend (float):
        days (list[CaptureRateDay]):
        end_date (str):
        provider (Literal['openai']):
        provider_spend (float):
        start_date (str):
        threshold (float):
    """

    below_threshold: bool
    capture_rate: float | None
    captured_spend: float
    days: list[CaptureRateDay]
    end_date: str
    provider: Literal["openai"]
    provider_spend: float
    start_date: str
    threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        below_threshold = self.below_threshold

        capture_rate: float | None
        capture_rate = self.capture_rate

        captured_spend = self.captured_spend

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        end_date = self.end_date

        provider = self.provider

        provider_spend = self.provider_spend

        start_date = self.start_date

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "below_threshold": below_threshold,
                "capture_rate": capture_rate,
                "captured_spend": captured_spend,
                "days": days,
                "end_date": end_date,
                "provider": provider,
                "provider_spend": provider_spend,
                "start_date": start_date,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capture_rate_day import CaptureRateDay  # noqa: PLC0415

        d = dict(src_dict)
        below_threshold = d.pop("below_threshold")

        def _parse_capture_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        capture_rate = _parse_capture_rate(d.pop("capture_rate"))

        captured_spend = d.pop("captured_spend")

        days = []
        _days = d.pop("days")
        for days_item_data in _days:
            days_item = CaptureRateDay.from_dict(days_item_data)

            days.append(days_item)

        end_date = d.pop("end_date")

        provider = cast(Literal["openai"], d.pop("provider"))
        if provider != "openai":
            raise ValueError(f"provider must match const 'openai', got '{provider}'")

        provider_spend = d.pop("provider_spend")

        start_date = d.pop("start_date")

        threshold = d.pop("threshold")

        capture_rate_report = cls(
            below_threshold=below_threshold,
            capture_rate=capture_rate,
            captured_spend=captured_spend,
            days=days,
            end_date=end_date,
            provider=provider,
            provider_spend=provider_spend,
            start_date=start_date,
            threshold=threshold,
        )

        capture_rate_report.additional_properties = d
        return capture_rate_report

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
