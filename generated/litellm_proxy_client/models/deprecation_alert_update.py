from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.deprecation_alert_status import DeprecationAlertStatus

T = TypeVar("T", bound="DeprecationAlertUpdate")


@_attrs_define
class DeprecationAlertUpdate:
    """
    Attributes:
        deprecation_date (datetime.date):
        last_seen_date (datetime.date):
        last_seen_requests (int):
        model (str):
        status (DeprecationAlertStatus):
    """

    deprecation_date: datetime.date
    last_seen_date: datetime.date
    last_seen_requests: int
    model: str
    status: DeprecationAlertStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deprecation_date = self.deprecation_date.isoformat()

        last_seen_date = self.last_seen_date.isoformat()

        last_seen_requests = self.last_seen_requests

        model = self.model

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deprecation_date": deprecation_date,
                "last_seen_date": last_seen_date,
                "last_seen_requests": last_seen_requests,
                "model": model,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deprecation_date = datetime.date.fromisoformat(d.pop("deprecation_date"))

        last_seen_date = datetime.date.fromisoformat(d.pop("last_seen_date"))

        last_seen_requests = d.pop("last_seen_requests")

        model = d.pop("model")

        status = DeprecationAlertStatus(d.pop("status"))

        deprecation_alert_update = cls(
            deprecation_date=deprecation_date,
            last_seen_date=last_seen_date,
            last_seen_requests=last_seen_requests,
            model=model,
            status=status,
        )

        deprecation_alert_update.additional_properties = d
        return deprecation_alert_update

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
