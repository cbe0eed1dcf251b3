from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.logging_callback_status_status import LoggingCallbackStatusStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="LoggingCallbackStatus")


@_attrs_define
class LoggingCallbackStatus:
    """
    Attributes:
        callbacks (list[str] | Unset):
        details (None | str | Unset):
        status (LoggingCallbackStatusStatus | Unset):
    """

    callbacks: list[str] | Unset = UNSET
    details: None | str | Unset = UNSET
    status: LoggingCallbackStatusStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        callbacks: list[str] | Unset = UNSET
        if not isinstance(self.callbacks, Unset):
            callbacks = self.callbacks

        details: None | str | Unset
        if isinstance(self.details, Unset):
            details = UNSET
        else:
            details = self.details

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if callbacks is not UNSET:
            field_dict["callbacks"] = callbacks
        if details is not UNSET:
            field_dict["details"] = details
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        callbacks = cast(list[str], d.pop("callbacks", UNSET))

        def _parse_details(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        details = _parse_details(d.pop("details", UNSET))

        _status = d.pop("status", UNSET)
        status: LoggingCallbackStatusStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = LoggingCallbackStatusStatus(_status)

        logging_callback_status = cls(
            callbacks=callbacks,
            details=details,
            status=status,
        )

        logging_callback_status.additional_properties = d
        return logging_callback_status

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
