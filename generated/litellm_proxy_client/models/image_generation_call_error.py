from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_generation_call_error_moderation_details import ImageGenerationCallErrorModerationDetails


T = TypeVar("T", bound="ImageGenerationCallError")


@_attrs_define
class ImageGenerationCallError:
    """Details of a moderation failure, when available.

    Attributes:
        message (str):
        type_ (str):
        code (None | str | Unset):
        moderation_details (ImageGenerationCallErrorModerationDetails | None | Unset):
        param (None | str | Unset):
    """

    message: str
    type_: str
    code: None | str | Unset = UNSET
    moderation_details: ImageGenerationCallErrorModerationDetails | None | Unset = UNSET
    param: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_generation_call_error_moderation_details import ImageGenerationCallErrorModerationDetails  # noqa: PLC0415

        message = self.message

        type_ = self.type_

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        moderation_details: dict[str, Any] | None | Unset
        if isinstance(self.moderation_details, Unset):
            moderation_details = UNSET
        elif isinstance(self.moderation_details, ImageGenerationCallErrorModerationDetails):
            moderation_details = self.moderation_details.to_dict()
        else:
            moderation_details = self.moderation_details

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if moderation_details is not UNSET:
            field_dict["moderation_details"] = moderation_details
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_generation_call_error_moderation_details import ImageGenerationCallErrorModerationDetails  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("message")

        type_ = d.pop("type")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_moderation_details(data: object) -> ImageGenerationCallErrorModerationDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_details_type_0 = ImageGenerationCallErrorModerationDetails.from_dict(data)

                return moderation_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationCallErrorModerationDetails | None | Unset, data)

        moderation_details = _parse_moderation_details(d.pop("moderation_details", UNSET))

        def _parse_param(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        param = _parse_param(d.pop("param", UNSET))

        image_generation_call_error = cls(
            message=message,
            type_=type_,
            code=code,
            moderation_details=moderation_details,
            param=param,
        )

        image_generation_call_error.additional_properties = d
        return image_generation_call_error

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
