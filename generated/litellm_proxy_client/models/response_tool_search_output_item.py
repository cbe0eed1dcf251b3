from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_tool_search_output_item_execution import ResponseToolSearchOutputItemExecution
from ..models.response_tool_search_output_item_status import ResponseToolSearchOutputItemStatus
from ..types import UNSET, Unset

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


T = TypeVar("T", bound="ResponseToolSearchOutputItem")


@_attrs_define
class ResponseToolSearchOutputItem:
    """
    Attributes:
        execution (ResponseToolSearchOutputItemExecution):
        id (str):
        status (ResponseToolSearchOutputItemStatus):
        tools (list[ApplyPatchTool | CodeInterpreter | ComputerTool | ComputerUsePreviewTool | CustomTool |
            FileSearchTool | FunctionShellTool | FunctionTool | ImageGeneration | LocalShell | Mcp | NamespaceTool |
            ProgrammaticToolCalling | ToolSearchTool | WebSearchPreviewTool | WebSearchTool]):
        type_ (Literal['tool_search_output']):
        call_id (None | str | Unset):
        created_by (None | str | Unset):
    """

    execution: ResponseToolSearchOutputItemExecution
    id: str
    status: ResponseToolSearchOutputItemStatus
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
    type_: Literal["tool_search_output"]
    call_id: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
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

        execution = self.execution.value

        id = self.id

        status = self.status.value

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

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution": execution,
                "id": id,
                "status": status,
                "tools": tools,
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

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
        execution = ResponseToolSearchOutputItemExecution(d.pop("execution"))

        id = d.pop("id")

        status = ResponseToolSearchOutputItemStatus(d.pop("status"))

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

        type_ = cast(Literal["tool_search_output"], d.pop("type"))
        if type_ != "tool_search_output":
            raise ValueError(f"type must match const 'tool_search_output', got '{type_}'")

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        response_tool_search_output_item = cls(
            execution=execution,
            id=id,
            status=status,
            tools=tools,
            type_=type_,
            call_id=call_id,
            created_by=created_by,
        )

        response_tool_search_output_item.additional_properties = d
        return response_tool_search_output_item

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
