from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FallbackDeleteResponse")


@_attrs_define
class FallbackDeleteResponse:
    """Response model for deleting fallbacks

    Attributes:
        fallback_type (str): Type of fallback
        message (str): Success message
        model (str): The model name
    """

    fallback_type: str
    message: str
    model: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fallback_type = self.fallback_type

        message = self.message

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fallback_type": fallback_type,
                "message": message,
                "model": model,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fallback_type = d.pop("fallback_type")

        message = d.pop("message")

        model = d.pop("model")

        fallback_delete_response = cls(
            fallback_type=fallback_type,
            message=message,
            model=model,
        )

        fallback_delete_response.additional_properties = d
        return fallback_delete_response

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
