from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_generation_call_error_moderation_details import ImageGenerationCallErrorModerationDetails


T = TypeVar("T", bound="ResponsesAPIRequestParamsImageGenerationCallError")


@_attrs_define
class ResponsesAPIRequestParamsImageGenerationCallError:
    """Details of a moderation failure, when available.

    Attributes:
        code (None | str):
        message (str):
        param (None | str):
        type_ (str):
        moderation_details (ImageGenerationCallErrorModerationDetails | Unset): Public details for a
            `moderation_blocked` error, when available.
    """

    code: None | str
    message: str
    param: None | str
    type_: str
    moderation_details: ImageGenerationCallErrorModerationDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        message = self.message

        param: None | str
        param = self.param

        type_ = self.type_

        moderation_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.moderation_details, Unset):
            moderation_details = self.moderation_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "param": param,
                "type": type_,
            }
        )
        if moderation_details is not UNSET:
            field_dict["moderation_details"] = moderation_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_generation_call_error_moderation_details import ImageGenerationCallErrorModerationDetails  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        message = d.pop("message")

        def _parse_param(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        param = _parse_param(d.pop("param"))

        type_ = d.pop("type")

        _moderation_details = d.pop("moderation_details", UNSET)
        moderation_details: ImageGenerationCallErrorModerationDetails | Unset
        if isinstance(_moderation_details, Unset):
            moderation_details = UNSET
        else:
            moderation_details = ImageGenerationCallErrorModerationDetails.from_dict(_moderation_details)

        responses_api_request_params_image_generation_call_error = cls(
            code=code,
            message=message,
            param=param,
            type_=type_,
            moderation_details=moderation_details,
        )

        responses_api_request_params_image_generation_call_error.additional_properties = d
        return responses_api_request_params_image_generation_call_error

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
