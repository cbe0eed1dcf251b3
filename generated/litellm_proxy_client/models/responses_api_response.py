from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_response_tool_choice_type_0 import ResponsesAPIResponseToolChoiceType0
from ..models.responses_api_response_truncation_type_0 import ResponsesAPIResponseTruncationType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_tools import AdditionalTools
    from ..models.apply_patch_tool import ApplyPatchTool
    from ..models.code_interpreter import CodeInterpreter
    from ..models.computer_tool import ComputerTool
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool import CustomTool
    from ..models.custom_tool_call_output_item import CustomToolCallOutputItem
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_shell_tool import FunctionShellTool
    from ..models.function_tool import FunctionTool
    from ..models.generic_response_output_item import GenericResponseOutputItem
    from ..models.image_generation import ImageGeneration
    from ..models.image_generation_call import ImageGenerationCall
    from ..models.incomplete_details import IncompleteDetails
    from ..models.local_shell import LocalShell
    from ..models.local_shell_call import LocalShellCall
    from ..models.local_shell_call_output import LocalShellCallOutput
    from ..models.mcp import Mcp
    from ..models.mcp_approval_request import McpApprovalRequest
    from ..models.mcp_approval_response import McpApprovalResponse
    from ..models.mcp_call import McpCall
    from ..models.mcp_list_tools import McpListTools
    from ..models.namespace_tool import NamespaceTool
    from ..models.output_code_interpreter_call import OutputCodeInterpreterCall
    from ..models.output_function_tool_call import OutputFunctionToolCall
    from ..models.output_image_generation_call import OutputImageGenerationCall
    from ..models.output_tool_search_call import OutputToolSearchCall
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.programmatic_tool_calling import ProgrammaticToolCalling
    from ..models.response_api_usage import ResponseAPIUsage
    from ..models.response_apply_patch_tool_call import ResponseApplyPatchToolCall
    from ..models.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
    from ..models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
    from ..models.response_compaction_item import ResponseCompactionItem
    from ..models.response_computer_tool_call import ResponseComputerToolCall
    from ..models.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
    from ..models.response_custom_tool_call import ResponseCustomToolCall
    from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from ..models.response_file_search_tool_call import ResponseFileSearchToolCall
    from ..models.response_function_shell_tool_call import ResponseFunctionShellToolCall
    from ..models.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
    from ..models.response_function_tool_call import ResponseFunctionToolCall
    from ..models.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
    from ..models.response_function_web_search import ResponseFunctionWebSearch
    from ..models.response_output_message import ResponseOutputMessage
    from ..models.response_reasoning_item import ResponseReasoningItem
    from ..models.response_text_config_param import ResponseTextConfigParam
    from ..models.response_tool_search_call import ResponseToolSearchCall
    from ..models.response_tool_search_output_item import ResponseToolSearchOutputItem
    from ..models.responses_api_response_error_type_0 import ResponsesAPIResponseErrorType0
    from ..models.responses_api_response_metadata_type_0 import ResponsesAPIResponseMetadataType0
    from ..models.responses_api_response_output_type_0_item_type_0_type_28 import (
        ResponsesAPIResponseOutputType0ItemType0Type28,
    )
    from ..models.responses_api_response_reasoning_type_0 import ResponsesAPIResponseReasoningType0
    from ..models.responses_api_response_text_type_1 import ResponsesAPIResponseTextType1
    from ..models.responses_api_response_tools_type_0_item_type_2 import ResponsesAPIResponseToolsType0ItemType2
    from ..models.tool_choice_allowed_param import ToolChoiceAllowedParam
    from ..models.tool_choice_apply_patch_param import ToolChoiceApplyPatchParam
    from ..models.tool_choice_custom_param import ToolChoiceCustomParam
    from ..models.tool_choice_function_param import ToolChoiceFunctionParam
    from ..models.tool_choice_mcp_param import ToolChoiceMcpParam
    from ..models.tool_choice_shell_param import ToolChoiceShellParam
    from ..models.tool_choice_specific_programmatic_tool_calling_param import (
        ToolChoiceSpecificProgrammaticToolCallingParam,
    )
    from ..models.tool_choice_types_param import ToolChoiceTypesParam
    from ..models.tool_search_tool import ToolSearchTool
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool


T = TypeVar("T", bound="ResponsesAPIResponse")


