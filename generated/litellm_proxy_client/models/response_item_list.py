from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.additional_tools import AdditionalTools
    from ..models.image_generation_call import ImageGenerationCall
    from ..models.local_shell_call import LocalShellCall
    from ..models.local_shell_call_output import LocalShellCallOutput
    from ..models.mcp_approval_request import McpApprovalRequest
    from ..models.mcp_approval_response import McpApprovalResponse
    from ..models.mcp_call import McpCall
    from ..models.mcp_list_tools import McpListTools
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.response_apply_patch_tool_call import ResponseApplyPatchToolCall
    from ..models.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
    from ..models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
    from ..models.response_compaction_item import ResponseCompactionItem
    from ..models.response_computer_tool_call import ResponseComputerToolCall
    from ..models.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
    from ..models.response_configuration_update_item import ResponseConfigurationUpdateItem
    from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem
    from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall
    from ..models.response_function_shell_tool_call import ResponseFunctionShellToolCall
    from ..models.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
    from ..models.response_function_tool_call_item import ResponseFunctionToolCallItem
    from ..models.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
    from ..models.response_function_web_search import ResponseFunctionWebSearch
    from ..models.response_input_message_item import ResponseInputMessageItem
    from ..models.response_output_message import ResponseOutputMessage
    from ..models.response_reasoning_item import ResponseReasoningItem
    from ..models.response_tool_search_call import ResponseToolSearchCall
    from ..models.response_tool_search_output_item import ResponseToolSearchOutputItem


T = TypeVar("T", bound="ResponseItemList")


