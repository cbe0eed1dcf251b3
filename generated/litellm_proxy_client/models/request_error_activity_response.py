from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_error_daily_entry import RequestErrorDailyEntry
    from ..models.request_error_entity_entry import RequestErrorEntityEntry
    from ..models.request_error_status_code_entry import RequestErrorStatusCodeEntry


T = TypeVar("T", bound="RequestErrorActivityResponse")


@_attrs_define
class RequestErrorActivityResponse:
    """Response for GET /gateway/errors/activity.

    Attributes:
        by_date (list[RequestErrorDailyEntry] | Unset):
        by_key (list[RequestErrorEntityEntry] | Unset):
        by_model (list[RequestErrorEntityEntry] | Unset):
        by_status_code (list[RequestErrorStatusCodeEntry] | Unset):
        by_team (list[RequestErrorEntityEntry] | Unset):
        by_user (list[RequestErrorEntityEntry] | Unset):
        total_failed_requests (int | Unset):  Default: 0.
        total_successful_requests (int | Unset):  Default: 0.
    """

    by_date: list[RequestErrorDailyEntry] | Unset = UNSET
    by_key: list[RequestErrorEntityEntry] | Unset = UNSET
    by_model: list[RequestErrorEntityEntry] | Unset = UNSET
    by_status_code: list[RequestErrorStatusCodeEntry] | Unset = UNSET
    by_team: list[RequestErrorEntityEntry] | Unset = UNSET
    by_user: list[RequestErrorEntityEntry] | Unset = UNSET
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

        by_key: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_key, Unset):
            by_key = []
            for by_key_item_data in self.by_key:
                by_key_item = by_key_item_data.to_dict()
                by_key.append(by_key_item)

        by_model: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_model, Unset):
            by_model = []
            for by_model_item_data in self.by_model:
                by_model_item = by_model_item_data.to_dict()
                by_model.append(by_model_item)

        by_status_code: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_status_code, Unset):
            by_status_code = []
            for by_status_code_item_data in self.by_status_code:
                by_status_code_item = by_status_code_item_data.to_dict()
                by_status_code.append(by_status_code_item)

        by_team: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_team, Unset):
            by_team = []
            for by_team_item_data in self.by_team:
                by_team_item = by_team_item_data.to_dict()
                by_team.append(by_team_item)

        by_user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_user, Unset):
            by_user = []
            for by_user_item_data in self.by_user:
                by_user_item = by_user_item_data.to_dict()
                by_user.append(by_user_item)

        total_failed_requests = self.total_failed_requests

        total_successful_requests = self.total_successful_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if by_date is not UNSET:
            field_dict["by_date"] = by_date
        if by_key is not UNSET:
            field_dict["by_key"] = by_key
        if by_model is not UNSET:
            field_dict["by_model"] = by_model
        if by_status_code is not UNSET:
            field_dict["by_status_code"] = by_status_code
        if by_team is not UNSET:
            field_dict["by_team"] = by_team
        if by_user is not UNSET:
            field_dict["by_user"] = by_user
        if total_failed_requests is not UNSET:
            field_dict["total_failed_requests"] = total_failed_requests
        if total_successful_requests is not UNSET:
            field_dict["total_successful_requests"] = total_successful_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_error_daily_entry import RequestErrorDailyEntry  # noqa: PLC0415
        from ..models.request_error_entity_entry import RequestErrorEntityEntry  # noqa: PLC0415
        from ..models.request_error_status_code_entry import RequestErrorStatusCodeEntry  # noqa: PLC0415

        d = dict(src_dict)
        _by_date = d.pop("by_date", UNSET)
        by_date: list[RequestErrorDailyEntry] | Unset = UNSET
        if _by_date is not UNSET:
            by_date = []
            for by_date_item_data in _by_date:
                by_date_item = RequestErrorDailyEntry.from_dict(by_date_item_data)

                by_date.append(by_date_item)

        _by_key = d.pop("by_key", UNSET)
        by_key: list[RequestErrorEntityEntry] | Unset = UNSET
        if _by_key is not UNSET:
            by_key = []
            for by_key_item_data in _by_key:
                by_key_item = RequestErrorEntityEntry.from_dict(by_key_item_data)

                by_key.append(by_key_item)

        _by_model = d.pop("by_model", UNSET)
        by_model: list[RequestErrorEntityEntry] | Unset = UNSET
        if _by_model is not UNSET:
            by_model = []
            for by_model_item_data in _by_model:
                by_model_item = RequestErrorEntityEntry.from_dict(by_model_item_data)

                by_model.append(by_model_item)

        _by_status_code = d.pop("by_status_code", UNSET)
        by_status_code: list[RequestErrorStatusCodeEntry] | Unset = UNSET
        if _by_status_code is not UNSET:
            by_status_code = []
            for by_status_code_item_data in _by_status_code:
                by_status_code_item = RequestErrorStatusCodeEntry.from_dict(by_status_code_item_data)

                by_status_code.append(by_status_code_item)

        _by_team = d.pop("by_team", UNSET)
        by_team: list[RequestErrorEntityEntry] | Unset = UNSET
        if _by_team is not UNSET:
            by_team = []
            for by_team_item_data in _by_team:
                by_team_item = RequestErrorEntityEntry.from_dict(by_team_item_data)

                by_team.append(by_team_item)

        _by_user = d.pop("by_user", UNSET)
        by_user: list[RequestErrorEntityEntry] | Unset = UNSET
        if _by_user is not UNSET:
            by_user = []
            for by_user_item_data in _by_user:
                by_user_item = RequestErrorEntityEntry.from_dict(by_user_item_data)

                by_user.append(by_user_item)

        total_failed_requests = d.pop("total_failed_requests", UNSET)

        total_successful_requests = d.pop("total_successful_requests", UNSET)

        request_error_activity_response = cls(
            by_date=by_date,
            by_key=by_key,
            by_model=by_model,
            by_status_code=by_status_code,
            by_team=by_team,
            by_user=by_user,
            total_failed_requests=total_failed_requests,
            total_successful_requests=total_successful_requests,
        )

        request_error_activity_response.additional_properties = d
        return request_error_activity_response

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
