from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deprecation_alert_status import DeprecationAlertStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeprecationAlertState")


@_attrs_define
class DeprecationAlertState:
    """
    Attributes:
        deprecation_date (datetime.date):
        model (str):
        last_seen_date (datetime.date | None | Unset):
        last_seen_requests (int | Unset):  Default: 0.
        status (DeprecationAlertStatus | Unset):
        updated_at (datetime.datetime | None | Unset):
        updated_by (None | str | Unset):
    """

    deprecation_date: datetime.date
    model: str
    last_seen_date: datetime.date | None | Unset = UNSET
    last_seen_requests: int | Unset = 0
    status: DeprecationAlertStatus | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deprecation_date = self.deprecation_date.isoformat()

        model = self.model

        last_seen_date: None | str | Unset
        if isinstance(self.last_seen_date, Unset):
            last_seen_date = UNSET
        elif isinstance(self.last_seen_date, datetime.date):
            last_seen_date = self.last_seen_date.isoformat()
        else:
            last_seen_date = self.last_seen_date

        last_seen_requests = self.last_seen_requests

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deprecation_date": deprecation_date,
                "model": model,
            }
        )
        if last_seen_date is not UNSET:
            field_dict["last_seen_date"] = last_seen_date
        if last_seen_requests is not UNSET:
            field_dict["last_seen_requests"] = last_seen_requests
        if status is not UNSET:
            field_dict["status"] = status
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deprecation_date = datetime.date.fromisoformat(d.pop("deprecation_date"))

        model = d.pop("model")

        def _parse_last_seen_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_date_type_0 = datetime.date.fromisoformat(data)

                return last_seen_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_seen_date = _parse_last_seen_date(d.pop("last_seen_date", UNSET))

        last_seen_requests = d.pop("last_seen_requests", UNSET)

        _status = d.pop("status", UNSET)
        status: DeprecationAlertStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DeprecationAlertStatus(_status)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        deprecation_alert_state = cls(
            deprecation_date=deprecation_date,
            model=model,
            last_seen_date=last_seen_date,
            last_seen_requests=last_seen_requests,
            status=status,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        deprecation_alert_state.additional_properties = d
        return deprecation_alert_state

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
