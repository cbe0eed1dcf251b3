from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_tool import CustomTool
    from ..models.tool_function import ToolFunction


T = TypeVar("T", bound="NamespaceTool")


@_attrs_define
class NamespaceTool:
    """Groups function/custom tools under a shared namespace.

    Attributes:
        description (str):
        name (str):
        tools (list[CustomTool | ToolFunction]):
        type_ (Literal['namespace']):
    """

    description: str
    name: str
    tools: list[CustomTool | ToolFunction]
    type_: Literal["namespace"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_function import ToolFunction  # noqa: PLC0415

        description = self.description

        name = self.name

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, ToolFunction):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "tools": tools,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_tool import CustomTool  # noqa: PLC0415
        from ..models.tool_function import ToolFunction  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(data: object) -> CustomTool | ToolFunction:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = ToolFunction.from_dict(data)

                    return tools_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_1 = CustomTool.from_dict(data)

                return tools_item_type_1

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        type_ = cast(Literal["namespace"], d.pop("type"))
        if type_ != "namespace":
            raise ValueError(f"type must match const 'namespace', got '{type_}'")

        namespace_tool = cls(
            description=description,
            name=name,
            tools=tools,
            type_=type_,
        )

        namespace_tool.additional_properties = d
        return namespace_tool

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
