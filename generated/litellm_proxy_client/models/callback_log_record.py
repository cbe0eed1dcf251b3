from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.callback_log_record_status import CallbackLogRecordStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.callback_log_record_standard_logging_payload import CallbackLogRecordStandardLoggingPayload


T = TypeVar("T", bound="CallbackLogRecord")


@_attrs_define
class CallbackLogRecord:
    """A single finished logging event to replay through the callbacks.

    Attributes:
        standard_logging_payload (CallbackLogRecordStandardLoggingPayload):
        status (CallbackLogRecordStatus):
        error (None | str | Unset):
    """

    standard_logging_payload: CallbackLogRecordStandardLoggingPayload
    status: CallbackLogRecordStatus
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        standard_logging_payload = self.standard_logging_payload.to_dict()

        status = self.status.value

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "standard_logging_payload": standard_logging_payload,
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.callback_log_record_standard_logging_payload import CallbackLogRecordStandardLoggingPayload  # noqa: PLC0415

        d = dict(src_dict)
        standard_logging_payload = CallbackLogRecordStandardLoggingPayload.from_dict(d.pop("standard_logging_payload"))

        status = CallbackLogRecordStatus(d.pop("status"))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        callback_log_record = cls(
            standard_logging_payload=standard_logging_payload,
            status=status,
            error=error,
        )

        callback_log_record.additional_properties = d
        return callback_log_record

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
