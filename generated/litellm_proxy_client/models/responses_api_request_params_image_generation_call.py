from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_params_image_generation_call_action_type_0 import (
    ResponsesAPIRequestParamsImageGenerationCallActionType0,
)
from ..models.responses_api_request_params_image_generation_call_background_type_0 import (
    ResponsesAPIRequestParamsImageGenerationCallBackgroundType0,
)
from ..models.responses_api_request_params_image_generation_call_output_format_type_0 import (
    ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0,
)
from ..models.responses_api_request_params_image_generation_call_quality_type_0 import (
    ResponsesAPIRequestParamsImageGenerationCallQualityType0,
)
from ..models.responses_api_request_params_image_generation_call_size_type_1 import (
    ResponsesAPIRequestParamsImageGenerationCallSizeType1,
)
from ..models.responses_api_request_params_image_generation_call_status import (
    ResponsesAPIRequestParamsImageGenerationCallStatus,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_generation_call_svg_usage import ImageGenerationCallSvgUsage
    from ..models.responses_api_request_params_image_generation_call_error import (
        ResponsesAPIRequestParamsImageGenerationCallError,
    )


T = TypeVar("T", bound="ResponsesAPIRequestParamsImageGenerationCall")


@_attrs_define
class ResponsesAPIRequestParamsImageGenerationCall:
    """An image generation request made by the model.

    Attributes:
        id (str):
        result (None | str):
        status (ResponsesAPIRequestParamsImageGenerationCallStatus):
        type_ (Literal['image_generation_call']):
        action (None | ResponsesAPIRequestParamsImageGenerationCallActionType0 | Unset):
        background (None | ResponsesAPIRequestParamsImageGenerationCallBackgroundType0 | Unset):
        error (ResponsesAPIRequestParamsImageGenerationCallError | Unset): Details of a moderation failure, when
            available.
        output_format (None | ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0 | Unset):
        quality (None | ResponsesAPIRequestParamsImageGenerationCallQualityType0 | Unset):
        revised_prompt (None | str | Unset):
        size (None | ResponsesAPIRequestParamsImageGenerationCallSizeType1 | str | Unset):
        svg_usage (ImageGenerationCallSvgUsage | Unset):
    """

    id: str
    result: None | str
    status: ResponsesAPIRequestParamsImageGenerationCallStatus
    type_: Literal["image_generation_call"]
    action: None | ResponsesAPIRequestParamsImageGenerationCallActionType0 | Unset = UNSET
    background: None | ResponsesAPIRequestParamsImageGenerationCallBackgroundType0 | Unset = UNSET
    error: ResponsesAPIRequestParamsImageGenerationCallError | Unset = UNSET
    output_format: None | ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0 | Unset = UNSET
    quality: None | ResponsesAPIRequestParamsImageGenerationCallQualityType0 | Unset = UNSET
    revised_prompt: None | str | Unset = UNSET
    size: None | ResponsesAPIRequestParamsImageGenerationCallSizeType1 | str | Unset = UNSET
    svg_usage: ImageGenerationCallSvgUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        result: None | str
        result = self.result

        status = self.status.value

        type_ = self.type_

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ResponsesAPIRequestParamsImageGenerationCallActionType0):
            action = self.action.value
        else:
            action = self.action

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, ResponsesAPIRequestParamsImageGenerationCallBackgroundType0):
            background = self.background.value
        else:
            background = self.background

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0):
            output_format = self.output_format.value
        else:
            output_format = self.output_format

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, ResponsesAPIRequestParamsImageGenerationCallQualityType0):
            quality = self.quality.value
        else:
            quality = self.quality

        revised_prompt: None | str | Unset
        if isinstance(self.revised_prompt, Unset):
            revised_prompt = UNSET
        else:
            revised_prompt = self.revised_prompt

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, ResponsesAPIRequestParamsImageGenerationCallSizeType1):
            size = self.size.value
        else:
            size = self.size

        svg_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.svg_usage, Unset):
            svg_usage = self.svg_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "result": result,
                "status": status,
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if background is not UNSET:
            field_dict["background"] = background
        if error is not UNSET:
            field_dict["error"] = error
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if quality is not UNSET:
            field_dict["quality"] = quality
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt
        if size is not UNSET:
            field_dict["size"] = size
        if svg_usage is not UNSET:
            field_dict["svg_usage"] = svg_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_generation_call_svg_usage import ImageGenerationCallSvgUsage  # noqa: PLC0415
        from ..models.responses_api_request_params_image_generation_call_error import (
            ResponsesAPIRequestParamsImageGenerationCallError,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d.pop("result"))

        status = ResponsesAPIRequestParamsImageGenerationCallStatus(d.pop("status"))

        type_ = cast(Literal["image_generation_call"], d.pop("type"))
        if type_ != "image_generation_call":
            raise ValueError(f"type must match const 'image_generation_call', got '{type_}'")

        def _parse_action(data: object) -> None | ResponsesAPIRequestParamsImageGenerationCallActionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = ResponsesAPIRequestParamsImageGenerationCallActionType0(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIRequestParamsImageGenerationCallActionType0 | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_background(
            data: object,
        ) -> None | ResponsesAPIRequestParamsImageGenerationCallBackgroundType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_0 = ResponsesAPIRequestParamsImageGenerationCallBackgroundType0(data)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIRequestParamsImageGenerationCallBackgroundType0 | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        _error = d.pop("error", UNSET)
        error: ResponsesAPIRequestParamsImageGenerationCallError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ResponsesAPIRequestParamsImageGenerationCallError.from_dict(_error)

        def _parse_output_format(
            data: object,
        ) -> None | ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_0 = ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0(data)

                return output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0 | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        def _parse_quality(data: object) -> None | ResponsesAPIRequestParamsImageGenerationCallQualityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = ResponsesAPIRequestParamsImageGenerationCallQualityType0(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIRequestParamsImageGenerationCallQualityType0 | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_revised_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revised_prompt = _parse_revised_prompt(d.pop("revised_prompt", UNSET))

        def _parse_size(data: object) -> None | ResponsesAPIRequestParamsImageGenerationCallSizeType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_1 = ResponsesAPIRequestParamsImageGenerationCallSizeType1(data)

                return size_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIRequestParamsImageGenerationCallSizeType1 | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        _svg_usage = d.pop("svg_usage", UNSET)
        svg_usage: ImageGenerationCallSvgUsage | Unset
        if isinstance(_svg_usage, Unset):
            svg_usage = UNSET
        else:
            svg_usage = ImageGenerationCallSvgUsage.from_dict(_svg_usage)

        responses_api_request_params_image_generation_call = cls(
            id=id,
            result=result,
            status=status,
            type_=type_,
            action=action,
            background=background,
            error=error,
            output_format=output_format,
            quality=quality,
            revised_prompt=revised_prompt,
            size=size,
            svg_usage=svg_usage,
        )

        responses_api_request_params_image_generation_call.additional_properties = d
        return responses_api_request_params_image_generation_call

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
