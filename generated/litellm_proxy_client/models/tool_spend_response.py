from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_spend_daily_entry import ToolSpendDailyEntry
    from ..models.tool_spend_entry import ToolSpendEntry


T = TypeVar("T", bound="ToolSpendResponse")


@_attrs_define
class ToolSpendResponse:
    """
    Attributes:
        by_tool (list[ToolSpendEntry] | Unset):
        daily (list[ToolSpendDailyEntry] | Unset):
        end_date (None | str | Unset):
        start_date (None | str | Unset):
    """

    by_tool: list[ToolSpendEntry] | Unset = UNSET
    daily: list[ToolSpendDailyEntry] | Unset = UNSET
    end_date: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_tool: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_tool, Unset):
            by_tool = []
            for by_tool_item_data in self.by_tool:
                by_tool_item = by_tool_item_data.to_dict()
                by_tool.append(by_tool_item)

        daily: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.daily, Unset):
            daily = []
            for daily_item_data in self.daily:
                daily_item = daily_item_data.to_dict()
                daily.append(daily_item)

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if by_tool is not UNSET:
            field_dict["by_tool"] = by_tool
        if daily is not UNSET:
            field_dict["daily"] = daily
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_spend_daily_entry import ToolSpendDailyEntry  # noqa: PLC0415
        from ..models.tool_spend_entry import ToolSpendEntry  # noqa: PLC0415

        d = dict(src_dict)
        _by_tool = d.pop("by_tool", UNSET)
        by_tool: list[ToolSpendEntry] | Unset = UNSET
        if _by_tool is not UNSET:
            by_tool = []
            for by_tool_item_data in _by_tool:
                by_tool_item = ToolSpendEntry.from_dict(by_tool_item_data)

                by_tool.append(by_tool_item)

        _daily = d.pop("daily", UNSET)
        daily: list[ToolSpendDailyEntry] | Unset = UNSET
        if _daily is not UNSET:
            daily = []
            for daily_item_data in _daily:
                daily_item = ToolSpendDailyEntry.from_dict(daily_item_data)

                daily.append(daily_item)

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        tool_spend_response = cls(
            by_tool=by_tool,
            daily=daily,
            end_date=end_date,
            start_date=start_date,
        )

        tool_spend_response.additional_properties = d
        return tool_spend_response

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
