from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.usage_units_daily_point_units import UsageUnitsDailyPointUnits


T = TypeVar("T", bound="UsageUnitsDailyPoint")


@_attrs_define
class UsageUnitsDailyPoint:
    """
    Attributes:
        cost (float | None):
        date (str):
        units (UsageUnitsDailyPointUnits):
    """

    cost: float | None
    date: str
    units: UsageUnitsDailyPointUnits
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost: float | None
        cost = self.cost

        date = self.date

        units = self.units.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cost": cost,
                "date": date,
                "units": units,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_units_daily_point_units import UsageUnitsDailyPointUnits  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cost = _parse_cost(d.pop("cost"))

        date = d.pop("date")

        units = UsageUnitsDailyPointUnits.from_dict(d.pop("units"))

        usage_units_daily_point = cls(
            cost=cost,
            date=date,
            units=units,
        )

        usage_units_daily_point.additional_properties = d
        return usage_units_daily_point

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
