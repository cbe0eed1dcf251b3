from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_image_url_object_video_metadata import ChatCompletionImageUrlObjectVideoMetadata


T = TypeVar("T", bound="ChatCompletionImageUrlObject")


@_attrs_define
class ChatCompletionImageUrlObject:
    """
    Attributes:
        url (str):
        detail (str | Unset):
        format_ (str | Unset):
        video_metadata (ChatCompletionImageUrlObjectVideoMetadata | Unset):
    """

    url: str
    detail: str | Unset = UNSET
    format_: str | Unset = UNSET
    video_metadata: ChatCompletionImageUrlObjectVideoMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        detail = self.detail

        format_ = self.format_

        video_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_metadata, Unset):
            video_metadata = self.video_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if format_ is not UNSET:
            field_dict["format"] = format_
        if video_metadata is not UNSET:
            field_dict["video_metadata"] = video_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_image_url_object_video_metadata import ChatCompletionImageUrlObjectVideoMetadata  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        detail = d.pop("detail", UNSET)

        format_ = d.pop("format", UNSET)

        _video_metadata = d.pop("video_metadata", UNSET)
        video_metadata: ChatCompletionImageUrlObjectVideoMetadata | Unset
        if isinstance(_video_metadata, Unset):
            video_metadata = UNSET
        else:
            video_metadata = ChatCompletionImageUrlObjectVideoMetadata.from_dict(_video_metadata)

        chat_completion_image_url_object = cls(
            url=url,
            detail=detail,
            format_=format_,
            video_metadata=video_metadata,
        )

        chat_completion_image_url_object.additional_properties = d
        return chat_completion_image_url_object

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
