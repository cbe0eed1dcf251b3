from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gateway_request_breakdown_entry import GatewayRequestBreakdownEntry
    from ..models.gateway_request_daily_entry import GatewayRequestDailyEntry
    from ..models.gateway_request_status_code_entry import GatewayRequestStatusCodeEntry


T = TypeVar("T", bound="GatewayRequestActivityResponse")


@_attrs_define
class GatewayRequestActivityResponse:
    """Response for GET /gateway/daily/activity.

    Attributes:
        by_date (list[GatewayRequestDailyEntry] | Unset):
        by_route (list[GatewayRequestBreakdownEntry] | Unset):
        by_status_code (list[GatewayRequestStatusCodeEntry] | Unset):
        total_failed_requests (int | Unset):  Default: 0.
        total_successful_requests (int | Unset):  Default: 0.
    """

    by_date: list[GatewayRequestDailyEntry] | Unset = UNSET
    by_route: list[GatewayRequestBreakdownEntry] | Unset = UNSET
    by_status_code: list[GatewayRequestStatusCodeEntry] | Unset = UNSET
    total_failed_requests: int | Unset = 0
    total_successful_requests: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_date: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_date, Unset):
            by_date = []
            for by_date_item_data in self.by_date:
                by_date_item = by_date_item_data.to_dict()
                by_date.append(by_date_item)

        by_route: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_route, Unset):
            by_route = []
            for by_route_item_data in self.by_route:
                by_route_item = by_route_item_data.to_dict()
                by_route.append(by_route_item)

        by_status_code: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_status_code, Unset):
            by_status_code = []
            for by_status_code_item_data in self.by_status_code:
                by_status_code_item = by_status_code_item_data.to_dict()
                by_status_code.append(by_status_code_item)

        total_failed_requests = self.total_failed_requests

        total_successful_requests = self.total_successful_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if by_date is not UNSET:
            field_dict["by_date"] = by_date
        if by_route is not UNSET:
            field_dict["by_route"] = by_route
        if by_status_code is not UNSET:
            field_dict["by_status_code"] = by_status_code
        if total_failed_requests is not UNSET:
            field_dict["total_failed_requests"] = total_failed_requests
        if total_successful_requests is not UNSET:
            field_dict["total_successful_requests"] = total_successful_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gateway_request_breakdown_entry import GatewayRequestBreakdownEntry  # noqa: PLC0415
        from ..models.gateway_request_daily_entry import GatewayRequestDailyEntry  # noqa: PLC0415
        from ..models.gateway_request_status_code_entry import GatewayRequestStatusCodeEntry  # noqa: PLC0415

        d = dict(src_dict)
        _by_date = d.pop("by_date", UNSET)
        by_date: list[GatewayRequestDailyEntry] | Unset = UNSET
        if _by_date is not UNSET:
            by_date = []
            for by_date_item_data in _by_date:
                by_date_item = GatewayRequestDailyEntry.from_dict(by_date_item_data)

                by_date.append(by_date_item)

        _by_route = d.pop("by_route", UNSET)
        by_route: list[GatewayRequestBreakdownEntry] | Unset = UNSET
        if _by_route is not UNSET:
            by_route = []
            for by_route_item_data in _by_route:
                by_route_item = GatewayRequestBreakdownEntry.from_dict(by_route_item_data)

                by_route.append(by_route_item)

        _by_status_code = d.pop("by_status_code", UNSET)
        by_status_code: list[GatewayRequestStatusCodeEntry] | Unset = UNSET
        if _by_status_code is not UNSET:
            by_status_code = []
            for by_status_code_item_data in _by_status_code:
                by_status_code_item = GatewayRequestStatusCodeEntry.from_dict(by_status_code_item_data)

                by_status_code.append(by_status_code_item)

        total_failed_requests = d.pop("total_failed_requests", UNSET)

        total_successful_requests = d.pop("total_successful_requests", UNSET)

        gateway_request_activity_response = cls(
            by_date=by_date,
            by_route=by_route,
            by_status_code=by_status_code,
            total_failed_requests=total_failed_requests,
            total_successful_requests=total_successful_requests,
        )

        gateway_request_activity_response.additional_properties = d
        return gateway_request_activity_response

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
