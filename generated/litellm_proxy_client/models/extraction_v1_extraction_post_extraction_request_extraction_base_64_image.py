from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image")


@_attrs_define
class ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image:
    """
    Attributes:
        base64 (str): Base64-encoded image bytes
        content_type (str): The image media type, such as image/png
    """

    base64: str
    content_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base64 = self.base64

        content_type = self.content_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "base64": base64,
                "content_type": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base64 = d.pop("base64")

        content_type = d.pop("content_type")

        extraction_v1_extraction_post_extraction_request_extraction_base_64_image = cls(
            base64=base64,
            content_type=content_type,
        )

        extraction_v1_extraction_post_extraction_request_extraction_base_64_image.additional_properties = d
        return extraction_v1_extraction_post_extraction_request_extraction_base_64_image

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
