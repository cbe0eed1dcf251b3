from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_image_generation_action import ToolImageGenerationAction
from ..models.tool_image_generation_background import ToolImageGenerationBackground
from ..models.tool_image_generation_complexity import ToolImageGenerationComplexity
from ..models.tool_image_generation_input_fidelity_type_0 import ToolImageGenerationInputFidelityType0
from ..models.tool_image_generation_model_type_1 import ToolImageGenerationModelType1
from ..models.tool_image_generation_moderation import ToolImageGenerationModeration
from ..models.tool_image_generation_output_format import ToolImageGenerationOutputFormat
from ..models.tool_image_generation_quality import ToolImageGenerationQuality
from ..models.tool_image_generation_size_type_1 import ToolImageGenerationSizeType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_image_generation_input_image_mask import ToolImageGenerationInputImageMask
    from ..models.tool_image_generation_svg import ToolImageGenerationSvg


T = TypeVar("T", bound="ToolImageGeneration")


@_attrs_define
class ToolImageGeneration:
    """A tool that generates images using the GPT image models.

    Attributes:
        type_ (Literal['image_generation']):
        action (ToolImageGenerationAction | Unset):
        background (ToolImageGenerationBackground | Unset):
        complexity (ToolImageGenerationComplexity | Unset):
        frame_count (int | Unset):
        frame_duration_ms (int | Unset):
        input_fidelity (None | ToolImageGenerationInputFidelityType0 | Unset):
        input_image_mask (ToolImageGenerationInputImageMask | Unset): Optional mask for inpainting.

            Contains `image_url`
            (string, optional) and `file_id` (string, optional).
        model (str | ToolImageGenerationModelType1 | Unset):
        moderation (ToolImageGenerationModeration | Unset):
        output_compression (int | Unset):
        output_format (ToolImageGenerationOutputFormat | Unset):
        partial_images (int | Unset):
        quality (ToolImageGenerationQuality | Unset):
        size (str | ToolImageGenerationSizeType1 | Unset):
        svg (ToolImageGenerationSvg | Unset): SVG author model settings.

            Requires `output_format` to be `svg`.
            When SVG model selection is enabled, omitting this object uses the
            outer response model. Otherwise, the default SVG author is used and
            explicit model overrides are unavailable.
    """

    type_: Literal["image_generation"]
    action: ToolImageGenerationAction | Unset = UNSET
    background: ToolImageGenerationBackground | Unset = UNSET
    complexity: ToolImageGenerationComplexity | Unset = UNSET
    frame_count: int | Unset = UNSET
    frame_duration_ms: int | Unset = UNSET
    input_fidelity: None | ToolImageGenerationInputFidelityType0 | Unset = UNSET
    input_image_mask: ToolImageGenerationInputImageMask | Unset = UNSET
    model: str | ToolImageGenerationModelType1 | Unset = UNSET
    moderation: ToolImageGenerationModeration | Unset = UNSET
    output_compression: int | Unset = UNSET
    output_format: ToolImageGenerationOutputFormat | Unset = UNSET
    partial_images: int | Unset = UNSET
    quality: ToolImageGenerationQuality | Unset = UNSET
    size: str | ToolImageGenerationSizeType1 | Unset = UNSET
    svg: ToolImageGenerationSvg | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        background: str | Unset = UNSET
        if not isinstance(self.background, Unset):
            background = self.background.value

        complexity: str | Unset = UNSET
        if not isinstance(self.complexity, Unset):
            complexity = self.complexity.value

        frame_count = self.frame_count

        frame_duration_ms = self.frame_duration_ms

        input_fidelity: None | str | Unset
        if isinstance(self.input_fidelity, Unset):
            input_fidelity = UNSET
        elif isinstance(self.input_fidelity, ToolImageGenerationInputFidelityType0):
            input_fidelity = self.input_fidelity.value
        else:
            input_fidelity = self.input_fidelity

        input_image_mask: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_image_mask, Unset):
            input_image_mask = self.input_image_mask.to_dict()

        model: str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, ToolImageGenerationModelType1):
            model = self.model.value
        else:
            model = self.model

        moderation: str | Unset = UNSET
        if not isinstance(self.moderation, Unset):
            moderation = self.moderation.value

        output_compression = self.output_compression

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format.value

        partial_images = self.partial_images

        quality: str | Unset = UNSET
        if not isinstance(self.quality, Unset):
            quality = self.quality.value

        size: str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        elif isinstance(self.size, ToolImageGenerationSizeType1):
            size = self.size.value
        else:
            size = self.size

        svg: dict[str, Any] | Unset = UNSET
        if not isinstance(self.svg, Unset):
            svg = self.svg.to_dict()

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
        from ..models.tool_image_generation_input_image_mask import ToolImageGenerationInputImageMask  # noqa: PLC0415
        from ..models.tool_image_generation_svg import ToolImageGenerationSvg  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["image_generation"], d.pop("type"))
        if type_ != "image_generation":
            raise ValueError(f"type must match const 'image_generation', got '{type_}'")

        _action = d.pop("action", UNSET)
        action: ToolImageGenerationAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ToolImageGenerationAction(_action)

        _background = d.pop("background", UNSET)
        background: ToolImageGenerationBackground | Unset
        if isinstance(_background, Unset):
            background = UNSET
        else:
            background = ToolImageGenerationBackground(_background)

        _complexity = d.pop("complexity", UNSET)
        complexity: ToolImageGenerationComplexity | Unset
        if isinstance(_complexity, Unset):
            complexity = UNSET
        else:
            complexity = ToolImageGenerationComplexity(_complexity)

        frame_count = d.pop("frame_count", UNSET)

        frame_duration_ms = d.pop("frame_duration_ms", UNSET)

        def _parse_input_fidelity(data: object) -> None | ToolImageGenerationInputFidelityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                input_fidelity_type_0 = ToolImageGenerationInputFidelityType0(data)

                return input_fidelity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolImageGenerationInputFidelityType0 | Unset, data)

        input_fidelity = _parse_input_fidelity(d.pop("input_fidelity", UNSET))

        _input_image_mask = d.pop("input_image_mask", UNSET)
        input_image_mask: ToolImageGenerationInputImageMask | Unset
        if isinstance(_input_image_mask, Unset):
            input_image_mask = UNSET
        else:
            input_image_mask = ToolImageGenerationInputImageMask.from_dict(_input_image_mask)

        def _parse_model(data: object) -> str | ToolImageGenerationModelType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_type_1 = ToolImageGenerationModelType1(data)

                return model_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ToolImageGenerationModelType1 | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        _moderation = d.pop("moderation", UNSET)
        moderation: ToolImageGenerationModeration | Unset
        if isinstance(_moderation, Unset):
            moderation = UNSET
        else:
            moderation = ToolImageGenerationModeration(_moderation)

        output_compression = d.pop("output_compression", UNSET)

        _output_format = d.pop("output_format", UNSET)
        output_format: ToolImageGenerationOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = ToolImageGenerationOutputFormat(_output_format)

        partial_images = d.pop("partial_images", UNSET)

        _quality = d.pop("quality", UNSET)
        quality: ToolImageGenerationQuality | Unset
        if isinstance(_quality, Unset):
            quality = UNSET
        else:
            quality = ToolImageGenerationQuality(_quality)

        def _parse_size(data: object) -> str | ToolImageGenerationSizeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                size_type_1 = ToolImageGenerationSizeType1(data)

                return size_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ToolImageGenerationSizeType1 | Unset, data)

        size = _parse_size(d.pop("size", UNSET))

        _svg = d.pop("svg", UNSET)
        svg: ToolImageGenerationSvg | Unset
        if isinstance(_svg, Unset):
            svg = UNSET
        else:
            svg = ToolImageGenerationSvg.from_dict(_svg)

        tool_image_generation = cls(
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

        tool_image_generation.additional_properties = d
        return tool_image_generation

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
