from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GenericResponseOutputItemContentAnnotation")


@_attrs_define
class GenericResponseOutputItemContentAnnotation:
    """Annotation for content in a message

    Attributes:
        end_index (int | None):
        start_index (int | None):
        title (None | str):
        type_ (None | str):
        url (None | str):
    """

    end_index: int | None
    start_index: int | None
    title: None | str
    type_: None | str
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_index: int | None
        end_index = self.end_index

        start_index: int | None
        start_index = self.start_index

        title: None | str
        title = self.title

        type_: None | str
        type_ = self.type_

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_index": end_index,
                "start_index": start_index,
                "title": title,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_end_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        end_index = _parse_end_index(d.pop("end_index"))

        def _parse_start_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        start_index = _parse_start_index(d.pop("start_index"))

        def _parse_title(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        title = _parse_title(d.pop("title"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        generic_response_output_item_content_annotation = cls(
            end_index=end_index,
            start_index=start_index,
            title=title,
            type_=type_,
            url=url,
        )

        generic_response_output_item_content_annotation.additional_properties = d
        return generic_response_output_item_content_annotation

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
