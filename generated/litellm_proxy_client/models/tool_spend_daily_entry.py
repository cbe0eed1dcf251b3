from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSpendDailyEntry")


@_attrs_define
class ToolSpendDailyEntry:
    """Spend attributed to one tool on one UTC day.

    Attributes:
        date (str):
        tool_name (str):
        call_count (int | Unset):  Default: 0.
        spend (float | Unset):  Default: 0.0.
    """

    date: str
    tool_name: str
    call_count: int | Unset = 0
    spend: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        tool_name = self.tool_name

        call_count = self.call_count

        spend = self.spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "tool_name": tool_name,
            }
        )
        if call_count is not UNSET:
            field_dict["call_count"] = call_count
        if spend is not UNSET:
            field_dict["spend"] = spend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        tool_name = d.pop("tool_name")

        call_count = d.pop("call_count", UNSET)

        spend = d.pop("spend", UNSET)

        tool_spend_daily_entry = cls(
            date=date,
            tool_name=tool_name,
            call_count=call_count,
            spend=spend,
        )

        tool_spend_daily_entry.additional_properties = d
        return tool_spend_daily_entry

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
