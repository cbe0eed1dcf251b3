from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_tools_role import AdditionalToolsRole

if TYPE_CHECKING:
    from ..models.apply_patch_tool import ApplyPatchTool
    from ..models.code_interpreter import CodeInterpreter
    from ..models.computer_tool import ComputerTool
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool import CustomTool
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_shell_tool import FunctionShellTool
    from ..models.function_tool import FunctionTool
    from ..models.image_generation import ImageGeneration
    from ..models.local_shell import LocalShell
    from ..models.mcp import Mcp
    from ..models.namespace_tool import NamespaceTool
    from ..models.programmatic_tool_calling import ProgrammaticToolCalling
    from ..models.tool_search_tool import ToolSearchTool
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool


T = TypeVar("T", bound="AdditionalTools")


@_attrs_define
class AdditionalTools:
    """
    Attributes:
        id (str):
        role (AdditionalToolsRole):
        tools (list[ApplyPatchTool | CodeInterpreter | ComputerTool | ComputerUsePreviewTool | CustomTool |
            FileSearchTool | FunctionShellTool | FunctionTool | ImageGeneration | LocalShell | Mcp | NamespaceTool |
            ProgrammaticToolCalling | ToolSearchTool | WebSearchPreviewTool | WebSearchTool]):
        type_ (Literal['additional_tools']):
    """

    id: str
    role: AdditionalToolsRole
    tools: list[
        ApplyPatchTool
        | CodeInterpreter
        | ComputerTool
        | ComputerUsePreviewTool
        | CustomTool
        | FileSearchTool
        | FunctionShellTool
        | FunctionTool
        | ImageGeneration
        | LocalShell
        | Mcp
        | NamespaceTool
        | ProgrammaticToolCalling
        | ToolSearchTool
        | WebSearchPreviewTool
        | WebSearchTool
    ]
    type_: Literal["additional_tools"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
        from ..models.computer_tool import ComputerTool  # noqa: PLC0415
        from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
        from ..models.custom_tool import CustomTool  # noqa: PLC0415
        from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
        from ..models.function_shell_tool import FunctionShellTool  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.image_generation import ImageGeneration  # noqa: PLC0415
        from ..models.local_shell import LocalShell  # noqa: PLC0415
        from ..models.mcp import Mcp  # noqa: PLC0415
        from ..models.namespace_tool import NamespaceTool  # noqa: PLC0415
        from ..models.programmatic_tool_calling import ProgrammaticToolCalling  # noqa: PLC0415
        from ..models.tool_search_tool import ToolSearchTool  # noqa: PLC0415
        from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
        from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415

        id = self.id

        role = self.role.value

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, FunctionTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FileSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ComputerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ComputerUsePreviewTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, Mcp):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CodeInterpreter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ProgrammaticToolCalling):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ImageGeneration):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LocalShell):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FunctionShellTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CustomTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, NamespaceTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchPreviewTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "role": role,
                "tools": tools,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_patch_tool import ApplyPatchTool  # noqa: PLC0415
        from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
        from ..models.computer_tool import ComputerTool  # noqa: PLC0415
        from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
        from ..models.custom_tool import CustomTool  # noqa: PLC0415
        from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
        from ..models.function_shell_tool import FunctionShellTool  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.image_generation import ImageGeneration  # noqa: PLC0415
        from ..models.local_shell import LocalShell  # noqa: PLC0415
        from ..models.mcp import Mcp  # noqa: PLC0415
        from ..models.namespace_tool import NamespaceTool  # noqa: PLC0415
        from ..models.programmatic_tool_calling import ProgrammaticToolCalling  # noqa: PLC0415
        from ..models.tool_search_tool import ToolSearchTool  # noqa: PLC0415
        from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
        from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        role = AdditionalToolsRole(d.pop("role"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> (
                ApplyPatchTool
                | CodeInterpreter
                | ComputerTool
                | ComputerUsePreviewTool
                | CustomTool
                | FileSearchTool
                | FunctionShellTool
                | FunctionTool
                | ImageGeneration
                | LocalShell
                | Mcp
                | NamespaceTool
                | ProgrammaticToolCalling
                | ToolSearchTool
                | WebSearchPreviewTool
                | WebSearchTool
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = FunctionTool.from_dict(data)

                    return tools_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = FileSearchTool.from_dict(data)

                    return tools_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_2 = ComputerTool.from_dict(data)

                    return tools_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_3 = ComputerUsePreviewTool.from_dict(data)

                    return tools_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_4 = WebSearchTool.from_dict(data)

                    return tools_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_5 = Mcp.from_dict(data)

                    return tools_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_6 = CodeInterpreter.from_dict(data)

                    return tools_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_7 = ProgrammaticToolCalling.from_dict(data)

                    return tools_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_8 = ImageGeneration.from_dict(data)

                    return tools_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_9 = LocalShell.from_dict(data)

                    return tools_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_10 = FunctionShellTool.from_dict(data)

                    return tools_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_11 = CustomTool.from_dict(data)

                    return tools_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_12 = NamespaceTool.from_dict(data)

                    return tools_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_13 = ToolSearchTool.from_dict(data)

                    return tools_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_14 = WebSearchPreviewTool.from_dict(data)

                    return tools_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_15 = ApplyPatchTool.from_dict(data)

                return tools_item_type_15

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        type_ = cast(Literal["additional_tools"], d.pop("type"))
        if type_ != "additional_tools":
            raise ValueError(f"type must match const 'additional_tools', got '{type_}'")

        additional_tools = cls(
            id=id,
            role=role,
            tools=tools,
            type_=type_,
        )

        additional_tools.additional_properties = d
        return additional_tools

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
