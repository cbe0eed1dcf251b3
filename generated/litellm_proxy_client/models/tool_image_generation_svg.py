from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_image_generation_svg_reasoning import ToolImageGenerationSvgReasoning


T = TypeVar("T", bound="ToolImageGenerationSvg")


@_attrs_define
class ToolImageGenerationSvg:
    """SVG author model settings.

    Requires `output_format` to be `svg`.
    When SVG model selection is enabled, omitting this object uses the
    outer response model. Otherwise, the default SVG author is used and
    explicit model overrides are unavailable.

        Attributes:
            model (str | Unset):
            reasoning (None | ToolImageGenerationSvgReasoning | Unset):
    """

    model: str | Unset = UNSET
    reasoning: None | ToolImageGenerationSvgReasoning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_image_generation_svg_reasoning import ToolImageGenerationSvgReasoning  # noqa: PLC0415

        model = self.model

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ToolImageGenerationSvgReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_image_generation_svg_reasoning import ToolImageGenerationSvgReasoning  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model", UNSET)

        def _parse_reasoning(data: object) -> None | ToolImageGenerationSvgReasoning | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ToolImageGenerationSvgReasoning.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolImageGenerationSvgReasoning | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        tool_image_generation_svg = cls(
            model=model,
            reasoning=reasoning,
        )

        tool_image_generation_svg.additional_properties = d
        return tool_image_generation_svg

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
