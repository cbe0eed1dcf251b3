"""Contains all the data models used in inputs/outputs (imported lazily on first attribute access)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .a2a_json_rpc_response import A2AJsonRpcResponse
    from .a2a_json_rpc_response_error_type_0 import A2AJsonRpcResponseErrorType0
    from .access_control_ui_access_mode import AccessControlUIAccessMode
    from .access_group_budget import AccessGroupBudget
    from .access_group_budget_request import AccessGroupBudgetRequest
    from .access_group_budget_response import AccessGroupBudgetResponse
    from .access_group_create_request import AccessGroupCreateRequest
    from .access_group_create_request_mcp_tool_permissions_type_0 import AccessGroupCreateRequestMcpToolPermissionsType0
    from .access_group_info import AccessGroupInfo
    from .access_group_resource import AccessGroupResource
    from .access_group_response import AccessGroupResponse
    from .access_group_response_mcp_tool_permissions_type_0 import AccessGroupResponseMcpToolPermissionsType0
    from .access_group_update_request import AccessGroupUpdateRequest
    from .access_group_update_request_mcp_tool_permissions_type_0 import AccessGroupUpdateRequestMcpToolPermissionsType0
    from .acknowledged_safety_check import AcknowledgedSafetyCheck
    from .action import Action
    from .action_click import ActionClick
    from .action_click_button import ActionClickButton
    from .action_double_click import ActionDoubleClick
    from .action_drag import ActionDrag
    from .action_drag_path import ActionDragPath
    from .action_find import ActionFind
    from .action_keypress import ActionKeypress
    from .action_move import ActionMove
    from .action_open_page import ActionOpenPage
    from .action_screenshot import ActionScreenshot
    from .action_scroll import ActionScroll
    from .action_search import ActionSearch
    from .action_search_source import ActionSearchSource
    from .action_type import ActionType
    from .action_wait import ActionWait
    from .active_users_analytics_response import ActiveUsersAnalyticsResponse
    from .adaptive_router_weights import AdaptiveRouterWeights
    from .add_team_callback import AddTeamCallback
    from .add_team_callback_callback_type_type_0 import AddTeamCallbackCallbackTypeType0
    from .add_team_callback_callback_vars import AddTeamCallbackCallbackVars
    from .additional_tools import AdditionalTools
    from .additional_tools_role import AdditionalToolsRole
    from .admin_ignore import AdminIgnore
    from .admin_mcp_permissions import AdminMCPPermissions
    from .agent_capabilities import AgentCapabilities
    from .agent_card import AgentCard
    from .agent_card_security_schemes_type_0 import AgentCardSecuritySchemesType0
    from .agent_card_security_type_0_item import AgentCardSecurityType0Item
    from .agent_card_signature import AgentCardSignature
    from .agent_card_signature_header_type_0 import AgentCardSignatureHeaderType0
    from .agent_config import AgentConfig
    from .agent_config_execution_mode import AgentConfigExecutionMode
    from .agent_config_litellm_params import AgentConfigLitellmParams
    from .agent_config_static_headers_type_0 import AgentConfigStaticHeadersType0
    from .agent_create_info import AgentCreateInfo
    from .agent_create_info_litellm_params_template_type_0 import AgentCreateInfoLitellmParamsTemplateType0
    from .agent_credential_field import AgentCredentialField
    from .agent_credential_field_field_type import AgentCredentialFieldFieldType
    from .agent_extension import AgentExtension
    from .agent_extension_params_type_0 import AgentExtensionParamsType0
    from .agent_identity_binding import AgentIdentityBinding
    from .agent_interface import AgentInterface
    from .agent_key_summary import AgentKeySummary
    from .agent_kill_switch_api_key_auth import AgentKillSwitchApiKeyAuth
    from .agent_kill_switch_basic_auth import AgentKillSwitchBasicAuth
    from .agent_kill_switch_bearer_auth import AgentKillSwitchBearerAuth
    from .agent_kill_switch_config import AgentKillSwitchConfig
    from .agent_kill_switch_config_body_type_0 import AgentKillSwitchConfigBodyType0
    from .agent_kill_switch_config_headers import AgentKillSwitchConfigHeaders
    from .agent_kill_switch_config_method import AgentKillSwitchConfigMethod
    from .agent_kill_switch_config_query_params import AgentKillSwitchConfigQueryParams
    from .agent_kill_switch_result import AgentKillSwitchResult
    from .agent_kill_switch_result_method import AgentKillSwitchResultMethod
    from .agent_make_public_response import AgentMakePublicResponse
    from .agent_node import AgentNode
    from .agent_object_permission import AgentObjectPermission
    from .agent_object_permission_mcp_tool_permissions_type_0 import AgentObjectPermissionMcpToolPermissionsType0
    from .agent_provider import AgentProvider
    from .agent_response import AgentResponse
    from .agent_response_agent_card_params import AgentResponseAgentCardParams
    from .agent_response_execution_mode import AgentResponseExecutionMode
    from .agent_response_litellm_params_type_0 import AgentResponseLitellmParamsType0
    from .agent_response_object_permission_type_0 import AgentResponseObjectPermissionType0
    from .agent_response_static_headers_type_0 import AgentResponseStaticHeadersType0
    from .agent_skill import AgentSkill
    from .agent_skill_security_type_0_item import AgentSkillSecurityType0Item
    from .agent_skills_index import AgentSkillsIndex
    from .agent_skills_index_entry import AgentSkillsIndexEntry
    from .allowed_vector_store_index_item import AllowedVectorStoreIndexItem
    from .allowed_vector_store_index_item_index_permissions_item import AllowedVectorStoreIndexItemIndexPermissionsItem
    from .annotation_container_file_citation import AnnotationContainerFileCitation
    from .annotation_file_citation import AnnotationFileCitation
    from .annotation_file_path import AnnotationFilePath
    from .annotation_url_citation import AnnotationURLCitation
    from .api_key_security_scheme import APIKeySecurityScheme
    from .api_key_security_scheme_in import APIKeySecuritySchemeIn
    from .apply_guardrail_apply_guardrail_post_response_200_type_1 import (
        ApplyGuardrailApplyGuardrailPostResponse200Type1,
    )
    from .apply_guardrail_guardrails_apply_guardrail_post_response_200_type_1 import (
        ApplyGuardrailGuardrailsApplyGuardrailPostResponse200Type1,
    )
    from .apply_guardrail_request import ApplyGuardrailRequest
    from .apply_guardrail_request_messages_type_0_item import ApplyGuardrailRequestMessagesType0Item
    from .apply_guardrail_request_metadata_type_0 import ApplyGuardrailRequestMetadataType0
    from .apply_guardrail_response import ApplyGuardrailResponse
    from .apply_patch_call import ApplyPatchCall
    from .apply_patch_call_caller_direct import ApplyPatchCallCallerDirect
    from .apply_patch_call_caller_program import ApplyPatchCallCallerProgram
    from .apply_patch_call_operation_create_file import ApplyPatchCallOperationCreateFile
    from .apply_patch_call_operation_delete_file import ApplyPatchCallOperationDeleteFile
    from .apply_patch_call_operation_update_file import ApplyPatchCallOperationUpdateFile
    from .apply_patch_call_output import ApplyPatchCallOutput
    from .apply_patch_call_output_caller_direct import ApplyPatchCallOutputCallerDirect
    from .apply_patch_call_output_caller_program import ApplyPatchCallOutputCallerProgram
    from .apply_patch_call_output_status import ApplyPatchCallOutputStatus
    from .apply_patch_call_status import ApplyPatchCallStatus
    from .apply_patch_tool import ApplyPatchTool
    from .apply_patch_tool_allowed_callers_type_0_item import ApplyPatchToolAllowedCallersType0Item
    from .apply_patch_tool_param import ApplyPatchToolParam
    from .apply_patch_tool_param_allowed_callers_type_0_item import ApplyPatchToolParamAllowedCallersType0Item
    from .attachment_impact_response import AttachmentImpactResponse
    from .audit_log_response import AuditLogResponse
    from .audit_log_response_before_value_type_0 import AuditLogResponseBeforeValueType0
    from .audit_log_response_updated_values_type_0 import AuditLogResponseUpdatedValuesType0
    from .auto_router_allowance import AutoRouterAllowance
    from .auto_router_availability_request import AutoRouterAvailabilityRequest
    from .auto_router_availability_request_complexity_router_config_type_0 import (
        AutoRouterAvailabilityRequestComplexityRouterConfigType0,
    )
    from .auto_router_availability_response import AutoRouterAvailabilityResponse
    from .auto_router_benchmark_group import AutoRouterBenchmarkGroup
    from .auto_router_benchmark_group_tier_turns import AutoRouterBenchmarkGroupTierTurns
    from .auto_router_benchmark_totals import AutoRouterBenchmarkTotals
    from .auto_router_benchmarks_response import AutoRouterBenchmarksResponse
    from .auto_router_cache_bucket import AutoRouterCacheBucket
    from .auto_router_cache_stats import AutoRouterCacheStats
    from .auto_router_classifier_default_prompt_response import AutoRouterClassifierDefaultPromptResponse
    from .auto_router_classifier_prompt_preview_request import AutoRouterClassifierPromptPreviewRequest
    from .auto_router_classifier_prompt_preview_request_tier_labels_type_0 import (
        AutoRouterClassifierPromptPreviewRequestTierLabelsType0,
    )
    from .auto_router_preset_config import AutoRouterPresetConfig
    from .auto_router_preset_record import AutoRouterPresetRecord
    from .auto_router_preset_tiers import AutoRouterPresetTiers
    from .auto_router_routing_test_request import AutoRouterRoutingTestRequest
    from .auto_router_routing_test_request_messages_type_0_item import AutoRouterRoutingTestRequestMessagesType0Item
    from .auto_router_routing_test_request_system_type_1_item import AutoRouterRoutingTestRequestSystemType1Item
    from .auto_router_routing_test_request_tools_type_0_item import AutoRouterRoutingTestRequestToolsType0Item
    from .auto_router_routing_test_response import AutoRouterRoutingTestResponse
    from .auto_router_session_response import AutoRouterSessionResponse
    from .auto_router_session_response_baseline_models import AutoRouterSessionResponseBaselineModels
    from .aws_session_tag import AwsSessionTag
    from .background_chat_settings import BackgroundChatSettings
    from .background_chat_settings_response import BackgroundChatSettingsResponse
    from .base_litellm_params import BaseLitellmParams
    from .base_litellm_params_additional_provider_specific_params_type_0 import (
        BaseLitellmParamsAdditionalProviderSpecificParamsType0,
    )
    from .base_litellm_params_detect_secrets_config_type_0 import BaseLitellmParamsDetectSecretsConfigType0
    from .base_litellm_params_logging_only_scope_type_0 import BaseLitellmParamsLoggingOnlyScopeType0
    from .base_litellm_params_mcp_block_behavior_type_0 import BaseLitellmParamsMcpBlockBehaviorType0
    from .base_litellm_params_on_sensitive_data_type_0 import BaseLitellmParamsOnSensitiveDataType0
    from .base_litellm_params_on_violation_type_0 import BaseLitellmParamsOnViolationType0
    from .base_litellm_params_stream_scope_type_0 import BaseLitellmParamsStreamScopeType0
    from .base_litellm_params_stream_scope_type_1 import BaseLitellmParamsStreamScopeType1
    from .base_litellm_params_stream_scope_type_1_additional_property import (
        BaseLitellmParamsStreamScopeType1AdditionalProperty,
    )
    from .base_litellm_params_unreachable_fallback import BaseLitellmParamsUnreachableFallback
    from .base_model import BaseModel
    from .bedrock_checks_config_model import BedrockChecksConfigModel
    from .bedrock_checks_content_filter_category_item import BedrockChecksContentFilterCategoryItem
    from .bedrock_checks_content_filter_category_item_category import BedrockChecksContentFilterCategoryItemCategory
    from .bedrock_checks_content_filter_model import BedrockChecksContentFilterModel
    from .bedrock_checks_prompt_attack_category_item import BedrockChecksPromptAttackCategoryItem
    from .bedrock_checks_prompt_attack_category_item_category import BedrockChecksPromptAttackCategoryItemCategory
    from .bedrock_checks_prompt_attack_model import BedrockChecksPromptAttackModel
    from .bedrock_checks_sensitive_information_entity_item import BedrockChecksSensitiveInformationEntityItem
    from .bedrock_checks_sensitive_information_entity_item_type import BedrockChecksSensitiveInformationEntityItemType
    from .bedrock_checks_sensitive_information_model import BedrockChecksSensitiveInformationModel
    from .bedrock_guardrail_output_scope import BedrockGuardrailOutputScope
    from .billing_period import BillingPeriod
    from .block_key_request import BlockKeyRequest
    from .block_model_request import BlockModelRequest
    from .block_team_request import BlockTeamRequest
    from .block_unpriced_models_request import BlockUnpricedModelsRequest
    from .block_unpriced_models_response import BlockUnpricedModelsResponse
    from .block_users import BlockUsers
    from .block_users_response import BlockUsersResponse
    from .blocked_word import BlockedWord
    from .blog_post import BlogPost
    from .blog_posts_response import BlogPostsResponse
    from .body_audio_transcriptions_audio_transcriptions_post import BodyAudioTranscriptionsAudioTranscriptionsPost
    from .body_audio_transcriptions_v1_audio_transcriptions_post import BodyAudioTranscriptionsV1AudioTranscriptionsPost
    from .body_authorize_complete_authorize_complete_post import BodyAuthorizeCompleteAuthorizeCompletePost
    from .body_convert_prompt_file_to_json_utils_dotprompt_json_converter_post import (
        BodyConvertPromptFileToJsonUtilsDotpromptJsonConverterPost,
    )
    from .body_create_file_files_post import BodyCreateFileFilesPost
    from .body_create_file_provider_v1_files_post import BodyCreateFileProviderV1FilesPost
    from .body_create_file_v1_files_post import BodyCreateFileV1FilesPost
    from .body_image_edit_api_images_edits_post import BodyImageEditApiImagesEditsPost
    from .body_image_edit_api_openai_deployments_model_images_edits_post import (
        BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost,
    )
    from .body_image_edit_api_v1_images_edits_post import BodyImageEditApiV1ImagesEditsPost
    from .body_introspect_endpoint_introspect_post import BodyIntrospectEndpointIntrospectPost
    from .body_replace_skill_archive_skill_hub_skills_name_upload_put import (
        BodyReplaceSkillArchiveSkillHubSkillsNameUploadPut,
    )
    from .body_revoke_endpoint_revoke_post import BodyRevokeEndpointRevokePost
    from .body_test_model_connection_health_test_connection_post import BodyTestModelConnectionHealthTestConnectionPost
    from .body_test_model_connection_health_test_connection_post_litellm_params import (
        BodyTestModelConnectionHealthTestConnectionPostLitellmParams,
    )
    from .body_test_model_connection_health_test_connection_post_mode_type_0 import (
        BodyTestModelConnectionHealthTestConnectionPostModeType0,
    )
    from .body_test_model_connection_health_test_connection_post_model_info import (
        BodyTestModelConnectionHealthTestConnectionPostModelInfo,
    )
    from .body_token_endpoint_mcp_server_name_token_post import BodyTokenEndpointMcpServerNameTokenPost
    from .body_token_endpoint_token_post import BodyTokenEndpointTokenPost
    from .body_upload_logo_upload_logo_post import BodyUploadLogoUploadLogoPost
    from .body_upload_plugin_claude_code_plugins_upload_post import BodyUploadPluginClaudeCodePluginsUploadPost
    from .body_upload_skill_skill_hub_skills_upload_post import BodyUploadSkillSkillHubSkillsUploadPost
    from .body_video_create_character_v1_videos_characters_post import BodyVideoCreateCharacterV1VideosCharactersPost
    from .body_video_create_character_videos_characters_post import BodyVideoCreateCharacterVideosCharactersPost
    from .body_video_generation_v1_videos_post import BodyVideoGenerationV1VideosPost
    from .body_video_generation_videos_post import BodyVideoGenerationVideosPost
    from .box_answer import BoxAnswer
    from .breakdown_metrics import BreakdownMetrics
    from .breakdown_metrics_api_keys import BreakdownMetricsApiKeys
    from .breakdown_metrics_endpoints import BreakdownMetricsEndpoints
    from .breakdown_metrics_entities import BreakdownMetricsEntities
    from .breakdown_metrics_guardrails import BreakdownMetricsGuardrails
    from .breakdown_metrics_mcp_servers import BreakdownMetricsMcpServers
    from .breakdown_metrics_model_groups import BreakdownMetricsModelGroups
    from .breakdown_metrics_models import BreakdownMetricsModels
    from .breakdown_metrics_providers import BreakdownMetricsProviders
    from .budget_config import BudgetConfig
    from .budget_delete_request import BudgetDeleteRequest
    from .budget_limit_entry import BudgetLimitEntry
    from .budget_list_item import BudgetListItem
    from .budget_new_request import BudgetNewRequest
    from .budget_new_request_model_max_budget_type_0 import BudgetNewRequestModelMaxBudgetType0
    from .budget_request import BudgetRequest
    from .bulk_delete_user_request import BulkDeleteUserRequest
    from .bulk_delete_users_response import BulkDeleteUsersResponse
    from .bulk_new_user_item import BulkNewUserItem
    from .bulk_new_user_item_aliases_type_0 import BulkNewUserItemAliasesType0
    from .bulk_new_user_item_budget_fallbacks_type_0 import BulkNewUserItemBudgetFallbacksType0
    from .bulk_new_user_item_config_type_0 import BulkNewUserItemConfigType0
    from .bulk_new_user_item_mcp_rpm_limit_type_0 import BulkNewUserItemMcpRpmLimitType0
    from .bulk_new_user_item_metadata_type_0 import BulkNewUserItemMetadataType0
    from .bulk_new_user_item_model_max_budget_type_0 import BulkNewUserItemModelMaxBudgetType0
    from .bulk_new_user_item_model_rpm_limit_type_0 import BulkNewUserItemModelRpmLimitType0
    from .bulk_new_user_item_model_tpm_limit_type_0 import BulkNewUserItemModelTpmLimitType0
    from .bulk_new_user_item_permissions_type_0 import BulkNewUserItemPermissionsType0
    from .bulk_new_user_item_tag_rpm_limit_type_0 import BulkNewUserItemTagRpmLimitType0
    from .bulk_new_user_item_user_role_type_0 import BulkNewUserItemUserRoleType0
    from .bulk_new_user_meta import BulkNewUserMeta
    from .bulk_new_user_request import BulkNewUserRequest
    from .bulk_new_user_response import BulkNewUserResponse
    from .bulk_team_member_add_request import BulkTeamMemberAddRequest
    from .bulk_team_member_add_response import BulkTeamMemberAddResponse
    from .bulk_team_member_add_response_updated_team_type_0 import BulkTeamMemberAddResponseUpdatedTeamType0
    from .bulk_team_member_budget_update_request import BulkTeamMemberBudgetUpdateRequest
    from .bulk_team_member_budget_update_response import BulkTeamMemberBudgetUpdateResponse
    from .bulk_team_member_delete_request import BulkTeamMemberDeleteRequest
    from .bulk_team_member_delete_response import BulkTeamMemberDeleteResponse
    from .bulk_update_key_request import BulkUpdateKeyRequest
    from .bulk_update_key_request_item import BulkUpdateKeyRequestItem
    from .bulk_update_key_response import BulkUpdateKeyResponse
    from .bulk_update_team_keys_request import BulkUpdateTeamKeysRequest
    from .bulk_update_team_member_permissions_request import BulkUpdateTeamMemberPermissionsRequest
    from .bulk_update_team_member_permissions_response import BulkUpdateTeamMemberPermissionsResponse
    from .bulk_update_user_request import BulkUpdateUserRequest
    from .bulk_update_user_response import BulkUpdateUserResponse
    from .cache_cost_scenario import CacheCostScenario
    from .cache_evidence import CacheEvidence
    from .cache_leakage_keys_response import CacheLeakageKeysResponse
    from .cache_ping_response import CachePingResponse
    from .cache_ping_response_health_check_cache_params_type_0 import CachePingResponseHealthCheckCacheParamsType0
    from .cache_prediction_arm import CachePredictionArm
    from .cache_prediction_arm_cache_state import CachePredictionArmCacheState
    from .cache_prediction_request import CachePredictionRequest
    from .cache_prediction_request_request import CachePredictionRequestRequest
    from .cache_prediction_response import CachePredictionResponse
    from .cache_settings_field import CacheSettingsField
    from .cache_settings_response import CacheSettingsResponse
    from .cache_settings_response_current_values import CacheSettingsResponseCurrentValues
    from .cache_settings_response_redis_type_descriptions import CacheSettingsResponseRedisTypeDescriptions
    from .cache_settings_update_request import CacheSettingsUpdateRequest
    from .cache_settings_update_request_cache_settings import CacheSettingsUpdateRequestCacheSettings
    from .cache_test_request import CacheTestRequest
    from .cache_test_request_cache_settings import CacheTestRequestCacheSettings
    from .cache_test_response import CacheTestResponse
    from .cache_token_buckets import CacheTokenBuckets
    from .cache_write_tokens_details import CacheWriteTokensDetails
    from .cached_tokens_details import CachedTokensDetails
    from .calculate_spend_spend_calculate_post_response_200 import CalculateSpendSpendCalculatePostResponse200
    from .call_types import CallTypes
    from .callback_log_failure import CallbackLogFailure
    from .callback_log_record import CallbackLogRecord
    from .callback_log_record_standard_logging_payload import CallbackLogRecordStandardLoggingPayload
    from .callback_log_record_status import CallbackLogRecordStatus
    from .callback_logs_request import CallbackLogsRequest
    from .callback_logs_response import CallbackLogsResponse
    from .callbacks_by_type import CallbacksByType
    from .caller_direct import CallerDirect
    from .caller_program import CallerProgram
    from .cancel_eval_response import CancelEvalResponse
    from .cancel_run_response import CancelRunResponse
    from .capability_calibration_config import CapabilityCalibrationConfig
    from .capability_classifier_config import CapabilityClassifierConfig
    from .capability_classifier_config_response_format import CapabilityClassifierConfigResponseFormat
    from .capture_rate_day import CaptureRateDay
    from .capture_rate_report import CaptureRateReport
    from .change_password_request import ChangePasswordRequest
    from .change_password_response import ChangePasswordResponse
    from .chat_completion_annotation import ChatCompletionAnnotation
    from .chat_completion_annotation_url_citation import ChatCompletionAnnotationURLCitation
    from .chat_completion_assistant_message import ChatCompletionAssistantMessage
    from .chat_completion_assistant_tool_call import ChatCompletionAssistantToolCall
    from .chat_completion_audio_object import ChatCompletionAudioObject
    from .chat_completion_audio_response import ChatCompletionAudioResponse
    from .chat_completion_cached_content import ChatCompletionCachedContent
    from .chat_completion_cached_content_ttl import ChatCompletionCachedContentTtl
    from .chat_completion_chat_completions_post_body import ChatCompletionChatCompletionsPostBody
    from .chat_completion_chat_completions_post_body_context_window_fallback_dict_type_0 import (
        ChatCompletionChatCompletionsPostBodyContextWindowFallbackDictType0,
    )
    from .chat_completion_chat_completions_post_body_function_call_type_1 import (
        ChatCompletionChatCompletionsPostBodyFunctionCallType1,
    )
    from .chat_completion_chat_completions_post_body_functions_type_0_item import (
        ChatCompletionChatCompletionsPostBodyFunctionsType0Item,
    )
    from .chat_completion_chat_completions_post_body_logit_bias_type_0 import (
        ChatCompletionChatCompletionsPostBodyLogitBiasType0,
    )
    from .chat_completion_chat_completions_post_body_metadata_type_0 import (
        ChatCompletionChatCompletionsPostBodyMetadataType0,
    )
    from .chat_completion_chat_completions_post_body_response_format_type_0 import (
        ChatCompletionChatCompletionsPostBodyResponseFormatType0,
    )
    from .chat_completion_chat_completions_post_body_stream_options_type_0 import (
        ChatCompletionChatCompletionsPostBodyStreamOptionsType0,
    )
    from .chat_completion_chat_completions_post_body_tool_choice_type_1 import (
        ChatCompletionChatCompletionsPostBodyToolChoiceType1,
    )
    from .chat_completion_chat_completions_post_body_tools_type_0_item import (
        ChatCompletionChatCompletionsPostBodyToolsType0Item,
    )
    from .chat_completion_custom_tool_call_payload import ChatCompletionCustomToolCallPayload
    from .chat_completion_developer_message import ChatCompletionDeveloperMessage
    from .chat_completion_document_object import ChatCompletionDocumentObject
    from .chat_completion_engines_model_chat_completions_post_body import (
        ChatCompletionEnginesModelChatCompletionsPostBody,
    )
    from .chat_completion_engines_model_chat_completions_post_body_context_window_fallback_dict_type_0 import (
        ChatCompletionEnginesModelChatCompletionsPostBodyContextWindowFallbackDictType0,
    )
    from .chat_completion_engines_model_chat_completions_post_body_function_call_type_1 import (
        ChatCompletionEnginesModelChatCompletionsPostBodyFunctionCallType1,
    )
    from .chat_completion_engines_model_chat_completions_post_body_functions_type_0_item import (
        ChatCompletionEnginesModelChatCompletionsPostBodyFunctionsType0Item,
    )
    from .chat_completion_engines_model_chat_completions_post_body_logit_bias_type_0 import (
        ChatCompletionEnginesModelChatCompletionsPostBodyLogitBiasType0,
    )
    from .chat_completion_engines_model_chat_completions_post_body_metadata_type_0 import (
        ChatCompletionEnginesModelChatCompletionsPostBodyMetadataType0,
    )
    from .chat_completion_engines_model_chat_completions_post_body_response_format_type_0 import (
        ChatCompletionEnginesModelChatCompletionsPostBodyResponseFormatType0,
    )
    from .chat_completion_engines_model_chat_completions_post_body_stream_options_type_0 import (
        ChatCompletionEnginesModelChatCompletionsPostBodyStreamOptionsType0,
    )
    from .chat_completion_engines_model_chat_completions_post_body_tool_choice_type_1 import (
        ChatCompletionEnginesModelChatCompletionsPostBodyToolChoiceType1,
    )
    from .chat_completion_engines_model_chat_completions_post_body_tools_type_0_item import (
        ChatCompletionEnginesModelChatCompletionsPostBodyToolsType0Item,
    )
    from .chat_completion_file_object import ChatCompletionFileObject
    from .chat_completion_file_object_file import ChatCompletionFileObjectFile
    from .chat_completion_file_object_file_video_metadata import ChatCompletionFileObjectFileVideoMetadata
    from .chat_completion_function_message import ChatCompletionFunctionMessage
    from .chat_completion_image_object import ChatCompletionImageObject
    from .chat_completion_image_url_object import ChatCompletionImageUrlObject
    from .chat_completion_image_url_object_video_metadata import ChatCompletionImageUrlObjectVideoMetadata
    from .chat_completion_input_audio import ChatCompletionInputAudio
    from .chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_openai_deployments_model_chat_completions_post_body import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBody,
    )
    from .chat_completion_openai_deployments_model_chat_completions_post_body_context_window_fallback_dict_type_0 import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyContextWindowFallbackDictType0,
    )
    from .chat_completion_openai_deployments_model_chat_completions_post_body_function_call_type_1 import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyFunctionCallType1,
    )
    from .chat_completion_openai_deployments_model_chat_completions_post_body_functions_type_0_item import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyFunctionsType0Item,
    )
    from .chat_completion_openai_deployments_model_chat_completions_post_body_logit_bias_type_0 import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyLogitBiasType0,
    )
    from .chat_completion_openai_deployments_model_chat_completions_post_body_metadata_type_0 import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyMetadataType0,
    )
    from .chat_completion_openai_deployments_model_chat_completions_post_body_response_format_type_0 import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyResponseFormatType0,
    )
    from .chat_completion_openai_deployments_model_chat_completions_post_body_stream_options_type_0 import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyStreamOptionsType0,
    )
    from .chat_completion_openai_deployments_model_chat_completions_post_body_tool_choice_type_1 import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyToolChoiceType1,
    )
    from .chat_completion_openai_deployments_model_chat_completions_post_body_tools_type_0_item import (
        ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyToolsType0Item,
    )
    from .chat_completion_reasoning_item import ChatCompletionReasoningItem
    from .chat_completion_reasoning_summary_text_block import ChatCompletionReasoningSummaryTextBlock
    from .chat_completion_redacted_thinking_block import ChatCompletionRedactedThinkingBlock
    from .chat_completion_redacted_thinking_block_cache_control_type_0 import (
        ChatCompletionRedactedThinkingBlockCacheControlType0,
    )
    from .chat_completion_system_message import ChatCompletionSystemMessage
    from .chat_completion_text_object import ChatCompletionTextObject
    from .chat_completion_thinking_block import ChatCompletionThinkingBlock
    from .chat_completion_thinking_block_cache_control_type_0 import ChatCompletionThinkingBlockCacheControlType0
    from .chat_completion_token_logprob import ChatCompletionTokenLogprob
    from .chat_completion_tool_call_chunk import ChatCompletionToolCallChunk
    from .chat_completion_tool_call_function_chunk import ChatCompletionToolCallFunctionChunk
    from .chat_completion_tool_call_function_chunk_provider_specific_fields_type_0 import (
        ChatCompletionToolCallFunctionChunkProviderSpecificFieldsType0,
    )
    from .chat_completion_tool_message import ChatCompletionToolMessage
    from .chat_completion_tool_param import ChatCompletionToolParam
    from .chat_completion_tool_param_function_chunk import ChatCompletionToolParamFunctionChunk
    from .chat_completion_tool_param_function_chunk_parameters import ChatCompletionToolParamFunctionChunkParameters
    from .chat_completion_tool_reference_object import ChatCompletionToolReferenceObject
    from .chat_completion_user_message import ChatCompletionUserMessage
    from .chat_completion_v1_chat_completions_post_body import ChatCompletionV1ChatCompletionsPostBody
    from .chat_completion_v1_chat_completions_post_body_context_window_fallback_dict_type_0 import (
        ChatCompletionV1ChatCompletionsPostBodyContextWindowFallbackDictType0,
    )
    from .chat_completion_v1_chat_completions_post_body_function_call_type_1 import (
        ChatCompletionV1ChatCompletionsPostBodyFunctionCallType1,
    )
    from .chat_completion_v1_chat_completions_post_body_functions_type_0_item import (
        ChatCompletionV1ChatCompletionsPostBodyFunctionsType0Item,
    )
    from .chat_completion_v1_chat_completions_post_body_logit_bias_type_0 import (
        ChatCompletionV1ChatCompletionsPostBodyLogitBiasType0,
    )
    from .chat_completion_v1_chat_completions_post_body_metadata_type_0 import (
        ChatCompletionV1ChatCompletionsPostBodyMetadataType0,
    )
    from .chat_completion_v1_chat_completions_post_body_response_format_type_0 import (
        ChatCompletionV1ChatCompletionsPostBodyResponseFormatType0,
    )
    from .chat_completion_v1_chat_completions_post_body_stream_options_type_0 import (
        ChatCompletionV1ChatCompletionsPostBodyStreamOptionsType0,
    )
    from .chat_completion_v1_chat_completions_post_body_tool_choice_type_1 import (
        ChatCompletionV1ChatCompletionsPostBodyToolChoiceType1,
    )
    from .chat_completion_v1_chat_completions_post_body_tools_type_0_item import (
        ChatCompletionV1ChatCompletionsPostBodyToolsType0Item,
    )
    from .chat_completion_video_object import ChatCompletionVideoObject
    from .chat_completion_video_url_object import ChatCompletionVideoUrlObject
    from .choice_answer import ChoiceAnswer
    from .choice_answer_probabilities import ChoiceAnswerProbabilities
    from .choice_logprobs import ChoiceLogprobs
    from .choices import Choices
    from .choices_finish_reason import ChoicesFinishReason
    from .choices_provider_specific_fields_type_0 import ChoicesProviderSpecificFieldsType0
    from .cisco_ai_defense_guardrail_config_model_optional_params import (
        CiscoAIDefenseGuardrailConfigModelOptionalParams,
    )
    from .cisco_ai_defense_guardrail_config_model_optional_params_fallback_on_error_type_0 import (
        CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0,
    )
    from .cisco_ai_defense_guardrail_config_model_optional_params_inspection_type import (
        CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType,
    )
    from .cisco_ai_defense_rule import CiscoAIDefenseRule
    from .cisco_ai_defense_rule_rule_name import CiscoAIDefenseRuleRuleName
    from .citations_object import CitationsObject
    from .classification_rubric import ClassificationRubric
    from .classifier_llm_config import ClassifierLLMConfig
    from .classifier_llm_config_reasoning_effort_type_0 import ClassifierLLMConfigReasoningEffortType0
    from .classifier_vision_config import ClassifierVisionConfig
    from .click import Click
    from .click_button import ClickButton
    from .cloud_zero_export_request import CloudZeroExportRequest
    from .cloud_zero_export_response import CloudZeroExportResponse
    from .cloud_zero_export_response_dry_run_data_type_0 import CloudZeroExportResponseDryRunDataType0
    from .cloud_zero_export_response_summary_type_0 import CloudZeroExportResponseSummaryType0
    from .cloud_zero_init_request import CloudZeroInitRequest
    from .cloud_zero_init_response import CloudZeroInitResponse
    from .cloud_zero_settings_update import CloudZeroSettingsUpdate
    from .cloud_zero_settings_view import CloudZeroSettingsView
    from .code_interpreter import CodeInterpreter
    from .code_interpreter_allowed_callers_type_0_item import CodeInterpreterAllowedCallersType0Item
    from .code_interpreter_container_code_interpreter_tool_auto import CodeInterpreterContainerCodeInterpreterToolAuto
    from .code_interpreter_container_code_interpreter_tool_auto_memory_limit_type_0 import (
        CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0,
    )
    from .codex_passthrough_route_backend_api_codex_endpoint_get_endpoint import (
        CodexPassthroughRouteBackendApiCodexEndpointGetEndpoint,
    )
    from .codex_passthrough_route_backend_api_codex_endpoint_post_body import (
        CodexPassthroughRouteBackendApiCodexEndpointPostBody,
    )
    from .codex_passthrough_route_backend_api_codex_endpoint_post_endpoint import (
        CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint,
    )
    from .codex_passthrough_route_backend_api_codex_endpoint_post_response_200 import (
        CodexPassthroughRouteBackendApiCodexEndpointPostResponse200,
    )
    from .compaction_trigger import CompactionTrigger
    from .comparison_filter import ComparisonFilter
    from .comparison_filter_type import ComparisonFilterType
    from .complexity_router_config_validation_request import ComplexityRouterConfigValidationRequest
    from .complexity_router_config_validation_request_complexity_router_config import (
        ComplexityRouterConfigValidationRequestComplexityRouterConfig,
    )
    from .complexity_router_config_validation_response import ComplexityRouterConfigValidationResponse
    from .complexity_scorer_defaults import ComplexityScorerDefaults
    from .complexity_scorer_defaults_dimension_weights import ComplexityScorerDefaultsDimensionWeights
    from .complexity_scorer_defaults_tier_boundaries import ComplexityScorerDefaultsTierBoundaries
    from .complexity_scorer_defaults_token_thresholds import ComplexityScorerDefaultsTokenThresholds
    from .complexity_tier import ComplexityTier
    from .complexity_tier_model import ComplexityTierModel
    from .complexity_tier_model_litellm_params import ComplexityTierModelLitellmParams
    from .compliance_check_request import ComplianceCheckRequest
    from .compliance_check_request_guardrail_information_type_0_item import (
        ComplianceCheckRequestGuardrailInformationType0Item,
    )
    from .compliance_check_result import ComplianceCheckResult
    from .compliance_response import ComplianceResponse
    from .compound_filter import CompoundFilter
    from .compound_filter_type import CompoundFilterType
    from .computer_call_output import ComputerCallOutput
    from .computer_call_output_acknowledged_safety_check import ComputerCallOutputAcknowledgedSafetyCheck
    from .computer_call_output_status_type_0 import ComputerCallOutputStatusType0
    from .computer_tool import ComputerTool
    from .computer_use_preview_tool import ComputerUsePreviewTool
    from .computer_use_preview_tool_environment import ComputerUsePreviewToolEnvironment
    from .computer_use_preview_tool_param import ComputerUsePreviewToolParam
    from .computer_use_preview_tool_param_environment import ComputerUsePreviewToolParamEnvironment
    from .config_override_settings_response import ConfigOverrideSettingsResponse
    from .config_override_settings_response_field_schema import ConfigOverrideSettingsResponseFieldSchema
    from .config_override_settings_response_values import ConfigOverrideSettingsResponseValues
    from .configurable_clientside_params_custom_auth_input import ConfigurableClientsideParamsCustomAuthInput
    from .configurable_clientside_params_custom_auth_output import ConfigurableClientsideParamsCustomAuthOutput
    from .container_auto import ContainerAuto
    from .container_auto_memory_limit_type_0 import ContainerAutoMemoryLimitType0
    from .container_auto_param import ContainerAutoParam
    from .container_auto_param_memory_limit_type_0 import ContainerAutoParamMemoryLimitType0
    from .container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
    from .container_network_policy_allowlist_param import ContainerNetworkPolicyAllowlistParam
    from .container_network_policy_disabled import ContainerNetworkPolicyDisabled
    from .container_network_policy_disabled_param import ContainerNetworkPolicyDisabledParam
    from .container_network_policy_domain_secret import ContainerNetworkPolicyDomainSecret
    from .container_network_policy_domain_secret_param import ContainerNetworkPolicyDomainSecretParam
    from .container_reference import ContainerReference
    from .container_reference_param import ContainerReferenceParam
    from .content import Content
    from .content_filter_action import ContentFilterAction
    from .content_filter_category_config import ContentFilterCategoryConfig
    from .content_filter_category_config_action import ContentFilterCategoryConfigAction
    from .content_filter_category_config_severity_threshold import ContentFilterCategoryConfigSeverityThreshold
    from .content_filter_pattern import ContentFilterPattern
    from .content_filter_pattern_pattern_type import ContentFilterPatternPatternType
    from .context_compaction_config import ContextCompactionConfig
    from .context_management_entry import ContextManagementEntry
    from .convert_prompt_file_to_json_utils_dotprompt_json_converter_post_response_convert_prompt_file_to_json_utils_dotprompt_json_converter_post import (
        ConvertPromptFileToJsonUtilsDotpromptJsonConverterPostResponseConvertPromptFileToJsonUtilsDotpromptJsonConverterPost,
    )
    from .coordination_redis_settings_field import CoordinationRedisSettingsField
    from .coordination_redis_settings_field_section import CoordinationRedisSettingsFieldSection
    from .coordination_redis_settings_request import CoordinationRedisSettingsRequest
    from .coordination_redis_settings_request_settings import CoordinationRedisSettingsRequestSettings
    from .coordination_redis_settings_response import CoordinationRedisSettingsResponse
    from .coordination_redis_settings_response_source_type_0 import CoordinationRedisSettingsResponseSourceType0
    from .coordination_redis_settings_response_values import CoordinationRedisSettingsResponseValues
    from .coordination_redis_test_response import CoordinationRedisTestResponse
    from .cost_estimate_request import CostEstimateRequest
    from .cost_estimate_response import CostEstimateResponse
    from .create_credential_item import CreateCredentialItem
    from .create_credential_item_credential_info import CreateCredentialItemCredentialInfo
    from .create_credential_item_credential_values_type_0 import CreateCredentialItemCredentialValuesType0
    from .create_guardrail_request import CreateGuardrailRequest
    from .create_jwt_key_mapping_request import CreateJWTKeyMappingRequest
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_prompt_type_0 import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_format_type_1 import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_noise_reduction_type_0 import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_realtime_audio_transcription_config import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_turn_detection_type_0 import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_format_type_1 import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_voice_type_1 import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1,
    )
    from .create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_tools_type_0_item import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_prompt_type_0 import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_format_type_1 import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_noise_reduction_type_0 import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_realtime_audio_transcription_config import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_turn_detection_type_0 import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_format_type_1 import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_voice_type_1 import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1,
    )
    from .create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_tools_type_0_item import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item,
    )
    from .create_search_tool_request import CreateSearchToolRequest
    from .credential_item import CredentialItem
    from .credential_item_credential_info import CredentialItemCredentialInfo
    from .credential_item_credential_values import CredentialItemCredentialValues
    from .credential_view import CredentialView
    from .credential_view_credential_info import CredentialViewCredentialInfo
    from .credential_view_credential_values import CredentialViewCredentialValues
    from .credential_view_source import CredentialViewSource
    from .custom_dimension import CustomDimension
    from .custom_dimension_scoring_mode import CustomDimensionScoringMode
    from .custom_tool import CustomTool
    from .custom_tool_allowed_callers_type_0_item import CustomToolAllowedCallersType0Item
    from .custom_tool_call_output_item import CustomToolCallOutputItem
    from .custom_tool_call_output_item_status_type_0 import CustomToolCallOutputItemStatusType0
    from .custom_tool_param import CustomToolParam
    from .custom_tool_param_allowed_callers_type_0_item import CustomToolParamAllowedCallersType0Item
    from .customer_response import CustomerResponse
    from .customer_response_allowed_model_region_type_0 import CustomerResponseAllowedModelRegionType0
    from .cyber_ark_config import CyberArkConfig
    from .daily_activity_key_page_response import DailyActivityKeyPageResponse
    from .daily_activity_key_search_response import DailyActivityKeySearchResponse
    from .daily_activity_user_page_response import DailyActivityUserPageResponse
    from .daily_spend_data import DailySpendData
    from .daily_spend_metadata import DailySpendMetadata
    from .daily_spend_metadata_entity_total_api_keys_type_0 import DailySpendMetadataEntityTotalApiKeysType0
    from .decision_model_check import DecisionModelCheck
    from .decision_model_check_action import DecisionModelCheckAction
    from .decisions_box import DecisionsBox
    from .decisions_decisions_post_open_ai_decision_request import DecisionsDecisionsPostOpenAIDecisionRequest
    from .decisions_decisions_post_open_ai_decision_request_decisions_base_64_audio import (
        DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio,
    )
    from .decisions_decisions_post_open_ai_decision_request_decisions_base_64_video import (
        DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video,
    )
    from .decisions_decisions_post_open_ai_decision_request_open_ai_box_question import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion,
    )
    from .decisions_decisions_post_open_ai_decision_request_open_ai_choice_question import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion,
    )
    from .decisions_decisions_post_open_ai_decision_request_open_ai_choice_question_open_ai_choice_option import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption,
    )
    from .decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage,
    )
    from .decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_image import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage,
    )
    from .decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_text import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText,
    )
    from .decisions_decisions_post_open_ai_decision_request_open_ai_predicate_question import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion,
    )
    from .decisions_decisions_post_open_ai_decision_request_open_ai_score_question import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion,
    )
    from .decisions_decisions_post_open_ai_decision_request_open_ai_score_question_open_ai_score_level import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel,
    )
    from .decisions_response import DecisionsResponse
    from .decisions_response_answers import DecisionsResponseAnswers
    from .decisions_usage import DecisionsUsage
    from .decisions_v1_decisions_post_open_ai_decision_request import DecisionsV1DecisionsPostOpenAIDecisionRequest
    from .decisions_v1_decisions_post_open_ai_decision_request_decisions_base_64_audio import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestDecisionsBase64Audio,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_decisions_base_64_video import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestDecisionsBase64Video,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_open_ai_box_question import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_open_ai_choice_question import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_open_ai_choice_question_open_ai_choice_option import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_image import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_text import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_open_ai_predicate_question import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_open_ai_score_question import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion,
    )
    from .decisions_v1_decisions_post_open_ai_decision_request_open_ai_score_question_open_ai_score_level import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel,
    )
    from .default_internal_user_params import DefaultInternalUserParams
    from .default_internal_user_params_user_role_type_0 import DefaultInternalUserParamsUserRoleType0
    from .default_team_settings_response import DefaultTeamSettingsResponse
    from .default_team_settings_response_field_schema import DefaultTeamSettingsResponseFieldSchema
    from .default_team_settings_response_values import DefaultTeamSettingsResponseValues
    from .default_team_sso_params import DefaultTeamSSOParams
    from .delete_access_group_budget_response import DeleteAccessGroupBudgetResponse
    from .delete_customer_request import DeleteCustomerRequest
    from .delete_customers_response import DeleteCustomersResponse
    from .delete_cyberark_config_config_overrides_cyberark_delete_response_delete_cyberark_config_config_overrides_cyberark_delete import (
        DeleteCyberarkConfigConfigOverridesCyberarkDeleteResponseDeleteCyberarkConfigConfigOverridesCyberarkDelete,
    )
    from .delete_eval_response import DeleteEvalResponse
    from .delete_fallback_fallback_model_delete_fallback_type import DeleteFallbackFallbackModelDeleteFallbackType
    from .delete_jwt_key_mapping_request import DeleteJWTKeyMappingRequest
    from .delete_model_group_response import DeleteModelGroupResponse
    from .delete_organization_request import DeleteOrganizationRequest
    from .delete_project_request import DeleteProjectRequest
    from .delete_response_result import DeleteResponseResult
    from .delete_skill_response import DeleteSkillResponse
    from .delete_subscription_account_request import DeleteSubscriptionAccountRequest
    from .delete_team_request import DeleteTeamRequest
    from .delete_user_request import DeleteUserRequest
    from .deployment import Deployment
    from .deployment_info import DeploymentInfo
    from .deployment_info_litellm_params import DeploymentInfoLitellmParams
    from .deployment_model_info import DeploymentModelInfo
    from .deployment_pricing import DeploymentPricing
    from .deployment_pricing_costs import DeploymentPricingCosts
    from .deployment_warning import DeploymentWarning
    from .deployment_warning_ignore_response import DeploymentWarningIgnoreResponse
    from .deployment_warning_ignore_update import DeploymentWarningIgnoreUpdate
    from .deployment_warning_severity import DeploymentWarningSeverity
    from .deployment_warnings_response import DeploymentWarningsResponse
    from .deprecation_alert_state import DeprecationAlertState
    from .deprecation_alert_status import DeprecationAlertStatus
    from .deprecation_alert_update import DeprecationAlertUpdate
    from .deprecation_tag_usage import DeprecationTagUsage
    from .discover_agent_request import DiscoverAgentRequest
    from .discover_agent_request_params_type_0 import DiscoverAgentRequestParamsType0
    from .discover_agent_response import DiscoverAgentResponse
    from .discover_agent_response_agent_card import DiscoverAgentResponseAgentCard
    from .discovery_mode import DiscoveryMode
    from .distinct_tag_response import DistinctTagResponse
    from .distinct_tags_response import DistinctTagsResponse
    from .document_object import DocumentObject
    from .double_click import DoubleClick
    from .drag import Drag
    from .drag_path import DragPath
    from .easy_input_message_param import EasyInputMessageParam
    from .easy_input_message_param_phase_type_0 import EasyInputMessageParamPhaseType0
    from .easy_input_message_param_role import EasyInputMessageParamRole
    from .email_event import EmailEvent
    from .email_event_settings import EmailEventSettings
    from .email_event_settings_response import EmailEventSettingsResponse
    from .email_event_settings_update_request import EmailEventSettingsUpdateRequest
    from .embedding_request import EmbeddingRequest
    from .embedding_request_custom_llm_provider_type_1 import EmbeddingRequestCustomLlmProviderType1
    from .embedding_request_litellm_logging_obj_type_0 import EmbeddingRequestLitellmLoggingObjType0
    from .embeddings_embeddings_post_body import EmbeddingsEmbeddingsPostBody
    from .embeddings_embeddings_post_body_custom_llm_provider_type_1 import (
        EmbeddingsEmbeddingsPostBodyCustomLlmProviderType1,
    )
    from .embeddings_embeddings_post_body_litellm_logging_obj_type_0 import (
        EmbeddingsEmbeddingsPostBodyLitellmLoggingObjType0,
    )
    from .embeddings_engines_model_embeddings_post_body import EmbeddingsEnginesModelEmbeddingsPostBody
    from .embeddings_engines_model_embeddings_post_body_custom_llm_provider_type_1 import (
        EmbeddingsEnginesModelEmbeddingsPostBodyCustomLlmProviderType1,
    )
    from .embeddings_engines_model_embeddings_post_body_litellm_logging_obj_type_0 import (
        EmbeddingsEnginesModelEmbeddingsPostBodyLitellmLoggingObjType0,
    )
    from .embeddings_openai_deployments_model_embeddings_post_body import (
        EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody,
    )
    from .embeddings_openai_deployments_model_embeddings_post_body_custom_llm_provider_type_1 import (
        EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBodyCustomLlmProviderType1,
    )
    from .embeddings_openai_deployments_model_embeddings_post_body_litellm_logging_obj_type_0 import (
        EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBodyLitellmLoggingObjType0,
    )
    from .embeddings_v1_embeddings_post_body import EmbeddingsV1EmbeddingsPostBody
    from .embeddings_v1_embeddings_post_body_custom_llm_provider_type_1 import (
        EmbeddingsV1EmbeddingsPostBodyCustomLlmProviderType1,
    )
    from .embeddings_v1_embeddings_post_body_litellm_logging_obj_type_0 import (
        EmbeddingsV1EmbeddingsPostBodyLitellmLoggingObjType0,
    )
    from .endpoint_provider import EndpointProvider
    from .enrich_policy_template_policy_templates_enrich_post_response_enrich_policy_template_policy_templates_enrich_post import (
        EnrichPolicyTemplatePolicyTemplatesEnrichPostResponseEnrichPolicyTemplatePolicyTemplatesEnrichPost,
    )
    from .enrich_template_request import EnrichTemplateRequest
    from .enrich_template_request_parameters import EnrichTemplateRequestParameters
    from .entra_identity_config import EntraIdentityConfig
    from .env_var_ignore import EnvVarIgnore
    from .error_detail import ErrorDetail
    from .error_envelope import ErrorEnvelope
    from .error_envelope_error import ErrorEnvelopeError
    from .error_response import ErrorResponse
    from .error_response_detail import ErrorResponseDetail
    from .eu_jev_decision_response import EuJevDecisionResponse
    from .eu_jev_decision_response_answers import EuJevDecisionResponseAnswers
    from .eu_jev_meta import EuJevMeta
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria_additional_property_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_instructions_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_criteria_type_0 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_criteria_type_0_additional_property_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0AdditionalPropertyType1,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_instructions_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_score_question import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_score_question_criteria_item_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestionCriteriaItemType1,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_score_question_instructions_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestionInstructionsType1,
    )
    from .eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_state_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1,
    )
    from .eu_jev_usage import EuJevUsage
    from .eval_ import Eval
    from .eval_data_source_config import EvalDataSourceConfig
    from .eval_metadata_type_0 import EvalMetadataType0
    from .eval_testing_criteria_item import EvalTestingCriteriaItem
    from .export_type import ExportType
    from .extraction_answer import ExtractionAnswer
    from .extraction_extraction_post_extraction_request import ExtractionExtractionPostExtractionRequest
    from .extraction_extraction_post_extraction_request_extraction_base_64_image import (
        ExtractionExtractionPostExtractionRequestExtractionBase64Image,
    )
    from .extraction_extraction_post_extraction_request_extraction_options import (
        ExtractionExtractionPostExtractionRequestExtractionOptions,
    )
    from .extraction_extraction_post_extraction_request_fields import ExtractionExtractionPostExtractionRequestFields
    from .extraction_response import ExtractionResponse
    from .extraction_response_answers import ExtractionResponseAnswers
    from .extraction_usage import ExtractionUsage
    from .extraction_v1_extraction_post_extraction_request import ExtractionV1ExtractionPostExtractionRequest
    from .extraction_v1_extraction_post_extraction_request_extraction_base_64_image import (
        ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image,
    )
    from .extraction_v1_extraction_post_extraction_request_extraction_options import (
        ExtractionV1ExtractionPostExtractionRequestExtractionOptions,
    )
    from .extraction_v1_extraction_post_extraction_request_fields import (
        ExtractionV1ExtractionPostExtractionRequestFields,
    )
    from .facet_list_response import FacetListResponse
    from .failed_key_update import FailedKeyUpdate
    from .failed_key_update_key_info_type_0 import FailedKeyUpdateKeyInfoType0
    from .fallback_create_request import FallbackCreateRequest
    from .fallback_create_request_fallback_type import FallbackCreateRequestFallbackType
    from .fallback_delete_response import FallbackDeleteResponse
    from .fallback_get_response import FallbackGetResponse
    from .fallback_response import FallbackResponse
    from .file_search_tool import FileSearchTool
    from .file_search_tool_param import FileSearchToolParam
    from .filters import Filters
    from .function_call import FunctionCall
    from .function_call_output import FunctionCallOutput
    from .function_call_output_caller_direct import FunctionCallOutputCallerDirect
    from .function_call_output_caller_program import FunctionCallOutputCallerProgram
    from .function_call_output_status_type_0 import FunctionCallOutputStatusType0
    from .function_shell_tool import FunctionShellTool
    from .function_shell_tool_allowed_callers_type_0_item import FunctionShellToolAllowedCallersType0Item
    from .function_shell_tool_param import FunctionShellToolParam
    from .function_shell_tool_param_allowed_callers_type_0_item import FunctionShellToolParamAllowedCallersType0Item
    from .function_tool import FunctionTool
    from .function_tool_allowed_callers_type_0_item import FunctionToolAllowedCallersType0Item
    from .function_tool_output_schema_type_0 import FunctionToolOutputSchemaType0
    from .function_tool_param import FunctionToolParam
    from .function_tool_param_allowed_callers_type_0_item import FunctionToolParamAllowedCallersType0Item
    from .function_tool_param_output_schema_type_0 import FunctionToolParamOutputSchemaType0
    from .function_tool_param_parameters_type_0 import FunctionToolParamParametersType0
    from .function_tool_parameters_type_0 import FunctionToolParametersType0
    from .fuse_harness_preset import FuseHarnessPreset
    from .fuse_model_preset import FuseModelPreset
    from .fuse_preset_catalog import FusePresetCatalog
    from .gateway_request_activity_response import GatewayRequestActivityResponse
    from .gateway_request_breakdown_entry import GatewayRequestBreakdownEntry
    from .gateway_request_daily_entry import GatewayRequestDailyEntry
    from .gateway_request_status_code_entry import GatewayRequestStatusCodeEntry
    from .generate_key_request import GenerateKeyRequest
    from .generate_key_request_aliases_type_0 import GenerateKeyRequestAliasesType0
    from .generate_key_request_budget_fallbacks_type_0 import GenerateKeyRequestBudgetFallbacksType0
    from .generate_key_request_config_type_0 import GenerateKeyRequestConfigType0
    from .generate_key_request_default_estimated_output_tokens_per_model_type_0 import (
        GenerateKeyRequestDefaultEstimatedOutputTokensPerModelType0,
    )
    from .generate_key_request_mcp_rpm_limit_type_0 import GenerateKeyRequestMcpRpmLimitType0
    from .generate_key_request_metadata_type_0 import GenerateKeyRequestMetadataType0
    from .generate_key_request_model_max_budget_type_0 import GenerateKeyRequestModelMaxBudgetType0
    from .generate_key_request_model_rpm_limit_type_0 import GenerateKeyRequestModelRpmLimitType0
    from .generate_key_request_model_tpm_limit_type_0 import GenerateKeyRequestModelTpmLimitType0
    from .generate_key_request_permissions_type_0 import GenerateKeyRequestPermissionsType0
    from .generate_key_request_rpm_limit_type_type_0 import GenerateKeyRequestRpmLimitTypeType0
    from .generate_key_request_tag_rpm_limit_type_0 import GenerateKeyRequestTagRpmLimitType0
    from .generate_key_request_tpm_limit_type_type_0 import GenerateKeyRequestTpmLimitTypeType0
    from .generate_key_response import GenerateKeyResponse
    from .generate_key_response_aliases_type_0 import GenerateKeyResponseAliasesType0
    from .generate_key_response_budget_fallbacks_type_0 import GenerateKeyResponseBudgetFallbacksType0
    from .generate_key_response_config_type_0 import GenerateKeyResponseConfigType0
    from .generate_key_response_default_estimated_output_tokens_per_model_type_0 import (
        GenerateKeyResponseDefaultEstimatedOutputTokensPerModelType0,
    )
    from .generate_key_response_mcp_rpm_limit_type_0 import GenerateKeyResponseMcpRpmLimitType0
    from .generate_key_response_metadata_type_0 import GenerateKeyResponseMetadataType0
    from .generate_key_response_model_max_budget_type_0 import GenerateKeyResponseModelMaxBudgetType0
    from .generate_key_response_model_rpm_limit_type_0 import GenerateKeyResponseModelRpmLimitType0
    from .generate_key_response_model_tpm_limit_type_0 import GenerateKeyResponseModelTpmLimitType0
    from .generate_key_response_permissions_type_0 import GenerateKeyResponsePermissionsType0
    from .generate_key_response_rpm_limit_type_type_0 import GenerateKeyResponseRpmLimitTypeType0
    from .generate_key_response_tag_rpm_limit_type_0 import GenerateKeyResponseTagRpmLimitType0
    from .generate_key_response_tpm_limit_type_type_0 import GenerateKeyResponseTpmLimitTypeType0
    from .generic_guardrail_api_inputs import GenericGuardrailAPIInputs
    from .generic_response_output_item import GenericResponseOutputItem
    from .generic_response_output_item_content_annotation import GenericResponseOutputItemContentAnnotation
    from .generic_response_output_item_phase_type_0 import GenericResponseOutputItemPhaseType0
    from .get_agent_daily_activity_export_agent_daily_activity_export_get_format import (
        GetAgentDailyActivityExportAgentDailyActivityExportGetFormat,
    )
    from .get_agent_daily_activity_export_agent_daily_activity_export_get_response_200_item import (
        GetAgentDailyActivityExportAgentDailyActivityExportGetResponse200Item,
    )
    from .get_customer_daily_activity_export_customer_daily_activity_export_get_format import (
        GetCustomerDailyActivityExportCustomerDailyActivityExportGetFormat,
    )
    from .get_customer_daily_activity_export_customer_daily_activity_export_get_response_200_item import (
        GetCustomerDailyActivityExportCustomerDailyActivityExportGetResponse200Item,
    )
    from .get_fallback_fallback_model_get_fallback_type import GetFallbackFallbackModelGetFallbackType
    from .get_global_spend_report_global_spend_report_get_group_by_type_0 import (
        GetGlobalSpendReportGlobalSpendReportGetGroupByType0,
    )
    from .get_key_spend_report_key_spend_report_get_response_200_item import (
        GetKeySpendReportKeySpendReportGetResponse200Item,
    )
    from .get_model_insight_tasks_model_insights_tasks_get_metric import GetModelInsightTasksModelInsightsTasksGetMetric
    from .get_model_insights_model_insights_get_metric import GetModelInsightsModelInsightsGetMetric
    from .get_organization_daily_activity_export_organization_daily_activity_export_get_format import (
        GetOrganizationDailyActivityExportOrganizationDailyActivityExportGetFormat,
    )
    from .get_organization_daily_activity_export_organization_daily_activity_export_get_response_200_item import (
        GetOrganizationDailyActivityExportOrganizationDailyActivityExportGetResponse200Item,
    )
    from .get_organization_spend_report_organization_spend_report_get_response_200_item import (
        GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item,
    )
    from .get_prompt_caching_requests_cost_optimization_prompt_caching_requests_get_filter import (
        GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter,
    )
    from .get_public_autorouter_presets_public_autorouter_presets_get_response_get_public_autorouter_presets_public_autorouter_presets_get import (
        GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet,
    )
    from .get_tag_daily_activity_export_tag_daily_activity_export_get_format import (
        GetTagDailyActivityExportTagDailyActivityExportGetFormat,
    )
    from .get_tag_daily_activity_export_tag_daily_activity_export_get_response_200_item import (
        GetTagDailyActivityExportTagDailyActivityExportGetResponse200Item,
    )
    from .get_team_daily_activity_export_team_daily_activity_export_get_format import (
        GetTeamDailyActivityExportTeamDailyActivityExportGetFormat,
    )
    from .get_team_daily_activity_export_team_daily_activity_export_get_response_200_item import (
        GetTeamDailyActivityExportTeamDailyActivityExportGetResponse200Item,
    )
    from .get_team_member_permissions_response import GetTeamMemberPermissionsResponse
    from .get_team_spend_report_team_spend_report_get_response_200_item import (
        GetTeamSpendReportTeamSpendReportGetResponse200Item,
    )
    from .get_user_daily_activity_export_user_daily_activity_export_get_format import (
        GetUserDailyActivityExportUserDailyActivityExportGetFormat,
    )
    from .get_user_daily_activity_export_user_daily_activity_export_get_response_200_item import (
        GetUserDailyActivityExportUserDailyActivityExportGetResponse200Item,
    )
    from .get_user_spend_report_user_spend_report_get_response_200_item import (
        GetUserSpendReportUserSpendReportGetResponse200Item,
    )
    from .grammar import Grammar
    from .grammar_syntax import GrammarSyntax
    from .guardrail import Guardrail
    from .guardrail_guardrail_info_type_0 import GuardrailGuardrailInfoType0
    from .guardrail_info_response import GuardrailInfoResponse
    from .guardrail_info_response_guardrail_info_type_0 import GuardrailInfoResponseGuardrailInfoType0
    from .guardrail_key_metric import GuardrailKeyMetric
    from .guardrail_metadata import GuardrailMetadata
    from .guardrail_metric import GuardrailMetric
    from .guardrail_metric_api_key_breakdown import GuardrailMetricApiKeyBreakdown
    from .guardrail_response_format import GuardrailResponseFormat
    from .guardrail_spend_metrics import GuardrailSpendMetrics
    from .guardrail_submission_item import GuardrailSubmissionItem
    from .guardrail_submission_item_guardrail_info_type_0 import GuardrailSubmissionItemGuardrailInfoType0
    from .guardrail_submission_item_litellm_params_type_0 import GuardrailSubmissionItemLitellmParamsType0
    from .guardrail_submission_summary import GuardrailSubmissionSummary
    from .guardrail_test_result_entry import GuardrailTestResultEntry
    from .guardrail_ui_add_guardrail_settings import GuardrailUIAddGuardrailSettings
    from .guardrail_ui_add_guardrail_settings_content_filter_settings_type_0 import (
        GuardrailUIAddGuardrailSettingsContentFilterSettingsType0,
    )
    from .guardrail_ui_add_guardrail_settings_supported_modes_by_provider import (
        GuardrailUIAddGuardrailSettingsSupportedModesByProvider,
    )
    from .guardraildefinitionlocation import GUARDRAILDEFINITIONLOCATION
    from .hashicorp_vault_config import HashicorpVaultConfig
    from .health_readiness_response import HealthReadinessResponse
    from .health_services_endpoint_health_services_get_service_type_0 import (
        HealthServicesEndpointHealthServicesGetServiceType0,
    )
    from .http_auth_security_scheme import HTTPAuthSecurityScheme
    from .http_error import HTTPError
    from .http_validation_error import HTTPValidationError
    from .hyperparameters import Hyperparameters
    from .image_generation import ImageGeneration
    from .image_generation_action_type_0 import ImageGenerationActionType0
    from .image_generation_background_type_0 import ImageGenerationBackgroundType0
    from .image_generation_call import ImageGenerationCall
    from .image_generation_call_action_type_0 import ImageGenerationCallActionType0
    from .image_generation_call_background_type_0 import ImageGenerationCallBackgroundType0
    from .image_generation_call_error import ImageGenerationCallError
    from .image_generation_call_error_moderation_details import ImageGenerationCallErrorModerationDetails
    from .image_generation_call_error_moderation_details_moderation_stage import (
        ImageGenerationCallErrorModerationDetailsModerationStage,
    )
    from .image_generation_call_output_format_type_0 import ImageGenerationCallOutputFormatType0
    from .image_generation_call_quality_type_0 import ImageGenerationCallQualityType0
    from .image_generation_call_size_type_1 import ImageGenerationCallSizeType1
    from .image_generation_call_status import ImageGenerationCallStatus
    from .image_generation_call_svg_usage import ImageGenerationCallSvgUsage
    from .image_generation_complexity_type_0 import ImageGenerationComplexityType0
    from .image_generation_input_fidelity_type_0 import ImageGenerationInputFidelityType0
    from .image_generation_input_image_mask import ImageGenerationInputImageMask
    from .image_generation_model_type_1 import ImageGenerationModelType1
    from .image_generation_moderation_type_0 import ImageGenerationModerationType0
    from .image_generation_output_format_type_0 import ImageGenerationOutputFormatType0
    from .image_generation_quality_type_0 import ImageGenerationQualityType0
    from .image_generation_size_type_1 import ImageGenerationSizeType1
    from .image_generation_svg import ImageGenerationSvg
    from .image_generation_svg_reasoning import ImageGenerationSvgReasoning
    from .image_generation_svg_reasoning_effort_type_0 import ImageGenerationSvgReasoningEffortType0
    from .image_url_list_item import ImageURLListItem
    from .image_url_object import ImageURLObject
    from .import_skill_request import ImportSkillRequest
    from .incomplete_details import IncompleteDetails
    from .incomplete_details_reason_type_0 import IncompleteDetailsReasonType0
    from .index_create_lite_llm_params import IndexCreateLiteLLMParams
    from .index_create_request import IndexCreateRequest
    from .index_create_request_index_info_type_0 import IndexCreateRequestIndexInfoType0
    from .index_list_response import IndexListResponse
    from .inline_skill import InlineSkill
    from .inline_skill_param import InlineSkillParam
    from .inline_skill_source import InlineSkillSource
    from .inline_skill_source_param import InlineSkillSourceParam
    from .input_tokens_details import InputTokensDetails
    from .internal_user_settings_response import InternalUserSettingsResponse
    from .internal_user_settings_response_field_schema import InternalUserSettingsResponseFieldSchema
    from .internal_user_settings_response_values import InternalUserSettingsResponseValues
    from .invoke_agent_a2aa2a_agent_id_message_stream_post_a2a_json_rpc_request import (
        InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequest,
    )
    from .invoke_agent_a2aa2a_agent_id_message_stream_post_a2a_json_rpc_request_params import (
        InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequestParams,
    )
    from .invoke_agent_a2av1a2a_agent_id_message_stream_post_a2a_json_rpc_request import (
        InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest,
    )
    from .invoke_agent_a2av1a2a_agent_id_message_stream_post_a2a_json_rpc_request_params import (
        InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequestParams,
    )
    from .ip_address import IPAddress
    from .item_reference import ItemReference
    from .jwt_key_mapping_response import JWTKeyMappingResponse
    from .key_activity_row import KeyActivityRow
    from .key_aliases_key_aliases_get_response_key_aliases_key_aliases_get import (
        KeyAliasesKeyAliasesGetResponseKeyAliasesKeyAliasesGet,
    )
    from .key_delete_response import KeyDeleteResponse
    from .key_health_response import KeyHealthResponse
    from .key_health_response_key import KeyHealthResponseKey
    from .key_info import KeyInfo
    from .key_info_response import KeyInfoResponse
    from .key_list_response_object import KeyListResponseObject
    from .key_management_routes import KeyManagementRoutes
    from .key_metadata import KeyMetadata
    from .key_metric_with_metadata import KeyMetricWithMetadata
    from .key_request import KeyRequest
    from .key_spend_activity_row import KeySpendActivityRow
    from .key_spend_metrics import KeySpendMetrics
    from .key_update_fields import KeyUpdateFields
    from .key_update_fields_metadata_type_0 import KeyUpdateFieldsMetadataType0
    from .key_update_fields_model_max_budget_type_0 import KeyUpdateFieldsModelMaxBudgetType0
    from .key_update_fields_model_rpm_limit_type_0 import KeyUpdateFieldsModelRpmLimitType0
    from .key_update_fields_model_tpm_limit_type_0 import KeyUpdateFieldsModelTpmLimitType0
    from .key_update_fields_rpm_limit_type_type_0 import KeyUpdateFieldsRpmLimitTypeType0
    from .key_update_fields_tpm_limit_type_type_0 import KeyUpdateFieldsTpmLimitTypeType0
    from .key_update_response import KeyUpdateResponse
    from .keypress import Keypress
    from .keyword_tier_rule import KeywordTierRule
    from .kubernetes_pods_response import KubernetesPodsResponse
    from .lakera_category_thresholds import LakeraCategoryThresholds
    from .latest_release_info import LatestReleaseInfo
    from .list_access_groups_response import ListAccessGroupsResponse
    from .list_evals_response import ListEvalsResponse
    from .list_fine_tuning_jobs_fine_tuning_jobs_get_custom_llm_provider_type_0 import (
        ListFineTuningJobsFineTuningJobsGetCustomLlmProviderType0,
    )
    from .list_fine_tuning_jobs_v1_fine_tuning_jobs_get_custom_llm_provider_type_0 import (
        ListFineTuningJobsV1FineTuningJobsGetCustomLlmProviderType0,
    )
    from .list_guardrail_submissions_response import ListGuardrailSubmissionsResponse
    from .list_guardrails_response import ListGuardrailsResponse
    from .list_links import ListLinks
    from .list_meta import ListMeta
    from .list_plugins_api_plugins_get_response_200_item import ListPluginsApiPluginsGetResponse200Item
    from .list_plugins_response import ListPluginsResponse
    from .list_prompts_response import ListPromptsResponse
    from .list_response_budget_list_item import ListResponseBudgetListItem
    from .list_response_model_group_info_proxy import ListResponseModelGroupInfoProxy
    from .list_runs_response import ListRunsResponse
    from .list_search_tools_response import ListSearchToolsResponse
    from .list_shadow_eval_jobs_auto_router_shadow_eval_get_target_type_type_0 import (
        ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0,
    )
    from .list_skills_response import ListSkillsResponse
    from .list_skills_skill_hub_skills_get_sort_by import ListSkillsSkillHubSkillsGetSortBy
    from .list_skills_skill_hub_skills_get_sort_order import ListSkillsSkillHubSkillsGetSortOrder
    from .list_submissions_skill_hub_submissions_get_status_type_0 import (
        ListSubmissionsSkillHubSubmissionsGetStatusType0,
    )
    from .list_team_v2v2_team_list_get_search_team_id_match import ListTeamV2V2TeamListGetSearchTeamIdMatch
    from .list_tool_rest_api_mcp_rest_tools_list_get_response_list_tool_rest_api_mcp_rest_tools_list_get import (
        ListToolRestApiMcpRestToolsListGetResponseListToolRestApiMcpRestToolsListGet,
    )
    from .list_tools_v1_tool_list_get_input_policy_type_0 import ListToolsV1ToolListGetInputPolicyType0
    from .lite_llm_budget_table import LiteLLMBudgetTable
    from .lite_llm_budget_table_full import LiteLLMBudgetTableFull
    from .lite_llm_budget_table_full_model_max_budget_type_0 import LiteLLMBudgetTableFullModelMaxBudgetType0
    from .lite_llm_budget_table_model_max_budget_type_0 import LiteLLMBudgetTableModelMaxBudgetType0
    from .lite_llm_deleted_team_table import LiteLLMDeletedTeamTable
    from .lite_llm_deleted_team_table_metadata_type_0 import LiteLLMDeletedTeamTableMetadataType0
    from .lite_llm_deleted_team_table_model_max_budget_type_0 import LiteLLMDeletedTeamTableModelMaxBudgetType0
    from .lite_llm_deleted_team_table_model_spend_type_0 import LiteLLMDeletedTeamTableModelSpendType0
    from .lite_llm_deleted_team_table_router_settings_type_0 import LiteLLMDeletedTeamTableRouterSettingsType0
    from .lite_llm_deleted_verification_token import LiteLLMDeletedVerificationToken
    from .lite_llm_deleted_verification_token_aliases import LiteLLMDeletedVerificationTokenAliases
    from .lite_llm_deleted_verification_token_budget_fallbacks import LiteLLMDeletedVerificationTokenBudgetFallbacks
    from .lite_llm_deleted_verification_token_budget_limits_type_0_item import (
        LiteLLMDeletedVerificationTokenBudgetLimitsType0Item,
    )
    from .lite_llm_deleted_verification_token_config import LiteLLMDeletedVerificationTokenConfig
    from .lite_llm_deleted_verification_token_litellm_budget_table_type_0 import (
        LiteLLMDeletedVerificationTokenLitellmBudgetTableType0,
    )
    from .lite_llm_deleted_verification_token_metadata import LiteLLMDeletedVerificationTokenMetadata
    from .lite_llm_deleted_verification_token_model_max_budget import LiteLLMDeletedVerificationTokenModelMaxBudget
    from .lite_llm_deleted_verification_token_model_spend import LiteLLMDeletedVerificationTokenModelSpend
    from .lite_llm_deleted_verification_token_permissions import LiteLLMDeletedVerificationTokenPermissions
    from .lite_llm_deleted_verification_token_router_settings_type_0 import (
        LiteLLMDeletedVerificationTokenRouterSettingsType0,
    )
    from .lite_llm_end_user_table import LiteLLMEndUserTable
    from .lite_llm_end_user_table_allowed_model_region_type_0 import LiteLLMEndUserTableAllowedModelRegionType0
    from .lite_llm_fine_tuning_job_create import LiteLLMFineTuningJobCreate
    from .lite_llm_fine_tuning_job_create_custom_llm_provider_type_0 import (
        LiteLLMFineTuningJobCreateCustomLlmProviderType0,
    )
    from .lite_llm_key_type import LiteLLMKeyType
    from .lite_llm_managed_vector_store import LiteLLMManagedVectorStore
    from .lite_llm_managed_vector_store_index import LiteLLMManagedVectorStoreIndex
    from .lite_llm_managed_vector_store_index_index_info_type_0 import LiteLLMManagedVectorStoreIndexIndexInfoType0
    from .lite_llm_managed_vector_store_list_response import LiteLLMManagedVectorStoreListResponse
    from .lite_llm_managed_vector_store_litellm_params_type_0 import LiteLLMManagedVectorStoreLitellmParamsType0
    from .lite_llm_managed_vector_store_vector_store_metadata_type_0 import (
        LiteLLMManagedVectorStoreVectorStoreMetadataType0,
    )
    from .lite_llm_managed_vector_stores_table import LiteLLMManagedVectorStoresTable
    from .lite_llm_managed_vector_stores_table_litellm_params_type_0 import (
        LiteLLMManagedVectorStoresTableLitellmParamsType0,
    )
    from .lite_llm_managed_vector_stores_table_vector_store_metadata_type_0 import (
        LiteLLMManagedVectorStoresTableVectorStoreMetadataType0,
    )
    from .lite_llm_memory_row import LiteLLMMemoryRow
    from .lite_llm_model_table import LiteLLMModelTable
    from .lite_llm_model_table_model_aliases_type_1 import LiteLLMModelTableModelAliasesType1
    from .lite_llm_object_permission_base import LiteLLMObjectPermissionBase
    from .lite_llm_object_permission_base_mcp_tool_permissions_type_0 import (
        LiteLLMObjectPermissionBaseMcpToolPermissionsType0,
    )
    from .lite_llm_object_permission_table import LiteLLMObjectPermissionTable
    from .lite_llm_object_permission_table_mcp_tool_permissions_type_0 import (
        LiteLLMObjectPermissionTableMcpToolPermissionsType0,
    )
    from .lite_llm_organization_membership_table import LiteLLMOrganizationMembershipTable
    from .lite_llm_organization_table_with_members import LiteLLMOrganizationTableWithMembers
    from .lite_llm_organization_table_with_members_metadata_type_0 import (
        LiteLLMOrganizationTableWithMembersMetadataType0,
    )
    from .lite_llm_organization_table_with_members_model_spend_type_0 import (
        LiteLLMOrganizationTableWithMembersModelSpendType0,
    )
    from .lite_llm_params import LiteLLMParams
    from .lite_llm_params_adaptive_router_config_type_0 import LiteLLMParamsAdaptiveRouterConfigType0
    from .lite_llm_params_complexity_router_config_type_0 import LiteLLMParamsComplexityRouterConfigType0
    from .lite_llm_params_model_info_type_0 import LiteLLMParamsModelInfoType0
    from .lite_llm_params_quality_router_config_type_0 import LiteLLMParamsQualityRouterConfigType0
    from .lite_llm_params_search_context_cost_per_query_type_0 import LiteLLMParamsSearchContextCostPerQueryType0
    from .lite_llm_params_stream_timeout_by_service_tier_type_0 import LiteLLMParamsStreamTimeoutByServiceTierType0
    from .lite_llm_params_switchyard_router_config_type_0 import LiteLLMParamsSwitchyardRouterConfigType0
    from .lite_llm_params_tiered_pricing_type_0_item import LiteLLMParamsTieredPricingType0Item
    from .lite_llm_params_timeout_by_service_tier_type_0 import LiteLLMParamsTimeoutByServiceTierType0
    from .lite_llm_params_vertex_credentials_type_1 import LiteLLMParamsVertexCredentialsType1
    from .lite_llm_project_table import LiteLLMProjectTable
    from .lite_llm_project_table_metadata_type_0 import LiteLLMProjectTableMetadataType0
    from .lite_llm_project_table_model_rpm_limit_type_0 import LiteLLMProjectTableModelRpmLimitType0
    from .lite_llm_project_table_model_spend_type_0 import LiteLLMProjectTableModelSpendType0
    from .lite_llm_project_table_model_tpm_limit_type_0 import LiteLLMProjectTableModelTpmLimitType0
    from .lite_llm_proxy_model_table import LiteLLMProxyModelTable
    from .lite_llm_proxy_model_table_litellm_params import LiteLLMProxyModelTableLitellmParams
    from .lite_llm_proxy_model_table_model_info_type_0 import LiteLLMProxyModelTableModelInfoType0
    from .lite_llm_spend_logs import LiteLLMSpendLogs
    from .lite_llm_spend_logs_messages_type_2 import LiteLLMSpendLogsMessagesType2
    from .lite_llm_spend_logs_response_type_2 import LiteLLMSpendLogsResponseType2
    from .lite_llm_subscription_account_table import LiteLLMSubscriptionAccountTable
    from .lite_llm_team_membership import LiteLLMTeamMembership
    from .lite_llm_team_table import LiteLLMTeamTable
    from .lite_llm_team_table_metadata_type_0 import LiteLLMTeamTableMetadataType0
    from .lite_llm_team_table_model_max_budget_type_0 import LiteLLMTeamTableModelMaxBudgetType0
    from .lite_llm_team_table_model_spend_type_0 import LiteLLMTeamTableModelSpendType0
    from .lite_llm_team_table_router_settings_type_0 import LiteLLMTeamTableRouterSettingsType0
    from .lite_llm_tool_table_row import LiteLLMToolTableRow
    from .lite_llm_tool_table_row_assignments_type_0 import LiteLLMToolTableRowAssignmentsType0
    from .lite_llm_tool_table_row_input_policy import LiteLLMToolTableRowInputPolicy
    from .lite_llm_tool_table_row_output_policy import LiteLLMToolTableRowOutputPolicy
    from .lite_llm_user_table import LiteLLMUserTable
    from .lite_llm_user_table_metadata_type_0 import LiteLLMUserTableMetadataType0
    from .lite_llm_user_table_model_max_budget_type_0 import LiteLLMUserTableModelMaxBudgetType0
    from .lite_llm_user_table_model_spend_type_0 import LiteLLMUserTableModelSpendType0
    from .lite_llm_user_table_with_key_count import LiteLLMUserTableWithKeyCount
    from .lite_llm_user_table_with_key_count_metadata_type_0 import LiteLLMUserTableWithKeyCountMetadataType0
    from .lite_llm_user_table_with_key_count_model_max_budget_type_0 import (
        LiteLLMUserTableWithKeyCountModelMaxBudgetType0,
    )
    from .lite_llm_user_table_with_key_count_model_spend_type_0 import LiteLLMUserTableWithKeyCountModelSpendType0
    from .lite_llm_verification_token import LiteLLMVerificationToken
    from .lite_llm_verification_token_aliases import LiteLLMVerificationTokenAliases
    from .lite_llm_verification_token_budget_fallbacks import LiteLLMVerificationTokenBudgetFallbacks
    from .lite_llm_verification_token_budget_limits_type_0_item import LiteLLMVerificationTokenBudgetLimitsType0Item
    from .lite_llm_verification_token_config import LiteLLMVerificationTokenConfig
    from .lite_llm_verification_token_litellm_budget_table_type_0 import LiteLLMVerificationTokenLitellmBudgetTableType0
    from .lite_llm_verification_token_metadata import LiteLLMVerificationTokenMetadata
    from .lite_llm_verification_token_model_max_budget import LiteLLMVerificationTokenModelMaxBudget
    from .lite_llm_verification_token_model_spend import LiteLLMVerificationTokenModelSpend
    from .lite_llm_verification_token_permissions import LiteLLMVerificationTokenPermissions
    from .lite_llm_verification_token_router_settings_type_0 import LiteLLMVerificationTokenRouterSettingsType0
    from .lite_llmmcp_server_table import LiteLLMMCPServerTable
    from .lite_llmmcp_server_table_auth_type_type_0 import LiteLLMMCPServerTableAuthTypeType0
    from .lite_llmmcp_server_table_env import LiteLLMMCPServerTableEnv
    from .lite_llmmcp_server_table_mcp_info_type_0 import LiteLLMMCPServerTableMcpInfoType0
    from .lite_llmmcp_server_table_oauth_2_flow_type_0 import LiteLLMMCPServerTableOauth2FlowType0
    from .lite_llmmcp_server_table_pinned_tools_type_0 import LiteLLMMCPServerTablePinnedToolsType0
    from .lite_llmmcp_server_table_static_headers_type_0 import LiteLLMMCPServerTableStaticHeadersType0
    from .lite_llmmcp_server_table_status_type_0 import LiteLLMMCPServerTableStatusType0
    from .lite_llmmcp_server_table_teams_item import LiteLLMMCPServerTableTeamsItem
    from .lite_llmmcp_server_table_tool_name_to_description_type_0 import (
        LiteLLMMCPServerTableToolNameToDescriptionType0,
    )
    from .lite_llmmcp_server_table_tool_name_to_display_name_type_0 import (
        LiteLLMMCPServerTableToolNameToDisplayNameType0,
    )
    from .lite_llmmcp_server_table_transport import LiteLLMMCPServerTableTransport
    from .litellm_params import LitellmParams
    from .litellm_params_action import LitellmParamsAction
    from .litellm_params_additional_provider_specific_params_type_0 import (
        LitellmParamsAdditionalProviderSpecificParamsType0,
    )
    from .litellm_params_akto_metadata_type_0 import LitellmParamsAktoMetadataType0
    from .litellm_params_config_type_0 import LitellmParamsConfigType0
    from .litellm_params_context_source_type_0 import LitellmParamsContextSourceType0
    from .litellm_params_default_action import LitellmParamsDefaultAction
    from .litellm_params_detect_secrets_config_type_0 import LitellmParamsDetectSecretsConfigType0
    from .litellm_params_detectors_type_0 import LitellmParamsDetectorsType0
    from .litellm_params_grounding_strictness_type_0 import LitellmParamsGroundingStrictnessType0
    from .litellm_params_logging_only_scope_type_0 import LitellmParamsLoggingOnlyScopeType0
    from .litellm_params_mcp_block_behavior_type_0 import LitellmParamsMcpBlockBehaviorType0
    from .litellm_params_metadata_type_0 import LitellmParamsMetadataType0
    from .litellm_params_mock_redacted_text_type_0 import LitellmParamsMockRedactedTextType0
    from .litellm_params_on_disallowed_action import LitellmParamsOnDisallowedAction
    from .litellm_params_on_flagged_type_0 import LitellmParamsOnFlaggedType0
    from .litellm_params_on_sensitive_data_type_0 import LitellmParamsOnSensitiveDataType0
    from .litellm_params_on_violation_type_0 import LitellmParamsOnViolationType0
    from .litellm_params_pii_entities_config_type_0 import LitellmParamsPiiEntitiesConfigType0
    from .litellm_params_presidio_filter_scope_type_0 import LitellmParamsPresidioFilterScopeType0
    from .litellm_params_presidio_run_on_type_0 import LitellmParamsPresidioRunOnType0
    from .litellm_params_presidio_score_thresholds_type_0 import LitellmParamsPresidioScoreThresholdsType0
    from .litellm_params_stream_scope_type_0 import LitellmParamsStreamScopeType0
    from .litellm_params_stream_scope_type_1 import LitellmParamsStreamScopeType1
    from .litellm_params_stream_scope_type_1_additional_property import LitellmParamsStreamScopeType1AdditionalProperty
    from .litellm_params_unreachable_fallback import LitellmParamsUnreachableFallback
    from .litellm_types_llms_openai_computer_tool_param import LitellmTypesLlmsOpenaiComputerToolParam
    from .litellm_types_llms_openai_computer_tool_param_environment_type_0 import (
        LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0,
    )
    from .litellm_user_roles import LitellmUserRoles
    from .llmv2_calibration import LLMV2Calibration
    from .llmv2_config import LLMV2Config
    from .llmv2_config_response_format import LLMV2ConfigResponseFormat
    from .llmv2_probability_calibration import LLMV2ProbabilityCalibration
    from .local_environment import LocalEnvironment
    from .local_environment_param import LocalEnvironmentParam
    from .local_shell import LocalShell
    from .local_shell_call import LocalShellCall
    from .local_shell_call_action import LocalShellCallAction
    from .local_shell_call_action_env import LocalShellCallActionEnv
    from .local_shell_call_output import LocalShellCallOutput
    from .local_shell_call_output_status_type_0 import LocalShellCallOutputStatusType0
    from .local_shell_call_status import LocalShellCallStatus
    from .local_skill import LocalSkill
    from .local_skill_param import LocalSkillParam
    from .logging_callback_status import LoggingCallbackStatus
    from .logging_callback_status_status import LoggingCallbackStatusStatus
    from .logprob import Logprob
    from .logprob_top_logprob import LogprobTopLogprob
    from .make_agents_public_request import MakeAgentsPublicRequest
    from .make_mcp_servers_public_request import MakeMCPServersPublicRequest
    from .managed_agent_identity_status import ManagedAgentIdentityStatus
    from .managed_agent_identity_status_execution_mode import ManagedAgentIdentityStatusExecutionMode
    from .mcp import Mcp
    from .mcp_allowed_callers_type_0_item import McpAllowedCallersType0Item
    from .mcp_allowed_tools_mcp_tool_filter import McpAllowedToolsMcpToolFilter
    from .mcp_approval_request import McpApprovalRequest
    from .mcp_approval_response import McpApprovalResponse
    from .mcp_call import McpCall
    from .mcp_call_status_type_0 import McpCallStatusType0
    from .mcp_connector_entry import MCPConnectorEntry
    from .mcp_connector_entry_env import MCPConnectorEntryEnv
    from .mcp_connector_entry_headers_type_0 import MCPConnectorEntryHeadersType0
    from .mcp_connector_id_type_0 import McpConnectorIdType0
    from .mcp_connector_import_failure import MCPConnectorImportFailure
    from .mcp_connector_import_request import MCPConnectorImportRequest
    from .mcp_connector_import_request_mcp_servers_type_0 import MCPConnectorImportRequestMcpServersType0
    from .mcp_connector_import_response import MCPConnectorImportResponse
    from .mcp_connector_import_result import MCPConnectorImportResult
    from .mcp_connector_import_skipped import MCPConnectorImportSkipped
    from .mcp_credentials import MCPCredentials
    from .mcp_credentials_token_endpoint_auth_method_type_0 import MCPCredentialsTokenEndpointAuthMethodType0
    from .mcp_env_var import MCPEnvVar
    from .mcp_env_var_scope import MCPEnvVarScope
    from .mcp_gateway_session import MCPGatewaySession
    from .mcp_gateway_session_group_count import MCPGatewaySessionGroupCount
    from .mcp_gateway_sessions_response import MCPGatewaySessionsResponse
    from .mcp_gateway_sessions_terminate_response import MCPGatewaySessionsTerminateResponse
    from .mcp_headers_type_0 import McpHeadersType0
    from .mcp_list_tools import McpListTools
    from .mcp_list_tools_tool import McpListToolsTool
    from .mcp_protocol_error import McpProtocolError
    from .mcp_public_server import MCPPublicServer
    from .mcp_public_server_auth_type_type_0 import MCPPublicServerAuthTypeType0
    from .mcp_public_server_mcp_info_type_0 import MCPPublicServerMcpInfoType0
    from .mcp_public_server_transport import MCPPublicServerTransport
    from .mcp_require_approval_mcp_tool_approval_filter import McpRequireApprovalMcpToolApprovalFilter
    from .mcp_require_approval_mcp_tool_approval_filter_always import McpRequireApprovalMcpToolApprovalFilterAlways
    from .mcp_require_approval_mcp_tool_approval_filter_never import McpRequireApprovalMcpToolApprovalFilterNever
    from .mcp_require_approval_type_1 import McpRequireApprovalType1
    from .mcp_semantic_filter_settings import MCPSemanticFilterSettings
    from .mcp_semantic_filter_settings_response import MCPSemanticFilterSettingsResponse
    from .mcp_semantic_filter_settings_response_field_schema import MCPSemanticFilterSettingsResponseFieldSchema
    from .mcp_semantic_filter_settings_response_values import MCPSemanticFilterSettingsResponseValues
    from .mcp_server_user_credential_list_item import MCPServerUserCredentialListItem
    from .mcp_server_user_credential_list_item_credential_type import MCPServerUserCredentialListItemCredentialType
    from .mcp_submissions_summary import MCPSubmissionsSummary
    from .mcp_tool_execution_error import McpToolExecutionError
    from .mcp_tool_search_settings import MCPToolSearchSettings
    from .mcp_tool_search_settings_response import MCPToolSearchSettingsResponse
    from .mcp_tool_search_settings_response_field_schema import MCPToolSearchSettingsResponseFieldSchema
    from .mcp_tool_search_settings_response_values import MCPToolSearchSettingsResponseValues
    from .mcp_toolset_tool import MCPToolsetTool
    from .mcp_user_credential_list_item import MCPUserCredentialListItem
    from .mcp_user_credential_request import MCPUserCredentialRequest
    from .mcp_user_credential_response import MCPUserCredentialResponse
    from .mcp_user_env_var_spec import MCPUserEnvVarSpec
    from .mcp_user_env_vars_request import MCPUserEnvVarsRequest
    from .mcp_user_env_vars_request_values import MCPUserEnvVarsRequestValues
    from .mcp_user_env_vars_status import MCPUserEnvVarsStatus
    from .mcpo_auth_user_credential_request import MCPOAuthUserCredentialRequest
    from .mcpo_auth_user_credential_status import MCPOAuthUserCredentialStatus
    from .member import Member
    from .member_role import MemberRole
    from .memory_create_request import MemoryCreateRequest
    from .memory_delete_response import MemoryDeleteResponse
    from .memory_list_response import MemoryListResponse
    from .memory_update_request import MemoryUpdateRequest
    from .message import Message
    from .message_provider_specific_fields_type_0 import MessageProviderSpecificFieldsType0
    from .message_role import MessageRole
    from .metric_with_metadata import MetricWithMetadata
    from .metric_with_metadata_api_key_breakdown import MetricWithMetadataApiKeyBreakdown
    from .metric_with_metadata_metadata import MetricWithMetadataMetadata
    from .mode import Mode
    from .mode_tags import ModeTags
    from .model_access_window import ModelAccessWindow
    from .model_deprecation_info import ModelDeprecationInfo
    from .model_deprecation_info_status import ModelDeprecationInfoStatus
    from .model_deprecation_response import ModelDeprecationResponse
    from .model_group_info_proxy import ModelGroupInfoProxy
    from .model_group_info_proxy_custom_metadata_type_0 import ModelGroupInfoProxyCustomMetadataType0
    from .model_group_info_proxy_mode_type_1 import ModelGroupInfoProxyModeType1
    from .model_group_info_response import ModelGroupInfoResponse
    from .model_info import ModelInfo
    from .model_info_delete import ModelInfoDelete
    from .model_info_ptu_shares_type_0 import ModelInfoPtuSharesType0
    from .model_info_response import ModelInfoResponse
    from .model_info_tier_type_0 import ModelInfoTierType0
    from .model_info_tiered_pricing_type_0_item import ModelInfoTieredPricingType0Item
    from .model_insight_daily_metric import ModelInsightDailyMetric
    from .model_insight_daily_total import ModelInsightDailyTotal
    from .model_insight_metric import ModelInsightMetric
    from .model_insight_task_summary import ModelInsightTaskSummary
    from .model_insight_tasks_response import ModelInsightTasksResponse
    from .model_insights_response import ModelInsightsResponse
    from .model_response import ModelResponse
    from .model_top_keys_response import ModelTopKeysResponse
    from .move import Move
    from .moyai_connect_exchange_request import MoyaiConnectExchangeRequest
    from .moyai_connect_exchange_response import MoyaiConnectExchangeResponse
    from .moyai_connect_start_request import MoyaiConnectStartRequest
    from .moyai_connect_start_response import MoyaiConnectStartResponse
    from .mutual_tls_security_scheme import MutualTLSSecurityScheme
    from .namespace_tool import NamespaceTool
    from .namespace_tool_param import NamespaceToolParam
    from .new_customer_request import NewCustomerRequest
    from .new_customer_request_allowed_model_region_type_0 import NewCustomerRequestAllowedModelRegionType0
    from .new_customer_request_model_max_budget_type_0 import NewCustomerRequestModelMaxBudgetType0
    from .new_mcp_server_request import NewMCPServerRequest
    from .new_mcp_server_request_auth_type_type_0 import NewMCPServerRequestAuthTypeType0
    from .new_mcp_server_request_env import NewMCPServerRequestEnv
    from .new_mcp_server_request_mcp_info_type_0 import NewMCPServerRequestMcpInfoType0
    from .new_mcp_server_request_oauth_2_flow_type_0 import NewMCPServerRequestOauth2FlowType0
    from .new_mcp_server_request_static_headers_type_0 import NewMCPServerRequestStaticHeadersType0
    from .new_mcp_server_request_tool_name_to_description_type_0 import NewMCPServerRequestToolNameToDescriptionType0
    from .new_mcp_server_request_tool_name_to_display_name_type_0 import NewMCPServerRequestToolNameToDisplayNameType0
    from .new_mcp_server_request_transport import NewMCPServerRequestTransport
    from .new_mcp_toolset_request import NewMCPToolsetRequest
    from .new_model_group_request import NewModelGroupRequest
    from .new_model_group_response import NewModelGroupResponse
    from .new_organization_request import NewOrganizationRequest
    from .new_organization_request_metadata_type_0 import NewOrganizationRequestMetadataType0
    from .new_organization_request_model_max_budget_type_0 import NewOrganizationRequestModelMaxBudgetType0
    from .new_organization_request_model_rpm_limit_type_0 import NewOrganizationRequestModelRpmLimitType0
    from .new_organization_request_model_tpm_limit_type_0 import NewOrganizationRequestModelTpmLimitType0
    from .new_organization_response import NewOrganizationResponse
    from .new_organization_response_metadata_type_0 import NewOrganizationResponseMetadataType0
    from .new_organization_response_model_spend_type_0 import NewOrganizationResponseModelSpendType0
    from .new_project_request import NewProjectRequest
    from .new_project_request_metadata_type_0 import NewProjectRequestMetadataType0
    from .new_project_request_model_itpm_limit_type_0 import NewProjectRequestModelItpmLimitType0
    from .new_project_request_model_max_budget_type_0 import NewProjectRequestModelMaxBudgetType0
    from .new_project_request_model_otpm_limit_type_0 import NewProjectRequestModelOtpmLimitType0
    from .new_project_request_model_rpm_limit_type_0 import NewProjectRequestModelRpmLimitType0
    from .new_project_request_model_tpm_limit_type_0 import NewProjectRequestModelTpmLimitType0
    from .new_project_response import NewProjectResponse
    from .new_project_response_metadata_type_0 import NewProjectResponseMetadataType0
    from .new_project_response_model_rpm_limit_type_0 import NewProjectResponseModelRpmLimitType0
    from .new_project_response_model_spend_type_0 import NewProjectResponseModelSpendType0
    from .new_project_response_model_tpm_limit_type_0 import NewProjectResponseModelTpmLimitType0
    from .new_team_request import NewTeamRequest
    from .new_team_request_default_estimated_output_tokens_per_model_type_0 import (
        NewTeamRequestDefaultEstimatedOutputTokensPerModelType0,
    )
    from .new_team_request_enforced_batch_output_expires_after_type_0 import (
        NewTeamRequestEnforcedBatchOutputExpiresAfterType0,
    )
    from .new_team_request_enforced_file_expires_after_type_0 import NewTeamRequestEnforcedFileExpiresAfterType0
    from .new_team_request_mcp_rpm_limit_type_0 import NewTeamRequestMcpRpmLimitType0
    from .new_team_request_metadata_type_0 import NewTeamRequestMetadataType0
    from .new_team_request_model_aliases_type_0 import NewTeamRequestModelAliasesType0
    from .new_team_request_model_max_budget_type_0 import NewTeamRequestModelMaxBudgetType0
    from .new_team_request_model_rpm_limit_type_0 import NewTeamRequestModelRpmLimitType0
    from .new_team_request_model_tpm_limit_type_0 import NewTeamRequestModelTpmLimitType0
    from .new_team_request_rpm_limit_type_type_0 import NewTeamRequestRpmLimitTypeType0
    from .new_team_request_secret_manager_settings_type_0 import NewTeamRequestSecretManagerSettingsType0
    from .new_team_request_team_member_model_max_budget_type_0 import NewTeamRequestTeamMemberModelMaxBudgetType0
    from .new_team_request_tpm_limit_type_type_0 import NewTeamRequestTpmLimitTypeType0
    from .new_user_request import NewUserRequest
    from .new_user_request_aliases_type_0 import NewUserRequestAliasesType0
    from .new_user_request_budget_fallbacks_type_0 import NewUserRequestBudgetFallbacksType0
    from .new_user_request_config_type_0 import NewUserRequestConfigType0
    from .new_user_request_mcp_rpm_limit_type_0 import NewUserRequestMcpRpmLimitType0
    from .new_user_request_metadata_type_0 import NewUserRequestMetadataType0
    from .new_user_request_model_max_budget_type_0 import NewUserRequestModelMaxBudgetType0
    from .new_user_request_model_rpm_limit_type_0 import NewUserRequestModelRpmLimitType0
    from .new_user_request_model_tpm_limit_type_0 import NewUserRequestModelTpmLimitType0
    from .new_user_request_permissions_type_0 import NewUserRequestPermissionsType0
    from .new_user_request_tag_rpm_limit_type_0 import NewUserRequestTagRpmLimitType0
    from .new_user_request_team import NewUserRequestTeam
    from .new_user_request_team_user_role import NewUserRequestTeamUserRole
    from .new_user_request_user_role_type_0 import NewUserRequestUserRoleType0
    from .new_user_response import NewUserResponse
    from .new_user_response_aliases_type_0 import NewUserResponseAliasesType0
    from .new_user_response_budget_fallbacks_type_0 import NewUserResponseBudgetFallbacksType0
    from .new_user_response_config_type_0 import NewUserResponseConfigType0
    from .new_user_response_default_estimated_output_tokens_per_model_type_0 import (
        NewUserResponseDefaultEstimatedOutputTokensPerModelType0,
    )
    from .new_user_response_mcp_rpm_limit_type_0 import NewUserResponseMcpRpmLimitType0
    from .new_user_response_metadata_type_0 import NewUserResponseMetadataType0
    from .new_user_response_model_max_budget_type_0 import NewUserResponseModelMaxBudgetType0
    from .new_user_response_model_rpm_limit_type_0 import NewUserResponseModelRpmLimitType0
    from .new_user_response_model_tpm_limit_type_0 import NewUserResponseModelTpmLimitType0
    from .new_user_response_permissions_type_0 import NewUserResponsePermissionsType0
    from .new_user_response_rpm_limit_type_type_0 import NewUserResponseRpmLimitTypeType0
    from .new_user_response_tag_rpm_limit_type_0 import NewUserResponseTagRpmLimitType0
    from .new_user_response_tpm_limit_type_type_0 import NewUserResponseTpmLimitTypeType0
    from .new_user_response_user_role_type_0 import NewUserResponseUserRoleType0
    from .noul_answer import NoulAnswer
    from .o_auth_2_security_scheme import OAuth2SecurityScheme
    from .o_auth_flows import OAuthFlows
    from .o_auth_flows_authorization_code_type_0 import OAuthFlowsAuthorizationCodeType0
    from .o_auth_flows_client_credentials_type_0 import OAuthFlowsClientCredentialsType0
    from .o_auth_flows_implicit_type_0 import OAuthFlowsImplicitType0
    from .o_auth_flows_password_type_0 import OAuthFlowsPasswordType0
    from .oauth_protected_resource_root_well_known_oauth_protected_resource_get_response_oauth_protected_resource_root_well_known_oauth_protected_resource_get import (
        OauthProtectedResourceRootWellKnownOauthProtectedResourceGetResponseOauthProtectedResourceRootWellKnownOauthProtectedResourceGet,
    )
    from .open_ai_box_answer import OpenAIBoxAnswer
    from .open_ai_choice_answer import OpenAIChoiceAnswer
    from .open_ai_choice_probability import OpenAIChoiceProbability
    from .open_ai_decision_input_tokens_details import OpenAIDecisionInputTokensDetails
    from .open_ai_decision_output_tokens_details import OpenAIDecisionOutputTokensDetails
    from .open_ai_decision_response import OpenAIDecisionResponse
    from .open_ai_decision_usage import OpenAIDecisionUsage
    from .open_ai_model import OpenAIModel
    from .open_ai_model_list import OpenAIModelList
    from .open_ai_predicate_answer import OpenAIPredicateAnswer
    from .open_ai_refusal_answer import OpenAIRefusalAnswer
    from .open_ai_score_answer import OpenAIScoreAnswer
    from .open_ai_score_probability import OpenAIScoreProbability
    from .open_ai_tool_search_tool_param import OpenAIToolSearchToolParam
    from .open_id_connect_security_scheme import OpenIdConnectSecurityScheme
    from .open_source_classifier_config import OpenSourceClassifierConfig
    from .open_source_classifier_config_provider import OpenSourceClassifierConfigProvider
    from .openai_types_responses_computer_tool_param_computer_tool_param import (
        OpenaiTypesResponsesComputerToolParamComputerToolParam,
    )
    from .openai_types_responses_response_configuration_update_item_param_param_reasoning import (
        OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning,
    )
    from .openai_types_responses_response_configuration_update_item_param_param_reasoning_effort_type_0 import (
        OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0,
    )
    from .openai_types_responses_response_configuration_update_item_param_param_text import (
        OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText,
    )
    from .openai_types_responses_response_configuration_update_item_text import (
        OpenaiTypesResponsesResponseConfigurationUpdateItemText,
    )
    from .openai_types_responses_web_search_preview_tool_param_user_location import (
        OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation,
    )
    from .openai_types_responses_web_search_preview_tool_user_location import (
        OpenaiTypesResponsesWebSearchPreviewToolUserLocation,
    )
    from .openai_types_responses_web_search_tool_param_user_location import (
        OpenaiTypesResponsesWebSearchToolParamUserLocation,
    )
    from .openai_types_responses_web_search_tool_user_location import OpenaiTypesResponsesWebSearchToolUserLocation
    from .openai_types_shared_custom_tool_input_format_text import OpenaiTypesSharedCustomToolInputFormatText
    from .openai_types_shared_params_custom_tool_input_format_text import (
        OpenaiTypesSharedParamsCustomToolInputFormatText,
    )
    from .openai_types_shared_params_reasoning_reasoning import OpenaiTypesSharedParamsReasoningReasoning
    from .openai_types_shared_params_reasoning_reasoning_context_type_0 import (
        OpenaiTypesSharedParamsReasoningReasoningContextType0,
    )
    from .openai_types_shared_params_reasoning_reasoning_effort_type_0 import (
        OpenaiTypesSharedParamsReasoningReasoningEffortType0,
    )
    from .openai_types_shared_params_reasoning_reasoning_generate_summary_type_0 import (
        OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0,
    )
    from .openai_types_shared_params_reasoning_reasoning_mode_type_1 import (
        OpenaiTypesSharedParamsReasoningReasoningModeType1,
    )
    from .openai_types_shared_params_reasoning_reasoning_summary_type_0 import (
        OpenaiTypesSharedParamsReasoningReasoningSummaryType0,
    )
    from .operation_create_file import OperationCreateFile
    from .operation_delete_file import OperationDeleteFile
    from .operation_update_file import OperationUpdateFile
    from .org_member import OrgMember
    from .org_member_role import OrgMemberRole
    from .organization_add_member_response import OrganizationAddMemberResponse
    from .organization_member_add_request import OrganizationMemberAddRequest
    from .organization_member_delete_request import OrganizationMemberDeleteRequest
    from .organization_member_update_request import OrganizationMemberUpdateRequest
    from .organization_request import OrganizationRequest
    from .organization_update_request_v2 import OrganizationUpdateRequestV2
    from .organization_update_request_v2_metadata_type_0 import OrganizationUpdateRequestV2MetadataType0
    from .organization_update_request_v2_model_max_budget_type_0 import OrganizationUpdateRequestV2ModelMaxBudgetType0
    from .outcome_exit import OutcomeExit
    from .outcome_timeout import OutcomeTimeout
    from .output import Output
    from .output_code_interpreter_call import OutputCodeInterpreterCall
    from .output_code_interpreter_call_log import OutputCodeInterpreterCallLog
    from .output_code_interpreter_call_status import OutputCodeInterpreterCallStatus
    from .output_function_tool_call import OutputFunctionToolCall
    from .output_function_tool_call_phase_type_0 import OutputFunctionToolCallPhaseType0
    from .output_function_tool_call_status import OutputFunctionToolCallStatus
    from .output_image import OutputImage
    from .output_image_generation_call import OutputImageGenerationCall
    from .output_image_generation_call_status import OutputImageGenerationCallStatus
    from .output_logs import OutputLogs
    from .output_outcome_exit import OutputOutcomeExit
    from .output_outcome_timeout import OutputOutcomeTimeout
    from .output_text import OutputText
    from .output_tokens_details import OutputTokensDetails
    from .output_tool_search_call import OutputToolSearchCall
    from .output_tool_search_call_execution import OutputToolSearchCallExecution
    from .output_tool_search_call_status import OutputToolSearchCallStatus
    from .page_links import PageLinks
    from .page_meta import PageMeta
    from .paginated_audit_log_response import PaginatedAuditLogResponse
    from .pass_through_endpoint_response import PassThroughEndpointResponse
    from .pass_through_generic_endpoint import PassThroughGenericEndpoint
    from .pass_through_generic_endpoint_default_query_params import PassThroughGenericEndpointDefaultQueryParams
    from .pass_through_generic_endpoint_guardrails_type_0 import PassThroughGenericEndpointGuardrailsType0
    from .pass_through_generic_endpoint_headers import PassThroughGenericEndpointHeaders
    from .pass_through_guardrail_settings import PassThroughGuardrailSettings
    from .patch_agent_request import PatchAgentRequest
    from .patch_agent_request_execution_mode import PatchAgentRequestExecutionMode
    from .patch_agent_request_litellm_params import PatchAgentRequestLitellmParams
    from .patch_agent_request_static_headers_type_0 import PatchAgentRequestStaticHeadersType0
    from .patch_guardrail_request import PatchGuardrailRequest
    from .patch_guardrail_request_guardrail_info_type_0 import PatchGuardrailRequestGuardrailInfoType0
    from .patch_model_request import PatchModelRequest
    from .patch_prompt_request import PatchPromptRequest
    from .patch_team_request import PatchTeamRequest
    from .patch_team_request_default_estimated_output_tokens_per_model_type_0 import (
        PatchTeamRequestDefaultEstimatedOutputTokensPerModelType0,
    )
    from .patch_team_request_enforced_batch_output_expires_after_type_0 import (
        PatchTeamRequestEnforcedBatchOutputExpiresAfterType0,
    )
    from .patch_team_request_enforced_file_expires_after_type_0 import PatchTeamRequestEnforcedFileExpiresAfterType0
    from .patch_team_request_mcp_rpm_limit_type_0 import PatchTeamRequestMcpRpmLimitType0
    from .patch_team_request_metadata_type_0 import PatchTeamRequestMetadataType0
    from .patch_team_request_model_aliases_type_0 import PatchTeamRequestModelAliasesType0
    from .patch_team_request_model_max_budget_type_0 import PatchTeamRequestModelMaxBudgetType0
    from .patch_team_request_model_rpm_limit_type_0 import PatchTeamRequestModelRpmLimitType0
    from .patch_team_request_model_tpm_limit_type_0 import PatchTeamRequestModelTpmLimitType0
    from .patch_team_request_secret_manager_settings_type_0 import PatchTeamRequestSecretManagerSettingsType0
    from .patch_team_request_team_member_model_max_budget_type_0 import PatchTeamRequestTeamMemberModelMaxBudgetType0
    from .pending_safety_check import PendingSafetyCheck
    from .per_testing_criteria_result import PerTestingCriteriaResult
    from .per_user_analytics_response import PerUserAnalyticsResponse
    from .per_user_metrics import PerUserMetrics
    from .pii_action import PiiAction
    from .pii_entity_category_map import PiiEntityCategoryMap
    from .pii_entity_type import PiiEntityType
    from .pin_mcp_server_tools_v1_mcp_server_server_id_pin_post_response_pin_mcp_server_tools_v1_mcp_server_server_id_pin_post import (
        PinMcpServerToolsV1McpServerServerIdPinPostResponsePinMcpServerToolsV1McpServerServerIdPinPost,
    )
    from .pinned_mcp_tool import PinnedMCPTool
    from .pinned_mcp_tool_input_schema import PinnedMCPToolInputSchema
    from .pipeline_test_request import PipelineTestRequest
    from .pipeline_test_request_pipeline import PipelineTestRequestPipeline
    from .pipeline_test_request_test_messages_item import PipelineTestRequestTestMessagesItem
    from .plugin_auth_token_api_plugins_auth_token_get_response_plugin_auth_token_api_plugins_auth_token_get import (
        PluginAuthTokenApiPluginsAuthTokenGetResponsePluginAuthTokenApiPluginsAuthTokenGet,
    )
    from .plugin_author import PluginAuthor
    from .plugin_download_event import PluginDownloadEvent
    from .plugin_downloads_response import PluginDownloadsResponse
    from .plugin_list_item import PluginListItem
    from .plugin_list_item_installation_preference_type_0 import PluginListItemInstallationPreferenceType0
    from .plugin_list_item_source import PluginListItemSource
    from .plugin_response import PluginResponse
    from .plugin_response_installation_preference_type_0 import PluginResponseInstallationPreferenceType0
    from .plugin_response_source import PluginResponseSource
    from .policy_attachment_create_request import PolicyAttachmentCreateRequest
    from .policy_attachment_db_response import PolicyAttachmentDBResponse
    from .policy_attachment_db_response_definition_location import PolicyAttachmentDBResponseDefinitionLocation
    from .policy_attachment_list_response import PolicyAttachmentListResponse
    from .policy_condition_request import PolicyConditionRequest
    from .policy_create_request import PolicyCreateRequest
    from .policy_create_request_pipeline_type_0 import PolicyCreateRequestPipelineType0
    from .policy_db_response import PolicyDBResponse
    from .policy_db_response_condition_type_0 import PolicyDBResponseConditionType0
    from .policy_db_response_definition_location import PolicyDBResponseDefinitionLocation
    from .policy_db_response_pipeline_type_0 import PolicyDBResponsePipelineType0
    from .policy_guardrails_response import PolicyGuardrailsResponse
    from .policy_info_response import PolicyInfoResponse
    from .policy_list_db_response import PolicyListDBResponse
    from .policy_list_response import PolicyListResponse
    from .policy_list_response_policies import PolicyListResponsePolicies
    from .policy_match_context import PolicyMatchContext
    from .policy_match_detail import PolicyMatchDetail
    from .policy_resolve_request import PolicyResolveRequest
    from .policy_resolve_response import PolicyResolveResponse
    from .policy_scope_response import PolicyScopeResponse
    from .policy_summary_item import PolicySummaryItem
    from .policy_test_response import PolicyTestResponse
    from .policy_update_request import PolicyUpdateRequest
    from .policy_update_request_pipeline_type_0 import PolicyUpdateRequestPipelineType0
    from .policy_validate_request import PolicyValidateRequest
    from .policy_validate_request_policies import PolicyValidateRequestPolicies
    from .policy_validation_error import PolicyValidationError
    from .policy_validation_error_type import PolicyValidationErrorType
    from .policy_validation_response import PolicyValidationResponse
    from .policy_version_compare_response import PolicyVersionCompareResponse
    from .policy_version_compare_response_field_diffs import PolicyVersionCompareResponseFieldDiffs
    from .policy_version_compare_response_field_diffs_additional_property import (
        PolicyVersionCompareResponseFieldDiffsAdditionalProperty,
    )
    from .policy_version_create_request import PolicyVersionCreateRequest
    from .policy_version_list_response import PolicyVersionListResponse
    from .policy_version_status_update_request import PolicyVersionStatusUpdateRequest
    from .price_tier import PriceTier
    from .price_tier_costs import PriceTierCosts
    from .program import Program
    from .program_output import ProgramOutput
    from .program_output_status import ProgramOutputStatus
    from .programmatic_tool_calling import ProgrammaticToolCalling
    from .prompt import Prompt
    from .prompt_cache_breakpoint import PromptCacheBreakpoint
    from .prompt_cache_breakpoint_ttl_type_0 import PromptCacheBreakpointTtlType0
    from .prompt_cache_options import PromptCacheOptions
    from .prompt_cache_options_mode import PromptCacheOptionsMode
    from .prompt_cache_options_ttl import PromptCacheOptionsTtl
    from .prompt_caching_request import PromptCachingRequest
    from .prompt_caching_request_cursor import PromptCachingRequestCursor
    from .prompt_caching_requests_response import PromptCachingRequestsResponse
    from .prompt_info import PromptInfo
    from .prompt_info_prompt_type import PromptInfoPromptType
    from .prompt_info_response import PromptInfoResponse
    from .prompt_lite_llm_params import PromptLiteLLMParams
    from .prompt_lite_llm_params_provider_specific_query_params_type_0 import (
        PromptLiteLLMParamsProviderSpecificQueryParamsType0,
    )
    from .prompt_object import PromptObject
    from .prompt_object_variables_type_0 import PromptObjectVariablesType0
    from .prompt_spec import PromptSpec
    from .prompt_template_base import PromptTemplateBase
    from .prompt_template_base_metadata_type_0 import PromptTemplateBaseMetadataType0
    from .prompt_tokens_details import PromptTokensDetails
    from .prompt_tokens_details_modality import PromptTokensDetailsModality
    from .provider_budget_response import ProviderBudgetResponse
    from .provider_budget_response_object import ProviderBudgetResponseObject
    from .provider_budget_response_providers import ProviderBudgetResponseProviders
    from .provider_create_info import ProviderCreateInfo
    from .provider_credential_field import ProviderCredentialField
    from .provider_credential_field_field_type import ProviderCredentialFieldFieldType
    from .proxy_chat_completion_request import ProxyChatCompletionRequest
    from .proxy_chat_completion_request_context_window_fallback_dict_type_0 import (
        ProxyChatCompletionRequestContextWindowFallbackDictType0,
    )
    from .proxy_chat_completion_request_function_call_type_1 import ProxyChatCompletionRequestFunctionCallType1
    from .proxy_chat_completion_request_functions_type_0_item import ProxyChatCompletionRequestFunctionsType0Item
    from .proxy_chat_completion_request_logit_bias_type_0 import ProxyChatCompletionRequestLogitBiasType0
    from .proxy_chat_completion_request_metadata_type_0 import ProxyChatCompletionRequestMetadataType0
    from .proxy_chat_completion_request_response_format_type_0 import ProxyChatCompletionRequestResponseFormatType0
    from .proxy_chat_completion_request_stream_options_type_0 import ProxyChatCompletionRequestStreamOptionsType0
    from .proxy_chat_completion_request_tool_choice_type_1 import ProxyChatCompletionRequestToolChoiceType1
    from .proxy_chat_completion_request_tools_type_0_item import ProxyChatCompletionRequestToolsType0Item
    from .public_model_hub_facet_public_v1_model_hub_facet_get_facet import (
        PublicModelHubFacetPublicV1ModelHubFacetGetFacet,
    )
    from .public_model_hub_info import PublicModelHubInfo
    from .public_model_hub_info_useful_links_type_0 import PublicModelHubInfoUsefulLinksType0
    from .public_model_hub_info_useful_links_type_0_additional_property_type_1 import (
        PublicModelHubInfoUsefulLinksType0AdditionalPropertyType1,
    )
    from .ranking_options import RankingOptions
    from .ranking_options_hybrid_search import RankingOptionsHybridSearch
    from .ranking_options_ranker_type_0 import RankingOptionsRankerType0
    from .raw_request_typed_dict import RawRequestTypedDict
    from .raw_request_typed_dict_raw_request_body_type_0 import RawRequestTypedDictRawRequestBodyType0
    from .raw_request_typed_dict_raw_request_headers_type_0 import RawRequestTypedDictRawRequestHeadersType0
    from .realtime_client_secret_response import RealtimeClientSecretResponse
    from .realtime_client_secret_response_session_type_0 import RealtimeClientSecretResponseSessionType0
    from .realtime_transcription_session_response import RealtimeTranscriptionSessionResponse
    from .realtime_transcription_session_response_client_secret_type_0 import (
        RealtimeTranscriptionSessionResponseClientSecretType0,
    )
    from .reasoning import Reasoning
    from .reasoning_effort_type_0 import ReasoningEffortType0
    from .regenerate_key_request import RegenerateKeyRequest
    from .regenerate_key_request_aliases_type_0 import RegenerateKeyRequestAliasesType0
    from .regenerate_key_request_budget_fallbacks_type_0 import RegenerateKeyRequestBudgetFallbacksType0
    from .regenerate_key_request_config_type_0 import RegenerateKeyRequestConfigType0
    from .regenerate_key_request_default_estimated_output_tokens_per_model_type_0 import (
        RegenerateKeyRequestDefaultEstimatedOutputTokensPerModelType0,
    )
    from .regenerate_key_request_mcp_rpm_limit_type_0 import RegenerateKeyRequestMcpRpmLimitType0
    from .regenerate_key_request_metadata_type_0 import RegenerateKeyRequestMetadataType0
    from .regenerate_key_request_model_max_budget_type_0 import RegenerateKeyRequestModelMaxBudgetType0
    from .regenerate_key_request_model_rpm_limit_type_0 import RegenerateKeyRequestModelRpmLimitType0
    from .regenerate_key_request_model_tpm_limit_type_0 import RegenerateKeyRequestModelTpmLimitType0
    from .regenerate_key_request_permissions_type_0 import RegenerateKeyRequestPermissionsType0
    from .regenerate_key_request_rpm_limit_type_type_0 import RegenerateKeyRequestRpmLimitTypeType0
    from .regenerate_key_request_tag_rpm_limit_type_0 import RegenerateKeyRequestTagRpmLimitType0
    from .regenerate_key_request_tpm_limit_type_type_0 import RegenerateKeyRequestTpmLimitTypeType0
    from .register_guardrail_request import RegisterGuardrailRequest
    from .register_guardrail_request_guardrail_info_type_0 import RegisterGuardrailRequestGuardrailInfoType0
    from .register_guardrail_request_litellm_params import RegisterGuardrailRequestLitellmParams
    from .register_guardrail_response import RegisterGuardrailResponse
    from .register_plugin_request import RegisterPluginRequest
    from .register_plugin_request_installation_preference_type_0 import RegisterPluginRequestInstallationPreferenceType0
    from .register_plugin_request_source import RegisterPluginRequestSource
    from .register_plugin_response import RegisterPluginResponse
    from .reject_mcp_server_request import RejectMCPServerRequest
    from .reminder_marker_pair import ReminderMarkerPair
    from .request_complexity_router_config import RequestComplexityRouterConfig
    from .request_complexity_router_config_adaptive_eligible import RequestComplexityRouterConfigAdaptiveEligible
    from .request_complexity_router_config_classification_mode import RequestComplexityRouterConfigClassificationMode
    from .request_complexity_router_config_classifier_fallback import RequestComplexityRouterConfigClassifierFallback
    from .request_complexity_router_config_classifier_type import RequestComplexityRouterConfigClassifierType
    from .request_complexity_router_config_dimension_weights import RequestComplexityRouterConfigDimensionWeights
    from .request_complexity_router_config_local_heuristic_type_0 import (
        RequestComplexityRouterConfigLocalHeuristicType0,
    )
    from .request_complexity_router_config_tier_boundaries import RequestComplexityRouterConfigTierBoundaries
    from .request_complexity_router_config_tier_labels import RequestComplexityRouterConfigTierLabels
    from .request_complexity_router_config_tier_model_configs import RequestComplexityRouterConfigTierModelConfigs
    from .request_complexity_router_config_tiers import RequestComplexityRouterConfigTiers
    from .request_complexity_router_config_token_thresholds import RequestComplexityRouterConfigTokenThresholds
    from .request_error_activity_response import RequestErrorActivityResponse
    from .request_error_daily_entry import RequestErrorDailyEntry
    from .request_error_entity_entry import RequestErrorEntityEntry
    from .request_error_status_code_entry import RequestErrorStatusCodeEntry
    from .request_type import RequestType
    from .reset_key_spend_fn_key_key_reset_spend_post_response_reset_key_spend_fn_key_key_reset_spend_post import (
        ResetKeySpendFnKeyKeyResetSpendPostResponseResetKeySpendFnKeyKeyResetSpendPost,
    )
    from .reset_spend_request import ResetSpendRequest
    from .response_api_usage import ResponseAPIUsage
    from .response_apply_patch_tool_call import ResponseApplyPatchToolCall
    from .response_apply_patch_tool_call_output import ResponseApplyPatchToolCallOutput
    from .response_apply_patch_tool_call_output_status import ResponseApplyPatchToolCallOutputStatus
    from .response_apply_patch_tool_call_status import ResponseApplyPatchToolCallStatus
    from .response_code_interpreter_tool_call import ResponseCodeInterpreterToolCall
    from .response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
    from .response_code_interpreter_tool_call_param_status import ResponseCodeInterpreterToolCallParamStatus
    from .response_code_interpreter_tool_call_status import ResponseCodeInterpreterToolCallStatus
    from .response_compaction_item import ResponseCompactionItem
    from .response_compaction_item_param_param import ResponseCompactionItemParamParam
    from .response_computer_tool_call import ResponseComputerToolCall
    from .response_computer_tool_call_output_item import ResponseComputerToolCallOutputItem
    from .response_computer_tool_call_output_item_status import ResponseComputerToolCallOutputItemStatus
    from .response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot
    from .response_computer_tool_call_output_screenshot_param import ResponseComputerToolCallOutputScreenshotParam
    from .response_computer_tool_call_param import ResponseComputerToolCallParam
    from .response_computer_tool_call_param_status import ResponseComputerToolCallParamStatus
    from .response_computer_tool_call_status import ResponseComputerToolCallStatus
    from .response_configuration_update_item import ResponseConfigurationUpdateItem
    from .response_configuration_update_item_param_param import ResponseConfigurationUpdateItemParamParam
    from .response_container_reference import ResponseContainerReference
    from .response_custom_tool_call import ResponseCustomToolCall
    from .response_custom_tool_call_item import ResponseCustomToolCallItem
    from .response_custom_tool_call_item_status import ResponseCustomToolCallItemStatus
    from .response_custom_tool_call_output_item import ResponseCustomToolCallOutputItem
    from .response_custom_tool_call_output_item_status import ResponseCustomToolCallOutputItemStatus
    from .response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
    from .response_custom_tool_call_param import ResponseCustomToolCallParam
    from .response_file_search_tool_call import ResponseFileSearchToolCall
    from .response_file_search_tool_call_param import ResponseFileSearchToolCallParam
    from .response_file_search_tool_call_param_status import ResponseFileSearchToolCallParamStatus
    from .response_file_search_tool_call_status import ResponseFileSearchToolCallStatus
    from .response_format_json_object import ResponseFormatJSONObject
    from .response_format_text import ResponseFormatText
    from .response_format_text_json_schema_config import ResponseFormatTextJSONSchemaConfig
    from .response_format_text_json_schema_config_param import ResponseFormatTextJSONSchemaConfigParam
    from .response_format_text_json_schema_config_param_schema import ResponseFormatTextJSONSchemaConfigParamSchema
    from .response_format_text_json_schema_config_schema import ResponseFormatTextJSONSchemaConfigSchema
    from .response_function_shell_call_output_content_param import ResponseFunctionShellCallOutputContentParam
    from .response_function_shell_tool_call import ResponseFunctionShellToolCall
    from .response_function_shell_tool_call_output import ResponseFunctionShellToolCallOutput
    from .response_function_shell_tool_call_output_status import ResponseFunctionShellToolCallOutputStatus
    from .response_function_shell_tool_call_status import ResponseFunctionShellToolCallStatus
    from .response_function_tool_call import ResponseFunctionToolCall
    from .response_function_tool_call_item import ResponseFunctionToolCallItem
    from .response_function_tool_call_item_status import ResponseFunctionToolCallItemStatus
    from .response_function_tool_call_output_item import ResponseFunctionToolCallOutputItem
    from .response_function_tool_call_output_item_status import ResponseFunctionToolCallOutputItemStatus
    from .response_function_tool_call_param import ResponseFunctionToolCallParam
    from .response_function_tool_call_param_status import ResponseFunctionToolCallParamStatus
    from .response_function_tool_call_status_type_0 import ResponseFunctionToolCallStatusType0
    from .response_function_web_search import ResponseFunctionWebSearch
    from .response_function_web_search_param import ResponseFunctionWebSearchParam
    from .response_function_web_search_param_status import ResponseFunctionWebSearchParamStatus
    from .response_function_web_search_status import ResponseFunctionWebSearchStatus
    from .response_input_file import ResponseInputFile
    from .response_input_file_content_param import ResponseInputFileContentParam
    from .response_input_file_content_param_detail import ResponseInputFileContentParamDetail
    from .response_input_file_detail_type_0 import ResponseInputFileDetailType0
    from .response_input_file_param import ResponseInputFileParam
    from .response_input_file_param_detail import ResponseInputFileParamDetail
    from .response_input_image import ResponseInputImage
    from .response_input_image_content_param import ResponseInputImageContentParam
    from .response_input_image_content_param_detail_type_0 import ResponseInputImageContentParamDetailType0
    from .response_input_image_detail import ResponseInputImageDetail
    from .response_input_image_param import ResponseInputImageParam
    from .response_input_image_param_detail import ResponseInputImageParamDetail
    from .response_input_message_item import ResponseInputMessageItem
    from .response_input_message_item_role import ResponseInputMessageItemRole
    from .response_input_message_item_status_type_0 import ResponseInputMessageItemStatusType0
    from .response_input_text import ResponseInputText
    from .response_input_text_content_param import ResponseInputTextContentParam
    from .response_input_text_param import ResponseInputTextParam
    from .response_item_list import ResponseItemList
    from .response_lite_llm_managed_vector_store import ResponseLiteLLMManagedVectorStore
    from .response_local_environment import ResponseLocalEnvironment
    from .response_output_message import ResponseOutputMessage
    from .response_output_message_param import ResponseOutputMessageParam
    from .response_output_message_param_phase_type_0 import ResponseOutputMessageParamPhaseType0
    from .response_output_message_param_status import ResponseOutputMessageParamStatus
    from .response_output_message_phase_type_0 import ResponseOutputMessagePhaseType0
    from .response_output_message_status import ResponseOutputMessageStatus
    from .response_output_refusal import ResponseOutputRefusal
    from .response_output_refusal_param import ResponseOutputRefusalParam
    from .response_output_text import ResponseOutputText
    from .response_output_text_param import ResponseOutputTextParam
    from .response_reasoning_item import ResponseReasoningItem
    from .response_reasoning_item_param import ResponseReasoningItemParam
    from .response_reasoning_item_param_status import ResponseReasoningItemParamStatus
    from .response_reasoning_item_status_type_0 import ResponseReasoningItemStatusType0
    from .response_text_config_param import ResponseTextConfigParam
    from .response_text_config_param_verbosity_type_0 import ResponseTextConfigParamVerbosityType0
    from .response_tool_search_call import ResponseToolSearchCall
    from .response_tool_search_call_execution import ResponseToolSearchCallExecution
    from .response_tool_search_call_status import ResponseToolSearchCallStatus
    from .response_tool_search_output_item import ResponseToolSearchOutputItem
    from .response_tool_search_output_item_execution import ResponseToolSearchOutputItemExecution
    from .response_tool_search_output_item_param_param import ResponseToolSearchOutputItemParamParam
    from .response_tool_search_output_item_param_param_execution import ResponseToolSearchOutputItemParamParamExecution
    from .response_tool_search_output_item_param_param_status_type_0 import (
        ResponseToolSearchOutputItemParamParamStatusType0,
    )
    from .response_tool_search_output_item_status import ResponseToolSearchOutputItemStatus
    from .responses_api_moderation import ResponsesAPIModeration
    from .responses_api_openai_v1_responses_post_body import ResponsesApiOpenaiV1ResponsesPostBody
    from .responses_api_openai_v1_responses_post_body_include_type_0_item import (
        ResponsesApiOpenaiV1ResponsesPostBodyIncludeType0Item,
    )
    from .responses_api_openai_v1_responses_post_body_metadata_type_0 import (
        ResponsesApiOpenaiV1ResponsesPostBodyMetadataType0,
    )
    from .responses_api_openai_v1_responses_post_body_tool_choice_type_0 import (
        ResponsesApiOpenaiV1ResponsesPostBodyToolChoiceType0,
    )
    from .responses_api_openai_v1_responses_post_body_truncation_type_0 import (
        ResponsesApiOpenaiV1ResponsesPostBodyTruncationType0,
    )
    from .responses_api_request_params import ResponsesAPIRequestParams
    from .responses_api_request_params_action_double_click import ResponsesAPIRequestParamsActionDoubleClick
    from .responses_api_request_params_additional_tools import ResponsesAPIRequestParamsAdditionalTools
    from .responses_api_request_params_double_click import ResponsesAPIRequestParamsDoubleClick
    from .responses_api_request_params_image_generation_call import ResponsesAPIRequestParamsImageGenerationCall
    from .responses_api_request_params_image_generation_call_action_type_0 import (
        ResponsesAPIRequestParamsImageGenerationCallActionType0,
    )
    from .responses_api_request_params_image_generation_call_background_type_0 import (
        ResponsesAPIRequestParamsImageGenerationCallBackgroundType0,
    )
    from .responses_api_request_params_image_generation_call_error import (
        ResponsesAPIRequestParamsImageGenerationCallError,
    )
    from .responses_api_request_params_image_generation_call_output_format_type_0 import (
        ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0,
    )
    from .responses_api_request_params_image_generation_call_quality_type_0 import (
        ResponsesAPIRequestParamsImageGenerationCallQualityType0,
    )
    from .responses_api_request_params_image_generation_call_size_type_1 import (
        ResponsesAPIRequestParamsImageGenerationCallSizeType1,
    )
    from .responses_api_request_params_image_generation_call_status import (
        ResponsesAPIRequestParamsImageGenerationCallStatus,
    )
    from .responses_api_request_params_include_type_0_item import ResponsesAPIRequestParamsIncludeType0Item
    from .responses_api_request_params_mcp_approval_response import ResponsesAPIRequestParamsMcpApprovalResponse
    from .responses_api_request_params_message import ResponsesAPIRequestParamsMessage
    from .responses_api_request_params_message_role import ResponsesAPIRequestParamsMessageRole
    from .responses_api_request_params_message_status import ResponsesAPIRequestParamsMessageStatus
    from .responses_api_request_params_metadata_type_0 import ResponsesAPIRequestParamsMetadataType0
    from .responses_api_request_params_tool_choice_type_0 import ResponsesAPIRequestParamsToolChoiceType0
    from .responses_api_request_params_truncation_type_0 import ResponsesAPIRequestParamsTruncationType0
    from .responses_api_response import ResponsesAPIResponse
    from .responses_api_response_error_type_0 import ResponsesAPIResponseErrorType0
    from .responses_api_response_metadata_type_0 import ResponsesAPIResponseMetadataType0
    from .responses_api_response_output_type_0_item_type_0_type_28 import ResponsesAPIResponseOutputType0ItemType0Type28
    from .responses_api_response_reasoning_type_0 import ResponsesAPIResponseReasoningType0
    from .responses_api_response_text_type_1 import ResponsesAPIResponseTextType1
    from .responses_api_response_tool_choice_type_0 import ResponsesAPIResponseToolChoiceType0
    from .responses_api_response_tools_type_0_item_type_2 import ResponsesAPIResponseToolsType0ItemType2
    from .responses_api_response_truncation_type_0 import ResponsesAPIResponseTruncationType0
    from .responses_api_responses_post_body import ResponsesApiResponsesPostBody
    from .responses_api_responses_post_body_include_type_0_item import ResponsesApiResponsesPostBodyIncludeType0Item
    from .responses_api_responses_post_body_metadata_type_0 import ResponsesApiResponsesPostBodyMetadataType0
    from .responses_api_responses_post_body_tool_choice_type_0 import ResponsesApiResponsesPostBodyToolChoiceType0
    from .responses_api_responses_post_body_truncation_type_0 import ResponsesApiResponsesPostBodyTruncationType0
    from .responses_api_stream_options import ResponsesAPIStreamOptions
    from .responses_api_v1_responses_post_body import ResponsesApiV1ResponsesPostBody
    from .responses_api_v1_responses_post_body_include_type_0_item import (
        ResponsesApiV1ResponsesPostBodyIncludeType0Item,
    )
    from .responses_api_v1_responses_post_body_metadata_type_0 import ResponsesApiV1ResponsesPostBodyMetadataType0
    from .responses_api_v1_responses_post_body_tool_choice_type_0 import ResponsesApiV1ResponsesPostBodyToolChoiceType0
    from .responses_api_v1_responses_post_body_truncation_type_0 import ResponsesApiV1ResponsesPostBodyTruncationType0
    from .result import Result
    from .result_attributes_type_0 import ResultAttributesType0
    from .result_counts import ResultCounts
    from .retrieve_fine_tuning_job_fine_tuning_jobs_fine_tuning_job_id_get_custom_llm_provider_type_0 import (
        RetrieveFineTuningJobFineTuningJobsFineTuningJobIdGetCustomLlmProviderType0,
    )
    from .retrieve_fine_tuning_job_v1_fine_tuning_jobs_fine_tuning_job_id_get_custom_llm_provider_type_0 import (
        RetrieveFineTuningJobV1FineTuningJobsFineTuningJobIdGetCustomLlmProviderType0,
    )
    from .retry_policy import RetryPolicy
    from .role_mappings import RoleMappings
    from .role_mappings_roles import RoleMappingsRoles
    from .router_fields_response import RouterFieldsResponse
    from .router_fields_response_routing_strategy_descriptions import RouterFieldsResponseRoutingStrategyDescriptions
    from .router_settings_field import RouterSettingsField
    from .router_settings_response import RouterSettingsResponse
    from .router_settings_response_current_values import RouterSettingsResponseCurrentValues
    from .router_settings_response_routing_strategy_descriptions import (
        RouterSettingsResponseRoutingStrategyDescriptions,
    )
    from .router_settings_response_source import RouterSettingsResponseSource
    from .router_settings_response_source_additional_property import RouterSettingsResponseSourceAdditionalProperty
    from .routing_group import RoutingGroup
    from .routing_group_model_priorities_type_0 import RoutingGroupModelPrioritiesType0
    from .routing_group_routing_strategy_args_type_0 import RoutingGroupRoutingStrategyArgsType0
    from .run import Run
    from .run_data_source import RunDataSource
    from .run_delete_response import RunDeleteResponse
    from .run_error_type_0 import RunErrorType0
    from .run_metadata_type_0 import RunMetadataType0
    from .run_result_counts_type_0 import RunResultCountsType0
    from .run_source import RunSource
    from .run_source_type import RunSourceType
    from .run_status import RunStatus
    from .scim_enterprise_user import SCIMEnterpriseUser
    from .scim_feature import SCIMFeature
    from .scim_group import SCIMGroup
    from .scim_group_meta_type_0 import SCIMGroupMetaType0
    from .scim_list_response import SCIMListResponse
    from .scim_member import SCIMMember
    from .scim_multi_valued_attribute import SCIMMultiValuedAttribute
    from .scim_patch_op import SCIMPatchOp
    from .scim_patch_operation import SCIMPatchOperation
    from .scim_placeholder import SCIMPlaceholder
    from .scim_placeholder_merge_result import SCIMPlaceholderMergeResult
    from .scim_service_provider_config import SCIMServiceProviderConfig
    from .scim_service_provider_config_authentication_schemes_type_0_item import (
        SCIMServiceProviderConfigAuthenticationSchemesType0Item,
    )
    from .scim_service_provider_config_meta_type_0 import SCIMServiceProviderConfigMetaType0
    from .scim_user import SCIMUser
    from .scim_user_email import SCIMUserEmail
    from .scim_user_group import SCIMUserGroup
    from .scim_user_manager import SCIMUserManager
    from .scim_user_meta_type_0 import SCIMUserMetaType0
    from .scim_user_name import SCIMUserName
    from .scim_user_output import SCIMUserOutput
    from .score_answer import ScoreAnswer
    from .score_answer_legend import ScoreAnswerLegend
    from .score_answer_legend_additional_property_type_1 import ScoreAnswerLegendAdditionalPropertyType1
    from .score_answer_probabilities import ScoreAnswerProbabilities
    from .screenshot import Screenshot
    from .scroll import Scroll
    from .search_context_cost_per_query import SearchContextCostPerQuery
    from .search_tool import SearchTool
    from .search_tool_info_response import SearchToolInfoResponse
    from .search_tool_info_response_litellm_params import SearchToolInfoResponseLitellmParams
    from .search_tool_info_response_search_tool_info_type_0 import SearchToolInfoResponseSearchToolInfoType0
    from .search_tool_lite_llm_params import SearchToolLiteLLMParams
    from .search_tool_search_tool_info_type_0 import SearchToolSearchToolInfoType0
    from .service_connection import ServiceConnection
    from .service_status import ServiceStatus
    from .session_logout_response import SessionLogoutResponse
    from .shadow_eval_job_response import ShadowEvalJobResponse
    from .shadow_eval_job_response_direction import ShadowEvalJobResponseDirection
    from .shadow_eval_job_response_status import ShadowEvalJobResponseStatus
    from .shadow_eval_job_target_response import ShadowEvalJobTargetResponse
    from .shadow_eval_job_target_response_target_type import ShadowEvalJobTargetResponseTargetType
    from .shadow_eval_result import ShadowEvalResult
    from .shadow_eval_slice import ShadowEvalSlice
    from .shell_call import ShellCall
    from .shell_call_action import ShellCallAction
    from .shell_call_caller_direct import ShellCallCallerDirect
    from .shell_call_caller_program import ShellCallCallerProgram
    from .shell_call_output import ShellCallOutput
    from .shell_call_output_caller_direct import ShellCallOutputCallerDirect
    from .shell_call_output_caller_program import ShellCallOutputCallerProgram
    from .shell_call_output_status_type_0 import ShellCallOutputStatusType0
    from .shell_call_status_type_0 import ShellCallStatusType0
    from .shell_tool_param import ShellToolParam
    from .shell_tool_param_environment import ShellToolParamEnvironment
    from .skill import Skill
    from .skill_hub_agent_skill import SkillHubAgentSkill
    from .skill_hub_list import SkillHubList
    from .skill_hub_metadata import SkillHubMetadata
    from .skill_hub_pending_skill import SkillHubPendingSkill
    from .skill_hub_proposal import SkillHubProposal
    from .skill_hub_proposal_source import SkillHubProposalSource
    from .skill_hub_publication import SkillHubPublication
    from .skill_hub_rejection import SkillHubRejection
    from .skill_hub_review_response import SkillHubReviewResponse
    from .skill_hub_review_response_action import SkillHubReviewResponseAction
    from .skill_hub_skill import SkillHubSkill
    from .skill_hub_skill_source import SkillHubSkillSource
    from .skill_hub_skill_visibility import SkillHubSkillVisibility
    from .skill_hub_submission import SkillHubSubmission
    from .skill_hub_submission_detail import SkillHubSubmissionDetail
    from .skill_hub_submission_list import SkillHubSubmissionList
    from .skill_hub_submission_operation import SkillHubSubmissionOperation
    from .skill_hub_submission_status import SkillHubSubmissionStatus
    from .skill_hub_version import SkillHubVersion
    from .skill_hub_version_content_kind import SkillHubVersionContentKind
    from .skill_hub_version_manifest import SkillHubVersionManifest
    from .skill_hub_versions import SkillHubVersions
    from .skill_reference import SkillReference
    from .skill_reference_param import SkillReferenceParam
    from .skill_scan import SkillScan
    from .skill_scan_finding import SkillScanFinding
    from .skill_scan_finding_severity import SkillScanFindingSeverity
    from .skill_scan_report import SkillScanReport
    from .skill_scan_report_scan_mode import SkillScanReportScanMode
    from .skill_scan_request import SkillScanRequest
    from .skill_scan_response import SkillScanResponse
    from .skill_scan_status import SkillScanStatus
    from .span import Span
    from .span_detail import SpanDetail
    from .span_detail_attributes import SpanDetailAttributes
    from .span_error_page import SpanErrorPage
    from .span_spend_match_type_0 import SpanSpendMatchType0
    from .span_status import SpanStatus
    from .span_type import SpanType
    from .spend_analytics_paginated_response import SpendAnalyticsPaginatedResponse
    from .spend_calculate_request import SpendCalculateRequest
    from .spend_calculate_request_completion_response_type_0 import SpendCalculateRequestCompletionResponseType0
    from .spend_metrics import SpendMetrics
    from .sso_config import SSOConfig
    from .sso_settings_response import SSOSettingsResponse
    from .sso_settings_response_field_schema import SSOSettingsResponseFieldSchema
    from .sso_settings_response_provenance import SSOSettingsResponseProvenance
    from .sso_settings_response_values import SSOSettingsResponseValues
    from .standard_logging_heuristic_v2_forecast import StandardLoggingHeuristicV2Forecast
    from .standard_logging_heuristic_v2_forecast_probabilities import StandardLoggingHeuristicV2ForecastProbabilities
    from .standard_logging_routing_decision import StandardLoggingRoutingDecision
    from .standard_logging_routing_decision_cause import StandardLoggingRoutingDecisionCause
    from .standard_logging_routing_decision_classifier_failure_reason import (
        StandardLoggingRoutingDecisionClassifierFailureReason,
    )
    from .standard_logging_routing_decision_classifier_probabilities import (
        StandardLoggingRoutingDecisionClassifierProbabilities,
    )
    from .standard_logging_routing_decision_router_type import StandardLoggingRoutingDecisionRouterType
    from .standard_logging_routing_decision_tier_boundaries import StandardLoggingRoutingDecisionTierBoundaries
    from .standard_logging_routing_decision_tier_litellm_params import StandardLoggingRoutingDecisionTierLitellmParams
    from .start_shadow_eval_request import StartShadowEvalRequest
    from .start_shadow_eval_request_direction import StartShadowEvalRequestDirection
    from .stored_report import StoredReport
    from .subscription_account_fee_request import SubscriptionAccountFeeRequest
    from .subscription_account_usage import SubscriptionAccountUsage
    from .subscription_usage_response import SubscriptionUsageResponse
    from .successful_key_update import SuccessfulKeyUpdate
    from .successful_key_update_key_info import SuccessfulKeyUpdateKeyInfo
    from .successor_model_source import SuccessorModelSource
    from .suggest_policy_templates_policy_templates_suggest_post_response_suggest_policy_templates_policy_templates_suggest_post import (
        SuggestPolicyTemplatesPolicyTemplatesSuggestPostResponseSuggestPolicyTemplatesPolicyTemplatesSuggestPost,
    )
    from .suggest_templates_request import SuggestTemplatesRequest
    from .summary import Summary
    from .supported_endpoint import SupportedEndpoint
    from .supported_endpoints_response import SupportedEndpointsResponse
    from .systemone_systemone_post_decisions_request import SystemoneSystemonePostDecisionsRequest
    from .systemone_systemone_post_decisions_request_assets_type_0 import (
        SystemoneSystemonePostDecisionsRequestAssetsType0,
    )
    from .systemone_systemone_post_decisions_request_decisions_base_64_audio import (
        SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio,
    )
    from .systemone_systemone_post_decisions_request_decisions_base_64_image import (
        SystemoneSystemonePostDecisionsRequestDecisionsBase64Image,
    )
    from .systemone_systemone_post_decisions_request_decisions_base_64_video import (
        SystemoneSystemonePostDecisionsRequestDecisionsBase64Video,
    )
    from .systemone_systemone_post_decisions_request_questions import SystemoneSystemonePostDecisionsRequestQuestions
    from .systemone_systemone_post_decisions_request_questions_box_question import (
        SystemoneSystemonePostDecisionsRequestQuestionsBoxQuestion,
    )
    from .systemone_systemone_post_decisions_request_questions_box_question_instructions_type_1 import (
        SystemoneSystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1,
    )
    from .systemone_systemone_post_decisions_request_questions_choice_question import (
        SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestion,
    )
    from .systemone_systemone_post_decisions_request_questions_choice_question_criteria import (
        SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria,
    )
    from .systemone_systemone_post_decisions_request_questions_choice_question_criteria_additional_property_type_1 import (
        SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteriaAdditionalPropertyType1,
    )
    from .systemone_systemone_post_decisions_request_questions_choice_question_instructions_type_1 import (
        SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1,
    )
    from .systemone_systemone_post_decisions_request_questions_noul_question import (
        SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestion,
    )
    from .systemone_systemone_post_decisions_request_questions_noul_question_criteria_type_0 import (
        SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0,
    )
    from .systemone_systemone_post_decisions_request_questions_noul_question_criteria_type_0_additional_property_type_1 import (
        SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0AdditionalPropertyType1,
    )
    from .systemone_systemone_post_decisions_request_questions_noul_question_instructions_type_1 import (
        SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1,
    )
    from .systemone_systemone_post_decisions_request_questions_score_question import (
        SystemoneSystemonePostDecisionsRequestQuestionsScoreQuestion,
    )
    from .systemone_systemone_post_decisions_request_questions_score_question_criteria_item_type_1 import (
        SystemoneSystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1,
    )
    from .systemone_systemone_post_decisions_request_questions_score_question_instructions_type_1 import (
        SystemoneSystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1,
    )
    from .systemone_systemone_post_decisions_request_state_type_1 import (
        SystemoneSystemonePostDecisionsRequestStateType1,
    )
    from .systemone_v1_systemone_post_decisions_request import SystemoneV1SystemonePostDecisionsRequest
    from .systemone_v1_systemone_post_decisions_request_assets_type_0 import (
        SystemoneV1SystemonePostDecisionsRequestAssetsType0,
    )
    from .systemone_v1_systemone_post_decisions_request_decisions_base_64_audio import (
        SystemoneV1SystemonePostDecisionsRequestDecisionsBase64Audio,
    )
    from .systemone_v1_systemone_post_decisions_request_decisions_base_64_image import (
        SystemoneV1SystemonePostDecisionsRequestDecisionsBase64Image,
    )
    from .systemone_v1_systemone_post_decisions_request_decisions_base_64_video import (
        SystemoneV1SystemonePostDecisionsRequestDecisionsBase64Video,
    )
    from .systemone_v1_systemone_post_decisions_request_questions import (
        SystemoneV1SystemonePostDecisionsRequestQuestions,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_box_question import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_box_question_instructions_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_choice_question import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_choice_question_criteria import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_choice_question_criteria_additional_property_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestionCriteriaAdditionalPropertyType1,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_choice_question_instructions_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_noul_question import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_noul_question_criteria_type_0 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_noul_question_criteria_type_0_additional_property_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0AdditionalPropertyType1,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_noul_question_instructions_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_score_question import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_score_question_criteria_item_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1,
    )
    from .systemone_v1_systemone_post_decisions_request_questions_score_question_instructions_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1,
    )
    from .systemone_v1_systemone_post_decisions_request_state_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestStateType1,
    )
    from .tag_active_users_response import TagActiveUsersResponse
    from .tag_delete_request import TagDeleteRequest
    from .tag_info_request import TagInfoRequest
    from .tag_new_request import TagNewRequest
    from .tag_new_request_model_info_type_0 import TagNewRequestModelInfoType0
    from .tag_new_request_model_max_budget_type_0 import TagNewRequestModelMaxBudgetType0
    from .tag_summary_metrics import TagSummaryMetrics
    from .tag_summary_response import TagSummaryResponse
    from .tag_update_request import TagUpdateRequest
    from .tag_update_request_model_info_type_0 import TagUpdateRequestModelInfoType0
    from .tag_update_request_model_max_budget_type_0 import TagUpdateRequestModelMaxBudgetType0
    from .team_add_member_response import TeamAddMemberResponse
    from .team_add_member_response_metadata_type_0 import TeamAddMemberResponseMetadataType0
    from .team_add_member_response_model_max_budget_type_0 import TeamAddMemberResponseModelMaxBudgetType0
    from .team_add_member_response_model_spend_type_0 import TeamAddMemberResponseModelSpendType0
    from .team_add_member_response_router_settings_type_0 import TeamAddMemberResponseRouterSettingsType0
    from .team_callback_delete_response import TeamCallbackDeleteResponse
    from .team_callback_delete_response_data import TeamCallbackDeleteResponseData
    from .team_info_response import TeamInfoResponse
    from .team_list_caller_membership import TeamListCallerMembership
    from .team_list_item import TeamListItem
    from .team_list_item_metadata_type_0 import TeamListItemMetadataType0
    from .team_list_item_model_max_budget_type_0 import TeamListItemModelMaxBudgetType0
    from .team_list_item_model_spend_type_0 import TeamListItemModelSpendType0
    from .team_list_item_router_settings_type_0 import TeamListItemRouterSettingsType0
    from .team_list_response import TeamListResponse
    from .team_mappings import TeamMappings
    from .team_member_add_request import TeamMemberAddRequest
    from .team_member_add_result import TeamMemberAddResult
    from .team_member_add_result_updated_team_membership_type_0 import TeamMemberAddResultUpdatedTeamMembershipType0
    from .team_member_add_result_updated_user_type_0 import TeamMemberAddResultUpdatedUserType0
    from .team_member_budget_patch import TeamMemberBudgetPatch
    from .team_member_budget_update_result import TeamMemberBudgetUpdateResult
    from .team_member_budget_update_result_max_budget_source_type_0 import (
        TeamMemberBudgetUpdateResultMaxBudgetSourceType0,
    )
    from .team_member_delete_request import TeamMemberDeleteRequest
    from .team_member_delete_result import TeamMemberDeleteResult
    from .team_member_info_response import TeamMemberInfoResponse
    from .team_member_ref import TeamMemberRef
    from .team_member_reset_budget_response import TeamMemberResetBudgetResponse
    from .team_member_reset_budget_response_budget_source import TeamMemberResetBudgetResponseBudgetSource
    from .team_member_update_request import TeamMemberUpdateRequest
    from .team_member_update_request_model_max_budget_type_0 import TeamMemberUpdateRequestModelMaxBudgetType0
    from .team_member_update_request_role_type_0 import TeamMemberUpdateRequestRoleType0
    from .team_member_update_response import TeamMemberUpdateResponse
    from .team_member_update_response_model_max_budget_type_0 import TeamMemberUpdateResponseModelMaxBudgetType0
    from .team_metadata_field_schema import TeamMetadataFieldSchema
    from .team_metadata_schema_response import TeamMetadataSchemaResponse
    from .team_model_add_request import TeamModelAddRequest
    from .team_model_delete_request import TeamModelDeleteRequest
    from .team_user_spend_response import TeamUserSpendResponse
    from .team_user_spend_row import TeamUserSpendRow
    from .telemetry_destination import TelemetryDestination
    from .telemetry_group import TelemetryGroup
    from .telemetry_group_info import TelemetryGroupInfo
    from .telemetry_reports_response import TelemetryReportsResponse
    from .telemetry_settings_response import TelemetrySettingsResponse
    from .telemetry_settings_response_report_type_0 import TelemetrySettingsResponseReportType0
    from .telemetry_settings_update import TelemetrySettingsUpdate
    from .test_custom_code_guardrail_request import TestCustomCodeGuardrailRequest
    from .test_custom_code_guardrail_request_request_data_type_0 import TestCustomCodeGuardrailRequestRequestDataType0
    from .test_custom_code_guardrail_request_test_input import TestCustomCodeGuardrailRequestTestInput
    from .test_custom_code_guardrail_response import TestCustomCodeGuardrailResponse
    from .test_custom_code_guardrail_response_result_type_0 import TestCustomCodeGuardrailResponseResultType0
    from .test_cyberark_connection_config_overrides_cyberark_test_connection_post_response_test_cyberark_connection_config_overrides_cyberark_test_connection_post import (
        TestCyberarkConnectionConfigOverridesCyberarkTestConnectionPostResponseTestCyberarkConnectionConfigOverridesCyberarkTestConnectionPost,
    )
    from .test_policies_and_guardrails_request import TestPoliciesAndGuardrailsRequest
    from .test_policies_and_guardrails_request_input_type import TestPoliciesAndGuardrailsRequestInputType
    from .test_policies_and_guardrails_request_request_data import TestPoliciesAndGuardrailsRequestRequestData
    from .test_policy_template_request import TestPolicyTemplateRequest
    from .test_policy_template_request_guardrail_definitions_item import (
        TestPolicyTemplateRequestGuardrailDefinitionsItem,
    )
    from .test_policy_template_response import TestPolicyTemplateResponse
    from .test_prompt_request import TestPromptRequest
    from .test_prompt_request_conversation_history_type_0_item import TestPromptRequestConversationHistoryType0Item
    from .test_prompt_request_prompt_variables_type_0 import TestPromptRequestPromptVariablesType0
    from .test_search_tool_connection_request import TestSearchToolConnectionRequest
    from .test_search_tool_connection_request_litellm_params import TestSearchToolConnectionRequestLitellmParams
    from .text import Text
    from .tier_cohort_statistic import TierCohortStatistic
    from .tier_dataset import TierDataset
    from .tier_definition import TierDefinition
    from .tier_domain_statistic import TierDomainStatistic
    from .tier_global_statistic import TierGlobalStatistic
    from .timeout import Timeout
    from .token_count_details_response import TokenCountDetailsResponse
    from .token_count_details_response_litellm_count_source import TokenCountDetailsResponseLitellmCountSource
    from .token_count_request import TokenCountRequest
    from .token_count_request_contents_type_0_item import TokenCountRequestContentsType0Item
    from .token_count_request_messages_type_0_item import TokenCountRequestMessagesType0Item
    from .token_count_request_tools_type_0_item import TokenCountRequestToolsType0Item
    from .token_count_response import TokenCountResponse
    from .token_count_response_count_source_type_0 import TokenCountResponseCountSourceType0
    from .token_count_response_original_response_type_0 import TokenCountResponseOriginalResponseType0
    from .tool_choice_allowed_param import ToolChoiceAllowedParam
    from .tool_choice_allowed_param_mode import ToolChoiceAllowedParamMode
    from .tool_choice_allowed_param_tools_item import ToolChoiceAllowedParamToolsItem
    from .tool_choice_apply_patch_param import ToolChoiceApplyPatchParam
    from .tool_choice_custom_param import ToolChoiceCustomParam
    from .tool_choice_function_param import ToolChoiceFunctionParam
    from .tool_choice_mcp_param import ToolChoiceMcpParam
    from .tool_choice_shell_param import ToolChoiceShellParam
    from .tool_choice_specific_programmatic_tool_calling_param import ToolChoiceSpecificProgrammaticToolCallingParam
    from .tool_choice_types_param import ToolChoiceTypesParam
    from .tool_choice_types_param_type import ToolChoiceTypesParamType
    from .tool_code_interpreter import ToolCodeInterpreter
    from .tool_code_interpreter_allowed_callers_type_0_item import ToolCodeInterpreterAllowedCallersType0Item
    from .tool_code_interpreter_container_code_interpreter_tool_auto import (
        ToolCodeInterpreterContainerCodeInterpreterToolAuto,
    )
    from .tool_code_interpreter_container_code_interpreter_tool_auto_memory_limit_type_0 import (
        ToolCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0,
    )
    from .tool_detail_response import ToolDetailResponse
    from .tool_discovery_user import ToolDiscoveryUser
    from .tool_function import ToolFunction
    from .tool_function_allowed_callers_type_0_item import ToolFunctionAllowedCallersType0Item
    from .tool_function_output_schema_type_0 import ToolFunctionOutputSchemaType0
    from .tool_image_generation import ToolImageGeneration
    from .tool_image_generation_action import ToolImageGenerationAction
    from .tool_image_generation_background import ToolImageGenerationBackground
    from .tool_image_generation_complexity import ToolImageGenerationComplexity
    from .tool_image_generation_input_fidelity_type_0 import ToolImageGenerationInputFidelityType0
    from .tool_image_generation_input_image_mask import ToolImageGenerationInputImageMask
    from .tool_image_generation_model_type_1 import ToolImageGenerationModelType1
    from .tool_image_generation_moderation import ToolImageGenerationModeration
    from .tool_image_generation_output_format import ToolImageGenerationOutputFormat
    from .tool_image_generation_quality import ToolImageGenerationQuality
    from .tool_image_generation_size_type_1 import ToolImageGenerationSizeType1
    from .tool_image_generation_svg import ToolImageGenerationSvg
    from .tool_image_generation_svg_reasoning import ToolImageGenerationSvgReasoning
    from .tool_image_generation_svg_reasoning_effort import ToolImageGenerationSvgReasoningEffort
    from .tool_list_response import ToolListResponse
    from .tool_local_shell import ToolLocalShell
    from .tool_mcp import ToolMcp
    from .tool_mcp_allowed_callers_type_0_item import ToolMcpAllowedCallersType0Item
    from .tool_mcp_allowed_tools_mcp_tool_filter import ToolMcpAllowedToolsMcpToolFilter
    from .tool_mcp_connector_id import ToolMcpConnectorId
    from .tool_mcp_headers_type_0 import ToolMcpHeadersType0
    from .tool_mcp_require_approval_mcp_tool_approval_filter import ToolMcpRequireApprovalMcpToolApprovalFilter
    from .tool_mcp_require_approval_mcp_tool_approval_filter_always import (
        ToolMcpRequireApprovalMcpToolApprovalFilterAlways,
    )
    from .tool_mcp_require_approval_mcp_tool_approval_filter_never import (
        ToolMcpRequireApprovalMcpToolApprovalFilterNever,
    )
    from .tool_mcp_require_approval_type_1 import ToolMcpRequireApprovalType1
    from .tool_permission_rule import ToolPermissionRule
    from .tool_permission_rule_allowed_param_patterns_type_0 import ToolPermissionRuleAllowedParamPatternsType0
    from .tool_permission_rule_decision import ToolPermissionRuleDecision
    from .tool_policy_option import ToolPolicyOption
    from .tool_policy_options_response import ToolPolicyOptionsResponse
    from .tool_policy_override_row import ToolPolicyOverrideRow
    from .tool_policy_override_row_input_policy import ToolPolicyOverrideRowInputPolicy
    from .tool_policy_update_request import ToolPolicyUpdateRequest
    from .tool_policy_update_request_input_policy_type_0 import ToolPolicyUpdateRequestInputPolicyType0
    from .tool_policy_update_request_output_policy_type_0 import ToolPolicyUpdateRequestOutputPolicyType0
    from .tool_policy_update_response import ToolPolicyUpdateResponse
    from .tool_policy_update_response_input_policy_type_0 import ToolPolicyUpdateResponseInputPolicyType0
    from .tool_policy_update_response_output_policy_type_0 import ToolPolicyUpdateResponseOutputPolicyType0
    from .tool_programmatic_tool_calling import ToolProgrammaticToolCalling
    from .tool_search_call import ToolSearchCall
    from .tool_search_call_execution import ToolSearchCallExecution
    from .tool_search_call_status_type_0 import ToolSearchCallStatusType0
    from .tool_search_output_namespace_tool_param import ToolSearchOutputNamespaceToolParam
    from .tool_search_tool import ToolSearchTool
    from .tool_search_tool_execution_type_0 import ToolSearchToolExecutionType0
    from .tool_search_tool_param import ToolSearchToolParam
    from .tool_search_tool_param_execution import ToolSearchToolParamExecution
    from .tool_spend_daily_entry import ToolSpendDailyEntry
    from .tool_spend_entry import ToolSpendEntry
    from .tool_spend_response import ToolSpendResponse
    from .tool_usage_log_entry import ToolUsageLogEntry
    from .tool_usage_logs_response import ToolUsageLogsResponse
    from .top_logprob import TopLogprob
    from .trace import Trace
    from .trace_agent import TraceAgent
    from .trace_agent_list import TraceAgentList
    from .trace_page import TracePage
    from .trace_query_attribute_field import TraceQueryAttributeField
    from .trace_query_attributes import TraceQueryAttributes
    from .trace_query_attributes_table import TraceQueryAttributesTable
    from .trace_query_column import TraceQueryColumn
    from .trace_query_example import TraceQueryExample
    from .trace_query_help import TraceQueryHelp
    from .trace_query_metadata import TraceQueryMetadata
    from .trace_query_metadata_field import TraceQueryMetadataField
    from .trace_query_metadata_field_types_item import TraceQueryMetadataFieldTypesItem
    from .trace_query_metadata_table import TraceQueryMetadataTable
    from .trace_query_normalized_field import TraceQueryNormalizedField
    from .trace_query_normalized_field_table import TraceQueryNormalizedFieldTable
    from .trace_query_relationship import TraceQueryRelationship
    from .trace_query_request import TraceQueryRequest
    from .trace_query_table import TraceQueryTable
    from .trace_query_table_name import TraceQueryTableName
    from .trace_sql_response import TraceSQLResponse
    from .trace_sql_response_data_item import TraceSQLResponseDataItem
    from .trace_summary import TraceSummary
    from .trace_summary_status import TraceSummaryStatus
    from .trained_tier_artifact import TrainedTierArtifact
    from .transcription_detected_language import TranscriptionDetectedLanguage
    from .transcription_response import TranscriptionResponse
    from .transcription_usage_duration_object import TranscriptionUsageDurationObject
    from .transcription_usage_input_token_details_object import TranscriptionUsageInputTokenDetailsObject
    from .transcription_usage_tokens_object import TranscriptionUsageTokensObject
    from .transform_request_body import TransformRequestBody
    from .transform_request_body_request_body import TransformRequestBodyRequestBody
    from .type_action import TypeAction
    from .ui_action import UIAction
    from .ui_discovery_endpoints import UiDiscoveryEndpoints
    from .ui_event_accepted import UIEventAccepted
    from .ui_event_body import UIEventBody
    from .ui_events_enabled_response import UIEventsEnabledResponse
    from .ui_field import UIField
    from .ui_fields import UIFields
    from .ui_message import UIMessage
    from .ui_message_role import UIMessageRole
    from .ui_messages import UIMessages
    from .ui_settings_response import UISettingsResponse
    from .ui_settings_response_field_schema import UISettingsResponseFieldSchema
    from .ui_settings_response_source import UISettingsResponseSource
    from .ui_settings_response_source_additional_property import UISettingsResponseSourceAdditionalProperty
    from .ui_settings_response_values import UISettingsResponseValues
    from .ui_text import UIText
    from .ui_theme_config import UIThemeConfig
    from .ui_theme_settings_response import UIThemeSettingsResponse
    from .ui_theme_settings_response_field_schema import UIThemeSettingsResponseFieldSchema
    from .ui_theme_settings_response_values import UIThemeSettingsResponseValues
    from .ui_tool_call import UIToolCall
    from .ui_view_spend_logs_spend_logs_v2_get_response_200_ui_view_spend_logs_spend_logs_v2_get import (
        UiViewSpendLogsSpendLogsV2GetResponse200UiViewSpendLogsSpendLogsV2Get,
    )
    from .unblock_users_response import UnblockUsersResponse
    from .unpin_mcp_server_tools_v1_mcp_server_server_id_pin_delete_response_unpin_mcp_server_tools_v1_mcp_server_server_id_pin_delete import (
        UnpinMcpServerToolsV1McpServerServerIdPinDeleteResponseUnpinMcpServerToolsV1McpServerServerIdPinDelete,
    )
    from .update_coordination_redis_settings_coordination_redis_settings_post_response_update_coordination_redis_settings_coordination_redis_settings_post import (
        UpdateCoordinationRedisSettingsCoordinationRedisSettingsPostResponseUpdateCoordinationRedisSettingsCoordinationRedisSettingsPost,
    )
    from .update_cost_discount_config_config_cost_discount_config_patch_cost_discount_config import (
        UpdateCostDiscountConfigConfigCostDiscountConfigPatchCostDiscountConfig,
    )
    from .update_cost_margin_config_config_cost_margin_config_patch_cost_margin_config import (
        UpdateCostMarginConfigConfigCostMarginConfigPatchCostMarginConfig,
    )
    from .update_cost_margin_config_config_cost_margin_config_patch_cost_margin_config_additional_property_type_1 import (
        UpdateCostMarginConfigConfigCostMarginConfigPatchCostMarginConfigAdditionalPropertyType1,
    )
    from .update_credential_item import UpdateCredentialItem
    from .update_credential_item_credential_info import UpdateCredentialItemCredentialInfo
    from .update_credential_item_credential_values_type_0 import UpdateCredentialItemCredentialValuesType0
    from .update_customer_request import UpdateCustomerRequest
    from .update_customer_request_allowed_model_region_type_0 import UpdateCustomerRequestAllowedModelRegionType0
    from .update_cyberark_config_config_overrides_cyberark_post_response_update_cyberark_config_config_overrides_cyberark_post import (
        UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost,
    )
    from .update_deployment import UpdateDeployment
    from .update_guardrail_request import UpdateGuardrailRequest
    from .update_jwt_key_mapping_request import UpdateJWTKeyMappingRequest
    from .update_key_request import UpdateKeyRequest
    from .update_key_request_aliases_type_0 import UpdateKeyRequestAliasesType0
    from .update_key_request_budget_fallbacks_type_0 import UpdateKeyRequestBudgetFallbacksType0
    from .update_key_request_config_type_0 import UpdateKeyRequestConfigType0
    from .update_key_request_default_estimated_output_tokens_per_model_type_0 import (
        UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0,
    )
    from .update_key_request_mcp_rpm_limit_type_0 import UpdateKeyRequestMcpRpmLimitType0
    from .update_key_request_metadata_type_0 import UpdateKeyRequestMetadataType0
    from .update_key_request_model_max_budget_type_0 import UpdateKeyRequestModelMaxBudgetType0
    from .update_key_request_model_rpm_limit_type_0 import UpdateKeyRequestModelRpmLimitType0
    from .update_key_request_model_tpm_limit_type_0 import UpdateKeyRequestModelTpmLimitType0
    from .update_key_request_permissions_type_0 import UpdateKeyRequestPermissionsType0
    from .update_key_request_rpm_limit_type_type_0 import UpdateKeyRequestRpmLimitTypeType0
    from .update_key_request_tag_rpm_limit_type_0 import UpdateKeyRequestTagRpmLimitType0
    from .update_key_request_tpm_limit_type_type_0 import UpdateKeyRequestTpmLimitTypeType0
    from .update_lite_llm_params import UpdateLiteLLMParams
    from .update_lite_llm_params_adaptive_router_config_type_0 import UpdateLiteLLMParamsAdaptiveRouterConfigType0
    from .update_lite_llm_params_complexity_router_config_type_0 import UpdateLiteLLMParamsComplexityRouterConfigType0
    from .update_lite_llm_params_model_info_type_0 import UpdateLiteLLMParamsModelInfoType0
    from .update_lite_llm_params_quality_router_config_type_0 import UpdateLiteLLMParamsQualityRouterConfigType0
    from .update_lite_llm_params_search_context_cost_per_query_type_0 import (
        UpdateLiteLLMParamsSearchContextCostPerQueryType0,
    )
    from .update_lite_llm_params_stream_timeout_by_service_tier_type_0 import (
        UpdateLiteLLMParamsStreamTimeoutByServiceTierType0,
    )
    from .update_lite_llm_params_switchyard_router_config_type_0 import UpdateLiteLLMParamsSwitchyardRouterConfigType0
    from .update_lite_llm_params_tiered_pricing_type_0_item import UpdateLiteLLMParamsTieredPricingType0Item
    from .update_lite_llm_params_timeout_by_service_tier_type_0 import UpdateLiteLLMParamsTimeoutByServiceTierType0
    from .update_lite_llm_params_vertex_credentials_type_1 import UpdateLiteLLMParamsVertexCredentialsType1
    from .update_mcp_server_request import UpdateMCPServerRequest
    from .update_mcp_server_request_auth_type_type_0 import UpdateMCPServerRequestAuthTypeType0
    from .update_mcp_server_request_env import UpdateMCPServerRequestEnv
    from .update_mcp_server_request_mcp_info_type_0 import UpdateMCPServerRequestMcpInfoType0
    from .update_mcp_server_request_oauth_2_flow_type_0 import UpdateMCPServerRequestOauth2FlowType0
    from .update_mcp_server_request_static_headers_type_0 import UpdateMCPServerRequestStaticHeadersType0
    from .update_mcp_server_request_tool_name_to_description_type_0 import (
        UpdateMCPServerRequestToolNameToDescriptionType0,
    )
    from .update_mcp_server_request_tool_name_to_display_name_type_0 import (
        UpdateMCPServerRequestToolNameToDisplayNameType0,
    )
    from .update_mcp_server_request_transport import UpdateMCPServerRequestTransport
    from .update_mcp_tool_search_settings_update_mcp_tool_search_settings_patch_response_update_mcp_tool_search_settings_update_mcp_tool_search_settings_patch import (
        UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch,
    )
    from .update_mcp_toolset_request import UpdateMCPToolsetRequest
    from .update_model_group_request import UpdateModelGroupRequest
    from .update_plugin_request import UpdatePluginRequest
    from .update_plugin_request_installation_preference_type_0 import UpdatePluginRequestInstallationPreferenceType0
    from .update_plugin_request_source import UpdatePluginRequestSource
    from .update_project_request import UpdateProjectRequest
    from .update_project_request_metadata_type_0 import UpdateProjectRequestMetadataType0
    from .update_project_request_model_itpm_limit_type_0 import UpdateProjectRequestModelItpmLimitType0
    from .update_project_request_model_max_budget_type_0 import UpdateProjectRequestModelMaxBudgetType0
    from .update_project_request_model_otpm_limit_type_0 import UpdateProjectRequestModelOtpmLimitType0
    from .update_project_request_model_rpm_limit_type_0 import UpdateProjectRequestModelRpmLimitType0
    from .update_project_request_model_tpm_limit_type_0 import UpdateProjectRequestModelTpmLimitType0
    from .update_public_model_groups_request import UpdatePublicModelGroupsRequest
    from .update_router_config import UpdateRouterConfig
    from .update_router_config_content_policy_fallbacks_type_0_item import (
        UpdateRouterConfigContentPolicyFallbacksType0Item,
    )
    from .update_router_config_content_policy_fallbacks_type_0_item_additional_property_item_type_1 import (
        UpdateRouterConfigContentPolicyFallbacksType0ItemAdditionalPropertyItemType1,
    )
    from .update_router_config_context_window_fallbacks_type_0_item import (
        UpdateRouterConfigContextWindowFallbacksType0Item,
    )
    from .update_router_config_fallbacks_type_0_item import UpdateRouterConfigFallbacksType0Item
    from .update_router_config_model_group_affinity_config_type_0 import UpdateRouterConfigModelGroupAffinityConfigType0
    from .update_router_config_model_group_alias_type_0 import UpdateRouterConfigModelGroupAliasType0
    from .update_router_config_model_group_alias_type_0_additional_property_type_1 import (
        UpdateRouterConfigModelGroupAliasType0AdditionalPropertyType1,
    )
    from .update_router_config_model_group_retry_policy_type_0 import UpdateRouterConfigModelGroupRetryPolicyType0
    from .update_router_config_optional_pre_call_checks_type_0_item import (
        UpdateRouterConfigOptionalPreCallChecksType0Item,
    )
    from .update_router_config_routing_strategy_args_type_0 import UpdateRouterConfigRoutingStrategyArgsType0
    from .update_router_config_weights_type_0 import UpdateRouterConfigWeightsType0
    from .update_search_tool_request import UpdateSearchToolRequest
    from .update_subscription_account_fee_request import UpdateSubscriptionAccountFeeRequest
    from .update_team_member_permissions_request import UpdateTeamMemberPermissionsRequest
    from .update_team_request import UpdateTeamRequest
    from .update_team_request_default_estimated_output_tokens_per_model_type_0 import (
        UpdateTeamRequestDefaultEstimatedOutputTokensPerModelType0,
    )
    from .update_team_request_enforced_batch_output_expires_after_type_0 import (
        UpdateTeamRequestEnforcedBatchOutputExpiresAfterType0,
    )
    from .update_team_request_enforced_file_expires_after_type_0 import UpdateTeamRequestEnforcedFileExpiresAfterType0
    from .update_team_request_mcp_rpm_limit_type_0 import UpdateTeamRequestMcpRpmLimitType0
    from .update_team_request_metadata_type_0 import UpdateTeamRequestMetadataType0
    from .update_team_request_model_aliases_type_0 import UpdateTeamRequestModelAliasesType0
    from .update_team_request_model_max_budget_type_0 import UpdateTeamRequestModelMaxBudgetType0
    from .update_team_request_model_rpm_limit_type_0 import UpdateTeamRequestModelRpmLimitType0
    from .update_team_request_model_tpm_limit_type_0 import UpdateTeamRequestModelTpmLimitType0
    from .update_team_request_secret_manager_settings_type_0 import UpdateTeamRequestSecretManagerSettingsType0
    from .update_team_request_team_member_model_max_budget_type_0 import UpdateTeamRequestTeamMemberModelMaxBudgetType0
    from .update_ui_settings_update_ui_settings_patch_settings_body import (
        UpdateUiSettingsUpdateUiSettingsPatchSettingsBody,
    )
    from .update_useful_links_request import UpdateUsefulLinksRequest
    from .update_useful_links_request_useful_links import UpdateUsefulLinksRequestUsefulLinks
    from .update_useful_links_request_useful_links_additional_property_type_1 import (
        UpdateUsefulLinksRequestUsefulLinksAdditionalPropertyType1,
    )
    from .update_user_banner_response import UpdateUserBannerResponse
    from .update_user_request import UpdateUserRequest
    from .update_user_request_aliases_type_0 import UpdateUserRequestAliasesType0
    from .update_user_request_budget_fallbacks_type_0 import UpdateUserRequestBudgetFallbacksType0
    from .update_user_request_config_type_0 import UpdateUserRequestConfigType0
    from .update_user_request_mcp_rpm_limit_type_0 import UpdateUserRequestMcpRpmLimitType0
    from .update_user_request_metadata_type_0 import UpdateUserRequestMetadataType0
    from .update_user_request_model_max_budget_type_0 import UpdateUserRequestModelMaxBudgetType0
    from .update_user_request_model_rpm_limit_type_0 import UpdateUserRequestModelRpmLimitType0
    from .update_user_request_model_tpm_limit_type_0 import UpdateUserRequestModelTpmLimitType0
    from .update_user_request_no_user_i_dor_email import UpdateUserRequestNoUserIDorEmail
    from .update_user_request_no_user_i_dor_email_aliases_type_0 import UpdateUserRequestNoUserIDorEmailAliasesType0
    from .update_user_request_no_user_i_dor_email_budget_fallbacks_type_0 import (
        UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0,
    )
    from .update_user_request_no_user_i_dor_email_config_type_0 import UpdateUserRequestNoUserIDorEmailConfigType0
    from .update_user_request_no_user_i_dor_email_mcp_rpm_limit_type_0 import (
        UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0,
    )
    from .update_user_request_no_user_i_dor_email_metadata_type_0 import UpdateUserRequestNoUserIDorEmailMetadataType0
    from .update_user_request_no_user_i_dor_email_model_max_budget_type_0 import (
        UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0,
    )
    from .update_user_request_no_user_i_dor_email_model_rpm_limit_type_0 import (
        UpdateUserRequestNoUserIDorEmailModelRpmLimitType0,
    )
    from .update_user_request_no_user_i_dor_email_model_tpm_limit_type_0 import (
        UpdateUserRequestNoUserIDorEmailModelTpmLimitType0,
    )
    from .update_user_request_no_user_i_dor_email_permissions_type_0 import (
        UpdateUserRequestNoUserIDorEmailPermissionsType0,
    )
    from .update_user_request_no_user_i_dor_email_tag_rpm_limit_type_0 import (
        UpdateUserRequestNoUserIDorEmailTagRpmLimitType0,
    )
    from .update_user_request_no_user_i_dor_email_user_role_type_0 import UpdateUserRequestNoUserIDorEmailUserRoleType0
    from .update_user_request_permissions_type_0 import UpdateUserRequestPermissionsType0
    from .update_user_request_tag_rpm_limit_type_0 import UpdateUserRequestTagRpmLimitType0
    from .update_user_request_user_role_type_0 import UpdateUserRequestUserRoleType0
    from .upload_plugin_request import UploadPluginRequest
    from .upload_plugin_request_installation_preference_type_0 import UploadPluginRequestInstallationPreferenceType0
    from .usage_chart_point import UsageChartPoint
    from .usage_detail_response import UsageDetailResponse
    from .usage_detail_response_cost_by_key import UsageDetailResponseCostByKey
    from .usage_detail_response_cost_by_team import UsageDetailResponseCostByTeam
    from .usage_detail_response_cost_by_unit import UsageDetailResponseCostByUnit
    from .usage_detail_response_untracked_usage_units import UsageDetailResponseUntrackedUsageUnits
    from .usage_detail_response_untracked_usage_units_by_key import UsageDetailResponseUntrackedUsageUnitsByKey
    from .usage_detail_response_untracked_usage_units_by_key_additional_property import (
        UsageDetailResponseUntrackedUsageUnitsByKeyAdditionalProperty,
    )
    from .usage_detail_response_untracked_usage_units_by_team import UsageDetailResponseUntrackedUsageUnitsByTeam
    from .usage_detail_response_untracked_usage_units_by_team_additional_property import (
        UsageDetailResponseUntrackedUsageUnitsByTeamAdditionalProperty,
    )
    from .usage_detail_response_usage_units import UsageDetailResponseUsageUnits
    from .usage_detail_response_usage_units_by_key import UsageDetailResponseUsageUnitsByKey
    from .usage_detail_response_usage_units_by_key_additional_property import (
        UsageDetailResponseUsageUnitsByKeyAdditionalProperty,
    )
    from .usage_detail_response_usage_units_by_team import UsageDetailResponseUsageUnitsByTeam
    from .usage_detail_response_usage_units_by_team_additional_property import (
        UsageDetailResponseUsageUnitsByTeamAdditionalProperty,
    )
    from .usage_log_entry import UsageLogEntry
    from .usage_logs_response import UsageLogsResponse
    from .usage_overview_response import UsageOverviewResponse
    from .usage_overview_response_totaluntrackedusageunits import UsageOverviewResponseTotaluntrackedusageunits
    from .usage_overview_response_totalusageunits import UsageOverviewResponseTotalusageunits
    from .usage_overview_row import UsageOverviewRow
    from .usage_overview_row_untrackedusageunits import UsageOverviewRowUntrackedusageunits
    from .usage_overview_row_usageunits import UsageOverviewRowUsageunits
    from .usage_units_daily_point import UsageUnitsDailyPoint
    from .usage_units_daily_point_units import UsageUnitsDailyPointUnits
    from .user_activity_row import UserActivityRow
    from .user_api_key_auth import UserAPIKeyAuth
    from .user_api_key_auth_aliases import UserAPIKeyAuthAliases
    from .user_api_key_auth_allowed_model_region_type_0 import UserAPIKeyAuthAllowedModelRegionType0
    from .user_api_key_auth_budget_fallbacks import UserAPIKeyAuthBudgetFallbacks
    from .user_api_key_auth_budget_limits_type_0_item import UserAPIKeyAuthBudgetLimitsType0Item
    from .user_api_key_auth_config import UserAPIKeyAuthConfig
    from .user_api_key_auth_end_user_model_max_budget_type_0 import UserAPIKeyAuthEndUserModelMaxBudgetType0
    from .user_api_key_auth_jwt_claims_type_0 import UserAPIKeyAuthJwtClaimsType0
    from .user_api_key_auth_litellm_budget_table_type_0 import UserAPIKeyAuthLitellmBudgetTableType0
    from .user_api_key_auth_metadata import UserAPIKeyAuthMetadata
    from .user_api_key_auth_model_max_budget import UserAPIKeyAuthModelMaxBudget
    from .user_api_key_auth_model_spend import UserAPIKeyAuthModelSpend
    from .user_api_key_auth_organization_metadata_type_0 import UserAPIKeyAuthOrganizationMetadataType0
    from .user_api_key_auth_permissions import UserAPIKeyAuthPermissions
    from .user_api_key_auth_project_metadata_type_0 import UserAPIKeyAuthProjectMetadataType0
    from .user_api_key_auth_router_settings_type_0 import UserAPIKeyAuthRouterSettingsType0
    from .user_api_key_auth_rpm_limit_per_model_type_0 import UserAPIKeyAuthRpmLimitPerModelType0
    from .user_api_key_auth_team_metadata_type_0 import UserAPIKeyAuthTeamMetadataType0
    from .user_api_key_auth_team_model_aliases_type_0 import UserAPIKeyAuthTeamModelAliasesType0
    from .user_api_key_auth_team_model_max_budget_type_0 import UserAPIKeyAuthTeamModelMaxBudgetType0
    from .user_api_key_auth_tpm_limit_per_model_type_0 import UserAPIKeyAuthTpmLimitPerModelType0
    from .user_api_key_auth_user_model_max_budget_type_0 import UserAPIKeyAuthUserModelMaxBudgetType0
    from .user_banner import UserBanner
    from .user_banner_severity import UserBannerSeverity
    from .user_banner_update import UserBannerUpdate
    from .user_banner_update_severity import UserBannerUpdateSeverity
    from .user_connection_delete_response import UserConnectionDeleteResponse
    from .user_connection_poll_request import UserConnectionPollRequest
    from .user_connection_poll_response import UserConnectionPollResponse
    from .user_connection_poll_response_status import UserConnectionPollResponseStatus
    from .user_connection_start_response import UserConnectionStartResponse
    from .user_create_result import UserCreateResult
    from .user_delete_result import UserDeleteResult
    from .user_info_response import UserInfoResponse
    from .user_info_response_user_info_type_0 import UserInfoResponseUserInfoType0
    from .user_info_v2_response import UserInfoV2Response
    from .user_info_v2_response_metadata_type_0 import UserInfoV2ResponseMetadataType0
    from .user_info_v2_response_model_max_budget_type_0 import UserInfoV2ResponseModelMaxBudgetType0
    from .user_info_v2_response_model_max_budget_usage_type_0 import UserInfoV2ResponseModelMaxBudgetUsageType0
    from .user_info_v2_response_model_max_budget_usage_type_0_additional_property import (
        UserInfoV2ResponseModelMaxBudgetUsageType0AdditionalProperty,
    )
    from .user_list_response import UserListResponse
    from .user_provider_connection import UserProviderConnection
    from .user_provider_connections_response import UserProviderConnectionsResponse
    from .user_update_result import UserUpdateResult
    from .user_update_result_updated_user_type_0 import UserUpdateResultUpdatedUserType0
    from .validate_blocked_words_file_guardrails_validate_blocked_words_file_post_request import (
        ValidateBlockedWordsFileGuardrailsValidateBlockedWordsFilePostRequest,
    )
    from .validation_error import ValidationError
    from .validation_error_context import ValidationErrorContext
    from .vantage_dry_run_request import VantageDryRunRequest
    from .vantage_export_request import VantageExportRequest
    from .vantage_export_response import VantageExportResponse
    from .vantage_export_response_dry_run_data_type_0 import VantageExportResponseDryRunDataType0
    from .vantage_export_response_summary_type_0 import VantageExportResponseSummaryType0
    from .vantage_init_request import VantageInitRequest
    from .vantage_init_response import VantageInitResponse
    from .vantage_settings_update import VantageSettingsUpdate
    from .vantage_settings_view import VantageSettingsView
    from .vector_store_delete_request import VectorStoreDeleteRequest
    from .vector_store_info_request import VectorStoreInfoRequest
    from .vector_store_update_request import VectorStoreUpdateRequest
    from .vector_store_update_request_vector_store_metadata_type_0 import (
        VectorStoreUpdateRequestVectorStoreMetadataType0,
    )
    from .wait import Wait
    from .web_search_interception_settings import WebSearchInterceptionSettings
    from .web_search_interception_settings_response import WebSearchInterceptionSettingsResponse
    from .web_search_interception_settings_response_field_schema import WebSearchInterceptionSettingsResponseFieldSchema
    from .web_search_interception_settings_response_values import WebSearchInterceptionSettingsResponseValues
    from .web_search_preview_tool import WebSearchPreviewTool
    from .web_search_preview_tool_param import WebSearchPreviewToolParam
    from .web_search_preview_tool_param_search_content_types_item import WebSearchPreviewToolParamSearchContentTypesItem
    from .web_search_preview_tool_param_search_context_size import WebSearchPreviewToolParamSearchContextSize
    from .web_search_preview_tool_param_type import WebSearchPreviewToolParamType
    from .web_search_preview_tool_search_content_types_type_0_item import (
        WebSearchPreviewToolSearchContentTypesType0Item,
    )
    from .web_search_preview_tool_search_context_size_type_0 import WebSearchPreviewToolSearchContextSizeType0
    from .web_search_preview_tool_type import WebSearchPreviewToolType
    from .web_search_tool import WebSearchTool
    from .web_search_tool_param import WebSearchToolParam
    from .web_search_tool_param_search_context_size import WebSearchToolParamSearchContextSize
    from .web_search_tool_param_type import WebSearchToolParamType
    from .web_search_tool_search_context_size_type_0 import WebSearchToolSearchContextSizeType0
    from .web_search_tool_type import WebSearchToolType
    from .worker_registry_entry import WorkerRegistryEntry
    from .workflow_event_create_request import WorkflowEventCreateRequest
    from .workflow_event_create_request_data_type_0 import WorkflowEventCreateRequestDataType0
    from .workflow_message_create_request import WorkflowMessageCreateRequest
    from .workflow_run_create_request import WorkflowRunCreateRequest
    from .workflow_run_create_request_input_type_0 import WorkflowRunCreateRequestInputType0
    from .workflow_run_create_request_metadata_type_0 import WorkflowRunCreateRequestMetadataType0
    from .workflow_run_update_request import WorkflowRunUpdateRequest
    from .workflow_run_update_request_metadata_type_0 import WorkflowRunUpdateRequestMetadataType0
    from .workflow_run_update_request_output_type_0 import WorkflowRunUpdateRequestOutputType0
    from .workflow_run_update_request_status_type_0 import WorkflowRunUpdateRequestStatusType0

_MODULES: dict[str, str] = {
    "A2AJsonRpcResponse": "a2a_json_rpc_response",
    "A2AJsonRpcResponseErrorType0": "a2a_json_rpc_response_error_type_0",
    "AccessControlUIAccessMode": "access_control_ui_access_mode",
    "AccessGroupBudget": "access_group_budget",
    "AccessGroupBudgetRequest": "access_group_budget_request",
    "AccessGroupBudgetResponse": "access_group_budget_response",
    "AccessGroupCreateRequest": "access_group_create_request",
    "AccessGroupCreateRequestMcpToolPermissionsType0": "access_group_create_request_mcp_tool_permissions_type_0",
    "AccessGroupInfo": "access_group_info",
    "AccessGroupResource": "access_group_resource",
    "AccessGroupResponse": "access_group_response",
    "AccessGroupResponseMcpToolPermissionsType0": "access_group_response_mcp_tool_permissions_type_0",
    "AccessGroupUpdateRequest": "access_group_update_request",
    "AccessGroupUpdateRequestMcpToolPermissionsType0": "access_group_update_request_mcp_tool_permissions_type_0",
    "AcknowledgedSafetyCheck": "acknowledged_safety_check",
    "Action": "action",
    "ActionClick": "action_click",
    "ActionClickButton": "action_click_button",
    "ActionDoubleClick": "action_double_click",
    "ActionDrag": "action_drag",
    "ActionDragPath": "action_drag_path",
    "ActionFind": "action_find",
    "ActionKeypress": "action_keypress",
    "ActionMove": "action_move",
    "ActionOpenPage": "action_open_page",
    "ActionScreenshot": "action_screenshot",
    "ActionScroll": "action_scroll",
    "ActionSearch": "action_search",
    "ActionSearchSource": "action_search_source",
    "ActionType": "action_type",
    "ActionWait": "action_wait",
    "ActiveUsersAnalyticsResponse": "active_users_analytics_response",
    "AdaptiveRouterWeights": "adaptive_router_weights",
    "AddTeamCallback": "add_team_callback",
    "AddTeamCallbackCallbackTypeType0": "add_team_callback_callback_type_type_0",
    "AddTeamCallbackCallbackVars": "add_team_callback_callback_vars",
    "AdditionalTools": "additional_tools",
    "AdditionalToolsRole": "additional_tools_role",
    "AdminIgnore": "admin_ignore",
    "AdminMCPPermissions": "admin_mcp_permissions",
    "AgentCapabilities": "agent_capabilities",
    "AgentCard": "agent_card",
    "AgentCardSecuritySchemesType0": "agent_card_security_schemes_type_0",
    "AgentCardSecurityType0Item": "agent_card_security_type_0_item",
    "AgentCardSignature": "agent_card_signature",
    "AgentCardSignatureHeaderType0": "agent_card_signature_header_type_0",
    "AgentConfig": "agent_config",
    "AgentConfigExecutionMode": "agent_config_execution_mode",
    "AgentConfigLitellmParams": "agent_config_litellm_params",
    "AgentConfigStaticHeadersType0": "agent_config_static_headers_type_0",
    "AgentCreateInfo": "agent_create_info",
    "AgentCreateInfoLitellmParamsTemplateType0": "agent_create_info_litellm_params_template_type_0",
    "AgentCredentialField": "agent_credential_field",
    "AgentCredentialFieldFieldType": "agent_credential_field_field_type",
    "AgentExtension": "agent_extension",
    "AgentExtensionParamsType0": "agent_extension_params_type_0",
    "AgentIdentityBinding": "agent_identity_binding",
    "AgentInterface": "agent_interface",
    "AgentKeySummary": "agent_key_summary",
    "AgentKillSwitchApiKeyAuth": "agent_kill_switch_api_key_auth",
    "AgentKillSwitchBasicAuth": "agent_kill_switch_basic_auth",
    "AgentKillSwitchBearerAuth": "agent_kill_switch_bearer_auth",
    "AgentKillSwitchConfig": "agent_kill_switch_config",
    "AgentKillSwitchConfigBodyType0": "agent_kill_switch_config_body_type_0",
    "AgentKillSwitchConfigHeaders": "agent_kill_switch_config_headers",
    "AgentKillSwitchConfigMethod": "agent_kill_switch_config_method",
    "AgentKillSwitchConfigQueryParams": "agent_kill_switch_config_query_params",
    "AgentKillSwitchResult": "agent_kill_switch_result",
    "AgentKillSwitchResultMethod": "agent_kill_switch_result_method",
    "AgentMakePublicResponse": "agent_make_public_response",
    "AgentNode": "agent_node",
    "AgentObjectPermission": "agent_object_permission",
    "AgentObjectPermissionMcpToolPermissionsType0": "agent_object_permission_mcp_tool_permissions_type_0",
    "AgentProvider": "agent_provider",
    "AgentResponse": "agent_response",
    "AgentResponseAgentCardParams": "agent_response_agent_card_params",
    "AgentResponseExecutionMode": "agent_response_execution_mode",
    "AgentResponseLitellmParamsType0": "agent_response_litellm_params_type_0",
    "AgentResponseObjectPermissionType0": "agent_response_object_permission_type_0",
    "AgentResponseStaticHeadersType0": "agent_response_static_headers_type_0",
    "AgentSkill": "agent_skill",
    "AgentSkillSecurityType0Item": "agent_skill_security_type_0_item",
    "AgentSkillsIndex": "agent_skills_index",
    "AgentSkillsIndexEntry": "agent_skills_index_entry",
    "AllowedVectorStoreIndexItem": "allowed_vector_store_index_item",
    "AllowedVectorStoreIndexItemIndexPermissionsItem": "allowed_vector_store_index_item_index_permissions_item",
    "AnnotationContainerFileCitation": "annotation_container_file_citation",
    "AnnotationFileCitation": "annotation_file_citation",
    "AnnotationFilePath": "annotation_file_path",
    "AnnotationURLCitation": "annotation_url_citation",
    "APIKeySecurityScheme": "api_key_security_scheme",
    "APIKeySecuritySchemeIn": "api_key_security_scheme_in",
    "ApplyGuardrailApplyGuardrailPostResponse200Type1": "apply_guardrail_apply_guardrail_post_response_200_type_1",
    "ApplyGuardrailGuardrailsApplyGuardrailPostResponse200Type1": "apply_guardrail_guardrails_apply_guardrail_post_response_200_type_1",
    "ApplyGuardrailRequest": "apply_guardrail_request",
    "ApplyGuardrailRequestMessagesType0Item": "apply_guardrail_request_messages_type_0_item",
    "ApplyGuardrailRequestMetadataType0": "apply_guardrail_request_metadata_type_0",
    "ApplyGuardrailResponse": "apply_guardrail_response",
    "ApplyPatchCall": "apply_patch_call",
    "ApplyPatchCallCallerDirect": "apply_patch_call_caller_direct",
    "ApplyPatchCallCallerProgram": "apply_patch_call_caller_program",
    "ApplyPatchCallOperationCreateFile": "apply_patch_call_operation_create_file",
    "ApplyPatchCallOperationDeleteFile": "apply_patch_call_operation_delete_file",
    "ApplyPatchCallOperationUpdateFile": "apply_patch_call_operation_update_file",
    "ApplyPatchCallOutput": "apply_patch_call_output",
    "ApplyPatchCallOutputCallerDirect": "apply_patch_call_output_caller_direct",
    "ApplyPatchCallOutputCallerProgram": "apply_patch_call_output_caller_program",
    "ApplyPatchCallOutputStatus": "apply_patch_call_output_status",
    "ApplyPatchCallStatus": "apply_patch_call_status",
    "ApplyPatchTool": "apply_patch_tool",
    "ApplyPatchToolAllowedCallersType0Item": "apply_patch_tool_allowed_callers_type_0_item",
    "ApplyPatchToolParam": "apply_patch_tool_param",
    "ApplyPatchToolParamAllowedCallersType0Item": "apply_patch_tool_param_allowed_callers_type_0_item",
    "AttachmentImpactResponse": "attachment_impact_response",
    "AuditLogResponse": "audit_log_response",
    "AuditLogResponseBeforeValueType0": "audit_log_response_before_value_type_0",
    "AuditLogResponseUpdatedValuesType0": "audit_log_response_updated_values_type_0",
    "AutoRouterAllowance": "auto_router_allowance",
    "AutoRouterAvailabilityRequest": "auto_router_availability_request",
    "AutoRouterAvailabilityRequestComplexityRouterConfigType0": "auto_router_availability_request_complexity_router_config_type_0",
    "AutoRouterAvailabilityResponse": "auto_router_availability_response",
    "AutoRouterBenchmarkGroup": "auto_router_benchmark_group",
    "AutoRouterBenchmarkGroupTierTurns": "auto_router_benchmark_group_tier_turns",
    "AutoRouterBenchmarkTotals": "auto_router_benchmark_totals",
    "AutoRouterBenchmarksResponse": "auto_router_benchmarks_response",
    "AutoRouterCacheBucket": "auto_router_cache_bucket",
    "AutoRouterCacheStats": "auto_router_cache_stats",
    "AutoRouterClassifierDefaultPromptResponse": "auto_router_classifier_default_prompt_response",
    "AutoRouterClassifierPromptPreviewRequest": "auto_router_classifier_prompt_preview_request",
    "AutoRouterClassifierPromptPreviewRequestTierLabelsType0": "auto_router_classifier_prompt_preview_request_tier_labels_type_0",
    "AutoRouterPresetConfig": "auto_router_preset_config",
    "AutoRouterPresetRecord": "auto_router_preset_record",
    "AutoRouterPresetTiers": "auto_router_preset_tiers",
    "AutoRouterRoutingTestRequest": "auto_router_routing_test_request",
    "AutoRouterRoutingTestRequestMessagesType0Item": "auto_router_routing_test_request_messages_type_0_item",
    "AutoRouterRoutingTestRequestSystemType1Item": "auto_router_routing_test_request_system_type_1_item",
    "AutoRouterRoutingTestRequestToolsType0Item": "auto_router_routing_test_request_tools_type_0_item",
    "AutoRouterRoutingTestResponse": "auto_router_routing_test_response",
    "AutoRouterSessionResponse": "auto_router_session_response",
    "AutoRouterSessionResponseBaselineModels": "auto_router_session_response_baseline_models",
    "AwsSessionTag": "aws_session_tag",
    "BackgroundChatSettings": "background_chat_settings",
    "BackgroundChatSettingsResponse": "background_chat_settings_response",
    "BaseLitellmParams": "base_litellm_params",
    "BaseLitellmParamsAdditionalProviderSpecificParamsType0": "base_litellm_params_additional_provider_specific_params_type_0",
    "BaseLitellmParamsDetectSecretsConfigType0": "base_litellm_params_detect_secrets_config_type_0",
    "BaseLitellmParamsLoggingOnlyScopeType0": "base_litellm_params_logging_only_scope_type_0",
    "BaseLitellmParamsMcpBlockBehaviorType0": "base_litellm_params_mcp_block_behavior_type_0",
    "BaseLitellmParamsOnSensitiveDataType0": "base_litellm_params_on_sensitive_data_type_0",
    "BaseLitellmParamsOnViolationType0": "base_litellm_params_on_violation_type_0",
    "BaseLitellmParamsStreamScopeType0": "base_litellm_params_stream_scope_type_0",
    "BaseLitellmParamsStreamScopeType1": "base_litellm_params_stream_scope_type_1",
    "BaseLitellmParamsStreamScopeType1AdditionalProperty": "base_litellm_params_stream_scope_type_1_additional_property",
    "BaseLitellmParamsUnreachableFallback": "base_litellm_params_unreachable_fallback",
    "BaseModel": "base_model",
    "BedrockChecksConfigModel": "bedrock_checks_config_model",
    "BedrockChecksContentFilterCategoryItem": "bedrock_checks_content_filter_category_item",
    "BedrockChecksContentFilterCategoryItemCategory": "bedrock_checks_content_filter_category_item_category",
    "BedrockChecksContentFilterModel": "bedrock_checks_content_filter_model",
    "BedrockChecksPromptAttackCategoryItem": "bedrock_checks_prompt_attack_category_item",
    "BedrockChecksPromptAttackCategoryItemCategory": "bedrock_checks_prompt_attack_category_item_category",
    "BedrockChecksPromptAttackModel": "bedrock_checks_prompt_attack_model",
    "BedrockChecksSensitiveInformationEntityItem": "bedrock_checks_sensitive_information_entity_item",
    "BedrockChecksSensitiveInformationEntityItemType": "bedrock_checks_sensitive_information_entity_item_type",
    "BedrockChecksSensitiveInformationModel": "bedrock_checks_sensitive_information_model",
    "BedrockGuardrailOutputScope": "bedrock_guardrail_output_scope",
    "BillingPeriod": "billing_period",
    "BlockKeyRequest": "block_key_request",
    "BlockModelRequest": "block_model_request",
    "BlockTeamRequest": "block_team_request",
    "BlockUnpricedModelsRequest": "block_unpriced_models_request",
    "BlockUnpricedModelsResponse": "block_unpriced_models_response",
    "BlockUsers": "block_users",
    "BlockUsersResponse": "block_users_response",
    "BlockedWord": "blocked_word",
    "BlogPost": "blog_post",
    "BlogPostsResponse": "blog_posts_response",
    "BodyAudioTranscriptionsAudioTranscriptionsPost": "body_audio_transcriptions_audio_transcriptions_post",
    "BodyAudioTranscriptionsV1AudioTranscriptionsPost": "body_audio_transcriptions_v1_audio_transcriptions_post",
    "BodyAuthorizeCompleteAuthorizeCompletePost": "body_authorize_complete_authorize_complete_post",
    "BodyConvertPromptFileToJsonUtilsDotpromptJsonConverterPost": "body_convert_prompt_file_to_json_utils_dotprompt_json_converter_post",
    "BodyCreateFileFilesPost": "body_create_file_files_post",
    "BodyCreateFileProviderV1FilesPost": "body_create_file_provider_v1_files_post",
    "BodyCreateFileV1FilesPost": "body_create_file_v1_files_post",
    "BodyImageEditApiImagesEditsPost": "body_image_edit_api_images_edits_post",
    "BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost": "body_image_edit_api_openai_deployments_model_images_edits_post",
    "BodyImageEditApiV1ImagesEditsPost": "body_image_edit_api_v1_images_edits_post",
    "BodyIntrospectEndpointIntrospectPost": "body_introspect_endpoint_introspect_post",
    "BodyReplaceSkillArchiveSkillHubSkillsNameUploadPut": "body_replace_skill_archive_skill_hub_skills_name_upload_put",
    "BodyRevokeEndpointRevokePost": "body_revoke_endpoint_revoke_post",
    "BodyTestModelConnectionHealthTestConnectionPost": "body_test_model_connection_health_test_connection_post",
    "BodyTestModelConnectionHealthTestConnectionPostLitellmParams": "body_test_model_connection_health_test_connection_post_litellm_params",
    "BodyTestModelConnectionHealthTestConnectionPostModeType0": "body_test_model_connection_health_test_connection_post_mode_type_0",
    "BodyTestModelConnectionHealthTestConnectionPostModelInfo": "body_test_model_connection_health_test_connection_post_model_info",
    "BodyTokenEndpointMcpServerNameTokenPost": "body_token_endpoint_mcp_server_name_token_post",
    "BodyTokenEndpointTokenPost": "body_token_endpoint_token_post",
    "BodyUploadLogoUploadLogoPost": "body_upload_logo_upload_logo_post",
    "BodyUploadPluginClaudeCodePluginsUploadPost": "body_upload_plugin_claude_code_plugins_upload_post",
    "BodyUploadSkillSkillHubSkillsUploadPost": "body_upload_skill_skill_hub_skills_upload_post",
    "BodyVideoCreateCharacterV1VideosCharactersPost": "body_video_create_character_v1_videos_characters_post",
    "BodyVideoCreateCharacterVideosCharactersPost": "body_video_create_character_videos_characters_post",
    "BodyVideoGenerationV1VideosPost": "body_video_generation_v1_videos_post",
    "BodyVideoGenerationVideosPost": "body_video_generation_videos_post",
    "BoxAnswer": "box_answer",
    "BreakdownMetrics": "breakdown_metrics",
    "BreakdownMetricsApiKeys": "breakdown_metrics_api_keys",
    "BreakdownMetricsEndpoints": "breakdown_metrics_endpoints",
    "BreakdownMetricsEntities": "breakdown_metrics_entities",
    "BreakdownMetricsGuardrails": "breakdown_metrics_guardrails",
    "BreakdownMetricsMcpServers": "breakdown_metrics_mcp_servers",
    "BreakdownMetricsModelGroups": "breakdown_metrics_model_groups",
    "BreakdownMetricsModels": "breakdown_metrics_models",
    "BreakdownMetricsProviders": "breakdown_metrics_providers",
    "BudgetConfig": "budget_config",
    "BudgetDeleteRequest": "budget_delete_request",
    "BudgetLimitEntry": "budget_limit_entry",
    "BudgetListItem": "budget_list_item",
    "BudgetNewRequest": "budget_new_request",
    "BudgetNewRequestModelMaxBudgetType0": "budget_new_request_model_max_budget_type_0",
    "BudgetRequest": "budget_request",
    "BulkDeleteUserRequest": "bulk_delete_user_request",
    "BulkDeleteUsersResponse": "bulk_delete_users_response",
    "BulkNewUserItem": "bulk_new_user_item",
    "BulkNewUserItemAliasesType0": "bulk_new_user_item_aliases_type_0",
    "BulkNewUserItemBudgetFallbacksType0": "bulk_new_user_item_budget_fallbacks_type_0",
    "BulkNewUserItemConfigType0": "bulk_new_user_item_config_type_0",
    "BulkNewUserItemMcpRpmLimitType0": "bulk_new_user_item_mcp_rpm_limit_type_0",
    "BulkNewUserItemMetadataType0": "bulk_new_user_item_metadata_type_0",
    "BulkNewUserItemModelMaxBudgetType0": "bulk_new_user_item_model_max_budget_type_0",
    "BulkNewUserItemModelRpmLimitType0": "bulk_new_user_item_model_rpm_limit_type_0",
    "BulkNewUserItemModelTpmLimitType0": "bulk_new_user_item_model_tpm_limit_type_0",
    "BulkNewUserItemPermissionsType0": "bulk_new_user_item_permissions_type_0",
    "BulkNewUserItemTagRpmLimitType0": "bulk_new_user_item_tag_rpm_limit_type_0",
    "BulkNewUserItemUserRoleType0": "bulk_new_user_item_user_role_type_0",
    "BulkNewUserMeta": "bulk_new_user_meta",
    "BulkNewUserRequest": "bulk_new_user_request",
    "BulkNewUserResponse": "bulk_new_user_response",
    "BulkTeamMemberAddRequest": "bulk_team_member_add_request",
    "BulkTeamMemberAddResponse": "bulk_team_member_add_response",
    "BulkTeamMemberAddResponseUpdatedTeamType0": "bulk_team_member_add_response_updated_team_type_0",
    "BulkTeamMemberBudgetUpdateRequest": "bulk_team_member_budget_update_request",
    "BulkTeamMemberBudgetUpdateResponse": "bulk_team_member_budget_update_response",
    "BulkTeamMemberDeleteRequest": "bulk_team_member_delete_request",
    "BulkTeamMemberDeleteResponse": "bulk_team_member_delete_response",
    "BulkUpdateKeyRequest": "bulk_update_key_request",
    "BulkUpdateKeyRequestItem": "bulk_update_key_request_item",
    "BulkUpdateKeyResponse": "bulk_update_key_response",
    "BulkUpdateTeamKeysRequest": "bulk_update_team_keys_request",
    "BulkUpdateTeamMemberPermissionsRequest": "bulk_update_team_member_permissions_request",
    "BulkUpdateTeamMemberPermissionsResponse": "bulk_update_team_member_permissions_response",
    "BulkUpdateUserRequest": "bulk_update_user_request",
    "BulkUpdateUserResponse": "bulk_update_user_response",
    "CacheCostScenario": "cache_cost_scenario",
    "CacheEvidence": "cache_evidence",
    "CacheLeakageKeysResponse": "cache_leakage_keys_response",
    "CachePingResponse": "cache_ping_response",
    "CachePingResponseHealthCheckCacheParamsType0": "cache_ping_response_health_check_cache_params_type_0",
    "CachePredictionArm": "cache_prediction_arm",
    "CachePredictionArmCacheState": "cache_prediction_arm_cache_state",
    "CachePredictionRequest": "cache_prediction_request",
    "CachePredictionRequestRequest": "cache_prediction_request_request",
    "CachePredictionResponse": "cache_prediction_response",
    "CacheSettingsField": "cache_settings_field",
    "CacheSettingsResponse": "cache_settings_response",
    "CacheSettingsResponseCurrentValues": "cache_settings_response_current_values",
    "CacheSettingsResponseRedisTypeDescriptions": "cache_settings_response_redis_type_descriptions",
    "CacheSettingsUpdateRequest": "cache_settings_update_request",
    "CacheSettingsUpdateRequestCacheSettings": "cache_settings_update_request_cache_settings",
    "CacheTestRequest": "cache_test_request",
    "CacheTestRequestCacheSettings": "cache_test_request_cache_settings",
    "CacheTestResponse": "cache_test_response",
    "CacheTokenBuckets": "cache_token_buckets",
    "CacheWriteTokensDetails": "cache_write_tokens_details",
    "CachedTokensDetails": "cached_tokens_details",
    "CalculateSpendSpendCalculatePostResponse200": "calculate_spend_spend_calculate_post_response_200",
    "CallTypes": "call_types",
    "CallbackLogFailure": "callback_log_failure",
    "CallbackLogRecord": "callback_log_record",
    "CallbackLogRecordStandardLoggingPayload": "callback_log_record_standard_logging_payload",
    "CallbackLogRecordStatus": "callback_log_record_status",
    "CallbackLogsRequest": "callback_logs_request",
    "CallbackLogsResponse": "callback_logs_response",
    "CallbacksByType": "callbacks_by_type",
    "CallerDirect": "caller_direct",
    "CallerProgram": "caller_program",
    "CancelEvalResponse": "cancel_eval_response",
    "CancelRunResponse": "cancel_run_response",
    "CapabilityCalibrationConfig": "capability_calibration_config",
    "CapabilityClassifierConfig": "capability_classifier_config",
    "CapabilityClassifierConfigResponseFormat": "capability_classifier_config_response_format",
    "CaptureRateDay": "capture_rate_day",
    "CaptureRateReport": "capture_rate_report",
    "ChangePasswordRequest": "change_password_request",
    "ChangePasswordResponse": "change_password_response",
    "ChatCompletionAnnotation": "chat_completion_annotation",
    "ChatCompletionAnnotationURLCitation": "chat_completion_annotation_url_citation",
    "ChatCompletionAssistantMessage": "chat_completion_assistant_message",
    "ChatCompletionAssistantToolCall": "chat_completion_assistant_tool_call",
    "ChatCompletionAudioObject": "chat_completion_audio_object",
    "ChatCompletionAudioResponse": "chat_completion_audio_response",
    "ChatCompletionCachedContent": "chat_completion_cached_content",
    "ChatCompletionCachedContentTtl": "chat_completion_cached_content_ttl",
    "ChatCompletionChatCompletionsPostBody": "chat_completion_chat_completions_post_body",
    "ChatCompletionChatCompletionsPostBodyContextWindowFallbackDictType0": "chat_completion_chat_completions_post_body_context_window_fallback_dict_type_0",
    "ChatCompletionChatCompletionsPostBodyFunctionCallType1": "chat_completion_chat_completions_post_body_function_call_type_1",
    "ChatCompletionChatCompletionsPostBodyFunctionsType0Item": "chat_completion_chat_completions_post_body_functions_type_0_item",
    "ChatCompletionChatCompletionsPostBodyLogitBiasType0": "chat_completion_chat_completions_post_body_logit_bias_type_0",
    "ChatCompletionChatCompletionsPostBodyMetadataType0": "chat_completion_chat_completions_post_body_metadata_type_0",
    "ChatCompletionChatCompletionsPostBodyResponseFormatType0": "chat_completion_chat_completions_post_body_response_format_type_0",
    "ChatCompletionChatCompletionsPostBodyStreamOptionsType0": "chat_completion_chat_completions_post_body_stream_options_type_0",
    "ChatCompletionChatCompletionsPostBodyToolChoiceType1": "chat_completion_chat_completions_post_body_tool_choice_type_1",
    "ChatCompletionChatCompletionsPostBodyToolsType0Item": "chat_completion_chat_completions_post_body_tools_type_0_item",
    "ChatCompletionCustomToolCallPayload": "chat_completion_custom_tool_call_payload",
    "ChatCompletionDeveloperMessage": "chat_completion_developer_message",
    "ChatCompletionDocumentObject": "chat_completion_document_object",
    "ChatCompletionEnginesModelChatCompletionsPostBody": "chat_completion_engines_model_chat_completions_post_body",
    "ChatCompletionEnginesModelChatCompletionsPostBodyContextWindowFallbackDictType0": "chat_completion_engines_model_chat_completions_post_body_context_window_fallback_dict_type_0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyFunctionCallType1": "chat_completion_engines_model_chat_completions_post_body_function_call_type_1",
    "ChatCompletionEnginesModelChatCompletionsPostBodyFunctionsType0Item": "chat_completion_engines_model_chat_completions_post_body_functions_type_0_item",
    "ChatCompletionEnginesModelChatCompletionsPostBodyLogitBiasType0": "chat_completion_engines_model_chat_completions_post_body_logit_bias_type_0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyMetadataType0": "chat_completion_engines_model_chat_completions_post_body_metadata_type_0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyResponseFormatType0": "chat_completion_engines_model_chat_completions_post_body_response_format_type_0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyStreamOptionsType0": "chat_completion_engines_model_chat_completions_post_body_stream_options_type_0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyToolChoiceType1": "chat_completion_engines_model_chat_completions_post_body_tool_choice_type_1",
    "ChatCompletionEnginesModelChatCompletionsPostBodyToolsType0Item": "chat_completion_engines_model_chat_completions_post_body_tools_type_0_item",
    "ChatCompletionFileObject": "chat_completion_file_object",
    "ChatCompletionFileObjectFile": "chat_completion_file_object_file",
    "ChatCompletionFileObjectFileVideoMetadata": "chat_completion_file_object_file_video_metadata",
    "ChatCompletionFunctionMessage": "chat_completion_function_message",
    "ChatCompletionImageObject": "chat_completion_image_object",
    "ChatCompletionImageUrlObject": "chat_completion_image_url_object",
    "ChatCompletionImageUrlObjectVideoMetadata": "chat_completion_image_url_object_video_metadata",
    "ChatCompletionInputAudio": "chat_completion_input_audio",
    "ChatCompletionMessageCustomToolCall": "chat_completion_message_custom_tool_call",
    "ChatCompletionMessageToolCall": "chat_completion_message_tool_call",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBody": "chat_completion_openai_deployments_model_chat_completions_post_body",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyContextWindowFallbackDictType0": "chat_completion_openai_deployments_model_chat_completions_post_body_context_window_fallback_dict_type_0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyFunctionCallType1": "chat_completion_openai_deployments_model_chat_completions_post_body_function_call_type_1",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyFunctionsType0Item": "chat_completion_openai_deployments_model_chat_completions_post_body_functions_type_0_item",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyLogitBiasType0": "chat_completion_openai_deployments_model_chat_completions_post_body_logit_bias_type_0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyMetadataType0": "chat_completion_openai_deployments_model_chat_completions_post_body_metadata_type_0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyResponseFormatType0": "chat_completion_openai_deployments_model_chat_completions_post_body_response_format_type_0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyStreamOptionsType0": "chat_completion_openai_deployments_model_chat_completions_post_body_stream_options_type_0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyToolChoiceType1": "chat_completion_openai_deployments_model_chat_completions_post_body_tool_choice_type_1",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyToolsType0Item": "chat_completion_openai_deployments_model_chat_completions_post_body_tools_type_0_item",
    "ChatCompletionReasoningItem": "chat_completion_reasoning_item",
    "ChatCompletionReasoningSummaryTextBlock": "chat_completion_reasoning_summary_text_block",
    "ChatCompletionRedactedThinkingBlock": "chat_completion_redacted_thinking_block",
    "ChatCompletionRedactedThinkingBlockCacheControlType0": "chat_completion_redacted_thinking_block_cache_control_type_0",
    "ChatCompletionSystemMessage": "chat_completion_system_message",
    "ChatCompletionTextObject": "chat_completion_text_object",
    "ChatCompletionThinkingBlock": "chat_completion_thinking_block",
    "ChatCompletionThinkingBlockCacheControlType0": "chat_completion_thinking_block_cache_control_type_0",
    "ChatCompletionTokenLogprob": "chat_completion_token_logprob",
    "ChatCompletionToolCallChunk": "chat_completion_tool_call_chunk",
    "ChatCompletionToolCallFunctionChunk": "chat_completion_tool_call_function_chunk",
    "ChatCompletionToolCallFunctionChunkProviderSpecificFieldsType0": "chat_completion_tool_call_function_chunk_provider_specific_fields_type_0",
    "ChatCompletionToolMessage": "chat_completion_tool_message",
    "ChatCompletionToolParam": "chat_completion_tool_param",
    "ChatCompletionToolParamFunctionChunk": "chat_completion_tool_param_function_chunk",
    "ChatCompletionToolParamFunctionChunkParameters": "chat_completion_tool_param_function_chunk_parameters",
    "ChatCompletionToolReferenceObject": "chat_completion_tool_reference_object",
    "ChatCompletionUserMessage": "chat_completion_user_message",
    "ChatCompletionV1ChatCompletionsPostBody": "chat_completion_v1_chat_completions_post_body",
    "ChatCompletionV1ChatCompletionsPostBodyContextWindowFallbackDictType0": "chat_completion_v1_chat_completions_post_body_context_window_fallback_dict_type_0",
    "ChatCompletionV1ChatCompletionsPostBodyFunctionCallType1": "chat_completion_v1_chat_completions_post_body_function_call_type_1",
    "ChatCompletionV1ChatCompletionsPostBodyFunctionsType0Item": "chat_completion_v1_chat_completions_post_body_functions_type_0_item",
    "ChatCompletionV1ChatCompletionsPostBodyLogitBiasType0": "chat_completion_v1_chat_completions_post_body_logit_bias_type_0",
    "ChatCompletionV1ChatCompletionsPostBodyMetadataType0": "chat_completion_v1_chat_completions_post_body_metadata_type_0",
    "ChatCompletionV1ChatCompletionsPostBodyResponseFormatType0": "chat_completion_v1_chat_completions_post_body_response_format_type_0",
    "ChatCompletionV1ChatCompletionsPostBodyStreamOptionsType0": "chat_completion_v1_chat_completions_post_body_stream_options_type_0",
    "ChatCompletionV1ChatCompletionsPostBodyToolChoiceType1": "chat_completion_v1_chat_completions_post_body_tool_choice_type_1",
    "ChatCompletionV1ChatCompletionsPostBodyToolsType0Item": "chat_completion_v1_chat_completions_post_body_tools_type_0_item",
    "ChatCompletionVideoObject": "chat_completion_video_object",
    "ChatCompletionVideoUrlObject": "chat_completion_video_url_object",
    "ChoiceAnswer": "choice_answer",
    "ChoiceAnswerProbabilities": "choice_answer_probabilities",
    "ChoiceLogprobs": "choice_logprobs",
    "Choices": "choices",
    "ChoicesFinishReason": "choices_finish_reason",
    "ChoicesProviderSpecificFieldsType0": "choices_provider_specific_fields_type_0",
    "CiscoAIDefenseGuardrailConfigModelOptionalParams": "cisco_ai_defense_guardrail_config_model_optional_params",
    "CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0": "cisco_ai_defense_guardrail_config_model_optional_params_fallback_on_error_type_0",
    "CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType": "cisco_ai_defense_guardrail_config_model_optional_params_inspection_type",
    "CiscoAIDefenseRule": "cisco_ai_defense_rule",
    "CiscoAIDefenseRuleRuleName": "cisco_ai_defense_rule_rule_name",
    "CitationsObject": "citations_object",
    "ClassificationRubric": "classification_rubric",
    "ClassifierLLMConfig": "classifier_llm_config",
    "ClassifierLLMConfigReasoningEffortType0": "classifier_llm_config_reasoning_effort_type_0",
    "ClassifierVisionConfig": "classifier_vision_config",
    "Click": "click",
    "ClickButton": "click_button",
    "CloudZeroExportRequest": "cloud_zero_export_request",
    "CloudZeroExportResponse": "cloud_zero_export_response",
    "CloudZeroExportResponseDryRunDataType0": "cloud_zero_export_response_dry_run_data_type_0",
    "CloudZeroExportResponseSummaryType0": "cloud_zero_export_response_summary_type_0",
    "CloudZeroInitRequest": "cloud_zero_init_request",
    "CloudZeroInitResponse": "cloud_zero_init_response",
    "CloudZeroSettingsUpdate": "cloud_zero_settings_update",
    "CloudZeroSettingsView": "cloud_zero_settings_view",
    "CodeInterpreter": "code_interpreter",
    "CodeInterpreterAllowedCallersType0Item": "code_interpreter_allowed_callers_type_0_item",
    "CodeInterpreterContainerCodeInterpreterToolAuto": "code_interpreter_container_code_interpreter_tool_auto",
    "CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0": "code_interpreter_container_code_interpreter_tool_auto_memory_limit_type_0",
    "CodexPassthroughRouteBackendApiCodexEndpointGetEndpoint": "codex_passthrough_route_backend_api_codex_endpoint_get_endpoint",
    "CodexPassthroughRouteBackendApiCodexEndpointPostBody": "codex_passthrough_route_backend_api_codex_endpoint_post_body",
    "CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint": "codex_passthrough_route_backend_api_codex_endpoint_post_endpoint",
    "CodexPassthroughRouteBackendApiCodexEndpointPostResponse200": "codex_passthrough_route_backend_api_codex_endpoint_post_response_200",
    "CompactionTrigger": "compaction_trigger",
    "ComparisonFilter": "comparison_filter",
    "ComparisonFilterType": "comparison_filter_type",
    "ComplexityRouterConfigValidationRequest": "complexity_router_config_validation_request",
    "ComplexityRouterConfigValidationRequestComplexityRouterConfig": "complexity_router_config_validation_request_complexity_router_config",
    "ComplexityRouterConfigValidationResponse": "complexity_router_config_validation_response",
    "ComplexityScorerDefaults": "complexity_scorer_defaults",
    "ComplexityScorerDefaultsDimensionWeights": "complexity_scorer_defaults_dimension_weights",
    "ComplexityScorerDefaultsTierBoundaries": "complexity_scorer_defaults_tier_boundaries",
    "ComplexityScorerDefaultsTokenThresholds": "complexity_scorer_defaults_token_thresholds",
    "ComplexityTier": "complexity_tier",
    "ComplexityTierModel": "complexity_tier_model",
    "ComplexityTierModelLitellmParams": "complexity_tier_model_litellm_params",
    "ComplianceCheckRequest": "compliance_check_request",
    "ComplianceCheckRequestGuardrailInformationType0Item": "compliance_check_request_guardrail_information_type_0_item",
    "ComplianceCheckResult": "compliance_check_result",
    "ComplianceResponse": "compliance_response",
    "CompoundFilter": "compound_filter",
    "CompoundFilterType": "compound_filter_type",
    "ComputerCallOutput": "computer_call_output",
    "ComputerCallOutputAcknowledgedSafetyCheck": "computer_call_output_acknowledged_safety_check",
    "ComputerCallOutputStatusType0": "computer_call_output_status_type_0",
    "ComputerTool": "computer_tool",
    "ComputerUsePreviewTool": "computer_use_preview_tool",
    "ComputerUsePreviewToolEnvironment": "computer_use_preview_tool_environment",
    "ComputerUsePreviewToolParam": "computer_use_preview_tool_param",
    "ComputerUsePreviewToolParamEnvironment": "computer_use_preview_tool_param_environment",
    "ConfigOverrideSettingsResponse": "config_override_settings_response",
    "ConfigOverrideSettingsResponseFieldSchema": "config_override_settings_response_field_schema",
    "ConfigOverrideSettingsResponseValues": "config_override_settings_response_values",
    "ConfigurableClientsideParamsCustomAuthInput": "configurable_clientside_params_custom_auth_input",
    "ConfigurableClientsideParamsCustomAuthOutput": "configurable_clientside_params_custom_auth_output",
    "ContainerAuto": "container_auto",
    "ContainerAutoMemoryLimitType0": "container_auto_memory_limit_type_0",
    "ContainerAutoParam": "container_auto_param",
    "ContainerAutoParamMemoryLimitType0": "container_auto_param_memory_limit_type_0",
    "ContainerNetworkPolicyAllowlist": "container_network_policy_allowlist",
    "ContainerNetworkPolicyAllowlistParam": "container_network_policy_allowlist_param",
    "ContainerNetworkPolicyDisabled": "container_network_policy_disabled",
    "ContainerNetworkPolicyDisabledParam": "container_network_policy_disabled_param",
    "ContainerNetworkPolicyDomainSecret": "container_network_policy_domain_secret",
    "ContainerNetworkPolicyDomainSecretParam": "container_network_policy_domain_secret_param",
    "ContainerReference": "container_reference",
    "ContainerReferenceParam": "container_reference_param",
    "Content": "content",
    "ContentFilterAction": "content_filter_action",
    "ContentFilterCategoryConfig": "content_filter_category_config",
    "ContentFilterCategoryConfigAction": "content_filter_category_config_action",
    "ContentFilterCategoryConfigSeverityThreshold": "content_filter_category_config_severity_threshold",
    "ContentFilterPattern": "content_filter_pattern",
    "ContentFilterPatternPatternType": "content_filter_pattern_pattern_type",
    "ContextCompactionConfig": "context_compaction_config",
    "ContextManagementEntry": "context_management_entry",
    "ConvertPromptFileToJsonUtilsDotpromptJsonConverterPostResponseConvertPromptFileToJsonUtilsDotpromptJsonConverterPost": "convert_prompt_file_to_json_utils_dotprompt_json_converter_post_response_convert_prompt_file_to_json_utils_dotprompt_json_converter_post",
    "CoordinationRedisSettingsField": "coordination_redis_settings_field",
    "CoordinationRedisSettingsFieldSection": "coordination_redis_settings_field_section",
    "CoordinationRedisSettingsRequest": "coordination_redis_settings_request",
    "CoordinationRedisSettingsRequestSettings": "coordination_redis_settings_request_settings",
    "CoordinationRedisSettingsResponse": "coordination_redis_settings_response",
    "CoordinationRedisSettingsResponseSourceType0": "coordination_redis_settings_response_source_type_0",
    "CoordinationRedisSettingsResponseValues": "coordination_redis_settings_response_values",
    "CoordinationRedisTestResponse": "coordination_redis_test_response",
    "CostEstimateRequest": "cost_estimate_request",
    "CostEstimateResponse": "cost_estimate_response",
    "CreateCredentialItem": "create_credential_item",
    "CreateCredentialItemCredentialInfo": "create_credential_item_credential_info",
    "CreateCredentialItemCredentialValuesType0": "create_credential_item_credential_values_type_0",
    "CreateGuardrailRequest": "create_guardrail_request",
    "CreateJWTKeyMappingRequest": "create_jwt_key_mapping_request",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_prompt_type_0",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_format_type_1",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_noise_reduction_type_0",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_realtime_audio_transcription_config",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_turn_detection_type_0",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_format_type_1",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_voice_type_1",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item": "create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_tools_type_0_item",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_prompt_type_0",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_format_type_1",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_noise_reduction_type_0",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_realtime_audio_transcription_config",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_turn_detection_type_0",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_format_type_1",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_voice_type_1",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item": "create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_tools_type_0_item",
    "CreateSearchToolRequest": "create_search_tool_request",
    "CredentialItem": "credential_item",
    "CredentialItemCredentialInfo": "credential_item_credential_info",
    "CredentialItemCredentialValues": "credential_item_credential_values",
    "CredentialView": "credential_view",
    "CredentialViewCredentialInfo": "credential_view_credential_info",
    "CredentialViewCredentialValues": "credential_view_credential_values",
    "CredentialViewSource": "credential_view_source",
    "CustomDimension": "custom_dimension",
    "CustomDimensionScoringMode": "custom_dimension_scoring_mode",
    "CustomTool": "custom_tool",
    "CustomToolAllowedCallersType0Item": "custom_tool_allowed_callers_type_0_item",
    "CustomToolCallOutputItem": "custom_tool_call_output_item",
    "CustomToolCallOutputItemStatusType0": "custom_tool_call_output_item_status_type_0",
    "CustomToolParam": "custom_tool_param",
    "CustomToolParamAllowedCallersType0Item": "custom_tool_param_allowed_callers_type_0_item",
    "CustomerResponse": "customer_response",
    "CustomerResponseAllowedModelRegionType0": "customer_response_allowed_model_region_type_0",
    "CyberArkConfig": "cyber_ark_config",
    "DailyActivityKeyPageResponse": "daily_activity_key_page_response",
    "DailyActivityKeySearchResponse": "daily_activity_key_search_response",
    "DailyActivityUserPageResponse": "daily_activity_user_page_response",
    "DailySpendData": "daily_spend_data",
    "DailySpendMetadata": "daily_spend_metadata",
    "DailySpendMetadataEntityTotalApiKeysType0": "daily_spend_metadata_entity_total_api_keys_type_0",
    "DecisionModelCheck": "decision_model_check",
    "DecisionModelCheckAction": "decision_model_check_action",
    "DecisionsBox": "decisions_box",
    "DecisionsDecisionsPostOpenAIDecisionRequest": "decisions_decisions_post_open_ai_decision_request",
    "DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio": "decisions_decisions_post_open_ai_decision_request_decisions_base_64_audio",
    "DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video": "decisions_decisions_post_open_ai_decision_request_decisions_base_64_video",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion": "decisions_decisions_post_open_ai_decision_request_open_ai_box_question",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion": "decisions_decisions_post_open_ai_decision_request_open_ai_choice_question",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption": "decisions_decisions_post_open_ai_decision_request_open_ai_choice_question_open_ai_choice_option",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage": "decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage": "decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_image",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText": "decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_text",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion": "decisions_decisions_post_open_ai_decision_request_open_ai_predicate_question",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion": "decisions_decisions_post_open_ai_decision_request_open_ai_score_question",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel": "decisions_decisions_post_open_ai_decision_request_open_ai_score_question_open_ai_score_level",
    "DecisionsResponse": "decisions_response",
    "DecisionsResponseAnswers": "decisions_response_answers",
    "DecisionsUsage": "decisions_usage",
    "DecisionsV1DecisionsPostOpenAIDecisionRequest": "decisions_v1_decisions_post_open_ai_decision_request",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestDecisionsBase64Audio": "decisions_v1_decisions_post_open_ai_decision_request_decisions_base_64_audio",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestDecisionsBase64Video": "decisions_v1_decisions_post_open_ai_decision_request_decisions_base_64_video",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion": "decisions_v1_decisions_post_open_ai_decision_request_open_ai_box_question",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion": "decisions_v1_decisions_post_open_ai_decision_request_open_ai_choice_question",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption": "decisions_v1_decisions_post_open_ai_decision_request_open_ai_choice_question_open_ai_choice_option",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage": "decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage": "decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_image",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText": "decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_text",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion": "decisions_v1_decisions_post_open_ai_decision_request_open_ai_predicate_question",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion": "decisions_v1_decisions_post_open_ai_decision_request_open_ai_score_question",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel": "decisions_v1_decisions_post_open_ai_decision_request_open_ai_score_question_open_ai_score_level",
    "DefaultInternalUserParams": "default_internal_user_params",
    "DefaultInternalUserParamsUserRoleType0": "default_internal_user_params_user_role_type_0",
    "DefaultTeamSettingsResponse": "default_team_settings_response",
    "DefaultTeamSettingsResponseFieldSchema": "default_team_settings_response_field_schema",
    "DefaultTeamSettingsResponseValues": "default_team_settings_response_values",
    "DefaultTeamSSOParams": "default_team_sso_params",
    "DeleteAccessGroupBudgetResponse": "delete_access_group_budget_response",
    "DeleteCustomerRequest": "delete_customer_request",
    "DeleteCustomersResponse": "delete_customers_response",
    "DeleteCyberarkConfigConfigOverridesCyberarkDeleteResponseDeleteCyberarkConfigConfigOverridesCyberarkDelete": "delete_cyberark_config_config_overrides_cyberark_delete_response_delete_cyberark_config_config_overrides_cyberark_delete",
    "DeleteEvalResponse": "delete_eval_response",
    "DeleteFallbackFallbackModelDeleteFallbackType": "delete_fallback_fallback_model_delete_fallback_type",
    "DeleteJWTKeyMappingRequest": "delete_jwt_key_mapping_request",
    "DeleteModelGroupResponse": "delete_model_group_response",
    "DeleteOrganizationRequest": "delete_organization_request",
    "DeleteProjectRequest": "delete_project_request",
    "DeleteResponseResult": "delete_response_result",
    "DeleteSkillResponse": "delete_skill_response",
    "DeleteSubscriptionAccountRequest": "delete_subscription_account_request",
    "DeleteTeamRequest": "delete_team_request",
    "DeleteUserRequest": "delete_user_request",
    "Deployment": "deployment",
    "DeploymentInfo": "deployment_info",
    "DeploymentInfoLitellmParams": "deployment_info_litellm_params",
    "DeploymentModelInfo": "deployment_model_info",
    "DeploymentPricing": "deployment_pricing",
    "DeploymentPricingCosts": "deployment_pricing_costs",
    "DeploymentWarning": "deployment_warning",
    "DeploymentWarningIgnoreResponse": "deployment_warning_ignore_response",
    "DeploymentWarningIgnoreUpdate": "deployment_warning_ignore_update",
    "DeploymentWarningSeverity": "deployment_warning_severity",
    "DeploymentWarningsResponse": "deployment_warnings_response",
    "DeprecationAlertState": "deprecation_alert_state",
    "DeprecationAlertStatus": "deprecation_alert_status",
    "DeprecationAlertUpdate": "deprecation_alert_update",
    "DeprecationTagUsage": "deprecation_tag_usage",
    "DiscoverAgentRequest": "discover_agent_request",
    "DiscoverAgentRequestParamsType0": "discover_agent_request_params_type_0",
    "DiscoverAgentResponse": "discover_agent_response",
    "DiscoverAgentResponseAgentCard": "discover_agent_response_agent_card",
    "DiscoveryMode": "discovery_mode",
    "DistinctTagResponse": "distinct_tag_response",
    "DistinctTagsResponse": "distinct_tags_response",
    "DocumentObject": "document_object",
    "DoubleClick": "double_click",
    "Drag": "drag",
    "DragPath": "drag_path",
    "EasyInputMessageParam": "easy_input_message_param",
    "EasyInputMessageParamPhaseType0": "easy_input_message_param_phase_type_0",
    "EasyInputMessageParamRole": "easy_input_message_param_role",
    "EmailEvent": "email_event",
    "EmailEventSettings": "email_event_settings",
    "EmailEventSettingsResponse": "email_event_settings_response",
    "EmailEventSettingsUpdateRequest": "email_event_settings_update_request",
    "EmbeddingRequest": "embedding_request",
    "EmbeddingRequestCustomLlmProviderType1": "embedding_request_custom_llm_provider_type_1",
    "EmbeddingRequestLitellmLoggingObjType0": "embedding_request_litellm_logging_obj_type_0",
    "EmbeddingsEmbeddingsPostBody": "embeddings_embeddings_post_body",
    "EmbeddingsEmbeddingsPostBodyCustomLlmProviderType1": "embeddings_embeddings_post_body_custom_llm_provider_type_1",
    "EmbeddingsEmbeddingsPostBodyLitellmLoggingObjType0": "embeddings_embeddings_post_body_litellm_logging_obj_type_0",
    "EmbeddingsEnginesModelEmbeddingsPostBody": "embeddings_engines_model_embeddings_post_body",
    "EmbeddingsEnginesModelEmbeddingsPostBodyCustomLlmProviderType1": "embeddings_engines_model_embeddings_post_body_custom_llm_provider_type_1",
    "EmbeddingsEnginesModelEmbeddingsPostBodyLitellmLoggingObjType0": "embeddings_engines_model_embeddings_post_body_litellm_logging_obj_type_0",
    "EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody": "embeddings_openai_deployments_model_embeddings_post_body",
    "EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBodyCustomLlmProviderType1": "embeddings_openai_deployments_model_embeddings_post_body_custom_llm_provider_type_1",
    "EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBodyLitellmLoggingObjType0": "embeddings_openai_deployments_model_embeddings_post_body_litellm_logging_obj_type_0",
    "EmbeddingsV1EmbeddingsPostBody": "embeddings_v1_embeddings_post_body",
    "EmbeddingsV1EmbeddingsPostBodyCustomLlmProviderType1": "embeddings_v1_embeddings_post_body_custom_llm_provider_type_1",
    "EmbeddingsV1EmbeddingsPostBodyLitellmLoggingObjType0": "embeddings_v1_embeddings_post_body_litellm_logging_obj_type_0",
    "EndpointProvider": "endpoint_provider",
    "EnrichPolicyTemplatePolicyTemplatesEnrichPostResponseEnrichPolicyTemplatePolicyTemplatesEnrichPost": "enrich_policy_template_policy_templates_enrich_post_response_enrich_policy_template_policy_templates_enrich_post",
    "EnrichTemplateRequest": "enrich_template_request",
    "EnrichTemplateRequestParameters": "enrich_template_request_parameters",
    "EntraIdentityConfig": "entra_identity_config",
    "EnvVarIgnore": "env_var_ignore",
    "ErrorDetail": "error_detail",
    "ErrorEnvelope": "error_envelope",
    "ErrorEnvelopeError": "error_envelope_error",
    "ErrorResponse": "error_response",
    "ErrorResponseDetail": "error_response_detail",
    "EuJevDecisionResponse": "eu_jev_decision_response",
    "EuJevDecisionResponseAnswers": "eu_jev_decision_response_answers",
    "EuJevMeta": "eu_jev_meta",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria_additional_property_type_1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_instructions_type_1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_criteria_type_0",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0AdditionalPropertyType1": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_criteria_type_0_additional_property_type_1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_instructions_type_1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_score_question",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestionCriteriaItemType1": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_score_question_criteria_item_type_1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestionInstructionsType1": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_score_question_instructions_type_1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1": "eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_state_type_1",
    "EuJevUsage": "eu_jev_usage",
    "Eval": "eval_",
    "EvalDataSourceConfig": "eval_data_source_config",
    "EvalMetadataType0": "eval_metadata_type_0",
    "EvalTestingCriteriaItem": "eval_testing_criteria_item",
    "ExportType": "export_type",
    "ExtractionAnswer": "extraction_answer",
    "ExtractionExtractionPostExtractionRequest": "extraction_extraction_post_extraction_request",
    "ExtractionExtractionPostExtractionRequestExtractionBase64Image": "extraction_extraction_post_extraction_request_extraction_base_64_image",
    "ExtractionExtractionPostExtractionRequestExtractionOptions": "extraction_extraction_post_extraction_request_extraction_options",
    "ExtractionExtractionPostExtractionRequestFields": "extraction_extraction_post_extraction_request_fields",
    "ExtractionResponse": "extraction_response",
    "ExtractionResponseAnswers": "extraction_response_answers",
    "ExtractionUsage": "extraction_usage",
    "ExtractionV1ExtractionPostExtractionRequest": "extraction_v1_extraction_post_extraction_request",
    "ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image": "extraction_v1_extraction_post_extraction_request_extraction_base_64_image",
    "ExtractionV1ExtractionPostExtractionRequestExtractionOptions": "extraction_v1_extraction_post_extraction_request_extraction_options",
    "ExtractionV1ExtractionPostExtractionRequestFields": "extraction_v1_extraction_post_extraction_request_fields",
    "FacetListResponse": "facet_list_response",
    "FailedKeyUpdate": "failed_key_update",
    "FailedKeyUpdateKeyInfoType0": "failed_key_update_key_info_type_0",
    "FallbackCreateRequest": "fallback_create_request",
    "FallbackCreateRequestFallbackType": "fallback_create_request_fallback_type",
    "FallbackDeleteResponse": "fallback_delete_response",
    "FallbackGetResponse": "fallback_get_response",
    "FallbackResponse": "fallback_response",
    "FileSearchTool": "file_search_tool",
    "FileSearchToolParam": "file_search_tool_param",
    "Filters": "filters",
    "FunctionCall": "function_call",
    "FunctionCallOutput": "function_call_output",
    "FunctionCallOutputCallerDirect": "function_call_output_caller_direct",
    "FunctionCallOutputCallerProgram": "function_call_output_caller_program",
    "FunctionCallOutputStatusType0": "function_call_output_status_type_0",
    "FunctionShellTool": "function_shell_tool",
    "FunctionShellToolAllowedCallersType0Item": "function_shell_tool_allowed_callers_type_0_item",
    "FunctionShellToolParam": "function_shell_tool_param",
    "FunctionShellToolParamAllowedCallersType0Item": "function_shell_tool_param_allowed_callers_type_0_item",
    "FunctionTool": "function_tool",
    "FunctionToolAllowedCallersType0Item": "function_tool_allowed_callers_type_0_item",
    "FunctionToolOutputSchemaType0": "function_tool_output_schema_type_0",
    "FunctionToolParam": "function_tool_param",
    "FunctionToolParamAllowedCallersType0Item": "function_tool_param_allowed_callers_type_0_item",
    "FunctionToolParamOutputSchemaType0": "function_tool_param_output_schema_type_0",
    "FunctionToolParamParametersType0": "function_tool_param_parameters_type_0",
    "FunctionToolParametersType0": "function_tool_parameters_type_0",
    "FuseHarnessPreset": "fuse_harness_preset",
    "FuseModelPreset": "fuse_model_preset",
    "FusePresetCatalog": "fuse_preset_catalog",
    "GatewayRequestActivityResponse": "gateway_request_activity_response",
    "GatewayRequestBreakdownEntry": "gateway_request_breakdown_entry",
    "GatewayRequestDailyEntry": "gateway_request_daily_entry",
    "GatewayRequestStatusCodeEntry": "gateway_request_status_code_entry",
    "GenerateKeyRequest": "generate_key_request",
    "GenerateKeyRequestAliasesType0": "generate_key_request_aliases_type_0",
    "GenerateKeyRequestBudgetFallbacksType0": "generate_key_request_budget_fallbacks_type_0",
    "GenerateKeyRequestConfigType0": "generate_key_request_config_type_0",
    "GenerateKeyRequestDefaultEstimatedOutputTokensPerModelType0": "generate_key_request_default_estimated_output_tokens_per_model_type_0",
    "GenerateKeyRequestMcpRpmLimitType0": "generate_key_request_mcp_rpm_limit_type_0",
    "GenerateKeyRequestMetadataType0": "generate_key_request_metadata_type_0",
    "GenerateKeyRequestModelMaxBudgetType0": "generate_key_request_model_max_budget_type_0",
    "GenerateKeyRequestModelRpmLimitType0": "generate_key_request_model_rpm_limit_type_0",
    "GenerateKeyRequestModelTpmLimitType0": "generate_key_request_model_tpm_limit_type_0",
    "GenerateKeyRequestPermissionsType0": "generate_key_request_permissions_type_0",
    "GenerateKeyRequestRpmLimitTypeType0": "generate_key_request_rpm_limit_type_type_0",
    "GenerateKeyRequestTagRpmLimitType0": "generate_key_request_tag_rpm_limit_type_0",
    "GenerateKeyRequestTpmLimitTypeType0": "generate_key_request_tpm_limit_type_type_0",
    "GenerateKeyResponse": "generate_key_response",
    "GenerateKeyResponseAliasesType0": "generate_key_response_aliases_type_0",
    "GenerateKeyResponseBudgetFallbacksType0": "generate_key_response_budget_fallbacks_type_0",
    "GenerateKeyResponseConfigType0": "generate_key_response_config_type_0",
    "GenerateKeyResponseDefaultEstimatedOutputTokensPerModelType0": "generate_key_response_default_estimated_output_tokens_per_model_type_0",
    "GenerateKeyResponseMcpRpmLimitType0": "generate_key_response_mcp_rpm_limit_type_0",
    "GenerateKeyResponseMetadataType0": "generate_key_response_metadata_type_0",
    "GenerateKeyResponseModelMaxBudgetType0": "generate_key_response_model_max_budget_type_0",
    "GenerateKeyResponseModelRpmLimitType0": "generate_key_response_model_rpm_limit_type_0",
    "GenerateKeyResponseModelTpmLimitType0": "generate_key_response_model_tpm_limit_type_0",
    "GenerateKeyResponsePermissionsType0": "generate_key_response_permissions_type_0",
    "GenerateKeyResponseRpmLimitTypeType0": "generate_key_response_rpm_limit_type_type_0",
    "GenerateKeyResponseTagRpmLimitType0": "generate_key_response_tag_rpm_limit_type_0",
    "GenerateKeyResponseTpmLimitTypeType0": "generate_key_response_tpm_limit_type_type_0",
    "GenericGuardrailAPIInputs": "generic_guardrail_api_inputs",
    "GenericResponseOutputItem": "generic_response_output_item",
    "GenericResponseOutputItemContentAnnotation": "generic_response_output_item_content_annotation",
    "GenericResponseOutputItemPhaseType0": "generic_response_output_item_phase_type_0",
    "GetAgentDailyActivityExportAgentDailyActivityExportGetFormat": "get_agent_daily_activity_export_agent_daily_activity_export_get_format",
    "GetAgentDailyActivityExportAgentDailyActivityExportGetResponse200Item": "get_agent_daily_activity_export_agent_daily_activity_export_get_response_200_item",
    "GetCustomerDailyActivityExportCustomerDailyActivityExportGetFormat": "get_customer_daily_activity_export_customer_daily_activity_export_get_format",
    "GetCustomerDailyActivityExportCustomerDailyActivityExportGetResponse200Item": "get_customer_daily_activity_export_customer_daily_activity_export_get_response_200_item",
    "GetFallbackFallbackModelGetFallbackType": "get_fallback_fallback_model_get_fallback_type",
    "GetGlobalSpendReportGlobalSpendReportGetGroupByType0": "get_global_spend_report_global_spend_report_get_group_by_type_0",
    "GetKeySpendReportKeySpendReportGetResponse200Item": "get_key_spend_report_key_spend_report_get_response_200_item",
    "GetModelInsightTasksModelInsightsTasksGetMetric": "get_model_insight_tasks_model_insights_tasks_get_metric",
    "GetModelInsightsModelInsightsGetMetric": "get_model_insights_model_insights_get_metric",
    "GetOrganizationDailyActivityExportOrganizationDailyActivityExportGetFormat": "get_organization_daily_activity_export_organization_daily_activity_export_get_format",
    "GetOrganizationDailyActivityExportOrganizationDailyActivityExportGetResponse200Item": "get_organization_daily_activity_export_organization_daily_activity_export_get_response_200_item",
    "GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item": "get_organization_spend_report_organization_spend_report_get_response_200_item",
    "GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter": "get_prompt_caching_requests_cost_optimization_prompt_caching_requests_get_filter",
    "GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet": "get_public_autorouter_presets_public_autorouter_presets_get_response_get_public_autorouter_presets_public_autorouter_presets_get",
    "GetTagDailyActivityExportTagDailyActivityExportGetFormat": "get_tag_daily_activity_export_tag_daily_activity_export_get_format",
    "GetTagDailyActivityExportTagDailyActivityExportGetResponse200Item": "get_tag_daily_activity_export_tag_daily_activity_export_get_response_200_item",
    "GetTeamDailyActivityExportTeamDailyActivityExportGetFormat": "get_team_daily_activity_export_team_daily_activity_export_get_format",
    "GetTeamDailyActivityExportTeamDailyActivityExportGetResponse200Item": "get_team_daily_activity_export_team_daily_activity_export_get_response_200_item",
    "GetTeamMemberPermissionsResponse": "get_team_member_permissions_response",
    "GetTeamSpendReportTeamSpendReportGetResponse200Item": "get_team_spend_report_team_spend_report_get_response_200_item",
    "GetUserDailyActivityExportUserDailyActivityExportGetFormat": "get_user_daily_activity_export_user_daily_activity_export_get_format",
    "GetUserDailyActivityExportUserDailyActivityExportGetResponse200Item": "get_user_daily_activity_export_user_daily_activity_export_get_response_200_item",
    "GetUserSpendReportUserSpendReportGetResponse200Item": "get_user_spend_report_user_spend_report_get_response_200_item",
    "Grammar": "grammar",
    "GrammarSyntax": "grammar_syntax",
    "Guardrail": "guardrail",
    "GuardrailGuardrailInfoType0": "guardrail_guardrail_info_type_0",
    "GuardrailInfoResponse": "guardrail_info_response",
    "GuardrailInfoResponseGuardrailInfoType0": "guardrail_info_response_guardrail_info_type_0",
    "GuardrailKeyMetric": "guardrail_key_metric",
    "GuardrailMetadata": "guardrail_metadata",
    "GuardrailMetric": "guardrail_metric",
    "GuardrailMetricApiKeyBreakdown": "guardrail_metric_api_key_breakdown",
    "GuardrailResponseFormat": "guardrail_response_format",
    "GuardrailSpendMetrics": "guardrail_spend_metrics",
    "GuardrailSubmissionItem": "guardrail_submission_item",
    "GuardrailSubmissionItemGuardrailInfoType0": "guardrail_submission_item_guardrail_info_type_0",
    "GuardrailSubmissionItemLitellmParamsType0": "guardrail_submission_item_litellm_params_type_0",
    "GuardrailSubmissionSummary": "guardrail_submission_summary",
    "GuardrailTestResultEntry": "guardrail_test_result_entry",
    "GuardrailUIAddGuardrailSettings": "guardrail_ui_add_guardrail_settings",
    "GuardrailUIAddGuardrailSettingsContentFilterSettingsType0": "guardrail_ui_add_guardrail_settings_content_filter_settings_type_0",
    "GuardrailUIAddGuardrailSettingsSupportedModesByProvider": "guardrail_ui_add_guardrail_settings_supported_modes_by_provider",
    "GUARDRAILDEFINITIONLOCATION": "guardraildefinitionlocation",
    "HashicorpVaultConfig": "hashicorp_vault_config",
    "HealthReadinessResponse": "health_readiness_response",
    "HealthServicesEndpointHealthServicesGetServiceType0": "health_services_endpoint_health_services_get_service_type_0",
    "HTTPAuthSecurityScheme": "http_auth_security_scheme",
    "HTTPError": "http_error",
    "HTTPValidationError": "http_validation_error",
    "Hyperparameters": "hyperparameters",
    "ImageGeneration": "image_generation",
    "ImageGenerationActionType0": "image_generation_action_type_0",
    "ImageGenerationBackgroundType0": "image_generation_background_type_0",
    "ImageGenerationCall": "image_generation_call",
    "ImageGenerationCallActionType0": "image_generation_call_action_type_0",
    "ImageGenerationCallBackgroundType0": "image_generation_call_background_type_0",
    "ImageGenerationCallError": "image_generation_call_error",
    "ImageGenerationCallErrorModerationDetails": "image_generation_call_error_moderation_details",
    "ImageGenerationCallErrorModerationDetailsModerationStage": "image_generation_call_error_moderation_details_moderation_stage",
    "ImageGenerationCallOutputFormatType0": "image_generation_call_output_format_type_0",
    "ImageGenerationCallQualityType0": "image_generation_call_quality_type_0",
    "ImageGenerationCallSizeType1": "image_generation_call_size_type_1",
    "ImageGenerationCallStatus": "image_generation_call_status",
    "ImageGenerationCallSvgUsage": "image_generation_call_svg_usage",
    "ImageGenerationComplexityType0": "image_generation_complexity_type_0",
    "ImageGenerationInputFidelityType0": "image_generation_input_fidelity_type_0",
    "ImageGenerationInputImageMask": "image_generation_input_image_mask",
    "ImageGenerationModelType1": "image_generation_model_type_1",
    "ImageGenerationModerationType0": "image_generation_moderation_type_0",
    "ImageGenerationOutputFormatType0": "image_generation_output_format_type_0",
    "ImageGenerationQualityType0": "image_generation_quality_type_0",
    "ImageGenerationSizeType1": "image_generation_size_type_1",
    "ImageGenerationSvg": "image_generation_svg",
    "ImageGenerationSvgReasoning": "image_generation_svg_reasoning",
    "ImageGenerationSvgReasoningEffortType0": "image_generation_svg_reasoning_effort_type_0",
    "ImageURLListItem": "image_url_list_item",
    "ImageURLObject": "image_url_object",
    "ImportSkillRequest": "import_skill_request",
    "IncompleteDetails": "incomplete_details",
    "IncompleteDetailsReasonType0": "incomplete_details_reason_type_0",
    "IndexCreateLiteLLMParams": "index_create_lite_llm_params",
    "IndexCreateRequest": "index_create_request",
    "IndexCreateRequestIndexInfoType0": "index_create_request_index_info_type_0",
    "IndexListResponse": "index_list_response",
    "InlineSkill": "inline_skill",
    "InlineSkillParam": "inline_skill_param",
    "InlineSkillSource": "inline_skill_source",
    "InlineSkillSourceParam": "inline_skill_source_param",
    "InputTokensDetails": "input_tokens_details",
    "InternalUserSettingsResponse": "internal_user_settings_response",
    "InternalUserSettingsResponseFieldSchema": "internal_user_settings_response_field_schema",
    "InternalUserSettingsResponseValues": "internal_user_settings_response_values",
    "InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequest": "invoke_agent_a2aa2a_agent_id_message_stream_post_a2a_json_rpc_request",
    "InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequestParams": "invoke_agent_a2aa2a_agent_id_message_stream_post_a2a_json_rpc_request_params",
    "InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest": "invoke_agent_a2av1a2a_agent_id_message_stream_post_a2a_json_rpc_request",
    "InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequestParams": "invoke_agent_a2av1a2a_agent_id_message_stream_post_a2a_json_rpc_request_params",
    "IPAddress": "ip_address",
    "ItemReference": "item_reference",
    "JWTKeyMappingResponse": "jwt_key_mapping_response",
    "KeyActivityRow": "key_activity_row",
    "KeyAliasesKeyAliasesGetResponseKeyAliasesKeyAliasesGet": "key_aliases_key_aliases_get_response_key_aliases_key_aliases_get",
    "KeyDeleteResponse": "key_delete_response",
    "KeyHealthResponse": "key_health_response",
    "KeyHealthResponseKey": "key_health_response_key",
    "KeyInfo": "key_info",
    "KeyInfoResponse": "key_info_response",
    "KeyListResponseObject": "key_list_response_object",
    "KeyManagementRoutes": "key_management_routes",
    "KeyMetadata": "key_metadata",
    "KeyMetricWithMetadata": "key_metric_with_metadata",
    "KeyRequest": "key_request",
    "KeySpendActivityRow": "key_spend_activity_row",
    "KeySpendMetrics": "key_spend_metrics",
    "KeyUpdateFields": "key_update_fields",
    "KeyUpdateFieldsMetadataType0": "key_update_fields_metadata_type_0",
    "KeyUpdateFieldsModelMaxBudgetType0": "key_update_fields_model_max_budget_type_0",
    "KeyUpdateFieldsModelRpmLimitType0": "key_update_fields_model_rpm_limit_type_0",
    "KeyUpdateFieldsModelTpmLimitType0": "key_update_fields_model_tpm_limit_type_0",
    "KeyUpdateFieldsRpmLimitTypeType0": "key_update_fields_rpm_limit_type_type_0",
    "KeyUpdateFieldsTpmLimitTypeType0": "key_update_fields_tpm_limit_type_type_0",
    "KeyUpdateResponse": "key_update_response",
    "Keypress": "keypress",
    "KeywordTierRule": "keyword_tier_rule",
    "KubernetesPodsResponse": "kubernetes_pods_response",
    "LakeraCategoryThresholds": "lakera_category_thresholds",
    "LatestReleaseInfo": "latest_release_info",
    "ListAccessGroupsResponse": "list_access_groups_response",
    "ListEvalsResponse": "list_evals_response",
    "ListFineTuningJobsFineTuningJobsGetCustomLlmProviderType0": "list_fine_tuning_jobs_fine_tuning_jobs_get_custom_llm_provider_type_0",
    "ListFineTuningJobsV1FineTuningJobsGetCustomLlmProviderType0": "list_fine_tuning_jobs_v1_fine_tuning_jobs_get_custom_llm_provider_type_0",
    "ListGuardrailSubmissionsResponse": "list_guardrail_submissions_response",
    "ListGuardrailsResponse": "list_guardrails_response",
    "ListLinks": "list_links",
    "ListMeta": "list_meta",
    "ListPluginsApiPluginsGetResponse200Item": "list_plugins_api_plugins_get_response_200_item",
    "ListPluginsResponse": "list_plugins_response",
    "ListPromptsResponse": "list_prompts_response",
    "ListResponseBudgetListItem": "list_response_budget_list_item",
    "ListResponseModelGroupInfoProxy": "list_response_model_group_info_proxy",
    "ListRunsResponse": "list_runs_response",
    "ListSearchToolsResponse": "list_search_tools_response",
    "ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0": "list_shadow_eval_jobs_auto_router_shadow_eval_get_target_type_type_0",
    "ListSkillsResponse": "list_skills_response",
    "ListSkillsSkillHubSkillsGetSortBy": "list_skills_skill_hub_skills_get_sort_by",
    "ListSkillsSkillHubSkillsGetSortOrder": "list_skills_skill_hub_skills_get_sort_order",
    "ListSubmissionsSkillHubSubmissionsGetStatusType0": "list_submissions_skill_hub_submissions_get_status_type_0",
    "ListTeamV2V2TeamListGetSearchTeamIdMatch": "list_team_v2v2_team_list_get_search_team_id_match",
    "ListToolRestApiMcpRestToolsListGetResponseListToolRestApiMcpRestToolsListGet": "list_tool_rest_api_mcp_rest_tools_list_get_response_list_tool_rest_api_mcp_rest_tools_list_get",
    "ListToolsV1ToolListGetInputPolicyType0": "list_tools_v1_tool_list_get_input_policy_type_0",
    "LiteLLMBudgetTable": "lite_llm_budget_table",
    "LiteLLMBudgetTableFull": "lite_llm_budget_table_full",
    "LiteLLMBudgetTableFullModelMaxBudgetType0": "lite_llm_budget_table_full_model_max_budget_type_0",
    "LiteLLMBudgetTableModelMaxBudgetType0": "lite_llm_budget_table_model_max_budget_type_0",
    "LiteLLMDeletedTeamTable": "lite_llm_deleted_team_table",
    "LiteLLMDeletedTeamTableMetadataType0": "lite_llm_deleted_team_table_metadata_type_0",
    "LiteLLMDeletedTeamTableModelMaxBudgetType0": "lite_llm_deleted_team_table_model_max_budget_type_0",
    "LiteLLMDeletedTeamTableModelSpendType0": "lite_llm_deleted_team_table_model_spend_type_0",
    "LiteLLMDeletedTeamTableRouterSettingsType0": "lite_llm_deleted_team_table_router_settings_type_0",
    "LiteLLMDeletedVerificationToken": "lite_llm_deleted_verification_token",
    "LiteLLMDeletedVerificationTokenAliases": "lite_llm_deleted_verification_token_aliases",
    "LiteLLMDeletedVerificationTokenBudgetFallbacks": "lite_llm_deleted_verification_token_budget_fallbacks",
    "LiteLLMDeletedVerificationTokenBudgetLimitsType0Item": "lite_llm_deleted_verification_token_budget_limits_type_0_item",
    "LiteLLMDeletedVerificationTokenConfig": "lite_llm_deleted_verification_token_config",
    "LiteLLMDeletedVerificationTokenLitellmBudgetTableType0": "lite_llm_deleted_verification_token_litellm_budget_table_type_0",
    "LiteLLMDeletedVerificationTokenMetadata": "lite_llm_deleted_verification_token_metadata",
    "LiteLLMDeletedVerificationTokenModelMaxBudget": "lite_llm_deleted_verification_token_model_max_budget",
    "LiteLLMDeletedVerificationTokenModelSpend": "lite_llm_deleted_verification_token_model_spend",
    "LiteLLMDeletedVerificationTokenPermissions": "lite_llm_deleted_verification_token_permissions",
    "LiteLLMDeletedVerificationTokenRouterSettingsType0": "lite_llm_deleted_verification_token_router_settings_type_0",
    "LiteLLMEndUserTable": "lite_llm_end_user_table",
    "LiteLLMEndUserTableAllowedModelRegionType0": "lite_llm_end_user_table_allowed_model_region_type_0",
    "LiteLLMFineTuningJobCreate": "lite_llm_fine_tuning_job_create",
    "LiteLLMFineTuningJobCreateCustomLlmProviderType0": "lite_llm_fine_tuning_job_create_custom_llm_provider_type_0",
    "LiteLLMKeyType": "lite_llm_key_type",
    "LiteLLMManagedVectorStore": "lite_llm_managed_vector_store",
    "LiteLLMManagedVectorStoreIndex": "lite_llm_managed_vector_store_index",
    "LiteLLMManagedVectorStoreIndexIndexInfoType0": "lite_llm_managed_vector_store_index_index_info_type_0",
    "LiteLLMManagedVectorStoreListResponse": "lite_llm_managed_vector_store_list_response",
    "LiteLLMManagedVectorStoreLitellmParamsType0": "lite_llm_managed_vector_store_litellm_params_type_0",
    "LiteLLMManagedVectorStoreVectorStoreMetadataType0": "lite_llm_managed_vector_store_vector_store_metadata_type_0",
    "LiteLLMManagedVectorStoresTable": "lite_llm_managed_vector_stores_table",
    "LiteLLMManagedVectorStoresTableLitellmParamsType0": "lite_llm_managed_vector_stores_table_litellm_params_type_0",
    "LiteLLMManagedVectorStoresTableVectorStoreMetadataType0": "lite_llm_managed_vector_stores_table_vector_store_metadata_type_0",
    "LiteLLMMemoryRow": "lite_llm_memory_row",
    "LiteLLMModelTable": "lite_llm_model_table",
    "LiteLLMModelTableModelAliasesType1": "lite_llm_model_table_model_aliases_type_1",
    "LiteLLMObjectPermissionBase": "lite_llm_object_permission_base",
    "LiteLLMObjectPermissionBaseMcpToolPermissionsType0": "lite_llm_object_permission_base_mcp_tool_permissions_type_0",
    "LiteLLMObjectPermissionTable": "lite_llm_object_permission_table",
    "LiteLLMObjectPermissionTableMcpToolPermissionsType0": "lite_llm_object_permission_table_mcp_tool_permissions_type_0",
    "LiteLLMOrganizationMembershipTable": "lite_llm_organization_membership_table",
    "LiteLLMOrganizationTableWithMembers": "lite_llm_organization_table_with_members",
    "LiteLLMOrganizationTableWithMembersMetadataType0": "lite_llm_organization_table_with_members_metadata_type_0",
    "LiteLLMOrganizationTableWithMembersModelSpendType0": "lite_llm_organization_table_with_members_model_spend_type_0",
    "LiteLLMParams": "lite_llm_params",
    "LiteLLMParamsAdaptiveRouterConfigType0": "lite_llm_params_adaptive_router_config_type_0",
    "LiteLLMParamsComplexityRouterConfigType0": "lite_llm_params_complexity_router_config_type_0",
    "LiteLLMParamsModelInfoType0": "lite_llm_params_model_info_type_0",
    "LiteLLMParamsQualityRouterConfigType0": "lite_llm_params_quality_router_config_type_0",
    "LiteLLMParamsSearchContextCostPerQueryType0": "lite_llm_params_search_context_cost_per_query_type_0",
    "LiteLLMParamsStreamTimeoutByServiceTierType0": "lite_llm_params_stream_timeout_by_service_tier_type_0",
    "LiteLLMParamsSwitchyardRouterConfigType0": "lite_llm_params_switchyard_router_config_type_0",
    "LiteLLMParamsTieredPricingType0Item": "lite_llm_params_tiered_pricing_type_0_item",
    "LiteLLMParamsTimeoutByServiceTierType0": "lite_llm_params_timeout_by_service_tier_type_0",
    "LiteLLMParamsVertexCredentialsType1": "lite_llm_params_vertex_credentials_type_1",
    "LiteLLMProjectTable": "lite_llm_project_table",
    "LiteLLMProjectTableMetadataType0": "lite_llm_project_table_metadata_type_0",
    "LiteLLMProjectTableModelRpmLimitType0": "lite_llm_project_table_model_rpm_limit_type_0",
    "LiteLLMProjectTableModelSpendType0": "lite_llm_project_table_model_spend_type_0",
    "LiteLLMProjectTableModelTpmLimitType0": "lite_llm_project_table_model_tpm_limit_type_0",
    "LiteLLMProxyModelTable": "lite_llm_proxy_model_table",
    "LiteLLMProxyModelTableLitellmParams": "lite_llm_proxy_model_table_litellm_params",
    "LiteLLMProxyModelTableModelInfoType0": "lite_llm_proxy_model_table_model_info_type_0",
    "LiteLLMSpendLogs": "lite_llm_spend_logs",
    "LiteLLMSpendLogsMessagesType2": "lite_llm_spend_logs_messages_type_2",
    "LiteLLMSpendLogsResponseType2": "lite_llm_spend_logs_response_type_2",
    "LiteLLMSubscriptionAccountTable": "lite_llm_subscription_account_table",
    "LiteLLMTeamMembership": "lite_llm_team_membership",
    "LiteLLMTeamTable": "lite_llm_team_table",
    "LiteLLMTeamTableMetadataType0": "lite_llm_team_table_metadata_type_0",
    "LiteLLMTeamTableModelMaxBudgetType0": "lite_llm_team_table_model_max_budget_type_0",
    "LiteLLMTeamTableModelSpendType0": "lite_llm_team_table_model_spend_type_0",
    "LiteLLMTeamTableRouterSettingsType0": "lite_llm_team_table_router_settings_type_0",
    "LiteLLMToolTableRow": "lite_llm_tool_table_row",
    "LiteLLMToolTableRowAssignmentsType0": "lite_llm_tool_table_row_assignments_type_0",
    "LiteLLMToolTableRowInputPolicy": "lite_llm_tool_table_row_input_policy",
    "LiteLLMToolTableRowOutputPolicy": "lite_llm_tool_table_row_output_policy",
    "LiteLLMUserTable": "lite_llm_user_table",
    "LiteLLMUserTableMetadataType0": "lite_llm_user_table_metadata_type_0",
    "LiteLLMUserTableModelMaxBudgetType0": "lite_llm_user_table_model_max_budget_type_0",
    "LiteLLMUserTableModelSpendType0": "lite_llm_user_table_model_spend_type_0",
    "LiteLLMUserTableWithKeyCount": "lite_llm_user_table_with_key_count",
    "LiteLLMUserTableWithKeyCountMetadataType0": "lite_llm_user_table_with_key_count_metadata_type_0",
    "LiteLLMUserTableWithKeyCountModelMaxBudgetType0": "lite_llm_user_table_with_key_count_model_max_budget_type_0",
    "LiteLLMUserTableWithKeyCountModelSpendType0": "lite_llm_user_table_with_key_count_model_spend_type_0",
    "LiteLLMVerificationToken": "lite_llm_verification_token",
    "LiteLLMVerificationTokenAliases": "lite_llm_verification_token_aliases",
    "LiteLLMVerificationTokenBudgetFallbacks": "lite_llm_verification_token_budget_fallbacks",
    "LiteLLMVerificationTokenBudgetLimitsType0Item": "lite_llm_verification_token_budget_limits_type_0_item",
    "LiteLLMVerificationTokenConfig": "lite_llm_verification_token_config",
    "LiteLLMVerificationTokenLitellmBudgetTableType0": "lite_llm_verification_token_litellm_budget_table_type_0",
    "LiteLLMVerificationTokenMetadata": "lite_llm_verification_token_metadata",
    "LiteLLMVerificationTokenModelMaxBudget": "lite_llm_verification_token_model_max_budget",
    "LiteLLMVerificationTokenModelSpend": "lite_llm_verification_token_model_spend",
    "LiteLLMVerificationTokenPermissions": "lite_llm_verification_token_permissions",
    "LiteLLMVerificationTokenRouterSettingsType0": "lite_llm_verification_token_router_settings_type_0",
    "LiteLLMMCPServerTable": "lite_llmmcp_server_table",
    "LiteLLMMCPServerTableAuthTypeType0": "lite_llmmcp_server_table_auth_type_type_0",
    "LiteLLMMCPServerTableEnv": "lite_llmmcp_server_table_env",
    "LiteLLMMCPServerTableMcpInfoType0": "lite_llmmcp_server_table_mcp_info_type_0",
    "LiteLLMMCPServerTableOauth2FlowType0": "lite_llmmcp_server_table_oauth_2_flow_type_0",
    "LiteLLMMCPServerTablePinnedToolsType0": "lite_llmmcp_server_table_pinned_tools_type_0",
    "LiteLLMMCPServerTableStaticHeadersType0": "lite_llmmcp_server_table_static_headers_type_0",
    "LiteLLMMCPServerTableStatusType0": "lite_llmmcp_server_table_status_type_0",
    "LiteLLMMCPServerTableTeamsItem": "lite_llmmcp_server_table_teams_item",
    "LiteLLMMCPServerTableToolNameToDescriptionType0": "lite_llmmcp_server_table_tool_name_to_description_type_0",
    "LiteLLMMCPServerTableToolNameToDisplayNameType0": "lite_llmmcp_server_table_tool_name_to_display_name_type_0",
    "LiteLLMMCPServerTableTransport": "lite_llmmcp_server_table_transport",
    "LitellmParams": "litellm_params",
    "LitellmParamsAction": "litellm_params_action",
    "LitellmParamsAdditionalProviderSpecificParamsType0": "litellm_params_additional_provider_specific_params_type_0",
    "LitellmParamsAktoMetadataType0": "litellm_params_akto_metadata_type_0",
    "LitellmParamsConfigType0": "litellm_params_config_type_0",
    "LitellmParamsContextSourceType0": "litellm_params_context_source_type_0",
    "LitellmParamsDefaultAction": "litellm_params_default_action",
    "LitellmParamsDetectSecretsConfigType0": "litellm_params_detect_secrets_config_type_0",
    "LitellmParamsDetectorsType0": "litellm_params_detectors_type_0",
    "LitellmParamsGroundingStrictnessType0": "litellm_params_grounding_strictness_type_0",
    "LitellmParamsLoggingOnlyScopeType0": "litellm_params_logging_only_scope_type_0",
    "LitellmParamsMcpBlockBehaviorType0": "litellm_params_mcp_block_behavior_type_0",
    "LitellmParamsMetadataType0": "litellm_params_metadata_type_0",
    "LitellmParamsMockRedactedTextType0": "litellm_params_mock_redacted_text_type_0",
    "LitellmParamsOnDisallowedAction": "litellm_params_on_disallowed_action",
    "LitellmParamsOnFlaggedType0": "litellm_params_on_flagged_type_0",
    "LitellmParamsOnSensitiveDataType0": "litellm_params_on_sensitive_data_type_0",
    "LitellmParamsOnViolationType0": "litellm_params_on_violation_type_0",
    "LitellmParamsPiiEntitiesConfigType0": "litellm_params_pii_entities_config_type_0",
    "LitellmParamsPresidioFilterScopeType0": "litellm_params_presidio_filter_scope_type_0",
    "LitellmParamsPresidioRunOnType0": "litellm_params_presidio_run_on_type_0",
    "LitellmParamsPresidioScoreThresholdsType0": "litellm_params_presidio_score_thresholds_type_0",
    "LitellmParamsStreamScopeType0": "litellm_params_stream_scope_type_0",
    "LitellmParamsStreamScopeType1": "litellm_params_stream_scope_type_1",
    "LitellmParamsStreamScopeType1AdditionalProperty": "litellm_params_stream_scope_type_1_additional_property",
    "LitellmParamsUnreachableFallback": "litellm_params_unreachable_fallback",
    "LitellmTypesLlmsOpenaiComputerToolParam": "litellm_types_llms_openai_computer_tool_param",
    "LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0": "litellm_types_llms_openai_computer_tool_param_environment_type_0",
    "LitellmUserRoles": "litellm_user_roles",
    "LLMV2Calibration": "llmv2_calibration",
    "LLMV2Config": "llmv2_config",
    "LLMV2ConfigResponseFormat": "llmv2_config_response_format",
    "LLMV2ProbabilityCalibration": "llmv2_probability_calibration",
    "LocalEnvironment": "local_environment",
    "LocalEnvironmentParam": "local_environment_param",
    "LocalShell": "local_shell",
    "LocalShellCall": "local_shell_call",
    "LocalShellCallAction": "local_shell_call_action",
    "LocalShellCallActionEnv": "local_shell_call_action_env",
    "LocalShellCallOutput": "local_shell_call_output",
    "LocalShellCallOutputStatusType0": "local_shell_call_output_status_type_0",
    "LocalShellCallStatus": "local_shell_call_status",
    "LocalSkill": "local_skill",
    "LocalSkillParam": "local_skill_param",
    "LoggingCallbackStatus": "logging_callback_status",
    "LoggingCallbackStatusStatus": "logging_callback_status_status",
    "Logprob": "logprob",
    "LogprobTopLogprob": "logprob_top_logprob",
    "MakeAgentsPublicRequest": "make_agents_public_request",
    "MakeMCPServersPublicRequest": "make_mcp_servers_public_request",
    "ManagedAgentIdentityStatus": "managed_agent_identity_status",
    "ManagedAgentIdentityStatusExecutionMode": "managed_agent_identity_status_execution_mode",
    "Mcp": "mcp",
    "McpAllowedCallersType0Item": "mcp_allowed_callers_type_0_item",
    "McpAllowedToolsMcpToolFilter": "mcp_allowed_tools_mcp_tool_filter",
    "McpApprovalRequest": "mcp_approval_request",
    "McpApprovalResponse": "mcp_approval_response",
    "McpCall": "mcp_call",
    "McpCallStatusType0": "mcp_call_status_type_0",
    "MCPConnectorEntry": "mcp_connector_entry",
    "MCPConnectorEntryEnv": "mcp_connector_entry_env",
    "MCPConnectorEntryHeadersType0": "mcp_connector_entry_headers_type_0",
    "McpConnectorIdType0": "mcp_connector_id_type_0",
    "MCPConnectorImportFailure": "mcp_connector_import_failure",
    "MCPConnectorImportRequest": "mcp_connector_import_request",
    "MCPConnectorImportRequestMcpServersType0": "mcp_connector_import_request_mcp_servers_type_0",
    "MCPConnectorImportResponse": "mcp_connector_import_response",
    "MCPConnectorImportResult": "mcp_connector_import_result",
    "MCPConnectorImportSkipped": "mcp_connector_import_skipped",
    "MCPCredentials": "mcp_credentials",
    "MCPCredentialsTokenEndpointAuthMethodType0": "mcp_credentials_token_endpoint_auth_method_type_0",
    "MCPEnvVar": "mcp_env_var",
    "MCPEnvVarScope": "mcp_env_var_scope",
    "MCPGatewaySession": "mcp_gateway_session",
    "MCPGatewaySessionGroupCount": "mcp_gateway_session_group_count",
    "MCPGatewaySessionsResponse": "mcp_gateway_sessions_response",
    "MCPGatewaySessionsTerminateResponse": "mcp_gateway_sessions_terminate_response",
    "McpHeadersType0": "mcp_headers_type_0",
    "McpListTools": "mcp_list_tools",
    "McpListToolsTool": "mcp_list_tools_tool",
    "McpProtocolError": "mcp_protocol_error",
    "MCPPublicServer": "mcp_public_server",
    "MCPPublicServerAuthTypeType0": "mcp_public_server_auth_type_type_0",
    "MCPPublicServerMcpInfoType0": "mcp_public_server_mcp_info_type_0",
    "MCPPublicServerTransport": "mcp_public_server_transport",
    "McpRequireApprovalMcpToolApprovalFilter": "mcp_require_approval_mcp_tool_approval_filter",
    "McpRequireApprovalMcpToolApprovalFilterAlways": "mcp_require_approval_mcp_tool_approval_filter_always",
    "McpRequireApprovalMcpToolApprovalFilterNever": "mcp_require_approval_mcp_tool_approval_filter_never",
    "McpRequireApprovalType1": "mcp_require_approval_type_1",
    "MCPSemanticFilterSettings": "mcp_semantic_filter_settings",
    "MCPSemanticFilterSettingsResponse": "mcp_semantic_filter_settings_response",
    "MCPSemanticFilterSettingsResponseFieldSchema": "mcp_semantic_filter_settings_response_field_schema",
    "MCPSemanticFilterSettingsResponseValues": "mcp_semantic_filter_settings_response_values",
    "MCPServerUserCredentialListItem": "mcp_server_user_credential_list_item",
    "MCPServerUserCredentialListItemCredentialType": "mcp_server_user_credential_list_item_credential_type",
    "MCPSubmissionsSummary": "mcp_submissions_summary",
    "McpToolExecutionError": "mcp_tool_execution_error",
    "MCPToolSearchSettings": "mcp_tool_search_settings",
    "MCPToolSearchSettingsResponse": "mcp_tool_search_settings_response",
    "MCPToolSearchSettingsResponseFieldSchema": "mcp_tool_search_settings_response_field_schema",
    "MCPToolSearchSettingsResponseValues": "mcp_tool_search_settings_response_values",
    "MCPToolsetTool": "mcp_toolset_tool",
    "MCPUserCredentialListItem": "mcp_user_credential_list_item",
    "MCPUserCredentialRequest": "mcp_user_credential_request",
    "MCPUserCredentialResponse": "mcp_user_credential_response",
    "MCPUserEnvVarSpec": "mcp_user_env_var_spec",
    "MCPUserEnvVarsRequest": "mcp_user_env_vars_request",
    "MCPUserEnvVarsRequestValues": "mcp_user_env_vars_request_values",
    "MCPUserEnvVarsStatus": "mcp_user_env_vars_status",
    "MCPOAuthUserCredentialRequest": "mcpo_auth_user_credential_request",
    "MCPOAuthUserCredentialStatus": "mcpo_auth_user_credential_status",
    "Member": "member",
    "MemberRole": "member_role",
    "MemoryCreateRequest": "memory_create_request",
    "MemoryDeleteResponse": "memory_delete_response",
    "MemoryListResponse": "memory_list_response",
    "MemoryUpdateRequest": "memory_update_request",
    "Message": "message",
    "MessageProviderSpecificFieldsType0": "message_provider_specific_fields_type_0",
    "MessageRole": "message_role",
    "MetricWithMetadata": "metric_with_metadata",
    "MetricWithMetadataApiKeyBreakdown": "metric_with_metadata_api_key_breakdown",
    "MetricWithMetadataMetadata": "metric_with_metadata_metadata",
    "Mode": "mode",
    "ModeTags": "mode_tags",
    "ModelAccessWindow": "model_access_window",
    "ModelDeprecationInfo": "model_deprecation_info",
    "ModelDeprecationInfoStatus": "model_deprecation_info_status",
    "ModelDeprecationResponse": "model_deprecation_response",
    "ModelGroupInfoProxy": "model_group_info_proxy",
    "ModelGroupInfoProxyCustomMetadataType0": "model_group_info_proxy_custom_metadata_type_0",
    "ModelGroupInfoProxyModeType1": "model_group_info_proxy_mode_type_1",
    "ModelGroupInfoResponse": "model_group_info_response",
    "ModelInfo": "model_info",
    "ModelInfoDelete": "model_info_delete",
    "ModelInfoPtuSharesType0": "model_info_ptu_shares_type_0",
    "ModelInfoResponse": "model_info_response",
    "ModelInfoTierType0": "model_info_tier_type_0",
    "ModelInfoTieredPricingType0Item": "model_info_tiered_pricing_type_0_item",
    "ModelInsightDailyMetric": "model_insight_daily_metric",
    "ModelInsightDailyTotal": "model_insight_daily_total",
    "ModelInsightMetric": "model_insight_metric",
    "ModelInsightTaskSummary": "model_insight_task_summary",
    "ModelInsightTasksResponse": "model_insight_tasks_response",
    "ModelInsightsResponse": "model_insights_response",
    "ModelResponse": "model_response",
    "ModelTopKeysResponse": "model_top_keys_response",
    "Move": "move",
    "MoyaiConnectExchangeRequest": "moyai_connect_exchange_request",
    "MoyaiConnectExchangeResponse": "moyai_connect_exchange_response",
    "MoyaiConnectStartRequest": "moyai_connect_start_request",
    "MoyaiConnectStartResponse": "moyai_connect_start_response",
    "MutualTLSSecurityScheme": "mutual_tls_security_scheme",
    "NamespaceTool": "namespace_tool",
    "NamespaceToolParam": "namespace_tool_param",
    "NewCustomerRequest": "new_customer_request",
    "NewCustomerRequestAllowedModelRegionType0": "new_customer_request_allowed_model_region_type_0",
    "NewCustomerRequestModelMaxBudgetType0": "new_customer_request_model_max_budget_type_0",
    "NewMCPServerRequest": "new_mcp_server_request",
    "NewMCPServerRequestAuthTypeType0": "new_mcp_server_request_auth_type_type_0",
    "NewMCPServerRequestEnv": "new_mcp_server_request_env",
    "NewMCPServerRequestMcpInfoType0": "new_mcp_server_request_mcp_info_type_0",
    "NewMCPServerRequestOauth2FlowType0": "new_mcp_server_request_oauth_2_flow_type_0",
    "NewMCPServerRequestStaticHeadersType0": "new_mcp_server_request_static_headers_type_0",
    "NewMCPServerRequestToolNameToDescriptionType0": "new_mcp_server_request_tool_name_to_description_type_0",
    "NewMCPServerRequestToolNameToDisplayNameType0": "new_mcp_server_request_tool_name_to_display_name_type_0",
    "NewMCPServerRequestTransport": "new_mcp_server_request_transport",
    "NewMCPToolsetRequest": "new_mcp_toolset_request",
    "NewModelGroupRequest": "new_model_group_request",
    "NewModelGroupResponse": "new_model_group_response",
    "NewOrganizationRequest": "new_organization_request",
    "NewOrganizationRequestMetadataType0": "new_organization_request_metadata_type_0",
    "NewOrganizationRequestModelMaxBudgetType0": "new_organization_request_model_max_budget_type_0",
    "NewOrganizationRequestModelRpmLimitType0": "new_organization_request_model_rpm_limit_type_0",
    "NewOrganizationRequestModelTpmLimitType0": "new_organization_request_model_tpm_limit_type_0",
    "NewOrganizationResponse": "new_organization_response",
    "NewOrganizationResponseMetadataType0": "new_organization_response_metadata_type_0",
    "NewOrganizationResponseModelSpendType0": "new_organization_response_model_spend_type_0",
    "NewProjectRequest": "new_project_request",
    "NewProjectRequestMetadataType0": "new_project_request_metadata_type_0",
    "NewProjectRequestModelItpmLimitType0": "new_project_request_model_itpm_limit_type_0",
    "NewProjectRequestModelMaxBudgetType0": "new_project_request_model_max_budget_type_0",
    "NewProjectRequestModelOtpmLimitType0": "new_project_request_model_otpm_limit_type_0",
    "NewProjectRequestModelRpmLimitType0": "new_project_request_model_rpm_limit_type_0",
    "NewProjectRequestModelTpmLimitType0": "new_project_request_model_tpm_limit_type_0",
    "NewProjectResponse": "new_project_response",
    "NewProjectResponseMetadataType0": "new_project_response_metadata_type_0",
    "NewProjectResponseModelRpmLimitType0": "new_project_response_model_rpm_limit_type_0",
    "NewProjectResponseModelSpendType0": "new_project_response_model_spend_type_0",
    "NewProjectResponseModelTpmLimitType0": "new_project_response_model_tpm_limit_type_0",
    "NewTeamRequest": "new_team_request",
    "NewTeamRequestDefaultEstimatedOutputTokensPerModelType0": "new_team_request_default_estimated_output_tokens_per_model_type_0",
    "NewTeamRequestEnforcedBatchOutputExpiresAfterType0": "new_team_request_enforced_batch_output_expires_after_type_0",
    "NewTeamRequestEnforcedFileExpiresAfterType0": "new_team_request_enforced_file_expires_after_type_0",
    "NewTeamRequestMcpRpmLimitType0": "new_team_request_mcp_rpm_limit_type_0",
    "NewTeamRequestMetadataType0": "new_team_request_metadata_type_0",
    "NewTeamRequestModelAliasesType0": "new_team_request_model_aliases_type_0",
    "NewTeamRequestModelMaxBudgetType0": "new_team_request_model_max_budget_type_0",
    "NewTeamRequestModelRpmLimitType0": "new_team_request_model_rpm_limit_type_0",
    "NewTeamRequestModelTpmLimitType0": "new_team_request_model_tpm_limit_type_0",
    "NewTeamRequestRpmLimitTypeType0": "new_team_request_rpm_limit_type_type_0",
    "NewTeamRequestSecretManagerSettingsType0": "new_team_request_secret_manager_settings_type_0",
    "NewTeamRequestTeamMemberModelMaxBudgetType0": "new_team_request_team_member_model_max_budget_type_0",
    "NewTeamRequestTpmLimitTypeType0": "new_team_request_tpm_limit_type_type_0",
    "NewUserRequest": "new_user_request",
    "NewUserRequestAliasesType0": "new_user_request_aliases_type_0",
    "NewUserRequestBudgetFallbacksType0": "new_user_request_budget_fallbacks_type_0",
    "NewUserRequestConfigType0": "new_user_request_config_type_0",
    "NewUserRequestMcpRpmLimitType0": "new_user_request_mcp_rpm_limit_type_0",
    "NewUserRequestMetadataType0": "new_user_request_metadata_type_0",
    "NewUserRequestModelMaxBudgetType0": "new_user_request_model_max_budget_type_0",
    "NewUserRequestModelRpmLimitType0": "new_user_request_model_rpm_limit_type_0",
    "NewUserRequestModelTpmLimitType0": "new_user_request_model_tpm_limit_type_0",
    "NewUserRequestPermissionsType0": "new_user_request_permissions_type_0",
    "NewUserRequestTagRpmLimitType0": "new_user_request_tag_rpm_limit_type_0",
    "NewUserRequestTeam": "new_user_request_team",
    "NewUserRequestTeamUserRole": "new_user_request_team_user_role",
    "NewUserRequestUserRoleType0": "new_user_request_user_role_type_0",
    "NewUserResponse": "new_user_response",
    "NewUserResponseAliasesType0": "new_user_response_aliases_type_0",
    "NewUserResponseBudgetFallbacksType0": "new_user_response_budget_fallbacks_type_0",
    "NewUserResponseConfigType0": "new_user_response_config_type_0",
    "NewUserResponseDefaultEstimatedOutputTokensPerModelType0": "new_user_response_default_estimated_output_tokens_per_model_type_0",
    "NewUserResponseMcpRpmLimitType0": "new_user_response_mcp_rpm_limit_type_0",
    "NewUserResponseMetadataType0": "new_user_response_metadata_type_0",
    "NewUserResponseModelMaxBudgetType0": "new_user_response_model_max_budget_type_0",
    "NewUserResponseModelRpmLimitType0": "new_user_response_model_rpm_limit_type_0",
    "NewUserResponseModelTpmLimitType0": "new_user_response_model_tpm_limit_type_0",
    "NewUserResponsePermissionsType0": "new_user_response_permissions_type_0",
    "NewUserResponseRpmLimitTypeType0": "new_user_response_rpm_limit_type_type_0",
    "NewUserResponseTagRpmLimitType0": "new_user_response_tag_rpm_limit_type_0",
    "NewUserResponseTpmLimitTypeType0": "new_user_response_tpm_limit_type_type_0",
    "NewUserResponseUserRoleType0": "new_user_response_user_role_type_0",
    "NoulAnswer": "noul_answer",
    "OAuth2SecurityScheme": "o_auth_2_security_scheme",
    "OAuthFlows": "o_auth_flows",
    "OAuthFlowsAuthorizationCodeType0": "o_auth_flows_authorization_code_type_0",
    "OAuthFlowsClientCredentialsType0": "o_auth_flows_client_credentials_type_0",
    "OAuthFlowsImplicitType0": "o_auth_flows_implicit_type_0",
    "OAuthFlowsPasswordType0": "o_auth_flows_password_type_0",
    "OauthProtectedResourceRootWellKnownOauthProtectedResourceGetResponseOauthProtectedResourceRootWellKnownOauthProtectedResourceGet": "oauth_protected_resource_root_well_known_oauth_protected_resource_get_response_oauth_protected_resource_root_well_known_oauth_protected_resource_get",
    "OpenAIBoxAnswer": "open_ai_box_answer",
    "OpenAIChoiceAnswer": "open_ai_choice_answer",
    "OpenAIChoiceProbability": "open_ai_choice_probability",
    "OpenAIDecisionInputTokensDetails": "open_ai_decision_input_tokens_details",
    "OpenAIDecisionOutputTokensDetails": "open_ai_decision_output_tokens_details",
    "OpenAIDecisionResponse": "open_ai_decision_response",
    "OpenAIDecisionUsage": "open_ai_decision_usage",
    "OpenAIModel": "open_ai_model",
    "OpenAIModelList": "open_ai_model_list",
    "OpenAIPredicateAnswer": "open_ai_predicate_answer",
    "OpenAIRefusalAnswer": "open_ai_refusal_answer",
    "OpenAIScoreAnswer": "open_ai_score_answer",
    "OpenAIScoreProbability": "open_ai_score_probability",
    "OpenAIToolSearchToolParam": "open_ai_tool_search_tool_param",
    "OpenIdConnectSecurityScheme": "open_id_connect_security_scheme",
    "OpenSourceClassifierConfig": "open_source_classifier_config",
    "OpenSourceClassifierConfigProvider": "open_source_classifier_config_provider",
    "OpenaiTypesResponsesComputerToolParamComputerToolParam": "openai_types_responses_computer_tool_param_computer_tool_param",
    "OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning": "openai_types_responses_response_configuration_update_item_param_param_reasoning",
    "OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0": "openai_types_responses_response_configuration_update_item_param_param_reasoning_effort_type_0",
    "OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText": "openai_types_responses_response_configuration_update_item_param_param_text",
    "OpenaiTypesResponsesResponseConfigurationUpdateItemText": "openai_types_responses_response_configuration_update_item_text",
    "OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation": "openai_types_responses_web_search_preview_tool_param_user_location",
    "OpenaiTypesResponsesWebSearchPreviewToolUserLocation": "openai_types_responses_web_search_preview_tool_user_location",
    "OpenaiTypesResponsesWebSearchToolParamUserLocation": "openai_types_responses_web_search_tool_param_user_location",
    "OpenaiTypesResponsesWebSearchToolUserLocation": "openai_types_responses_web_search_tool_user_location",
    "OpenaiTypesSharedCustomToolInputFormatText": "openai_types_shared_custom_tool_input_format_text",
    "OpenaiTypesSharedParamsCustomToolInputFormatText": "openai_types_shared_params_custom_tool_input_format_text",
    "OpenaiTypesSharedParamsReasoningReasoning": "openai_types_shared_params_reasoning_reasoning",
    "OpenaiTypesSharedParamsReasoningReasoningContextType0": "openai_types_shared_params_reasoning_reasoning_context_type_0",
    "OpenaiTypesSharedParamsReasoningReasoningEffortType0": "openai_types_shared_params_reasoning_reasoning_effort_type_0",
    "OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0": "openai_types_shared_params_reasoning_reasoning_generate_summary_type_0",
    "OpenaiTypesSharedParamsReasoningReasoningModeType1": "openai_types_shared_params_reasoning_reasoning_mode_type_1",
    "OpenaiTypesSharedParamsReasoningReasoningSummaryType0": "openai_types_shared_params_reasoning_reasoning_summary_type_0",
    "OperationCreateFile": "operation_create_file",
    "OperationDeleteFile": "operation_delete_file",
    "OperationUpdateFile": "operation_update_file",
    "OrgMember": "org_member",
    "OrgMemberRole": "org_member_role",
    "OrganizationAddMemberResponse": "organization_add_member_response",
    "OrganizationMemberAddRequest": "organization_member_add_request",
    "OrganizationMemberDeleteRequest": "organization_member_delete_request",
    "OrganizationMemberUpdateRequest": "organization_member_update_request",
    "OrganizationRequest": "organization_request",
    "OrganizationUpdateRequestV2": "organization_update_request_v2",
    "OrganizationUpdateRequestV2MetadataType0": "organization_update_request_v2_metadata_type_0",
    "OrganizationUpdateRequestV2ModelMaxBudgetType0": "organization_update_request_v2_model_max_budget_type_0",
    "OutcomeExit": "outcome_exit",
    "OutcomeTimeout": "outcome_timeout",
    "Output": "output",
    "OutputCodeInterpreterCall": "output_code_interpreter_call",
    "OutputCodeInterpreterCallLog": "output_code_interpreter_call_log",
    "OutputCodeInterpreterCallStatus": "output_code_interpreter_call_status",
    "OutputFunctionToolCall": "output_function_tool_call",
    "OutputFunctionToolCallPhaseType0": "output_function_tool_call_phase_type_0",
    "OutputFunctionToolCallStatus": "output_function_tool_call_status",
    "OutputImage": "output_image",
    "OutputImageGenerationCall": "output_image_generation_call",
    "OutputImageGenerationCallStatus": "output_image_generation_call_status",
    "OutputLogs": "output_logs",
    "OutputOutcomeExit": "output_outcome_exit",
    "OutputOutcomeTimeout": "output_outcome_timeout",
    "OutputText": "output_text",
    "OutputTokensDetails": "output_tokens_details",
    "OutputToolSearchCall": "output_tool_search_call",
    "OutputToolSearchCallExecution": "output_tool_search_call_execution",
    "OutputToolSearchCallStatus": "output_tool_search_call_status",
    "PageLinks": "page_links",
    "PageMeta": "page_meta",
    "PaginatedAuditLogResponse": "paginated_audit_log_response",
    "PassThroughEndpointResponse": "pass_through_endpoint_response",
    "PassThroughGenericEndpoint": "pass_through_generic_endpoint",
    "PassThroughGenericEndpointDefaultQueryParams": "pass_through_generic_endpoint_default_query_params",
    "PassThroughGenericEndpointGuardrailsType0": "pass_through_generic_endpoint_guardrails_type_0",
    "PassThroughGenericEndpointHeaders": "pass_through_generic_endpoint_headers",
    "PassThroughGuardrailSettings": "pass_through_guardrail_settings",
    "PatchAgentRequest": "patch_agent_request",
    "PatchAgentRequestExecutionMode": "patch_agent_request_execution_mode",
    "PatchAgentRequestLitellmParams": "patch_agent_request_litellm_params",
    "PatchAgentRequestStaticHeadersType0": "patch_agent_request_static_headers_type_0",
    "PatchGuardrailRequest": "patch_guardrail_request",
    "PatchGuardrailRequestGuardrailInfoType0": "patch_guardrail_request_guardrail_info_type_0",
    "PatchModelRequest": "patch_model_request",
    "PatchPromptRequest": "patch_prompt_request",
    "PatchTeamRequest": "patch_team_request",
    "PatchTeamRequestDefaultEstimatedOutputTokensPerModelType0": "patch_team_request_default_estimated_output_tokens_per_model_type_0",
    "PatchTeamRequestEnforcedBatchOutputExpiresAfterType0": "patch_team_request_enforced_batch_output_expires_after_type_0",
    "PatchTeamRequestEnforcedFileExpiresAfterType0": "patch_team_request_enforced_file_expires_after_type_0",
    "PatchTeamRequestMcpRpmLimitType0": "patch_team_request_mcp_rpm_limit_type_0",
    "PatchTeamRequestMetadataType0": "patch_team_request_metadata_type_0",
    "PatchTeamRequestModelAliasesType0": "patch_team_request_model_aliases_type_0",
    "PatchTeamRequestModelMaxBudgetType0": "patch_team_request_model_max_budget_type_0",
    "PatchTeamRequestModelRpmLimitType0": "patch_team_request_model_rpm_limit_type_0",
    "PatchTeamRequestModelTpmLimitType0": "patch_team_request_model_tpm_limit_type_0",
    "PatchTeamRequestSecretManagerSettingsType0": "patch_team_request_secret_manager_settings_type_0",
    "PatchTeamRequestTeamMemberModelMaxBudgetType0": "patch_team_request_team_member_model_max_budget_type_0",
    "PendingSafetyCheck": "pending_safety_check",
    "PerTestingCriteriaResult": "per_testing_criteria_result",
    "PerUserAnalyticsResponse": "per_user_analytics_response",
    "PerUserMetrics": "per_user_metrics",
    "PiiAction": "pii_action",
    "PiiEntityCategoryMap": "pii_entity_category_map",
    "PiiEntityType": "pii_entity_type",
    "PinMcpServerToolsV1McpServerServerIdPinPostResponsePinMcpServerToolsV1McpServerServerIdPinPost": "pin_mcp_server_tools_v1_mcp_server_server_id_pin_post_response_pin_mcp_server_tools_v1_mcp_server_server_id_pin_post",
    "PinnedMCPTool": "pinned_mcp_tool",
    "PinnedMCPToolInputSchema": "pinned_mcp_tool_input_schema",
    "PipelineTestRequest": "pipeline_test_request",
    "PipelineTestRequestPipeline": "pipeline_test_request_pipeline",
    "PipelineTestRequestTestMessagesItem": "pipeline_test_request_test_messages_item",
    "PluginAuthTokenApiPluginsAuthTokenGetResponsePluginAuthTokenApiPluginsAuthTokenGet": "plugin_auth_token_api_plugins_auth_token_get_response_plugin_auth_token_api_plugins_auth_token_get",
    "PluginAuthor": "plugin_author",
    "PluginDownloadEvent": "plugin_download_event",
    "PluginDownloadsResponse": "plugin_downloads_response",
    "PluginListItem": "plugin_list_item",
    "PluginListItemInstallationPreferenceType0": "plugin_list_item_installation_preference_type_0",
    "PluginListItemSource": "plugin_list_item_source",
    "PluginResponse": "plugin_response",
    "PluginResponseInstallationPreferenceType0": "plugin_response_installation_preference_type_0",
    "PluginResponseSource": "plugin_response_source",
    "PolicyAttachmentCreateRequest": "policy_attachment_create_request",
    "PolicyAttachmentDBResponse": "policy_attachment_db_response",
    "PolicyAttachmentDBResponseDefinitionLocation": "policy_attachment_db_response_definition_location",
    "PolicyAttachmentListResponse": "policy_attachment_list_response",
    "PolicyConditionRequest": "policy_condition_request",
    "PolicyCreateRequest": "policy_create_request",
    "PolicyCreateRequestPipelineType0": "policy_create_request_pipeline_type_0",
    "PolicyDBResponse": "policy_db_response",
    "PolicyDBResponseConditionType0": "policy_db_response_condition_type_0",
    "PolicyDBResponseDefinitionLocation": "policy_db_response_definition_location",
    "PolicyDBResponsePipelineType0": "policy_db_response_pipeline_type_0",
    "PolicyGuardrailsResponse": "policy_guardrails_response",
    "PolicyInfoResponse": "policy_info_response",
    "PolicyListDBResponse": "policy_list_db_response",
    "PolicyListResponse": "policy_list_response",
    "PolicyListResponsePolicies": "policy_list_response_policies",
    "PolicyMatchContext": "policy_match_context",
    "PolicyMatchDetail": "policy_match_detail",
    "PolicyResolveRequest": "policy_resolve_request",
    "PolicyResolveResponse": "policy_resolve_response",
    "PolicyScopeResponse": "policy_scope_response",
    "PolicySummaryItem": "policy_summary_item",
    "PolicyTestResponse": "policy_test_response",
    "PolicyUpdateRequest": "policy_update_request",
    "PolicyUpdateRequestPipelineType0": "policy_update_request_pipeline_type_0",
    "PolicyValidateRequest": "policy_validate_request",
    "PolicyValidateRequestPolicies": "policy_validate_request_policies",
    "PolicyValidationError": "policy_validation_error",
    "PolicyValidationErrorType": "policy_validation_error_type",
    "PolicyValidationResponse": "policy_validation_response",
    "PolicyVersionCompareResponse": "policy_version_compare_response",
    "PolicyVersionCompareResponseFieldDiffs": "policy_version_compare_response_field_diffs",
    "PolicyVersionCompareResponseFieldDiffsAdditionalProperty": "policy_version_compare_response_field_diffs_additional_property",
    "PolicyVersionCreateRequest": "policy_version_create_request",
    "PolicyVersionListResponse": "policy_version_list_response",
    "PolicyVersionStatusUpdateRequest": "policy_version_status_update_request",
    "PriceTier": "price_tier",
    "PriceTierCosts": "price_tier_costs",
    "Program": "program",
    "ProgramOutput": "program_output",
    "ProgramOutputStatus": "program_output_status",
    "ProgrammaticToolCalling": "programmatic_tool_calling",
    "Prompt": "prompt",
    "PromptCacheBreakpoint": "prompt_cache_breakpoint",
    "PromptCacheBreakpointTtlType0": "prompt_cache_breakpoint_ttl_type_0",
    "PromptCacheOptions": "prompt_cache_options",
    "PromptCacheOptionsMode": "prompt_cache_options_mode",
    "PromptCacheOptionsTtl": "prompt_cache_options_ttl",
    "PromptCachingRequest": "prompt_caching_request",
    "PromptCachingRequestCursor": "prompt_caching_request_cursor",
    "PromptCachingRequestsResponse": "prompt_caching_requests_response",
    "PromptInfo": "prompt_info",
    "PromptInfoPromptType": "prompt_info_prompt_type",
    "PromptInfoResponse": "prompt_info_response",
    "PromptLiteLLMParams": "prompt_lite_llm_params",
    "PromptLiteLLMParamsProviderSpecificQueryParamsType0": "prompt_lite_llm_params_provider_specific_query_params_type_0",
    "PromptObject": "prompt_object",
    "PromptObjectVariablesType0": "prompt_object_variables_type_0",
    "PromptSpec": "prompt_spec",
    "PromptTemplateBase": "prompt_template_base",
    "PromptTemplateBaseMetadataType0": "prompt_template_base_metadata_type_0",
    "PromptTokensDetails": "prompt_tokens_details",
    "PromptTokensDetailsModality": "prompt_tokens_details_modality",
    "ProviderBudgetResponse": "provider_budget_response",
    "ProviderBudgetResponseObject": "provider_budget_response_object",
    "ProviderBudgetResponseProviders": "provider_budget_response_providers",
    "ProviderCreateInfo": "provider_create_info",
    "ProviderCredentialField": "provider_credential_field",
    "ProviderCredentialFieldFieldType": "provider_credential_field_field_type",
    "ProxyChatCompletionRequest": "proxy_chat_completion_request",
    "ProxyChatCompletionRequestContextWindowFallbackDictType0": "proxy_chat_completion_request_context_window_fallback_dict_type_0",
    "ProxyChatCompletionRequestFunctionCallType1": "proxy_chat_completion_request_function_call_type_1",
    "ProxyChatCompletionRequestFunctionsType0Item": "proxy_chat_completion_request_functions_type_0_item",
    "ProxyChatCompletionRequestLogitBiasType0": "proxy_chat_completion_request_logit_bias_type_0",
    "ProxyChatCompletionRequestMetadataType0": "proxy_chat_completion_request_metadata_type_0",
    "ProxyChatCompletionRequestResponseFormatType0": "proxy_chat_completion_request_response_format_type_0",
    "ProxyChatCompletionRequestStreamOptionsType0": "proxy_chat_completion_request_stream_options_type_0",
    "ProxyChatCompletionRequestToolChoiceType1": "proxy_chat_completion_request_tool_choice_type_1",
    "ProxyChatCompletionRequestToolsType0Item": "proxy_chat_completion_request_tools_type_0_item",
    "PublicModelHubFacetPublicV1ModelHubFacetGetFacet": "public_model_hub_facet_public_v1_model_hub_facet_get_facet",
    "PublicModelHubInfo": "public_model_hub_info",
    "PublicModelHubInfoUsefulLinksType0": "public_model_hub_info_useful_links_type_0",
    "PublicModelHubInfoUsefulLinksType0AdditionalPropertyType1": "public_model_hub_info_useful_links_type_0_additional_property_type_1",
    "RankingOptions": "ranking_options",
    "RankingOptionsHybridSearch": "ranking_options_hybrid_search",
    "RankingOptionsRankerType0": "ranking_options_ranker_type_0",
    "RawRequestTypedDict": "raw_request_typed_dict",
    "RawRequestTypedDictRawRequestBodyType0": "raw_request_typed_dict_raw_request_body_type_0",
    "RawRequestTypedDictRawRequestHeadersType0": "raw_request_typed_dict_raw_request_headers_type_0",
    "RealtimeClientSecretResponse": "realtime_client_secret_response",
    "RealtimeClientSecretResponseSessionType0": "realtime_client_secret_response_session_type_0",
    "RealtimeTranscriptionSessionResponse": "realtime_transcription_session_response",
    "RealtimeTranscriptionSessionResponseClientSecretType0": "realtime_transcription_session_response_client_secret_type_0",
    "Reasoning": "reasoning",
    "ReasoningEffortType0": "reasoning_effort_type_0",
    "RegenerateKeyRequest": "regenerate_key_request",
    "RegenerateKeyRequestAliasesType0": "regenerate_key_request_aliases_type_0",
    "RegenerateKeyRequestBudgetFallbacksType0": "regenerate_key_request_budget_fallbacks_type_0",
    "RegenerateKeyRequestConfigType0": "regenerate_key_request_config_type_0",
    "RegenerateKeyRequestDefaultEstimatedOutputTokensPerModelType0": "regenerate_key_request_default_estimated_output_tokens_per_model_type_0",
    "RegenerateKeyRequestMcpRpmLimitType0": "regenerate_key_request_mcp_rpm_limit_type_0",
    "RegenerateKeyRequestMetadataType0": "regenerate_key_request_metadata_type_0",
    "RegenerateKeyRequestModelMaxBudgetType0": "regenerate_key_request_model_max_budget_type_0",
    "RegenerateKeyRequestModelRpmLimitType0": "regenerate_key_request_model_rpm_limit_type_0",
    "RegenerateKeyRequestModelTpmLimitType0": "regenerate_key_request_model_tpm_limit_type_0",
    "RegenerateKeyRequestPermissionsType0": "regenerate_key_request_permissions_type_0",
    "RegenerateKeyRequestRpmLimitTypeType0": "regenerate_key_request_rpm_limit_type_type_0",
    "RegenerateKeyRequestTagRpmLimitType0": "regenerate_key_request_tag_rpm_limit_type_0",
    "RegenerateKeyRequestTpmLimitTypeType0": "regenerate_key_request_tpm_limit_type_type_0",
    "RegisterGuardrailRequest": "register_guardrail_request",
    "RegisterGuardrailRequestGuardrailInfoType0": "register_guardrail_request_guardrail_info_type_0",
    "RegisterGuardrailRequestLitellmParams": "register_guardrail_request_litellm_params",
    "RegisterGuardrailResponse": "register_guardrail_response",
    "RegisterPluginRequest": "register_plugin_request",
    "RegisterPluginRequestInstallationPreferenceType0": "register_plugin_request_installation_preference_type_0",
    "RegisterPluginRequestSource": "register_plugin_request_source",
    "RegisterPluginResponse": "register_plugin_response",
    "RejectMCPServerRequest": "reject_mcp_server_request",
    "ReminderMarkerPair": "reminder_marker_pair",
    "RequestComplexityRouterConfig": "request_complexity_router_config",
    "RequestComplexityRouterConfigAdaptiveEligible": "request_complexity_router_config_adaptive_eligible",
    "RequestComplexityRouterConfigClassificationMode": "request_complexity_router_config_classification_mode",
    "RequestComplexityRouterConfigClassifierFallback": "request_complexity_router_config_classifier_fallback",
    "RequestComplexityRouterConfigClassifierType": "request_complexity_router_config_classifier_type",
    "RequestComplexityRouterConfigDimensionWeights": "request_complexity_router_config_dimension_weights",
    "RequestComplexityRouterConfigLocalHeuristicType0": "request_complexity_router_config_local_heuristic_type_0",
    "RequestComplexityRouterConfigTierBoundaries": "request_complexity_router_config_tier_boundaries",
    "RequestComplexityRouterConfigTierLabels": "request_complexity_router_config_tier_labels",
    "RequestComplexityRouterConfigTierModelConfigs": "request_complexity_router_config_tier_model_configs",
    "RequestComplexityRouterConfigTiers": "request_complexity_router_config_tiers",
    "RequestComplexityRouterConfigTokenThresholds": "request_complexity_router_config_token_thresholds",
    "RequestErrorActivityResponse": "request_error_activity_response",
    "RequestErrorDailyEntry": "request_error_daily_entry",
    "RequestErrorEntityEntry": "request_error_entity_entry",
    "RequestErrorStatusCodeEntry": "request_error_status_code_entry",
    "RequestType": "request_type",
    "ResetKeySpendFnKeyKeyResetSpendPostResponseResetKeySpendFnKeyKeyResetSpendPost": "reset_key_spend_fn_key_key_reset_spend_post_response_reset_key_spend_fn_key_key_reset_spend_post",
    "ResetSpendRequest": "reset_spend_request",
    "ResponseAPIUsage": "response_api_usage",
    "ResponseApplyPatchToolCall": "response_apply_patch_tool_call",
    "ResponseApplyPatchToolCallOutput": "response_apply_patch_tool_call_output",
    "ResponseApplyPatchToolCallOutputStatus": "response_apply_patch_tool_call_output_status",
    "ResponseApplyPatchToolCallStatus": "response_apply_patch_tool_call_status",
    "ResponseCodeInterpreterToolCall": "response_code_interpreter_tool_call",
    "ResponseCodeInterpreterToolCallParam": "response_code_interpreter_tool_call_param",
    "ResponseCodeInterpreterToolCallParamStatus": "response_code_interpreter_tool_call_param_status",
    "ResponseCodeInterpreterToolCallStatus": "response_code_interpreter_tool_call_status",
    "ResponseCompactionItem": "response_compaction_item",
    "ResponseCompactionItemParamParam": "response_compaction_item_param_param",
    "ResponseComputerToolCall": "response_computer_tool_call",
    "ResponseComputerToolCallOutputItem": "response_computer_tool_call_output_item",
    "ResponseComputerToolCallOutputItemStatus": "response_computer_tool_call_output_item_status",
    "ResponseComputerToolCallOutputScreenshot": "response_computer_tool_call_output_screenshot",
    "ResponseComputerToolCallOutputScreenshotParam": "response_computer_tool_call_output_screenshot_param",
    "ResponseComputerToolCallParam": "response_computer_tool_call_param",
    "ResponseComputerToolCallParamStatus": "response_computer_tool_call_param_status",
    "ResponseComputerToolCallStatus": "response_computer_tool_call_status",
    "ResponseConfigurationUpdateItem": "response_configuration_update_item",
    "ResponseConfigurationUpdateItemParamParam": "response_configuration_update_item_param_param",
    "ResponseContainerReference": "response_container_reference",
    "ResponseCustomToolCall": "response_custom_tool_call",
    "ResponseCustomToolCallItem": "response_custom_tool_call_item",
    "ResponseCustomToolCallItemStatus": "response_custom_tool_call_item_status",
    "ResponseCustomToolCallOutputItem": "response_custom_tool_call_output_item",
    "ResponseCustomToolCallOutputItemStatus": "response_custom_tool_call_output_item_status",
    "ResponseCustomToolCallOutputParam": "response_custom_tool_call_output_param",
    "ResponseCustomToolCallParam": "response_custom_tool_call_param",
    "ResponseFileSearchToolCall": "response_file_search_tool_call",
    "ResponseFileSearchToolCallParam": "response_file_search_tool_call_param",
    "ResponseFileSearchToolCallParamStatus": "response_file_search_tool_call_param_status",
    "ResponseFileSearchToolCallStatus": "response_file_search_tool_call_status",
    "ResponseFormatJSONObject": "response_format_json_object",
    "ResponseFormatText": "response_format_text",
    "ResponseFormatTextJSONSchemaConfig": "response_format_text_json_schema_config",
    "ResponseFormatTextJSONSchemaConfigParam": "response_format_text_json_schema_config_param",
    "ResponseFormatTextJSONSchemaConfigParamSchema": "response_format_text_json_schema_config_param_schema",
    "ResponseFormatTextJSONSchemaConfigSchema": "response_format_text_json_schema_config_schema",
    "ResponseFunctionShellCallOutputContentParam": "response_function_shell_call_output_content_param",
    "ResponseFunctionShellToolCall": "response_function_shell_tool_call",
    "ResponseFunctionShellToolCallOutput": "response_function_shell_tool_call_output",
    "ResponseFunctionShellToolCallOutputStatus": "response_function_shell_tool_call_output_status",
    "ResponseFunctionShellToolCallStatus": "response_function_shell_tool_call_status",
    "ResponseFunctionToolCall": "response_function_tool_call",
    "ResponseFunctionToolCallItem": "response_function_tool_call_item",
    "ResponseFunctionToolCallItemStatus": "response_function_tool_call_item_status",
    "ResponseFunctionToolCallOutputItem": "response_function_tool_call_output_item",
    "ResponseFunctionToolCallOutputItemStatus": "response_function_tool_call_output_item_status",
    "ResponseFunctionToolCallParam": "response_function_tool_call_param",
    "ResponseFunctionToolCallParamStatus": "response_function_tool_call_param_status",
    "ResponseFunctionToolCallStatusType0": "response_function_tool_call_status_type_0",
    "ResponseFunctionWebSearch": "response_function_web_search",
    "ResponseFunctionWebSearchParam": "response_function_web_search_param",
    "ResponseFunctionWebSearchParamStatus": "response_function_web_search_param_status",
    "ResponseFunctionWebSearchStatus": "response_function_web_search_status",
    "ResponseInputFile": "response_input_file",
    "ResponseInputFileContentParam": "response_input_file_content_param",
    "ResponseInputFileContentParamDetail": "response_input_file_content_param_detail",
    "ResponseInputFileDetailType0": "response_input_file_detail_type_0",
    "ResponseInputFileParam": "response_input_file_param",
    "ResponseInputFileParamDetail": "response_input_file_param_detail",
    "ResponseInputImage": "response_input_image",
    "ResponseInputImageContentParam": "response_input_image_content_param",
    "ResponseInputImageContentParamDetailType0": "response_input_image_content_param_detail_type_0",
    "ResponseInputImageDetail": "response_input_image_detail",
    "ResponseInputImageParam": "response_input_image_param",
    "ResponseInputImageParamDetail": "response_input_image_param_detail",
    "ResponseInputMessageItem": "response_input_message_item",
    "ResponseInputMessageItemRole": "response_input_message_item_role",
    "ResponseInputMessageItemStatusType0": "response_input_message_item_status_type_0",
    "ResponseInputText": "response_input_text",
    "ResponseInputTextContentParam": "response_input_text_content_param",
    "ResponseInputTextParam": "response_input_text_param",
    "ResponseItemList": "response_item_list",
    "ResponseLiteLLMManagedVectorStore": "response_lite_llm_managed_vector_store",
    "ResponseLocalEnvironment": "response_local_environment",
    "ResponseOutputMessage": "response_output_message",
    "ResponseOutputMessageParam": "response_output_message_param",
    "ResponseOutputMessageParamPhaseType0": "response_output_message_param_phase_type_0",
    "ResponseOutputMessageParamStatus": "response_output_message_param_status",
    "ResponseOutputMessagePhaseType0": "response_output_message_phase_type_0",
    "ResponseOutputMessageStatus": "response_output_message_status",
    "ResponseOutputRefusal": "response_output_refusal",
    "ResponseOutputRefusalParam": "response_output_refusal_param",
    "ResponseOutputText": "response_output_text",
    "ResponseOutputTextParam": "response_output_text_param",
    "ResponseReasoningItem": "response_reasoning_item",
    "ResponseReasoningItemParam": "response_reasoning_item_param",
    "ResponseReasoningItemParamStatus": "response_reasoning_item_param_status",
    "ResponseReasoningItemStatusType0": "response_reasoning_item_status_type_0",
    "ResponseTextConfigParam": "response_text_config_param",
    "ResponseTextConfigParamVerbosityType0": "response_text_config_param_verbosity_type_0",
    "ResponseToolSearchCall": "response_tool_search_call",
    "ResponseToolSearchCallExecution": "response_tool_search_call_execution",
    "ResponseToolSearchCallStatus": "response_tool_search_call_status",
    "ResponseToolSearchOutputItem": "response_tool_search_output_item",
    "ResponseToolSearchOutputItemExecution": "response_tool_search_output_item_execution",
    "ResponseToolSearchOutputItemParamParam": "response_tool_search_output_item_param_param",
    "ResponseToolSearchOutputItemParamParamExecution": "response_tool_search_output_item_param_param_execution",
    "ResponseToolSearchOutputItemParamParamStatusType0": "response_tool_search_output_item_param_param_status_type_0",
    "ResponseToolSearchOutputItemStatus": "response_tool_search_output_item_status",
    "ResponsesAPIModeration": "responses_api_moderation",
    "ResponsesApiOpenaiV1ResponsesPostBody": "responses_api_openai_v1_responses_post_body",
    "ResponsesApiOpenaiV1ResponsesPostBodyIncludeType0Item": "responses_api_openai_v1_responses_post_body_include_type_0_item",
    "ResponsesApiOpenaiV1ResponsesPostBodyMetadataType0": "responses_api_openai_v1_responses_post_body_metadata_type_0",
    "ResponsesApiOpenaiV1ResponsesPostBodyToolChoiceType0": "responses_api_openai_v1_responses_post_body_tool_choice_type_0",
    "ResponsesApiOpenaiV1ResponsesPostBodyTruncationType0": "responses_api_openai_v1_responses_post_body_truncation_type_0",
    "ResponsesAPIRequestParams": "responses_api_request_params",
    "ResponsesAPIRequestParamsActionDoubleClick": "responses_api_request_params_action_double_click",
    "ResponsesAPIRequestParamsAdditionalTools": "responses_api_request_params_additional_tools",
    "ResponsesAPIRequestParamsDoubleClick": "responses_api_request_params_double_click",
    "ResponsesAPIRequestParamsImageGenerationCall": "responses_api_request_params_image_generation_call",
    "ResponsesAPIRequestParamsImageGenerationCallActionType0": "responses_api_request_params_image_generation_call_action_type_0",
    "ResponsesAPIRequestParamsImageGenerationCallBackgroundType0": "responses_api_request_params_image_generation_call_background_type_0",
    "ResponsesAPIRequestParamsImageGenerationCallError": "responses_api_request_params_image_generation_call_error",
    "ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0": "responses_api_request_params_image_generation_call_output_format_type_0",
    "ResponsesAPIRequestParamsImageGenerationCallQualityType0": "responses_api_request_params_image_generation_call_quality_type_0",
    "ResponsesAPIRequestParamsImageGenerationCallSizeType1": "responses_api_request_params_image_generation_call_size_type_1",
    "ResponsesAPIRequestParamsImageGenerationCallStatus": "responses_api_request_params_image_generation_call_status",
    "ResponsesAPIRequestParamsIncludeType0Item": "responses_api_request_params_include_type_0_item",
    "ResponsesAPIRequestParamsMcpApprovalResponse": "responses_api_request_params_mcp_approval_response",
    "ResponsesAPIRequestParamsMessage": "responses_api_request_params_message",
    "ResponsesAPIRequestParamsMessageRole": "responses_api_request_params_message_role",
    "ResponsesAPIRequestParamsMessageStatus": "responses_api_request_params_message_status",
    "ResponsesAPIRequestParamsMetadataType0": "responses_api_request_params_metadata_type_0",
    "ResponsesAPIRequestParamsToolChoiceType0": "responses_api_request_params_tool_choice_type_0",
    "ResponsesAPIRequestParamsTruncationType0": "responses_api_request_params_truncation_type_0",
    "ResponsesAPIResponse": "responses_api_response",
    "ResponsesAPIResponseErrorType0": "responses_api_response_error_type_0",
    "ResponsesAPIResponseMetadataType0": "responses_api_response_metadata_type_0",
    "ResponsesAPIResponseOutputType0ItemType0Type28": "responses_api_response_output_type_0_item_type_0_type_28",
    "ResponsesAPIResponseReasoningType0": "responses_api_response_reasoning_type_0",
    "ResponsesAPIResponseTextType1": "responses_api_response_text_type_1",
    "ResponsesAPIResponseToolChoiceType0": "responses_api_response_tool_choice_type_0",
    "ResponsesAPIResponseToolsType0ItemType2": "responses_api_response_tools_type_0_item_type_2",
    "ResponsesAPIResponseTruncationType0": "responses_api_response_truncation_type_0",
    "ResponsesApiResponsesPostBody": "responses_api_responses_post_body",
    "ResponsesApiResponsesPostBodyIncludeType0Item": "responses_api_responses_post_body_include_type_0_item",
    "ResponsesApiResponsesPostBodyMetadataType0": "responses_api_responses_post_body_metadata_type_0",
    "ResponsesApiResponsesPostBodyToolChoiceType0": "responses_api_responses_post_body_tool_choice_type_0",
    "ResponsesApiResponsesPostBodyTruncationType0": "responses_api_responses_post_body_truncation_type_0",
    "ResponsesAPIStreamOptions": "responses_api_stream_options",
    "ResponsesApiV1ResponsesPostBody": "responses_api_v1_responses_post_body",
    "ResponsesApiV1ResponsesPostBodyIncludeType0Item": "responses_api_v1_responses_post_body_include_type_0_item",
    "ResponsesApiV1ResponsesPostBodyMetadataType0": "responses_api_v1_responses_post_body_metadata_type_0",
    "ResponsesApiV1ResponsesPostBodyToolChoiceType0": "responses_api_v1_responses_post_body_tool_choice_type_0",
    "ResponsesApiV1ResponsesPostBodyTruncationType0": "responses_api_v1_responses_post_body_truncation_type_0",
    "Result": "result",
    "ResultAttributesType0": "result_attributes_type_0",
    "ResultCounts": "result_counts",
    "RetrieveFineTuningJobFineTuningJobsFineTuningJobIdGetCustomLlmProviderType0": "retrieve_fine_tuning_job_fine_tuning_jobs_fine_tuning_job_id_get_custom_llm_provider_type_0",
    "RetrieveFineTuningJobV1FineTuningJobsFineTuningJobIdGetCustomLlmProviderType0": "retrieve_fine_tuning_job_v1_fine_tuning_jobs_fine_tuning_job_id_get_custom_llm_provider_type_0",
    "RetryPolicy": "retry_policy",
    "RoleMappings": "role_mappings",
    "RoleMappingsRoles": "role_mappings_roles",
    "RouterFieldsResponse": "router_fields_response",
    "RouterFieldsResponseRoutingStrategyDescriptions": "router_fields_response_routing_strategy_descriptions",
    "RouterSettingsField": "router_settings_field",
    "RouterSettingsResponse": "router_settings_response",
    "RouterSettingsResponseCurrentValues": "router_settings_response_current_values",
    "RouterSettingsResponseRoutingStrategyDescriptions": "router_settings_response_routing_strategy_descriptions",
    "RouterSettingsResponseSource": "router_settings_response_source",
    "RouterSettingsResponseSourceAdditionalProperty": "router_settings_response_source_additional_property",
    "RoutingGroup": "routing_group",
    "RoutingGroupModelPrioritiesType0": "routing_group_model_priorities_type_0",
    "RoutingGroupRoutingStrategyArgsType0": "routing_group_routing_strategy_args_type_0",
    "Run": "run",
    "RunDataSource": "run_data_source",
    "RunDeleteResponse": "run_delete_response",
    "RunErrorType0": "run_error_type_0",
    "RunMetadataType0": "run_metadata_type_0",
    "RunResultCountsType0": "run_result_counts_type_0",
    "RunSource": "run_source",
    "RunSourceType": "run_source_type",
    "RunStatus": "run_status",
    "SCIMEnterpriseUser": "scim_enterprise_user",
    "SCIMFeature": "scim_feature",
    "SCIMGroup": "scim_group",
    "SCIMGroupMetaType0": "scim_group_meta_type_0",
    "SCIMListResponse": "scim_list_response",
    "SCIMMember": "scim_member",
    "SCIMMultiValuedAttribute": "scim_multi_valued_attribute",
    "SCIMPatchOp": "scim_patch_op",
    "SCIMPatchOperation": "scim_patch_operation",
    "SCIMPlaceholder": "scim_placeholder",
    "SCIMPlaceholderMergeResult": "scim_placeholder_merge_result",
    "SCIMServiceProviderConfig": "scim_service_provider_config",
    "SCIMServiceProviderConfigAuthenticationSchemesType0Item": "scim_service_provider_config_authentication_schemes_type_0_item",
    "SCIMServiceProviderConfigMetaType0": "scim_service_provider_config_meta_type_0",
    "SCIMUser": "scim_user",
    "SCIMUserEmail": "scim_user_email",
    "SCIMUserGroup": "scim_user_group",
    "SCIMUserManager": "scim_user_manager",
    "SCIMUserMetaType0": "scim_user_meta_type_0",
    "SCIMUserName": "scim_user_name",
    "SCIMUserOutput": "scim_user_output",
    "ScoreAnswer": "score_answer",
    "ScoreAnswerLegend": "score_answer_legend",
    "ScoreAnswerLegendAdditionalPropertyType1": "score_answer_legend_additional_property_type_1",
    "ScoreAnswerProbabilities": "score_answer_probabilities",
    "Screenshot": "screenshot",
    "Scroll": "scroll",
    "SearchContextCostPerQuery": "search_context_cost_per_query",
    "SearchTool": "search_tool",
    "SearchToolInfoResponse": "search_tool_info_response",
    "SearchToolInfoResponseLitellmParams": "search_tool_info_response_litellm_params",
    "SearchToolInfoResponseSearchToolInfoType0": "search_tool_info_response_search_tool_info_type_0",
    "SearchToolLiteLLMParams": "search_tool_lite_llm_params",
    "SearchToolSearchToolInfoType0": "search_tool_search_tool_info_type_0",
    "ServiceConnection": "service_connection",
    "ServiceStatus": "service_status",
    "SessionLogoutResponse": "session_logout_response",
    "ShadowEvalJobResponse": "shadow_eval_job_response",
    "ShadowEvalJobResponseDirection": "shadow_eval_job_response_direction",
    "ShadowEvalJobResponseStatus": "shadow_eval_job_response_status",
    "ShadowEvalJobTargetResponse": "shadow_eval_job_target_response",
    "ShadowEvalJobTargetResponseTargetType": "shadow_eval_job_target_response_target_type",
    "ShadowEvalResult": "shadow_eval_result",
    "ShadowEvalSlice": "shadow_eval_slice",
    "ShellCall": "shell_call",
    "ShellCallAction": "shell_call_action",
    "ShellCallCallerDirect": "shell_call_caller_direct",
    "ShellCallCallerProgram": "shell_call_caller_program",
    "ShellCallOutput": "shell_call_output",
    "ShellCallOutputCallerDirect": "shell_call_output_caller_direct",
    "ShellCallOutputCallerProgram": "shell_call_output_caller_program",
    "ShellCallOutputStatusType0": "shell_call_output_status_type_0",
    "ShellCallStatusType0": "shell_call_status_type_0",
    "ShellToolParam": "shell_tool_param",
    "ShellToolParamEnvironment": "shell_tool_param_environment",
    "Skill": "skill",
    "SkillHubAgentSkill": "skill_hub_agent_skill",
    "SkillHubList": "skill_hub_list",
    "SkillHubMetadata": "skill_hub_metadata",
    "SkillHubPendingSkill": "skill_hub_pending_skill",
    "SkillHubProposal": "skill_hub_proposal",
    "SkillHubProposalSource": "skill_hub_proposal_source",
    "SkillHubPublication": "skill_hub_publication",
    "SkillHubRejection": "skill_hub_rejection",
    "SkillHubReviewResponse": "skill_hub_review_response",
    "SkillHubReviewResponseAction": "skill_hub_review_response_action",
    "SkillHubSkill": "skill_hub_skill",
    "SkillHubSkillSource": "skill_hub_skill_source",
    "SkillHubSkillVisibility": "skill_hub_skill_visibility",
    "SkillHubSubmission": "skill_hub_submission",
    "SkillHubSubmissionDetail": "skill_hub_submission_detail",
    "SkillHubSubmissionList": "skill_hub_submission_list",
    "SkillHubSubmissionOperation": "skill_hub_submission_operation",
    "SkillHubSubmissionStatus": "skill_hub_submission_status",
    "SkillHubVersion": "skill_hub_version",
    "SkillHubVersionContentKind": "skill_hub_version_content_kind",
    "SkillHubVersionManifest": "skill_hub_version_manifest",
    "SkillHubVersions": "skill_hub_versions",
    "SkillReference": "skill_reference",
    "SkillReferenceParam": "skill_reference_param",
    "SkillScan": "skill_scan",
    "SkillScanFinding": "skill_scan_finding",
    "SkillScanFindingSeverity": "skill_scan_finding_severity",
    "SkillScanReport": "skill_scan_report",
    "SkillScanReportScanMode": "skill_scan_report_scan_mode",
    "SkillScanRequest": "skill_scan_request",
    "SkillScanResponse": "skill_scan_response",
    "SkillScanStatus": "skill_scan_status",
    "Span": "span",
    "SpanDetail": "span_detail",
    "SpanDetailAttributes": "span_detail_attributes",
    "SpanErrorPage": "span_error_page",
    "SpanSpendMatchType0": "span_spend_match_type_0",
    "SpanStatus": "span_status",
    "SpanType": "span_type",
    "SpendAnalyticsPaginatedResponse": "spend_analytics_paginated_response",
    "SpendCalculateRequest": "spend_calculate_request",
    "SpendCalculateRequestCompletionResponseType0": "spend_calculate_request_completion_response_type_0",
    "SpendMetrics": "spend_metrics",
    "SSOConfig": "sso_config",
    "SSOSettingsResponse": "sso_settings_response",
    "SSOSettingsResponseFieldSchema": "sso_settings_response_field_schema",
    "SSOSettingsResponseProvenance": "sso_settings_response_provenance",
    "SSOSettingsResponseValues": "sso_settings_response_values",
    "StandardLoggingHeuristicV2Forecast": "standard_logging_heuristic_v2_forecast",
    "StandardLoggingHeuristicV2ForecastProbabilities": "standard_logging_heuristic_v2_forecast_probabilities",
    "StandardLoggingRoutingDecision": "standard_logging_routing_decision",
    "StandardLoggingRoutingDecisionCause": "standard_logging_routing_decision_cause",
    "StandardLoggingRoutingDecisionClassifierFailureReason": "standard_logging_routing_decision_classifier_failure_reason",
    "StandardLoggingRoutingDecisionClassifierProbabilities": "standard_logging_routing_decision_classifier_probabilities",
    "StandardLoggingRoutingDecisionRouterType": "standard_logging_routing_decision_router_type",
    "StandardLoggingRoutingDecisionTierBoundaries": "standard_logging_routing_decision_tier_boundaries",
    "StandardLoggingRoutingDecisionTierLitellmParams": "standard_logging_routing_decision_tier_litellm_params",
    "StartShadowEvalRequest": "start_shadow_eval_request",
    "StartShadowEvalRequestDirection": "start_shadow_eval_request_direction",
    "StoredReport": "stored_report",
    "SubscriptionAccountFeeRequest": "subscription_account_fee_request",
    "SubscriptionAccountUsage": "subscription_account_usage",
    "SubscriptionUsageResponse": "subscription_usage_response",
    "SuccessfulKeyUpdate": "successful_key_update",
    "SuccessfulKeyUpdateKeyInfo": "successful_key_update_key_info",
    "SuccessorModelSource": "successor_model_source",
    "SuggestPolicyTemplatesPolicyTemplatesSuggestPostResponseSuggestPolicyTemplatesPolicyTemplatesSuggestPost": "suggest_policy_templates_policy_templates_suggest_post_response_suggest_policy_templates_policy_templates_suggest_post",
    "SuggestTemplatesRequest": "suggest_templates_request",
    "Summary": "summary",
    "SupportedEndpoint": "supported_endpoint",
    "SupportedEndpointsResponse": "supported_endpoints_response",
    "SystemoneSystemonePostDecisionsRequest": "systemone_systemone_post_decisions_request",
    "SystemoneSystemonePostDecisionsRequestAssetsType0": "systemone_systemone_post_decisions_request_assets_type_0",
    "SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio": "systemone_systemone_post_decisions_request_decisions_base_64_audio",
    "SystemoneSystemonePostDecisionsRequestDecisionsBase64Image": "systemone_systemone_post_decisions_request_decisions_base_64_image",
    "SystemoneSystemonePostDecisionsRequestDecisionsBase64Video": "systemone_systemone_post_decisions_request_decisions_base_64_video",
    "SystemoneSystemonePostDecisionsRequestQuestions": "systemone_systemone_post_decisions_request_questions",
    "SystemoneSystemonePostDecisionsRequestQuestionsBoxQuestion": "systemone_systemone_post_decisions_request_questions_box_question",
    "SystemoneSystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1": "systemone_systemone_post_decisions_request_questions_box_question_instructions_type_1",
    "SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestion": "systemone_systemone_post_decisions_request_questions_choice_question",
    "SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria": "systemone_systemone_post_decisions_request_questions_choice_question_criteria",
    "SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteriaAdditionalPropertyType1": "systemone_systemone_post_decisions_request_questions_choice_question_criteria_additional_property_type_1",
    "SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1": "systemone_systemone_post_decisions_request_questions_choice_question_instructions_type_1",
    "SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestion": "systemone_systemone_post_decisions_request_questions_noul_question",
    "SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0": "systemone_systemone_post_decisions_request_questions_noul_question_criteria_type_0",
    "SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0AdditionalPropertyType1": "systemone_systemone_post_decisions_request_questions_noul_question_criteria_type_0_additional_property_type_1",
    "SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1": "systemone_systemone_post_decisions_request_questions_noul_question_instructions_type_1",
    "SystemoneSystemonePostDecisionsRequestQuestionsScoreQuestion": "systemone_systemone_post_decisions_request_questions_score_question",
    "SystemoneSystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1": "systemone_systemone_post_decisions_request_questions_score_question_criteria_item_type_1",
    "SystemoneSystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1": "systemone_systemone_post_decisions_request_questions_score_question_instructions_type_1",
    "SystemoneSystemonePostDecisionsRequestStateType1": "systemone_systemone_post_decisions_request_state_type_1",
    "SystemoneV1SystemonePostDecisionsRequest": "systemone_v1_systemone_post_decisions_request",
    "SystemoneV1SystemonePostDecisionsRequestAssetsType0": "systemone_v1_systemone_post_decisions_request_assets_type_0",
    "SystemoneV1SystemonePostDecisionsRequestDecisionsBase64Audio": "systemone_v1_systemone_post_decisions_request_decisions_base_64_audio",
    "SystemoneV1SystemonePostDecisionsRequestDecisionsBase64Image": "systemone_v1_systemone_post_decisions_request_decisions_base_64_image",
    "SystemoneV1SystemonePostDecisionsRequestDecisionsBase64Video": "systemone_v1_systemone_post_decisions_request_decisions_base_64_video",
    "SystemoneV1SystemonePostDecisionsRequestQuestions": "systemone_v1_systemone_post_decisions_request_questions",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion": "systemone_v1_systemone_post_decisions_request_questions_box_question",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1": "systemone_v1_systemone_post_decisions_request_questions_box_question_instructions_type_1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion": "systemone_v1_systemone_post_decisions_request_questions_choice_question",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria": "systemone_v1_systemone_post_decisions_request_questions_choice_question_criteria",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestionCriteriaAdditionalPropertyType1": "systemone_v1_systemone_post_decisions_request_questions_choice_question_criteria_additional_property_type_1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1": "systemone_v1_systemone_post_decisions_request_questions_choice_question_instructions_type_1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion": "systemone_v1_systemone_post_decisions_request_questions_noul_question",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0": "systemone_v1_systemone_post_decisions_request_questions_noul_question_criteria_type_0",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0AdditionalPropertyType1": "systemone_v1_systemone_post_decisions_request_questions_noul_question_criteria_type_0_additional_property_type_1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1": "systemone_v1_systemone_post_decisions_request_questions_noul_question_instructions_type_1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion": "systemone_v1_systemone_post_decisions_request_questions_score_question",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1": "systemone_v1_systemone_post_decisions_request_questions_score_question_criteria_item_type_1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1": "systemone_v1_systemone_post_decisions_request_questions_score_question_instructions_type_1",
    "SystemoneV1SystemonePostDecisionsRequestStateType1": "systemone_v1_systemone_post_decisions_request_state_type_1",
    "TagActiveUsersResponse": "tag_active_users_response",
    "TagDeleteRequest": "tag_delete_request",
    "TagInfoRequest": "tag_info_request",
    "TagNewRequest": "tag_new_request",
    "TagNewRequestModelInfoType0": "tag_new_request_model_info_type_0",
    "TagNewRequestModelMaxBudgetType0": "tag_new_request_model_max_budget_type_0",
    "TagSummaryMetrics": "tag_summary_metrics",
    "TagSummaryResponse": "tag_summary_response",
    "TagUpdateRequest": "tag_update_request",
    "TagUpdateRequestModelInfoType0": "tag_update_request_model_info_type_0",
    "TagUpdateRequestModelMaxBudgetType0": "tag_update_request_model_max_budget_type_0",
    "TeamAddMemberResponse": "team_add_member_response",
    "TeamAddMemberResponseMetadataType0": "team_add_member_response_metadata_type_0",
    "TeamAddMemberResponseModelMaxBudgetType0": "team_add_member_response_model_max_budget_type_0",
    "TeamAddMemberResponseModelSpendType0": "team_add_member_response_model_spend_type_0",
    "TeamAddMemberResponseRouterSettingsType0": "team_add_member_response_router_settings_type_0",
    "TeamCallbackDeleteResponse": "team_callback_delete_response",
    "TeamCallbackDeleteResponseData": "team_callback_delete_response_data",
    "TeamInfoResponse": "team_info_response",
    "TeamListCallerMembership": "team_list_caller_membership",
    "TeamListItem": "team_list_item",
    "TeamListItemMetadataType0": "team_list_item_metadata_type_0",
    "TeamListItemModelMaxBudgetType0": "team_list_item_model_max_budget_type_0",
    "TeamListItemModelSpendType0": "team_list_item_model_spend_type_0",
    "TeamListItemRouterSettingsType0": "team_list_item_router_settings_type_0",
    "TeamListResponse": "team_list_response",
    "TeamMappings": "team_mappings",
    "TeamMemberAddRequest": "team_member_add_request",
    "TeamMemberAddResult": "team_member_add_result",
    "TeamMemberAddResultUpdatedTeamMembershipType0": "team_member_add_result_updated_team_membership_type_0",
    "TeamMemberAddResultUpdatedUserType0": "team_member_add_result_updated_user_type_0",
    "TeamMemberBudgetPatch": "team_member_budget_patch",
    "TeamMemberBudgetUpdateResult": "team_member_budget_update_result",
    "TeamMemberBudgetUpdateResultMaxBudgetSourceType0": "team_member_budget_update_result_max_budget_source_type_0",
    "TeamMemberDeleteRequest": "team_member_delete_request",
    "TeamMemberDeleteResult": "team_member_delete_result",
    "TeamMemberInfoResponse": "team_member_info_response",
    "TeamMemberRef": "team_member_ref",
    "TeamMemberResetBudgetResponse": "team_member_reset_budget_response",
    "TeamMemberResetBudgetResponseBudgetSource": "team_member_reset_budget_response_budget_source",
    "TeamMemberUpdateRequest": "team_member_update_request",
    "TeamMemberUpdateRequestModelMaxBudgetType0": "team_member_update_request_model_max_budget_type_0",
    "TeamMemberUpdateRequestRoleType0": "team_member_update_request_role_type_0",
    "TeamMemberUpdateResponse": "team_member_update_response",
    "TeamMemberUpdateResponseModelMaxBudgetType0": "team_member_update_response_model_max_budget_type_0",
    "TeamMetadataFieldSchema": "team_metadata_field_schema",
    "TeamMetadataSchemaResponse": "team_metadata_schema_response",
    "TeamModelAddRequest": "team_model_add_request",
    "TeamModelDeleteRequest": "team_model_delete_request",
    "TeamUserSpendResponse": "team_user_spend_response",
    "TeamUserSpendRow": "team_user_spend_row",
    "TelemetryDestination": "telemetry_destination",
    "TelemetryGroup": "telemetry_group",
    "TelemetryGroupInfo": "telemetry_group_info",
    "TelemetryReportsResponse": "telemetry_reports_response",
    "TelemetrySettingsResponse": "telemetry_settings_response",
    "TelemetrySettingsResponseReportType0": "telemetry_settings_response_report_type_0",
    "TelemetrySettingsUpdate": "telemetry_settings_update",
    "TestCustomCodeGuardrailRequest": "test_custom_code_guardrail_request",
    "TestCustomCodeGuardrailRequestRequestDataType0": "test_custom_code_guardrail_request_request_data_type_0",
    "TestCustomCodeGuardrailRequestTestInput": "test_custom_code_guardrail_request_test_input",
    "TestCustomCodeGuardrailResponse": "test_custom_code_guardrail_response",
    "TestCustomCodeGuardrailResponseResultType0": "test_custom_code_guardrail_response_result_type_0",
    "TestCyberarkConnectionConfigOverridesCyberarkTestConnectionPostResponseTestCyberarkConnectionConfigOverridesCyberarkTestConnectionPost": "test_cyberark_connection_config_overrides_cyberark_test_connection_post_response_test_cyberark_connection_config_overrides_cyberark_test_connection_post",
    "TestPoliciesAndGuardrailsRequest": "test_policies_and_guardrails_request",
    "TestPoliciesAndGuardrailsRequestInputType": "test_policies_and_guardrails_request_input_type",
    "TestPoliciesAndGuardrailsRequestRequestData": "test_policies_and_guardrails_request_request_data",
    "TestPolicyTemplateRequest": "test_policy_template_request",
    "TestPolicyTemplateRequestGuardrailDefinitionsItem": "test_policy_template_request_guardrail_definitions_item",
    "TestPolicyTemplateResponse": "test_policy_template_response",
    "TestPromptRequest": "test_prompt_request",
    "TestPromptRequestConversationHistoryType0Item": "test_prompt_request_conversation_history_type_0_item",
    "TestPromptRequestPromptVariablesType0": "test_prompt_request_prompt_variables_type_0",
    "TestSearchToolConnectionRequest": "test_search_tool_connection_request",
    "TestSearchToolConnectionRequestLitellmParams": "test_search_tool_connection_request_litellm_params",
    "Text": "text",
    "TierCohortStatistic": "tier_cohort_statistic",
    "TierDataset": "tier_dataset",
    "TierDefinition": "tier_definition",
    "TierDomainStatistic": "tier_domain_statistic",
    "TierGlobalStatistic": "tier_global_statistic",
    "Timeout": "timeout",
    "TokenCountDetailsResponse": "token_count_details_response",
    "TokenCountDetailsResponseLitellmCountSource": "token_count_details_response_litellm_count_source",
    "TokenCountRequest": "token_count_request",
    "TokenCountRequestContentsType0Item": "token_count_request_contents_type_0_item",
    "TokenCountRequestMessagesType0Item": "token_count_request_messages_type_0_item",
    "TokenCountRequestToolsType0Item": "token_count_request_tools_type_0_item",
    "TokenCountResponse": "token_count_response",
    "TokenCountResponseCountSourceType0": "token_count_response_count_source_type_0",
    "TokenCountResponseOriginalResponseType0": "token_count_response_original_response_type_0",
    "ToolChoiceAllowedParam": "tool_choice_allowed_param",
    "ToolChoiceAllowedParamMode": "tool_choice_allowed_param_mode",
    "ToolChoiceAllowedParamToolsItem": "tool_choice_allowed_param_tools_item",
    "ToolChoiceApplyPatchParam": "tool_choice_apply_patch_param",
    "ToolChoiceCustomParam": "tool_choice_custom_param",
    "ToolChoiceFunctionParam": "tool_choice_function_param",
    "ToolChoiceMcpParam": "tool_choice_mcp_param",
    "ToolChoiceShellParam": "tool_choice_shell_param",
    "ToolChoiceSpecificProgrammaticToolCallingParam": "tool_choice_specific_programmatic_tool_calling_param",
    "ToolChoiceTypesParam": "tool_choice_types_param",
    "ToolChoiceTypesParamType": "tool_choice_types_param_type",
    "ToolCodeInterpreter": "tool_code_interpreter",
    "ToolCodeInterpreterAllowedCallersType0Item": "tool_code_interpreter_allowed_callers_type_0_item",
    "ToolCodeInterpreterContainerCodeInterpreterToolAuto": "tool_code_interpreter_container_code_interpreter_tool_auto",
    "ToolCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0": "tool_code_interpreter_container_code_interpreter_tool_auto_memory_limit_type_0",
    "ToolDetailResponse": "tool_detail_response",
    "ToolDiscoveryUser": "tool_discovery_user",
    "ToolFunction": "tool_function",
    "ToolFunctionAllowedCallersType0Item": "tool_function_allowed_callers_type_0_item",
    "ToolFunctionOutputSchemaType0": "tool_function_output_schema_type_0",
    "ToolImageGeneration": "tool_image_generation",
    "ToolImageGenerationAction": "tool_image_generation_action",
    "ToolImageGenerationBackground": "tool_image_generation_background",
    "ToolImageGenerationComplexity": "tool_image_generation_complexity",
    "ToolImageGenerationInputFidelityType0": "tool_image_generation_input_fidelity_type_0",
    "ToolImageGenerationInputImageMask": "tool_image_generation_input_image_mask",
    "ToolImageGenerationModelType1": "tool_image_generation_model_type_1",
    "ToolImageGenerationModeration": "tool_image_generation_moderation",
    "ToolImageGenerationOutputFormat": "tool_image_generation_output_format",
    "ToolImageGenerationQuality": "tool_image_generation_quality",
    "ToolImageGenerationSizeType1": "tool_image_generation_size_type_1",
    "ToolImageGenerationSvg": "tool_image_generation_svg",
    "ToolImageGenerationSvgReasoning": "tool_image_generation_svg_reasoning",
    "ToolImageGenerationSvgReasoningEffort": "tool_image_generation_svg_reasoning_effort",
    "ToolListResponse": "tool_list_response",
    "ToolLocalShell": "tool_local_shell",
    "ToolMcp": "tool_mcp",
    "ToolMcpAllowedCallersType0Item": "tool_mcp_allowed_callers_type_0_item",
    "ToolMcpAllowedToolsMcpToolFilter": "tool_mcp_allowed_tools_mcp_tool_filter",
    "ToolMcpConnectorId": "tool_mcp_connector_id",
    "ToolMcpHeadersType0": "tool_mcp_headers_type_0",
    "ToolMcpRequireApprovalMcpToolApprovalFilter": "tool_mcp_require_approval_mcp_tool_approval_filter",
    "ToolMcpRequireApprovalMcpToolApprovalFilterAlways": "tool_mcp_require_approval_mcp_tool_approval_filter_always",
    "ToolMcpRequireApprovalMcpToolApprovalFilterNever": "tool_mcp_require_approval_mcp_tool_approval_filter_never",
    "ToolMcpRequireApprovalType1": "tool_mcp_require_approval_type_1",
    "ToolPermissionRule": "tool_permission_rule",
    "ToolPermissionRuleAllowedParamPatternsType0": "tool_permission_rule_allowed_param_patterns_type_0",
    "ToolPermissionRuleDecision": "tool_permission_rule_decision",
    "ToolPolicyOption": "tool_policy_option",
    "ToolPolicyOptionsResponse": "tool_policy_options_response",
    "ToolPolicyOverrideRow": "tool_policy_override_row",
    "ToolPolicyOverrideRowInputPolicy": "tool_policy_override_row_input_policy",
    "ToolPolicyUpdateRequest": "tool_policy_update_request",
    "ToolPolicyUpdateRequestInputPolicyType0": "tool_policy_update_request_input_policy_type_0",
    "ToolPolicyUpdateRequestOutputPolicyType0": "tool_policy_update_request_output_policy_type_0",
    "ToolPolicyUpdateResponse": "tool_policy_update_response",
    "ToolPolicyUpdateResponseInputPolicyType0": "tool_policy_update_response_input_policy_type_0",
    "ToolPolicyUpdateResponseOutputPolicyType0": "tool_policy_update_response_output_policy_type_0",
    "ToolProgrammaticToolCalling": "tool_programmatic_tool_calling",
    "ToolSearchCall": "tool_search_call",
    "ToolSearchCallExecution": "tool_search_call_execution",
    "ToolSearchCallStatusType0": "tool_search_call_status_type_0",
    "ToolSearchOutputNamespaceToolParam": "tool_search_output_namespace_tool_param",
    "ToolSearchTool": "tool_search_tool",
    "ToolSearchToolExecutionType0": "tool_search_tool_execution_type_0",
    "ToolSearchToolParam": "tool_search_tool_param",
    "ToolSearchToolParamExecution": "tool_search_tool_param_execution",
    "ToolSpendDailyEntry": "tool_spend_daily_entry",
    "ToolSpendEntry": "tool_spend_entry",
    "ToolSpendResponse": "tool_spend_response",
    "ToolUsageLogEntry": "tool_usage_log_entry",
    "ToolUsageLogsResponse": "tool_usage_logs_response",
    "TopLogprob": "top_logprob",
    "Trace": "trace",
    "TraceAgent": "trace_agent",
    "TraceAgentList": "trace_agent_list",
    "TracePage": "trace_page",
    "TraceQueryAttributeField": "trace_query_attribute_field",
    "TraceQueryAttributes": "trace_query_attributes",
    "TraceQueryAttributesTable": "trace_query_attributes_table",
    "TraceQueryColumn": "trace_query_column",
    "TraceQueryExample": "trace_query_example",
    "TraceQueryHelp": "trace_query_help",
    "TraceQueryMetadata": "trace_query_metadata",
    "TraceQueryMetadataField": "trace_query_metadata_field",
    "TraceQueryMetadataFieldTypesItem": "trace_query_metadata_field_types_item",
    "TraceQueryMetadataTable": "trace_query_metadata_table",
    "TraceQueryNormalizedField": "trace_query_normalized_field",
    "TraceQueryNormalizedFieldTable": "trace_query_normalized_field_table",
    "TraceQueryRelationship": "trace_query_relationship",
    "TraceQueryRequest": "trace_query_request",
    "TraceQueryTable": "trace_query_table",
    "TraceQueryTableName": "trace_query_table_name",
    "TraceSQLResponse": "trace_sql_response",
    "TraceSQLResponseDataItem": "trace_sql_response_data_item",
    "TraceSummary": "trace_summary",
    "TraceSummaryStatus": "trace_summary_status",
    "TrainedTierArtifact": "trained_tier_artifact",
    "TranscriptionDetectedLanguage": "transcription_detected_language",
    "TranscriptionResponse": "transcription_response",
    "TranscriptionUsageDurationObject": "transcription_usage_duration_object",
    "TranscriptionUsageInputTokenDetailsObject": "transcription_usage_input_token_details_object",
    "TranscriptionUsageTokensObject": "transcription_usage_tokens_object",
    "TransformRequestBody": "transform_request_body",
    "TransformRequestBodyRequestBody": "transform_request_body_request_body",
    "TypeAction": "type_action",
    "UIAction": "ui_action",
    "UiDiscoveryEndpoints": "ui_discovery_endpoints",
    "UIEventAccepted": "ui_event_accepted",
    "UIEventBody": "ui_event_body",
    "UIEventsEnabledResponse": "ui_events_enabled_response",
    "UIField": "ui_field",
    "UIFields": "ui_fields",
    "UIMessage": "ui_message",
    "UIMessageRole": "ui_message_role",
    "UIMessages": "ui_messages",
    "UISettingsResponse": "ui_settings_response",
    "UISettingsResponseFieldSchema": "ui_settings_response_field_schema",
    "UISettingsResponseSource": "ui_settings_response_source",
    "UISettingsResponseSourceAdditionalProperty": "ui_settings_response_source_additional_property",
    "UISettingsResponseValues": "ui_settings_response_values",
    "UIText": "ui_text",
    "UIThemeConfig": "ui_theme_config",
    "UIThemeSettingsResponse": "ui_theme_settings_response",
    "UIThemeSettingsResponseFieldSchema": "ui_theme_settings_response_field_schema",
    "UIThemeSettingsResponseValues": "ui_theme_settings_response_values",
    "UIToolCall": "ui_tool_call",
    "UiViewSpendLogsSpendLogsV2GetResponse200UiViewSpendLogsSpendLogsV2Get": "ui_view_spend_logs_spend_logs_v2_get_response_200_ui_view_spend_logs_spend_logs_v2_get",
    "UnblockUsersResponse": "unblock_users_response",
    "UnpinMcpServerToolsV1McpServerServerIdPinDeleteResponseUnpinMcpServerToolsV1McpServerServerIdPinDelete": "unpin_mcp_server_tools_v1_mcp_server_server_id_pin_delete_response_unpin_mcp_server_tools_v1_mcp_server_server_id_pin_delete",
    "UpdateCoordinationRedisSettingsCoordinationRedisSettingsPostResponseUpdateCoordinationRedisSettingsCoordinationRedisSettingsPost": "update_coordination_redis_settings_coordination_redis_settings_post_response_update_coordination_redis_settings_coordination_redis_settings_post",
    "UpdateCostDiscountConfigConfigCostDiscountConfigPatchCostDiscountConfig": "update_cost_discount_config_config_cost_discount_config_patch_cost_discount_config",
    "UpdateCostMarginConfigConfigCostMarginConfigPatchCostMarginConfig": "update_cost_margin_config_config_cost_margin_config_patch_cost_margin_config",
    "UpdateCostMarginConfigConfigCostMarginConfigPatchCostMarginConfigAdditionalPropertyType1": "update_cost_margin_config_config_cost_margin_config_patch_cost_margin_config_additional_property_type_1",
    "UpdateCredentialItem": "update_credential_item",
    "UpdateCredentialItemCredentialInfo": "update_credential_item_credential_info",
    "UpdateCredentialItemCredentialValuesType0": "update_credential_item_credential_values_type_0",
    "UpdateCustomerRequest": "update_customer_request",
    "UpdateCustomerRequestAllowedModelRegionType0": "update_customer_request_allowed_model_region_type_0",
    "UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost": "update_cyberark_config_config_overrides_cyberark_post_response_update_cyberark_config_config_overrides_cyberark_post",
    "UpdateDeployment": "update_deployment",
    "UpdateGuardrailRequest": "update_guardrail_request",
    "UpdateJWTKeyMappingRequest": "update_jwt_key_mapping_request",
    "UpdateKeyRequest": "update_key_request",
    "UpdateKeyRequestAliasesType0": "update_key_request_aliases_type_0",
    "UpdateKeyRequestBudgetFallbacksType0": "update_key_request_budget_fallbacks_type_0",
    "UpdateKeyRequestConfigType0": "update_key_request_config_type_0",
    "UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0": "update_key_request_default_estimated_output_tokens_per_model_type_0",
    "UpdateKeyRequestMcpRpmLimitType0": "update_key_request_mcp_rpm_limit_type_0",
    "UpdateKeyRequestMetadataType0": "update_key_request_metadata_type_0",
    "UpdateKeyRequestModelMaxBudgetType0": "update_key_request_model_max_budget_type_0",
    "UpdateKeyRequestModelRpmLimitType0": "update_key_request_model_rpm_limit_type_0",
    "UpdateKeyRequestModelTpmLimitType0": "update_key_request_model_tpm_limit_type_0",
    "UpdateKeyRequestPermissionsType0": "update_key_request_permissions_type_0",
    "UpdateKeyRequestRpmLimitTypeType0": "update_key_request_rpm_limit_type_type_0",
    "UpdateKeyRequestTagRpmLimitType0": "update_key_request_tag_rpm_limit_type_0",
    "UpdateKeyRequestTpmLimitTypeType0": "update_key_request_tpm_limit_type_type_0",
    "UpdateLiteLLMParams": "update_lite_llm_params",
    "UpdateLiteLLMParamsAdaptiveRouterConfigType0": "update_lite_llm_params_adaptive_router_config_type_0",
    "UpdateLiteLLMParamsComplexityRouterConfigType0": "update_lite_llm_params_complexity_router_config_type_0",
    "UpdateLiteLLMParamsModelInfoType0": "update_lite_llm_params_model_info_type_0",
    "UpdateLiteLLMParamsQualityRouterConfigType0": "update_lite_llm_params_quality_router_config_type_0",
    "UpdateLiteLLMParamsSearchContextCostPerQueryType0": "update_lite_llm_params_search_context_cost_per_query_type_0",
    "UpdateLiteLLMParamsStreamTimeoutByServiceTierType0": "update_lite_llm_params_stream_timeout_by_service_tier_type_0",
    "UpdateLiteLLMParamsSwitchyardRouterConfigType0": "update_lite_llm_params_switchyard_router_config_type_0",
    "UpdateLiteLLMParamsTieredPricingType0Item": "update_lite_llm_params_tiered_pricing_type_0_item",
    "UpdateLiteLLMParamsTimeoutByServiceTierType0": "update_lite_llm_params_timeout_by_service_tier_type_0",
    "UpdateLiteLLMParamsVertexCredentialsType1": "update_lite_llm_params_vertex_credentials_type_1",
    "UpdateMCPServerRequest": "update_mcp_server_request",
    "UpdateMCPServerRequestAuthTypeType0": "update_mcp_server_request_auth_type_type_0",
    "UpdateMCPServerRequestEnv": "update_mcp_server_request_env",
    "UpdateMCPServerRequestMcpInfoType0": "update_mcp_server_request_mcp_info_type_0",
    "UpdateMCPServerRequestOauth2FlowType0": "update_mcp_server_request_oauth_2_flow_type_0",
    "UpdateMCPServerRequestStaticHeadersType0": "update_mcp_server_request_static_headers_type_0",
    "UpdateMCPServerRequestToolNameToDescriptionType0": "update_mcp_server_request_tool_name_to_description_type_0",
    "UpdateMCPServerRequestToolNameToDisplayNameType0": "update_mcp_server_request_tool_name_to_display_name_type_0",
    "UpdateMCPServerRequestTransport": "update_mcp_server_request_transport",
    "UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch": "update_mcp_tool_search_settings_update_mcp_tool_search_settings_patch_response_update_mcp_tool_search_settings_update_mcp_tool_search_settings_patch",
    "UpdateMCPToolsetRequest": "update_mcp_toolset_request",
    "UpdateModelGroupRequest": "update_model_group_request",
    "UpdatePluginRequest": "update_plugin_request",
    "UpdatePluginRequestInstallationPreferenceType0": "update_plugin_request_installation_preference_type_0",
    "UpdatePluginRequestSource": "update_plugin_request_source",
    "UpdateProjectRequest": "update_project_request",
    "UpdateProjectRequestMetadataType0": "update_project_request_metadata_type_0",
    "UpdateProjectRequestModelItpmLimitType0": "update_project_request_model_itpm_limit_type_0",
    "UpdateProjectRequestModelMaxBudgetType0": "update_project_request_model_max_budget_type_0",
    "UpdateProjectRequestModelOtpmLimitType0": "update_project_request_model_otpm_limit_type_0",
    "UpdateProjectRequestModelRpmLimitType0": "update_project_request_model_rpm_limit_type_0",
    "UpdateProjectRequestModelTpmLimitType0": "update_project_request_model_tpm_limit_type_0",
    "UpdatePublicModelGroupsRequest": "update_public_model_groups_request",
    "UpdateRouterConfig": "update_router_config",
    "UpdateRouterConfigContentPolicyFallbacksType0Item": "update_router_config_content_policy_fallbacks_type_0_item",
    "UpdateRouterConfigContentPolicyFallbacksType0ItemAdditionalPropertyItemType1": "update_router_config_content_policy_fallbacks_type_0_item_additional_property_item_type_1",
    "UpdateRouterConfigContextWindowFallbacksType0Item": "update_router_config_context_window_fallbacks_type_0_item",
    "UpdateRouterConfigFallbacksType0Item": "update_router_config_fallbacks_type_0_item",
    "UpdateRouterConfigModelGroupAffinityConfigType0": "update_router_config_model_group_affinity_config_type_0",
    "UpdateRouterConfigModelGroupAliasType0": "update_router_config_model_group_alias_type_0",
    "UpdateRouterConfigModelGroupAliasType0AdditionalPropertyType1": "update_router_config_model_group_alias_type_0_additional_property_type_1",
    "UpdateRouterConfigModelGroupRetryPolicyType0": "update_router_config_model_group_retry_policy_type_0",
    "UpdateRouterConfigOptionalPreCallChecksType0Item": "update_router_config_optional_pre_call_checks_type_0_item",
    "UpdateRouterConfigRoutingStrategyArgsType0": "update_router_config_routing_strategy_args_type_0",
    "UpdateRouterConfigWeightsType0": "update_router_config_weights_type_0",
    "UpdateSearchToolRequest": "update_search_tool_request",
    "UpdateSubscriptionAccountFeeRequest": "update_subscription_account_fee_request",
    "UpdateTeamMemberPermissionsRequest": "update_team_member_permissions_request",
    "UpdateTeamRequest": "update_team_request",
    "UpdateTeamRequestDefaultEstimatedOutputTokensPerModelType0": "update_team_request_default_estimated_output_tokens_per_model_type_0",
    "UpdateTeamRequestEnforcedBatchOutputExpiresAfterType0": "update_team_request_enforced_batch_output_expires_after_type_0",
    "UpdateTeamRequestEnforcedFileExpiresAfterType0": "update_team_request_enforced_file_expires_after_type_0",
    "UpdateTeamRequestMcpRpmLimitType0": "update_team_request_mcp_rpm_limit_type_0",
    "UpdateTeamRequestMetadataType0": "update_team_request_metadata_type_0",
    "UpdateTeamRequestModelAliasesType0": "update_team_request_model_aliases_type_0",
    "UpdateTeamRequestModelMaxBudgetType0": "update_team_request_model_max_budget_type_0",
    "UpdateTeamRequestModelRpmLimitType0": "update_team_request_model_rpm_limit_type_0",
    "UpdateTeamRequestModelTpmLimitType0": "update_team_request_model_tpm_limit_type_0",
    "UpdateTeamRequestSecretManagerSettingsType0": "update_team_request_secret_manager_settings_type_0",
    "UpdateTeamRequestTeamMemberModelMaxBudgetType0": "update_team_request_team_member_model_max_budget_type_0",
    "UpdateUiSettingsUpdateUiSettingsPatchSettingsBody": "update_ui_settings_update_ui_settings_patch_settings_body",
    "UpdateUsefulLinksRequest": "update_useful_links_request",
    "UpdateUsefulLinksRequestUsefulLinks": "update_useful_links_request_useful_links",
    "UpdateUsefulLinksRequestUsefulLinksAdditionalPropertyType1": "update_useful_links_request_useful_links_additional_property_type_1",
    "UpdateUserBannerResponse": "update_user_banner_response",
    "UpdateUserRequest": "update_user_request",
    "UpdateUserRequestAliasesType0": "update_user_request_aliases_type_0",
    "UpdateUserRequestBudgetFallbacksType0": "update_user_request_budget_fallbacks_type_0",
    "UpdateUserRequestConfigType0": "update_user_request_config_type_0",
    "UpdateUserRequestMcpRpmLimitType0": "update_user_request_mcp_rpm_limit_type_0",
    "UpdateUserRequestMetadataType0": "update_user_request_metadata_type_0",
    "UpdateUserRequestModelMaxBudgetType0": "update_user_request_model_max_budget_type_0",
    "UpdateUserRequestModelRpmLimitType0": "update_user_request_model_rpm_limit_type_0",
    "UpdateUserRequestModelTpmLimitType0": "update_user_request_model_tpm_limit_type_0",
    "UpdateUserRequestNoUserIDorEmail": "update_user_request_no_user_i_dor_email",
    "UpdateUserRequestNoUserIDorEmailAliasesType0": "update_user_request_no_user_i_dor_email_aliases_type_0",
    "UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0": "update_user_request_no_user_i_dor_email_budget_fallbacks_type_0",
    "UpdateUserRequestNoUserIDorEmailConfigType0": "update_user_request_no_user_i_dor_email_config_type_0",
    "UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0": "update_user_request_no_user_i_dor_email_mcp_rpm_limit_type_0",
    "UpdateUserRequestNoUserIDorEmailMetadataType0": "update_user_request_no_user_i_dor_email_metadata_type_0",
    "UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0": "update_user_request_no_user_i_dor_email_model_max_budget_type_0",
    "UpdateUserRequestNoUserIDorEmailModelRpmLimitType0": "update_user_request_no_user_i_dor_email_model_rpm_limit_type_0",
    "UpdateUserRequestNoUserIDorEmailModelTpmLimitType0": "update_user_request_no_user_i_dor_email_model_tpm_limit_type_0",
    "UpdateUserRequestNoUserIDorEmailPermissionsType0": "update_user_request_no_user_i_dor_email_permissions_type_0",
    "UpdateUserRequestNoUserIDorEmailTagRpmLimitType0": "update_user_request_no_user_i_dor_email_tag_rpm_limit_type_0",
    "UpdateUserRequestNoUserIDorEmailUserRoleType0": "update_user_request_no_user_i_dor_email_user_role_type_0",
    "UpdateUserRequestPermissionsType0": "update_user_request_permissions_type_0",
    "UpdateUserRequestTagRpmLimitType0": "update_user_request_tag_rpm_limit_type_0",
    "UpdateUserRequestUserRoleType0": "update_user_request_user_role_type_0",
    "UploadPluginRequest": "upload_plugin_request",
    "UploadPluginRequestInstallationPreferenceType0": "upload_plugin_request_installation_preference_type_0",
    "UsageChartPoint": "usage_chart_point",
    "UsageDetailResponse": "usage_detail_response",
    "UsageDetailResponseCostByKey": "usage_detail_response_cost_by_key",
    "UsageDetailResponseCostByTeam": "usage_detail_response_cost_by_team",
    "UsageDetailResponseCostByUnit": "usage_detail_response_cost_by_unit",
    "UsageDetailResponseUntrackedUsageUnits": "usage_detail_response_untracked_usage_units",
    "UsageDetailResponseUntrackedUsageUnitsByKey": "usage_detail_response_untracked_usage_units_by_key",
    "UsageDetailResponseUntrackedUsageUnitsByKeyAdditionalProperty": "usage_detail_response_untracked_usage_units_by_key_additional_property",
    "UsageDetailResponseUntrackedUsageUnitsByTeam": "usage_detail_response_untracked_usage_units_by_team",
    "UsageDetailResponseUntrackedUsageUnitsByTeamAdditionalProperty": "usage_detail_response_untracked_usage_units_by_team_additional_property",
    "UsageDetailResponseUsageUnits": "usage_detail_response_usage_units",
    "UsageDetailResponseUsageUnitsByKey": "usage_detail_response_usage_units_by_key",
    "UsageDetailResponseUsageUnitsByKeyAdditionalProperty": "usage_detail_response_usage_units_by_key_additional_property",
    "UsageDetailResponseUsageUnitsByTeam": "usage_detail_response_usage_units_by_team",
    "UsageDetailResponseUsageUnitsByTeamAdditionalProperty": "usage_detail_response_usage_units_by_team_additional_property",
    "UsageLogEntry": "usage_log_entry",
    "UsageLogsResponse": "usage_logs_response",
    "UsageOverviewResponse": "usage_overview_response",
    "UsageOverviewResponseTotaluntrackedusageunits": "usage_overview_response_totaluntrackedusageunits",
    "UsageOverviewResponseTotalusageunits": "usage_overview_response_totalusageunits",
    "UsageOverviewRow": "usage_overview_row",
    "UsageOverviewRowUntrackedusageunits": "usage_overview_row_untrackedusageunits",
    "UsageOverviewRowUsageunits": "usage_overview_row_usageunits",
    "UsageUnitsDailyPoint": "usage_units_daily_point",
    "UsageUnitsDailyPointUnits": "usage_units_daily_point_units",
    "UserActivityRow": "user_activity_row",
    "UserAPIKeyAuth": "user_api_key_auth",
    "UserAPIKeyAuthAliases": "user_api_key_auth_aliases",
    "UserAPIKeyAuthAllowedModelRegionType0": "user_api_key_auth_allowed_model_region_type_0",
    "UserAPIKeyAuthBudgetFallbacks": "user_api_key_auth_budget_fallbacks",
    "UserAPIKeyAuthBudgetLimitsType0Item": "user_api_key_auth_budget_limits_type_0_item",
    "UserAPIKeyAuthConfig": "user_api_key_auth_config",
    "UserAPIKeyAuthEndUserModelMaxBudgetType0": "user_api_key_auth_end_user_model_max_budget_type_0",
    "UserAPIKeyAuthJwtClaimsType0": "user_api_key_auth_jwt_claims_type_0",
    "UserAPIKeyAuthLitellmBudgetTableType0": "user_api_key_auth_litellm_budget_table_type_0",
    "UserAPIKeyAuthMetadata": "user_api_key_auth_metadata",
    "UserAPIKeyAuthModelMaxBudget": "user_api_key_auth_model_max_budget",
    "UserAPIKeyAuthModelSpend": "user_api_key_auth_model_spend",
    "UserAPIKeyAuthOrganizationMetadataType0": "user_api_key_auth_organization_metadata_type_0",
    "UserAPIKeyAuthPermissions": "user_api_key_auth_permissions",
    "UserAPIKeyAuthProjectMetadataType0": "user_api_key_auth_project_metadata_type_0",
    "UserAPIKeyAuthRouterSettingsType0": "user_api_key_auth_router_settings_type_0",
    "UserAPIKeyAuthRpmLimitPerModelType0": "user_api_key_auth_rpm_limit_per_model_type_0",
    "UserAPIKeyAuthTeamMetadataType0": "user_api_key_auth_team_metadata_type_0",
    "UserAPIKeyAuthTeamModelAliasesType0": "user_api_key_auth_team_model_aliases_type_0",
    "UserAPIKeyAuthTeamModelMaxBudgetType0": "user_api_key_auth_team_model_max_budget_type_0",
    "UserAPIKeyAuthTpmLimitPerModelType0": "user_api_key_auth_tpm_limit_per_model_type_0",
    "UserAPIKeyAuthUserModelMaxBudgetType0": "user_api_key_auth_user_model_max_budget_type_0",
    "UserBanner": "user_banner",
    "UserBannerSeverity": "user_banner_severity",
    "UserBannerUpdate": "user_banner_update",
    "UserBannerUpdateSeverity": "user_banner_update_severity",
    "UserConnectionDeleteResponse": "user_connection_delete_response",
    "UserConnectionPollRequest": "user_connection_poll_request",
    "UserConnectionPollResponse": "user_connection_poll_response",
    "UserConnectionPollResponseStatus": "user_connection_poll_response_status",
    "UserConnectionStartResponse": "user_connection_start_response",
    "UserCreateResult": "user_create_result",
    "UserDeleteResult": "user_delete_result",
    "UserInfoResponse": "user_info_response",
    "UserInfoResponseUserInfoType0": "user_info_response_user_info_type_0",
    "UserInfoV2Response": "user_info_v2_response",
    "UserInfoV2ResponseMetadataType0": "user_info_v2_response_metadata_type_0",
    "UserInfoV2ResponseModelMaxBudgetType0": "user_info_v2_response_model_max_budget_type_0",
    "UserInfoV2ResponseModelMaxBudgetUsageType0": "user_info_v2_response_model_max_budget_usage_type_0",
    "UserInfoV2ResponseModelMaxBudgetUsageType0AdditionalProperty": "user_info_v2_response_model_max_budget_usage_type_0_additional_property",
    "UserListResponse": "user_list_response",
    "UserProviderConnection": "user_provider_connection",
    "UserProviderConnectionsResponse": "user_provider_connections_response",
    "UserUpdateResult": "user_update_result",
    "UserUpdateResultUpdatedUserType0": "user_update_result_updated_user_type_0",
    "ValidateBlockedWordsFileGuardrailsValidateBlockedWordsFilePostRequest": "validate_blocked_words_file_guardrails_validate_blocked_words_file_post_request",
    "ValidationError": "validation_error",
    "ValidationErrorContext": "validation_error_context",
    "VantageDryRunRequest": "vantage_dry_run_request",
    "VantageExportRequest": "vantage_export_request",
    "VantageExportResponse": "vantage_export_response",
    "VantageExportResponseDryRunDataType0": "vantage_export_response_dry_run_data_type_0",
    "VantageExportResponseSummaryType0": "vantage_export_response_summary_type_0",
    "VantageInitRequest": "vantage_init_request",
    "VantageInitResponse": "vantage_init_response",
    "VantageSettingsUpdate": "vantage_settings_update",
    "VantageSettingsView": "vantage_settings_view",
    "VectorStoreDeleteRequest": "vector_store_delete_request",
    "VectorStoreInfoRequest": "vector_store_info_request",
    "VectorStoreUpdateRequest": "vector_store_update_request",
    "VectorStoreUpdateRequestVectorStoreMetadataType0": "vector_store_update_request_vector_store_metadata_type_0",
    "Wait": "wait",
    "WebSearchInterceptionSettings": "web_search_interception_settings",
    "WebSearchInterceptionSettingsResponse": "web_search_interception_settings_response",
    "WebSearchInterceptionSettingsResponseFieldSchema": "web_search_interception_settings_response_field_schema",
    "WebSearchInterceptionSettingsResponseValues": "web_search_interception_settings_response_values",
    "WebSearchPreviewTool": "web_search_preview_tool",
    "WebSearchPreviewToolParam": "web_search_preview_tool_param",
    "WebSearchPreviewToolParamSearchContentTypesItem": "web_search_preview_tool_param_search_content_types_item",
    "WebSearchPreviewToolParamSearchContextSize": "web_search_preview_tool_param_search_context_size",
    "WebSearchPreviewToolParamType": "web_search_preview_tool_param_type",
    "WebSearchPreviewToolSearchContentTypesType0Item": "web_search_preview_tool_search_content_types_type_0_item",
    "WebSearchPreviewToolSearchContextSizeType0": "web_search_preview_tool_search_context_size_type_0",
    "WebSearchPreviewToolType": "web_search_preview_tool_type",
    "WebSearchTool": "web_search_tool",
    "WebSearchToolParam": "web_search_tool_param",
    "WebSearchToolParamSearchContextSize": "web_search_tool_param_search_context_size",
    "WebSearchToolParamType": "web_search_tool_param_type",
    "WebSearchToolSearchContextSizeType0": "web_search_tool_search_context_size_type_0",
    "WebSearchToolType": "web_search_tool_type",
    "WorkerRegistryEntry": "worker_registry_entry",
    "WorkflowEventCreateRequest": "workflow_event_create_request",
    "WorkflowEventCreateRequestDataType0": "workflow_event_create_request_data_type_0",
    "WorkflowMessageCreateRequest": "workflow_message_create_request",
    "WorkflowRunCreateRequest": "workflow_run_create_request",
    "WorkflowRunCreateRequestInputType0": "workflow_run_create_request_input_type_0",
    "WorkflowRunCreateRequestMetadataType0": "workflow_run_create_request_metadata_type_0",
    "WorkflowRunUpdateRequest": "workflow_run_update_request",
    "WorkflowRunUpdateRequestMetadataType0": "workflow_run_update_request_metadata_type_0",
    "WorkflowRunUpdateRequestOutputType0": "workflow_run_update_request_output_type_0",
    "WorkflowRunUpdateRequestStatusType0": "workflow_run_update_request_status_type_0",
}

__all__ = (
    "A2AJsonRpcResponse",
    "A2AJsonRpcResponseErrorType0",
    "APIKeySecurityScheme",
    "APIKeySecuritySchemeIn",
    "AccessControlUIAccessMode",
    "AccessGroupBudget",
    "AccessGroupBudgetRequest",
    "AccessGroupBudgetResponse",
    "AccessGroupCreateRequest",
    "AccessGroupCreateRequestMcpToolPermissionsType0",
    "AccessGroupInfo",
    "AccessGroupResource",
    "AccessGroupResponse",
    "AccessGroupResponseMcpToolPermissionsType0",
    "AccessGroupUpdateRequest",
    "AccessGroupUpdateRequestMcpToolPermissionsType0",
    "AcknowledgedSafetyCheck",
    "Action",
    "ActionClick",
    "ActionClickButton",
    "ActionDoubleClick",
    "ActionDrag",
    "ActionDragPath",
    "ActionFind",
    "ActionKeypress",
    "ActionMove",
    "ActionOpenPage",
    "ActionScreenshot",
    "ActionScroll",
    "ActionSearch",
    "ActionSearchSource",
    "ActionType",
    "ActionWait",
    "ActiveUsersAnalyticsResponse",
    "AdaptiveRouterWeights",
    "AddTeamCallback",
    "AddTeamCallbackCallbackTypeType0",
    "AddTeamCallbackCallbackVars",
    "AdditionalTools",
    "AdditionalToolsRole",
    "AdminIgnore",
    "AdminMCPPermissions",
    "AgentCapabilities",
    "AgentCard",
    "AgentCardSecuritySchemesType0",
    "AgentCardSecurityType0Item",
    "AgentCardSignature",
    "AgentCardSignatureHeaderType0",
    "AgentConfig",
    "AgentConfigExecutionMode",
    "AgentConfigLitellmParams",
    "AgentConfigStaticHeadersType0",
    "AgentCreateInfo",
    "AgentCreateInfoLitellmParamsTemplateType0",
    "AgentCredentialField",
    "AgentCredentialFieldFieldType",
    "AgentExtension",
    "AgentExtensionParamsType0",
    "AgentIdentityBinding",
    "AgentInterface",
    "AgentKeySummary",
    "AgentKillSwitchApiKeyAuth",
    "AgentKillSwitchBasicAuth",
    "AgentKillSwitchBearerAuth",
    "AgentKillSwitchConfig",
    "AgentKillSwitchConfigBodyType0",
    "AgentKillSwitchConfigHeaders",
    "AgentKillSwitchConfigMethod",
    "AgentKillSwitchConfigQueryParams",
    "AgentKillSwitchResult",
    "AgentKillSwitchResultMethod",
    "AgentMakePublicResponse",
    "AgentNode",
    "AgentObjectPermission",
    "AgentObjectPermissionMcpToolPermissionsType0",
    "AgentProvider",
    "AgentResponse",
    "AgentResponseAgentCardParams",
    "AgentResponseExecutionMode",
    "AgentResponseLitellmParamsType0",
    "AgentResponseObjectPermissionType0",
    "AgentResponseStaticHeadersType0",
    "AgentSkill",
    "AgentSkillSecurityType0Item",
    "AgentSkillsIndex",
    "AgentSkillsIndexEntry",
    "AllowedVectorStoreIndexItem",
    "AllowedVectorStoreIndexItemIndexPermissionsItem",
    "AnnotationContainerFileCitation",
    "AnnotationFileCitation",
    "AnnotationFilePath",
    "AnnotationURLCitation",
    "ApplyGuardrailApplyGuardrailPostResponse200Type1",
    "ApplyGuardrailGuardrailsApplyGuardrailPostResponse200Type1",
    "ApplyGuardrailRequest",
    "ApplyGuardrailRequestMessagesType0Item",
    "ApplyGuardrailRequestMetadataType0",
    "ApplyGuardrailResponse",
    "ApplyPatchCall",
    "ApplyPatchCallCallerDirect",
    "ApplyPatchCallCallerProgram",
    "ApplyPatchCallOperationCreateFile",
    "ApplyPatchCallOperationDeleteFile",
    "ApplyPatchCallOperationUpdateFile",
    "ApplyPatchCallOutput",
    "ApplyPatchCallOutputCallerDirect",
    "ApplyPatchCallOutputCallerProgram",
    "ApplyPatchCallOutputStatus",
    "ApplyPatchCallStatus",
    "ApplyPatchTool",
    "ApplyPatchToolAllowedCallersType0Item",
    "ApplyPatchToolParam",
    "ApplyPatchToolParamAllowedCallersType0Item",
    "AttachmentImpactResponse",
    "AuditLogResponse",
    "AuditLogResponseBeforeValueType0",
    "AuditLogResponseUpdatedValuesType0",
    "AutoRouterAllowance",
    "AutoRouterAvailabilityRequest",
    "AutoRouterAvailabilityRequestComplexityRouterConfigType0",
    "AutoRouterAvailabilityResponse",
    "AutoRouterBenchmarkGroup",
    "AutoRouterBenchmarkGroupTierTurns",
    "AutoRouterBenchmarkTotals",
    "AutoRouterBenchmarksResponse",
    "AutoRouterCacheBucket",
    "AutoRouterCacheStats",
    "AutoRouterClassifierDefaultPromptResponse",
    "AutoRouterClassifierPromptPreviewRequest",
    "AutoRouterClassifierPromptPreviewRequestTierLabelsType0",
    "AutoRouterPresetConfig",
    "AutoRouterPresetRecord",
    "AutoRouterPresetTiers",
    "AutoRouterRoutingTestRequest",
    "AutoRouterRoutingTestRequestMessagesType0Item",
    "AutoRouterRoutingTestRequestSystemType1Item",
    "AutoRouterRoutingTestRequestToolsType0Item",
    "AutoRouterRoutingTestResponse",
    "AutoRouterSessionResponse",
    "AutoRouterSessionResponseBaselineModels",
    "AwsSessionTag",
    "BackgroundChatSettings",
    "BackgroundChatSettingsResponse",
    "BaseLitellmParams",
    "BaseLitellmParamsAdditionalProviderSpecificParamsType0",
    "BaseLitellmParamsDetectSecretsConfigType0",
    "BaseLitellmParamsLoggingOnlyScopeType0",
    "BaseLitellmParamsMcpBlockBehaviorType0",
    "BaseLitellmParamsOnSensitiveDataType0",
    "BaseLitellmParamsOnViolationType0",
    "BaseLitellmParamsStreamScopeType0",
    "BaseLitellmParamsStreamScopeType1",
    "BaseLitellmParamsStreamScopeType1AdditionalProperty",
    "BaseLitellmParamsUnreachableFallback",
    "BaseModel",
    "BedrockChecksConfigModel",
    "BedrockChecksContentFilterCategoryItem",
    "BedrockChecksContentFilterCategoryItemCategory",
    "BedrockChecksContentFilterModel",
    "BedrockChecksPromptAttackCategoryItem",
    "BedrockChecksPromptAttackCategoryItemCategory",
    "BedrockChecksPromptAttackModel",
    "BedrockChecksSensitiveInformationEntityItem",
    "BedrockChecksSensitiveInformationEntityItemType",
    "BedrockChecksSensitiveInformationModel",
    "BedrockGuardrailOutputScope",
    "BillingPeriod",
    "BlockKeyRequest",
    "BlockModelRequest",
    "BlockTeamRequest",
    "BlockUnpricedModelsRequest",
    "BlockUnpricedModelsResponse",
    "BlockUsers",
    "BlockUsersResponse",
    "BlockedWord",
    "BlogPost",
    "BlogPostsResponse",
    "BodyAudioTranscriptionsAudioTranscriptionsPost",
    "BodyAudioTranscriptionsV1AudioTranscriptionsPost",
    "BodyAuthorizeCompleteAuthorizeCompletePost",
    "BodyConvertPromptFileToJsonUtilsDotpromptJsonConverterPost",
    "BodyCreateFileFilesPost",
    "BodyCreateFileProviderV1FilesPost",
    "BodyCreateFileV1FilesPost",
    "BodyImageEditApiImagesEditsPost",
    "BodyImageEditApiOpenaiDeploymentsModelImagesEditsPost",
    "BodyImageEditApiV1ImagesEditsPost",
    "BodyIntrospectEndpointIntrospectPost",
    "BodyReplaceSkillArchiveSkillHubSkillsNameUploadPut",
    "BodyRevokeEndpointRevokePost",
    "BodyTestModelConnectionHealthTestConnectionPost",
    "BodyTestModelConnectionHealthTestConnectionPostLitellmParams",
    "BodyTestModelConnectionHealthTestConnectionPostModeType0",
    "BodyTestModelConnectionHealthTestConnectionPostModelInfo",
    "BodyTokenEndpointMcpServerNameTokenPost",
    "BodyTokenEndpointTokenPost",
    "BodyUploadLogoUploadLogoPost",
    "BodyUploadPluginClaudeCodePluginsUploadPost",
    "BodyUploadSkillSkillHubSkillsUploadPost",
    "BodyVideoCreateCharacterV1VideosCharactersPost",
    "BodyVideoCreateCharacterVideosCharactersPost",
    "BodyVideoGenerationV1VideosPost",
    "BodyVideoGenerationVideosPost",
    "BoxAnswer",
    "BreakdownMetrics",
    "BreakdownMetricsApiKeys",
    "BreakdownMetricsEndpoints",
    "BreakdownMetricsEntities",
    "BreakdownMetricsGuardrails",
    "BreakdownMetricsMcpServers",
    "BreakdownMetricsModelGroups",
    "BreakdownMetricsModels",
    "BreakdownMetricsProviders",
    "BudgetConfig",
    "BudgetDeleteRequest",
    "BudgetLimitEntry",
    "BudgetListItem",
    "BudgetNewRequest",
    "BudgetNewRequestModelMaxBudgetType0",
    "BudgetRequest",
    "BulkDeleteUserRequest",
    "BulkDeleteUsersResponse",
    "BulkNewUserItem",
    "BulkNewUserItemAliasesType0",
    "BulkNewUserItemBudgetFallbacksType0",
    "BulkNewUserItemConfigType0",
    "BulkNewUserItemMcpRpmLimitType0",
    "BulkNewUserItemMetadataType0",
    "BulkNewUserItemModelMaxBudgetType0",
    "BulkNewUserItemModelRpmLimitType0",
    "BulkNewUserItemModelTpmLimitType0",
    "BulkNewUserItemPermissionsType0",
    "BulkNewUserItemTagRpmLimitType0",
    "BulkNewUserItemUserRoleType0",
    "BulkNewUserMeta",
    "BulkNewUserRequest",
    "BulkNewUserResponse",
    "BulkTeamMemberAddRequest",
    "BulkTeamMemberAddResponse",
    "BulkTeamMemberAddResponseUpdatedTeamType0",
    "BulkTeamMemberBudgetUpdateRequest",
    "BulkTeamMemberBudgetUpdateResponse",
    "BulkTeamMemberDeleteRequest",
    "BulkTeamMemberDeleteResponse",
    "BulkUpdateKeyRequest",
    "BulkUpdateKeyRequestItem",
    "BulkUpdateKeyResponse",
    "BulkUpdateTeamKeysRequest",
    "BulkUpdateTeamMemberPermissionsRequest",
    "BulkUpdateTeamMemberPermissionsResponse",
    "BulkUpdateUserRequest",
    "BulkUpdateUserResponse",
    "CacheCostScenario",
    "CacheEvidence",
    "CacheLeakageKeysResponse",
    "CachePingResponse",
    "CachePingResponseHealthCheckCacheParamsType0",
    "CachePredictionArm",
    "CachePredictionArmCacheState",
    "CachePredictionRequest",
    "CachePredictionRequestRequest",
    "CachePredictionResponse",
    "CacheSettingsField",
    "CacheSettingsResponse",
    "CacheSettingsResponseCurrentValues",
    "CacheSettingsResponseRedisTypeDescriptions",
    "CacheSettingsUpdateRequest",
    "CacheSettingsUpdateRequestCacheSettings",
    "CacheTestRequest",
    "CacheTestRequestCacheSettings",
    "CacheTestResponse",
    "CacheTokenBuckets",
    "CacheWriteTokensDetails",
    "CachedTokensDetails",
    "CalculateSpendSpendCalculatePostResponse200",
    "CallTypes",
    "CallbackLogFailure",
    "CallbackLogRecord",
    "CallbackLogRecordStandardLoggingPayload",
    "CallbackLogRecordStatus",
    "CallbackLogsRequest",
    "CallbackLogsResponse",
    "CallbacksByType",
    "CallerDirect",
    "CallerProgram",
    "CancelEvalResponse",
    "CancelRunResponse",
    "CapabilityCalibrationConfig",
    "CapabilityClassifierConfig",
    "CapabilityClassifierConfigResponseFormat",
    "CaptureRateDay",
    "CaptureRateReport",
    "ChangePasswordRequest",
    "ChangePasswordResponse",
    "ChatCompletionAnnotation",
    "ChatCompletionAnnotationURLCitation",
    "ChatCompletionAssistantMessage",
    "ChatCompletionAssistantToolCall",
    "ChatCompletionAudioObject",
    "ChatCompletionAudioResponse",
    "ChatCompletionCachedContent",
    "ChatCompletionCachedContentTtl",
    "ChatCompletionChatCompletionsPostBody",
    "ChatCompletionChatCompletionsPostBodyContextWindowFallbackDictType0",
    "ChatCompletionChatCompletionsPostBodyFunctionCallType1",
    "ChatCompletionChatCompletionsPostBodyFunctionsType0Item",
    "ChatCompletionChatCompletionsPostBodyLogitBiasType0",
    "ChatCompletionChatCompletionsPostBodyMetadataType0",
    "ChatCompletionChatCompletionsPostBodyResponseFormatType0",
    "ChatCompletionChatCompletionsPostBodyStreamOptionsType0",
    "ChatCompletionChatCompletionsPostBodyToolChoiceType1",
    "ChatCompletionChatCompletionsPostBodyToolsType0Item",
    "ChatCompletionCustomToolCallPayload",
    "ChatCompletionDeveloperMessage",
    "ChatCompletionDocumentObject",
    "ChatCompletionEnginesModelChatCompletionsPostBody",
    "ChatCompletionEnginesModelChatCompletionsPostBodyContextWindowFallbackDictType0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyFunctionCallType1",
    "ChatCompletionEnginesModelChatCompletionsPostBodyFunctionsType0Item",
    "ChatCompletionEnginesModelChatCompletionsPostBodyLogitBiasType0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyMetadataType0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyResponseFormatType0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyStreamOptionsType0",
    "ChatCompletionEnginesModelChatCompletionsPostBodyToolChoiceType1",
    "ChatCompletionEnginesModelChatCompletionsPostBodyToolsType0Item",
    "ChatCompletionFileObject",
    "ChatCompletionFileObjectFile",
    "ChatCompletionFileObjectFileVideoMetadata",
    "ChatCompletionFunctionMessage",
    "ChatCompletionImageObject",
    "ChatCompletionImageUrlObject",
    "ChatCompletionImageUrlObjectVideoMetadata",
    "ChatCompletionInputAudio",
    "ChatCompletionMessageCustomToolCall",
    "ChatCompletionMessageToolCall",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBody",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyContextWindowFallbackDictType0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyFunctionCallType1",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyFunctionsType0Item",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyLogitBiasType0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyMetadataType0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyResponseFormatType0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyStreamOptionsType0",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyToolChoiceType1",
    "ChatCompletionOpenaiDeploymentsModelChatCompletionsPostBodyToolsType0Item",
    "ChatCompletionReasoningItem",
    "ChatCompletionReasoningSummaryTextBlock",
    "ChatCompletionRedactedThinkingBlock",
    "ChatCompletionRedactedThinkingBlockCacheControlType0",
    "ChatCompletionSystemMessage",
    "ChatCompletionTextObject",
    "ChatCompletionThinkingBlock",
    "ChatCompletionThinkingBlockCacheControlType0",
    "ChatCompletionTokenLogprob",
    "ChatCompletionToolCallChunk",
    "ChatCompletionToolCallFunctionChunk",
    "ChatCompletionToolCallFunctionChunkProviderSpecificFieldsType0",
    "ChatCompletionToolMessage",
    "ChatCompletionToolParam",
    "ChatCompletionToolParamFunctionChunk",
    "ChatCompletionToolParamFunctionChunkParameters",
    "ChatCompletionToolReferenceObject",
    "ChatCompletionUserMessage",
    "ChatCompletionV1ChatCompletionsPostBody",
    "ChatCompletionV1ChatCompletionsPostBodyContextWindowFallbackDictType0",
    "ChatCompletionV1ChatCompletionsPostBodyFunctionCallType1",
    "ChatCompletionV1ChatCompletionsPostBodyFunctionsType0Item",
    "ChatCompletionV1ChatCompletionsPostBodyLogitBiasType0",
    "ChatCompletionV1ChatCompletionsPostBodyMetadataType0",
    "ChatCompletionV1ChatCompletionsPostBodyResponseFormatType0",
    "ChatCompletionV1ChatCompletionsPostBodyStreamOptionsType0",
    "ChatCompletionV1ChatCompletionsPostBodyToolChoiceType1",
    "ChatCompletionV1ChatCompletionsPostBodyToolsType0Item",
    "ChatCompletionVideoObject",
    "ChatCompletionVideoUrlObject",
    "ChoiceAnswer",
    "ChoiceAnswerProbabilities",
    "ChoiceLogprobs",
    "Choices",
    "ChoicesFinishReason",
    "ChoicesProviderSpecificFieldsType0",
    "CiscoAIDefenseGuardrailConfigModelOptionalParams",
    "CiscoAIDefenseGuardrailConfigModelOptionalParamsFallbackOnErrorType0",
    "CiscoAIDefenseGuardrailConfigModelOptionalParamsInspectionType",
    "CiscoAIDefenseRule",
    "CiscoAIDefenseRuleRuleName",
    "CitationsObject",
    "ClassificationRubric",
    "ClassifierLLMConfig",
    "ClassifierLLMConfigReasoningEffortType0",
    "ClassifierVisionConfig",
    "Click",
    "ClickButton",
    "CloudZeroExportRequest",
    "CloudZeroExportResponse",
    "CloudZeroExportResponseDryRunDataType0",
    "CloudZeroExportResponseSummaryType0",
    "CloudZeroInitRequest",
    "CloudZeroInitResponse",
    "CloudZeroSettingsUpdate",
    "CloudZeroSettingsView",
    "CodeInterpreter",
    "CodeInterpreterAllowedCallersType0Item",
    "CodeInterpreterContainerCodeInterpreterToolAuto",
    "CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0",
    "CodexPassthroughRouteBackendApiCodexEndpointGetEndpoint",
    "CodexPassthroughRouteBackendApiCodexEndpointPostBody",
    "CodexPassthroughRouteBackendApiCodexEndpointPostEndpoint",
    "CodexPassthroughRouteBackendApiCodexEndpointPostResponse200",
    "CompactionTrigger",
    "ComparisonFilter",
    "ComparisonFilterType",
    "ComplexityRouterConfigValidationRequest",
    "ComplexityRouterConfigValidationRequestComplexityRouterConfig",
    "ComplexityRouterConfigValidationResponse",
    "ComplexityScorerDefaults",
    "ComplexityScorerDefaultsDimensionWeights",
    "ComplexityScorerDefaultsTierBoundaries",
    "ComplexityScorerDefaultsTokenThresholds",
    "ComplexityTier",
    "ComplexityTierModel",
    "ComplexityTierModelLitellmParams",
    "ComplianceCheckRequest",
    "ComplianceCheckRequestGuardrailInformationType0Item",
    "ComplianceCheckResult",
    "ComplianceResponse",
    "CompoundFilter",
    "CompoundFilterType",
    "ComputerCallOutput",
    "ComputerCallOutputAcknowledgedSafetyCheck",
    "ComputerCallOutputStatusType0",
    "ComputerTool",
    "ComputerUsePreviewTool",
    "ComputerUsePreviewToolEnvironment",
    "ComputerUsePreviewToolParam",
    "ComputerUsePreviewToolParamEnvironment",
    "ConfigOverrideSettingsResponse",
    "ConfigOverrideSettingsResponseFieldSchema",
    "ConfigOverrideSettingsResponseValues",
    "ConfigurableClientsideParamsCustomAuthInput",
    "ConfigurableClientsideParamsCustomAuthOutput",
    "ContainerAuto",
    "ContainerAutoMemoryLimitType0",
    "ContainerAutoParam",
    "ContainerAutoParamMemoryLimitType0",
    "ContainerNetworkPolicyAllowlist",
    "ContainerNetworkPolicyAllowlistParam",
    "ContainerNetworkPolicyDisabled",
    "ContainerNetworkPolicyDisabledParam",
    "ContainerNetworkPolicyDomainSecret",
    "ContainerNetworkPolicyDomainSecretParam",
    "ContainerReference",
    "ContainerReferenceParam",
    "Content",
    "ContentFilterAction",
    "ContentFilterCategoryConfig",
    "ContentFilterCategoryConfigAction",
    "ContentFilterCategoryConfigSeverityThreshold",
    "ContentFilterPattern",
    "ContentFilterPatternPatternType",
    "ContextCompactionConfig",
    "ContextManagementEntry",
    "ConvertPromptFileToJsonUtilsDotpromptJsonConverterPostResponseConvertPromptFileToJsonUtilsDotpromptJsonConverterPost",
    "CoordinationRedisSettingsField",
    "CoordinationRedisSettingsFieldSection",
    "CoordinationRedisSettingsRequest",
    "CoordinationRedisSettingsRequestSettings",
    "CoordinationRedisSettingsResponse",
    "CoordinationRedisSettingsResponseSourceType0",
    "CoordinationRedisSettingsResponseValues",
    "CoordinationRedisTestResponse",
    "CostEstimateRequest",
    "CostEstimateResponse",
    "CreateCredentialItem",
    "CreateCredentialItemCredentialInfo",
    "CreateCredentialItemCredentialValuesType0",
    "CreateGuardrailRequest",
    "CreateJWTKeyMappingRequest",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1",
    "CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1",
    "CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item",
    "CreateSearchToolRequest",
    "CredentialItem",
    "CredentialItemCredentialInfo",
    "CredentialItemCredentialValues",
    "CredentialView",
    "CredentialViewCredentialInfo",
    "CredentialViewCredentialValues",
    "CredentialViewSource",
    "CustomDimension",
    "CustomDimensionScoringMode",
    "CustomTool",
    "CustomToolAllowedCallersType0Item",
    "CustomToolCallOutputItem",
    "CustomToolCallOutputItemStatusType0",
    "CustomToolParam",
    "CustomToolParamAllowedCallersType0Item",
    "CustomerResponse",
    "CustomerResponseAllowedModelRegionType0",
    "CyberArkConfig",
    "DailyActivityKeyPageResponse",
    "DailyActivityKeySearchResponse",
    "DailyActivityUserPageResponse",
    "DailySpendData",
    "DailySpendMetadata",
    "DailySpendMetadataEntityTotalApiKeysType0",
    "DecisionModelCheck",
    "DecisionModelCheckAction",
    "DecisionsBox",
    "DecisionsDecisionsPostOpenAIDecisionRequest",
    "DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio",
    "DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion",
    "DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel",
    "DecisionsResponse",
    "DecisionsResponseAnswers",
    "DecisionsUsage",
    "DecisionsV1DecisionsPostOpenAIDecisionRequest",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestDecisionsBase64Audio",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestDecisionsBase64Video",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion",
    "DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel",
    "DefaultInternalUserParams",
    "DefaultInternalUserParamsUserRoleType0",
    "DefaultTeamSSOParams",
    "DefaultTeamSettingsResponse",
    "DefaultTeamSettingsResponseFieldSchema",
    "DefaultTeamSettingsResponseValues",
    "DeleteAccessGroupBudgetResponse",
    "DeleteCustomerRequest",
    "DeleteCustomersResponse",
    "DeleteCyberarkConfigConfigOverridesCyberarkDeleteResponseDeleteCyberarkConfigConfigOverridesCyberarkDelete",
    "DeleteEvalResponse",
    "DeleteFallbackFallbackModelDeleteFallbackType",
    "DeleteJWTKeyMappingRequest",
    "DeleteModelGroupResponse",
    "DeleteOrganizationRequest",
    "DeleteProjectRequest",
    "DeleteResponseResult",
    "DeleteSkillResponse",
    "DeleteSubscriptionAccountRequest",
    "DeleteTeamRequest",
    "DeleteUserRequest",
    "Deployment",
    "DeploymentInfo",
    "DeploymentInfoLitellmParams",
    "DeploymentModelInfo",
    "DeploymentPricing",
    "DeploymentPricingCosts",
    "DeploymentWarning",
    "DeploymentWarningIgnoreResponse",
    "DeploymentWarningIgnoreUpdate",
    "DeploymentWarningSeverity",
    "DeploymentWarningsResponse",
    "DeprecationAlertState",
    "DeprecationAlertStatus",
    "DeprecationAlertUpdate",
    "DeprecationTagUsage",
    "DiscoverAgentRequest",
    "DiscoverAgentRequestParamsType0",
    "DiscoverAgentResponse",
    "DiscoverAgentResponseAgentCard",
    "DiscoveryMode",
    "DistinctTagResponse",
    "DistinctTagsResponse",
    "DocumentObject",
    "DoubleClick",
    "Drag",
    "DragPath",
    "EasyInputMessageParam",
    "EasyInputMessageParamPhaseType0",
    "EasyInputMessageParamRole",
    "EmailEvent",
    "EmailEventSettings",
    "EmailEventSettingsResponse",
    "EmailEventSettingsUpdateRequest",
    "EmbeddingRequest",
    "EmbeddingRequestCustomLlmProviderType1",
    "EmbeddingRequestLitellmLoggingObjType0",
    "EmbeddingsEmbeddingsPostBody",
    "EmbeddingsEmbeddingsPostBodyCustomLlmProviderType1",
    "EmbeddingsEmbeddingsPostBodyLitellmLoggingObjType0",
    "EmbeddingsEnginesModelEmbeddingsPostBody",
    "EmbeddingsEnginesModelEmbeddingsPostBodyCustomLlmProviderType1",
    "EmbeddingsEnginesModelEmbeddingsPostBodyLitellmLoggingObjType0",
    "EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBody",
    "EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBodyCustomLlmProviderType1",
    "EmbeddingsOpenaiDeploymentsModelEmbeddingsPostBodyLitellmLoggingObjType0",
    "EmbeddingsV1EmbeddingsPostBody",
    "EmbeddingsV1EmbeddingsPostBodyCustomLlmProviderType1",
    "EmbeddingsV1EmbeddingsPostBodyLitellmLoggingObjType0",
    "EndpointProvider",
    "EnrichPolicyTemplatePolicyTemplatesEnrichPostResponseEnrichPolicyTemplatePolicyTemplatesEnrichPost",
    "EnrichTemplateRequest",
    "EnrichTemplateRequestParameters",
    "EntraIdentityConfig",
    "EnvVarIgnore",
    "ErrorDetail",
    "ErrorEnvelope",
    "ErrorEnvelopeError",
    "ErrorResponse",
    "ErrorResponseDetail",
    "EuJevDecisionResponse",
    "EuJevDecisionResponseAnswers",
    "EuJevMeta",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0AdditionalPropertyType1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestionCriteriaItemType1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestionInstructionsType1",
    "EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1",
    "EuJevUsage",
    "Eval",
    "EvalDataSourceConfig",
    "EvalMetadataType0",
    "EvalTestingCriteriaItem",
    "ExportType",
    "ExtractionAnswer",
    "ExtractionExtractionPostExtractionRequest",
    "ExtractionExtractionPostExtractionRequestExtractionBase64Image",
    "ExtractionExtractionPostExtractionRequestExtractionOptions",
    "ExtractionExtractionPostExtractionRequestFields",
    "ExtractionResponse",
    "ExtractionResponseAnswers",
    "ExtractionUsage",
    "ExtractionV1ExtractionPostExtractionRequest",
    "ExtractionV1ExtractionPostExtractionRequestExtractionBase64Image",
    "ExtractionV1ExtractionPostExtractionRequestExtractionOptions",
    "ExtractionV1ExtractionPostExtractionRequestFields",
    "FacetListResponse",
    "FailedKeyUpdate",
    "FailedKeyUpdateKeyInfoType0",
    "FallbackCreateRequest",
    "FallbackCreateRequestFallbackType",
    "FallbackDeleteResponse",
    "FallbackGetResponse",
    "FallbackResponse",
    "FileSearchTool",
    "FileSearchToolParam",
    "Filters",
    "FunctionCall",
    "FunctionCallOutput",
    "FunctionCallOutputCallerDirect",
    "FunctionCallOutputCallerProgram",
    "FunctionCallOutputStatusType0",
    "FunctionShellTool",
    "FunctionShellToolAllowedCallersType0Item",
    "FunctionShellToolParam",
    "FunctionShellToolParamAllowedCallersType0Item",
    "FunctionTool",
    "FunctionToolAllowedCallersType0Item",
    "FunctionToolOutputSchemaType0",
    "FunctionToolParam",
    "FunctionToolParamAllowedCallersType0Item",
    "FunctionToolParamOutputSchemaType0",
    "FunctionToolParamParametersType0",
    "FunctionToolParametersType0",
    "FuseHarnessPreset",
    "FuseModelPreset",
    "FusePresetCatalog",
    "GUARDRAILDEFINITIONLOCATION",
    "GatewayRequestActivityResponse",
    "GatewayRequestBreakdownEntry",
    "GatewayRequestDailyEntry",
    "GatewayRequestStatusCodeEntry",
    "GenerateKeyRequest",
    "GenerateKeyRequestAliasesType0",
    "GenerateKeyRequestBudgetFallbacksType0",
    "GenerateKeyRequestConfigType0",
    "GenerateKeyRequestDefaultEstimatedOutputTokensPerModelType0",
    "GenerateKeyRequestMcpRpmLimitType0",
    "GenerateKeyRequestMetadataType0",
    "GenerateKeyRequestModelMaxBudgetType0",
    "GenerateKeyRequestModelRpmLimitType0",
    "GenerateKeyRequestModelTpmLimitType0",
    "GenerateKeyRequestPermissionsType0",
    "GenerateKeyRequestRpmLimitTypeType0",
    "GenerateKeyRequestTagRpmLimitType0",
    "GenerateKeyRequestTpmLimitTypeType0",
    "GenerateKeyResponse",
    "GenerateKeyResponseAliasesType0",
    "GenerateKeyResponseBudgetFallbacksType0",
    "GenerateKeyResponseConfigType0",
    "GenerateKeyResponseDefaultEstimatedOutputTokensPerModelType0",
    "GenerateKeyResponseMcpRpmLimitType0",
    "GenerateKeyResponseMetadataType0",
    "GenerateKeyResponseModelMaxBudgetType0",
    "GenerateKeyResponseModelRpmLimitType0",
    "GenerateKeyResponseModelTpmLimitType0",
    "GenerateKeyResponsePermissionsType0",
    "GenerateKeyResponseRpmLimitTypeType0",
    "GenerateKeyResponseTagRpmLimitType0",
    "GenerateKeyResponseTpmLimitTypeType0",
    "GenericGuardrailAPIInputs",
    "GenericResponseOutputItem",
    "GenericResponseOutputItemContentAnnotation",
    "GenericResponseOutputItemPhaseType0",
    "GetAgentDailyActivityExportAgentDailyActivityExportGetFormat",
    "GetAgentDailyActivityExportAgentDailyActivityExportGetResponse200Item",
    "GetCustomerDailyActivityExportCustomerDailyActivityExportGetFormat",
    "GetCustomerDailyActivityExportCustomerDailyActivityExportGetResponse200Item",
    "GetFallbackFallbackModelGetFallbackType",
    "GetGlobalSpendReportGlobalSpendReportGetGroupByType0",
    "GetKeySpendReportKeySpendReportGetResponse200Item",
    "GetModelInsightTasksModelInsightsTasksGetMetric",
    "GetModelInsightsModelInsightsGetMetric",
    "GetOrganizationDailyActivityExportOrganizationDailyActivityExportGetFormat",
    "GetOrganizationDailyActivityExportOrganizationDailyActivityExportGetResponse200Item",
    "GetOrganizationSpendReportOrganizationSpendReportGetResponse200Item",
    "GetPromptCachingRequestsCostOptimizationPromptCachingRequestsGetFilter",
    "GetPublicAutorouterPresetsPublicAutorouterPresetsGetResponseGetPublicAutorouterPresetsPublicAutorouterPresetsGet",
    "GetTagDailyActivityExportTagDailyActivityExportGetFormat",
    "GetTagDailyActivityExportTagDailyActivityExportGetResponse200Item",
    "GetTeamDailyActivityExportTeamDailyActivityExportGetFormat",
    "GetTeamDailyActivityExportTeamDailyActivityExportGetResponse200Item",
    "GetTeamMemberPermissionsResponse",
    "GetTeamSpendReportTeamSpendReportGetResponse200Item",
    "GetUserDailyActivityExportUserDailyActivityExportGetFormat",
    "GetUserDailyActivityExportUserDailyActivityExportGetResponse200Item",
    "GetUserSpendReportUserSpendReportGetResponse200Item",
    "Grammar",
    "GrammarSyntax",
    "Guardrail",
    "GuardrailGuardrailInfoType0",
    "GuardrailInfoResponse",
    "GuardrailInfoResponseGuardrailInfoType0",
    "GuardrailKeyMetric",
    "GuardrailMetadata",
    "GuardrailMetric",
    "GuardrailMetricApiKeyBreakdown",
    "GuardrailResponseFormat",
    "GuardrailSpendMetrics",
    "GuardrailSubmissionItem",
    "GuardrailSubmissionItemGuardrailInfoType0",
    "GuardrailSubmissionItemLitellmParamsType0",
    "GuardrailSubmissionSummary",
    "GuardrailTestResultEntry",
    "GuardrailUIAddGuardrailSettings",
    "GuardrailUIAddGuardrailSettingsContentFilterSettingsType0",
    "GuardrailUIAddGuardrailSettingsSupportedModesByProvider",
    "HTTPAuthSecurityScheme",
    "HTTPError",
    "HTTPValidationError",
    "HashicorpVaultConfig",
    "HealthReadinessResponse",
    "HealthServicesEndpointHealthServicesGetServiceType0",
    "Hyperparameters",
    "IPAddress",
    "ImageGeneration",
    "ImageGenerationActionType0",
    "ImageGenerationBackgroundType0",
    "ImageGenerationCall",
    "ImageGenerationCallActionType0",
    "ImageGenerationCallBackgroundType0",
    "ImageGenerationCallError",
    "ImageGenerationCallErrorModerationDetails",
    "ImageGenerationCallErrorModerationDetailsModerationStage",
    "ImageGenerationCallOutputFormatType0",
    "ImageGenerationCallQualityType0",
    "ImageGenerationCallSizeType1",
    "ImageGenerationCallStatus",
    "ImageGenerationCallSvgUsage",
    "ImageGenerationComplexityType0",
    "ImageGenerationInputFidelityType0",
    "ImageGenerationInputImageMask",
    "ImageGenerationModelType1",
    "ImageGenerationModerationType0",
    "ImageGenerationOutputFormatType0",
    "ImageGenerationQualityType0",
    "ImageGenerationSizeType1",
    "ImageGenerationSvg",
    "ImageGenerationSvgReasoning",
    "ImageGenerationSvgReasoningEffortType0",
    "ImageURLListItem",
    "ImageURLObject",
    "ImportSkillRequest",
    "IncompleteDetails",
    "IncompleteDetailsReasonType0",
    "IndexCreateLiteLLMParams",
    "IndexCreateRequest",
    "IndexCreateRequestIndexInfoType0",
    "IndexListResponse",
    "InlineSkill",
    "InlineSkillParam",
    "InlineSkillSource",
    "InlineSkillSourceParam",
    "InputTokensDetails",
    "InternalUserSettingsResponse",
    "InternalUserSettingsResponseFieldSchema",
    "InternalUserSettingsResponseValues",
    "InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequest",
    "InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequestParams",
    "InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequest",
    "InvokeAgentA2AV1A2AAgentIdMessageStreamPostA2AJsonRpcRequestParams",
    "ItemReference",
    "JWTKeyMappingResponse",
    "KeyActivityRow",
    "KeyAliasesKeyAliasesGetResponseKeyAliasesKeyAliasesGet",
    "KeyDeleteResponse",
    "KeyHealthResponse",
    "KeyHealthResponseKey",
    "KeyInfo",
    "KeyInfoResponse",
    "KeyListResponseObject",
    "KeyManagementRoutes",
    "KeyMetadata",
    "KeyMetricWithMetadata",
    "KeyRequest",
    "KeySpendActivityRow",
    "KeySpendMetrics",
    "KeyUpdateFields",
    "KeyUpdateFieldsMetadataType0",
    "KeyUpdateFieldsModelMaxBudgetType0",
    "KeyUpdateFieldsModelRpmLimitType0",
    "KeyUpdateFieldsModelTpmLimitType0",
    "KeyUpdateFieldsRpmLimitTypeType0",
    "KeyUpdateFieldsTpmLimitTypeType0",
    "KeyUpdateResponse",
    "Keypress",
    "KeywordTierRule",
    "KubernetesPodsResponse",
    "LLMV2Calibration",
    "LLMV2Config",
    "LLMV2ConfigResponseFormat",
    "LLMV2ProbabilityCalibration",
    "LakeraCategoryThresholds",
    "LatestReleaseInfo",
    "ListAccessGroupsResponse",
    "ListEvalsResponse",
    "ListFineTuningJobsFineTuningJobsGetCustomLlmProviderType0",
    "ListFineTuningJobsV1FineTuningJobsGetCustomLlmProviderType0",
    "ListGuardrailSubmissionsResponse",
    "ListGuardrailsResponse",
    "ListLinks",
    "ListMeta",
    "ListPluginsApiPluginsGetResponse200Item",
    "ListPluginsResponse",
    "ListPromptsResponse",
    "ListResponseBudgetListItem",
    "ListResponseModelGroupInfoProxy",
    "ListRunsResponse",
    "ListSearchToolsResponse",
    "ListShadowEvalJobsAutoRouterShadowEvalGetTargetTypeType0",
    "ListSkillsResponse",
    "ListSkillsSkillHubSkillsGetSortBy",
    "ListSkillsSkillHubSkillsGetSortOrder",
    "ListSubmissionsSkillHubSubmissionsGetStatusType0",
    "ListTeamV2V2TeamListGetSearchTeamIdMatch",
    "ListToolRestApiMcpRestToolsListGetResponseListToolRestApiMcpRestToolsListGet",
    "ListToolsV1ToolListGetInputPolicyType0",
    "LiteLLMBudgetTable",
    "LiteLLMBudgetTableFull",
    "LiteLLMBudgetTableFullModelMaxBudgetType0",
    "LiteLLMBudgetTableModelMaxBudgetType0",
    "LiteLLMDeletedTeamTable",
    "LiteLLMDeletedTeamTableMetadataType0",
    "LiteLLMDeletedTeamTableModelMaxBudgetType0",
    "LiteLLMDeletedTeamTableModelSpendType0",
    "LiteLLMDeletedTeamTableRouterSettingsType0",
    "LiteLLMDeletedVerificationToken",
    "LiteLLMDeletedVerificationTokenAliases",
    "LiteLLMDeletedVerificationTokenBudgetFallbacks",
    "LiteLLMDeletedVerificationTokenBudgetLimitsType0Item",
    "LiteLLMDeletedVerificationTokenConfig",
    "LiteLLMDeletedVerificationTokenLitellmBudgetTableType0",
    "LiteLLMDeletedVerificationTokenMetadata",
    "LiteLLMDeletedVerificationTokenModelMaxBudget",
    "LiteLLMDeletedVerificationTokenModelSpend",
    "LiteLLMDeletedVerificationTokenPermissions",
    "LiteLLMDeletedVerificationTokenRouterSettingsType0",
    "LiteLLMEndUserTable",
    "LiteLLMEndUserTableAllowedModelRegionType0",
    "LiteLLMFineTuningJobCreate",
    "LiteLLMFineTuningJobCreateCustomLlmProviderType0",
    "LiteLLMKeyType",
    "LiteLLMMCPServerTable",
    "LiteLLMMCPServerTableAuthTypeType0",
    "LiteLLMMCPServerTableEnv",
    "LiteLLMMCPServerTableMcpInfoType0",
    "LiteLLMMCPServerTableOauth2FlowType0",
    "LiteLLMMCPServerTablePinnedToolsType0",
    "LiteLLMMCPServerTableStaticHeadersType0",
    "LiteLLMMCPServerTableStatusType0",
    "LiteLLMMCPServerTableTeamsItem",
    "LiteLLMMCPServerTableToolNameToDescriptionType0",
    "LiteLLMMCPServerTableToolNameToDisplayNameType0",
    "LiteLLMMCPServerTableTransport",
    "LiteLLMManagedVectorStore",
    "LiteLLMManagedVectorStoreIndex",
    "LiteLLMManagedVectorStoreIndexIndexInfoType0",
    "LiteLLMManagedVectorStoreListResponse",
    "LiteLLMManagedVectorStoreLitellmParamsType0",
    "LiteLLMManagedVectorStoreVectorStoreMetadataType0",
    "LiteLLMManagedVectorStoresTable",
    "LiteLLMManagedVectorStoresTableLitellmParamsType0",
    "LiteLLMManagedVectorStoresTableVectorStoreMetadataType0",
    "LiteLLMMemoryRow",
    "LiteLLMModelTable",
    "LiteLLMModelTableModelAliasesType1",
    "LiteLLMObjectPermissionBase",
    "LiteLLMObjectPermissionBaseMcpToolPermissionsType0",
    "LiteLLMObjectPermissionTable",
    "LiteLLMObjectPermissionTableMcpToolPermissionsType0",
    "LiteLLMOrganizationMembershipTable",
    "LiteLLMOrganizationTableWithMembers",
    "LiteLLMOrganizationTableWithMembersMetadataType0",
    "LiteLLMOrganizationTableWithMembersModelSpendType0",
    "LiteLLMParams",
    "LiteLLMParamsAdaptiveRouterConfigType0",
    "LiteLLMParamsComplexityRouterConfigType0",
    "LiteLLMParamsModelInfoType0",
    "LiteLLMParamsQualityRouterConfigType0",
    "LiteLLMParamsSearchContextCostPerQueryType0",
    "LiteLLMParamsStreamTimeoutByServiceTierType0",
    "LiteLLMParamsSwitchyardRouterConfigType0",
    "LiteLLMParamsTieredPricingType0Item",
    "LiteLLMParamsTimeoutByServiceTierType0",
    "LiteLLMParamsVertexCredentialsType1",
    "LiteLLMProjectTable",
    "LiteLLMProjectTableMetadataType0",
    "LiteLLMProjectTableModelRpmLimitType0",
    "LiteLLMProjectTableModelSpendType0",
    "LiteLLMProjectTableModelTpmLimitType0",
    "LiteLLMProxyModelTable",
    "LiteLLMProxyModelTableLitellmParams",
    "LiteLLMProxyModelTableModelInfoType0",
    "LiteLLMSpendLogs",
    "LiteLLMSpendLogsMessagesType2",
    "LiteLLMSpendLogsResponseType2",
    "LiteLLMSubscriptionAccountTable",
    "LiteLLMTeamMembership",
    "LiteLLMTeamTable",
    "LiteLLMTeamTableMetadataType0",
    "LiteLLMTeamTableModelMaxBudgetType0",
    "LiteLLMTeamTableModelSpendType0",
    "LiteLLMTeamTableRouterSettingsType0",
    "LiteLLMToolTableRow",
    "LiteLLMToolTableRowAssignmentsType0",
    "LiteLLMToolTableRowInputPolicy",
    "LiteLLMToolTableRowOutputPolicy",
    "LiteLLMUserTable",
    "LiteLLMUserTableMetadataType0",
    "LiteLLMUserTableModelMaxBudgetType0",
    "LiteLLMUserTableModelSpendType0",
    "LiteLLMUserTableWithKeyCount",
    "LiteLLMUserTableWithKeyCountMetadataType0",
    "LiteLLMUserTableWithKeyCountModelMaxBudgetType0",
    "LiteLLMUserTableWithKeyCountModelSpendType0",
    "LiteLLMVerificationToken",
    "LiteLLMVerificationTokenAliases",
    "LiteLLMVerificationTokenBudgetFallbacks",
    "LiteLLMVerificationTokenBudgetLimitsType0Item",
    "LiteLLMVerificationTokenConfig",
    "LiteLLMVerificationTokenLitellmBudgetTableType0",
    "LiteLLMVerificationTokenMetadata",
    "LiteLLMVerificationTokenModelMaxBudget",
    "LiteLLMVerificationTokenModelSpend",
    "LiteLLMVerificationTokenPermissions",
    "LiteLLMVerificationTokenRouterSettingsType0",
    "LitellmParams",
    "LitellmParamsAction",
    "LitellmParamsAdditionalProviderSpecificParamsType0",
    "LitellmParamsAktoMetadataType0",
    "LitellmParamsConfigType0",
    "LitellmParamsContextSourceType0",
    "LitellmParamsDefaultAction",
    "LitellmParamsDetectSecretsConfigType0",
    "LitellmParamsDetectorsType0",
    "LitellmParamsGroundingStrictnessType0",
    "LitellmParamsLoggingOnlyScopeType0",
    "LitellmParamsMcpBlockBehaviorType0",
    "LitellmParamsMetadataType0",
    "LitellmParamsMockRedactedTextType0",
    "LitellmParamsOnDisallowedAction",
    "LitellmParamsOnFlaggedType0",
    "LitellmParamsOnSensitiveDataType0",
    "LitellmParamsOnViolationType0",
    "LitellmParamsPiiEntitiesConfigType0",
    "LitellmParamsPresidioFilterScopeType0",
    "LitellmParamsPresidioRunOnType0",
    "LitellmParamsPresidioScoreThresholdsType0",
    "LitellmParamsStreamScopeType0",
    "LitellmParamsStreamScopeType1",
    "LitellmParamsStreamScopeType1AdditionalProperty",
    "LitellmParamsUnreachableFallback",
    "LitellmTypesLlmsOpenaiComputerToolParam",
    "LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0",
    "LitellmUserRoles",
    "LocalEnvironment",
    "LocalEnvironmentParam",
    "LocalShell",
    "LocalShellCall",
    "LocalShellCallAction",
    "LocalShellCallActionEnv",
    "LocalShellCallOutput",
    "LocalShellCallOutputStatusType0",
    "LocalShellCallStatus",
    "LocalSkill",
    "LocalSkillParam",
    "LoggingCallbackStatus",
    "LoggingCallbackStatusStatus",
    "Logprob",
    "LogprobTopLogprob",
    "MCPConnectorEntry",
    "MCPConnectorEntryEnv",
    "MCPConnectorEntryHeadersType0",
    "MCPConnectorImportFailure",
    "MCPConnectorImportRequest",
    "MCPConnectorImportRequestMcpServersType0",
    "MCPConnectorImportResponse",
    "MCPConnectorImportResult",
    "MCPConnectorImportSkipped",
    "MCPCredentials",
    "MCPCredentialsTokenEndpointAuthMethodType0",
    "MCPEnvVar",
    "MCPEnvVarScope",
    "MCPGatewaySession",
    "MCPGatewaySessionGroupCount",
    "MCPGatewaySessionsResponse",
    "MCPGatewaySessionsTerminateResponse",
    "MCPOAuthUserCredentialRequest",
    "MCPOAuthUserCredentialStatus",
    "MCPPublicServer",
    "MCPPublicServerAuthTypeType0",
    "MCPPublicServerMcpInfoType0",
    "MCPPublicServerTransport",
    "MCPSemanticFilterSettings",
    "MCPSemanticFilterSettingsResponse",
    "MCPSemanticFilterSettingsResponseFieldSchema",
    "MCPSemanticFilterSettingsResponseValues",
    "MCPServerUserCredentialListItem",
    "MCPServerUserCredentialListItemCredentialType",
    "MCPSubmissionsSummary",
    "MCPToolSearchSettings",
    "MCPToolSearchSettingsResponse",
    "MCPToolSearchSettingsResponseFieldSchema",
    "MCPToolSearchSettingsResponseValues",
    "MCPToolsetTool",
    "MCPUserCredentialListItem",
    "MCPUserCredentialRequest",
    "MCPUserCredentialResponse",
    "MCPUserEnvVarSpec",
    "MCPUserEnvVarsRequest",
    "MCPUserEnvVarsRequestValues",
    "MCPUserEnvVarsStatus",
    "MakeAgentsPublicRequest",
    "MakeMCPServersPublicRequest",
    "ManagedAgentIdentityStatus",
    "ManagedAgentIdentityStatusExecutionMode",
    "Mcp",
    "McpAllowedCallersType0Item",
    "McpAllowedToolsMcpToolFilter",
    "McpApprovalRequest",
    "McpApprovalResponse",
    "McpCall",
    "McpCallStatusType0",
    "McpConnectorIdType0",
    "McpHeadersType0",
    "McpListTools",
    "McpListToolsTool",
    "McpProtocolError",
    "McpRequireApprovalMcpToolApprovalFilter",
    "McpRequireApprovalMcpToolApprovalFilterAlways",
    "McpRequireApprovalMcpToolApprovalFilterNever",
    "McpRequireApprovalType1",
    "McpToolExecutionError",
    "Member",
    "MemberRole",
    "MemoryCreateRequest",
    "MemoryDeleteResponse",
    "MemoryListResponse",
    "MemoryUpdateRequest",
    "Message",
    "MessageProviderSpecificFieldsType0",
    "MessageRole",
    "MetricWithMetadata",
    "MetricWithMetadataApiKeyBreakdown",
    "MetricWithMetadataMetadata",
    "Mode",
    "ModeTags",
    "ModelAccessWindow",
    "ModelDeprecationInfo",
    "ModelDeprecationInfoStatus",
    "ModelDeprecationResponse",
    "ModelGroupInfoProxy",
    "ModelGroupInfoProxyCustomMetadataType0",
    "ModelGroupInfoProxyModeType1",
    "ModelGroupInfoResponse",
    "ModelInfo",
    "ModelInfoDelete",
    "ModelInfoPtuSharesType0",
    "ModelInfoResponse",
    "ModelInfoTierType0",
    "ModelInfoTieredPricingType0Item",
    "ModelInsightDailyMetric",
    "ModelInsightDailyTotal",
    "ModelInsightMetric",
    "ModelInsightTaskSummary",
    "ModelInsightTasksResponse",
    "ModelInsightsResponse",
    "ModelResponse",
    "ModelTopKeysResponse",
    "Move",
    "MoyaiConnectExchangeRequest",
    "MoyaiConnectExchangeResponse",
    "MoyaiConnectStartRequest",
    "MoyaiConnectStartResponse",
    "MutualTLSSecurityScheme",
    "NamespaceTool",
    "NamespaceToolParam",
    "NewCustomerRequest",
    "NewCustomerRequestAllowedModelRegionType0",
    "NewCustomerRequestModelMaxBudgetType0",
    "NewMCPServerRequest",
    "NewMCPServerRequestAuthTypeType0",
    "NewMCPServerRequestEnv",
    "NewMCPServerRequestMcpInfoType0",
    "NewMCPServerRequestOauth2FlowType0",
    "NewMCPServerRequestStaticHeadersType0",
    "NewMCPServerRequestToolNameToDescriptionType0",
    "NewMCPServerRequestToolNameToDisplayNameType0",
    "NewMCPServerRequestTransport",
    "NewMCPToolsetRequest",
    "NewModelGroupRequest",
    "NewModelGroupResponse",
    "NewOrganizationRequest",
    "NewOrganizationRequestMetadataType0",
    "NewOrganizationRequestModelMaxBudgetType0",
    "NewOrganizationRequestModelRpmLimitType0",
    "NewOrganizationRequestModelTpmLimitType0",
    "NewOrganizationResponse",
    "NewOrganizationResponseMetadataType0",
    "NewOrganizationResponseModelSpendType0",
    "NewProjectRequest",
    "NewProjectRequestMetadataType0",
    "NewProjectRequestModelItpmLimitType0",
    "NewProjectRequestModelMaxBudgetType0",
    "NewProjectRequestModelOtpmLimitType0",
    "NewProjectRequestModelRpmLimitType0",
    "NewProjectRequestModelTpmLimitType0",
    "NewProjectResponse",
    "NewProjectResponseMetadataType0",
    "NewProjectResponseModelRpmLimitType0",
    "NewProjectResponseModelSpendType0",
    "NewProjectResponseModelTpmLimitType0",
    "NewTeamRequest",
    "NewTeamRequestDefaultEstimatedOutputTokensPerModelType0",
    "NewTeamRequestEnforcedBatchOutputExpiresAfterType0",
    "NewTeamRequestEnforcedFileExpiresAfterType0",
    "NewTeamRequestMcpRpmLimitType0",
    "NewTeamRequestMetadataType0",
    "NewTeamRequestModelAliasesType0",
    "NewTeamRequestModelMaxBudgetType0",
    "NewTeamRequestModelRpmLimitType0",
    "NewTeamRequestModelTpmLimitType0",
    "NewTeamRequestRpmLimitTypeType0",
    "NewTeamRequestSecretManagerSettingsType0",
    "NewTeamRequestTeamMemberModelMaxBudgetType0",
    "NewTeamRequestTpmLimitTypeType0",
    "NewUserRequest",
    "NewUserRequestAliasesType0",
    "NewUserRequestBudgetFallbacksType0",
    "NewUserRequestConfigType0",
    "NewUserRequestMcpRpmLimitType0",
    "NewUserRequestMetadataType0",
    "NewUserRequestModelMaxBudgetType0",
    "NewUserRequestModelRpmLimitType0",
    "NewUserRequestModelTpmLimitType0",
    "NewUserRequestPermissionsType0",
    "NewUserRequestTagRpmLimitType0",
    "NewUserRequestTeam",
    "NewUserRequestTeamUserRole",
    "NewUserRequestUserRoleType0",
    "NewUserResponse",
    "NewUserResponseAliasesType0",
    "NewUserResponseBudgetFallbacksType0",
    "NewUserResponseConfigType0",
    "NewUserResponseDefaultEstimatedOutputTokensPerModelType0",
    "NewUserResponseMcpRpmLimitType0",
    "NewUserResponseMetadataType0",
    "NewUserResponseModelMaxBudgetType0",
    "NewUserResponseModelRpmLimitType0",
    "NewUserResponseModelTpmLimitType0",
    "NewUserResponsePermissionsType0",
    "NewUserResponseRpmLimitTypeType0",
    "NewUserResponseTagRpmLimitType0",
    "NewUserResponseTpmLimitTypeType0",
    "NewUserResponseUserRoleType0",
    "NoulAnswer",
    "OAuth2SecurityScheme",
    "OAuthFlows",
    "OAuthFlowsAuthorizationCodeType0",
    "OAuthFlowsClientCredentialsType0",
    "OAuthFlowsImplicitType0",
    "OAuthFlowsPasswordType0",
    "OauthProtectedResourceRootWellKnownOauthProtectedResourceGetResponseOauthProtectedResourceRootWellKnownOauthProtectedResourceGet",
    "OpenAIBoxAnswer",
    "OpenAIChoiceAnswer",
    "OpenAIChoiceProbability",
    "OpenAIDecisionInputTokensDetails",
    "OpenAIDecisionOutputTokensDetails",
    "OpenAIDecisionResponse",
    "OpenAIDecisionUsage",
    "OpenAIModel",
    "OpenAIModelList",
    "OpenAIPredicateAnswer",
    "OpenAIRefusalAnswer",
    "OpenAIScoreAnswer",
    "OpenAIScoreProbability",
    "OpenAIToolSearchToolParam",
    "OpenIdConnectSecurityScheme",
    "OpenSourceClassifierConfig",
    "OpenSourceClassifierConfigProvider",
    "OpenaiTypesResponsesComputerToolParamComputerToolParam",
    "OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning",
    "OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0",
    "OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText",
    "OpenaiTypesResponsesResponseConfigurationUpdateItemText",
    "OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation",
    "OpenaiTypesResponsesWebSearchPreviewToolUserLocation",
    "OpenaiTypesResponsesWebSearchToolParamUserLocation",
    "OpenaiTypesResponsesWebSearchToolUserLocation",
    "OpenaiTypesSharedCustomToolInputFormatText",
    "OpenaiTypesSharedParamsCustomToolInputFormatText",
    "OpenaiTypesSharedParamsReasoningReasoning",
    "OpenaiTypesSharedParamsReasoningReasoningContextType0",
    "OpenaiTypesSharedParamsReasoningReasoningEffortType0",
    "OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0",
    "OpenaiTypesSharedParamsReasoningReasoningModeType1",
    "OpenaiTypesSharedParamsReasoningReasoningSummaryType0",
    "OperationCreateFile",
    "OperationDeleteFile",
    "OperationUpdateFile",
    "OrgMember",
    "OrgMemberRole",
    "OrganizationAddMemberResponse",
    "OrganizationMemberAddRequest",
    "OrganizationMemberDeleteRequest",
    "OrganizationMemberUpdateRequest",
    "OrganizationRequest",
    "OrganizationUpdateRequestV2",
    "OrganizationUpdateRequestV2MetadataType0",
    "OrganizationUpdateRequestV2ModelMaxBudgetType0",
    "OutcomeExit",
    "OutcomeTimeout",
    "Output",
    "OutputCodeInterpreterCall",
    "OutputCodeInterpreterCallLog",
    "OutputCodeInterpreterCallStatus",
    "OutputFunctionToolCall",
    "OutputFunctionToolCallPhaseType0",
    "OutputFunctionToolCallStatus",
    "OutputImage",
    "OutputImageGenerationCall",
    "OutputImageGenerationCallStatus",
    "OutputLogs",
    "OutputOutcomeExit",
    "OutputOutcomeTimeout",
    "OutputText",
    "OutputTokensDetails",
    "OutputToolSearchCall",
    "OutputToolSearchCallExecution",
    "OutputToolSearchCallStatus",
    "PageLinks",
    "PageMeta",
    "PaginatedAuditLogResponse",
    "PassThroughEndpointResponse",
    "PassThroughGenericEndpoint",
    "PassThroughGenericEndpointDefaultQueryParams",
    "PassThroughGenericEndpointGuardrailsType0",
    "PassThroughGenericEndpointHeaders",
    "PassThroughGuardrailSettings",
    "PatchAgentRequest",
    "PatchAgentRequestExecutionMode",
    "PatchAgentRequestLitellmParams",
    "PatchAgentRequestStaticHeadersType0",
    "PatchGuardrailRequest",
    "PatchGuardrailRequestGuardrailInfoType0",
    "PatchModelRequest",
    "PatchPromptRequest",
    "PatchTeamRequest",
    "PatchTeamRequestDefaultEstimatedOutputTokensPerModelType0",
    "PatchTeamRequestEnforcedBatchOutputExpiresAfterType0",
    "PatchTeamRequestEnforcedFileExpiresAfterType0",
    "PatchTeamRequestMcpRpmLimitType0",
    "PatchTeamRequestMetadataType0",
    "PatchTeamRequestModelAliasesType0",
    "PatchTeamRequestModelMaxBudgetType0",
    "PatchTeamRequestModelRpmLimitType0",
    "PatchTeamRequestModelTpmLimitType0",
    "PatchTeamRequestSecretManagerSettingsType0",
    "PatchTeamRequestTeamMemberModelMaxBudgetType0",
    "PendingSafetyCheck",
    "PerTestingCriteriaResult",
    "PerUserAnalyticsResponse",
    "PerUserMetrics",
    "PiiAction",
    "PiiEntityCategoryMap",
    "PiiEntityType",
    "PinMcpServerToolsV1McpServerServerIdPinPostResponsePinMcpServerToolsV1McpServerServerIdPinPost",
    "PinnedMCPTool",
    "PinnedMCPToolInputSchema",
    "PipelineTestRequest",
    "PipelineTestRequestPipeline",
    "PipelineTestRequestTestMessagesItem",
    "PluginAuthTokenApiPluginsAuthTokenGetResponsePluginAuthTokenApiPluginsAuthTokenGet",
    "PluginAuthor",
    "PluginDownloadEvent",
    "PluginDownloadsResponse",
    "PluginListItem",
    "PluginListItemInstallationPreferenceType0",
    "PluginListItemSource",
    "PluginResponse",
    "PluginResponseInstallationPreferenceType0",
    "PluginResponseSource",
    "PolicyAttachmentCreateRequest",
    "PolicyAttachmentDBResponse",
    "PolicyAttachmentDBResponseDefinitionLocation",
    "PolicyAttachmentListResponse",
    "PolicyConditionRequest",
    "PolicyCreateRequest",
    "PolicyCreateRequestPipelineType0",
    "PolicyDBResponse",
    "PolicyDBResponseConditionType0",
    "PolicyDBResponseDefinitionLocation",
    "PolicyDBResponsePipelineType0",
    "PolicyGuardrailsResponse",
    "PolicyInfoResponse",
    "PolicyListDBResponse",
    "PolicyListResponse",
    "PolicyListResponsePolicies",
    "PolicyMatchContext",
    "PolicyMatchDetail",
    "PolicyResolveRequest",
    "PolicyResolveResponse",
    "PolicyScopeResponse",
    "PolicySummaryItem",
    "PolicyTestResponse",
    "PolicyUpdateRequest",
    "PolicyUpdateRequestPipelineType0",
    "PolicyValidateRequest",
    "PolicyValidateRequestPolicies",
    "PolicyValidationError",
    "PolicyValidationErrorType",
    "PolicyValidationResponse",
    "PolicyVersionCompareResponse",
    "PolicyVersionCompareResponseFieldDiffs",
    "PolicyVersionCompareResponseFieldDiffsAdditionalProperty",
    "PolicyVersionCreateRequest",
    "PolicyVersionListResponse",
    "PolicyVersionStatusUpdateRequest",
    "PriceTier",
    "PriceTierCosts",
    "Program",
    "ProgramOutput",
    "ProgramOutputStatus",
    "ProgrammaticToolCalling",
    "Prompt",
    "PromptCacheBreakpoint",
    "PromptCacheBreakpointTtlType0",
    "PromptCacheOptions",
    "PromptCacheOptionsMode",
    "PromptCacheOptionsTtl",
    "PromptCachingRequest",
    "PromptCachingRequestCursor",
    "PromptCachingRequestsResponse",
    "PromptInfo",
    "PromptInfoPromptType",
    "PromptInfoResponse",
    "PromptLiteLLMParams",
    "PromptLiteLLMParamsProviderSpecificQueryParamsType0",
    "PromptObject",
    "PromptObjectVariablesType0",
    "PromptSpec",
    "PromptTemplateBase",
    "PromptTemplateBaseMetadataType0",
    "PromptTokensDetails",
    "PromptTokensDetailsModality",
    "ProviderBudgetResponse",
    "ProviderBudgetResponseObject",
    "ProviderBudgetResponseProviders",
    "ProviderCreateInfo",
    "ProviderCredentialField",
    "ProviderCredentialFieldFieldType",
    "ProxyChatCompletionRequest",
    "ProxyChatCompletionRequestContextWindowFallbackDictType0",
    "ProxyChatCompletionRequestFunctionCallType1",
    "ProxyChatCompletionRequestFunctionsType0Item",
    "ProxyChatCompletionRequestLogitBiasType0",
    "ProxyChatCompletionRequestMetadataType0",
    "ProxyChatCompletionRequestResponseFormatType0",
    "ProxyChatCompletionRequestStreamOptionsType0",
    "ProxyChatCompletionRequestToolChoiceType1",
    "ProxyChatCompletionRequestToolsType0Item",
    "PublicModelHubFacetPublicV1ModelHubFacetGetFacet",
    "PublicModelHubInfo",
    "PublicModelHubInfoUsefulLinksType0",
    "PublicModelHubInfoUsefulLinksType0AdditionalPropertyType1",
    "RankingOptions",
    "RankingOptionsHybridSearch",
    "RankingOptionsRankerType0",
    "RawRequestTypedDict",
    "RawRequestTypedDictRawRequestBodyType0",
    "RawRequestTypedDictRawRequestHeadersType0",
    "RealtimeClientSecretResponse",
    "RealtimeClientSecretResponseSessionType0",
    "RealtimeTranscriptionSessionResponse",
    "RealtimeTranscriptionSessionResponseClientSecretType0",
    "Reasoning",
    "ReasoningEffortType0",
    "RegenerateKeyRequest",
    "RegenerateKeyRequestAliasesType0",
    "RegenerateKeyRequestBudgetFallbacksType0",
    "RegenerateKeyRequestConfigType0",
    "RegenerateKeyRequestDefaultEstimatedOutputTokensPerModelType0",
    "RegenerateKeyRequestMcpRpmLimitType0",
    "RegenerateKeyRequestMetadataType0",
    "RegenerateKeyRequestModelMaxBudgetType0",
    "RegenerateKeyRequestModelRpmLimitType0",
    "RegenerateKeyRequestModelTpmLimitType0",
    "RegenerateKeyRequestPermissionsType0",
    "RegenerateKeyRequestRpmLimitTypeType0",
    "RegenerateKeyRequestTagRpmLimitType0",
    "RegenerateKeyRequestTpmLimitTypeType0",
    "RegisterGuardrailRequest",
    "RegisterGuardrailRequestGuardrailInfoType0",
    "RegisterGuardrailRequestLitellmParams",
    "RegisterGuardrailResponse",
    "RegisterPluginRequest",
    "RegisterPluginRequestInstallationPreferenceType0",
    "RegisterPluginRequestSource",
    "RegisterPluginResponse",
    "RejectMCPServerRequest",
    "ReminderMarkerPair",
    "RequestComplexityRouterConfig",
    "RequestComplexityRouterConfigAdaptiveEligible",
    "RequestComplexityRouterConfigClassificationMode",
    "RequestComplexityRouterConfigClassifierFallback",
    "RequestComplexityRouterConfigClassifierType",
    "RequestComplexityRouterConfigDimensionWeights",
    "RequestComplexityRouterConfigLocalHeuristicType0",
    "RequestComplexityRouterConfigTierBoundaries",
    "RequestComplexityRouterConfigTierLabels",
    "RequestComplexityRouterConfigTierModelConfigs",
    "RequestComplexityRouterConfigTiers",
    "RequestComplexityRouterConfigTokenThresholds",
    "RequestErrorActivityResponse",
    "RequestErrorDailyEntry",
    "RequestErrorEntityEntry",
    "RequestErrorStatusCodeEntry",
    "RequestType",
    "ResetKeySpendFnKeyKeyResetSpendPostResponseResetKeySpendFnKeyKeyResetSpendPost",
    "ResetSpendRequest",
    "ResponseAPIUsage",
    "ResponseApplyPatchToolCall",
    "ResponseApplyPatchToolCallOutput",
    "ResponseApplyPatchToolCallOutputStatus",
    "ResponseApplyPatchToolCallStatus",
    "ResponseCodeInterpreterToolCall",
    "ResponseCodeInterpreterToolCallParam",
    "ResponseCodeInterpreterToolCallParamStatus",
    "ResponseCodeInterpreterToolCallStatus",
    "ResponseCompactionItem",
    "ResponseCompactionItemParamParam",
    "ResponseComputerToolCall",
    "ResponseComputerToolCallOutputItem",
    "ResponseComputerToolCallOutputItemStatus",
    "ResponseComputerToolCallOutputScreenshot",
    "ResponseComputerToolCallOutputScreenshotParam",
    "ResponseComputerToolCallParam",
    "ResponseComputerToolCallParamStatus",
    "ResponseComputerToolCallStatus",
    "ResponseConfigurationUpdateItem",
    "ResponseConfigurationUpdateItemParamParam",
    "ResponseContainerReference",
    "ResponseCustomToolCall",
    "ResponseCustomToolCallItem",
    "ResponseCustomToolCallItemStatus",
    "ResponseCustomToolCallOutputItem",
    "ResponseCustomToolCallOutputItemStatus",
    "ResponseCustomToolCallOutputParam",
    "ResponseCustomToolCallParam",
    "ResponseFileSearchToolCall",
    "ResponseFileSearchToolCallParam",
    "ResponseFileSearchToolCallParamStatus",
    "ResponseFileSearchToolCallStatus",
    "ResponseFormatJSONObject",
    "ResponseFormatText",
    "ResponseFormatTextJSONSchemaConfig",
    "ResponseFormatTextJSONSchemaConfigParam",
    "ResponseFormatTextJSONSchemaConfigParamSchema",
    "ResponseFormatTextJSONSchemaConfigSchema",
    "ResponseFunctionShellCallOutputContentParam",
    "ResponseFunctionShellToolCall",
    "ResponseFunctionShellToolCallOutput",
    "ResponseFunctionShellToolCallOutputStatus",
    "ResponseFunctionShellToolCallStatus",
    "ResponseFunctionToolCall",
    "ResponseFunctionToolCallItem",
    "ResponseFunctionToolCallItemStatus",
    "ResponseFunctionToolCallOutputItem",
    "ResponseFunctionToolCallOutputItemStatus",
    "ResponseFunctionToolCallParam",
    "ResponseFunctionToolCallParamStatus",
    "ResponseFunctionToolCallStatusType0",
    "ResponseFunctionWebSearch",
    "ResponseFunctionWebSearchParam",
    "ResponseFunctionWebSearchParamStatus",
    "ResponseFunctionWebSearchStatus",
    "ResponseInputFile",
    "ResponseInputFileContentParam",
    "ResponseInputFileContentParamDetail",
    "ResponseInputFileDetailType0",
    "ResponseInputFileParam",
    "ResponseInputFileParamDetail",
    "ResponseInputImage",
    "ResponseInputImageContentParam",
    "ResponseInputImageContentParamDetailType0",
    "ResponseInputImageDetail",
    "ResponseInputImageParam",
    "ResponseInputImageParamDetail",
    "ResponseInputMessageItem",
    "ResponseInputMessageItemRole",
    "ResponseInputMessageItemStatusType0",
    "ResponseInputText",
    "ResponseInputTextContentParam",
    "ResponseInputTextParam",
    "ResponseItemList",
    "ResponseLiteLLMManagedVectorStore",
    "ResponseLocalEnvironment",
    "ResponseOutputMessage",
    "ResponseOutputMessageParam",
    "ResponseOutputMessageParamPhaseType0",
    "ResponseOutputMessageParamStatus",
    "ResponseOutputMessagePhaseType0",
    "ResponseOutputMessageStatus",
    "ResponseOutputRefusal",
    "ResponseOutputRefusalParam",
    "ResponseOutputText",
    "ResponseOutputTextParam",
    "ResponseReasoningItem",
    "ResponseReasoningItemParam",
    "ResponseReasoningItemParamStatus",
    "ResponseReasoningItemStatusType0",
    "ResponseTextConfigParam",
    "ResponseTextConfigParamVerbosityType0",
    "ResponseToolSearchCall",
    "ResponseToolSearchCallExecution",
    "ResponseToolSearchCallStatus",
    "ResponseToolSearchOutputItem",
    "ResponseToolSearchOutputItemExecution",
    "ResponseToolSearchOutputItemParamParam",
    "ResponseToolSearchOutputItemParamParamExecution",
    "ResponseToolSearchOutputItemParamParamStatusType0",
    "ResponseToolSearchOutputItemStatus",
    "ResponsesAPIModeration",
    "ResponsesAPIRequestParams",
    "ResponsesAPIRequestParamsActionDoubleClick",
    "ResponsesAPIRequestParamsAdditionalTools",
    "ResponsesAPIRequestParamsDoubleClick",
    "ResponsesAPIRequestParamsImageGenerationCall",
    "ResponsesAPIRequestParamsImageGenerationCallActionType0",
    "ResponsesAPIRequestParamsImageGenerationCallBackgroundType0",
    "ResponsesAPIRequestParamsImageGenerationCallError",
    "ResponsesAPIRequestParamsImageGenerationCallOutputFormatType0",
    "ResponsesAPIRequestParamsImageGenerationCallQualityType0",
    "ResponsesAPIRequestParamsImageGenerationCallSizeType1",
    "ResponsesAPIRequestParamsImageGenerationCallStatus",
    "ResponsesAPIRequestParamsIncludeType0Item",
    "ResponsesAPIRequestParamsMcpApprovalResponse",
    "ResponsesAPIRequestParamsMessage",
    "ResponsesAPIRequestParamsMessageRole",
    "ResponsesAPIRequestParamsMessageStatus",
    "ResponsesAPIRequestParamsMetadataType0",
    "ResponsesAPIRequestParamsToolChoiceType0",
    "ResponsesAPIRequestParamsTruncationType0",
    "ResponsesAPIResponse",
    "ResponsesAPIResponseErrorType0",
    "ResponsesAPIResponseMetadataType0",
    "ResponsesAPIResponseOutputType0ItemType0Type28",
    "ResponsesAPIResponseReasoningType0",
    "ResponsesAPIResponseTextType1",
    "ResponsesAPIResponseToolChoiceType0",
    "ResponsesAPIResponseToolsType0ItemType2",
    "ResponsesAPIResponseTruncationType0",
    "ResponsesAPIStreamOptions",
    "ResponsesApiOpenaiV1ResponsesPostBody",
    "ResponsesApiOpenaiV1ResponsesPostBodyIncludeType0Item",
    "ResponsesApiOpenaiV1ResponsesPostBodyMetadataType0",
    "ResponsesApiOpenaiV1ResponsesPostBodyToolChoiceType0",
    "ResponsesApiOpenaiV1ResponsesPostBodyTruncationType0",
    "ResponsesApiResponsesPostBody",
    "ResponsesApiResponsesPostBodyIncludeType0Item",
    "ResponsesApiResponsesPostBodyMetadataType0",
    "ResponsesApiResponsesPostBodyToolChoiceType0",
    "ResponsesApiResponsesPostBodyTruncationType0",
    "ResponsesApiV1ResponsesPostBody",
    "ResponsesApiV1ResponsesPostBodyIncludeType0Item",
    "ResponsesApiV1ResponsesPostBodyMetadataType0",
    "ResponsesApiV1ResponsesPostBodyToolChoiceType0",
    "ResponsesApiV1ResponsesPostBodyTruncationType0",
    "Result",
    "ResultAttributesType0",
    "ResultCounts",
    "RetrieveFineTuningJobFineTuningJobsFineTuningJobIdGetCustomLlmProviderType0",
    "RetrieveFineTuningJobV1FineTuningJobsFineTuningJobIdGetCustomLlmProviderType0",
    "RetryPolicy",
    "RoleMappings",
    "RoleMappingsRoles",
    "RouterFieldsResponse",
    "RouterFieldsResponseRoutingStrategyDescriptions",
    "RouterSettingsField",
    "RouterSettingsResponse",
    "RouterSettingsResponseCurrentValues",
    "RouterSettingsResponseRoutingStrategyDescriptions",
    "RouterSettingsResponseSource",
    "RouterSettingsResponseSourceAdditionalProperty",
    "RoutingGroup",
    "RoutingGroupModelPrioritiesType0",
    "RoutingGroupRoutingStrategyArgsType0",
    "Run",
    "RunDataSource",
    "RunDeleteResponse",
    "RunErrorType0",
    "RunMetadataType0",
    "RunResultCountsType0",
    "RunSource",
    "RunSourceType",
    "RunStatus",
    "SCIMEnterpriseUser",
    "SCIMFeature",
    "SCIMGroup",
    "SCIMGroupMetaType0",
    "SCIMListResponse",
    "SCIMMember",
    "SCIMMultiValuedAttribute",
    "SCIMPatchOp",
    "SCIMPatchOperation",
    "SCIMPlaceholder",
    "SCIMPlaceholderMergeResult",
    "SCIMServiceProviderConfig",
    "SCIMServiceProviderConfigAuthenticationSchemesType0Item",
    "SCIMServiceProviderConfigMetaType0",
    "SCIMUser",
    "SCIMUserEmail",
    "SCIMUserGroup",
    "SCIMUserManager",
    "SCIMUserMetaType0",
    "SCIMUserName",
    "SCIMUserOutput",
    "SSOConfig",
    "SSOSettingsResponse",
    "SSOSettingsResponseFieldSchema",
    "SSOSettingsResponseProvenance",
    "SSOSettingsResponseValues",
    "ScoreAnswer",
    "ScoreAnswerLegend",
    "ScoreAnswerLegendAdditionalPropertyType1",
    "ScoreAnswerProbabilities",
    "Screenshot",
    "Scroll",
    "SearchContextCostPerQuery",
    "SearchTool",
    "SearchToolInfoResponse",
    "SearchToolInfoResponseLitellmParams",
    "SearchToolInfoResponseSearchToolInfoType0",
    "SearchToolLiteLLMParams",
    "SearchToolSearchToolInfoType0",
    "ServiceConnection",
    "ServiceStatus",
    "SessionLogoutResponse",
    "ShadowEvalJobResponse",
    "ShadowEvalJobResponseDirection",
    "ShadowEvalJobResponseStatus",
    "ShadowEvalJobTargetResponse",
    "ShadowEvalJobTargetResponseTargetType",
    "ShadowEvalResult",
    "ShadowEvalSlice",
    "ShellCall",
    "ShellCallAction",
    "ShellCallCallerDirect",
    "ShellCallCallerProgram",
    "ShellCallOutput",
    "ShellCallOutputCallerDirect",
    "ShellCallOutputCallerProgram",
    "ShellCallOutputStatusType0",
    "ShellCallStatusType0",
    "ShellToolParam",
    "ShellToolParamEnvironment",
    "Skill",
    "SkillHubAgentSkill",
    "SkillHubList",
    "SkillHubMetadata",
    "SkillHubPendingSkill",
    "SkillHubProposal",
    "SkillHubProposalSource",
    "SkillHubPublication",
    "SkillHubRejection",
    "SkillHubReviewResponse",
    "SkillHubReviewResponseAction",
    "SkillHubSkill",
    "SkillHubSkillSource",
    "SkillHubSkillVisibility",
    "SkillHubSubmission",
    "SkillHubSubmissionDetail",
    "SkillHubSubmissionList",
    "SkillHubSubmissionOperation",
    "SkillHubSubmissionStatus",
    "SkillHubVersion",
    "SkillHubVersionContentKind",
    "SkillHubVersionManifest",
    "SkillHubVersions",
    "SkillReference",
    "SkillReferenceParam",
    "SkillScan",
    "SkillScanFinding",
    "SkillScanFindingSeverity",
    "SkillScanReport",
    "SkillScanReportScanMode",
    "SkillScanRequest",
    "SkillScanResponse",
    "SkillScanStatus",
    "Span",
    "SpanDetail",
    "SpanDetailAttributes",
    "SpanErrorPage",
    "SpanSpendMatchType0",
    "SpanStatus",
    "SpanType",
    "SpendAnalyticsPaginatedResponse",
    "SpendCalculateRequest",
    "SpendCalculateRequestCompletionResponseType0",
    "SpendMetrics",
    "StandardLoggingHeuristicV2Forecast",
    "StandardLoggingHeuristicV2ForecastProbabilities",
    "StandardLoggingRoutingDecision",
    "StandardLoggingRoutingDecisionCause",
    "StandardLoggingRoutingDecisionClassifierFailureReason",
    "StandardLoggingRoutingDecisionClassifierProbabilities",
    "StandardLoggingRoutingDecisionRouterType",
    "StandardLoggingRoutingDecisionTierBoundaries",
    "StandardLoggingRoutingDecisionTierLitellmParams",
    "StartShadowEvalRequest",
    "StartShadowEvalRequestDirection",
    "StoredReport",
    "SubscriptionAccountFeeRequest",
    "SubscriptionAccountUsage",
    "SubscriptionUsageResponse",
    "SuccessfulKeyUpdate",
    "SuccessfulKeyUpdateKeyInfo",
    "SuccessorModelSource",
    "SuggestPolicyTemplatesPolicyTemplatesSuggestPostResponseSuggestPolicyTemplatesPolicyTemplatesSuggestPost",
    "SuggestTemplatesRequest",
    "Summary",
    "SupportedEndpoint",
    "SupportedEndpointsResponse",
    "SystemoneSystemonePostDecisionsRequest",
    "SystemoneSystemonePostDecisionsRequestAssetsType0",
    "SystemoneSystemonePostDecisionsRequestDecisionsBase64Audio",
    "SystemoneSystemonePostDecisionsRequestDecisionsBase64Image",
    "SystemoneSystemonePostDecisionsRequestDecisionsBase64Video",
    "SystemoneSystemonePostDecisionsRequestQuestions",
    "SystemoneSystemonePostDecisionsRequestQuestionsBoxQuestion",
    "SystemoneSystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1",
    "SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestion",
    "SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria",
    "SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteriaAdditionalPropertyType1",
    "SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1",
    "SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestion",
    "SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0",
    "SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0AdditionalPropertyType1",
    "SystemoneSystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1",
    "SystemoneSystemonePostDecisionsRequestQuestionsScoreQuestion",
    "SystemoneSystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1",
    "SystemoneSystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1",
    "SystemoneSystemonePostDecisionsRequestStateType1",
    "SystemoneV1SystemonePostDecisionsRequest",
    "SystemoneV1SystemonePostDecisionsRequestAssetsType0",
    "SystemoneV1SystemonePostDecisionsRequestDecisionsBase64Audio",
    "SystemoneV1SystemonePostDecisionsRequestDecisionsBase64Image",
    "SystemoneV1SystemonePostDecisionsRequestDecisionsBase64Video",
    "SystemoneV1SystemonePostDecisionsRequestQuestions",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestionCriteriaAdditionalPropertyType1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0AdditionalPropertyType1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1",
    "SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1",
    "SystemoneV1SystemonePostDecisionsRequestStateType1",
    "TagActiveUsersResponse",
    "TagDeleteRequest",
    "TagInfoRequest",
    "TagNewRequest",
    "TagNewRequestModelInfoType0",
    "TagNewRequestModelMaxBudgetType0",
    "TagSummaryMetrics",
    "TagSummaryResponse",
    "TagUpdateRequest",
    "TagUpdateRequestModelInfoType0",
    "TagUpdateRequestModelMaxBudgetType0",
    "TeamAddMemberResponse",
    "TeamAddMemberResponseMetadataType0",
    "TeamAddMemberResponseModelMaxBudgetType0",
    "TeamAddMemberResponseModelSpendType0",
    "TeamAddMemberResponseRouterSettingsType0",
    "TeamCallbackDeleteResponse",
    "TeamCallbackDeleteResponseData",
    "TeamInfoResponse",
    "TeamListCallerMembership",
    "TeamListItem",
    "TeamListItemMetadataType0",
    "TeamListItemModelMaxBudgetType0",
    "TeamListItemModelSpendType0",
    "TeamListItemRouterSettingsType0",
    "TeamListResponse",
    "TeamMappings",
    "TeamMemberAddRequest",
    "TeamMemberAddResult",
    "TeamMemberAddResultUpdatedTeamMembershipType0",
    "TeamMemberAddResultUpdatedUserType0",
    "TeamMemberBudgetPatch",
    "TeamMemberBudgetUpdateResult",
    "TeamMemberBudgetUpdateResultMaxBudgetSourceType0",
    "TeamMemberDeleteRequest",
    "TeamMemberDeleteResult",
    "TeamMemberInfoResponse",
    "TeamMemberRef",
    "TeamMemberResetBudgetResponse",
    "TeamMemberResetBudgetResponseBudgetSource",
    "TeamMemberUpdateRequest",
    "TeamMemberUpdateRequestModelMaxBudgetType0",
    "TeamMemberUpdateRequestRoleType0",
    "TeamMemberUpdateResponse",
    "TeamMemberUpdateResponseModelMaxBudgetType0",
    "TeamMetadataFieldSchema",
    "TeamMetadataSchemaResponse",
    "TeamModelAddRequest",
    "TeamModelDeleteRequest",
    "TeamUserSpendResponse",
    "TeamUserSpendRow",
    "TelemetryDestination",
    "TelemetryGroup",
    "TelemetryGroupInfo",
    "TelemetryReportsResponse",
    "TelemetrySettingsResponse",
    "TelemetrySettingsResponseReportType0",
    "TelemetrySettingsUpdate",
    "TestCustomCodeGuardrailRequest",
    "TestCustomCodeGuardrailRequestRequestDataType0",
    "TestCustomCodeGuardrailRequestTestInput",
    "TestCustomCodeGuardrailResponse",
    "TestCustomCodeGuardrailResponseResultType0",
    "TestCyberarkConnectionConfigOverridesCyberarkTestConnectionPostResponseTestCyberarkConnectionConfigOverridesCyberarkTestConnectionPost",
    "TestPoliciesAndGuardrailsRequest",
    "TestPoliciesAndGuardrailsRequestInputType",
    "TestPoliciesAndGuardrailsRequestRequestData",
    "TestPolicyTemplateRequest",
    "TestPolicyTemplateRequestGuardrailDefinitionsItem",
    "TestPolicyTemplateResponse",
    "TestPromptRequest",
    "TestPromptRequestConversationHistoryType0Item",
    "TestPromptRequestPromptVariablesType0",
    "TestSearchToolConnectionRequest",
    "TestSearchToolConnectionRequestLitellmParams",
    "Text",
    "TierCohortStatistic",
    "TierDataset",
    "TierDefinition",
    "TierDomainStatistic",
    "TierGlobalStatistic",
    "Timeout",
    "TokenCountDetailsResponse",
    "TokenCountDetailsResponseLitellmCountSource",
    "TokenCountRequest",
    "TokenCountRequestContentsType0Item",
    "TokenCountRequestMessagesType0Item",
    "TokenCountRequestToolsType0Item",
    "TokenCountResponse",
    "TokenCountResponseCountSourceType0",
    "TokenCountResponseOriginalResponseType0",
    "ToolChoiceAllowedParam",
    "ToolChoiceAllowedParamMode",
    "ToolChoiceAllowedParamToolsItem",
    "ToolChoiceApplyPatchParam",
    "ToolChoiceCustomParam",
    "ToolChoiceFunctionParam",
    "ToolChoiceMcpParam",
    "ToolChoiceShellParam",
    "ToolChoiceSpecificProgrammaticToolCallingParam",
    "ToolChoiceTypesParam",
    "ToolChoiceTypesParamType",
    "ToolCodeInterpreter",
    "ToolCodeInterpreterAllowedCallersType0Item",
    "ToolCodeInterpreterContainerCodeInterpreterToolAuto",
    "ToolCodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0",
    "ToolDetailResponse",
    "ToolDiscoveryUser",
    "ToolFunction",
    "ToolFunctionAllowedCallersType0Item",
    "ToolFunctionOutputSchemaType0",
    "ToolImageGeneration",
    "ToolImageGenerationAction",
    "ToolImageGenerationBackground",
    "ToolImageGenerationComplexity",
    "ToolImageGenerationInputFidelityType0",
    "ToolImageGenerationInputImageMask",
    "ToolImageGenerationModelType1",
    "ToolImageGenerationModeration",
    "ToolImageGenerationOutputFormat",
    "ToolImageGenerationQuality",
    "ToolImageGenerationSizeType1",
    "ToolImageGenerationSvg",
    "ToolImageGenerationSvgReasoning",
    "ToolImageGenerationSvgReasoningEffort",
    "ToolListResponse",
    "ToolLocalShell",
    "ToolMcp",
    "ToolMcpAllowedCallersType0Item",
    "ToolMcpAllowedToolsMcpToolFilter",
    "ToolMcpConnectorId",
    "ToolMcpHeadersType0",
    "ToolMcpRequireApprovalMcpToolApprovalFilter",
    "ToolMcpRequireApprovalMcpToolApprovalFilterAlways",
    "ToolMcpRequireApprovalMcpToolApprovalFilterNever",
    "ToolMcpRequireApprovalType1",
    "ToolPermissionRule",
    "ToolPermissionRuleAllowedParamPatternsType0",
    "ToolPermissionRuleDecision",
    "ToolPolicyOption",
    "ToolPolicyOptionsResponse",
    "ToolPolicyOverrideRow",
    "ToolPolicyOverrideRowInputPolicy",
    "ToolPolicyUpdateRequest",
    "ToolPolicyUpdateRequestInputPolicyType0",
    "ToolPolicyUpdateRequestOutputPolicyType0",
    "ToolPolicyUpdateResponse",
    "ToolPolicyUpdateResponseInputPolicyType0",
    "ToolPolicyUpdateResponseOutputPolicyType0",
    "ToolProgrammaticToolCalling",
    "ToolSearchCall",
    "ToolSearchCallExecution",
    "ToolSearchCallStatusType0",
    "ToolSearchOutputNamespaceToolParam",
    "ToolSearchTool",
    "ToolSearchToolExecutionType0",
    "ToolSearchToolParam",
    "ToolSearchToolParamExecution",
    "ToolSpendDailyEntry",
    "ToolSpendEntry",
    "ToolSpendResponse",
    "ToolUsageLogEntry",
    "ToolUsageLogsResponse",
    "TopLogprob",
    "Trace",
    "TraceAgent",
    "TraceAgentList",
    "TracePage",
    "TraceQueryAttributeField",
    "TraceQueryAttributes",
    "TraceQueryAttributesTable",
    "TraceQueryColumn",
    "TraceQueryExample",
    "TraceQueryHelp",
    "TraceQueryMetadata",
    "TraceQueryMetadataField",
    "TraceQueryMetadataFieldTypesItem",
    "TraceQueryMetadataTable",
    "TraceQueryNormalizedField",
    "TraceQueryNormalizedFieldTable",
    "TraceQueryRelationship",
    "TraceQueryRequest",
    "TraceQueryTable",
    "TraceQueryTableName",
    "TraceSQLResponse",
    "TraceSQLResponseDataItem",
    "TraceSummary",
    "TraceSummaryStatus",
    "TrainedTierArtifact",
    "TranscriptionDetectedLanguage",
    "TranscriptionResponse",
    "TranscriptionUsageDurationObject",
    "TranscriptionUsageInputTokenDetailsObject",
    "TranscriptionUsageTokensObject",
    "TransformRequestBody",
    "TransformRequestBodyRequestBody",
    "TypeAction",
    "UIAction",
    "UIEventAccepted",
    "UIEventBody",
    "UIEventsEnabledResponse",
    "UIField",
    "UIFields",
    "UIMessage",
    "UIMessageRole",
    "UIMessages",
    "UISettingsResponse",
    "UISettingsResponseFieldSchema",
    "UISettingsResponseSource",
    "UISettingsResponseSourceAdditionalProperty",
    "UISettingsResponseValues",
    "UIText",
    "UIThemeConfig",
    "UIThemeSettingsResponse",
    "UIThemeSettingsResponseFieldSchema",
    "UIThemeSettingsResponseValues",
    "UIToolCall",
    "UiDiscoveryEndpoints",
    "UiViewSpendLogsSpendLogsV2GetResponse200UiViewSpendLogsSpendLogsV2Get",
    "UnblockUsersResponse",
    "UnpinMcpServerToolsV1McpServerServerIdPinDeleteResponseUnpinMcpServerToolsV1McpServerServerIdPinDelete",
    "UpdateCoordinationRedisSettingsCoordinationRedisSettingsPostResponseUpdateCoordinationRedisSettingsCoordinationRedisSettingsPost",
    "UpdateCostDiscountConfigConfigCostDiscountConfigPatchCostDiscountConfig",
    "UpdateCostMarginConfigConfigCostMarginConfigPatchCostMarginConfig",
    "UpdateCostMarginConfigConfigCostMarginConfigPatchCostMarginConfigAdditionalPropertyType1",
    "UpdateCredentialItem",
    "UpdateCredentialItemCredentialInfo",
    "UpdateCredentialItemCredentialValuesType0",
    "UpdateCustomerRequest",
    "UpdateCustomerRequestAllowedModelRegionType0",
    "UpdateCyberarkConfigConfigOverridesCyberarkPostResponseUpdateCyberarkConfigConfigOverridesCyberarkPost",
    "UpdateDeployment",
    "UpdateGuardrailRequest",
    "UpdateJWTKeyMappingRequest",
    "UpdateKeyRequest",
    "UpdateKeyRequestAliasesType0",
    "UpdateKeyRequestBudgetFallbacksType0",
    "UpdateKeyRequestConfigType0",
    "UpdateKeyRequestDefaultEstimatedOutputTokensPerModelType0",
    "UpdateKeyRequestMcpRpmLimitType0",
    "UpdateKeyRequestMetadataType0",
    "UpdateKeyRequestModelMaxBudgetType0",
    "UpdateKeyRequestModelRpmLimitType0",
    "UpdateKeyRequestModelTpmLimitType0",
    "UpdateKeyRequestPermissionsType0",
    "UpdateKeyRequestRpmLimitTypeType0",
    "UpdateKeyRequestTagRpmLimitType0",
    "UpdateKeyRequestTpmLimitTypeType0",
    "UpdateLiteLLMParams",
    "UpdateLiteLLMParamsAdaptiveRouterConfigType0",
    "UpdateLiteLLMParamsComplexityRouterConfigType0",
    "UpdateLiteLLMParamsModelInfoType0",
    "UpdateLiteLLMParamsQualityRouterConfigType0",
    "UpdateLiteLLMParamsSearchContextCostPerQueryType0",
    "UpdateLiteLLMParamsStreamTimeoutByServiceTierType0",
    "UpdateLiteLLMParamsSwitchyardRouterConfigType0",
    "UpdateLiteLLMParamsTieredPricingType0Item",
    "UpdateLiteLLMParamsTimeoutByServiceTierType0",
    "UpdateLiteLLMParamsVertexCredentialsType1",
    "UpdateMCPServerRequest",
    "UpdateMCPServerRequestAuthTypeType0",
    "UpdateMCPServerRequestEnv",
    "UpdateMCPServerRequestMcpInfoType0",
    "UpdateMCPServerRequestOauth2FlowType0",
    "UpdateMCPServerRequestStaticHeadersType0",
    "UpdateMCPServerRequestToolNameToDescriptionType0",
    "UpdateMCPServerRequestToolNameToDisplayNameType0",
    "UpdateMCPServerRequestTransport",
    "UpdateMCPToolsetRequest",
    "UpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatchResponseUpdateMcpToolSearchSettingsUpdateMcpToolSearchSettingsPatch",
    "UpdateModelGroupRequest",
    "UpdatePluginRequest",
    "UpdatePluginRequestInstallationPreferenceType0",
    "UpdatePluginRequestSource",
    "UpdateProjectRequest",
    "UpdateProjectRequestMetadataType0",
    "UpdateProjectRequestModelItpmLimitType0",
    "UpdateProjectRequestModelMaxBudgetType0",
    "UpdateProjectRequestModelOtpmLimitType0",
    "UpdateProjectRequestModelRpmLimitType0",
    "UpdateProjectRequestModelTpmLimitType0",
    "UpdatePublicModelGroupsRequest",
    "UpdateRouterConfig",
    "UpdateRouterConfigContentPolicyFallbacksType0Item",
    "UpdateRouterConfigContentPolicyFallbacksType0ItemAdditionalPropertyItemType1",
    "UpdateRouterConfigContextWindowFallbacksType0Item",
    "UpdateRouterConfigFallbacksType0Item",
    "UpdateRouterConfigModelGroupAffinityConfigType0",
    "UpdateRouterConfigModelGroupAliasType0",
    "UpdateRouterConfigModelGroupAliasType0AdditionalPropertyType1",
    "UpdateRouterConfigModelGroupRetryPolicyType0",
    "UpdateRouterConfigOptionalPreCallChecksType0Item",
    "UpdateRouterConfigRoutingStrategyArgsType0",
    "UpdateRouterConfigWeightsType0",
    "UpdateSearchToolRequest",
    "UpdateSubscriptionAccountFeeRequest",
    "UpdateTeamMemberPermissionsRequest",
    "UpdateTeamRequest",
    "UpdateTeamRequestDefaultEstimatedOutputTokensPerModelType0",
    "UpdateTeamRequestEnforcedBatchOutputExpiresAfterType0",
    "UpdateTeamRequestEnforcedFileExpiresAfterType0",
    "UpdateTeamRequestMcpRpmLimitType0",
    "UpdateTeamRequestMetadataType0",
    "UpdateTeamRequestModelAliasesType0",
    "UpdateTeamRequestModelMaxBudgetType0",
    "UpdateTeamRequestModelRpmLimitType0",
    "UpdateTeamRequestModelTpmLimitType0",
    "UpdateTeamRequestSecretManagerSettingsType0",
    "UpdateTeamRequestTeamMemberModelMaxBudgetType0",
    "UpdateUiSettingsUpdateUiSettingsPatchSettingsBody",
    "UpdateUsefulLinksRequest",
    "UpdateUsefulLinksRequestUsefulLinks",
    "UpdateUsefulLinksRequestUsefulLinksAdditionalPropertyType1",
    "UpdateUserBannerResponse",
    "UpdateUserRequest",
    "UpdateUserRequestAliasesType0",
    "UpdateUserRequestBudgetFallbacksType0",
    "UpdateUserRequestConfigType0",
    "UpdateUserRequestMcpRpmLimitType0",
    "UpdateUserRequestMetadataType0",
    "UpdateUserRequestModelMaxBudgetType0",
    "UpdateUserRequestModelRpmLimitType0",
    "UpdateUserRequestModelTpmLimitType0",
    "UpdateUserRequestNoUserIDorEmail",
    "UpdateUserRequestNoUserIDorEmailAliasesType0",
    "UpdateUserRequestNoUserIDorEmailBudgetFallbacksType0",
    "UpdateUserRequestNoUserIDorEmailConfigType0",
    "UpdateUserRequestNoUserIDorEmailMcpRpmLimitType0",
    "UpdateUserRequestNoUserIDorEmailMetadataType0",
    "UpdateUserRequestNoUserIDorEmailModelMaxBudgetType0",
    "UpdateUserRequestNoUserIDorEmailModelRpmLimitType0",
    "UpdateUserRequestNoUserIDorEmailModelTpmLimitType0",
    "UpdateUserRequestNoUserIDorEmailPermissionsType0",
    "UpdateUserRequestNoUserIDorEmailTagRpmLimitType0",
    "UpdateUserRequestNoUserIDorEmailUserRoleType0",
    "UpdateUserRequestPermissionsType0",
    "UpdateUserRequestTagRpmLimitType0",
    "UpdateUserRequestUserRoleType0",
    "UploadPluginRequest",
    "UploadPluginRequestInstallationPreferenceType0",
    "UsageChartPoint",
    "UsageDetailResponse",
    "UsageDetailResponseCostByKey",
    "UsageDetailResponseCostByTeam",
    "UsageDetailResponseCostByUnit",
    "UsageDetailResponseUntrackedUsageUnits",
    "UsageDetailResponseUntrackedUsageUnitsByKey",
    "UsageDetailResponseUntrackedUsageUnitsByKeyAdditionalProperty",
    "UsageDetailResponseUntrackedUsageUnitsByTeam",
    "UsageDetailResponseUntrackedUsageUnitsByTeamAdditionalProperty",
    "UsageDetailResponseUsageUnits",
    "UsageDetailResponseUsageUnitsByKey",
    "UsageDetailResponseUsageUnitsByKeyAdditionalProperty",
    "UsageDetailResponseUsageUnitsByTeam",
    "UsageDetailResponseUsageUnitsByTeamAdditionalProperty",
    "UsageLogEntry",
    "UsageLogsResponse",
    "UsageOverviewResponse",
    "UsageOverviewResponseTotaluntrackedusageunits",
    "UsageOverviewResponseTotalusageunits",
    "UsageOverviewRow",
    "UsageOverviewRowUntrackedusageunits",
    "UsageOverviewRowUsageunits",
    "UsageUnitsDailyPoint",
    "UsageUnitsDailyPointUnits",
    "UserAPIKeyAuth",
    "UserAPIKeyAuthAliases",
    "UserAPIKeyAuthAllowedModelRegionType0",
    "UserAPIKeyAuthBudgetFallbacks",
    "UserAPIKeyAuthBudgetLimitsType0Item",
    "UserAPIKeyAuthConfig",
    "UserAPIKeyAuthEndUserModelMaxBudgetType0",
    "UserAPIKeyAuthJwtClaimsType0",
    "UserAPIKeyAuthLitellmBudgetTableType0",
    "UserAPIKeyAuthMetadata",
    "UserAPIKeyAuthModelMaxBudget",
    "UserAPIKeyAuthModelSpend",
    "UserAPIKeyAuthOrganizationMetadataType0",
    "UserAPIKeyAuthPermissions",
    "UserAPIKeyAuthProjectMetadataType0",
    "UserAPIKeyAuthRouterSettingsType0",
    "UserAPIKeyAuthRpmLimitPerModelType0",
    "UserAPIKeyAuthTeamMetadataType0",
    "UserAPIKeyAuthTeamModelAliasesType0",
    "UserAPIKeyAuthTeamModelMaxBudgetType0",
    "UserAPIKeyAuthTpmLimitPerModelType0",
    "UserAPIKeyAuthUserModelMaxBudgetType0",
    "UserActivityRow",
    "UserBanner",
    "UserBannerSeverity",
    "UserBannerUpdate",
    "UserBannerUpdateSeverity",
    "UserConnectionDeleteResponse",
    "UserConnectionPollRequest",
    "UserConnectionPollResponse",
    "UserConnectionPollResponseStatus",
    "UserConnectionStartResponse",
    "UserCreateResult",
    "UserDeleteResult",
    "UserInfoResponse",
    "UserInfoResponseUserInfoType0",
    "UserInfoV2Response",
    "UserInfoV2ResponseMetadataType0",
    "UserInfoV2ResponseModelMaxBudgetType0",
    "UserInfoV2ResponseModelMaxBudgetUsageType0",
    "UserInfoV2ResponseModelMaxBudgetUsageType0AdditionalProperty",
    "UserListResponse",
    "UserProviderConnection",
    "UserProviderConnectionsResponse",
    "UserUpdateResult",
    "UserUpdateResultUpdatedUserType0",
    "ValidateBlockedWordsFileGuardrailsValidateBlockedWordsFilePostRequest",
    "ValidationError",
    "ValidationErrorContext",
    "VantageDryRunRequest",
    "VantageExportRequest",
    "VantageExportResponse",
    "VantageExportResponseDryRunDataType0",
    "VantageExportResponseSummaryType0",
    "VantageInitRequest",
    "VantageInitResponse",
    "VantageSettingsUpdate",
    "VantageSettingsView",
    "VectorStoreDeleteRequest",
    "VectorStoreInfoRequest",
    "VectorStoreUpdateRequest",
    "VectorStoreUpdateRequestVectorStoreMetadataType0",
    "Wait",
    "WebSearchInterceptionSettings",
    "WebSearchInterceptionSettingsResponse",
    "WebSearchInterceptionSettingsResponseFieldSchema",
    "WebSearchInterceptionSettingsResponseValues",
    "WebSearchPreviewTool",
    "WebSearchPreviewToolParam",
    "WebSearchPreviewToolParamSearchContentTypesItem",
    "WebSearchPreviewToolParamSearchContextSize",
    "WebSearchPreviewToolParamType",
    "WebSearchPreviewToolSearchContentTypesType0Item",
    "WebSearchPreviewToolSearchContextSizeType0",
    "WebSearchPreviewToolType",
    "WebSearchTool",
    "WebSearchToolParam",
    "WebSearchToolParamSearchContextSize",
    "WebSearchToolParamType",
    "WebSearchToolSearchContextSizeType0",
    "WebSearchToolType",
    "WorkerRegistryEntry",
    "WorkflowEventCreateRequest",
    "WorkflowEventCreateRequestDataType0",
    "WorkflowMessageCreateRequest",
    "WorkflowRunCreateRequest",
    "WorkflowRunCreateRequestInputType0",
    "WorkflowRunCreateRequestMetadataType0",
    "WorkflowRunUpdateRequest",
    "WorkflowRunUpdateRequestMetadataType0",
    "WorkflowRunUpdateRequestOutputType0",
    "WorkflowRunUpdateRequestStatusType0",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
