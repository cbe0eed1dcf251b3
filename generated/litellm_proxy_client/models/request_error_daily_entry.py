from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_error_status_code_entry import RequestErrorStatusCodeEntry


T = TypeVar("T", bound="RequestErrorDailyEntry")


@_attrs_define
class RequestErrorDailyEntry:
    """
    Attributes:
        date (str):
        by_status_code (list[RequestErrorStatusCodeEntry] | Unset):
        client_errors (int | Unset):  Default: 0.
        failed_requests (int | Unset):  Default: 0.
        server_errors (int | Unset):  Default: 0.
        successful_requests (int | Unset):  Default: 0.
    """

    date: str
    by_status_code: list[RequestErrorStatusCodeEntry] | Unset = UNSET
    client_errors: int | Unset = 0
    failed_requests: int | Unset = 0
    server_errors: int | Unset = 0
    successful_requests: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        by_status_code: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_status_code, Unset):
            by_status_code = []
            for by_status_code_item_data in self.by_status_code:
                by_status_code_item = by_status_code_item_data.to_dict()
                by_status_code.append(by_status_code_item)

        client_errors = self.client_errors

        failed_requests = self.failed_requests

        server_errors = self.server_errors

        successful_requests = self.successful_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
            }
        )
        if by_status_code is not UNSET:
            field_dict["by_status_code"] = by_status_code
        if client_errors is not UNSET:
            field_dict["client_errors"] = client_errors
        if failed_requests is not UNSET:
            field_dict["failed_requests"] = failed_requests
        if server_errors is not UNSET:
            field_dict["server_errors"] = server_errors
        if successful_requests is not UNSET:
            field_dict["successful_requests"] = successful_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_error_status_code_entry import RequestErrorStatusCodeEntry  # noqa: PLC0415

        d = dict(src_dict)
        date = d.pop("date")

        _by_status_code = d.pop("by_status_code", UNSET)
        by_status_code: list[RequestErrorStatusCodeEntry] | Unset = UNSET
        if _by_status_code is not UNSET:
            by_status_code = []
            for by_status_code_item_data in _by_status_code:
                by_status_code_item = RequestErrorStatusCodeEntry.from_dict(by_status_code_item_data)

                by_status_code.append(by_status_code_item)

        client_errors = d.pop("client_errors", UNSET)

        failed_requests = d.pop("failed_requests", UNSET)

        server_errors = d.pop("server_errors", UNSET)

        successful_requests = d.pop("successful_requests", UNSET)

        request_error_daily_entry = cls(
            date=date,
            by_status_code=by_status_code,
            client_errors=client_errors,
            failed_requests=failed_requests,
            server_errors=server_errors,
            successful_requests=successful_requests,
        )

        request_error_daily_entry.additional_properties = d
        return request_error_daily_entry

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
