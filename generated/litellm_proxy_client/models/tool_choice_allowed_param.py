from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_choice_allowed_param_mode import ToolChoiceAllowedParamMode

if TYPE_CHECKING:
    from ..models.tool_choice_allowed_param_tools_item import ToolChoiceAllowedParamToolsItem


T = TypeVar("T", bound="ToolChoiceAllowedParam")


@_attrs_define
class ToolChoiceAllowedParam:
    """Constrains the tools available to the model to a pre-defined set.

    Attributes:
        mode (ToolChoiceAllowedParamMode):
        tools (list[ToolChoiceAllowedParamToolsItem]):
        type_ (Literal['allowed_tools']):
    """

    mode: ToolChoiceAllowedParamMode
    tools: list[ToolChoiceAllowedParamToolsItem]
    type_: Literal["allowed_tools"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
                "tools": tools,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_choice_allowed_param_tools_item import ToolChoiceAllowedParamToolsItem  # noqa: PLC0415

        d = dict(src_dict)
        mode = ToolChoiceAllowedParamMode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ToolChoiceAllowedParamToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        type_ = cast(Literal["allowed_tools"], d.pop("type"))
        if type_ != "allowed_tools":
            raise ValueError(f"type must match const 'allowed_tools', got '{type_}'")

        tool_choice_allowed_param = cls(
            mode=mode,
            tools=tools,
            type_=type_,
        )

        tool_choice_allowed_param.additional_properties = d
        return tool_choice_allowed_param

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
