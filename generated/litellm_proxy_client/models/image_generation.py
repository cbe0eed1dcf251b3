from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_generation_action_type_0 import ImageGenerationActionType0
from ..models.image_generation_background_type_0 import ImageGenerationBackgroundType0
from ..models.image_generation_complexity_type_0 import ImageGenerationComplexityType0
from ..models.image_generation_input_fidelity_type_0 import ImageGenerationInputFidelityType0
from ..models.image_generation_model_type_1 import ImageGenerationModelType1
from ..models.image_generation_moderation_type_0 import ImageGenerationModerationType0
from ..models.image_generation_output_format_type_0 import ImageGenerationOutputFormatType0
from ..models.image_generation_quality_type_0 import ImageGenerationQualityType0
from ..models.image_generation_size_type_1 import ImageGenerationSizeType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_generation_input_image_mask import ImageGenerationInputImageMask
    from ..models.image_generation_svg import ImageGenerationSvg


T = TypeVar("T", bound="ImageGeneration")


@_attrs_define
class ImageGeneration:
    """A tool that generates images using the GPT image models.

    Attributes:
        type_ (Literal['image_generation']):
        action (ImageGenerationActionType0 | None | Unset):
        background (ImageGenerationBackgroundType0 | None | Unset):
        complexity (ImageGenerationComplexityType0 | None | Unset):
        frame_count (int | None | Unset):
        frame_duration_ms (int | None | Unset):
        input_fidelity (ImageGenerationInputFidelityType0 | None | Unset):
        input_image_mask (ImageGenerationInputImageMask | None | Unset):
        model (ImageGenerationModelType1 | None | str | Unset):
        moderation (ImageGenerationModerationType0 | None | Unset):
        output_compression (int | None | Unset):
        output_format (ImageGenerationOutputFormatType0 | None | Unset):
        partial_images (int | None | Unset):
        quality (ImageGenerationQualityType0 | None | Unset):
        size (ImageGenerationSizeType1 | None | str | Unset):
        svg (ImageGenerationSvg | None | Unset):
    """

    type_: Literal["image_generation"]
    action: ImageGenerationActionType0 | None | Unset = UNSET
    background: ImageGenerationBackgroundType0 | None | Unset = UNSET
    complexity: ImageGenerationComplexityType0 | None | Unset = UNSET
    frame_count: int | None | Unset = UNSET
    frame_duration_ms: int | None | Unset = UNSET
    input_fidelity: ImageGenerationInputFidelityType0 | None | Unset = UNSET
    input_image_mask: ImageGenerationInputImageMask | None | Unset = UNSET
    model: ImageGenerationModelType1 | None | str | Unset = UNSET
    moderation: ImageGenerationModerationType0 | None | Unset = UNSET
    output_compression: int | None | Unset = UNSET
    output_format: ImageGenerationOutputFormatType0 | None | Unset = UNSET
    partial_images: int | None | Unset = UNSET
    quality: ImageGenerationQualityType0 | None | Unset = UNSET
    size: ImageGenerationSizeType1 | None | str | Unset = UNSET
    svg: ImageGenerationSvg | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.image_generation_input_image_mask import ImageGenerationInputImageMask  # noqa: PLC0415
        from ..models.image_generation_svg import ImageGenerationSvg  # noqa: PLC0415

        type_ = self.type_

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, ImageGenerationActionType0):
            action = self.action.value
        else:
            action = self.action

        background: None | str | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        elif isinstance(self.background, ImageGenerationBackgroundType0):
            background = self.background.value
        else:
            background = self.background

        complexity: None | str | Unset
        if isinstance(self.complexity, Unset):
            complexity = UNSET
        elif isinstance(self.complexity, ImageGenerationComplexityType0):
            complexity = self.complexity.value
        else:
            complexity = self.complexity

        frame_count: int | None | Unset
        if isinstance(self.frame_count, Unset):
            frame_count = UNSET
        else:
            frame_count = self.frame_count

        frame_duration_ms: int | None | Unset
        if isinstance(self.frame_duration_ms, Unset):
            frame_duration_ms = UNSET
        else:
            frame_duration_ms = self.frame_duration_ms

        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        elif isinstance(self.input_fidelity, ImageGenerationInputFidelityType0):
            input_fidelity = self.input_fidelity.value
        else:
            input_fidelity = self.input_fidelity

        input_image_mask: dict[str, Any] | None | Unset
        if isinstance(self.input_image_mask, Unset):
            input_image_mask = UNSET
        elif isinstance(self.input_image_mask, ImageGenerationInputImageMask):
            input_image_mask = self.input_image_mask.to_dict()
        else:
            input_image_mask = self.input_image_mask

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, ImageGenerationModelType1):
            model = self.model.value
        else:
            model = self.model

        moderation: None | str | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ImageGenerationModerationType0):
            moderation = self.moderation.value
        else:
            moderation = self.moderation

        output_compression: int | None | Unset
        if isinstance(self.output_compression, Unset):
            output_compression = UNSET
        else:
            output_compression = self.output_compression

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, ImageGenerationOutputFormatType0):
            output_format = self.output_format.value
        else:
            output_format = self.output_format

        partial_images: int | None | Unset
        if isinstance(self.partial_images, Unset):
            partial_images = UNSET
        else:
            partial_images = self.partial_images

        quality: None | str | Unset
        if isinstance(self.quality, Unset):
            quality = UNSET
        elif isinstance(self.quality, ImageGenerationQualityType0):
            quality = self.quality.value
        else:
            quality = self.quality

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, ImageGenerationSizeType1):
            size = self.size.value
        else:
            size = self.size

        svg: dict[str, Any] | None | Unset
        if isinstance(self.svg, Unset):
            svg = UNSET
        elif isinstance(self.svg, ImageGenerationSvg):
            svg = self.svg.to_dict()
        else:
            svg = self.svg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if background is not UNSET:
            field_dict["background"] = background
        if complexity is not UNSET:
            field_dict["complexity"] = complexity
        if frame_count is not UNSET:
            field_dict["frame_count"] = frame_count
        if frame_duration_ms is not UNSET:
            field_dict["frame_duration_ms"] = frame_duration_ms
        if input_fidelity is not UNSET:
            field_dict["input_fidelity"] = input_fidelity
        if input_image_mask is not UNSET:
            field_dict["input_image_mask"] = input_image_mask
        if model is not UNSET:
            field_dict["model"] = model
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if output_compression is not UNSET:
            field_dict["output_compression"] = output_compression
        if output_format is not UNSET:
            field_dict["output_format"] = output_format
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if quality is not UNSET:
            field_dict["quality"] = quality
        if size is not UNSET:
            field_dict["size"] = size
        if svg is not UNSET:
            field_dict["svg"] = svg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_generation_input_image_mask import ImageGenerationInputImageMask  # noqa: PLC0415
        from ..models.image_generation_svg import ImageGenerationSvg  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["image_generation"], d.pop("type"))
        if type_ != "image_generation":
            raise ValueError(f"type must match const 'image_generation', got '{type_}'")

        def _parse_action(data: object) -> ImageGenerationActionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                action_type_0 = ImageGenerationActionType0(data)

                return action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationActionType0 | None | Unset, data)

        action = _parse_action(d.pop("action", UNSET))

        def _parse_background(data: object) -> ImageGenerationBackgroundType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                background_type_0 = ImageGenerationBackgroundType0(data)

                return background_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationBackgroundType0 | None | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_complexity(data: object) -> ImageGenerationComplexityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                complexity_type_0 = ImageGenerationComplexityType0(data)

                return complexity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationComplexityType0 | None | Unset, data)

        complexity = _parse_complexity(d.pop("complexity", UNSET))

        def _parse_frame_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frame_count = _parse_frame_count(d.pop("frame_count", UNSET))

        def _parse_frame_duration_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frame_duration_ms = _parse_frame_duration_ms(d.pop("frame_duration_ms", UNSET))

        def _parse_input_fidelity(data: object) -> ImageGenerationInputFidelityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_fidelity_type_0 = ImageGenerationInputFidelityType0(data)

                return input_fidelity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationInputFidelityType0 | None | Unset, data)

        input_fidelity = _parse_input_fidelity(d.pop("input_fidelity", UNSET))

        def _parse_input_image_mask(data: object) -> ImageGenerationInputImageMask | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_image_mask_type_0 = ImageGenerationInputImageMask.from_dict(data)

                return input_image_mask_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationInputImageMask | None | Unset, data)

        input_image_mask = _parse_input_image_mask(d.pop("input_image_mask", UNSET))

        def _parse_model(data: object) -> ImageGenerationModelType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = ImageGenerationModelType1(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationModelType1 | None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_moderation(data: object) -> ImageGenerationModerationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                moderation_type_0 = ImageGenerationModerationType0(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationModerationType0 | None | Unset, data)

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        def _parse_output_compression(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_compression = _parse_output_compression(d.pop("output_compression", UNSET))

        def _parse_output_format(data: object) -> ImageGenerationOutputFormatType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_0 = ImageGenerationOutputFormatType0(data)

                return output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationOutputFormatType0 | None | Unset, data)

        output_format = _parse_output_format(d.pop("output_format", UNSET))

        def _parse_partial_images(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partial_images = _parse_partial_images(d.pop("partial_images", UNSET))

        def _parse_quality(data: object) -> ImageGenerationQualityType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = ImageGenerationQualityType0(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationQualityType0 | None | Unset, data)

        quality = _parse_quality(d.pop("quality", UNSET))

        def _parse_size(data: object) -> ImageGenerationSizeType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_1 = ImageGenerationSizeType1(data)

                return size_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationSizeType1 | None | str | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        def _parse_svg(data: object) -> ImageGenerationSvg | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                svg_type_0 = ImageGenerationSvg.from_dict(data)

                return svg_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationSvg | None | Unset, data)

        svg = _parse_svg(d.pop("svg", UNSET))

        image_generation = cls(
            type_=type_,
            action=action,
            background=background,
            complexity=complexity,
            frame_count=frame_count,
            frame_duration_ms=frame_duration_ms,
            input_fidelity=input_fidelity,
            input_image_mask=input_image_mask,
            model=model,
            moderation=moderation,
            output_compression=output_compression,
            output_format=output_format,
            partial_images=partial_images,
            quality=quality,
            size=size,
            svg=svg,
        )

        image_generation.additional_properties = d
        return image_generation

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
