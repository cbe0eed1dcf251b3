from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter import CodeInterpreter
    from ..models.computer_use_preview_tool_param import ComputerUsePreviewToolParam
    from ..models.custom_tool_param import CustomToolParam
    from ..models.file_search_tool_param import FileSearchToolParam
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool_param import FunctionToolParam
    from ..models.image_generation import ImageGeneration
    from ..models.local_shell import LocalShell
    from ..models.mcp import Mcp
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.openai_types_responses_computer_tool_param_computer_tool_param import (
        OpenaiTypesResponsesComputerToolParamComputerToolParam,
    )
    from ..models.programmatic_tool_calling import ProgrammaticToolCalling
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool_param import WebSearchPreviewToolParam
    from ..models.web_search_tool_param import WebSearchToolParam


T = TypeVar("T", bound="ResponsesAPIRequestParamsAdditionalTools")


@_attrs_define
class ResponsesAPIRequestParamsAdditionalTools:
    """
    Attributes:
        role (Literal['developer']):
        tools (list[ApplyPatchToolParam | CodeInterpreter | ComputerUsePreviewToolParam | CustomToolParam |
            FileSearchToolParam | FunctionShellToolParam | FunctionToolParam | ImageGeneration | LocalShell | Mcp |
            NamespaceToolParam | OpenaiTypesResponsesComputerToolParamComputerToolParam | ProgrammaticToolCalling |
            ToolSearchToolParam | WebSearchPreviewToolParam | WebSearchToolParam]):
        type_ (Literal['additional_tools']):
        id (None | str | Unset):
    """

    role: Literal["developer"]
    tools: list[
        ApplyPatchToolParam
        | CodeInterpreter
        | ComputerUsePreviewToolParam
        | CustomToolParam
        | FileSearchToolParam
        | FunctionShellToolParam
        | FunctionToolParam
        | ImageGeneration
        | LocalShell
        | Mcp
        | NamespaceToolParam
        | OpenaiTypesResponsesComputerToolParamComputerToolParam
        | ProgrammaticToolCalling
        | ToolSearchToolParam
        | WebSearchPreviewToolParam
        | WebSearchToolParam
    ]
    type_: Literal["additional_tools"]
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
        from ..models.computer_use_preview_tool_param import ComputerUsePreviewToolParam  # noqa: PLC0415
        from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
        from ..models.file_search_tool_param import FileSearchToolParam  # noqa: PLC0415
        from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
        from ..models.function_tool_param import FunctionToolParam  # noqa: PLC0415
        from ..models.image_generation import ImageGeneration  # noqa: PLC0415
        from ..models.local_shell import LocalShell  # noqa: PLC0415
        from ..models.mcp import Mcp  # noqa: PLC0415
        from ..models.namespace_tool_param import NamespaceToolParam  # noqa: PLC0415
        from ..models.openai_types_responses_computer_tool_param_computer_tool_param import (
            OpenaiTypesResponsesComputerToolParamComputerToolParam,  # noqa: PLC0415
        )
        from ..models.programmatic_tool_calling import ProgrammaticToolCalling  # noqa: PLC0415
        from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
        from ..models.web_search_preview_tool_param import WebSearchPreviewToolParam  # noqa: PLC0415
        from ..models.web_search_tool_param import WebSearchToolParam  # noqa: PLC0415

        role = self.role

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
            elif isinstance(tools_item_data, FunctionShellToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, CustomToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, NamespaceToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, ToolSearchToolParam):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, WebSearchPreviewToolParam):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "tools": tools,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: PLC0415
        from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
        from ..models.computer_use_preview_tool_param import ComputerUsePreviewToolParam  # noqa: PLC0415
        from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
        from ..models.file_search_tool_param import FileSearchToolParam  # noqa: PLC0415
        from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
        from ..models.function_tool_param import FunctionToolParam  # noqa: PLC0415
        from ..models.image_generation import ImageGeneration  # noqa: PLC0415
        from ..models.local_shell import LocalShell  # noqa: PLC0415
        from ..models.mcp import Mcp  # noqa: PLC0415
        from ..models.namespace_tool_param import NamespaceToolParam  # noqa: PLC0415
        from ..models.openai_types_responses_computer_tool_param_computer_tool_param import (
            OpenaiTypesResponsesComputerToolParamComputerToolParam,  # noqa: PLC0415
        )
        from ..models.programmatic_tool_calling import ProgrammaticToolCalling  # noqa: PLC0415
        from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
        from ..models.web_search_preview_tool_param import WebSearchPreviewToolParam  # noqa: PLC0415
        from ..models.web_search_tool_param import WebSearchToolParam  # noqa: PLC0415

        d = dict(src_dict)
        role = cast(Literal["developer"], d.pop("role"))
        if role != "developer":
            raise ValueError(f"role must match const 'developer', got '{role}'")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> (
                ApplyPatchToolParam
                | CodeInterpreter
                | ComputerUsePreviewToolParam
                | CustomToolParam
                | FileSearchToolParam
                | FunctionShellToolParam
                | FunctionToolParam
                | ImageGeneration
                | LocalShell
                | Mcp
                | NamespaceToolParam
                | OpenaiTypesResponsesComputerToolParamComputerToolParam
                | ProgrammaticToolCalling
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
                    tools_item_type_12 = NamespaceToolParam.from_dict(data)

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

        type_ = cast(Literal["additional_tools"], d.pop("type"))
        if type_ != "additional_tools":
            raise ValueError(f"type must match const 'additional_tools', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        responses_api_request_params_additional_tools = cls(
            role=role,
            tools=tools,
            type_=type_,
            id=id,
        )

        responses_api_request_params_additional_tools.additional_properties = d
        return responses_api_request_params_additional_tools

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
