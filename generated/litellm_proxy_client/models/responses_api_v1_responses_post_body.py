from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_v1_responses_post_body_include_type_0_item import (
    ResponsesApiV1ResponsesPostBodyIncludeType0Item,
)
from ..models.responses_api_v1_responses_post_body_tool_choice_type_0 import (
    ResponsesApiV1ResponsesPostBodyToolChoiceType0,
)
from ..models.responses_api_v1_responses_post_body_truncation_type_0 import (
    ResponsesApiV1ResponsesPostBodyTruncationType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call import ApplyPatchCall
    from ..models.apply_patch_call_output import ApplyPatchCallOutput
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter import CodeInterpreter
    from ..models.compaction_trigger import CompactionTrigger
    from ..models.computer_call_output import ComputerCallOutput
    from ..models.computer_use_preview_tool_param import ComputerUsePreviewToolParam
    from ..models.context_management_entry import ContextManagementEntry
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message_param import EasyInputMessageParam
    from ..models.file_search_tool_param import FileSearchToolParam
    from ..models.function_call_output import FunctionCallOutput
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool_param import FunctionToolParam
    from ..models.image_generation import ImageGeneration
    from ..models.item_reference import ItemReference
    from ..models.litellm_types_llms_openai_computer_tool_param import LitellmTypesLlmsOpenaiComputerToolParam
    from ..models.local_shell import LocalShell
    from ..models.local_shell_call import LocalShellCall
    from ..models.local_shell_call_output import LocalShellCallOutput
    from ..models.mcp import Mcp
    from ..models.mcp_approval_request import McpApprovalRequest
    from ..models.mcp_call import McpCall
    from ..models.mcp_list_tools import McpListTools
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.open_ai_tool_search_tool_param import OpenAIToolSearchToolParam
    from ..models.openai_types_responses_computer_tool_param_computer_tool_param import (
        OpenaiTypesResponsesComputerToolParamComputerToolParam,
    )
    from ..models.openai_types_shared_params_reasoning_reasoning import OpenaiTypesSharedParamsReasoningReasoning
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.programmatic_tool_calling import ProgrammaticToolCalling
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.prompt_object import PromptObject
    from ..models.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
    from ..models.response_compaction_item_param_param import ResponseCompactionItemParamParam
    from ..models.response_computer_tool_call_param import ResponseComputerToolCallParam
    from ..models.response_configuration_update_item_param_param import ResponseConfigurationUpdateItemParamParam
    from ..models.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
    from ..models.response_custom_tool_call_param import ResponseCustomToolCallParam
    from ..models.response_file_search_tool_call_param import ResponseFileSearchToolCallParam
    from ..models.response_function_tool_call_param import ResponseFunctionToolCallParam
    from ..models.response_function_web_search_param import ResponseFunctionWebSearchParam
    from ..models.response_output_message_param import ResponseOutputMessageParam
    from ..models.response_reasoning_item_param import ResponseReasoningItemParam
    from ..models.response_text_config_param import ResponseTextConfigParam
    from ..models.response_tool_search_output_item_param_param import ResponseToolSearchOutputItemParamParam
    from ..models.responses_api_moderation import ResponsesAPIModeration
    from ..models.responses_api_request_params_additional_tools import ResponsesAPIRequestParamsAdditionalTools
    from ..models.responses_api_request_params_image_generation_call import ResponsesAPIRequestParamsImageGenerationCall
    from ..models.responses_api_request_params_mcp_approval_response import ResponsesAPIRequestParamsMcpApprovalResponse
    from ..models.responses_api_request_params_message import ResponsesAPIRequestParamsMessage
    from ..models.responses_api_stream_options import ResponsesAPIStreamOptions
    from ..models.responses_api_v1_responses_post_body_metadata_type_0 import (
        ResponsesApiV1ResponsesPostBodyMetadataType0,
    )
    from ..models.shell_call import ShellCall
    from ..models.shell_call_output import ShellCallOutput
    from ..models.shell_tool_param import ShellToolParam
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
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool_param import WebSearchPreviewToolParam
    from ..models.web_search_tool_param import WebSearchToolParam


T = TypeVar("T", bound="ResponsesApiV1ResponsesPostBody")


@_attrs_define
class ResponsesApiV1ResponsesPostBody:
    """
    Attributes:
        input_ (list[ApplyPatchCall | ApplyPatchCallOutput | CompactionTrigger | ComputerCallOutput |
            EasyInputMessageParam | FunctionCallOutput | ItemReference | LocalShellCall | LocalShellCallOutput |
            McpApprovalRequest | McpCall | McpListTools | Program | ProgramOutput | ResponseCodeInterpreterToolCallParam |
            ResponseCompactionItemParamParam | ResponseComputerToolCallParam | ResponseConfigurationUpdateItemParamParam |
            ResponseCustomToolCallOutputParam | ResponseCustomToolCallParam | ResponseFileSearchToolCallParam |
            ResponseFunctionToolCallParam | ResponseFunctionWebSearchParam | ResponseOutputMessageParam |
            ResponseReasoningItemParam | ResponsesAPIRequestParamsAdditionalTools |
            ResponsesAPIRequestParamsImageGenerationCall | ResponsesAPIRequestParamsMcpApprovalResponse |
            ResponsesAPIRequestParamsMessage | ResponseToolSearchOutputItemParamParam | ShellCall | ShellCallOutput |
            ToolSearchCall] | str):
        model (str):
        background (bool | None | Unset):
        context_management (list[ContextManagementEntry] | None | Unset):
        include (list[ResponsesApiV1ResponsesPostBodyIncludeType0Item] | None | Unset):
        instructions (None | str | Unset):
        max_output_tokens (int | None | Unset):
        max_tool_calls (int | None | Unset):
        metadata (None | ResponsesApiV1ResponsesPostBodyMetadataType0 | Unset):
        moderation (None | ResponsesAPIModeration | Unset):
        parallel_tool_calls (bool | None | Unset):
        partial_images (int | None | Unset):
        previous_response_id (None | str | Unset):
        prompt (None | PromptObject | Unset):
        prompt_cache_key (None | str | Unset):
        prompt_cache_options (None | PromptCacheOptions | Unset):
        prompt_cache_retention (None | str | Unset):
        reasoning (None | OpenaiTypesSharedParamsReasoningReasoning | Unset):
        safety_identifier (None | str | Unset):
        service_tier (None | str | Unset):
        store (bool | None | Unset):
        stream (bool | None | Unset):
        stream_options (None | ResponsesAPIStreamOptions | Unset):
        temperature (float | None | Unset):
        text (None | ResponseTextConfigParam | Unset):
        tool_choice (None | ResponsesApiV1ResponsesPostBodyToolChoiceType0 | ToolChoiceAllowedParam |
            ToolChoiceApplyPatchParam | ToolChoiceCustomParam | ToolChoiceFunctionParam | ToolChoiceMcpParam |
            ToolChoiceShellParam | ToolChoiceSpecificProgrammaticToolCallingParam | ToolChoiceTypesParam | Unset):
        tools (list[ApplyPatchToolParam | CodeInterpreter | ComputerUsePreviewToolParam | CustomToolParam |
            FileSearchToolParam | FunctionShellToolParam | FunctionToolParam | ImageGeneration |
            LitellmTypesLlmsOpenaiComputerToolParam | LocalShell | Mcp | NamespaceToolParam | OpenAIToolSearchToolParam |
            OpenaiTypesResponsesComputerToolParamComputerToolParam | ProgrammaticToolCalling | ShellToolParam |
            ToolSearchToolParam | WebSearchPreviewToolParam | WebSearchToolParam] | None | Unset):
        top_logprobs (int | None | Unset):
        top_p (float | None | Unset):
        truncation (None | ResponsesApiV1ResponsesPostBodyTruncationType0 | Unset):
        user (None | str | Unset):
    """

    input_: (
        list[
            ApplyPatchCall
            | ApplyPatchCallOutput
            | CompactionTrigger
            | ComputerCallOutput
            | EasyInputMessageParam
            | FunctionCallOutput
            | ItemReference
            | LocalShellCall
            | LocalShellCallOutput
            | McpApprovalRequest
            | McpCall
            | McpListTools
            | Program
            | ProgramOutput
            | ResponseCodeInterpreterToolCallParam
            | ResponseCompactionItemParamParam
            | ResponseComputerToolCallParam
            | ResponseConfigurationUpdateItemParamParam
            | ResponseCustomToolCallOutputParam
            | ResponseCustomToolCallParam
            | ResponseFileSearchToolCallParam
            | ResponseFunctionToolCallParam
            | ResponseFunctionWebSearchParam
            | ResponseOutputMessageParam
            | ResponseReasoningItemParam
            | ResponsesAPIRequestParamsAdditionalTools
            | ResponsesAPIRequestParamsImageGenerationCall
            | ResponsesAPIRequestParamsMcpApprovalResponse
            | ResponsesAPIRequestParamsMessage
            | ResponseToolSearchOutputItemParamParam
            | ShellCall
            | ShellCallOutput
            | ToolSearchCall
        ]
        | str
    )
    model: str
    background: bool | None | Unset = UNSET
    context_management: list[ContextManagementEntry] | None | Unset = UNSET
    include: list[ResponsesApiV1ResponsesPostBodyIncludeType0Item] | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    max_tool_calls: int | None | Unset = UNSET
    metadata: None | ResponsesApiV1ResponsesPostBodyMetadataType0 | Unset = UNSET
    moderation: None | ResponsesAPIModeration | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    partial_images: int | None | Unset = UNSET
    previous_response_id: None | str | Unset = UNSET
    prompt: None | PromptObject | Unset = UNSET
    prompt_cache_key: None | str | Unset = UNSET
    prompt_cache_options: None | PromptCacheOptions | Unset = UNSET
    prompt_cache_retention: None | str | Unset = UNSET
    reasoning: None | OpenaiTypesSharedParamsReasoningReasoning | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    service_tier: None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    stream: bool | None | Unset = UNSET
    stream_options: None | ResponsesAPIStreamOptions | Unset = UNSET
    temperature: float | None | Unset = UNSET
    text: None | ResponseTextConfigParam | Unset = UNSET
    tool_choice: (
        None
        | ResponsesApiV1ResponsesPostBodyToolChoiceType0
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
            ApplyPatchToolParam
            | CodeInterpreter
            | ComputerUsePreviewToolParam
            | CustomToolParam
            | FileSearchToolParam
            | FunctionShellToolParam
            | FunctionToolParam
            | ImageGeneration
            | LitellmTypesLlmsOpenaiComputerToolParam
            | LocalShell
            | Mcp
            | NamespaceToolParam
            | OpenAIToolSearchToolParam
            | OpenaiTypesResponsesComputerToolParamComputerToolParam
            | ProgrammaticToolCalling
            | ShellToolParam
            | ToolSearchToolParam
            | WebSearchPreviewToolParam
            | WebSearchToolParam
        ]
        | None
        | Unset
    ) = UNSET
    top_logprobs: int | None | Unset = UNSET
    top_p: float | None | Unset = UNSET
    truncation: None | ResponsesApiV1ResponsesPostBodyTruncationType0 | Unset = UNSET
    user: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.apply_patch_call import ApplyPatchCall  # noqa: PLC0415
        from ..models.apply_patch_call_output import ApplyPatchCallOutput  # noqa: PLC0415
        from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: PLC0415
        from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
        from ..models.compaction_trigger import CompactionTrigger  # noqa: PLC0415
        from ..models.computer_call_output import ComputerCallOutput  # noqa: PLC0415
        from ..models.computer_use_preview_tool_param import ComputerUsePreviewToolParam  # noqa: PLC0415
        from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
        from ..models.easy_input_message_param import EasyInputMessageParam  # noqa: PLC0415
        from ..models.file_search_tool_param import FileSearchToolParam  # noqa: PLC0415
        from ..models.function_call_output import FunctionCallOutput  # noqa: PLC0415
        from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
        from ..models.function_tool_param import FunctionToolParam  # noqa: PLC0415
        from ..models.image_generation import ImageGeneration  # noqa: PLC0415
        from ..models.item_reference import ItemReference  # noqa: PLC0415
        from ..models.litellm_types_llms_openai_computer_tool_param import LitellmTypesLlmsOpenaiComputerToolParam  # noqa: PLC0415
        from ..models.local_shell import LocalShell  # noqa: PLC0415
        from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
        from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
        from ..models.mcp import Mcp  # noqa: PLC0415
        from ..models.mcp_approval_request import McpApprovalRequest  # noqa: PLC0415
        from ..models.mcp_call import McpCall  # noqa: PLC0415
        from ..models.mcp_list_tools import McpListTools  # noqa: PLC0415
        from ..models.namespace_tool_param import NamespaceToolParam  # noqa: PLC0415
        from ..models.openai_types_responses_computer_tool_param_computer_tool_param import (
            OpenaiTypesResponsesComputerToolParamComputerToolParam,  # noqa: PLC0415
        )
        from ..models.openai_types_shared_params_reasoning_reasoning import OpenaiTypesSharedParamsReasoningReasoning  # noqa: PLC0415
        from ..models.program import Program  # noqa: PLC0415
        from ..models.programmatic_tool_calling import ProgrammaticToolCalling  # noqa: PLC0415
        from ..models.prompt_cache_options import PromptCacheOptions  # noqa: PLC0415
        from ..models.prompt_object import PromptObject  # noqa: PLC0415
        from ..models.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam  # noqa: PLC0415
        from ..models.response_compaction_item_param_param import ResponseCompactionItemParamParam  # noqa: PLC0415
        from ..models.response_computer_tool_call_param import ResponseComputerToolCallParam  # noqa: PLC0415
        from ..models.response_configuration_update_item_param_param import ResponseConfigurationUpdateItemParamParam  # noqa: PLC0415
        from ..models.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam  # noqa: PLC0415
        from ..models.response_custom_tool_call_param import ResponseCustomToolCallParam  # noqa: PLC0415
        from ..models.response_file_search_tool_call_param import ResponseFileSearchToolCallParam  # noqa: PLC0415
        from ..models.response_function_tool_call_param import ResponseFunctionToolCallParam  # noqa: PLC0415
        from ..models.response_function_web_search_param import ResponseFunctionWebSearchParam  # noqa: PLC0415
        from ..models.response_output_message_param import ResponseOutputMessageParam  # noqa: PLC0415
        from ..models.response_reasoning_item_param import ResponseReasoningItemParam  # noqa: PLC0415
        from ..models.response_text_config_param import ResponseTextConfigParam  # noqa: PLC0415
        from ..models.response_tool_search_output_item_param_param import ResponseToolSearchOutputItemParamParam  # noqa: PLC0415
        from ..models.responses_api_moderation import ResponsesAPIModeration  # noqa: PLC0415
        from ..models.responses_api_request_params_additional_tools import ResponsesAPIRequestParamsAdditionalTools  # noqa: PLC0415
        from ..models.responses_api_request_params_image_generation_call import (
            ResponsesAPIRequestParamsImageGenerationCall,  # noqa: PLC0415
        )
        from ..models.responses_api_request_params_mcp_approval_response import (
            ResponsesAPIRequestParamsMcpApprovalResponse,  # noqa: PLC0415
        )
        from ..models.responses_api_request_params_message import ResponsesAPIRequestParamsMessage  # noqa: PLC0415
        from ..models.responses_api_stream_options import ResponsesAPIStreamOptions  # noqa: PLC0415
        from ..models.responses_api_v1_responses_post_body_metadata_type_0 import (
            ResponsesApiV1ResponsesPostBodyMetadataType0,  # noqa: PLC0415
        )
        from ..models.shell_call import ShellCall  # noqa: PLC0415
        from ..models.shell_call_output import ShellCallOutput  # noqa: PLC0415
        from ..models.shell_tool_param import ShellToolParam  # noqa: PLC0415
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
        from ..models.tool_search_call import ToolSearchCall  # noqa: PLC0415
        from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
        from ..models.web_search_preview_tool_param import WebSearchPreviewToolParam  # noqa: PLC0415
        from ..models.web_search_tool_param import WebSearchToolParam  # noqa: PLC0415

        input_: list[dict[str, Any]] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item: dict[str, Any]
                if isinstance(input_type_1_item_data, EasyInputMessageParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponsesAPIRequestParamsMessage):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseOutputMessageParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseFileSearchToolCallParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseComputerToolCallParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ComputerCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseFunctionWebSearchParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseFunctionToolCallParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, FunctionCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ToolSearchCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseToolSearchOutputItemParamParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponsesAPIRequestParamsAdditionalTools):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseConfigurationUpdateItemParamParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseReasoningItemParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseCompactionItemParamParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponsesAPIRequestParamsImageGenerationCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseCodeInterpreterToolCallParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, LocalShellCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, LocalShellCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ShellCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ShellCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ApplyPatchCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ApplyPatchCallOutput):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, McpListTools):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, McpApprovalRequest):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponsesAPIRequestParamsMcpApprovalResponse):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, McpCall):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseCustomToolCallOutputParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ResponseCustomToolCallParam):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, CompactionTrigger):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, ItemReference):
                    input_type_1_item = input_type_1_item_data.to_dict()
                elif isinstance(input_type_1_item_data, Program):
                    input_type_1_item = input_type_1_item_data.to_dict()
                else:
                    input_type_1_item = input_type_1_item_data.to_dict()

                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        model = self.model

        background: bool | None | Unset
        if isinstance(self.background, Unset):
            background = UNSET
        else:
            background = self.background

        context_management: list[dict[str, Any]] | None | Unset
        if isinstance(self.context_management, Unset):
            context_management = UNSET
        elif isinstance(self.context_management, list):
            context_management = []
            for context_management_type_0_item_data in self.context_management:
                context_management_type_0_item = context_management_type_0_item_data.to_dict()
                context_management.append(context_management_type_0_item)

        else:
            context_management = self.context_management

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item = include_type_0_item_data.value
                include.append(include_type_0_item)

        else:
            include = self.include

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

        max_tool_calls: int | None | Unset
        if isinstance(self.max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = self.max_tool_calls

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ResponsesApiV1ResponsesPostBodyMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        moderation: dict[str, Any] | None | Unset
        if isinstance(self.moderation, Unset):
            moderation = UNSET
        elif isinstance(self.moderation, ResponsesAPIModeration):
            moderation = self.moderation.to_dict()
        else:
            moderation = self.moderation

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        partial_images: int | None | Unset
        if isinstance(self.partial_images, Unset):
            partial_images = UNSET
        else:
            partial_images = self.partial_images

        previous_response_id: None | str | Unset
        if isinstance(self.previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = self.previous_response_id

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptObject):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        prompt_cache_options: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        elif isinstance(self.prompt_cache_options, PromptCacheOptions):
            prompt_cache_options = self.prompt_cache_options.to_dict()
        else:
            prompt_cache_options = self.prompt_cache_options

        prompt_cache_retention: None | str | Unset
        if isinstance(self.prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = self.prompt_cache_retention

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, OpenaiTypesSharedParamsReasoningReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        stream_options: dict[str, Any] | None | Unset
        if isinstance(self.stream_options, Unset):
            stream_options = UNSET
        elif isinstance(self.stream_options, ResponsesAPIStreamOptions):
            stream_options = self.stream_options.to_dict()
        else:
            stream_options = self.stream_options

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
        else:
            text = self.text

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ResponsesApiV1ResponsesPostBodyToolChoiceType0):
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
                if isinstance(tools_type_0_item_data, FunctionToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, FileSearchToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, OpenaiTypesResponsesComputerToolParamComputerToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ComputerUsePreviewToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchToolParam):
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
                elif isinstance(tools_type_0_item_data, FunctionShellToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, CustomToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, NamespaceToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ToolSearchToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, WebSearchPreviewToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ApplyPatchToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LitellmTypesLlmsOpenaiComputerToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, ShellToolParam):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        top_logprobs: int | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = self.top_logprobs

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        truncation: None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, ResponsesApiV1ResponsesPostBodyTruncationType0):
            truncation = self.truncation.value
        else:
            truncation = self.truncation

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
            }
        )
        if background is not UNSET:
            field_dict["background"] = background
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if include is not UNSET:
            field_dict["include"] = include
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if partial_images is not UNSET:
            field_dict["partial_images"] = partial_images
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if store is not UNSET:
            field_dict["store"] = store
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if text is not UNSET:
            field_dict["text"] = text
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_patch_call import ApplyPatchCall  # noqa: PLC0415
        from ..models.apply_patch_call_output import ApplyPatchCallOutput  # noqa: PLC0415
        from ..models.apply_patch_tool_param import ApplyPatchToolParam  # noqa: PLC0415
        from ..models.code_interpreter import CodeInterpreter  # noqa: PLC0415
        from ..models.compaction_trigger import CompactionTrigger  # noqa: PLC0415
        from ..models.computer_call_output import ComputerCallOutput  # noqa: PLC0415
        from ..models.computer_use_preview_tool_param import ComputerUsePreviewToolParam  # noqa: PLC0415
        from ..models.context_management_entry import ContextManagementEntry  # noqa: PLC0415
        from ..models.custom_tool_param import CustomToolParam  # noqa: PLC0415
        from ..models.easy_input_message_param import EasyInputMessageParam  # noqa: PLC0415
        from ..models.file_search_tool_param import FileSearchToolParam  # noqa: PLC0415
        from ..models.function_call_output import FunctionCallOutput  # noqa: PLC0415
        from ..models.function_shell_tool_param import FunctionShellToolParam  # noqa: PLC0415
        from ..models.function_tool_param import FunctionToolParam  # noqa: PLC0415
        from ..models.image_generation import ImageGeneration  # noqa: PLC0415
        from ..models.item_reference import ItemReference  # noqa: PLC0415
        from ..models.litellm_types_llms_openai_computer_tool_param import LitellmTypesLlmsOpenaiComputerToolParam  # noqa: PLC0415
        from ..models.local_shell import LocalShell  # noqa: PLC0415
        from ..models.local_shell_call import LocalShellCall  # noqa: PLC0415
        from ..models.local_shell_call_output import LocalShellCallOutput  # noqa: PLC0415
        from ..models.mcp import Mcp  # noqa: PLC0415
        from ..models.mcp_approval_request import McpApprovalRequest  # noqa: PLC0415
        from ..models.mcp_call import McpCall  # noqa: PLC0415
        from ..models.mcp_list_tools import McpListTools  # noqa: PLC0415
        from ..models.namespace_tool_param import NamespaceToolParam  # noqa: PLC0415
        from ..models.open_ai_tool_search_tool_param import OpenAIToolSearchToolParam  # noqa: PLC0415
        from ..models.openai_types_responses_computer_tool_param_computer_tool_param import (
            OpenaiTypesResponsesComputerToolParamComputerToolParam,  # noqa: PLC0415
        )
        from ..models.openai_types_shared_params_reasoning_reasoning import OpenaiTypesSharedParamsReasoningReasoning  # noqa: PLC0415
        from ..models.program import Program  # noqa: PLC0415
        from ..models.program_output import ProgramOutput  # noqa: PLC0415
        from ..models.programmatic_tool_calling import ProgrammaticToolCalling  # noqa: PLC0415
        from ..models.prompt_cache_options import PromptCacheOptions  # noqa: PLC0415
        from ..models.prompt_object import PromptObject  # noqa: PLC0415
        from ..models.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam  # noqa: PLC0415
        from ..models.response_compaction_item_param_param import ResponseCompactionItemParamParam  # noqa: PLC0415
        from ..models.response_computer_tool_call_param import ResponseComputerToolCallParam  # noqa: PLC0415
        from ..models.response_configuration_update_item_param_param import ResponseConfigurationUpdateItemParamParam  # noqa: PLC0415
        from ..models.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam  # noqa: PLC0415
        from ..models.response_custom_tool_call_param import ResponseCustomToolCallParam  # noqa: PLC0415
        from ..models.response_file_search_tool_call_param import ResponseFileSearchToolCallParam  # noqa: PLC0415
        from ..models.response_function_tool_call_param import ResponseFunctionToolCallParam  # noqa: PLC0415
        from ..models.response_function_web_search_param import ResponseFunctionWebSearchParam  # noqa: PLC0415
        from ..models.response_output_message_param import ResponseOutputMessageParam  # noqa: PLC0415
        from ..models.response_reasoning_item_param import ResponseReasoningItemParam  # noqa: PLC0415
        from ..models.response_text_config_param import ResponseTextConfigParam  # noqa: PLC0415
        from ..models.response_tool_search_output_item_param_param import ResponseToolSearchOutputItemParamParam  # noqa: PLC0415
        from ..models.responses_api_moderation import ResponsesAPIModeration  # noqa: PLC0415
        from ..models.responses_api_request_params_additional_tools import ResponsesAPIRequestParamsAdditionalTools  # noqa: PLC0415
        from ..models.responses_api_request_params_image_generation_call import (
            ResponsesAPIRequestParamsImageGenerationCall,  # noqa: PLC0415
        )
        from ..models.responses_api_request_params_mcp_approval_response import (
            ResponsesAPIRequestParamsMcpApprovalResponse,  # noqa: PLC0415
        )
        from ..models.responses_api_request_params_message import ResponsesAPIRequestParamsMessage  # noqa: PLC0415
        from ..models.responses_api_stream_options import ResponsesAPIStreamOptions  # noqa: PLC0415
        from ..models.responses_api_v1_responses_post_body_metadata_type_0 import (
            ResponsesApiV1ResponsesPostBodyMetadataType0,  # noqa: PLC0415
        )
        from ..models.shell_call import ShellCall  # noqa: PLC0415
        from ..models.shell_call_output import ShellCallOutput  # noqa: PLC0415
        from ..models.shell_tool_param import ShellToolParam  # noqa: PLC0415
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
        from ..models.tool_search_call import ToolSearchCall  # noqa: PLC0415
        from ..models.tool_search_tool_param import ToolSearchToolParam  # noqa: PLC0415
        from ..models.web_search_preview_tool_param import WebSearchPreviewToolParam  # noqa: PLC0415
        from ..models.web_search_tool_param import WebSearchToolParam  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_input_(
            data: object,
        ) -> (
            list[
                ApplyPatchCall
                | ApplyPatchCallOutput
                | CompactionTrigger
                | ComputerCallOutput
                | EasyInputMessageParam
                | FunctionCallOutput
                | ItemReference
                | LocalShellCall
                | LocalShellCallOutput
                | McpApprovalRequest
                | McpCall
                | McpListTools
                | Program
                | ProgramOutput
                | ResponseCodeInterpreterToolCallParam
                | ResponseCompactionItemParamParam
                | ResponseComputerToolCallParam
                | ResponseConfigurationUpdateItemParamParam
                | ResponseCustomToolCallOutputParam
                | ResponseCustomToolCallParam
                | ResponseFileSearchToolCallParam
                | ResponseFunctionToolCallParam
                | ResponseFunctionWebSearchParam
                | ResponseOutputMessageParam
                | ResponseReasoningItemParam
                | ResponsesAPIRequestParamsAdditionalTools
                | ResponsesAPIRequestParamsImageGenerationCall
                | ResponsesAPIRequestParamsMcpApprovalResponse
                | ResponsesAPIRequestParamsMessage
                | ResponseToolSearchOutputItemParamParam
                | ShellCall
                | ShellCallOutput
                | ToolSearchCall
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:

                    def _parse_input_type_1_item(
                        data: object,
                    ) -> (
                        ApplyPatchCall
                        | ApplyPatchCallOutput
                        | CompactionTrigger
                        | ComputerCallOutput
                        | EasyInputMessageParam
                        | FunctionCallOutput
                        | ItemReference
                        | LocalShellCall
                        | LocalShellCallOutput
                        | McpApprovalRequest
                        | McpCall
                        | McpListTools
                        | Program
                        | ProgramOutput
                        | ResponseCodeInterpreterToolCallParam
                        | ResponseCompactionItemParamParam
                        | ResponseComputerToolCallParam
                        | ResponseConfigurationUpdateItemParamParam
                        | ResponseCustomToolCallOutputParam
                        | ResponseCustomToolCallParam
                        | ResponseFileSearchToolCallParam
                        | ResponseFunctionToolCallParam
                        | ResponseFunctionWebSearchParam
                        | ResponseOutputMessageParam
                        | ResponseReasoningItemParam
                        | ResponsesAPIRequestParamsAdditionalTools
                        | ResponsesAPIRequestParamsImageGenerationCall
                        | ResponsesAPIRequestParamsMcpApprovalResponse
                        | ResponsesAPIRequestParamsMessage
                        | ResponseToolSearchOutputItemParamParam
                        | ShellCall
                        | ShellCallOutput
                        | ToolSearchCall
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_0 = EasyInputMessageParam.from_dict(data)

                            return input_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_1 = ResponsesAPIRequestParamsMessage.from_dict(data)

                            return input_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_2 = ResponseOutputMessageParam.from_dict(data)

                            return input_type_1_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_3 = ResponseFileSearchToolCallParam.from_dict(data)

                            return input_type_1_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_4 = ResponseComputerToolCallParam.from_dict(data)

                            return input_type_1_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_5 = ComputerCallOutput.from_dict(data)

                            return input_type_1_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_6 = ResponseFunctionWebSearchParam.from_dict(data)

                            return input_type_1_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_7 = ResponseFunctionToolCallParam.from_dict(data)

                            return input_type_1_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_8 = FunctionCallOutput.from_dict(data)

                            return input_type_1_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_9 = ToolSearchCall.from_dict(data)

                            return input_type_1_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_10 = ResponseToolSearchOutputItemParamParam.from_dict(data)

                            return input_type_1_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_11 = ResponsesAPIRequestParamsAdditionalTools.from_dict(data)

                            return input_type_1_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_12 = ResponseConfigurationUpdateItemParamParam.from_dict(data)

                            return input_type_1_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_13 = ResponseReasoningItemParam.from_dict(data)

                            return input_type_1_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_14 = ResponseCompactionItemParamParam.from_dict(data)

                            return input_type_1_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_15 = ResponsesAPIRequestParamsImageGenerationCall.from_dict(data)

                            return input_type_1_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_16 = ResponseCodeInterpreterToolCallParam.from_dict(data)

                            return input_type_1_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_17 = LocalShellCall.from_dict(data)

                            return input_type_1_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_18 = LocalShellCallOutput.from_dict(data)

                            return input_type_1_item_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_19 = ShellCall.from_dict(data)

                            return input_type_1_item_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_20 = ShellCallOutput.from_dict(data)

                            return input_type_1_item_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_21 = ApplyPatchCall.from_dict(data)

                            return input_type_1_item_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_22 = ApplyPatchCallOutput.from_dict(data)

                            return input_type_1_item_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_23 = McpListTools.from_dict(data)

                            return input_type_1_item_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_24 = McpApprovalRequest.from_dict(data)

                            return input_type_1_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_25 = ResponsesAPIRequestParamsMcpApprovalResponse.from_dict(data)

                            return input_type_1_item_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_26 = McpCall.from_dict(data)

                            return input_type_1_item_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_27 = ResponseCustomToolCallOutputParam.from_dict(data)

                            return input_type_1_item_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_28 = ResponseCustomToolCallParam.from_dict(data)

                            return input_type_1_item_type_28
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_29 = CompactionTrigger.from_dict(data)

                            return input_type_1_item_type_29
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_30 = ItemReference.from_dict(data)

                            return input_type_1_item_type_30
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            input_type_1_item_type_31 = Program.from_dict(data)

                            return input_type_1_item_type_31
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        input_type_1_item_type_32 = ProgramOutput.from_dict(data)

                        return input_type_1_item_type_32

                    input_type_1_item = _parse_input_type_1_item(input_type_1_item_data)

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ApplyPatchCall
                    | ApplyPatchCallOutput
                    | CompactionTrigger
                    | ComputerCallOutput
                    | EasyInputMessageParam
                    | FunctionCallOutput
                    | ItemReference
                    | LocalShellCall
                    | LocalShellCallOutput
                    | McpApprovalRequest
                    | McpCall
                    | McpListTools
                    | Program
                    | ProgramOutput
                    | ResponseCodeInterpreterToolCallParam
                    | ResponseCompactionItemParamParam
                    | ResponseComputerToolCallParam
                    | ResponseConfigurationUpdateItemParamParam
                    | ResponseCustomToolCallOutputParam
                    | ResponseCustomToolCallParam
                    | ResponseFileSearchToolCallParam
                    | ResponseFunctionToolCallParam
                    | ResponseFunctionWebSearchParam
                    | ResponseOutputMessageParam
                    | ResponseReasoningItemParam
                    | ResponsesAPIRequestParamsAdditionalTools
                    | ResponsesAPIRequestParamsImageGenerationCall
                    | ResponsesAPIRequestParamsMcpApprovalResponse
                    | ResponsesAPIRequestParamsMessage
                    | ResponseToolSearchOutputItemParamParam
                    | ShellCall
                    | ShellCallOutput
                    | ToolSearchCall
                ]
                | str,
                data,
            )

        input_ = _parse_input_(d.pop("input"))

        model = d.pop("model")

        def _parse_background(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        background = _parse_background(d.pop("background", UNSET))

        def _parse_context_management(data: object) -> list[ContextManagementEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                context_management_type_0 = []
                _context_management_type_0 = data
                for context_management_type_0_item_data in _context_management_type_0:
                    context_management_type_0_item = ContextManagementEntry.from_dict(
                        context_management_type_0_item_data
                    )

                    context_management_type_0.append(context_management_type_0_item)

                return context_management_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContextManagementEntry] | None | Unset, data)

        context_management = _parse_context_management(d.pop("context_management", UNSET))

        def _parse_include(data: object) -> list[ResponsesApiV1ResponsesPostBodyIncludeType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0 = []
                _include_type_0 = data
                for include_type_0_item_data in _include_type_0:
                    include_type_0_item = ResponsesApiV1ResponsesPostBodyIncludeType0Item(include_type_0_item_data)

                    include_type_0.append(include_type_0_item)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponsesApiV1ResponsesPostBodyIncludeType0Item] | None | Unset, data)

        include = _parse_include(d.pop("include", UNSET))

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

        def _parse_max_tool_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_tool_calls = _parse_max_tool_calls(d.pop("max_tool_calls", UNSET))

        def _parse_metadata(data: object) -> None | ResponsesApiV1ResponsesPostBodyMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ResponsesApiV1ResponsesPostBodyMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesApiV1ResponsesPostBodyMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_moderation(data: object) -> None | ResponsesAPIModeration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moderation_type_0 = ResponsesAPIModeration.from_dict(data)

                return moderation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIModeration | Unset, data)

        moderation = _parse_moderation(d.pop("moderation", UNSET))

        def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

        def _parse_partial_images(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partial_images = _parse_partial_images(d.pop("partial_images", UNSET))

        def _parse_previous_response_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_response_id = _parse_previous_response_id(d.pop("previous_response_id", UNSET))

        def _parse_prompt(data: object) -> None | PromptObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_type_0 = PromptObject.from_dict(data)

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptObject | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_prompt_cache_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_key = _parse_prompt_cache_key(d.pop("prompt_cache_key", UNSET))

        def _parse_prompt_cache_options(data: object) -> None | PromptCacheOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_cache_options_type_0 = PromptCacheOptions.from_dict(data)

                return prompt_cache_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptCacheOptions | Unset, data)

        prompt_cache_options = _parse_prompt_cache_options(d.pop("prompt_cache_options", UNSET))

        def _parse_prompt_cache_retention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_cache_retention = _parse_prompt_cache_retention(d.pop("prompt_cache_retention", UNSET))

        def _parse_reasoning(data: object) -> None | OpenaiTypesSharedParamsReasoningReasoning | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = OpenaiTypesSharedParamsReasoningReasoning.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTypesSharedParamsReasoningReasoning | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        def _parse_service_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        def _parse_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        store = _parse_store(d.pop("store", UNSET))

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_stream_options(data: object) -> None | ResponsesAPIStreamOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_options_type_0 = ResponsesAPIStreamOptions.from_dict(data)

                return stream_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesAPIStreamOptions | Unset, data)

        stream_options = _parse_stream_options(d.pop("stream_options", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_text(data: object) -> None | ResponseTextConfigParam | Unset:
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
            return cast(None | ResponseTextConfigParam | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> (
            None
            | ResponsesApiV1ResponsesPostBodyToolChoiceType0
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
                tool_choice_type_0 = ResponsesApiV1ResponsesPostBodyToolChoiceType0(data)

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
                | ResponsesApiV1ResponsesPostBodyToolChoiceType0
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
                ApplyPatchToolParam
                | CodeInterpreter
                | ComputerUsePreviewToolParam
                | CustomToolParam
                | FileSearchToolParam
                | FunctionShellToolParam
                | FunctionToolParam
                | ImageGeneration
                | LitellmTypesLlmsOpenaiComputerToolParam
                | LocalShell
                | Mcp
                | NamespaceToolParam
                | OpenAIToolSearchToolParam
                | OpenaiTypesResponsesComputerToolParamComputerToolParam
                | ProgrammaticToolCalling
                | ShellToolParam
                | ToolSearchToolParam
                | WebSearchPreviewToolParam
                | WebSearchToolParam
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
                        ApplyPatchToolParam
                        | CodeInterpreter
                        | ComputerUsePreviewToolParam
                        | CustomToolParam
                        | FileSearchToolParam
                        | FunctionShellToolParam
                        | FunctionToolParam
                        | ImageGeneration
                        | LitellmTypesLlmsOpenaiComputerToolParam
                        | LocalShell
                        | Mcp
                        | NamespaceToolParam
                        | OpenAIToolSearchToolParam
                        | OpenaiTypesResponsesComputerToolParamComputerToolParam
                        | ProgrammaticToolCalling
                        | ShellToolParam
                        | ToolSearchToolParam
                        | WebSearchPreviewToolParam
                        | WebSearchToolParam
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_0 = FunctionToolParam.from_dict(data)

                            return tools_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_1 = FileSearchToolParam.from_dict(data)

                            return tools_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_2 = OpenaiTypesResponsesComputerToolParamComputerToolParam.from_dict(
                                data
                            )

                            return tools_type_0_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_3 = ComputerUsePreviewToolParam.from_dict(data)

                            return tools_type_0_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_4 = WebSearchToolParam.from_dict(data)

                            return tools_type_0_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_5 = Mcp.from_dict(data)

                            return tools_type_0_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_6 = CodeInterpreter.from_dict(data)

                            return tools_type_0_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_7 = ProgrammaticToolCalling.from_dict(data)

                            return tools_type_0_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_8 = ImageGeneration.from_dict(data)

                            return tools_type_0_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_9 = LocalShell.from_dict(data)

                            return tools_type_0_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_10 = FunctionShellToolParam.from_dict(data)

                            return tools_type_0_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_11 = CustomToolParam.from_dict(data)

                            return tools_type_0_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_12 = NamespaceToolParam.from_dict(data)

                            return tools_type_0_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_13 = ToolSearchToolParam.from_dict(data)

                            return tools_type_0_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_14 = WebSearchPreviewToolParam.from_dict(data)

                            return tools_type_0_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_15 = ApplyPatchToolParam.from_dict(data)

                            return tools_type_0_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_16 = LitellmTypesLlmsOpenaiComputerToolParam.from_dict(data)

                            return tools_type_0_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tools_type_0_item_type_17 = ShellToolParam.from_dict(data)

                            return tools_type_0_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_type_0_item_type_18 = OpenAIToolSearchToolParam.from_dict(data)

                        return tools_type_0_item_type_18

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ApplyPatchToolParam
                    | CodeInterpreter
                    | ComputerUsePreviewToolParam
                    | CustomToolParam
                    | FileSearchToolParam
                    | FunctionShellToolParam
                    | FunctionToolParam
                    | ImageGeneration
                    | LitellmTypesLlmsOpenaiComputerToolParam
                    | LocalShell
                    | Mcp
                    | NamespaceToolParam
                    | OpenAIToolSearchToolParam
                    | OpenaiTypesResponsesComputerToolParamComputerToolParam
                    | ProgrammaticToolCalling
                    | ShellToolParam
                    | ToolSearchToolParam
                    | WebSearchPreviewToolParam
                    | WebSearchToolParam
                ]
                | None
                | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_top_logprobs(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_truncation(data: object) -> None | ResponsesApiV1ResponsesPostBodyTruncationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                truncation_type_0 = ResponsesApiV1ResponsesPostBodyTruncationType0(data)

                return truncation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponsesApiV1ResponsesPostBodyTruncationType0 | Unset, data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        responses_api_v1_responses_post_body = cls(
            input_=input_,
            model=model,
            background=background,
            context_management=context_management,
            include=include,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            max_tool_calls=max_tool_calls,
            metadata=metadata,
            moderation=moderation,
            parallel_tool_calls=parallel_tool_calls,
            partial_images=partial_images,
            previous_response_id=previous_response_id,
            prompt=prompt,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_options=prompt_cache_options,
            prompt_cache_retention=prompt_cache_retention,
            reasoning=reasoning,
            safety_identifier=safety_identifier,
            service_tier=service_tier,
            store=store,
            stream=stream,
            stream_options=stream_options,
            temperature=temperature,
            text=text,
            tool_choice=tool_choice,
            tools=tools,
            top_logprobs=top_logprobs,
            top_p=top_p,
            truncation=truncation,
            user=user,
        )

        responses_api_v1_responses_post_body.additional_properties = d
        return responses_api_v1_responses_post_body

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
