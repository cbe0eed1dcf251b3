from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GatewayRequestDailyEntry")


@_attrs_define
class GatewayRequestDailyEntry:
    """
    Attributes:
        date (str):
        failed_requests (int | Unset):  Default: 0.
        successful_requests (int | Unset):  Default: 0.
    """

    date: str
    failed_requests: int | Unset = 0
    successful_requests: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        failed_requests = self.failed_requests

        successful_requests = self.successful_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
            }
        )
        if failed_requests is not UNSET:
            field_dict["failed_requests"] = failed_requests
        if successful_requests is not UNSET:
            field_dict["successful_requests"] = successful_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = d.pop("date")

        failed_requests = d.pop("failed_requests", UNSET)

        successful_requests = d.pop("successful_requests", UNSET)

        gateway_request_daily_entry = cls(
            date=date,
            failed_requests=failed_requests,
            successful_requests=successful_requests,
        )

        gateway_request_daily_entry.additional_properties = d
        return gateway_request_daily_entry

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