@_attrs_define
class ResponsesAPIResponse:
    """
    Attributes:
        created_at (int):
        id (str):
        output (list[AdditionalTools | CustomToolCallOutputItem | GenericResponseOutputItem | ImageGenerationCall |
            LocalShellCall | LocalShellCallOutput | McpApprovalRequest | McpApprovalResponse | McpCall | McpListTools |
            OutputCodeInterpreterCall | OutputFunctionToolCall | OutputImageGenerationCall | OutputToolSearchCall | Program
            | ProgramOutput | ResponseApplyPatchToolCall | ResponseApplyPatchToolCallOutput |
            ResponseCodeInterpreterToolCall | ResponseCompactionItem | ResponseComputerToolCall |
            ResponseComputerToolCallOutputItem | ResponseCustomToolCall | ResponseCustomToolCallOutputItem |
            ResponseFileSearchToolCall | ResponseFunctionShellToolCall | ResponseFunctionShellToolCallOutput |
            ResponseFunctionToolCall | ResponseFunctionToolCallOutputItem | ResponseFunctionWebSearch |
            ResponseOutputMessage | ResponseReasoningItem | ResponsesAPIResponseOutputType0ItemType0Type28 |
            ResponseToolSearchCall | ResponseToolSearchOutputItem]):
        error (None | ResponsesAPIResponseErrorType0 | Unset):
        incomplete_details (IncompleteDetails | None | Unset):
        instructions (None | str | Unset):
        max_output_tokens (int | None | Unset):
        metadata (None | ResponsesAPIResponseMetadataType0 | Unset):
        model (None | str | Unset):
        object_ (None | str | Unset):
        parallel_tool_calls (bool | None | Unset):
        previous_response_id (None | str | Unset):
        reasoning (None | ResponsesAPIResponseReasoningType0 | Unset):
        status (None | str | Unset):
        store (bool | None | Unset):
        temperature (float | None | Unset):
        text (None | ResponsesAPIResponseTextType1 | ResponseTextConfigParam | Unset):
        tool_choice (None | ResponsesAPIResponseToolChoiceType0 | ToolChoiceAllowedParam | ToolChoiceApplyPatchParam |
            ToolChoiceCustomParam | ToolChoiceFunctionParam | ToolChoiceMcpParam | ToolChoiceShellParam |
            ToolChoiceSpecificProgrammaticToolCallingParam | ToolChoiceTypesParam | Unset):
        tools (list[ApplyPatchTool | CodeInterpreter | ComputerTool | ComputerUsePreviewTool | CustomTool |
            FileSearchTool | FunctionShellTool | FunctionTool | ImageGeneration | LocalShell | Mcp | NamespaceTool |
            ProgrammaticToolCalling | ResponseFunctionToolCall | ResponsesAPIResponseToolsType0ItemType2 | ToolSearchTool |
            WebSearchPreviewTool | WebSearchTool] | None | Unset):
        top_p (float | None | Unset):
        truncation (None | ResponsesAPIResponseTruncationType0 | Unset):
        usage (None | ResponseAPIUsage | Unset):
        user (None | str | Unset):
    """

    created_at: int
    id: str
    output: list[
        AdditionalTools
        | CustomToolCallOutputItem
        | GenericResponseOutputItem
        | ImageGenerationCall
        | LocalShellCall
        | LocalShellCallOutput
        | McpApprovalRequest
        | McpApprovalResponse
        | McpCall
        | McpListTools
        | OutputCodeInterpreterCall
        | OutputFunctionToolCall
        | OutputImageGenerationCall
        | OutputToolSearchCall
        | Program
        | ProgramOutput
        | ResponseApplyPatchToolCall
        | ResponseApplyPatchToolCallOutput
        | ResponseCodeInterpreterToolCall
        | ResponseCompactionItem
        | ResponseComputerToolCall
        | ResponseComputerToolCallOutputItem
        | ResponseCustomToolCall
        | ResponseCustomToolCallOutputItem
        | ResponseFileSearchToolCall
        | ResponseFunctionShellToolCall
        | ResponseFunctionShellToolCallOutput
        | ResponseFunctionToolCall
        | ResponseFunctionToolCallOutputItem
        | ResponseFunctionWebSearch
        | ResponseOutputMessage
        | ResponseReasoningItem
        | ResponsesAPIResponseOutputType0ItemType0Type28
        | ResponseToolSearchCall
        | ResponseToolSearchOutputItem
    ]
    error: None | ResponsesAPIResponseErrorType0 | Unset = UNSET
    incomplete_details: IncompleteDetails | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    metadata: None | ResponsesAPIResponseMetadataType0 | Unset = UNSET
    model: None | str | Unset = UNSET
    object_: None | str | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    reasoning: None | ResponsesAPIResponseReasoningType0 | Unset = UNSET
    status: None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    text: None | ResponsesAPIResponseTextType1 | ResponseTextConfigParam | Unset = UNSET
    tool_choice: (
        None
        | ResponsesAPIResponseToolChoiceType0
        | ToolChoiceAllowedParam
        | ToolChoiceApplyPatchParam
        | ToolChoiceCustomParam
        | ToolChoiceFunctionParam
        | ToolChoiceMcpParam
        | ToolChoiceShellParam
        | ToolChoiceSpecificProgrammaticToolCallingParam
        | ToolChoiceTypesParam
        | Unset
    ) = UNSET
    tools: (
        list[
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
            | ResponseFunctionToolCall
            | ResponsesAPIResponseToolsType0ItemType2
            | ToolSearchTool
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | None
        | Unset
    ) = UNSET
    top_p: float | None | Unset = UNSET
    truncation: None | ResponsesAPIResponseTruncationType0 | Unset = UNSET
    usage: None | ResponseAPIUsage | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_tools import AdditionalTools  # noqa: PLC0415
        from ..models.apply_patch_tool import ApplyPatchTool  # noqa: PLC0415
        from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
        from ..models.computer_tool import ComputerTool  # noqa: PLC0415
        from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
        from ..models.custom_tool import CustomTool  # noqa: PLC0415
        from ..models.custom_tool_call_output_item import CustomToolCallOutputItem  # noqa: PLC0415
        from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
        from ..models.function_shell_tool import FunctionShellTool  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.generic_response_output_item import GenericResponseOutputItem  # noqa: PLC0415
        from ..models.image_generation import ImageGeneration  # noqa: PLC0415
        from ..models.image_generation_call import ImageGenerationCall  # noqa: PLC0415
        from ..models.incomplete_details import IncompleteDetails  # noqa: PLC0415
        from ..models.local_shell import LocalShell  # noqa: PLC0415
        from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
        from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
        from ..models.mcp import Mcp  # noqa: PLC0415
        from ..models.mcp_approval_request import McpApprovalRequest  # noqa: PLC0415
        from ..models.mcp_approval_response import McpApprovalResponse  # noqa: PLC0415
        from ..models.mcp_call import McpCall  # noqa: PLC0415
        from ..models.mcp_list_tools import McpListTools  # noqa: PLC0415
        from ..models.namespace_tool import NamespaceTool  # noqa: PLC0415
        from ..models.output_code_interpreter_call import OutputCodeInterpreterCall  # noqa: PLC0415
        from ..models.output_function_tool_call import OutputFunctionToolCall  # noqa: PLC0415
        from ..models.output_image_generation_call import OutputImageGenerationCall  # noqa: PLC0415
        from ..models.program import Program  # noqa: PLC0415
        from ..models.program_output import ProgramOutput  # noqa: PLC0415
        from ..models.programmatic_tool_calling import ProgrammaticToolCalling  # noqa: PLC0415
        from ..models.response_api_usage import ResponseAPIUsage  # noqa: PLC0415
        from ..models.response_apply_patch_tool_call import ResponseApplyPatchToolCall  # noqa: PLC0415
        from ..models.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput  # noqa: PLC0415
        from ..models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall  # noqa: PLC0415
        from ..models.response_compaction_item import ResponseCompactionItem  # noqa: PLC0415
        from ..models.response_computer_tool_call import ResponseComputerToolCall  # noqa: PLC0415
        from ..models.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem  # noqa: PLC0415
        from ..models.response_custom_tool_call import ResponseCustomToolCall  # noqa: PLC0415
        from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem  # noqa: PLC0415
        from ..models.response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
        from ..models.response_function_shell_tool_call import ResponseFunctionShellToolCall  # noqa: PLC0415
        from ..models.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput  # noqa: PLC0415
        from ..models.response_function_tool_call import ResponseFunctionToolCall  # noqa: PLC0415
        from ..models.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem  # noqa: PLC0415
        from ..models.response_function_web_search import ResponseFunctionWebSearch  # noqa: PLC0415
        from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
        from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
        from ..models.response_text_config_param import ResponseTextConfigParam  # noqa: PLC0415
        from ..models.response_tool_search_call import ResponseToolSearchCall  # noqa: PLC0415
        from ..models.response_tool_search_output_item import ResponseToolSearchOutputItem  # noqa: PLC0415
        from ..models.responses_api_response_error_type_0 import ResponsesAPIResponseErrorType0  # noqa: PLC0415
        from ..models.responses_api_response_metadata_type_0 import ResponsesAPIResponseMetadataType0  # noqa: PLC0415
        from ..models.responses_api_response_output_type_0_item_type_0_type_28 import (
            ResponsesAPIResponseOutputType0ItemType0Type28,  # noqa: PLC0415
        )
        from ..models.responses_api_response_reasoning_type_0 import ResponsesAPIResponseReasoningType0  # noqa: PLC0415
        from ..models.responses_api_response_text_type_1 import ResponsesAPIResponseTextType1  # noqa: PLC0415
        from ..models.tool_choice_allowed_param import ToolChoiceAllowedParam  # noqa: PLC0415
        from ..models.tool_choice_apply_patch_param import ToolChoiceApplyPatchParam  # noqa: PLC0415
        from ..models.tool_choice_custom_param import ToolChoiceCustomParam  # noqa: PLC0415
        from ..models.tool_choice_function_param import ToolChoiceFunctionParam  # noqa: PLC0415
        from ..models.tool_choice_mcp_param import ToolChoiceMcpParam  # noqa: PLC0415
        from ..models.tool_choice_shell_param import ToolChoiceShellParam  # noqa: PLC0415
        from ..models.tool_choice_specific_programmatic_tool_calling_param import (
            ToolChoiceSpecificProgrammaticToolCallingParam,  # noqa: PLC0415
        )
        from ..models.tool_choice_types_param import ToolChoiceTypesParam  # noqa: PLC0415
        from ..models.tool_search_tool import ToolSearchTool  # noqa: PLC0415
        from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
        from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415

        created_at = self.created_at

        id = self.id

        output: list[dict[str, Any]]
        if isinstance(self.output, list):
            output = []
            for output_type_0_item_data in self.output:
                output_type_0_item: dict[str, Any]
                if isinstance(output_type_0_item_data, ResponseOutputMessage):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseFileSearchToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseFunctionToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseFunctionToolCallOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseFunctionWebSearch):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseComputerToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseComputerToolCallOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseReasoningItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, Program):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ProgramOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseToolSearchCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseToolSearchOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, AdditionalTools):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseCompactionItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ImageGenerationCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseCodeInterpreterToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LocalShellCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, LocalShellCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseFunctionShellToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseFunctionShellToolCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseApplyPatchToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseApplyPatchToolCallOutput):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, McpCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, McpListTools):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, McpApprovalRequest):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, McpApprovalResponse):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseCustomToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponseCustomToolCallOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, ResponsesAPIResponseOutputType0ItemType0Type28):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, GenericResponseOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, OutputCodeInterpreterCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, OutputFunctionToolCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, OutputImageGenerationCall):
                    output_type_0_item = output_type_0_item_data.to_dict()
                elif isinstance(output_type_0_item_data, CustomToolCallOutputItem):
                    output_type_0_item = output_type_0_item_data.to_dict()
                else:
                    output_type_0_item = output_type_0_item_data.to_dict()

                output.append(output_type_0_item)

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ResponsesAPIResponseErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        incomplete_details: dict[str, Any] | None | Unset
        if isinstance(self.incomplete_details, Unset):
            incomplete_details = UNSET
        elif isinstance(self.incomplete_details, IncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponsesAPIResponseMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, ResponsesAPIResponseReasoningType0):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, ResponseTextConfigParam):
            text = self.text.to_dict()
        elif isinstance(self.text, ResponsesAPIResponseTextType1):
            text = self.text.to_dict()
        else:
            text = self.text

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ResponsesAPIResponseToolChoiceType0):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, ToolChoiceAllowedParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceTypesParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceFunctionParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceMcpParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceCustomParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceSpecificProgrammaticToolCallingParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceApplyPatchParam):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceShellParam):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, FunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, FileSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ComputerTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ComputerUsePreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, Mcp):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CodeInterpreter):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ProgrammaticToolCalling):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ImageGeneration):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LocalShell):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, FunctionShellTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CustomTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, NamespaceTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ToolSearchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchPreviewTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ApplyPatchTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ResponseFunctionToolCall):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, ResponsesAPIResponseTruncationType0):
            truncation = self.truncation.value
        else:
            truncation = self.truncation

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, ResponseAPIUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "output": output,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if incomplete_details is not UNSET:
            field_dict["incomplete_details"] = incomplete_details
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if model is not UNSET:
            field_dict["model"] = model
        if object_ is not UNSET:
            field_dict["object"] = object_
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if status is not UNSET:
            field_dict["status"] = status
        if store is not UNSET:
            field_dict["store"] = store
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if usage is not UNSET:
            field_dict["usage"] = usage
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_tools import AdditionalTools  # noqa: PLC0415
        from ..models.apply_patch_tool import ApplyPatchTool  # noqa: PLC0415
        from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
        from ..models.computer_tool import ComputerTool  # noqa: PLC0415
        from ..models.computer_use_preview_tool import ComputerUsePreviewTool  # noqa: PLC0415
        from ..models.custom_tool import CustomTool  # noqa: PLC0415
        from ..models.custom_tool_call_output_item import CustomToolCallOutputItem  # noqa: PLC0415
        from ..models.file_search_tool import FileSearchTool  # noqa: PLC0415
        from ..models.function_shell_tool import FunctionShellTool  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.generic_response_output_item import GenericResponseOutputItem  # noqa: PLC0415
        from ..models.image_generation import ImageGeneration  # noqa: PLC0415
        from ..models.image_generation_call import ImageGenerationCall  # noqa: PLC0415
        from ..models.incomplete_details import IncompleteDetails  # noqa: PLC0415
        from ..models.local_shell import LocalShell  # noqa: PLC0415
        from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
        from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
        from ..models.mcp import Mcp  # noqa: PLC0415
        from ..models.mcp_approval_request import McpApprovalRequest  # noqa: PLC0415
        from ..models.mcp_approval_response import McpApprovalResponse  # noqa: PLC0415
        from ..models.mcp_call import McpCall  # noqa: PLC0415
        from ..models.mcp_list_tools import McpListTools  # noqa: PLC0415
        from ..models.namespace_tool import NamespaceTool  # noqa: PLC0415
        from ..models.output_code_interpreter_call import OutputCodeInterpreterCall  # noqa: PLC0415
        from ..models.output_function_tool_call import OutputFunctionToolCall  # noqa: PLC0415
        from ..models.output_image_generation_call import OutputImageGenerationCall  # noqa: PLC0415
        from ..models.output_tool_search_call import OutputToolSearchCall  # noqa: PLC0415
        from ..models.program import Program  # noqa: PLC0415
        from ..models.program_output import ProgramOutput  # noqa: PLC0415
        from ..models.programmatic_tool_calling import ProgrammaticToolCalling  # noqa: PLC0415
        from ..models.response_api_usage import ResponseAPIUsage  # noqa: PLC0415
        from ..models.response_apply_patch_tool_call import ResponseApplyPatchToolCall  # noqa: PLC0415
        from ..models.response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput  # noqa: PLC0415
        from ..models.response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall  # noqa: PLC0415
        from ..models.response_compaction_item import ResponseCompactionItem  # noqa: PLC0415
        from ..models.response_computer_tool_call import ResponseComputerToolCall  # noqa: PLC0415
        from ..models.response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem  # noqa: PLC0415
        from ..models.response_custom_tool_call import ResponseCustomToolCall  # noqa: PLC0415
        from ..models.response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem  # noqa: PLC0415
        from ..models.response_file_search_tool_call import ResponseFileSearchToolCall  # noqa: PLC0415
        from ..models.response_function_shell_tool_call import ResponseFunctionShellToolCall  # noqa: PLC0415
        from ..models.response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput  # noqa: PLC0415
        from ..models.response_function_tool_call import ResponseFunctionToolCall  # noqa: PLC0415
        from ..models.response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem  # noqa: PLC0415
        from ..models.response_function_web_search import ResponseFunctionWebSearch  # noqa: PLC0415
        from ..models.response_output_message import ResponseOutputMessage  # noqa: PLC0415
        from ..models.response_reasoning_item import ResponseReasoningItem  # noqa: PLC0415
        from ..models.response_text_config_param import ResponseTextConfigParam  # noqa: PLC0415
        from ..models.response_tool_search_call import ResponseToolSearchCall  # noqa: PLC0415
        from ..models.response_tool_search_output_item import ResponseToolSearchOutputItem  # noqa: PLC0415
        from ..models.responses_api_response_error_type_0 import ResponsesAPIResponseErrorType0  # noqa: PLC0415
        from ..models.responses_api_response_metadata_type_0 import ResponsesAPIResponseMetadataType0  # noqa: PLC0415
        from ..models.responses_api_response_output_type_0_item_type_0_type_28 import (
            ResponsesAPIResponseOutputType0ItemType0Type28,  # noqa: PLC0415
        )
        from ..models.responses_api_response_reasoning_type_0 import ResponsesAPIResponseReasoningType0  # noqa: PLC0415
        from ..models.responses_api_response_text_type_1 import ResponsesAPIResponseTextType1  # noqa: PLC0415
        from ..models.responses_api_response_tools_type_0_item_type_2 import ResponsesAPIResponseToolsType0ItemType2  # noqa: PLC0415
        from ..models.tool_choice_allowed_param import ToolChoiceAllowedParam  # noqa: PLC0415
        from ..models.tool_choice_apply_patch_param import ToolChoiceApplyPatchParam  # noqa: PLC0415
        from ..models.tool_choice_custom_param import ToolChoiceCustomParam  # noqa: PLC0415
        from ..models.tool_choice_function_param import ToolChoiceFunctionParam  # noqa: PLC0415
        from ..models.tool_choice_mcp_param import ToolChoiceMcpParam  # noqa: PLC0415
        from ..models.tool_choice_shell_param import ToolChoiceShellParam  # noqa: PLC0415
        from ..models.tool_choice_specific_programmatic_tool_calling_param import (
            ToolChoiceSpecificProgrammaticToolCallingParam,  # noqa: PLC0415
        )
        from ..models.tool_choice_types_param import ToolChoiceTypesParam  # noqa: PLC0415
        from ..models.tool_search_tool import ToolSearchTool  # noqa: PLC0415
        from ..models.web_search_preview_tool import WebSearchPreviewTool  # noqa: PLC0415
        from ..models.web_search_tool import WebSearchTool  # noqa: PLC0415

        d = dict(src_dict)
        created_at = d.pop("created_at")

        id = d.pop("id")

        def _parse_output(
            data: object,
        ) -> list[
            AdditionalTools
            | CustomToolCallOutputItem
            | GenericResponseOutputItem
            | ImageGenerationCall
            | LocalShellCall
            | LocalShellCallOutput
            | McpApprovalRequest
            | McpApprovalResponse
            | McpCall
            | McpListTools
            | OutputCodeInterpreterCall
            | OutputFunctionToolCall
            | OutputImageGenerationCall
            | OutputToolSearchCall
            | Program
            | ProgramOutput
            | ResponseApplyPatchToolCall
            | ResponseApplyPatchToolCallOutput
            | ResponseCodeInterpreterToolCall
            | ResponseCompactionItem
            | ResponseComputerToolCall
            | ResponseComputerToolCallOutputItem
            | ResponseCustomToolCall
            | ResponseCustomToolCallOutputItem
            | ResponseFileSearchToolCall
            | ResponseFunctionShellToolCall
            | ResponseFunctionShellToolCallOutput
            | ResponseFunctionToolCall
            | ResponseFunctionToolCallOutputItem
            | ResponseFunctionWebSearch
            | ResponseOutputMessage
            | ResponseReasoningItem
            | ResponsesAPIResponseOutputType0ItemType0Type28
            | ResponseToolSearchCall
            | ResponseToolSearchOutputItem
        ]:
            if not isinstance(data, list):
                raise TypeError()
            output_type_0 = []
            _output_type_0 = data
            for output_type_0_item_data in _output_type_0:

                def _parse_output_type_0_item(
                    data: object,
                ) -> (
                    AdditionalTools
                    | CustomToolCallOutputItem
                    | GenericResponseOutputItem
                    | ImageGenerationCall
                    | LocalShellCall
                    | LocalShellCallOutput
                    | McpApprovalRequest
                    | McpApprovalResponse
                    | McpCall
                    | McpListTools
                    | OutputCodeInterpreterCall
                    | OutputFunctionToolCall
                    | OutputImageGenerationCall
                    | OutputToolSearchCall
                    | Program
                    | ProgramOutput
                    | ResponseApplyPatchToolCall
                    | ResponseApplyPatchToolCallOutput
                    | ResponseCodeInterpreterToolCall
                    | ResponseCompactionItem
                    | ResponseComputerToolCall
                    | ResponseComputerToolCallOutputItem
                    | ResponseCustomToolCall
                    | ResponseCustomToolCallOutputItem
                    | ResponseFileSearchToolCall
                    | ResponseFunctionShellToolCall
                    | ResponseFunctionShellToolCallOutput
                    | ResponseFunctionToolCall
                    | ResponseFunctionToolCallOutputItem
                    | ResponseFunctionWebSearch
                    | ResponseOutputMessage
                    | ResponseReasoningItem
                    | ResponsesAPIResponseOutputType0ItemType0Type28
                    | ResponseToolSearchCall
                    | ResponseToolSearchOutputItem
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_0 = ResponseOutputMessage.from_dict(data)

                        return output_type_0_item_type_0_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_1 = ResponseFileSearchToolCall.from_dict(data)

                        return output_type_0_item_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_2 = ResponseFunctionToolCall.from_dict(data)

                        return output_type_0_item_type_0_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_3 = ResponseFunctionToolCallOutputItem.from_dict(data)

                        return output_type_0_item_type_0_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_4 = ResponseFunctionWebSearch.from_dict(data)

                        return output_type_0_item_type_0_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_5 = ResponseComputerToolCall.from_dict(data)

                        return output_type_0_item_type_0_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_6 = ResponseComputerToolCallOutputItem.from_dict(data)

                        return output_type_0_item_type_0_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_7 = ResponseReasoningItem.from_dict(data)

                        return output_type_0_item_type_0_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_8 = Program.from_dict(data)

                        return output_type_0_item_type_0_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_9 = ProgramOutput.from_dict(data)

                        return output_type_0_item_type_0_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_10 = ResponseToolSearchCall.from_dict(data)

                        return output_type_0_item_type_0_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_11 = ResponseToolSearchOutputItem.from_dict(data)

                        return output_type_0_item_type_0_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_12 = AdditionalTools.from_dict(data)

                        return output_type_0_item_type_0_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_13 = ResponseCompactionItem.from_dict(data)

                        return output_type_0_item_type_0_type_13
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_14 = ImageGenerationCall.from_dict(data)

                        return output_type_0_item_type_0_type_14
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_15 = ResponseCodeInterpreterToolCall.from_dict(data)

                        return output_type_0_item_type_0_type_15
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_16 = LocalShellCall.from_dict(data)

                        return output_type_0_item_type_0_type_16
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_17 = LocalShellCallOutput.from_dict(data)

                        return output_type_0_item_type_0_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_18 = ResponseFunctionShellToolCall.from_dict(data)

                        return output_type_0_item_type_0_type_18
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_19 = ResponseFunctionShellToolCallOutput.from_dict(data)

                        return output_type_0_item_type_0_type_19
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_20 = ResponseApplyPatchToolCall.from_dict(data)

                        return output_type_0_item_type_0_type_20
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_21 = ResponseApplyPatchToolCallOutput.from_dict(data)

                        return output_type_0_item_type_0_type_21
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_22 = McpCall.from_dict(data)

                        return output_type_0_item_type_0_type_22
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_23 = McpListTools.from_dict(data)

                        return output_type_0_item_type_0_type_23
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_24 = McpApprovalRequest.from_dict(data)

                        return output_type_0_item_type_0_type_24
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_25 = McpApprovalResponse.from_dict(data)

                        return output_type_0_item_type_0_type_25
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_26 = ResponseCustomToolCall.from_dict(data)

                        return output_type_0_item_type_0_type_26
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_27 = ResponseCustomToolCallOutputItem.from_dict(data)

                        return output_type_0_item_type_0_type_27
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_0_type_28 = ResponsesAPIResponseOutputType0ItemType0Type28.from_dict(
                            data
                        )

                        return output_type_0_item_type_0_type_28
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_1_type_0 = GenericResponseOutputItem.from_dict(data)

                        return output_type_0_item_type_1_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_1_type_1 = OutputCodeInterpreterCall.from_dict(data)

                        return output_type_0_item_type_1_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_1_type_2 = OutputFunctionToolCall.from_dict(data)

                        return output_type_0_item_type_1_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_1_type_3 = OutputImageGenerationCall.from_dict(data)

                        return output_type_0_item_type_1_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_0_item_type_1_type_6 = CustomToolCallOutputItem.from_dict(data)

                        return output_type_0_item_type_1_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    output_type_0_item_type_1_type_7 = OutputToolSearchCall.from_dict(data)

                    return output_type_0_item_type_1_type_7

                output_type_0_item = _parse_output_type_0_item(output_type_0_item_data)

                output_type_0.append(output_type_0_item)

            return output_type_0

        output = _parse_output(d.pop("output"))

        def _parse_error(data: object) -> None | ResponsesAPIResponseErrorType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = ResponsesAPIResponseErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIResponseErrorType0 | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_incomplete_details(data: object) -> IncompleteDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = IncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncompleteDetails | None | Unset, data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_metadata(data: object) -> None | ResponsesAPIResponseMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ResponsesAPIResponseMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIResponseMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_object_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_ = _parse_object_(d.pop("object", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        def _parse_reasoning(data: object) -> None | ResponsesAPIResponseReasoningType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = ResponsesAPIResponseReasoningType0.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIResponseReasoningType0 | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_text(data: object) -> None | ResponsesAPIResponseTextType1 | ResponseTextConfigParam | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = ResponseTextConfigParam.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_1 = ResponsesAPIResponseTextType1.from_dict(data)

                return text_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIResponseTextType1 | ResponseTextConfigParam | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
            None
            | ResponsesAPIResponseToolChoiceType0
            | ToolChoiceAllowedParam
            | ToolChoiceApplyPatchParam
            | ToolChoiceCustomParam
            | ToolChoiceFunctionParam
            | ToolChoiceMcpParam
            | ToolChoiceShellParam
            | ToolChoiceSpecificProgrammaticToolCallingParam
            | ToolChoiceTypesParam
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tool_choice_type_0 = ResponsesAPIResponseToolChoiceType0(data)

                return tool_choice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = ToolChoiceAllowedParam.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_2 = ToolChoiceTypesParam.from_dict(data)

                return tool_choice_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_3 = ToolChoiceFunctionParam.from_dict(data)

                return tool_choice_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_4 = ToolChoiceMcpParam.from_dict(data)

                return tool_choice_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_5 = ToolChoiceCustomParam.from_dict(data)

                return tool_choice_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_6 = ToolChoiceSpecificProgrammaticToolCallingParam.from_dict(data)

                return tool_choice_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_7 = ToolChoiceApplyPatchParam.from_dict(data)

                return tool_choice_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_8 = ToolChoiceShellParam.from_dict(data)

                return tool_choice_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ResponsesAPIResponseToolChoiceType0
                | ToolChoiceAllowedParam
                | ToolChoiceApplyPatchParam
                | ToolChoiceCustomParam
                | ToolChoiceFunctionParam
                | ToolChoiceMcpParam
                | ToolChoiceShellParam
                | ToolChoiceSpecificProgrammaticToolCallingParam
                | ToolChoiceTypesParam
                | Unset,
                data,
            )

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
            list[
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
                | ResponseFunctionToolCall
                | ResponsesAPIResponseToolsType0ItemType2
                | ToolSearchTool
                | WebSearchPreviewTool
                | WebSearchTool
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
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
                        | ResponseFunctionToolCall
                        | ResponsesAPIResponseToolsType0ItemType2
                        | ToolSearchTool
                        | WebSearchPreviewTool
                        | WebSearchTool
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_0 = FunctionTool.from_dict(data)

                            return tools_type_0_item_type_0_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_1 = FileSearchTool.from_dict(data)

                            return tools_type_0_item_type_0_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_2 = ComputerTool.from_dict(data)

                            return tools_type_0_item_type_0_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_3 = ComputerUsePreviewTool.from_dict(data)

                            return tools_type_0_item_type_0_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_4 = WebSearchTool.from_dict(data)

                            return tools_type_0_item_type_0_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_5 = Mcp.from_dict(data)

                            return tools_type_0_item_type_0_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_6 = CodeInterpreter.from_dict(data)

                            return tools_type_0_item_type_0_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_7 = ProgrammaticToolCalling.from_dict(data)

                            return tools_type_0_item_type_0_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_8 = ImageGeneration.from_dict(data)

                            return tools_type_0_item_type_0_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_9 = LocalShell.from_dict(data)

                            return tools_type_0_item_type_0_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_10 = FunctionShellTool.from_dict(data)

                            return tools_type_0_item_type_0_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_11 = CustomTool.from_dict(data)

                            return tools_type_0_item_type_0_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_12 = NamespaceTool.from_dict(data)

                            return tools_type_0_item_type_0_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_13 = ToolSearchTool.from_dict(data)

                            return tools_type_0_item_type_0_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_14 = WebSearchPreviewTool.from_dict(data)

                            return tools_type_0_item_type_0_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0_type_15 = ApplyPatchTool.from_dict(data)

                            return tools_type_0_item_type_0_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_1 = ResponseFunctionToolCall.from_dict(data)

                            return tools_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_type_0_item_type_2 = ResponsesAPIResponseToolsType0ItemType2.from_dict(data)

                        return tools_type_0_item_type_2

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
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
                    | ResponseFunctionToolCall
                    | ResponsesAPIResponseToolsType0ItemType2
                    | ToolSearchTool
                    | WebSearchPreviewTool
                    | WebSearchTool
                ]
                | None
                | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_truncation(data: object) -> None | ResponsesAPIResponseTruncationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_type_0 = ResponsesAPIResponseTruncationType0(data)

                return truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIResponseTruncationType0 | Unset, data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        def _parse_usage(data: object) -> None | ResponseAPIUsage | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = ResponseAPIUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseAPIUsage | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        responses_api_response = cls(
            created_at=created_at,
            id=id,
            output=output,
            error=error,
            incomplete_details=incomplete_details,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            metadata=metadata,
            model=model,
            object_=object_,
            parallel_tool_calls=parallel_tool_calls,
            previous_response_id=previous_response_id,
            reasoning=reasoning,
            status=status,
            store=store,
            temperature=temperature,
            text=text,
            tool_choice=tool_choice,
            tools=tools,
            top_p=top_p,
            truncation=truncation,
            usage=usage,
            user=user,
        )

        responses_api_response.additional_properties = d
        return responses_api_response

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
