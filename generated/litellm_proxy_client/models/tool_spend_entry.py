from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSpendEntry")


@_attrs_define
class ToolSpendEntry:
    """Total spend attributed to one tool over the requested window.

    Attributes:
        tool_name (str):
        call_count (int | Unset):  Default: 0.
        spend (float | Unset): Attributed spend: a request that used several tools counts its full spend toward each of
            them Default: 0.0.
        total_tokens (int | Unset):  Default: 0.
    """

    tool_name: str
    call_count: int | Unset = 0
    spend: float | Unset = 0.0
    total_tokens: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        call_count = self.call_count

        spend = self.spend

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_name": tool_name,
            }
        )
        if call_count is not UNSET:
            field_dict["call_count"] = call_count
        if spend is not UNSET:
            field_dict["spend"] = spend
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_name = d.pop("tool_name")

        call_count = d.pop("call_count", UNSET)

        spend = d.pop("spend", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        tool_spend_entry = cls(
            tool_name=tool_name,
            call_count=call_count,
            spend=spend,
            total_tokens=total_tokens,
        )

        tool_spend_entry.additional_properties = d
        return tool_spend_entry

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
