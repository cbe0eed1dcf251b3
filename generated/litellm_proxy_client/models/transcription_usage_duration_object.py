from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TranscriptionUsageDurationObject")


@_attrs_define
class TranscriptionUsageDurationObject:
    """
    Attributes:
        seconds (float):
        type_ (Literal['duration']):
    """

    seconds: float
    type_: Literal["duration"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        seconds = self.seconds

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "seconds": seconds,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seconds = d.pop("seconds")

        type_ = cast(Literal["duration"], d.pop("type"))
        if type_ != "duration":
            raise ValueError(f"type must match const 'duration', got '{type_}'")

        transcription_usage_duration_object = cls(
            seconds=seconds,
            type_=type_,
        )

        transcription_usage_duration_object.additional_properties = d
        return transcription_usage_duration_object

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
