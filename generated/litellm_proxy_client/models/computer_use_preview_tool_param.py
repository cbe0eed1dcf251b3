from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_use_preview_tool_param_environment import ComputerUsePreviewToolParamEnvironment

T = TypeVar("T", bound="ComputerUsePreviewToolParam")


@_attrs_define
class ComputerUsePreviewToolParam:
    """A tool that controls a virtual computer.

    Learn more about the [computer tool](https://developers.openai.com/api/docs/guides/tools-computer-use).

        Attributes:
            display_height (int):
            display_width (int):
            environment (ComputerUsePreviewToolParamEnvironment):
            type_ (Literal['computer_use_preview']):
    """

    display_height: int
    display_width: int
    environment: ComputerUsePreviewToolParamEnvironment
    type_: Literal["computer_use_preview"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_height = self.display_height

        display_width = self.display_width

        environment = self.environment.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_height": display_height,
                "display_width": display_width,
                "environment": environment,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_height = d.pop("display_height")

        display_width = d.pop("display_width")

        environment = ComputerUsePreviewToolParamEnvironment(d.pop("environment"))

        type_ = cast(Literal["computer_use_preview"], d.pop("type"))
        if type_ != "computer_use_preview":
            raise ValueError(f"type must match const 'computer_use_preview', got '{type_}'")

        computer_use_preview_tool_param = cls(
            display_height=display_height,
            display_width=display_width,
            environment=environment,
            type_=type_,
        )

        computer_use_preview_tool_param.additional_properties = d
        return computer_use_preview_tool_param

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
