from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestErrorStatusCodeEntry")


@_attrs_define
class RequestErrorStatusCodeEntry:
    """
    Attributes:
        status_code (int):
        failed_requests (int | Unset):  Default: 0.
    """

    status_code: int
    failed_requests: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_code = self.status_code

        failed_requests = self.failed_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_code": status_code,
            }
        )
        if failed_requests is not UNSET:
            field_dict["failed_requests"] = failed_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = d.pop("status_code")

        failed_requests = d.pop("failed_requests", UNSET)

        request_error_status_code_entry = cls(
            status_code=status_code,
            failed_requests=failed_requests,
        )

        request_error_status_code_entry.additional_properties = d
        return request_error_status_code_entry

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
