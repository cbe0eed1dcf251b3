from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SpanErrorPage")


@_attrs_define
class SpanErrorPage:
    """
    Attributes:
        message (str):
        next_cursor (None | str):
        span_id (str):
        total_chars (int):
    """

    message: str
    next_cursor: None | str
    span_id: str
    total_chars: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        next_cursor: None | str
        next_cursor = self.next_cursor

        span_id = self.span_id

        total_chars = self.total_chars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "next_cursor": next_cursor,
                "span_id": span_id,
                "total_chars": total_chars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        span_id = d.pop("span_id")

        total_chars = d.pop("total_chars")

        span_error_page = cls(
            message=message,
            next_cursor=next_cursor,
            span_id=span_id,
            total_chars=total_chars,
        )

        span_error_page.additional_properties = d
        return span_error_page

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
