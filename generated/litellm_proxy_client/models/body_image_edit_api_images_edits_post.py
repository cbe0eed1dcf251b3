from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

T = TypeVar("T", bound="BodyImageEditApiImagesEditsPost")


@_attrs_define
class BodyImageEditApiImagesEditsPost:
    """
    Attributes:
        image (list[str] | None | Unset):
        mask (list[str] | None | Unset):
    """

    image: list[str] | None | Unset = UNSET
    mask: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image: list[str] | None | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        elif isinstance(self.image, list):
            image = self.image

        else:
            image = self.image

        mask: list[str] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, list):
            mask = self.mask

        else:
            mask = self.mask

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if image is not UNSET:
            field_dict["image"] = image
        if mask is not UNSET:
            field_dict["mask"] = mask

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.image, Unset):
            if isinstance(self.image, list):
                for image_type_0_item_element in self.image:
                    files.append(("image", (None, str(image_type_0_item_element).encode(), "text/plain")))
            else:
                files.append(("image", (None, str(self.image).encode(), "text/plain")))

        if not isinstance(self.mask, Unset):
            if isinstance(self.mask, list):
                for mask_type_0_item_element in self.mask:
                    files.append(("mask", (None, str(mask_type_0_item_element).encode(), "text/plain")))
            else:
                files.append(("mask", (None, str(self.mask).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_image(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_type_0 = cast(list[str], data)

                return image_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_mask(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mask_type_0 = cast(list[str], data)

                return mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        mask = _parse_mask(d.pop("mask", UNSET))

        body_image_edit_api_images_edits_post = cls(
            image=image,
            mask=mask,
        )

        body_image_edit_api_images_edits_post.additional_properties = d
        return body_image_edit_api_images_edits_post

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