@_attrs_define
class ResponseItemList:
    """A list of Response items.

    Attributes:
        data (list[AdditionalTools | ImageGenerationCall | LocalShellCall | LocalShellCallOutput | McpApprovalRequest |
            McpApprovalResponse | McpCall | McpListTools | Program | ProgramOutput | ResponseApplyPatchToolCall |
            ResponseApplyPatchToolCallOutput | ResponseCodeInterpreterToolCall | ResponseCompactionItem |
            ResponseComputerToolCall | ResponseComputerToolCallOutputItem | ResponseConfigurationUpdateItem |
            ResponseCustomToolCallItem | ResponseCustomToolCallOutputItem | ResponseFileSearchToolCall |
            ResponseFunctionShellToolCall | ResponseFunctionShellToolCallOutput | ResponseFunctionToolCallItem |
            ResponseFunctionToolCallOutputItem | ResponseFunctionWebSearch | ResponseInputMessageItem |
            ResponseOutputMessage | ResponseReasoningItem | ResponseToolSearchCall | ResponseToolSearchOutputItem]):
        first_id (str):
        has_more (bool):
        last_id (str):
        object_ (Literal['list']):
    """

    data: list[
        AdditionalTools
        | ImageGenerationCall
        | LocalShellCall
        | LocalShellCallOutput
        | McpApprovalRequest
        | McpApprovalResponse
        | McpCall
        | McpListTools
        | Program
        | ProgramOutput
        | ResponseApplyPatchToolCall
        | ResponseApplyPatchToolCallOutput
        | ResponseCodeInterpreterToolCall
        | ResponseCompactionItem
        | ResponseComputerToolCall
        | ResponseComputerToolCallOutputItem
        | ResponseConfigurationUpdateItem
        | ResponseCustomToolCallItem
        | ResponseCustomToolCallOutputItem
        | ResponseFileSearchToolCall
        | ResponseFunctionShellToolCall
        | ResponseFunctionShellToolCallOutput
        | ResponseFunctionToolCallItem
        | ResponseFunctionToolCallOutputItem
        | ResponseFunctionWebSearch
        | ResponseInputMessageItem
        | ResponseOutputMessage
        | ResponseReasoningItem
        | ResponseToolSearchCall
        | ResponseToolSearchOutputItem
    ]
    first_id: str
    has_more: bool
    last_id: str
    object_: Literal["list"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_tools import AdditionalTools  # noqa: PLC0415
        from ..models.image_generation_call import ImageGenerationCall  # noqa: PLC0415
        from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
        from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
        from ..models.mcp_approval_request import McpApprovalRequest  # noqa: PLC0415
        from ..models.mcp_approval_response import McpApprovalResponse  # noqa: PLC0415
        from ..models.mcp_call import McpCall  # noqa: PLC0415
        from ..models.mcp_list_tools import McpListTools  # noqa: PLC0415
        from ..models.program import Program  # noqa: PLC0415
        from ..models.program_output import ProgramOutput  # noqa: PLC0415
        from ..models.response_apply_patch_tool_call import ResponseApplyPatchToolCall  # noqa: PLC0415
        from ..models.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput  # noqa: PLC0415
        from ..models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall  # noqa: PLC0415
        from ..models.response_compaction_item import ResponseCompactionItem  # noqa: PLC0415
        from ..models.response_computer_tool_call import ResponseComputerToolCall  # noqa: PLC0415
        from ..models.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem  # noqa: PLC0415
        from ..models.response_configuration_update_item import ResponseConfigurationUpdateItem  # noqa: PLC0415
        from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem  # noqa: PLC0415
        from ..models.response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
        from ..models.response_function_shell_tool_call import ResponseFunctionShellToolCall  # noqa: PLC0415
        from ..models.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput  # noqa: PLC0415
        from ..models.response_function_tool_call_item import ResponseFunctionToolCallItem  # noqa: PLC0415
        from ..models.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem  # noqa: PLC0415
        from ..models.response_function_web_search import ResponseFunctionWebSearch  # noqa: PLC0415
        from ..models.response_input_message_item import ResponseInputMessageItem  # noqa: PLC0415
        from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
        from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
        from ..models.response_tool_search_call import ResponseToolSearchCall  # noqa: PLC0415
        from ..models.response_tool_search_output_item import ResponseToolSearchOutputItem  # noqa: PLC0415

        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, ResponseInputMessageItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseOutputMessage):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseFileSearchToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseComputerToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseComputerToolCallOutputItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseFunctionWebSearch):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseFunctionToolCallItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseFunctionToolCallOutputItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseToolSearchCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseToolSearchOutputItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, AdditionalTools):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseConfigurationUpdateItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseReasoningItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, Program):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ProgramOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseCompactionItem):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ImageGenerationCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseCodeInterpreterToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, LocalShellCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, LocalShellCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseFunctionShellToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseFunctionShellToolCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseApplyPatchToolCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseApplyPatchToolCallOutput):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, McpListTools):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, McpApprovalRequest):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, McpApprovalResponse):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, McpCall):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, ResponseCustomToolCallItem):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        first_id = self.first_id

        has_more = self.has_more

        last_id = self.last_id

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "first_id": first_id,
                "has_more": has_more,
                "last_id": last_id,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_tools import AdditionalTools  # noqa: PLC0415
        from ..models.image_generation_call import ImageGenerationCall  # noqa: PLC0415
        from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
        from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
        from ..models.mcp_approval_request import McpApprovalRequest  # noqa: PLC0415
        from ..models.mcp_approval_response import McpApprovalResponse  # noqa: PLC0415
        from ..models.mcp_call import McpCall  # noqa: PLC0415
        from ..models.mcp_list_tools import McpListTools  # noqa: PLC0415
        from ..models.program import Program  # noqa: PLC0415
        from ..models.program_output import ProgramOutput  # noqa: PLC0415
        from ..models.response_apply_patch_tool_call import ResponseApplyPatchToolCall  # noqa: PLC0415
        from ..models.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput  # noqa: PLC0415
        from ..models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall  # noqa: PLC0415
        from ..models.response_compaction_item import ResponseCompactionItem  # noqa: PLC0415
        from ..models.response_computer_tool_call import ResponseComputerToolCall  # noqa: PLC0415
        from ..models.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem  # noqa: PLC0415
        from ..models.response_configuration_update_item import ResponseConfigurationUpdateItem  # noqa: PLC0415
        from ..models.response_custom_tool_call_item import ResponseCustomToolCallItem  # noqa: PLC0415
        from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem  # noqa: PLC0415
        from ..models.response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
        from ..models.response_function_shell_tool_call import ResponseFunctionShellToolCall  # noqa: PLC0415
        from ..models.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput  # noqa: PLC0415
        from ..models.response_function_tool_call_item import ResponseFunctionToolCallItem  # noqa: PLC0415
        from ..models.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem  # noqa: PLC0415
        from ..models.response_function_web_search import ResponseFunctionWebSearch  # noqa: PLC0415
        from ..models.response_input_message_item import ResponseInputMessageItem  # noqa: PLC0415
        from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
        from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
        from ..models.response_tool_search_call import ResponseToolSearchCall  # noqa: PLC0415
        from ..models.response_tool_search_output_item import ResponseToolSearchOutputItem  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                AdditionalTools
                | ImageGenerationCall
                | LocalShellCall
                | LocalShellCallOutput
                | McpApprovalRequest
                | McpApprovalResponse
                | McpCall
                | McpListTools
                | Program
                | ProgramOutput
                | ResponseApplyPatchToolCall
                | ResponseApplyPatchToolCallOutput
                | ResponseCodeInterpreterToolCall
                | ResponseCompactionItem
                | ResponseComputerToolCall
                | ResponseComputerToolCallOutputItem
                | ResponseConfigurationUpdateItem
                | ResponseCustomToolCallItem
                | ResponseCustomToolCallOutputItem
                | ResponseFileSearchToolCall
                | ResponseFunctionShellToolCall
                | ResponseFunctionShellToolCallOutput
                | ResponseFunctionToolCallItem
                | ResponseFunctionToolCallOutputItem
                | ResponseFunctionWebSearch
                | ResponseInputMessageItem
                | ResponseOutputMessage
                | ResponseReasoningItem
                | ResponseToolSearchCall
                | ResponseToolSearchOutputItem
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_0 = ResponseInputMessageItem.from_dict(data)

                    return data_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_1 = ResponseOutputMessage.from_dict(data)

                    return data_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_2 = ResponseFileSearchToolCall.from_dict(data)

                    return data_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_3 = ResponseComputerToolCall.from_dict(data)

                    return data_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_4 = ResponseComputerToolCallOutputItem.from_dict(data)

                    return data_item_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_5 = ResponseFunctionWebSearch.from_dict(data)

                    return data_item_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_6 = ResponseFunctionToolCallItem.from_dict(data)

                    return data_item_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_7 = ResponseFunctionToolCallOutputItem.from_dict(data)

                    return data_item_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_8 = ResponseToolSearchCall.from_dict(data)

                    return data_item_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_9 = ResponseToolSearchOutputItem.from_dict(data)

                    return data_item_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_10 = AdditionalTools.from_dict(data)

                    return data_item_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_11 = ResponseConfigurationUpdateItem.from_dict(data)

                    return data_item_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_12 = ResponseReasoningItem.from_dict(data)

                    return data_item_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_13 = Program.from_dict(data)

                    return data_item_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_14 = ProgramOutput.from_dict(data)

                    return data_item_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_15 = ResponseCompactionItem.from_dict(data)

                    return data_item_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_16 = ImageGenerationCall.from_dict(data)

                    return data_item_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_17 = ResponseCodeInterpreterToolCall.from_dict(data)

                    return data_item_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_18 = LocalShellCall.from_dict(data)

                    return data_item_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_19 = LocalShellCallOutput.from_dict(data)

                    return data_item_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_20 = ResponseFunctionShellToolCall.from_dict(data)

                    return data_item_type_20
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_21 = ResponseFunctionShellToolCallOutput.from_dict(data)

                    return data_item_type_21
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_22 = ResponseApplyPatchToolCall.from_dict(data)

                    return data_item_type_22
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_23 = ResponseApplyPatchToolCallOutput.from_dict(data)

                    return data_item_type_23
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_24 = McpListTools.from_dict(data)

                    return data_item_type_24
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_25 = McpApprovalRequest.from_dict(data)

                    return data_item_type_25
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_26 = McpApprovalResponse.from_dict(data)

                    return data_item_type_26
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_27 = McpCall.from_dict(data)

                    return data_item_type_27
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    data_item_type_28 = ResponseCustomToolCallItem.from_dict(data)

                    return data_item_type_28
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                data_item_type_29 = ResponseCustomToolCallOutputItem.from_dict(data)

                return data_item_type_29

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        first_id = d.pop("first_id")

        has_more = d.pop("has_more")

        last_id = d.pop("last_id")

        object_ = cast(Literal["list"], d.pop("object"))
        if object_ != "list":
            raise ValueError(f"object must match const 'list', got '{object_}'")

        response_item_list = cls(
            data=data,
            first_id=first_id,
            has_more=has_more,
            last_id=last_id,
            object_=object_,
        )

        response_item_list.additional_properties = d
        return response_item_list

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
