from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_tool_search_output_item_param_param_execution import (
    ResponseToolSearchOutputItemParamParamExecution,
)
from ..models.response_tool_search_output_item_param_param_status_type_0 import (
    ResponseToolSearchOutputItemParamParamStatusType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.computer_use_preview_tool_param import ComputerUsePreviewToolParam
    from ..models.custom_tool_param import CustomToolParam
    from ..models.file_search_tool_param import FileSearchToolParam
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool_param import FunctionToolParam
    from ..models.openai_types_responses_computer_tool_param_computer_tool_param import (
        OpenaiTypesResponsesComputerToolParamComputerToolParam,
    )
    from ..models.tool_code_interpreter import ToolCodeInterpreter
    from ..models.tool_image_generation import ToolImageGeneration
    from ..models.tool_local_shell import ToolLocalShell
    from ..models.tool_mcp import ToolMcp
    from ..models.tool_programmatic_tool_calling import ToolProgrammaticToolCalling
    from ..models.tool_search_output_namespace_tool_param import ToolSearchOutputNamespaceToolParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool_param import WebSearchPreviewToolParam
    from ..models.web_search_tool_param import WebSearchToolParam


T = TypeVar("T", bound="ResponseToolSearchOutputItemParamParam")


@_attrs_define
class ResponseToolSearchOutputItemParamParam:
    """
    Attributes:
        tools (list[ApplyPatchToolParam | ComputerUsePreviewToolParam | CustomToolParam | FileSearchToolParam |
            FunctionShellToolParam | FunctionToolParam | OpenaiTypesResponsesComputerToolParamComputerToolParam |
            ToolCodeInterpreter | ToolImageGeneration | ToolLocalShell | ToolMcp | ToolProgrammaticToolCalling |
            ToolSearchOutputNamespaceToolParam | ToolSearchToolParam | WebSearchPreviewToolParam | WebSearchToolParam]):
        type_ (Literal['tool_search_output']):
        call_id (None | str | Unset):
        execution (ResponseToolSearchOutputItemParamParamExecution | Unset):
        id (None | str | Unset):
        status (None | ResponseToolSearchOutputItemParamParamStatusType0 | Unset):
    """

    tools: list[
        ApplyPatchToolParam
        | ComputerUsePreviewToolParam
        | CustomToolParam
        | FileSearchToolParam
        | FunctionShellToolParam
        | FunctionToolParam
        | OpenaiTypesResponsesComputerToolParamComputerToolParam
        | ToolCodeInterpreter
        | ToolImageGeneration
        | ToolLocalShell
        | ToolMcp
        | ToolProgrammaticToolCalling
        | ToolSearchOutputNamespaceToolParam
        | ToolSearchToolParam
        | WebSearchPreviewToolParam
        | WebSearchToolParam
    ]
    type_: Literal["tool_search_output"]
    call_id: None | str | Unset = UNSET
    execution: ResponseToolSearchOutputItemParamParamExecution | Unset = UNSET
    id: None | str | Unset = UNSET
    status: None | ResponseToolSearchOutputItemParamParamStatusType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.computer_use_preview_tool_param import ComputerUsePreviewToolParam  # noqa: PLC0415
        from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
        from ..models.file_search_tool_param import FileSearchToolParam  # noqa: PLC0415
        from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
        from ..models.function_tool_param import FunctionToolParam  # noqa: PLC0415
        from ..models.openai_types_responses_computer_tool_param_computer_tool_param import (
            OpenaiTypesResponsesComputerToolParamComputerToolParam,  # noqa: PLC0415
        )
        from ..models.tool_code_interpreter import ToolCodeInterpreter  # noqa: PLC0415
        from ..models.tool_image_generation import ToolImageGeneration  # noqa: PLC0415
        from ..models.tool_local_shell import ToolLocalShell  # noqa: PLC0415
        from ..models.tool_mcp import ToolMcp  # noqa: PLC0415
        from ..models.tool_programmatic_tool_calling import ToolProgrammaticToolCalling  # noqa: PLC0415
        from ..models.tool_search_output_namespace_tool_param import ToolSearchOutputNamespaceToolParam  # noqa: PLC0415
        from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
        from ..models.web_search_preview_tool_param import WebSearchPreviewToolParam  # noqa: PLC0415
        from ..models.web_search_tool_param import WebSearchToolParam  # noqa: PLC0415

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, FunctionToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FileSearchToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, OpenaiTypesResponsesComputerToolParamComputerToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ComputerUsePreviewToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolMcp):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolCodeInterpreter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolProgrammaticToolCalling):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolImageGeneration):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolLocalShell):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, FunctionShellToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CustomToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolSearchOutputNamespaceToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolSearchToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchPreviewToolParam):
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

        execution: str | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResponseToolSearchOutputItemParamParamStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tools": tools,
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if execution is not UNSET:
            field_dict["execution"] = execution
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: PLC0415
        from ..models.computer_use_preview_tool_param import ComputerUsePreviewToolParam  # noqa: PLC0415
        from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
        from ..models.file_search_tool_param import FileSearchToolParam  # noqa: PLC0415
        from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
        from ..models.function_tool_param import FunctionToolParam  # noqa: PLC0415
        from ..models.openai_types_responses_computer_tool_param_computer_tool_param import (
            OpenaiTypesResponsesComputerToolParamComputerToolParam,  # noqa: PLC0415
        )
        from ..models.tool_code_interpreter import ToolCodeInterpreter  # noqa: PLC0415
        from ..models.tool_image_generation import ToolImageGeneration  # noqa: PLC0415
        from ..models.tool_local_shell import ToolLocalShell  # noqa: PLC0415
        from ..models.tool_mcp import ToolMcp  # noqa: PLC0415
        from ..models.tool_programmatic_tool_calling import ToolProgrammaticToolCalling  # noqa: PLC0415
        from ..models.tool_search_output_namespace_tool_param import ToolSearchOutputNamespaceToolParam  # noqa: PLC0415
        from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
        from ..models.web_search_preview_tool_param import WebSearchPreviewToolParam  # noqa: PLC0415
        from ..models.web_search_tool_param import WebSearchToolParam  # noqa: PLC0415

        d = dict(src_dict)
        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> (
                ApplyPatchToolParam
                | ComputerUsePreviewToolParam
                | CustomToolParam
                | FileSearchToolParam
                | FunctionShellToolParam
                | FunctionToolParam
                | OpenaiTypesResponsesComputerToolParamComputerToolParam
                | ToolCodeInterpreter
                | ToolImageGeneration
                | ToolLocalShell
                | ToolMcp
                | ToolProgrammaticToolCalling
                | ToolSearchOutputNamespaceToolParam
                | ToolSearchToolParam
                | WebSearchPreviewToolParam
                | WebSearchToolParam
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_0 = FunctionToolParam.from_dict(data)

                    return tools_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = FileSearchToolParam.from_dict(data)

                    return tools_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_2 = OpenaiTypesResponsesComputerToolParamComputerToolParam.from_dict(data)

                    return tools_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_3 = ComputerUsePreviewToolParam.from_dict(data)

                    return tools_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_4 = WebSearchToolParam.from_dict(data)

                    return tools_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_5 = ToolMcp.from_dict(data)

                    return tools_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_6 = ToolCodeInterpreter.from_dict(data)

                    return tools_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_7 = ToolProgrammaticToolCalling.from_dict(data)

                    return tools_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_8 = ToolImageGeneration.from_dict(data)

                    return tools_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_9 = ToolLocalShell.from_dict(data)

                    return tools_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_10 = FunctionShellToolParam.from_dict(data)

                    return tools_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_11 = CustomToolParam.from_dict(data)

                    return tools_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_12 = ToolSearchOutputNamespaceToolParam.from_dict(data)

                    return tools_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_13 = ToolSearchToolParam.from_dict(data)

                    return tools_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_14 = WebSearchPreviewToolParam.from_dict(data)

                    return tools_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                tools_item_type_15 = ApplyPatchToolParam.from_dict(data)

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

        _execution = d.pop("execution", UNSET)
        execution: ResponseToolSearchOutputItemParamParamExecution | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = ResponseToolSearchOutputItemParamParamExecution(_execution)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | ResponseToolSearchOutputItemParamParamStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResponseToolSearchOutputItemParamParamStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseToolSearchOutputItemParamParamStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        response_tool_search_output_item_param_param = cls(
            tools=tools,
            type_=type_,
            call_id=call_id,
            execution=execution,
            id=id,
            status=status,
        )

        response_tool_search_output_item_param_param.additional_properties = d
        return response_tool_search_output_item_param_param

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
