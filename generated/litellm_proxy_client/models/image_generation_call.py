from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_call_action_type_0 import ImageGenerationCallActionType0
from ..models.image_generation_call_background_type_0 import ImageGenerationCallBackgroundType0
from ..models.image_generation_call_output_format_type_0 import ImageGenerationCallOutputFormatType0
from ..models.image_generation_call_quality_type_0 import ImageGenerationCallQualityType0
from ..models.image_generation_call_size_type_1 import ImageGenerationCallSizeType1
from ..models.image_generation_call_status import ImageGenerationCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_generation_call_error import ImageGenerationCallError
    from ..models.image_generation_call_svg_usage import ImageGenerationCallSvgUsage


T = TypeVar("T", bound="ImageGenerationCall")


@_attrs_define
class ImageGenerationCall:
    """An image generation request made by the model.

    Attributes:
        id (str):
        status (ImageGenerationCallStatus):
        type_ (Literal['image_generation_call']):
        action (ImageGenerationCallActionType0 | None | Unset):
        background (ImageGenerationCallBackgroundType0 | None | Unset):
        error (ImageGenerationCallError | None | Unset):
        output_format (ImageGenerationCallOutputFormatType0 | None | Unset):
        quality (ImageGenerationCallQualityType0 | None | Unset):
        result (None | str | Unset):
        revised_prompt (None | str | Unset):
        size (ImageGenerationCallSizeType1 | None | str | Unset):
        svg_usage (ImageGenerationCallSvgUsage | None | Unset):
    """

    id: str
    status: ImageGenerationCallStatus
    type_: Literal["image_generation_call"]
    action: ImageGenerationCallActionType0 | None | Unset = UNSET
    background: ImageGenerationCallBackgroundType0 | None | Unset = UNSET
    error: ImageGenerationCallError | None | Unset = UNSET
    output_format: ImageGenerationCallOutputFormatType0 | None | Unset = UNSET
    quality: ImageGenerationCallQualityType0 | None | Unset = UNSET
    result: None | str | Unset = UNSET
    revised_prompt: None | str | Unset = UNSET
    size: ImageGenerationCallSizeType1 | None | str | Unset = UNSET
    svg_usage: ImageGenerationCallSvgUsage | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_generation_call_error import ImageGenerationCallError  # noqa: PLC0415
        from ..models.image_generation_call_svg_usage import ImageGenerationCallSvgUsage  # noqa: PLC0415

        id = self.id

        status = self.status.value

        type_ = self.type_

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ImageGenerationCallActionType0):
            action = self.action.value
        else:
            action = self.action

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, ImageGenerationCallBackgroundType0):
            background = self.background.value
        else:
            background = self.background

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ImageGenerationCallError):
            error = self.error.to_dict()
        else:
            error = self.error

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, ImageGenerationCallOutputFormatType0):
            output_format = self.output_format.value
        else:
            output_format = self.output_format

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, ImageGenerationCallQualityType0):
            quality = self.quality.value
        else:
            quality = self.quality

        result: None | str | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        revised_prompt: None | str | Unset
        if isinstance(self.revised_prompt, Unset):
            revised_prompt = UNSET
        else:
            revised_prompt = self.revised_prompt

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, ImageGenerationCallSizeType1):
            size = self.size.value
        else:
            size = self.size

        svg_usage: dict[str, Any] | None | Unset
        if isinstance(self.svg_usage, Unset):
            svg_usage = UNSET
        elif isinstance(self.svg_usage, ImageGenerationCallSvgUsage):
            svg_usage = self.svg_usage.to_dict()
        else:
            svg_usage = self.svg_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
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
        if result is not UNSET:
            field_dict["result"] = result
        if revised_prompt is not UNSET:
            field_dict["revised_prompt"] = revised_prompt
        if size is not UNSET:
            field_dict["size"] = size
        if svg_usage is not UNSET:
            field_dict["svg_usage"] = svg_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_generation_call_error import ImageGenerationCallError  # noqa: PLC0415
        from ..models.image_generation_call_svg_usage import ImageGenerationCallSvgUsage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        status = ImageGenerationCallStatus(d.pop("status"))

        type_ = cast(Literal["image_generation_call"], d.pop("type"))
        if type_ != "image_generation_call":
            raise ValueError(f"type must match const 'image_generation_call', got '{type_}'")

        def _parse_action(data: object) -> ImageGenerationCallActionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = ImageGenerationCallActionType0(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationCallActionType0 | None | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_background(data: object) -> ImageGenerationCallBackgroundType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_0 = ImageGenerationCallBackgroundType0(data)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationCallBackgroundType0 | None | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_error(data: object) -> ImageGenerationCallError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ImageGenerationCallError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationCallError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_output_format(data: object) -> ImageGenerationCallOutputFormatType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_0 = ImageGenerationCallOutputFormatType0(data)

                return output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationCallOutputFormatType0 | None | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        def _parse_quality(data: object) -> ImageGenerationCallQualityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = ImageGenerationCallQualityType0(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationCallQualityType0 | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        def _parse_revised_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        revised_prompt = _parse_revised_prompt(d.pop("revised_prompt", UNSET))

        def _parse_size(data: object) -> ImageGenerationCallSizeType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_1 = ImageGenerationCallSizeType1(data)

                return size_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationCallSizeType1 | None | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_svg_usage(data: object) -> ImageGenerationCallSvgUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                svg_usage_type_0 = ImageGenerationCallSvgUsage.from_dict(data)

                return svg_usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationCallSvgUsage | None | Unset, data)

        svg_usage = _parse_svg_usage(d.pop("svg_usage", UNSET))

        image_generation_call = cls(
            id=id,
            status=status,
            type_=type_,
            action=action,
            background=background,
            error=error,
            output_format=output_format,
            quality=quality,
            result=result,
            revised_prompt=revised_prompt,
            size=size,
            svg_usage=svg_usage,
        )

        image_generation_call.additional_properties = d
        return image_generation_call

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
