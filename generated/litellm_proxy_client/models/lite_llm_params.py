from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aws_session_tag import AwsSessionTag
    from ..models.configurable_clientside_params_custom_auth_input import ConfigurableClientsideParamsCustomAuthInput
    from ..models.lite_llm_params_adaptive_router_config_type_0 import LiteLLMParamsAdaptiveRouterConfigType0
    from ..models.lite_llm_params_complexity_router_config_type_0 import LiteLLMParamsComplexityRouterConfigType0
    from ..models.lite_llm_params_model_info_type_0 import LiteLLMParamsModelInfoType0
    from ..models.lite_llm_params_quality_router_config_type_0 import LiteLLMParamsQualityRouterConfigType0
    from ..models.lite_llm_params_search_context_cost_per_query_type_0 import (
        LiteLLMParamsSearchContextCostPerQueryType0,
    )
    from ..models.lite_llm_params_stream_timeout_by_service_tier_type_0 import (
        LiteLLMParamsStreamTimeoutByServiceTierType0,
    )
    from ..models.lite_llm_params_switchyard_router_config_type_0 import LiteLLMParamsSwitchyardRouterConfigType0
    from ..models.lite_llm_params_tiered_pricing_type_0_item import LiteLLMParamsTieredPricingType0Item
    from ..models.lite_llm_params_timeout_by_service_tier_type_0 import LiteLLMParamsTimeoutByServiceTierType0
    from ..models.lite_llm_params_vertex_credentials_type_1 import LiteLLMParamsVertexCredentialsType1
    from ..models.model_response import ModelResponse
    from ..models.search_context_cost_per_query import SearchContextCostPerQuery
    from ..models.timeout import Timeout


T = TypeVar("T", bound="LiteLLMParams")


@_attrs_define
class LiteLLMParams:
    """LiteLLM Params with 'model' requirement - used for completions

    Attributes:
        model (str):
        adaptive_router_config (LiteLLMParamsAdaptiveRouterConfigType0 | None | Unset):
        adaptive_router_default_model (None | str | Unset):
        allow_client_keepalive_override (bool | None | Unset):  Default: False.
        allow_legacy_cloud_file_ids (bool | None | Unset):
        annotation_cost_per_page (float | None | Unset):
        annotation_cost_per_page_batches (float | None | Unset):
        anthropic_disable_workload_identity_federation (bool | None | Unset):
        anthropic_federation_rule_id (None | str | Unset):
        anthropic_federation_workspace_id (None | str | Unset):
        anthropic_identity_source (None | str | Unset):
        anthropic_identity_token (None | str | Unset):
        anthropic_identity_token_file (None | str | Unset):
        anthropic_issuer_audience (None | str | Unset):
        anthropic_issuer_signing_key_ref (None | str | Unset):
        anthropic_issuer_subject (None | str | Unset):
        anthropic_issuer_ttl_seconds (int | None | Unset):
        anthropic_issuer_url (None | str | Unset):
        anthropic_keycloak_auth_method (None | str | Unset):
        anthropic_keycloak_client_id (None | str | Unset):
        anthropic_keycloak_client_secret_ref (None | str | Unset):
        anthropic_keycloak_scope (None | str | Unset):
        anthropic_keycloak_token_url (None | str | Unset):
        anthropic_organization_id (None | str | Unset):
        anthropic_service_account_id (None | str | Unset):
        api_base (None | str | Unset):
        api_key (None | str | Unset):
        api_version (None | str | Unset):
        auto_router_config (None | str | Unset):
        auto_router_config_path (None | str | Unset):
        auto_router_default_model (None | str | Unset):
        auto_router_embedding_model (None | str | Unset):
        auto_router_max_input_chars (int | None | Unset):
        auto_router_model_compression (None | str | Unset):
        auto_router_routing_compression (None | str | Unset):
        aws_access_key_id (None | str | Unset):
        aws_batch_role_arn (None | str | Unset):
        aws_bedrock_control_plane_endpoint (None | str | Unset):
        aws_bedrock_project_id (None | str | Unset):
        aws_bedrock_runtime_endpoint (None | str | Unset):
        aws_external_id (None | str | Unset):
        aws_profile_name (None | str | Unset):
        aws_region_name (None | str | Unset):
        aws_role_name (None | str | Unset):
        aws_secret_access_key (None | str | Unset):
        aws_session_name (None | str | Unset):
        aws_session_tags (list[AwsSessionTag] | None | Unset):
        aws_session_token (None | str | Unset):
        aws_sts_endpoint (None | str | Unset):
        aws_web_identity_token (None | str | Unset):
        azure_ad_token (None | str | Unset):
        azure_password (None | str | Unset):
        azure_scope (None | str | Unset):
        azure_username (None | str | Unset):
        bedrock_tags (list[Any] | None | Unset):
        bucket_name (None | str | Unset):
        budget_duration (None | str | Unset):
        cache_creation_input_audio_token_cost (float | None | Unset):
        cache_creation_input_token_cost (float | None | Unset):
        cache_creation_input_token_cost_above_100k_tokens (float | None | Unset):
        cache_creation_input_token_cost_above_100k_tokens_batches (float | None | Unset):
        cache_creation_input_token_cost_above_12hr (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_batches (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_flex (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_priority (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_ultrafast (float | None | Unset):
        cache_creation_input_token_cost_above_1hr (float | None | Unset):
        cache_creation_input_token_cost_above_1hr_above_100k_tokens (float | None | Unset):
        cache_creation_input_token_cost_above_200k_tokens (float | None | Unset):
        cache_creation_input_token_cost_above_200k_tokens_batches (float | None | Unset):
        cache_creation_input_token_cost_above_272k_tokens (float | None | Unset):
        cache_creation_input_token_cost_above_272k_tokens_batches (float | None | Unset):
        cache_creation_input_token_cost_above_272k_tokens_flex (float | None | Unset):
        cache_creation_input_token_cost_above_272k_tokens_priority (float | None | Unset):
        cache_creation_input_token_cost_above_272k_tokens_ultrafast (float | None | Unset):
        cache_creation_input_token_cost_batches (float | None | Unset):
        cache_creation_input_token_cost_flex (float | None | Unset):
        cache_creation_input_token_cost_priority (float | None | Unset):
        cache_creation_input_token_cost_ultrafast (float | None | Unset):
        cache_read_input_audio_token_cost (float | None | Unset):
        cache_read_input_audio_token_cost_batches (float | None | Unset):
        cache_read_input_audio_token_cost_flex (float | None | Unset):
        cache_read_input_audio_token_cost_priority (float | None | Unset):
        cache_read_input_image_token_cost (float | None | Unset):
        cache_read_input_token_cost (float | None | Unset):
        cache_read_input_token_cost_above_100k_tokens (float | None | Unset):
        cache_read_input_token_cost_above_100k_tokens_batches (float | None | Unset):
        cache_read_input_token_cost_above_200k_tokens (float | None | Unset):
        cache_read_input_token_cost_above_200k_tokens_batches (float | None | Unset):
        cache_read_input_token_cost_above_200k_tokens_priority (float | None | Unset):
        cache_read_input_token_cost_above_272k_tokens (float | None | Unset):
        cache_read_input_token_cost_above_272k_tokens_batches (float | None | Unset):
        cache_read_input_token_cost_above_272k_tokens_flex (float | None | Unset):
        cache_read_input_token_cost_above_272k_tokens_priority (float | None | Unset):
        cache_read_input_token_cost_above_272k_tokens_ultrafast (float | None | Unset):
        cache_read_input_token_cost_above_512k_tokens (float | None | Unset):
        cache_read_input_token_cost_balanced (float | None | Unset):
        cache_read_input_token_cost_batches (float | None | Unset):
        cache_read_input_token_cost_flex (float | None | Unset):
        cache_read_input_token_cost_priority (float | None | Unset):
        cache_read_input_token_cost_ultrafast (float | None | Unset):
        chatgpt_auth_file (None | str | Unset): Path to a ChatGPT OAuth auth.json for this deployment.
        citation_cost_per_token (float | None | Unset):
        client_id (None | str | Unset):
        client_secret (None | str | Unset):
        complexity_router_config (LiteLLMParamsComplexityRouterConfigType0 | None | Unset):
        complexity_router_default_model (None | str | Unset):
        configurable_clientside_auth_params (list[ConfigurableClientsideParamsCustomAuthInput | str] | None | Unset):
        cost_per_second (float | None | Unset):
        custom_llm_provider (None | str | Unset):
        daily_reset_time (None | str | Unset):
        default_api_key_rpm_limit (int | None | Unset):
        default_api_key_tpm_limit (int | None | Unset):
        drop_params (bool | None | str | Unset):
        explicit_cache_read_input_token_cost (float | None | Unset):
        fedramp_uplift_multiplier (float | None | Unset):
        fireworks_forward_user_id (bool | None | Unset): Send the LiteLLM user id of the calling key as the `user` field
            on Fireworks AI chat, responses and messages requests.
        gcs_bucket_name (None | str | Unset):
        google_maps_grounding_cost_per_query (float | None | Unset):
        input_cost_per_audio_per_second (float | None | Unset):
        input_cost_per_audio_per_second_above_128k_tokens (float | None | Unset):
        input_cost_per_audio_token (float | None | Unset):
        input_cost_per_audio_token_above_200k_tokens (float | None | Unset):
        input_cost_per_audio_token_above_200k_tokens_batches (float | None | Unset):
        input_cost_per_audio_token_above_200k_tokens_flex (float | None | Unset):
        input_cost_per_audio_token_above_200k_tokens_priority (float | None | Unset):
        input_cost_per_audio_token_batches (float | None | Unset):
        input_cost_per_audio_token_flex (float | None | Unset):
        input_cost_per_audio_token_priority (float | None | Unset):
        input_cost_per_character (float | None | Unset):
        input_cost_per_character_above_128k_tokens (float | None | Unset):
        input_cost_per_image (float | None | Unset):
        input_cost_per_image_above_128k_tokens (float | None | Unset):
        input_cost_per_image_token (float | None | Unset):
        input_cost_per_image_token_batches (float | None | Unset):
        input_cost_per_pixel (float | None | Unset):
        input_cost_per_query (float | None | Unset):
        input_cost_per_second (float | None | Unset):
        input_cost_per_text_message (float | None | Unset):
        input_cost_per_token (float | None | Unset):
        input_cost_per_token_above_100k_tokens (float | None | Unset):
        input_cost_per_token_above_100k_tokens_batches (float | None | Unset):
        input_cost_per_token_above_128k_tokens (float | None | Unset):
        input_cost_per_token_above_200k_tokens (float | None | Unset):
        input_cost_per_token_above_200k_tokens_batches (float | None | Unset):
        input_cost_per_token_above_200k_tokens_flex (float | None | Unset):
        input_cost_per_token_above_200k_tokens_priority (float | None | Unset):
        input_cost_per_token_above_272k_tokens (float | None | Unset):
        input_cost_per_token_above_272k_tokens_batches (float | None | Unset):
        input_cost_per_token_above_272k_tokens_flex (float | None | Unset):
        input_cost_per_token_above_272k_tokens_priority (float | None | Unset):
        input_cost_per_token_above_272k_tokens_ultrafast (float | None | Unset):
        input_cost_per_token_above_512k_tokens (float | None | Unset):
        input_cost_per_token_balanced (float | None | Unset):
        input_cost_per_token_batches (float | None | Unset):
        input_cost_per_token_cache_hit (float | None | Unset):
        input_cost_per_token_flex (float | None | Unset):
        input_cost_per_token_priority (float | None | Unset):
        input_cost_per_token_ultrafast (float | None | Unset):
        input_cost_per_video_per_second (float | None | Unset):
        input_cost_per_video_per_second_above_128k_tokens (float | None | Unset):
        input_cost_per_video_per_second_above_15s_interval (float | None | Unset):
        input_cost_per_video_per_second_above_8s_interval (float | None | Unset):
        input_cost_per_video_token (float | None | Unset):
        input_cost_per_video_token_batches (float | None | Unset):
        itpm (int | None | Unset):
        keepalive_seconds (float | None | Unset):
        litellm_credential_name (None | str | Unset):
        litellm_trace_id (None | str | Unset):
        max_budget (float | None | Unset):
        max_file_size_mb (float | None | Unset):
        max_retries (int | None | Unset):
        merge_reasoning_content_in_choices (bool | None | Unset):  Default: False.
        milvus_db_name (None | str | Unset):
        milvus_partition_names (list[str] | None | Unset):
        milvus_text_field (None | str | Unset):
        mock_response (Any | ModelResponse | None | str | Unset):
        model_info (LiteLLMParamsModelInfoType0 | None | Unset):
        ocr_cost_per_credit (float | None | Unset):
        ocr_cost_per_page (float | None | Unset):
        ocr_cost_per_page_batches (float | None | Unset):
        openai_identity_provider_id (None | str | Unset):
        openai_identity_token_file (None | str | Unset):
        openai_service_account_id (None | str | Unset):
        organization (None | str | Unset):
        otpm (int | None | Unset):
        output_cost_per_audio_per_second (float | None | Unset):
        output_cost_per_audio_token (float | None | Unset):
        output_cost_per_character (float | None | Unset):
        output_cost_per_character_above_128k_tokens (float | None | Unset):
        output_cost_per_image (float | None | Unset):
        output_cost_per_image_1024 (float | None | Unset):
        output_cost_per_image_1536 (float | None | Unset):
        output_cost_per_image_1k (float | None | Unset):
        output_cost_per_image_2k (float | None | Unset):
        output_cost_per_image_512 (float | None | Unset):
        output_cost_per_image_token (float | None | Unset):
        output_cost_per_image_token_batches (float | None | Unset):
        output_cost_per_image_token_priority (float | None | Unset):
        output_cost_per_pixel (float | None | Unset):
        output_cost_per_reasoning_token (float | None | Unset):
        output_cost_per_reasoning_token_flex (float | None | Unset):
        output_cost_per_reasoning_token_priority (float | None | Unset):
        output_cost_per_second (float | None | Unset):
        output_cost_per_second_1080p (float | None | Unset):
        output_cost_per_second_2k (float | None | Unset):
        output_cost_per_second_480p (float | None | Unset):
        output_cost_per_second_4k (float | None | Unset):
        output_cost_per_second_720p (float | None | Unset):
        output_cost_per_second_768p (float | None | Unset):
        output_cost_per_token (float | None | Unset):
        output_cost_per_token_above_100k_tokens (float | None | Unset):
        output_cost_per_token_above_100k_tokens_batches (float | None | Unset):
        output_cost_per_token_above_128k_tokens (float | None | Unset):
        output_cost_per_token_above_200k_tokens (float | None | Unset):
        output_cost_per_token_above_200k_tokens_batches (float | None | Unset):
        output_cost_per_token_above_200k_tokens_flex (float | None | Unset):
        output_cost_per_token_above_200k_tokens_priority (float | None | Unset):
        output_cost_per_token_above_272k_tokens (float | None | Unset):
        output_cost_per_token_above_272k_tokens_batches (float | None | Unset):
        output_cost_per_token_above_272k_tokens_flex (float | None | Unset):
        output_cost_per_token_above_272k_tokens_priority (float | None | Unset):
        output_cost_per_token_above_272k_tokens_ultrafast (float | None | Unset):
        output_cost_per_token_above_512k_tokens (float | None | Unset):
        output_cost_per_token_balanced (float | None | Unset):
        output_cost_per_token_batches (float | None | Unset):
        output_cost_per_token_flex (float | None | Unset):
        output_cost_per_token_priority (float | None | Unset):
        output_cost_per_token_ultrafast (float | None | Unset):
        output_cost_per_video_per_second (float | None | Unset):
        output_cost_per_video_token (float | None | Unset):
        output_vector_size (int | None | Unset):
        provider_affinity_header (None | str | Unset):
        quality_router_config (LiteLLMParamsQualityRouterConfigType0 | None | Unset):
        quality_router_default_model (None | str | Unset):
        region_name (None | str | Unset):
        regional_endpoint_uplift_multiplier (float | None | Unset):
        regional_processing_uplift_multiplier_eu (float | None | Unset):
        regional_processing_uplift_multiplier_us (float | None | Unset):
        responses_api_version (None | str | Unset):
        rpd (int | None | Unset):
        rpm (int | None | Unset):
        s3_access_key_id (None | str | Unset):
        s3_bucket_name (None | str | Unset):
        s3_bucket_owner (None | str | Unset):
        s3_encryption_key_id (None | str | Unset):
        s3_endpoint_url (None | str | Unset):
        s3_output_bucket_name (None | str | Unset):
        s3_region_name (None | str | Unset):
        s3_secret_access_key (None | str | Unset):
        search_context_cost_per_query (LiteLLMParamsSearchContextCostPerQueryType0 | None | Unset):
        search_queries_cost_per_query (float | None | SearchContextCostPerQuery | Unset):
        stream_timeout (float | None | str | Unset):
        stream_timeout_by_service_tier (LiteLLMParamsStreamTimeoutByServiceTierType0 | None | Unset):
        switchyard_router_config (LiteLLMParamsSwitchyardRouterConfigType0 | None | Unset):
        tag_regex (list[str] | None | Unset):
        tags (list[str] | None | Unset):
        tenant_id (None | str | Unset):
        thought_signature_in_tool_call_id (bool | None | Unset):
        tiered_pricing (list[LiteLLMParamsTieredPricingType0Item] | None | Unset):
        timeout (float | None | str | Timeout | Unset):
        timeout_by_service_tier (LiteLLMParamsTimeoutByServiceTierType0 | None | Unset):
        token_exchange_audience (None | str | Unset):
        token_exchange_endpoint (None | str | Unset):
        token_exchange_profile (None | str | Unset):
        token_exchange_scope (None | str | Unset):
        tpd (int | None | Unset):
        tpm (int | None | Unset):
        use_chat_completions_api (bool | None | Unset):
        use_in_pass_through (bool | None | Unset):  Default: False.
        use_litellm_proxy (bool | None | Unset):  Default: False.
        use_xai_oauth (bool | None | Unset): Use stored xAI OAuth credentials when no xAI API key is configured.
            Default: False.
        valkey_embedding_field (None | str | Unset):
        valkey_host (None | str | Unset):
        valkey_password (None | str | Unset):
        valkey_port (int | None | Unset):
        valkey_ssl (bool | None | Unset):
        valkey_text_field (None | str | Unset):
        vector_store_id (None | str | Unset):
        vertex_credentials (LiteLLMParamsVertexCredentialsType1 | None | str | Unset):
        vertex_location (None | str | Unset):
        vertex_project (None | str | Unset):
        watsonx_region_name (None | str | Unset):
    """

    model: str
    adaptive_router_config: LiteLLMParamsAdaptiveRouterConfigType0 | None | Unset = UNSET
    adaptive_router_default_model: None | str | Unset = UNSET
    allow_client_keepalive_override: bool | None | Unset = False
    allow_legacy_cloud_file_ids: bool | None | Unset = UNSET
    annotation_cost_per_page: float | None | Unset = UNSET
    annotation_cost_per_page_batches: float | None | Unset = UNSET
    anthropic_disable_workload_identity_federation: bool | None | Unset = UNSET
    anthropic_federation_rule_id: None | str | Unset = UNSET
    anthropic_federation_workspace_id: None | str | Unset = UNSET
    anthropic_identity_source: None | str | Unset = UNSET
    anthropic_identity_token: None | str | Unset = UNSET
    anthropic_identity_token_file: None | str | Unset = UNSET
    anthropic_issuer_audience: None | str | Unset = UNSET
    anthropic_issuer_signing_key_ref: None | str | Unset = UNSET
    anthropic_issuer_subject: None | str | Unset = UNSET
    anthropic_issuer_ttl_seconds: int | None | Unset = UNSET
    anthropic_issuer_url: None | str | Unset = UNSET
    anthropic_keycloak_auth_method: None | str | Unset = UNSET
    anthropic_keycloak_client_id: None | str | Unset = UNSET
    anthropic_keycloak_client_secret_ref: None | str | Unset = UNSET
    anthropic_keycloak_scope: None | str | Unset = UNSET
    anthropic_keycloak_token_url: None | str | Unset = UNSET
    anthropic_organization_id: None | str | Unset = UNSET
    anthropic_service_account_id: None | str | Unset = UNSET
    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    api_version: None | str | Unset = UNSET
    auto_router_config: None | str | Unset = UNSET
    auto_router_config_path: None | str | Unset = UNSET
    auto_router_default_model: None | str | Unset = UNSET
    auto_router_embedding_model: None | str | Unset = UNSET
    auto_router_max_input_chars: int | None | Unset = UNSET
    auto_router_model_compression: None | str | Unset = UNSET
    auto_router_routing_compression: None | str | Unset = UNSET
    aws_access_key_id: None | str | Unset = UNSET
    aws_batch_role_arn: None | str | Unset = UNSET
    aws_bedrock_control_plane_endpoint: None | str | Unset = UNSET
    aws_bedrock_project_id: None | str | Unset = UNSET
    aws_bedrock_runtime_endpoint: None | str | Unset = UNSET
    aws_external_id: None | str | Unset = UNSET
    aws_profile_name: None | str | Unset = UNSET
    aws_region_name: None | str | Unset = UNSET
    aws_role_name: None | str | Unset = UNSET
    aws_secret_access_key: None | str | Unset = UNSET
    aws_session_name: None | str | Unset = UNSET
    aws_session_tags: list[AwsSessionTag] | None | Unset = UNSET
    aws_session_token: None | str | Unset = UNSET
    aws_sts_endpoint: None | str | Unset = UNSET
    aws_web_identity_token: None | str | Unset = UNSET
    azure_ad_token: None | str | Unset = UNSET
    azure_password: None | str | Unset = UNSET
    azure_scope: None | str | Unset = UNSET
    azure_username: None | str | Unset = UNSET
    bedrock_tags: list[Any] | None | Unset = UNSET
    bucket_name: None | str | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    cache_creation_input_audio_token_cost: float | None | Unset = UNSET
    cache_creation_input_token_cost: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_100k_tokens: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_100k_tokens_batches: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_batches: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_flex: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_priority: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_ultrafast: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_1hr: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_1hr_above_100k_tokens: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_200k_tokens: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_200k_tokens_batches: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_272k_tokens: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_272k_tokens_batches: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_272k_tokens_flex: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_272k_tokens_priority: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_272k_tokens_ultrafast: float | None | Unset = UNSET
    cache_creation_input_token_cost_batches: float | None | Unset = UNSET
    cache_creation_input_token_cost_flex: float | None | Unset = UNSET
    cache_creation_input_token_cost_priority: float | None | Unset = UNSET
    cache_creation_input_token_cost_ultrafast: float | None | Unset = UNSET
    cache_read_input_audio_token_cost: float | None | Unset = UNSET
    cache_read_input_audio_token_cost_batches: float | None | Unset = UNSET
    cache_read_input_audio_token_cost_flex: float | None | Unset = UNSET
    cache_read_input_audio_token_cost_priority: float | None | Unset = UNSET
    cache_read_input_image_token_cost: float | None | Unset = UNSET
    cache_read_input_token_cost: float | None | Unset = UNSET
    cache_read_input_token_cost_above_100k_tokens: float | None | Unset = UNSET
    cache_read_input_token_cost_above_100k_tokens_batches: float | None | Unset = UNSET
    cache_read_input_token_cost_above_200k_tokens: float | None | Unset = UNSET
    cache_read_input_token_cost_above_200k_tokens_batches: float | None | Unset = UNSET
    cache_read_input_token_cost_above_200k_tokens_priority: float | None | Unset = UNSET
    cache_read_input_token_cost_above_272k_tokens: float | None | Unset = UNSET
    cache_read_input_token_cost_above_272k_tokens_batches: float | None | Unset = UNSET
    cache_read_input_token_cost_above_272k_tokens_flex: float | None | Unset = UNSET
    cache_read_input_token_cost_above_272k_tokens_priority: float | None | Unset = UNSET
    cache_read_input_token_cost_above_272k_tokens_ultrafast: float | None | Unset = UNSET
    cache_read_input_token_cost_above_512k_tokens: float | None | Unset = UNSET
    cache_read_input_token_cost_balanced: float | None | Unset = UNSET
    cache_read_input_token_cost_batches: float | None | Unset = UNSET
    cache_read_input_token_cost_flex: float | None | Unset = UNSET
    cache_read_input_token_cost_priority: float | None | Unset = UNSET
    cache_read_input_token_cost_ultrafast: float | None | Unset = UNSET
    chatgpt_auth_file: None | str | Unset = UNSET
    citation_cost_per_token: float | None | Unset = UNSET
    client_id: None | str | Unset = UNSET
    client_secret: None | str | Unset = UNSET
    complexity_router_config: LiteLLMParamsComplexityRouterConfigType0 | None | Unset = UNSET
    complexity_router_default_model: None | str | Unset = UNSET
    configurable_clientside_auth_params: list[ConfigurableClientsideParamsCustomAuthInput | str] | None | Unset = UNSET
    cost_per_second: float | None | Unset = UNSET
    custom_llm_provider: None | str | Unset = UNSET
    daily_reset_time: None | str | Unset = UNSET
    default_api_key_rpm_limit: int | None | Unset = UNSET
    default_api_key_tpm_limit: int | None | Unset = UNSET
    drop_params: bool | None | str | Unset = UNSET
    explicit_cache_read_input_token_cost: float | None | Unset = UNSET
    fedramp_uplift_multiplier: float | None | Unset = UNSET
    fireworks_forward_user_id: bool | None | Unset = UNSET
    gcs_bucket_name: None | str | Unset = UNSET
    google_maps_grounding_cost_per_query: float | None | Unset = UNSET
    input_cost_per_audio_per_second: float | None | Unset = UNSET
    input_cost_per_audio_per_second_above_128k_tokens: float | None | Unset = UNSET
    input_cost_per_audio_token: float | None | Unset = UNSET
    input_cost_per_audio_token_above_200k_tokens: float | None | Unset = UNSET
    input_cost_per_audio_token_above_200k_tokens_batches: float | None | Unset = UNSET
    input_cost_per_audio_token_above_200k_tokens_flex: float | None | Unset = UNSET
    input_cost_per_audio_token_above_200k_tokens_priority: float | None | Unset = UNSET
    input_cost_per_audio_token_batches: float | None | Unset = UNSET
    input_cost_per_audio_token_flex: float | None | Unset = UNSET
    input_cost_per_audio_token_priority: float | None | Unset = UNSET
    input_cost_per_character: float | None | Unset = UNSET
    input_cost_per_character_above_128k_tokens: float | None | Unset = UNSET
    input_cost_per_image: float | None | Unset = UNSET
    input_cost_per_image_above_128k_tokens: float | None | Unset = UNSET
    input_cost_per_image_token: float | None | Unset = UNSET
    input_cost_per_image_token_batches: float | None | Unset = UNSET
    input_cost_per_pixel: float | None | Unset = UNSET
    input_cost_per_query: float | None | Unset = UNSET
    input_cost_per_second: float | None | Unset = UNSET
    input_cost_per_text_message: float | None | Unset = UNSET
    input_cost_per_token: float | None | Unset = UNSET
    input_cost_per_token_above_100k_tokens: float | None | Unset = UNSET
    input_cost_per_token_above_100k_tokens_batches: float | None | Unset = UNSET
    input_cost_per_token_above_128k_tokens: float | None | Unset = UNSET
    input_cost_per_token_above_200k_tokens: float | None | Unset = UNSET
    input_cost_per_token_above_200k_tokens_batches: float | None | Unset = UNSET
    input_cost_per_token_above_200k_tokens_flex: float | None | Unset = UNSET
    input_cost_per_token_above_200k_tokens_priority: float | None | Unset = UNSET
    input_cost_per_token_above_272k_tokens: float | None | Unset = UNSET
    input_cost_per_token_above_272k_tokens_batches: float | None | Unset = UNSET
    input_cost_per_token_above_272k_tokens_flex: float | None | Unset = UNSET
    input_cost_per_token_above_272k_tokens_priority: float | None | Unset = UNSET
    input_cost_per_token_above_272k_tokens_ultrafast: float | None | Unset = UNSET
    input_cost_per_token_above_512k_tokens: float | None | Unset = UNSET
    input_cost_per_token_balanced: float | None | Unset = UNSET
    input_cost_per_token_batches: float | None | Unset = UNSET
    input_cost_per_token_cache_hit: float | None | Unset = UNSET
    input_cost_per_token_flex: float | None | Unset = UNSET
    input_cost_per_token_priority: float | None | Unset = UNSET
    input_cost_per_token_ultrafast: float | None | Unset = UNSET
    input_cost_per_video_per_second: float | None | Unset = UNSET
    input_cost_per_video_per_second_above_128k_tokens: float | None | Unset = UNSET
    input_cost_per_video_per_second_above_15s_interval: float | None | Unset = UNSET
    input_cost_per_video_per_second_above_8s_interval: float | None | Unset = UNSET
    input_cost_per_video_token: float | None | Unset = UNSET
    input_cost_per_video_token_batches: float | None | Unset = UNSET
    itpm: int | None | Unset = UNSET
    keepalive_seconds: float | None | Unset = UNSET
    litellm_credential_name: None | str | Unset = UNSET
    litellm_trace_id: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    max_file_size_mb: float | None | Unset = UNSET
    max_retries: int | None | Unset = UNSET
    merge_reasoning_content_in_choices: bool | None | Unset = False
    milvus_db_name: None | str | Unset = UNSET
    milvus_partition_names: list[str] | None | Unset = UNSET
    milvus_text_field: None | str | Unset = UNSET
    mock_response: Any | ModelResponse | None | str | Unset = UNSET
    model_info: LiteLLMParamsModelInfoType0 | None | Unset = UNSET
    ocr_cost_per_credit: float | None | Unset = UNSET
    ocr_cost_per_page: float | None | Unset = UNSET
    ocr_cost_per_page_batches: float | None | Unset = UNSET
    openai_identity_provider_id: None | str | Unset = UNSET
    openai_identity_token_file: None | str | Unset = UNSET
    openai_service_account_id: None | str | Unset = UNSET
    organization: None | str | Unset = UNSET
    otpm: int | None | Unset = UNSET
    output_cost_per_audio_per_second: float | None | Unset = UNSET
    output_cost_per_audio_token: float | None | Unset = UNSET
    output_cost_per_character: float | None | Unset = UNSET
    output_cost_per_character_above_128k_tokens: float | None | Unset = UNSET
    output_cost_per_image: float | None | Unset = UNSET
    output_cost_per_image_1024: float | None | Unset = UNSET
    output_cost_per_image_1536: float | None | Unset = UNSET
    output_cost_per_image_1k: float | None | Unset = UNSET
    output_cost_per_image_2k: float | None | Unset = UNSET
    output_cost_per_image_512: float | None | Unset = UNSET
    output_cost_per_image_token: float | None | Unset = UNSET
    output_cost_per_image_token_batches: float | None | Unset = UNSET
    output_cost_per_image_token_priority: float | None | Unset = UNSET
    output_cost_per_pixel: float | None | Unset = UNSET
    output_cost_per_reasoning_token: float | None | Unset = UNSET
    output_cost_per_reasoning_token_flex: float | None | Unset = UNSET
    output_cost_per_reasoning_token_priority: float | None | Unset = UNSET
    output_cost_per_second: float | None | Unset = UNSET
    output_cost_per_second_1080p: float | None | Unset = UNSET
    output_cost_per_second_2k: float | None | Unset = UNSET
    output_cost_per_second_480p: float | None | Unset = UNSET
    output_cost_per_second_4k: float | None | Unset = UNSET
    output_cost_per_second_720p: float | None | Unset = UNSET
    output_cost_per_second_768p: float | None | Unset = UNSET
    output_cost_per_token: float | None | Unset = UNSET
    output_cost_per_token_above_100k_tokens: float | None | Unset = UNSET
    output_cost_per_token_above_100k_tokens_batches: float | None | Unset = UNSET
    output_cost_per_token_above_128k_tokens: float | None | Unset = UNSET
    output_cost_per_token_above_200k_tokens: float | None | Unset = UNSET
    output_cost_per_token_above_200k_tokens_batches: float | None | Unset = UNSET
    output_cost_per_token_above_200k_tokens_flex: float | None | Unset = UNSET
    output_cost_per_token_above_200k_tokens_priority: float | None | Unset = UNSET
    output_cost_per_token_above_272k_tokens: float | None | Unset = UNSET
    output_cost_per_token_above_272k_tokens_batches: float | None | Unset = UNSET
    output_cost_per_token_above_272k_tokens_flex: float | None | Unset = UNSET
    output_cost_per_token_above_272k_tokens_priority: float | None | Unset = UNSET
    output_cost_per_token_above_272k_tokens_ultrafast: float | None | Unset = UNSET
    output_cost_per_token_above_512k_tokens: float | None | Unset = UNSET
    output_cost_per_token_balanced: float | None | Unset = UNSET
    output_cost_per_token_batches: float | None | Unset = UNSET
    output_cost_per_token_flex: float | None | Unset = UNSET
    output_cost_per_token_priority: float | None | Unset = UNSET
    output_cost_per_token_ultrafast: float | None | Unset = UNSET
    output_cost_per_video_per_second: float | None | Unset = UNSET
    output_cost_per_video_token: float | None | Unset = UNSET
    output_vector_size: int | None | Unset = UNSET
    provider_affinity_header: None | str | Unset = UNSET
    quality_router_config: LiteLLMParamsQualityRouterConfigType0 | None | Unset = UNSET
    quality_router_default_model: None | str | Unset = UNSET
    region_name: None | str | Unset = UNSET
    regional_endpoint_uplift_multiplier: float | None | Unset = UNSET
    regional_processing_uplift_multiplier_eu: float | None | Unset = UNSET
    regional_processing_uplift_multiplier_us: float | None | Unset = UNSET
    responses_api_version: None | str | Unset = UNSET
    rpd: int | None | Unset = UNSET
    rpm: int | None | Unset = UNSET
    s3_access_key_id: None | str | Unset = UNSET
    s3_bucket_name: None | str | Unset = UNSET
    s3_bucket_owner: None | str | Unset = UNSET
    s3_encryption_key_id: None | str | Unset = UNSET
    s3_endpoint_url: None | str | Unset = UNSET
    s3_output_bucket_name: None | str | Unset = UNSET
    s3_region_name: None | str | Unset = UNSET
    s3_secret_access_key: None | str | Unset = UNSET
    search_context_cost_per_query: LiteLLMParamsSearchContextCostPerQueryType0 | None | Unset = UNSET
    search_queries_cost_per_query: float | None | SearchContextCostPerQuery | Unset = UNSET
    stream_timeout: float | None | str | Unset = UNSET
    stream_timeout_by_service_tier: LiteLLMParamsStreamTimeoutByServiceTierType0 | None | Unset = UNSET
    switchyard_router_config: LiteLLMParamsSwitchyardRouterConfigType0 | None | Unset = UNSET
    tag_regex: list[str] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    tenant_id: None | str | Unset = UNSET
    thought_signature_in_tool_call_id: bool | None | Unset = UNSET
    tiered_pricing: list[LiteLLMParamsTieredPricingType0Item] | None | Unset = UNSET
    timeout: float | None | str | Timeout | Unset = UNSET
    timeout_by_service_tier: LiteLLMParamsTimeoutByServiceTierType0 | None | Unset = UNSET
    token_exchange_audience: None | str | Unset = UNSET
    token_exchange_endpoint: None | str | Unset = UNSET
    token_exchange_profile: None | str | Unset = UNSET
    token_exchange_scope: None | str | Unset = UNSET
    tpd: int | None | Unset = UNSET
    tpm: int | None | Unset = UNSET
    use_chat_completions_api: bool | None | Unset = UNSET
    use_in_pass_through: bool | None | Unset = False
    use_litellm_proxy: bool | None | Unset = False
    use_xai_oauth: bool | None | Unset = False
    valkey_embedding_field: None | str | Unset = UNSET
    valkey_host: None | str | Unset = UNSET
    valkey_password: None | str | Unset = UNSET
    valkey_port: int | None | Unset = UNSET
    valkey_ssl: bool | None | Unset = UNSET
    valkey_text_field: None | str | Unset = UNSET
    vector_store_id: None | str | Unset = UNSET
    vertex_credentials: LiteLLMParamsVertexCredentialsType1 | None | str | Unset = UNSET
    vertex_location: None | str | Unset = UNSET
    vertex_project: None | str | Unset = UNSET
    watsonx_region_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.configurable_clientside_params_custom_auth_input import (
            ConfigurableClientsideParamsCustomAuthInput,  # noqa: PLC0415
        )
        from ..models.lite_llm_params_adaptive_router_config_type_0 import LiteLLMParamsAdaptiveRouterConfigType0  # noqa: PLC0415
        from ..models.lite_llm_params_complexity_router_config_type_0 import LiteLLMParamsComplexityRouterConfigType0  # noqa: PLC0415
        from ..models.lite_llm_params_model_info_type_0 import LiteLLMParamsModelInfoType0  # noqa: PLC0415
        from ..models.lite_llm_params_quality_router_config_type_0 import LiteLLMParamsQualityRouterConfigType0  # noqa: PLC0415
        from ..models.lite_llm_params_search_context_cost_per_query_type_0 import (
            LiteLLMParamsSearchContextCostPerQueryType0,  # noqa: PLC0415
        )
        from ..models.lite_llm_params_stream_timeout_by_service_tier_type_0 import (
            LiteLLMParamsStreamTimeoutByServiceTierType0,  # noqa: PLC0415
        )
        from ..models.lite_llm_params_switchyard_router_config_type_0 import LiteLLMParamsSwitchyardRouterConfigType0  # noqa: PLC0415
        from ..models.lite_llm_params_timeout_by_service_tier_type_0 import LiteLLMParamsTimeoutByServiceTierType0  # noqa: PLC0415
        from ..models.lite_llm_params_vertex_credentials_type_1 import LiteLLMParamsVertexCredentialsType1  # noqa: PLC0415
        from ..models.model_response import ModelResponse  # noqa: PLC0415
        from ..models.search_context_cost_per_query import SearchContextCostPerQuery  # noqa: PLC0415
        from ..models.timeout import Timeout  # noqa: PLC0415

        model = self.model

        adaptive_router_config: dict[str, Any] | None | Unset
        if isinstance(self.adaptive_router_config, Unset):
            adaptive_router_config = UNSET
        elif isinstance(self.adaptive_router_config, LiteLLMParamsAdaptiveRouterConfigType0):
            adaptive_router_config = self.adaptive_router_config.to_dict()
        else:
            adaptive_router_config = self.adaptive_router_config

        adaptive_router_default_model: None | str | Unset
        if isinstance(self.adaptive_router_default_model, Unset):
            adaptive_router_default_model = UNSET
        else:
            adaptive_router_default_model = self.adaptive_router_default_model

        allow_client_keepalive_override: bool | None | Unset
        if isinstance(self.allow_client_keepalive_override, Unset):
            allow_client_keepalive_override = UNSET
        else:
            allow_client_keepalive_override = self.allow_client_keepalive_override

        allow_legacy_cloud_file_ids: bool | None | Unset
        if isinstance(self.allow_legacy_cloud_file_ids, Unset):
            allow_legacy_cloud_file_ids = UNSET
        else:
            allow_legacy_cloud_file_ids = self.allow_legacy_cloud_file_ids

        annotation_cost_per_page: float | None | Unset
        if isinstance(self.annotation_cost_per_page, Unset):
            annotation_cost_per_page = UNSET
        else:
            annotation_cost_per_page = self.annotation_cost_per_page

        annotation_cost_per_page_batches: float | None | Unset
        if isinstance(self.annotation_cost_per_page_batches, Unset):
            annotation_cost_per_page_batches = UNSET
        else:
            annotation_cost_per_page_batches = self.annotation_cost_per_page_batches

        anthropic_disable_workload_identity_federation: bool | None | Unset
        if isinstance(self.anthropic_disable_workload_identity_federation, Unset):
            anthropic_disable_workload_identity_federation = UNSET
        else:
            anthropic_disable_workload_identity_federation = self.anthropic_disable_workload_identity_federation

        anthropic_federation_rule_id: None | str | Unset
        if isinstance(self.anthropic_federation_rule_id, Unset):
            anthropic_federation_rule_id = UNSET
        else:
            anthropic_federation_rule_id = self.anthropic_federation_rule_id

        anthropic_federation_workspace_id: None | str | Unset
        if isinstance(self.anthropic_federation_workspace_id, Unset):
            anthropic_federation_workspace_id = UNSET
        else:
            anthropic_federation_workspace_id = self.anthropic_federation_workspace_id

        anthropic_identity_source: None | str | Unset
        if isinstance(self.anthropic_identity_source, Unset):
            anthropic_identity_source = UNSET
        else:
            anthropic_identity_source = self.anthropic_identity_source

        anthropic_identity_token: None | str | Unset
        if isinstance(self.anthropic_identity_token, Unset):
            anthropic_identity_token = UNSET
        else:
            anthropic_identity_token = self.anthropic_identity_token

        anthropic_identity_token_file: None | str | Unset
        if isinstance(self.anthropic_identity_token_file, Unset):
            anthropic_identity_token_file = UNSET
        else:
            anthropic_identity_token_file = self.anthropic_identity_token_file

        anthropic_issuer_audience: None | str | Unset
        if isinstance(self.anthropic_issuer_audience, Unset):
            anthropic_issuer_audience = UNSET
        else:
            anthropic_issuer_audience = self.anthropic_issuer_audience

        anthropic_issuer_signing_key_ref: None | str | Unset
        if isinstance(self.anthropic_issuer_signing_key_ref, Unset):
            anthropic_issuer_signing_key_ref = UNSET
        else:
            anthropic_issuer_signing_key_ref = self.anthropic_issuer_signing_key_ref

        anthropic_issuer_subject: None | str | Unset
        if isinstance(self.anthropic_issuer_subject, Unset):
            anthropic_issuer_subject = UNSET
        else:
            anthropic_issuer_subject = self.anthropic_issuer_subject

        anthropic_issuer_ttl_seconds: int | None | Unset
        if isinstance(self.anthropic_issuer_ttl_seconds, Unset):
            anthropic_issuer_ttl_seconds = UNSET
        else:
            anthropic_issuer_ttl_seconds = self.anthropic_issuer_ttl_seconds

        anthropic_issuer_url: None | str | Unset
        if isinstance(self.anthropic_issuer_url, Unset):
            anthropic_issuer_url = UNSET
        else:
            anthropic_issuer_url = self.anthropic_issuer_url

        anthropic_keycloak_auth_method: None | str | Unset
        if isinstance(self.anthropic_keycloak_auth_method, Unset):
            anthropic_keycloak_auth_method = UNSET
        else:
            anthropic_keycloak_auth_method = self.anthropic_keycloak_auth_method

        anthropic_keycloak_client_id: None | str | Unset
        if isinstance(self.anthropic_keycloak_client_id, Unset):
            anthropic_keycloak_client_id = UNSET
        else:
            anthropic_keycloak_client_id = self.anthropic_keycloak_client_id

        anthropic_keycloak_client_secret_ref: None | str | Unset
        if isinstance(self.anthropic_keycloak_client_secret_ref, Unset):
            anthropic_keycloak_client_secret_ref = UNSET
        else:
            anthropic_keycloak_client_secret_ref = self.anthropic_keycloak_client_secret_ref

        anthropic_keycloak_scope: None | str | Unset
        if isinstance(self.anthropic_keycloak_scope, Unset):
            anthropic_keycloak_scope = UNSET
        else:
            anthropic_keycloak_scope = self.anthropic_keycloak_scope

        anthropic_keycloak_token_url: None | str | Unset
        if isinstance(self.anthropic_keycloak_token_url, Unset):
            anthropic_keycloak_token_url = UNSET
        else:
            anthropic_keycloak_token_url = self.anthropic_keycloak_token_url

        anthropic_organization_id: None | str | Unset
        if isinstance(self.anthropic_organization_id, Unset):
            anthropic_organization_id = UNSET
        else:
            anthropic_organization_id = self.anthropic_organization_id

        anthropic_service_account_id: None | str | Unset
        if isinstance(self.anthropic_service_account_id, Unset):
            anthropic_service_account_id = UNSET
        else:
            anthropic_service_account_id = self.anthropic_service_account_id

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        api_version: None | str | Unset
        if isinstance(self.api_version, Unset):
            api_version = UNSET
        else:
            api_version = self.api_version

        auto_router_config: None | str | Unset
        if isinstance(self.auto_router_config, Unset):
            auto_router_config = UNSET
        else:
            auto_router_config = self.auto_router_config

        auto_router_config_path: None | str | Unset
        if isinstance(self.auto_router_config_path, Unset):
            auto_router_config_path = UNSET
        else:
            auto_router_config_path = self.auto_router_config_path

        auto_router_default_model: None | str | Unset
        if isinstance(self.auto_router_default_model, Unset):
            auto_router_default_model = UNSET
        else:
            auto_router_default_model = self.auto_router_default_model

        auto_router_embedding_model: None | str | Unset
        if isinstance(self.auto_router_embedding_model, Unset):
            auto_router_embedding_model = UNSET
        else:
            auto_router_embedding_model = self.auto_router_embedding_model

        auto_router_max_input_chars: int | None | Unset
        if isinstance(self.auto_router_max_input_chars, Unset):
            auto_router_max_input_chars = UNSET
        else:
            auto_router_max_input_chars = self.auto_router_max_input_chars

        auto_router_model_compression: None | str | Unset
        if isinstance(self.auto_router_model_compression, Unset):
            auto_router_model_compression = UNSET
        else:
            auto_router_model_compression = self.auto_router_model_compression

        auto_router_routing_compression: None | str | Unset
        if isinstance(self.auto_router_routing_compression, Unset):
            auto_router_routing_compression = UNSET
        else:
            auto_router_routing_compression = self.auto_router_routing_compression

        aws_access_key_id: None | str | Unset
        if isinstance(self.aws_access_key_id, Unset):
            aws_access_key_id = UNSET
        else:
            aws_access_key_id = self.aws_access_key_id

        aws_batch_role_arn: None | str | Unset
        if isinstance(self.aws_batch_role_arn, Unset):
            aws_batch_role_arn = UNSET
        else:
            aws_batch_role_arn = self.aws_batch_role_arn

        aws_bedrock_control_plane_endpoint: None | str | Unset
        if isinstance(self.aws_bedrock_control_plane_endpoint, Unset):
            aws_bedrock_control_plane_endpoint = UNSET
        else:
            aws_bedrock_control_plane_endpoint = self.aws_bedrock_control_plane_endpoint

        aws_bedrock_project_id: None | str | Unset
        if isinstance(self.aws_bedrock_project_id, Unset):
            aws_bedrock_project_id = UNSET
        else:
            aws_bedrock_project_id = self.aws_bedrock_project_id

        aws_bedrock_runtime_endpoint: None | str | Unset
        if isinstance(self.aws_bedrock_runtime_endpoint, Unset):
            aws_bedrock_runtime_endpoint = UNSET
        else:
            aws_bedrock_runtime_endpoint = self.aws_bedrock_runtime_endpoint

        aws_external_id: None | str | Unset
        if isinstance(self.aws_external_id, Unset):
            aws_external_id = UNSET
        else:
            aws_external_id = self.aws_external_id

        aws_profile_name: None | str | Unset
        if isinstance(self.aws_profile_name, Unset):
            aws_profile_name = UNSET
        else:
            aws_profile_name = self.aws_profile_name

        aws_region_name: None | str | Unset
        if isinstance(self.aws_region_name, Unset):
            aws_region_name = UNSET
        else:
            aws_region_name = self.aws_region_name

        aws_role_name: None | str | Unset
        if isinstance(self.aws_role_name, Unset):
            aws_role_name = UNSET
        else:
            aws_role_name = self.aws_role_name

        aws_secret_access_key: None | str | Unset
        if isinstance(self.aws_secret_access_key, Unset):
            aws_secret_access_key = UNSET
        else:
            aws_secret_access_key = self.aws_secret_access_key

        aws_session_name: None | str | Unset
        if isinstance(self.aws_session_name, Unset):
            aws_session_name = UNSET
        else:
            aws_session_name = self.aws_session_name

        aws_session_tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.aws_session_tags, Unset):
            aws_session_tags = UNSET
        elif isinstance(self.aws_session_tags, list):
            aws_session_tags = []
            for aws_session_tags_type_0_item_data in self.aws_session_tags:
                aws_session_tags_type_0_item = aws_session_tags_type_0_item_data.to_dict()
                aws_session_tags.append(aws_session_tags_type_0_item)

        else:
            aws_session_tags = self.aws_session_tags

        aws_session_token: None | str | Unset
        if isinstance(self.aws_session_token, Unset):
            aws_session_token = UNSET
        else:
            aws_session_token = self.aws_session_token

        aws_sts_endpoint: None | str | Unset
        if isinstance(self.aws_sts_endpoint, Unset):
            aws_sts_endpoint = UNSET
        else:
            aws_sts_endpoint = self.aws_sts_endpoint

        aws_web_identity_token: None | str | Unset
        if isinstance(self.aws_web_identity_token, Unset):
            aws_web_identity_token = UNSET
        else:
            aws_web_identity_token = self.aws_web_identity_token

        azure_ad_token: None | str | Unset
        if isinstance(self.azure_ad_token, Unset):
            azure_ad_token = UNSET
        else:
            azure_ad_token = self.azure_ad_token

        azure_password: None | str | Unset
        if isinstance(self.azure_password, Unset):
            azure_password = UNSET
        else:
            azure_password = self.azure_password

        azure_scope: None | str | Unset
        if isinstance(self.azure_scope, Unset):
            azure_scope = UNSET
        else:
            azure_scope = self.azure_scope

        azure_username: None | str | Unset
        if isinstance(self.azure_username, Unset):
            azure_username = UNSET
        else:
            azure_username = self.azure_username

        bedrock_tags: list[Any] | None | Unset
        if isinstance(self.bedrock_tags, Unset):
            bedrock_tags = UNSET
        elif isinstance(self.bedrock_tags, list):
            bedrock_tags = self.bedrock_tags

        else:
            bedrock_tags = self.bedrock_tags

        bucket_name: None | str | Unset
        if isinstance(self.bucket_name, Unset):
            bucket_name = UNSET
        else:
            bucket_name = self.bucket_name

        budget_duration: None | str | Unset
        if isinstance(self.budget_duration, Unset):
            budget_duration = UNSET
        else:
            budget_duration = self.budget_duration

        cache_creation_input_audio_token_cost: float | None | Unset
        if isinstance(self.cache_creation_input_audio_token_cost, Unset):
            cache_creation_input_audio_token_cost = UNSET
        else:
            cache_creation_input_audio_token_cost = self.cache_creation_input_audio_token_cost

        cache_creation_input_token_cost: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost, Unset):
            cache_creation_input_token_cost = UNSET
        else:
            cache_creation_input_token_cost = self.cache_creation_input_token_cost

        cache_creation_input_token_cost_above_100k_tokens: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_100k_tokens, Unset):
            cache_creation_input_token_cost_above_100k_tokens = UNSET
        else:
            cache_creation_input_token_cost_above_100k_tokens = self.cache_creation_input_token_cost_above_100k_tokens

        cache_creation_input_token_cost_above_100k_tokens_batches: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_100k_tokens_batches, Unset):
            cache_creation_input_token_cost_above_100k_tokens_batches = UNSET
        else:
            cache_creation_input_token_cost_above_100k_tokens_batches = (
                self.cache_creation_input_token_cost_above_100k_tokens_batches
            )

        cache_creation_input_token_cost_above_12hr: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr, Unset):
            cache_creation_input_token_cost_above_12hr = UNSET
        else:
            cache_creation_input_token_cost_above_12hr = self.cache_creation_input_token_cost_above_12hr

        cache_creation_input_token_cost_above_12hr_above_272k_tokens: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens
            )

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches
            )

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex
            )

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority
            )

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast
            )

        cache_creation_input_token_cost_above_12hr_batches: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_batches, Unset):
            cache_creation_input_token_cost_above_12hr_batches = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_batches = self.cache_creation_input_token_cost_above_12hr_batches

        cache_creation_input_token_cost_above_12hr_flex: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_flex, Unset):
            cache_creation_input_token_cost_above_12hr_flex = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_flex = self.cache_creation_input_token_cost_above_12hr_flex

        cache_creation_input_token_cost_above_12hr_priority: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_priority, Unset):
            cache_creation_input_token_cost_above_12hr_priority = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_priority = (
                self.cache_creation_input_token_cost_above_12hr_priority
            )

        cache_creation_input_token_cost_above_12hr_ultrafast: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_ultrafast, Unset):
            cache_creation_input_token_cost_above_12hr_ultrafast = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_ultrafast = (
                self.cache_creation_input_token_cost_above_12hr_ultrafast
            )

        cache_creation_input_token_cost_above_1hr: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_1hr, Unset):
            cache_creation_input_token_cost_above_1hr = UNSET
        else:
            cache_creation_input_token_cost_above_1hr = self.cache_creation_input_token_cost_above_1hr

        cache_creation_input_token_cost_above_1hr_above_100k_tokens: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_1hr_above_100k_tokens, Unset):
            cache_creation_input_token_cost_above_1hr_above_100k_tokens = UNSET
        else:
            cache_creation_input_token_cost_above_1hr_above_100k_tokens = (
                self.cache_creation_input_token_cost_above_1hr_above_100k_tokens
            )

        cache_creation_input_token_cost_above_200k_tokens: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_200k_tokens, Unset):
            cache_creation_input_token_cost_above_200k_tokens = UNSET
        else:
            cache_creation_input_token_cost_above_200k_tokens = self.cache_creation_input_token_cost_above_200k_tokens

        cache_creation_input_token_cost_above_200k_tokens_batches: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_200k_tokens_batches, Unset):
            cache_creation_input_token_cost_above_200k_tokens_batches = UNSET
        else:
            cache_creation_input_token_cost_above_200k_tokens_batches = (
                self.cache_creation_input_token_cost_above_200k_tokens_batches
            )

        cache_creation_input_token_cost_above_272k_tokens: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_272k_tokens, Unset):
            cache_creation_input_token_cost_above_272k_tokens = UNSET
        else:
            cache_creation_input_token_cost_above_272k_tokens = self.cache_creation_input_token_cost_above_272k_tokens

        cache_creation_input_token_cost_above_272k_tokens_batches: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_272k_tokens_batches, Unset):
            cache_creation_input_token_cost_above_272k_tokens_batches = UNSET
        else:
            cache_creation_input_token_cost_above_272k_tokens_batches = (
                self.cache_creation_input_token_cost_above_272k_tokens_batches
            )

        cache_creation_input_token_cost_above_272k_tokens_flex: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_272k_tokens_flex, Unset):
            cache_creation_input_token_cost_above_272k_tokens_flex = UNSET
        else:
            cache_creation_input_token_cost_above_272k_tokens_flex = (
                self.cache_creation_input_token_cost_above_272k_tokens_flex
            )

        cache_creation_input_token_cost_above_272k_tokens_priority: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_272k_tokens_priority, Unset):
            cache_creation_input_token_cost_above_272k_tokens_priority = UNSET
        else:
            cache_creation_input_token_cost_above_272k_tokens_priority = (
                self.cache_creation_input_token_cost_above_272k_tokens_priority
            )

        cache_creation_input_token_cost_above_272k_tokens_ultrafast: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_272k_tokens_ultrafast, Unset):
            cache_creation_input_token_cost_above_272k_tokens_ultrafast = UNSET
        else:
            cache_creation_input_token_cost_above_272k_tokens_ultrafast = (
                self.cache_creation_input_token_cost_above_272k_tokens_ultrafast
            )

        cache_creation_input_token_cost_batches: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_batches, Unset):
            cache_creation_input_token_cost_batches = UNSET
        else:
            cache_creation_input_token_cost_batches = self.cache_creation_input_token_cost_batches

        cache_creation_input_token_cost_flex: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_flex, Unset):
            cache_creation_input_token_cost_flex = UNSET
        else:
            cache_creation_input_token_cost_flex = self.cache_creation_input_token_cost_flex

        cache_creation_input_token_cost_priority: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_priority, Unset):
            cache_creation_input_token_cost_priority = UNSET
        else:
            cache_creation_input_token_cost_priority = self.cache_creation_input_token_cost_priority

        cache_creation_input_token_cost_ultrafast: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_ultrafast, Unset):
            cache_creation_input_token_cost_ultrafast = UNSET
        else:
            cache_creation_input_token_cost_ultrafast = self.cache_creation_input_token_cost_ultrafast

        cache_read_input_audio_token_cost: float | None | Unset
        if isinstance(self.cache_read_input_audio_token_cost, Unset):
            cache_read_input_audio_token_cost = UNSET
        else:
            cache_read_input_audio_token_cost = self.cache_read_input_audio_token_cost

        cache_read_input_audio_token_cost_batches: float | None | Unset
        if isinstance(self.cache_read_input_audio_token_cost_batches, Unset):
            cache_read_input_audio_token_cost_batches = UNSET
        else:
            cache_read_input_audio_token_cost_batches = self.cache_read_input_audio_token_cost_batches

        cache_read_input_audio_token_cost_flex: float | None | Unset
        if isinstance(self.cache_read_input_audio_token_cost_flex, Unset):
            cache_read_input_audio_token_cost_flex = UNSET
        else:
            cache_read_input_audio_token_cost_flex = self.cache_read_input_audio_token_cost_flex

        cache_read_input_audio_token_cost_priority: float | None | Unset
        if isinstance(self.cache_read_input_audio_token_cost_priority, Unset):
            cache_read_input_audio_token_cost_priority = UNSET
        else:
            cache_read_input_audio_token_cost_priority = self.cache_read_input_audio_token_cost_priority

        cache_read_input_image_token_cost: float | None | Unset
        if isinstance(self.cache_read_input_image_token_cost, Unset):
            cache_read_input_image_token_cost = UNSET
        else:
            cache_read_input_image_token_cost = self.cache_read_input_image_token_cost

        cache_read_input_token_cost: float | None | Unset
        if isinstance(self.cache_read_input_token_cost, Unset):
            cache_read_input_token_cost = UNSET
        else:
            cache_read_input_token_cost = self.cache_read_input_token_cost

        cache_read_input_token_cost_above_100k_tokens: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_100k_tokens, Unset):
            cache_read_input_token_cost_above_100k_tokens = UNSET
        else:
            cache_read_input_token_cost_above_100k_tokens = self.cache_read_input_token_cost_above_100k_tokens

        cache_read_input_token_cost_above_100k_tokens_batches: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_100k_tokens_batches, Unset):
            cache_read_input_token_cost_above_100k_tokens_batches = UNSET
        else:
            cache_read_input_token_cost_above_100k_tokens_batches = (
                self.cache_read_input_token_cost_above_100k_tokens_batches
            )

        cache_read_input_token_cost_above_200k_tokens: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_200k_tokens, Unset):
            cache_read_input_token_cost_above_200k_tokens = UNSET
        else:
            cache_read_input_token_cost_above_200k_tokens = self.cache_read_input_token_cost_above_200k_tokens

        cache_read_input_token_cost_above_200k_tokens_batches: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_200k_tokens_batches, Unset):
            cache_read_input_token_cost_above_200k_tokens_batches = UNSET
        else:
            cache_read_input_token_cost_above_200k_tokens_batches = (
                self.cache_read_input_token_cost_above_200k_tokens_batches
            )

        cache_read_input_token_cost_above_200k_tokens_priority: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_200k_tokens_priority, Unset):
            cache_read_input_token_cost_above_200k_tokens_priority = UNSET
        else:
            cache_read_input_token_cost_above_200k_tokens_priority = (
                self.cache_read_input_token_cost_above_200k_tokens_priority
            )

        cache_read_input_token_cost_above_272k_tokens: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_272k_tokens, Unset):
            cache_read_input_token_cost_above_272k_tokens = UNSET
        else:
            cache_read_input_token_cost_above_272k_tokens = self.cache_read_input_token_cost_above_272k_tokens

        cache_read_input_token_cost_above_272k_tokens_batches: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_272k_tokens_batches, Unset):
            cache_read_input_token_cost_above_272k_tokens_batches = UNSET
        else:
            cache_read_input_token_cost_above_272k_tokens_batches = (
                self.cache_read_input_token_cost_above_272k_tokens_batches
            )

        cache_read_input_token_cost_above_272k_tokens_flex: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_272k_tokens_flex, Unset):
            cache_read_input_token_cost_above_272k_tokens_flex = UNSET
        else:
            cache_read_input_token_cost_above_272k_tokens_flex = self.cache_read_input_token_cost_above_272k_tokens_flex

        cache_read_input_token_cost_above_272k_tokens_priority: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_272k_tokens_priority, Unset):
            cache_read_input_token_cost_above_272k_tokens_priority = UNSET
        else:
            cache_read_input_token_cost_above_272k_tokens_priority = (
                self.cache_read_input_token_cost_above_272k_tokens_priority
            )

        cache_read_input_token_cost_above_272k_tokens_ultrafast: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_272k_tokens_ultrafast, Unset):
            cache_read_input_token_cost_above_272k_tokens_ultrafast = UNSET
        else:
            cache_read_input_token_cost_above_272k_tokens_ultrafast = (
                self.cache_read_input_token_cost_above_272k_tokens_ultrafast
            )

        cache_read_input_token_cost_above_512k_tokens: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_above_512k_tokens, Unset):
            cache_read_input_token_cost_above_512k_tokens = UNSET
        else:
            cache_read_input_token_cost_above_512k_tokens = self.cache_read_input_token_cost_above_512k_tokens

        cache_read_input_token_cost_balanced: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_balanced, Unset):
            cache_read_input_token_cost_balanced = UNSET
        else:
            cache_read_input_token_cost_balanced = self.cache_read_input_token_cost_balanced

        cache_read_input_token_cost_batches: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_batches, Unset):
            cache_read_input_token_cost_batches = UNSET
        else:
            cache_read_input_token_cost_batches = self.cache_read_input_token_cost_batches

        cache_read_input_token_cost_flex: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_flex, Unset):
            cache_read_input_token_cost_flex = UNSET
        else:
            cache_read_input_token_cost_flex = self.cache_read_input_token_cost_flex

        cache_read_input_token_cost_priority: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_priority, Unset):
            cache_read_input_token_cost_priority = UNSET
        else:
            cache_read_input_token_cost_priority = self.cache_read_input_token_cost_priority

        cache_read_input_token_cost_ultrafast: float | None | Unset
        if isinstance(self.cache_read_input_token_cost_ultrafast, Unset):
            cache_read_input_token_cost_ultrafast = UNSET
        else:
            cache_read_input_token_cost_ultrafast = self.cache_read_input_token_cost_ultrafast

        chatgpt_auth_file: None | str | Unset
        if isinstance(self.chatgpt_auth_file, Unset):
            chatgpt_auth_file = UNSET
        else:
            chatgpt_auth_file = self.chatgpt_auth_file

        citation_cost_per_token: float | None | Unset
        if isinstance(self.citation_cost_per_token, Unset):
            citation_cost_per_token = UNSET
        else:
            citation_cost_per_token = self.citation_cost_per_token

        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        complexity_router_config: dict[str, Any] | None | Unset
        if isinstance(self.complexity_router_config, Unset):
            complexity_router_config = UNSET
        elif isinstance(self.complexity_router_config, LiteLLMParamsComplexityRouterConfigType0):
            complexity_router_config = self.complexity_router_config.to_dict()
        else:
            complexity_router_config = self.complexity_router_config

        complexity_router_default_model: None | str | Unset
        if isinstance(self.complexity_router_default_model, Unset):
            complexity_router_default_model = UNSET
        else:
            complexity_router_default_model = self.complexity_router_default_model

        configurable_clientside_auth_params: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.configurable_clientside_auth_params, Unset):
            configurable_clientside_auth_params = UNSET
        elif isinstance(self.configurable_clientside_auth_params, list):
            configurable_clientside_auth_params = []
            for configurable_clientside_auth_params_type_0_item_data in self.configurable_clientside_auth_params:
                configurable_clientside_auth_params_type_0_item: dict[str, Any] | str
                if isinstance(
                    configurable_clientside_auth_params_type_0_item_data, ConfigurableClientsideParamsCustomAuthInput
                ):
                    configurable_clientside_auth_params_type_0_item = (
                        configurable_clientside_auth_params_type_0_item_data.to_dict()
                    )
                else:
                    configurable_clientside_auth_params_type_0_item = (
                        configurable_clientside_auth_params_type_0_item_data
                    )
                configurable_clientside_auth_params.append(configurable_clientside_auth_params_type_0_item)

        else:
            configurable_clientside_auth_params = self.configurable_clientside_auth_params

        cost_per_second: float | None | Unset
        if isinstance(self.cost_per_second, Unset):
            cost_per_second = UNSET
        else:
            cost_per_second = self.cost_per_second

        custom_llm_provider: None | str | Unset
        if isinstance(self.custom_llm_provider, Unset):
            custom_llm_provider = UNSET
        else:
            custom_llm_provider = self.custom_llm_provider

        daily_reset_time: None | str | Unset
        if isinstance(self.daily_reset_time, Unset):
            daily_reset_time = UNSET
        else:
            daily_reset_time = self.daily_reset_time

        default_api_key_rpm_limit: int | None | Unset
        if isinstance(self.default_api_key_rpm_limit, Unset):
            default_api_key_rpm_limit = UNSET
        else:
            default_api_key_rpm_limit = self.default_api_key_rpm_limit

        default_api_key_tpm_limit: int | None | Unset
        if isinstance(self.default_api_key_tpm_limit, Unset):
            default_api_key_tpm_limit = UNSET
        else:
            default_api_key_tpm_limit = self.default_api_key_tpm_limit

        drop_params: bool | None | str | Unset
        if isinstance(self.drop_params, Unset):
            drop_params = UNSET
        else:
            drop_params = self.drop_params

        explicit_cache_read_input_token_cost: float | None | Unset
        if isinstance(self.explicit_cache_read_input_token_cost, Unset):
            explicit_cache_read_input_token_cost = UNSET
        else:
            explicit_cache_read_input_token_cost = self.explicit_cache_read_input_token_cost

        fedramp_uplift_multiplier: float | None | Unset
        if isinstance(self.fedramp_uplift_multiplier, Unset):
            fedramp_uplift_multiplier = UNSET
        else:
            fedramp_uplift_multiplier = self.fedramp_uplift_multiplier

        fireworks_forward_user_id: bool | None | Unset
        if isinstance(self.fireworks_forward_user_id, Unset):
            fireworks_forward_user_id = UNSET
        else:
            fireworks_forward_user_id = self.fireworks_forward_user_id

        gcs_bucket_name: None | str | Unset
        if isinstance(self.gcs_bucket_name, Unset):
            gcs_bucket_name = UNSET
        else:
            gcs_bucket_name = self.gcs_bucket_name

        google_maps_grounding_cost_per_query: float | None | Unset
        if isinstance(self.google_maps_grounding_cost_per_query, Unset):
            google_maps_grounding_cost_per_query = UNSET
        else:
            google_maps_grounding_cost_per_query = self.google_maps_grounding_cost_per_query

        input_cost_per_audio_per_second: float | None | Unset
        if isinstance(self.input_cost_per_audio_per_second, Unset):
            input_cost_per_audio_per_second = UNSET
        else:
            input_cost_per_audio_per_second = self.input_cost_per_audio_per_second

        input_cost_per_audio_per_second_above_128k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_audio_per_second_above_128k_tokens, Unset):
            input_cost_per_audio_per_second_above_128k_tokens = UNSET
        else:
            input_cost_per_audio_per_second_above_128k_tokens = self.input_cost_per_audio_per_second_above_128k_tokens

        input_cost_per_audio_token: float | None | Unset
        if isinstance(self.input_cost_per_audio_token, Unset):
            input_cost_per_audio_token = UNSET
        else:
            input_cost_per_audio_token = self.input_cost_per_audio_token

        input_cost_per_audio_token_above_200k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_audio_token_above_200k_tokens, Unset):
            input_cost_per_audio_token_above_200k_tokens = UNSET
        else:
            input_cost_per_audio_token_above_200k_tokens = self.input_cost_per_audio_token_above_200k_tokens

        input_cost_per_audio_token_above_200k_tokens_batches: float | None | Unset
        if isinstance(self.input_cost_per_audio_token_above_200k_tokens_batches, Unset):
            input_cost_per_audio_token_above_200k_tokens_batches = UNSET
        else:
            input_cost_per_audio_token_above_200k_tokens_batches = (
                self.input_cost_per_audio_token_above_200k_tokens_batches
            )

        input_cost_per_audio_token_above_200k_tokens_flex: float | None | Unset
        if isinstance(self.input_cost_per_audio_token_above_200k_tokens_flex, Unset):
            input_cost_per_audio_token_above_200k_tokens_flex = UNSET
        else:
            input_cost_per_audio_token_above_200k_tokens_flex = self.input_cost_per_audio_token_above_200k_tokens_flex

        input_cost_per_audio_token_above_200k_tokens_priority: float | None | Unset
        if isinstance(self.input_cost_per_audio_token_above_200k_tokens_priority, Unset):
            input_cost_per_audio_token_above_200k_tokens_priority = UNSET
        else:
            input_cost_per_audio_token_above_200k_tokens_priority = (
                self.input_cost_per_audio_token_above_200k_tokens_priority
            )

        input_cost_per_audio_token_batches: float | None | Unset
        if isinstance(self.input_cost_per_audio_token_batches, Unset):
            input_cost_per_audio_token_batches = UNSET
        else:
            input_cost_per_audio_token_batches = self.input_cost_per_audio_token_batches

        input_cost_per_audio_token_flex: float | None | Unset
        if isinstance(self.input_cost_per_audio_token_flex, Unset):
            input_cost_per_audio_token_flex = UNSET
        else:
            input_cost_per_audio_token_flex = self.input_cost_per_audio_token_flex

        input_cost_per_audio_token_priority: float | None | Unset
        if isinstance(self.input_cost_per_audio_token_priority, Unset):
            input_cost_per_audio_token_priority = UNSET
        else:
            input_cost_per_audio_token_priority = self.input_cost_per_audio_token_priority

        input_cost_per_character: float | None | Unset
        if isinstance(self.input_cost_per_character, Unset):
            input_cost_per_character = UNSET
        else:
            input_cost_per_character = self.input_cost_per_character

        input_cost_per_character_above_128k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_character_above_128k_tokens, Unset):
            input_cost_per_character_above_128k_tokens = UNSET
        else:
            input_cost_per_character_above_128k_tokens = self.input_cost_per_character_above_128k_tokens

        input_cost_per_image: float | None | Unset
        if isinstance(self.input_cost_per_image, Unset):
            input_cost_per_image = UNSET
        else:
            input_cost_per_image = self.input_cost_per_image

        input_cost_per_image_above_128k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_image_above_128k_tokens, Unset):
            input_cost_per_image_above_128k_tokens = UNSET
        else:
            input_cost_per_image_above_128k_tokens = self.input_cost_per_image_above_128k_tokens

        input_cost_per_image_token: float | None | Unset
        if isinstance(self.input_cost_per_image_token, Unset):
            input_cost_per_image_token = UNSET
        else:
            input_cost_per_image_token = self.input_cost_per_image_token

        input_cost_per_image_token_batches: float | None | Unset
        if isinstance(self.input_cost_per_image_token_batches, Unset):
            input_cost_per_image_token_batches = UNSET
        else:
            input_cost_per_image_token_batches = self.input_cost_per_image_token_batches

        input_cost_per_pixel: float | None | Unset
        if isinstance(self.input_cost_per_pixel, Unset):
            input_cost_per_pixel = UNSET
        else:
            input_cost_per_pixel = self.input_cost_per_pixel

        input_cost_per_query: float | None | Unset
        if isinstance(self.input_cost_per_query, Unset):
            input_cost_per_query = UNSET
        else:
            input_cost_per_query = self.input_cost_per_query

        input_cost_per_second: float | None | Unset
        if isinstance(self.input_cost_per_second, Unset):
            input_cost_per_second = UNSET
        else:
            input_cost_per_second = self.input_cost_per_second

        input_cost_per_text_message: float | None | Unset
        if isinstance(self.input_cost_per_text_message, Unset):
            input_cost_per_text_message = UNSET
        else:
            input_cost_per_text_message = self.input_cost_per_text_message

        input_cost_per_token: float | None | Unset
        if isinstance(self.input_cost_per_token, Unset):
            input_cost_per_token = UNSET
        else:
            input_cost_per_token = self.input_cost_per_token

        input_cost_per_token_above_100k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_token_above_100k_tokens, Unset):
            input_cost_per_token_above_100k_tokens = UNSET
        else:
            input_cost_per_token_above_100k_tokens = self.input_cost_per_token_above_100k_tokens

        input_cost_per_token_above_100k_tokens_batches: float | None | Unset
        if isinstance(self.input_cost_per_token_above_100k_tokens_batches, Unset):
            input_cost_per_token_above_100k_tokens_batches = UNSET
        else:
            input_cost_per_token_above_100k_tokens_batches = self.input_cost_per_token_above_100k_tokens_batches

        input_cost_per_token_above_128k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_token_above_128k_tokens, Unset):
            input_cost_per_token_above_128k_tokens = UNSET
        else:
            input_cost_per_token_above_128k_tokens = self.input_cost_per_token_above_128k_tokens

        input_cost_per_token_above_200k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_token_above_200k_tokens, Unset):
            input_cost_per_token_above_200k_tokens = UNSET
        else:
            input_cost_per_token_above_200k_tokens = self.input_cost_per_token_above_200k_tokens

        input_cost_per_token_above_200k_tokens_batches: float | None | Unset
        if isinstance(self.input_cost_per_token_above_200k_tokens_batches, Unset):
            input_cost_per_token_above_200k_tokens_batches = UNSET
        else:
            input_cost_per_token_above_200k_tokens_batches = self.input_cost_per_token_above_200k_tokens_batches

        input_cost_per_token_above_200k_tokens_flex: float | None | Unset
        if isinstance(self.input_cost_per_token_above_200k_tokens_flex, Unset):
            input_cost_per_token_above_200k_tokens_flex = UNSET
        else:
            input_cost_per_token_above_200k_tokens_flex = self.input_cost_per_token_above_200k_tokens_flex

        input_cost_per_token_above_200k_tokens_priority: float | None | Unset
        if isinstance(self.input_cost_per_token_above_200k_tokens_priority, Unset):
            input_cost_per_token_above_200k_tokens_priority = UNSET
        else:
            input_cost_per_token_above_200k_tokens_priority = self.input_cost_per_token_above_200k_tokens_priority

        input_cost_per_token_above_272k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_token_above_272k_tokens, Unset):
            input_cost_per_token_above_272k_tokens = UNSET
        else:
            input_cost_per_token_above_272k_tokens = self.input_cost_per_token_above_272k_tokens

        input_cost_per_token_above_272k_tokens_batches: float | None | Unset
        if isinstance(self.input_cost_per_token_above_272k_tokens_batches, Unset):
            input_cost_per_token_above_272k_tokens_batches = UNSET
        else:
            input_cost_per_token_above_272k_tokens_batches = self.input_cost_per_token_above_272k_tokens_batches

        input_cost_per_token_above_272k_tokens_flex: float | None | Unset
        if isinstance(self.input_cost_per_token_above_272k_tokens_flex, Unset):
            input_cost_per_token_above_272k_tokens_flex = UNSET
        else:
            input_cost_per_token_above_272k_tokens_flex = self.input_cost_per_token_above_272k_tokens_flex

        input_cost_per_token_above_272k_tokens_priority: float | None | Unset
        if isinstance(self.input_cost_per_token_above_272k_tokens_priority, Unset):
            input_cost_per_token_above_272k_tokens_priority = UNSET
        else:
            input_cost_per_token_above_272k_tokens_priority = self.input_cost_per_token_above_272k_tokens_priority

        input_cost_per_token_above_272k_tokens_ultrafast: float | None | Unset
        if isinstance(self.input_cost_per_token_above_272k_tokens_ultrafast, Unset):
            input_cost_per_token_above_272k_tokens_ultrafast = UNSET
        else:
            input_cost_per_token_above_272k_tokens_ultrafast = self.input_cost_per_token_above_272k_tokens_ultrafast

        input_cost_per_token_above_512k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_token_above_512k_tokens, Unset):
            input_cost_per_token_above_512k_tokens = UNSET
        else:
            input_cost_per_token_above_512k_tokens = self.input_cost_per_token_above_512k_tokens

        input_cost_per_token_balanced: float | None | Unset
        if isinstance(self.input_cost_per_token_balanced, Unset):
            input_cost_per_token_balanced = UNSET
        else:
            input_cost_per_token_balanced = self.input_cost_per_token_balanced

        input_cost_per_token_batches: float | None | Unset
        if isinstance(self.input_cost_per_token_batches, Unset):
            input_cost_per_token_batches = UNSET
        else:
            input_cost_per_token_batches = self.input_cost_per_token_batches

        input_cost_per_token_cache_hit: float | None | Unset
        if isinstance(self.input_cost_per_token_cache_hit, Unset):
            input_cost_per_token_cache_hit = UNSET
        else:
            input_cost_per_token_cache_hit = self.input_cost_per_token_cache_hit

        input_cost_per_token_flex: float | None | Unset
        if isinstance(self.input_cost_per_token_flex, Unset):
            input_cost_per_token_flex = UNSET
        else:
            input_cost_per_token_flex = self.input_cost_per_token_flex

        input_cost_per_token_priority: float | None | Unset
        if isinstance(self.input_cost_per_token_priority, Unset):
            input_cost_per_token_priority = UNSET
        else:
            input_cost_per_token_priority = self.input_cost_per_token_priority

        input_cost_per_token_ultrafast: float | None | Unset
        if isinstance(self.input_cost_per_token_ultrafast, Unset):
            input_cost_per_token_ultrafast = UNSET
        else:
            input_cost_per_token_ultrafast = self.input_cost_per_token_ultrafast

        input_cost_per_video_per_second: float | None | Unset
        if isinstance(self.input_cost_per_video_per_second, Unset):
            input_cost_per_video_per_second = UNSET
        else:
            input_cost_per_video_per_second = self.input_cost_per_video_per_second

        input_cost_per_video_per_second_above_128k_tokens: float | None | Unset
        if isinstance(self.input_cost_per_video_per_second_above_128k_tokens, Unset):
            input_cost_per_video_per_second_above_128k_tokens = UNSET
        else:
            input_cost_per_video_per_second_above_128k_tokens = self.input_cost_per_video_per_second_above_128k_tokens

        input_cost_per_video_per_second_above_15s_interval: float | None | Unset
        if isinstance(self.input_cost_per_video_per_second_above_15s_interval, Unset):
            input_cost_per_video_per_second_above_15s_interval = UNSET
        else:
            input_cost_per_video_per_second_above_15s_interval = self.input_cost_per_video_per_second_above_15s_interval

        input_cost_per_video_per_second_above_8s_interval: float | None | Unset
        if isinstance(self.input_cost_per_video_per_second_above_8s_interval, Unset):
            input_cost_per_video_per_second_above_8s_interval = UNSET
        else:
            input_cost_per_video_per_second_above_8s_interval = self.input_cost_per_video_per_second_above_8s_interval

        input_cost_per_video_token: float | None | Unset
        if isinstance(self.input_cost_per_video_token, Unset):
            input_cost_per_video_token = UNSET
        else:
            input_cost_per_video_token = self.input_cost_per_video_token

        input_cost_per_video_token_batches: float | None | Unset
        if isinstance(self.input_cost_per_video_token_batches, Unset):
            input_cost_per_video_token_batches = UNSET
        else:
            input_cost_per_video_token_batches = self.input_cost_per_video_token_batches

        itpm: int | None | Unset
        if isinstance(self.itpm, Unset):
            itpm = UNSET
        else:
            itpm = self.itpm

        keepalive_seconds: float | None | Unset
        if isinstance(self.keepalive_seconds, Unset):
            keepalive_seconds = UNSET
        else:
            keepalive_seconds = self.keepalive_seconds

        litellm_credential_name: None | str | Unset
        if isinstance(self.litellm_credential_name, Unset):
            litellm_credential_name = UNSET
        else:
            litellm_credential_name = self.litellm_credential_name

        litellm_trace_id: None | str | Unset
        if isinstance(self.litellm_trace_id, Unset):
            litellm_trace_id = UNSET
        else:
            litellm_trace_id = self.litellm_trace_id

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        max_file_size_mb: float | None | Unset
        if isinstance(self.max_file_size_mb, Unset):
            max_file_size_mb = UNSET
        else:
            max_file_size_mb = self.max_file_size_mb

        max_retries: int | None | Unset
        if isinstance(self.max_retries, Unset):
            max_retries = UNSET
        else:
            max_retries = self.max_retries

        merge_reasoning_content_in_choices: bool | None | Unset
        if isinstance(self.merge_reasoning_content_in_choices, Unset):
            merge_reasoning_content_in_choices = UNSET
        else:
            merge_reasoning_content_in_choices = self.merge_reasoning_content_in_choices

        milvus_db_name: None | str | Unset
        if isinstance(self.milvus_db_name, Unset):
            milvus_db_name = UNSET
        else:
            milvus_db_name = self.milvus_db_name

        milvus_partition_names: list[str] | None | Unset
        if isinstance(self.milvus_partition_names, Unset):
            milvus_partition_names = UNSET
        elif isinstance(self.milvus_partition_names, list):
            milvus_partition_names = self.milvus_partition_names

        else:
            milvus_partition_names = self.milvus_partition_names

        milvus_text_field: None | str | Unset
        if isinstance(self.milvus_text_field, Unset):
            milvus_text_field = UNSET
        else:
            milvus_text_field = self.milvus_text_field

        mock_response: Any | dict[str, Any] | None | str | Unset
        if isinstance(self.mock_response, Unset):
            mock_response = UNSET
        elif isinstance(self.mock_response, ModelResponse):
            mock_response = self.mock_response.to_dict()
        else:
            mock_response = self.mock_response

        model_info: dict[str, Any] | None | Unset
        if isinstance(self.model_info, Unset):
            model_info = UNSET
        elif isinstance(self.model_info, LiteLLMParamsModelInfoType0):
            model_info = self.model_info.to_dict()
        else:
            model_info = self.model_info

        ocr_cost_per_credit: float | None | Unset
        if isinstance(self.ocr_cost_per_credit, Unset):
            ocr_cost_per_credit = UNSET
        else:
            ocr_cost_per_credit = self.ocr_cost_per_credit

        ocr_cost_per_page: float | None | Unset
        if isinstance(self.ocr_cost_per_page, Unset):
            ocr_cost_per_page = UNSET
        else:
            ocr_cost_per_page = self.ocr_cost_per_page

        ocr_cost_per_page_batches: float | None | Unset
        if isinstance(self.ocr_cost_per_page_batches, Unset):
            ocr_cost_per_page_batches = UNSET
        else:
            ocr_cost_per_page_batches = self.ocr_cost_per_page_batches

        openai_identity_provider_id: None | str | Unset
        if isinstance(self.openai_identity_provider_id, Unset):
            openai_identity_provider_id = UNSET
        else:
            openai_identity_provider_id = self.openai_identity_provider_id

        openai_identity_token_file: None | str | Unset
        if isinstance(self.openai_identity_token_file, Unset):
            openai_identity_token_file = UNSET
        else:
            openai_identity_token_file = self.openai_identity_token_file

        openai_service_account_id: None | str | Unset
        if isinstance(self.openai_service_account_id, Unset):
            openai_service_account_id = UNSET
        else:
            openai_service_account_id = self.openai_service_account_id

        organization: None | str | Unset
        if isinstance(self.organization, Unset):
            organization = UNSET
        else:
            organization = self.organization

        otpm: int | None | Unset
        if isinstance(self.otpm, Unset):
            otpm = UNSET
        else:
            otpm = self.otpm

        output_cost_per_audio_per_second: float | None | Unset
        if isinstance(self.output_cost_per_audio_per_second, Unset):
            output_cost_per_audio_per_second = UNSET
        else:
            output_cost_per_audio_per_second = self.output_cost_per_audio_per_second

        output_cost_per_audio_token: float | None | Unset
        if isinstance(self.output_cost_per_audio_token, Unset):
            output_cost_per_audio_token = UNSET
        else:
            output_cost_per_audio_token = self.output_cost_per_audio_token

        output_cost_per_character: float | None | Unset
        if isinstance(self.output_cost_per_character, Unset):
            output_cost_per_character = UNSET
        else:
            output_cost_per_character = self.output_cost_per_character

        output_cost_per_character_above_128k_tokens: float | None | Unset
        if isinstance(self.output_cost_per_character_above_128k_tokens, Unset):
            output_cost_per_character_above_128k_tokens = UNSET
        else:
            output_cost_per_character_above_128k_tokens = self.output_cost_per_character_above_128k_tokens

        output_cost_per_image: float | None | Unset
        if isinstance(self.output_cost_per_image, Unset):
            output_cost_per_image = UNSET
        else:
            output_cost_per_image = self.output_cost_per_image

        output_cost_per_image_1024: float | None | Unset
        if isinstance(self.output_cost_per_image_1024, Unset):
            output_cost_per_image_1024 = UNSET
        else:
            output_cost_per_image_1024 = self.output_cost_per_image_1024

        output_cost_per_image_1536: float | None | Unset
        if isinstance(self.output_cost_per_image_1536, Unset):
            output_cost_per_image_1536 = UNSET
        else:
            output_cost_per_image_1536 = self.output_cost_per_image_1536

        output_cost_per_image_1k: float | None | Unset
        if isinstance(self.output_cost_per_image_1k, Unset):
            output_cost_per_image_1k = UNSET
        else:
            output_cost_per_image_1k = self.output_cost_per_image_1k

        output_cost_per_image_2k: float | None | Unset
        if isinstance(self.output_cost_per_image_2k, Unset):
            output_cost_per_image_2k = UNSET
        else:
            output_cost_per_image_2k = self.output_cost_per_image_2k

        output_cost_per_image_512: float | None | Unset
        if isinstance(self.output_cost_per_image_512, Unset):
            output_cost_per_image_512 = UNSET
        else:
            output_cost_per_image_512 = self.output_cost_per_image_512

        output_cost_per_image_token: float | None | Unset
        if isinstance(self.output_cost_per_image_token, Unset):
            output_cost_per_image_token = UNSET
        else:
            output_cost_per_image_token = self.output_cost_per_image_token

        output_cost_per_image_token_batches: float | None | Unset
        if isinstance(self.output_cost_per_image_token_batches, Unset):
            output_cost_per_image_token_batches = UNSET
        else:
            output_cost_per_image_token_batches = self.output_cost_per_image_token_batches

        output_cost_per_image_token_priority: float | None | Unset
        if isinstance(self.output_cost_per_image_token_priority, Unset):
            output_cost_per_image_token_priority = UNSET
        else:
            output_cost_per_image_token_priority = self.output_cost_per_image_token_priority

        output_cost_per_pixel: float | None | Unset
        if isinstance(self.output_cost_per_pixel, Unset):
            output_cost_per_pixel = UNSET
        else:
            output_cost_per_pixel = self.output_cost_per_pixel

        output_cost_per_reasoning_token: float | None | Unset
        if isinstance(self.output_cost_per_reasoning_token, Unset):
            output_cost_per_reasoning_token = UNSET
        else:
            output_cost_per_reasoning_token = self.output_cost_per_reasoning_token

        output_cost_per_reasoning_token_flex: float | None | Unset
        if isinstance(self.output_cost_per_reasoning_token_flex, Unset):
            output_cost_per_reasoning_token_flex = UNSET
        else:
            output_cost_per_reasoning_token_flex = self.output_cost_per_reasoning_token_flex

        output_cost_per_reasoning_token_priority: float | None | Unset
        if isinstance(self.output_cost_per_reasoning_token_priority, Unset):
            output_cost_per_reasoning_token_priority = UNSET
        else:
            output_cost_per_reasoning_token_priority = self.output_cost_per_reasoning_token_priority

        output_cost_per_second: float | None | Unset
        if isinstance(self.output_cost_per_second, Unset):
            output_cost_per_second = UNSET
        else:
            output_cost_per_second = self.output_cost_per_second

        output_cost_per_second_1080p: float | None | Unset
        if isinstance(self.output_cost_per_second_1080p, Unset):
            output_cost_per_second_1080p = UNSET
        else:
            output_cost_per_second_1080p = self.output_cost_per_second_1080p

        output_cost_per_second_2k: float | None | Unset
        if isinstance(self.output_cost_per_second_2k, Unset):
            output_cost_per_second_2k = UNSET
        else:
            output_cost_per_second_2k = self.output_cost_per_second_2k

        output_cost_per_second_480p: float | None | Unset
        if isinstance(self.output_cost_per_second_480p, Unset):
            output_cost_per_second_480p = UNSET
        else:
            output_cost_per_second_480p = self.output_cost_per_second_480p

        output_cost_per_second_4k: float | None | Unset
        if isinstance(self.output_cost_per_second_4k, Unset):
            output_cost_per_second_4k = UNSET
        else:
            output_cost_per_second_4k = self.output_cost_per_second_4k

        output_cost_per_second_720p: float | None | Unset
        if isinstance(self.output_cost_per_second_720p, Unset):
            output_cost_per_second_720p = UNSET
        else:
            output_cost_per_second_720p = self.output_cost_per_second_720p

        output_cost_per_second_768p: float | None | Unset
        if isinstance(self.output_cost_per_second_768p, Unset):
            output_cost_per_second_768p = UNSET
        else:
            output_cost_per_second_768p = self.output_cost_per_second_768p

        output_cost_per_token: float | None | Unset
        if isinstance(self.output_cost_per_token, Unset):
            output_cost_per_token = UNSET
        else:
            output_cost_per_token = self.output_cost_per_token

        output_cost_per_token_above_100k_tokens: float | None | Unset
        if isinstance(self.output_cost_per_token_above_100k_tokens, Unset):
            output_cost_per_token_above_100k_tokens = UNSET
        else:
            output_cost_per_token_above_100k_tokens = self.output_cost_per_token_above_100k_tokens

        output_cost_per_token_above_100k_tokens_batches: float | None | Unset
        if isinstance(self.output_cost_per_token_above_100k_tokens_batches, Unset):
            output_cost_per_token_above_100k_tokens_batches = UNSET
        else:
            output_cost_per_token_above_100k_tokens_batches = self.output_cost_per_token_above_100k_tokens_batches

        output_cost_per_token_above_128k_tokens: float | None | Unset
        if isinstance(self.output_cost_per_token_above_128k_tokens, Unset):
            output_cost_per_token_above_128k_tokens = UNSET
        else:
            output_cost_per_token_above_128k_tokens = self.output_cost_per_token_above_128k_tokens

        output_cost_per_token_above_200k_tokens: float | None | Unset
        if isinstance(self.output_cost_per_token_above_200k_tokens, Unset):
            output_cost_per_token_above_200k_tokens = UNSET
        else:
            output_cost_per_token_above_200k_tokens = self.output_cost_per_token_above_200k_tokens

        output_cost_per_token_above_200k_tokens_batches: float | None | Unset
        if isinstance(self.output_cost_per_token_above_200k_tokens_batches, Unset):
            output_cost_per_token_above_200k_tokens_batches = UNSET
        else:
            output_cost_per_token_above_200k_tokens_batches = self.output_cost_per_token_above_200k_tokens_batches

        output_cost_per_token_above_200k_tokens_flex: float | None | Unset
        if isinstance(self.output_cost_per_token_above_200k_tokens_flex, Unset):
            output_cost_per_token_above_200k_tokens_flex = UNSET
        else:
            output_cost_per_token_above_200k_tokens_flex = self.output_cost_per_token_above_200k_tokens_flex

        output_cost_per_token_above_200k_tokens_priority: float | None | Unset
        if isinstance(self.output_cost_per_token_above_200k_tokens_priority, Unset):
            output_cost_per_token_above_200k_tokens_priority = UNSET
        else:
            output_cost_per_token_above_200k_tokens_priority = self.output_cost_per_token_above_200k_tokens_priority

        output_cost_per_token_above_272k_tokens: float | None | Unset
        if isinstance(self.output_cost_per_token_above_272k_tokens, Unset):
            output_cost_per_token_above_272k_tokens = UNSET
        else:
            output_cost_per_token_above_272k_tokens = self.output_cost_per_token_above_272k_tokens

        output_cost_per_token_above_272k_tokens_batches: float | None | Unset
        if isinstance(self.output_cost_per_token_above_272k_tokens_batches, Unset):
            output_cost_per_token_above_272k_tokens_batches = UNSET
        else:
            output_cost_per_token_above_272k_tokens_batches = self.output_cost_per_token_above_272k_tokens_batches

        output_cost_per_token_above_272k_tokens_flex: float | None | Unset
        if isinstance(self.output_cost_per_token_above_272k_tokens_flex, Unset):
            output_cost_per_token_above_272k_tokens_flex = UNSET
        else:
            output_cost_per_token_above_272k_tokens_flex = self.output_cost_per_token_above_272k_tokens_flex

        output_cost_per_token_above_272k_tokens_priority: float | None | Unset
        if isinstance(self.output_cost_per_token_above_272k_tokens_priority, Unset):
            output_cost_per_token_above_272k_tokens_priority = UNSET
        else:
            output_cost_per_token_above_272k_tokens_priority = self.output_cost_per_token_above_272k_tokens_priority

        output_cost_per_token_above_272k_tokens_ultrafast: float | None | Unset
        if isinstance(self.output_cost_per_token_above_272k_tokens_ultrafast, Unset):
            output_cost_per_token_above_272k_tokens_ultrafast = UNSET
        else:
            output_cost_per_token_above_272k_tokens_ultrafast = self.output_cost_per_token_above_272k_tokens_ultrafast

        output_cost_per_token_above_512k_tokens: float | None | Unset
        if isinstance(self.output_cost_per_token_above_512k_tokens, Unset):
            output_cost_per_token_above_512k_tokens = UNSET
        else:
            output_cost_per_token_above_512k_tokens = self.output_cost_per_token_above_512k_tokens

        output_cost_per_token_balanced: float | None | Unset
        if isinstance(self.output_cost_per_token_balanced, Unset):
            output_cost_per_token_balanced = UNSET
        else:
            output_cost_per_token_balanced = self.output_cost_per_token_balanced

        output_cost_per_token_batches: float | None | Unset
        if isinstance(self.output_cost_per_token_batches, Unset):
            output_cost_per_token_batches = UNSET
        else:
            output_cost_per_token_batches = self.output_cost_per_token_batches

        output_cost_per_token_flex: float | None | Unset
        if isinstance(self.output_cost_per_token_flex, Unset):
            output_cost_per_token_flex = UNSET
        else:
            output_cost_per_token_flex = self.output_cost_per_token_flex

        output_cost_per_token_priority: float | None | Unset
        if isinstance(self.output_cost_per_token_priority, Unset):
            output_cost_per_token_priority = UNSET
        else:
            output_cost_per_token_priority = self.output_cost_per_token_priority

        output_cost_per_token_ultrafast: float | None | Unset
        if isinstance(self.output_cost_per_token_ultrafast, Unset):
            output_cost_per_token_ultrafast = UNSET
        else:
            output_cost_per_token_ultrafast = self.output_cost_per_token_ultrafast

        output_cost_per_video_per_second: float | None | Unset
        if isinstance(self.output_cost_per_video_per_second, Unset):
            output_cost_per_video_per_second = UNSET
        else:
            output_cost_per_video_per_second = self.output_cost_per_video_per_second

        output_cost_per_video_token: float | None | Unset
        if isinstance(self.output_cost_per_video_token, Unset):
            output_cost_per_video_token = UNSET
        else:
            output_cost_per_video_token = self.output_cost_per_video_token

        output_vector_size: int | None | Unset
        if isinstance(self.output_vector_size, Unset):
            output_vector_size = UNSET
        else:
            output_vector_size = self.output_vector_size

        provider_affinity_header: None | str | Unset
        if isinstance(self.provider_affinity_header, Unset):
            provider_affinity_header = UNSET
        else:
            provider_affinity_header = self.provider_affinity_header

        quality_router_config: dict[str, Any] | None | Unset
        if isinstance(self.quality_router_config, Unset):
            quality_router_config = UNSET
        elif isinstance(self.quality_router_config, LiteLLMParamsQualityRouterConfigType0):
            quality_router_config = self.quality_router_config.to_dict()
        else:
            quality_router_config = self.quality_router_config

        quality_router_default_model: None | str | Unset
        if isinstance(self.quality_router_default_model, Unset):
            quality_router_default_model = UNSET
        else:
            quality_router_default_model = self.quality_router_default_model

        region_name: None | str | Unset
        if isinstance(self.region_name, Unset):
            region_name = UNSET
        else:
            region_name = self.region_name

        regional_endpoint_uplift_multiplier: float | None | Unset
        if isinstance(self.regional_endpoint_uplift_multiplier, Unset):
            regional_endpoint_uplift_multiplier = UNSET
        else:
            regional_endpoint_uplift_multiplier = self.regional_endpoint_uplift_multiplier

        regional_processing_uplift_multiplier_eu: float | None | Unset
        if isinstance(self.regional_processing_uplift_multiplier_eu, Unset):
            regional_processing_uplift_multiplier_eu = UNSET
        else:
            regional_processing_uplift_multiplier_eu = self.regional_processing_uplift_multiplier_eu

        regional_processing_uplift_multiplier_us: float | None | Unset
        if isinstance(self.regional_processing_uplift_multiplier_us, Unset):
            regional_processing_uplift_multiplier_us = UNSET
        else:
            regional_processing_uplift_multiplier_us = self.regional_processing_uplift_multiplier_us

        responses_api_version: None | str | Unset
        if isinstance(self.responses_api_version, Unset):
            responses_api_version = UNSET
        else:
            responses_api_version = self.responses_api_version

        rpd: int | None | Unset
        if isinstance(self.rpd, Unset):
            rpd = UNSET
        else:
            rpd = self.rpd

        rpm: int | None | Unset
        if isinstance(self.rpm, Unset):
            rpm = UNSET
        else:
            rpm = self.rpm

        s3_access_key_id: None | str | Unset
        if isinstance(self.s3_access_key_id, Unset):
            s3_access_key_id = UNSET
        else:
            s3_access_key_id = self.s3_access_key_id

        s3_bucket_name: None | str | Unset
        if isinstance(self.s3_bucket_name, Unset):
            s3_bucket_name = UNSET
        else:
            s3_bucket_name = self.s3_bucket_name

        s3_bucket_owner: None | str | Unset
        if isinstance(self.s3_bucket_owner, Unset):
            s3_bucket_owner = UNSET
        else:
            s3_bucket_owner = self.s3_bucket_owner

        s3_encryption_key_id: None | str | Unset
        if isinstance(self.s3_encryption_key_id, Unset):
            s3_encryption_key_id = UNSET
        else:
            s3_encryption_key_id = self.s3_encryption_key_id

        s3_endpoint_url: None | str | Unset
        if isinstance(self.s3_endpoint_url, Unset):
            s3_endpoint_url = UNSET
        else:
            s3_endpoint_url = self.s3_endpoint_url

        s3_output_bucket_name: None | str | Unset
        if isinstance(self.s3_output_bucket_name, Unset):
            s3_output_bucket_name = UNSET
        else:
            s3_output_bucket_name = self.s3_output_bucket_name

        s3_region_name: None | str | Unset
        if isinstance(self.s3_region_name, Unset):
            s3_region_name = UNSET
        else:
            s3_region_name = self.s3_region_name

        s3_secret_access_key: None | str | Unset
        if isinstance(self.s3_secret_access_key, Unset):
            s3_secret_access_key = UNSET
        else:
            s3_secret_access_key = self.s3_secret_access_key

        search_context_cost_per_query: dict[str, Any] | None | Unset
        if isinstance(self.search_context_cost_per_query, Unset):
            search_context_cost_per_query = UNSET
        elif isinstance(self.search_context_cost_per_query, LiteLLMParamsSearchContextCostPerQueryType0):
            search_context_cost_per_query = self.search_context_cost_per_query.to_dict()
        else:
            search_context_cost_per_query = self.search_context_cost_per_query

        search_queries_cost_per_query: dict[str, Any] | float | None | Unset
        if isinstance(self.search_queries_cost_per_query, Unset):
            search_queries_cost_per_query = UNSET
        elif isinstance(self.search_queries_cost_per_query, SearchContextCostPerQuery):
            search_queries_cost_per_query = self.search_queries_cost_per_query.to_dict()
        else:
            search_queries_cost_per_query = self.search_queries_cost_per_query

        stream_timeout: float | None | str | Unset
        if isinstance(self.stream_timeout, Unset):
            stream_timeout = UNSET
        else:
            stream_timeout = self.stream_timeout

        stream_timeout_by_service_tier: dict[str, Any] | None | Unset
        if isinstance(self.stream_timeout_by_service_tier, Unset):
            stream_timeout_by_service_tier = UNSET
        elif isinstance(self.stream_timeout_by_service_tier, LiteLLMParamsStreamTimeoutByServiceTierType0):
            stream_timeout_by_service_tier = self.stream_timeout_by_service_tier.to_dict()
        else:
            stream_timeout_by_service_tier = self.stream_timeout_by_service_tier

        switchyard_router_config: dict[str, Any] | None | Unset
        if isinstance(self.switchyard_router_config, Unset):
            switchyard_router_config = UNSET
        elif isinstance(self.switchyard_router_config, LiteLLMParamsSwitchyardRouterConfigType0):
            switchyard_router_config = self.switchyard_router_config.to_dict()
        else:
            switchyard_router_config = self.switchyard_router_config

        tag_regex: list[str] | None | Unset
        if isinstance(self.tag_regex, Unset):
            tag_regex = UNSET
        elif isinstance(self.tag_regex, list):
            tag_regex = self.tag_regex

        else:
            tag_regex = self.tag_regex

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        tenant_id: None | str | Unset
        if isinstance(self.tenant_id, Unset):
            tenant_id = UNSET
        else:
            tenant_id = self.tenant_id

        thought_signature_in_tool_call_id: bool | None | Unset
        if isinstance(self.thought_signature_in_tool_call_id, Unset):
            thought_signature_in_tool_call_id = UNSET
        else:
            thought_signature_in_tool_call_id = self.thought_signature_in_tool_call_id

        tiered_pricing: list[dict[str, Any]] | None | Unset
        if isinstance(self.tiered_pricing, Unset):
            tiered_pricing = UNSET
        elif isinstance(self.tiered_pricing, list):
            tiered_pricing = []
            for tiered_pricing_type_0_item_data in self.tiered_pricing:
                tiered_pricing_type_0_item = tiered_pricing_type_0_item_data.to_dict()
                tiered_pricing.append(tiered_pricing_type_0_item)

        else:
            tiered_pricing = self.tiered_pricing

        timeout: dict[str, Any] | float | None | str | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        elif isinstance(self.timeout, Timeout):
            timeout = self.timeout.to_dict()
        else:
            timeout = self.timeout

        timeout_by_service_tier: dict[str, Any] | None | Unset
        if isinstance(self.timeout_by_service_tier, Unset):
            timeout_by_service_tier = UNSET
        elif isinstance(self.timeout_by_service_tier, LiteLLMParamsTimeoutByServiceTierType0):
            timeout_by_service_tier = self.timeout_by_service_tier.to_dict()
        else:
            timeout_by_service_tier = self.timeout_by_service_tier

        token_exchange_audience: None | str | Unset
        if isinstance(self.token_exchange_audience, Unset):
            token_exchange_audience = UNSET
        else:
            token_exchange_audience = self.token_exchange_audience

        token_exchange_endpoint: None | str | Unset
        if isinstance(self.token_exchange_endpoint, Unset):
            token_exchange_endpoint = UNSET
        else:
            token_exchange_endpoint = self.token_exchange_endpoint

        token_exchange_profile: None | str | Unset
        if isinstance(self.token_exchange_profile, Unset):
            token_exchange_profile = UNSET
        else:
            token_exchange_profile = self.token_exchange_profile

        token_exchange_scope: None | str | Unset
        if isinstance(self.token_exchange_scope, Unset):
            token_exchange_scope = UNSET
        else:
            token_exchange_scope = self.token_exchange_scope

        tpd: int | None | Unset
        if isinstance(self.tpd, Unset):
            tpd = UNSET
        else:
            tpd = self.tpd

        tpm: int | None | Unset
        if isinstance(self.tpm, Unset):
            tpm = UNSET
        else:
            tpm = self.tpm

        use_chat_completions_api: bool | None | Unset
        if isinstance(self.use_chat_completions_api, Unset):
            use_chat_completions_api = UNSET
        else:
            use_chat_completions_api = self.use_chat_completions_api

        use_in_pass_through: bool | None | Unset
        if isinstance(self.use_in_pass_through, Unset):
            use_in_pass_through = UNSET
        else:
            use_in_pass_through = self.use_in_pass_through

        use_litellm_proxy: bool | None | Unset
        if isinstance(self.use_litellm_proxy, Unset):
            use_litellm_proxy = UNSET
        else:
            use_litellm_proxy = self.use_litellm_proxy

        use_xai_oauth: bool | None | Unset
        if isinstance(self.use_xai_oauth, Unset):
            use_xai_oauth = UNSET
        else:
            use_xai_oauth = self.use_xai_oauth

        valkey_embedding_field: None | str | Unset
        if isinstance(self.valkey_embedding_field, Unset):
            valkey_embedding_field = UNSET
        else:
            valkey_embedding_field = self.valkey_embedding_field

        valkey_host: None | str | Unset
        if isinstance(self.valkey_host, Unset):
            valkey_host = UNSET
        else:
            valkey_host = self.valkey_host

        valkey_password: None | str | Unset
        if isinstance(self.valkey_password, Unset):
            valkey_password = UNSET
        else:
            valkey_password = self.valkey_password

        valkey_port: int | None | Unset
        if isinstance(self.valkey_port, Unset):
            valkey_port = UNSET
        else:
            valkey_port = self.valkey_port

        valkey_ssl: bool | None | Unset
        if isinstance(self.valkey_ssl, Unset):
            valkey_ssl = UNSET
        else:
            valkey_ssl = self.valkey_ssl

        valkey_text_field: None | str | Unset
        if isinstance(self.valkey_text_field, Unset):
            valkey_text_field = UNSET
        else:
            valkey_text_field = self.valkey_text_field

        vector_store_id: None | str | Unset
        if isinstance(self.vector_store_id, Unset):
            vector_store_id = UNSET
        else:
            vector_store_id = self.vector_store_id

        vertex_credentials: dict[str, Any] | None | str | Unset
        if isinstance(self.vertex_credentials, Unset):
            vertex_credentials = UNSET
        elif isinstance(self.vertex_credentials, LiteLLMParamsVertexCredentialsType1):
            vertex_credentials = self.vertex_credentials.to_dict()
        else:
            vertex_credentials = self.vertex_credentials

        vertex_location: None | str | Unset
        if isinstance(self.vertex_location, Unset):
            vertex_location = UNSET
        else:
            vertex_location = self.vertex_location

        vertex_project: None | str | Unset
        if isinstance(self.vertex_project, Unset):
            vertex_project = UNSET
        else:
            vertex_project = self.vertex_project

        watsonx_region_name: None | str | Unset
        if isinstance(self.watsonx_region_name, Unset):
            watsonx_region_name = UNSET
        else:
            watsonx_region_name = self.watsonx_region_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if adaptive_router_config is not UNSET:
            field_dict["adaptive_router_config"] = adaptive_router_config
        if adaptive_router_default_model is not UNSET:
            field_dict["adaptive_router_default_model"] = adaptive_router_default_model
        if allow_client_keepalive_override is not UNSET:
            field_dict["allow_client_keepalive_override"] = allow_client_keepalive_override
        if allow_legacy_cloud_file_ids is not UNSET:
            field_dict["allow_legacy_cloud_file_ids"] = allow_legacy_cloud_file_ids
        if annotation_cost_per_page is not UNSET:
            field_dict["annotation_cost_per_page"] = annotation_cost_per_page
        if annotation_cost_per_page_batches is not UNSET:
            field_dict["annotation_cost_per_page_batches"] = annotation_cost_per_page_batches
        if anthropic_disable_workload_identity_federation is not UNSET:
            field_dict["anthropic_disable_workload_identity_federation"] = (
                anthropic_disable_workload_identity_federation
            )
        if anthropic_federation_rule_id is not UNSET:
            field_dict["anthropic_federation_rule_id"] = anthropic_federation_rule_id
        if anthropic_federation_workspace_id is not UNSET:
            field_dict["anthropic_federation_workspace_id"] = anthropic_federation_workspace_id
        if anthropic_identity_source is not UNSET:
            field_dict["anthropic_identity_source"] = anthropic_identity_source
        if anthropic_identity_token is not UNSET:
            field_dict["anthropic_identity_token"] = anthropic_identity_token
        if anthropic_identity_token_file is not UNSET:
            field_dict["anthropic_identity_token_file"] = anthropic_identity_token_file
        if anthropic_issuer_audience is not UNSET:
            field_dict["anthropic_issuer_audience"] = anthropic_issuer_audience
        if anthropic_issuer_signing_key_ref is not UNSET:
            field_dict["anthropic_issuer_signing_key_ref"] = anthropic_issuer_signing_key_ref
        if anthropic_issuer_subject is not UNSET:
            field_dict["anthropic_issuer_subject"] = anthropic_issuer_subject
        if anthropic_issuer_ttl_seconds is not UNSET:
            field_dict["anthropic_issuer_ttl_seconds"] = anthropic_issuer_ttl_seconds
        if anthropic_issuer_url is not UNSET:
            field_dict["anthropic_issuer_url"] = anthropic_issuer_url
        if anthropic_keycloak_auth_method is not UNSET:
            field_dict["anthropic_keycloak_auth_method"] = anthropic_keycloak_auth_method
        if anthropic_keycloak_client_id is not UNSET:
            field_dict["anthropic_keycloak_client_id"] = anthropic_keycloak_client_id
        if anthropic_keycloak_client_secret_ref is not UNSET:
            field_dict["anthropic_keycloak_client_secret_ref"] = anthropic_keycloak_client_secret_ref
        if anthropic_keycloak_scope is not UNSET:
            field_dict["anthropic_keycloak_scope"] = anthropic_keycloak_scope
        if anthropic_keycloak_token_url is not UNSET:
            field_dict["anthropic_keycloak_token_url"] = anthropic_keycloak_token_url
        if anthropic_organization_id is not UNSET:
            field_dict["anthropic_organization_id"] = anthropic_organization_id
        if anthropic_service_account_id is not UNSET:
            field_dict["anthropic_service_account_id"] = anthropic_service_account_id
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if api_version is not UNSET:
            field_dict["api_version"] = api_version
        if auto_router_config is not UNSET:
            field_dict["auto_router_config"] = auto_router_config
        if auto_router_config_path is not UNSET:
            field_dict["auto_router_config_path"] = auto_router_config_path
        if auto_router_default_model is not UNSET:
            field_dict["auto_router_default_model"] = auto_router_default_model
        if auto_router_embedding_model is not UNSET:
            field_dict["auto_router_embedding_model"] = auto_router_embedding_model
        if auto_router_max_input_chars is not UNSET:
            field_dict["auto_router_max_input_chars"] = auto_router_max_input_chars
        if auto_router_model_compression is not UNSET:
            field_dict["auto_router_model_compression"] = auto_router_model_compression
        if auto_router_routing_compression is not UNSET:
            field_dict["auto_router_routing_compression"] = auto_router_routing_compression
        if aws_access_key_id is not UNSET:
            field_dict["aws_access_key_id"] = aws_access_key_id
        if aws_batch_role_arn is not UNSET:
            field_dict["aws_batch_role_arn"] = aws_batch_role_arn
        if aws_bedrock_control_plane_endpoint is not UNSET:
            field_dict["aws_bedrock_control_plane_endpoint"] = aws_bedrock_control_plane_endpoint
        if aws_bedrock_project_id is not UNSET:
            field_dict["aws_bedrock_project_id"] = aws_bedrock_project_id
        if aws_bedrock_runtime_endpoint is not UNSET:
            field_dict["aws_bedrock_runtime_endpoint"] = aws_bedrock_runtime_endpoint
        if aws_external_id is not UNSET:
            field_dict["aws_external_id"] = aws_external_id
        if aws_profile_name is not UNSET:
            field_dict["aws_profile_name"] = aws_profile_name
        if aws_region_name is not UNSET:
            field_dict["aws_region_name"] = aws_region_name
        if aws_role_name is not UNSET:
            field_dict["aws_role_name"] = aws_role_name
        if aws_secret_access_key is not UNSET:
            field_dict["aws_secret_access_key"] = aws_secret_access_key
        if aws_session_name is not UNSET:
            field_dict["aws_session_name"] = aws_session_name
        if aws_session_tags is not UNSET:
            field_dict["aws_session_tags"] = aws_session_tags
        if aws_session_token is not UNSET:
            field_dict["aws_session_token"] = aws_session_token
        if aws_sts_endpoint is not UNSET:
            field_dict["aws_sts_endpoint"] = aws_sts_endpoint
        if aws_web_identity_token is not UNSET:
            field_dict["aws_web_identity_token"] = aws_web_identity_token
        if azure_ad_token is not UNSET:
            field_dict["azure_ad_token"] = azure_ad_token
        if azure_password is not UNSET:
            field_dict["azure_password"] = azure_password
        if azure_scope is not UNSET:
            field_dict["azure_scope"] = azure_scope
        if azure_username is not UNSET:
            field_dict["azure_username"] = azure_username
        if bedrock_tags is not UNSET:
            field_dict["bedrock_tags"] = bedrock_tags
        if bucket_name is not UNSET:
            field_dict["bucket_name"] = bucket_name
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if cache_creation_input_audio_token_cost is not UNSET:
            field_dict["cache_creation_input_audio_token_cost"] = cache_creation_input_audio_token_cost
        if cache_creation_input_token_cost is not UNSET:
            field_dict["cache_creation_input_token_cost"] = cache_creation_input_token_cost
        if cache_creation_input_token_cost_above_100k_tokens is not UNSET:
            field_dict["cache_creation_input_token_cost_above_100k_tokens"] = (
                cache_creation_input_token_cost_above_100k_tokens
            )
        if cache_creation_input_token_cost_above_100k_tokens_batches is not UNSET:
            field_dict["cache_creation_input_token_cost_above_100k_tokens_batches"] = (
                cache_creation_input_token_cost_above_100k_tokens_batches
            )
        if cache_creation_input_token_cost_above_12hr is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr"] = cache_creation_input_token_cost_above_12hr
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens
            )
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches
            )
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex
            )
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority
            )
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast
            )
        if cache_creation_input_token_cost_above_12hr_batches is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_batches"] = (
                cache_creation_input_token_cost_above_12hr_batches
            )
        if cache_creation_input_token_cost_above_12hr_flex is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_flex"] = (
                cache_creation_input_token_cost_above_12hr_flex
            )
        if cache_creation_input_token_cost_above_12hr_priority is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_priority"] = (
                cache_creation_input_token_cost_above_12hr_priority
            )
        if cache_creation_input_token_cost_above_12hr_ultrafast is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_ultrafast"] = (
                cache_creation_input_token_cost_above_12hr_ultrafast
            )
        if cache_creation_input_token_cost_above_1hr is not UNSET:
            field_dict["cache_creation_input_token_cost_above_1hr"] = cache_creation_input_token_cost_above_1hr
        if cache_creation_input_token_cost_above_1hr_above_100k_tokens is not UNSET:
            field_dict["cache_creation_input_token_cost_above_1hr_above_100k_tokens"] = (
                cache_creation_input_token_cost_above_1hr_above_100k_tokens
            )
        if cache_creation_input_token_cost_above_200k_tokens is not UNSET:
            field_dict["cache_creation_input_token_cost_above_200k_tokens"] = (
                cache_creation_input_token_cost_above_200k_tokens
            )
        if cache_creation_input_token_cost_above_200k_tokens_batches is not UNSET:
            field_dict["cache_creation_input_token_cost_above_200k_tokens_batches"] = (
                cache_creation_input_token_cost_above_200k_tokens_batches
            )
        if cache_creation_input_token_cost_above_272k_tokens is not UNSET:
            field_dict["cache_creation_input_token_cost_above_272k_tokens"] = (
                cache_creation_input_token_cost_above_272k_tokens
            )
        if cache_creation_input_token_cost_above_272k_tokens_batches is not UNSET:
            field_dict["cache_creation_input_token_cost_above_272k_tokens_batches"] = (
                cache_creation_input_token_cost_above_272k_tokens_batches
            )
        if cache_creation_input_token_cost_above_272k_tokens_flex is not UNSET:
            field_dict["cache_creation_input_token_cost_above_272k_tokens_flex"] = (
                cache_creation_input_token_cost_above_272k_tokens_flex
            )
        if cache_creation_input_token_cost_above_272k_tokens_priority is not UNSET:
            field_dict["cache_creation_input_token_cost_above_272k_tokens_priority"] = (
                cache_creation_input_token_cost_above_272k_tokens_priority
            )
        if cache_creation_input_token_cost_above_272k_tokens_ultrafast is not UNSET:
            field_dict["cache_creation_input_token_cost_above_272k_tokens_ultrafast"] = (
                cache_creation_input_token_cost_above_272k_tokens_ultrafast
            )
        if cache_creation_input_token_cost_batches is not UNSET:
            field_dict["cache_creation_input_token_cost_batches"] = cache_creation_input_token_cost_batches
        if cache_creation_input_token_cost_flex is not UNSET:
            field_dict["cache_creation_input_token_cost_flex"] = cache_creation_input_token_cost_flex
        if cache_creation_input_token_cost_priority is not UNSET:
            field_dict["cache_creation_input_token_cost_priority"] = cache_creation_input_token_cost_priority
        if cache_creation_input_token_cost_ultrafast is not UNSET:
            field_dict["cache_creation_input_token_cost_ultrafast"] = cache_creation_input_token_cost_ultrafast
        if cache_read_input_audio_token_cost is not UNSET:
            field_dict["cache_read_input_audio_token_cost"] = cache_read_input_audio_token_cost
        if cache_read_input_audio_token_cost_batches is not UNSET:
            field_dict["cache_read_input_audio_token_cost_batches"] = cache_read_input_audio_token_cost_batches
        if cache_read_input_audio_token_cost_flex is not UNSET:
            field_dict["cache_read_input_audio_token_cost_flex"] = cache_read_input_audio_token_cost_flex
        if cache_read_input_audio_token_cost_priority is not UNSET:
            field_dict["cache_read_input_audio_token_cost_priority"] = cache_read_input_audio_token_cost_priority
        if cache_read_input_image_token_cost is not UNSET:
            field_dict["cache_read_input_image_token_cost"] = cache_read_input_image_token_cost
        if cache_read_input_token_cost is not UNSET:
            field_dict["cache_read_input_token_cost"] = cache_read_input_token_cost
        if cache_read_input_token_cost_above_100k_tokens is not UNSET:
            field_dict["cache_read_input_token_cost_above_100k_tokens"] = cache_read_input_token_cost_above_100k_tokens
        if cache_read_input_token_cost_above_100k_tokens_batches is not UNSET:
            field_dict["cache_read_input_token_cost_above_100k_tokens_batches"] = (
                cache_read_input_token_cost_above_100k_tokens_batches
            )
        if cache_read_input_token_cost_above_200k_tokens is not UNSET:
            field_dict["cache_read_input_token_cost_above_200k_tokens"] = cache_read_input_token_cost_above_200k_tokens
        if cache_read_input_token_cost_above_200k_tokens_batches is not UNSET:
            field_dict["cache_read_input_token_cost_above_200k_tokens_batches"] = (
                cache_read_input_token_cost_above_200k_tokens_batches
            )
        if cache_read_input_token_cost_above_200k_tokens_priority is not UNSET:
            field_dict["cache_read_input_token_cost_above_200k_tokens_priority"] = (
                cache_read_input_token_cost_above_200k_tokens_priority
            )
        if cache_read_input_token_cost_above_272k_tokens is not UNSET:
            field_dict["cache_read_input_token_cost_above_272k_tokens"] = cache_read_input_token_cost_above_272k_tokens
        if cache_read_input_token_cost_above_272k_tokens_batches is not UNSET:
            field_dict["cache_read_input_token_cost_above_272k_tokens_batches"] = (
                cache_read_input_token_cost_above_272k_tokens_batches
            )
        if cache_read_input_token_cost_above_272k_tokens_flex is not UNSET:
            field_dict["cache_read_input_token_cost_above_272k_tokens_flex"] = (
                cache_read_input_token_cost_above_272k_tokens_flex
            )
        if cache_read_input_token_cost_above_272k_tokens_priority is not UNSET:
            field_dict["cache_read_input_token_cost_above_272k_tokens_priority"] = (
                cache_read_input_token_cost_above_272k_tokens_priority
            )
        if cache_read_input_token_cost_above_272k_tokens_ultrafast is not UNSET:
            field_dict["cache_read_input_token_cost_above_272k_tokens_ultrafast"] = (
                cache_read_input_token_cost_above_272k_tokens_ultrafast
            )
        if cache_read_input_token_cost_above_512k_tokens is not UNSET:
            field_dict["cache_read_input_token_cost_above_512k_tokens"] = cache_read_input_token_cost_above_512k_tokens
        if cache_read_input_token_cost_balanced is not UNSET:
            field_dict["cache_read_input_token_cost_balanced"] = cache_read_input_token_cost_balanced
        if cache_read_input_token_cost_batches is not UNSET:
            field_dict["cache_read_input_token_cost_batches"] = cache_read_input_token_cost_batches
        if cache_read_input_token_cost_flex is not UNSET:
            field_dict["cache_read_input_token_cost_flex"] = cache_read_input_token_cost_flex
        if cache_read_input_token_cost_priority is not UNSET:
            field_dict["cache_read_input_token_cost_priority"] = cache_read_input_token_cost_priority
        if cache_read_input_token_cost_ultrafast is not UNSET:
            field_dict["cache_read_input_token_cost_ultrafast"] = cache_read_input_token_cost_ultrafast
        if chatgpt_auth_file is not UNSET:
            field_dict["chatgpt_auth_file"] = chatgpt_auth_file
        if citation_cost_per_token is not UNSET:
            field_dict["citation_cost_per_token"] = citation_cost_per_token
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if complexity_router_config is not UNSET:
            field_dict["complexity_router_config"] = complexity_router_config
        if complexity_router_default_model is not UNSET:
            field_dict["complexity_router_default_model"] = complexity_router_default_model
        if configurable_clientside_auth_params is not UNSET:
            field_dict["configurable_clientside_auth_params"] = configurable_clientside_auth_params
        if cost_per_second is not UNSET:
            field_dict["cost_per_second"] = cost_per_second
        if custom_llm_provider is not UNSET:
            field_dict["custom_llm_provider"] = custom_llm_provider
        if daily_reset_time is not UNSET:
            field_dict["daily_reset_time"] = daily_reset_time
        if default_api_key_rpm_limit is not UNSET:
            field_dict["default_api_key_rpm_limit"] = default_api_key_rpm_limit
        if default_api_key_tpm_limit is not UNSET:
            field_dict["default_api_key_tpm_limit"] = default_api_key_tpm_limit
        if drop_params is not UNSET:
            field_dict["drop_params"] = drop_params
        if explicit_cache_read_input_token_cost is not UNSET:
            field_dict["explicit_cache_read_input_token_cost"] = explicit_cache_read_input_token_cost
        if fedramp_uplift_multiplier is not UNSET:
            field_dict["fedramp_uplift_multiplier"] = fedramp_uplift_multiplier
        if fireworks_forward_user_id is not UNSET:
            field_dict["fireworks_forward_user_id"] = fireworks_forward_user_id
        if gcs_bucket_name is not UNSET:
            field_dict["gcs_bucket_name"] = gcs_bucket_name
        if google_maps_grounding_cost_per_query is not UNSET:
            field_dict["google_maps_grounding_cost_per_query"] = google_maps_grounding_cost_per_query
        if input_cost_per_audio_per_second is not UNSET:
            field_dict["input_cost_per_audio_per_second"] = input_cost_per_audio_per_second
        if input_cost_per_audio_per_second_above_128k_tokens is not UNSET:
            field_dict["input_cost_per_audio_per_second_above_128k_tokens"] = (
                input_cost_per_audio_per_second_above_128k_tokens
            )
        if input_cost_per_audio_token is not UNSET:
            field_dict["input_cost_per_audio_token"] = input_cost_per_audio_token
        if input_cost_per_audio_token_above_200k_tokens is not UNSET:
            field_dict["input_cost_per_audio_token_above_200k_tokens"] = input_cost_per_audio_token_above_200k_tokens
        if input_cost_per_audio_token_above_200k_tokens_batches is not UNSET:
            field_dict["input_cost_per_audio_token_above_200k_tokens_batches"] = (
                input_cost_per_audio_token_above_200k_tokens_batches
            )
        if input_cost_per_audio_token_above_200k_tokens_flex is not UNSET:
            field_dict["input_cost_per_audio_token_above_200k_tokens_flex"] = (
                input_cost_per_audio_token_above_200k_tokens_flex
            )
        if input_cost_per_audio_token_above_200k_tokens_priority is not UNSET:
            field_dict["input_cost_per_audio_token_above_200k_tokens_priority"] = (
                input_cost_per_audio_token_above_200k_tokens_priority
            )
        if input_cost_per_audio_token_batches is not UNSET:
            field_dict["input_cost_per_audio_token_batches"] = input_cost_per_audio_token_batches
        if input_cost_per_audio_token_flex is not UNSET:
            field_dict["input_cost_per_audio_token_flex"] = input_cost_per_audio_token_flex
        if input_cost_per_audio_token_priority is not UNSET:
            field_dict["input_cost_per_audio_token_priority"] = input_cost_per_audio_token_priority
        if input_cost_per_character is not UNSET:
            field_dict["input_cost_per_character"] = input_cost_per_character
        if input_cost_per_character_above_128k_tokens is not UNSET:
            field_dict["input_cost_per_character_above_128k_tokens"] = input_cost_per_character_above_128k_tokens
        if input_cost_per_image is not UNSET:
            field_dict["input_cost_per_image"] = input_cost_per_image
        if input_cost_per_image_above_128k_tokens is not UNSET:
            field_dict["input_cost_per_image_above_128k_tokens"] = input_cost_per_image_above_128k_tokens
        if input_cost_per_image_token is not UNSET:
            field_dict["input_cost_per_image_token"] = input_cost_per_image_token
        if input_cost_per_image_token_batches is not UNSET:
            field_dict["input_cost_per_image_token_batches"] = input_cost_per_image_token_batches
        if input_cost_per_pixel is not UNSET:
            field_dict["input_cost_per_pixel"] = input_cost_per_pixel
        if input_cost_per_query is not UNSET:
            field_dict["input_cost_per_query"] = input_cost_per_query
        if input_cost_per_second is not UNSET:
            field_dict["input_cost_per_second"] = input_cost_per_second
        if input_cost_per_text_message is not UNSET:
            field_dict["input_cost_per_text_message"] = input_cost_per_text_message
        if input_cost_per_token is not UNSET:
            field_dict["input_cost_per_token"] = input_cost_per_token
        if input_cost_per_token_above_100k_tokens is not UNSET:
            field_dict["input_cost_per_token_above_100k_tokens"] = input_cost_per_token_above_100k_tokens
        if input_cost_per_token_above_100k_tokens_batches is not UNSET:
            field_dict["input_cost_per_token_above_100k_tokens_batches"] = (
                input_cost_per_token_above_100k_tokens_batches
            )
        if input_cost_per_token_above_128k_tokens is not UNSET:
            field_dict["input_cost_per_token_above_128k_tokens"] = input_cost_per_token_above_128k_tokens
        if input_cost_per_token_above_200k_tokens is not UNSET:
            field_dict["input_cost_per_token_above_200k_tokens"] = input_cost_per_token_above_200k_tokens
        if input_cost_per_token_above_200k_tokens_batches is not UNSET:
            field_dict["input_cost_per_token_above_200k_tokens_batches"] = (
                input_cost_per_token_above_200k_tokens_batches
            )
        if input_cost_per_token_above_200k_tokens_flex is not UNSET:
            field_dict["input_cost_per_token_above_200k_tokens_flex"] = input_cost_per_token_above_200k_tokens_flex
        if input_cost_per_token_above_200k_tokens_priority is not UNSET:
            field_dict["input_cost_per_token_above_200k_tokens_priority"] = (
                input_cost_per_token_above_200k_tokens_priority
            )
        if input_cost_per_token_above_272k_tokens is not UNSET:
            field_dict["input_cost_per_token_above_272k_tokens"] = input_cost_per_token_above_272k_tokens
        if input_cost_per_token_above_272k_tokens_batches is not UNSET:
            field_dict["input_cost_per_token_above_272k_tokens_batches"] = (
                input_cost_per_token_above_272k_tokens_batches
            )
        if input_cost_per_token_above_272k_tokens_flex is not UNSET:
            field_dict["input_cost_per_token_above_272k_tokens_flex"] = input_cost_per_token_above_272k_tokens_flex
        if input_cost_per_token_above_272k_tokens_priority is not UNSET:
            field_dict["input_cost_per_token_above_272k_tokens_priority"] = (
                input_cost_per_token_above_272k_tokens_priority
            )
        if input_cost_per_token_above_272k_tokens_ultrafast is not UNSET:
            field_dict["input_cost_per_token_above_272k_tokens_ultrafast"] = (
                input_cost_per_token_above_272k_tokens_ultrafast
            )
        if input_cost_per_token_above_512k_tokens is not UNSET:
            field_dict["input_cost_per_token_above_512k_tokens"] = input_cost_per_token_above_512k_tokens
        if input_cost_per_token_balanced is not UNSET:
            field_dict["input_cost_per_token_balanced"] = input_cost_per_token_balanced
        if input_cost_per_token_batches is not UNSET:
            field_dict["input_cost_per_token_batches"] = input_cost_per_token_batches
        if input_cost_per_token_cache_hit is not UNSET:
            field_dict["input_cost_per_token_cache_hit"] = input_cost_per_token_cache_hit
        if input_cost_per_token_flex is not UNSET:
            field_dict["input_cost_per_token_flex"] = input_cost_per_token_flex
        if input_cost_per_token_priority is not UNSET:
            field_dict["input_cost_per_token_priority"] = input_cost_per_token_priority
        if input_cost_per_token_ultrafast is not UNSET:
            field_dict["input_cost_per_token_ultrafast"] = input_cost_per_token_ultrafast
        if input_cost_per_video_per_second is not UNSET:
            field_dict["input_cost_per_video_per_second"] = input_cost_per_video_per_second
        if input_cost_per_video_per_second_above_128k_tokens is not UNSET:
            field_dict["input_cost_per_video_per_second_above_128k_tokens"] = (
                input_cost_per_video_per_second_above_128k_tokens
            )
        if input_cost_per_video_per_second_above_15s_interval is not UNSET:
            field_dict["input_cost_per_video_per_second_above_15s_interval"] = (
                input_cost_per_video_per_second_above_15s_interval
            )
        if input_cost_per_video_per_second_above_8s_interval is not UNSET:
            field_dict["input_cost_per_video_per_second_above_8s_interval"] = (
                input_cost_per_video_per_second_above_8s_interval
            )
        if input_cost_per_video_token is not UNSET:
            field_dict["input_cost_per_video_token"] = input_cost_per_video_token
        if input_cost_per_video_token_batches is not UNSET:
            field_dict["input_cost_per_video_token_batches"] = input_cost_per_video_token_batches
        if itpm is not UNSET:
            field_dict["itpm"] = itpm
        if keepalive_seconds is not UNSET:
            field_dict["keepalive_seconds"] = keepalive_seconds
        if litellm_credential_name is not UNSET:
            field_dict["litellm_credential_name"] = litellm_credential_name
        if litellm_trace_id is not UNSET:
            field_dict["litellm_trace_id"] = litellm_trace_id
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if max_file_size_mb is not UNSET:
            field_dict["max_file_size_mb"] = max_file_size_mb
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if merge_reasoning_content_in_choices is not UNSET:
            field_dict["merge_reasoning_content_in_choices"] = merge_reasoning_content_in_choices
        if milvus_db_name is not UNSET:
            field_dict["milvus_db_name"] = milvus_db_name
        if milvus_partition_names is not UNSET:
            field_dict["milvus_partition_names"] = milvus_partition_names
        if milvus_text_field is not UNSET:
            field_dict["milvus_text_field"] = milvus_text_field
        if mock_response is not UNSET:
            field_dict["mock_response"] = mock_response
        if model_info is not UNSET:
            field_dict["model_info"] = model_info
        if ocr_cost_per_credit is not UNSET:
            field_dict["ocr_cost_per_credit"] = ocr_cost_per_credit
        if ocr_cost_per_page is not UNSET:
            field_dict["ocr_cost_per_page"] = ocr_cost_per_page
        if ocr_cost_per_page_batches is not UNSET:
            field_dict["ocr_cost_per_page_batches"] = ocr_cost_per_page_batches
        if openai_identity_provider_id is not UNSET:
            field_dict["openai_identity_provider_id"] = openai_identity_provider_id
        if openai_identity_token_file is not UNSET:
            field_dict["openai_identity_token_file"] = openai_identity_token_file
        if openai_service_account_id is not UNSET:
            field_dict["openai_service_account_id"] = openai_service_account_id
        if organization is not UNSET:
            field_dict["organization"] = organization
        if otpm is not UNSET:
            field_dict["otpm"] = otpm
        if output_cost_per_audio_per_second is not UNSET:
            field_dict["output_cost_per_audio_per_second"] = output_cost_per_audio_per_second
        if output_cost_per_audio_token is not UNSET:
            field_dict["output_cost_per_audio_token"] = output_cost_per_audio_token
        if output_cost_per_character is not UNSET:
            field_dict["output_cost_per_character"] = output_cost_per_character
        if output_cost_per_character_above_128k_tokens is not UNSET:
            field_dict["output_cost_per_character_above_128k_tokens"] = output_cost_per_character_above_128k_tokens
        if output_cost_per_image is not UNSET:
            field_dict["output_cost_per_image"] = output_cost_per_image
        if output_cost_per_image_1024 is not UNSET:
            field_dict["output_cost_per_image_1024"] = output_cost_per_image_1024
        if output_cost_per_image_1536 is not UNSET:
            field_dict["output_cost_per_image_1536"] = output_cost_per_image_1536
        if output_cost_per_image_1k is not UNSET:
            field_dict["output_cost_per_image_1K"] = output_cost_per_image_1k
        if output_cost_per_image_2k is not UNSET:
            field_dict["output_cost_per_image_2K"] = output_cost_per_image_2k
        if output_cost_per_image_512 is not UNSET:
            field_dict["output_cost_per_image_512"] = output_cost_per_image_512
        if output_cost_per_image_token is not UNSET:
            field_dict["output_cost_per_image_token"] = output_cost_per_image_token
        if output_cost_per_image_token_batches is not UNSET:
            field_dict["output_cost_per_image_token_batches"] = output_cost_per_image_token_batches
        if output_cost_per_image_token_priority is not UNSET:
            field_dict["output_cost_per_image_token_priority"] = output_cost_per_image_token_priority
        if output_cost_per_pixel is not UNSET:
            field_dict["output_cost_per_pixel"] = output_cost_per_pixel
        if output_cost_per_reasoning_token is not UNSET:
            field_dict["output_cost_per_reasoning_token"] = output_cost_per_reasoning_token
        if output_cost_per_reasoning_token_flex is not UNSET:
            field_dict["output_cost_per_reasoning_token_flex"] = output_cost_per_reasoning_token_flex
        if output_cost_per_reasoning_token_priority is not UNSET:
            field_dict["output_cost_per_reasoning_token_priority"] = output_cost_per_reasoning_token_priority
        if output_cost_per_second is not UNSET:
            field_dict["output_cost_per_second"] = output_cost_per_second
        if output_cost_per_second_1080p is not UNSET:
            field_dict["output_cost_per_second_1080p"] = output_cost_per_second_1080p
        if output_cost_per_second_2k is not UNSET:
            field_dict["output_cost_per_second_2k"] = output_cost_per_second_2k
        if output_cost_per_second_480p is not UNSET:
            field_dict["output_cost_per_second_480p"] = output_cost_per_second_480p
        if output_cost_per_second_4k is not UNSET:
            field_dict["output_cost_per_second_4k"] = output_cost_per_second_4k
        if output_cost_per_second_720p is not UNSET:
            field_dict["output_cost_per_second_720p"] = output_cost_per_second_720p
        if output_cost_per_second_768p is not UNSET:
            field_dict["output_cost_per_second_768p"] = output_cost_per_second_768p
        if output_cost_per_token is not UNSET:
            field_dict["output_cost_per_token"] = output_cost_per_token
        if output_cost_per_token_above_100k_tokens is not UNSET:
            field_dict["output_cost_per_token_above_100k_tokens"] = output_cost_per_token_above_100k_tokens
        if output_cost_per_token_above_100k_tokens_batches is not UNSET:
            field_dict["output_cost_per_token_above_100k_tokens_batches"] = (
                output_cost_per_token_above_100k_tokens_batches
            )
        if output_cost_per_token_above_128k_tokens is not UNSET:
            field_dict["output_cost_per_token_above_128k_tokens"] = output_cost_per_token_above_128k_tokens
        if output_cost_per_token_above_200k_tokens is not UNSET:
            field_dict["output_cost_per_token_above_200k_tokens"] = output_cost_per_token_above_200k_tokens
        if output_cost_per_token_above_200k_tokens_batches is not UNSET:
            field_dict["output_cost_per_token_above_200k_tokens_batches"] = (
                output_cost_per_token_above_200k_tokens_batches
            )
        if output_cost_per_token_above_200k_tokens_flex is not UNSET:
            field_dict["output_cost_per_token_above_200k_tokens_flex"] = output_cost_per_token_above_200k_tokens_flex
        if output_cost_per_token_above_200k_tokens_priority is not UNSET:
            field_dict["output_cost_per_token_above_200k_tokens_priority"] = (
                output_cost_per_token_above_200k_tokens_priority
            )
        if output_cost_per_token_above_272k_tokens is not UNSET:
            field_dict["output_cost_per_token_above_272k_tokens"] = output_cost_per_token_above_272k_tokens
        if output_cost_per_token_above_272k_tokens_batches is not UNSET:
            field_dict["output_cost_per_token_above_272k_tokens_batches"] = (
                output_cost_per_token_above_272k_tokens_batches
            )
        if output_cost_per_token_above_272k_tokens_flex is not UNSET:
            field_dict["output_cost_per_token_above_272k_tokens_flex"] = output_cost_per_token_above_272k_tokens_flex
        if output_cost_per_token_above_272k_tokens_priority is not UNSET:
            field_dict["output_cost_per_token_above_272k_tokens_priority"] = (
                output_cost_per_token_above_272k_tokens_priority
            )
        if output_cost_per_token_above_272k_tokens_ultrafast is not UNSET:
            field_dict["output_cost_per_token_above_272k_tokens_ultrafast"] = (
                output_cost_per_token_above_272k_tokens_ultrafast
            )
        if output_cost_per_token_above_512k_tokens is not UNSET:
            field_dict["output_cost_per_token_above_512k_tokens"] = output_cost_per_token_above_512k_tokens
        if output_cost_per_token_balanced is not UNSET:
            field_dict["output_cost_per_token_balanced"] = output_cost_per_token_balanced
        if output_cost_per_token_batches is not UNSET:
            field_dict["output_cost_per_token_batches"] = output_cost_per_token_batches
        if output_cost_per_token_flex is not UNSET:
            field_dict["output_cost_per_token_flex"] = output_cost_per_token_flex
        if output_cost_per_token_priority is not UNSET:
            field_dict["output_cost_per_token_priority"] = output_cost_per_token_priority
        if output_cost_per_token_ultrafast is not UNSET:
            field_dict["output_cost_per_token_ultrafast"] = output_cost_per_token_ultrafast
        if output_cost_per_video_per_second is not UNSET:
            field_dict["output_cost_per_video_per_second"] = output_cost_per_video_per_second
        if output_cost_per_video_token is not UNSET:
            field_dict["output_cost_per_video_token"] = output_cost_per_video_token
        if output_vector_size is not UNSET:
            field_dict["output_vector_size"] = output_vector_size
        if provider_affinity_header is not UNSET:
            field_dict["provider_affinity_header"] = provider_affinity_header
        if quality_router_config is not UNSET:
            field_dict["quality_router_config"] = quality_router_config
        if quality_router_default_model is not UNSET:
            field_dict["quality_router_default_model"] = quality_router_default_model
        if region_name is not UNSET:
            field_dict["region_name"] = region_name
        if regional_endpoint_uplift_multiplier is not UNSET:
            field_dict["regional_endpoint_uplift_multiplier"] = regional_endpoint_uplift_multiplier
        if regional_processing_uplift_multiplier_eu is not UNSET:
            field_dict["regional_processing_uplift_multiplier_eu"] = regional_processing_uplift_multiplier_eu
        if regional_processing_uplift_multiplier_us is not UNSET:
            field_dict["regional_processing_uplift_multiplier_us"] = regional_processing_uplift_multiplier_us
        if responses_api_version is not UNSET:
            field_dict["responses_api_version"] = responses_api_version
        if rpd is not UNSET:
            field_dict["rpd"] = rpd
        if rpm is not UNSET:
            field_dict["rpm"] = rpm
        if s3_access_key_id is not UNSET:
            field_dict["s3_access_key_id"] = s3_access_key_id
        if s3_bucket_name is not UNSET:
            field_dict["s3_bucket_name"] = s3_bucket_name
        if s3_bucket_owner is not UNSET:
            field_dict["s3_bucket_owner"] = s3_bucket_owner
        if s3_encryption_key_id is not UNSET:
            field_dict["s3_encryption_key_id"] = s3_encryption_key_id
        if s3_endpoint_url is not UNSET:
            field_dict["s3_endpoint_url"] = s3_endpoint_url
        if s3_output_bucket_name is not UNSET:
            field_dict["s3_output_bucket_name"] = s3_output_bucket_name
        if s3_region_name is not UNSET:
            field_dict["s3_region_name"] = s3_region_name
        if s3_secret_access_key is not UNSET:
            field_dict["s3_secret_access_key"] = s3_secret_access_key
        if search_context_cost_per_query is not UNSET:
            field_dict["search_context_cost_per_query"] = search_context_cost_per_query
        if search_queries_cost_per_query is not UNSET:
            field_dict["search_queries_cost_per_query"] = search_queries_cost_per_query
        if stream_timeout is not UNSET:
            field_dict["stream_timeout"] = stream_timeout
        if stream_timeout_by_service_tier is not UNSET:
            field_dict["stream_timeout_by_service_tier"] = stream_timeout_by_service_tier
        if switchyard_router_config is not UNSET:
            field_dict["switchyard_router_config"] = switchyard_router_config
        if tag_regex is not UNSET:
            field_dict["tag_regex"] = tag_regex
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tenant_id is not UNSET:
            field_dict["tenant_id"] = tenant_id
        if thought_signature_in_tool_call_id is not UNSET:
            field_dict["thought_signature_in_tool_call_id"] = thought_signature_in_tool_call_id
        if tiered_pricing is not UNSET:
            field_dict["tiered_pricing"] = tiered_pricing
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if timeout_by_service_tier is not UNSET:
            field_dict["timeout_by_service_tier"] = timeout_by_service_tier
        if token_exchange_audience is not UNSET:
            field_dict["token_exchange_audience"] = token_exchange_audience
        if token_exchange_endpoint is not UNSET:
            field_dict["token_exchange_endpoint"] = token_exchange_endpoint
        if token_exchange_profile is not UNSET:
            field_dict["token_exchange_profile"] = token_exchange_profile
        if token_exchange_scope is not UNSET:
            field_dict["token_exchange_scope"] = token_exchange_scope
        if tpd is not UNSET:
            field_dict["tpd"] = tpd
        if tpm is not UNSET:
            field_dict["tpm"] = tpm
        if use_chat_completions_api is not UNSET:
            field_dict["use_chat_completions_api"] = use_chat_completions_api
        if use_in_pass_through is not UNSET:
            field_dict["use_in_pass_through"] = use_in_pass_through
        if use_litellm_proxy is not UNSET:
            field_dict["use_litellm_proxy"] = use_litellm_proxy
        if use_xai_oauth is not UNSET:
            field_dict["use_xai_oauth"] = use_xai_oauth
        if valkey_embedding_field is not UNSET:
            field_dict["valkey_embedding_field"] = valkey_embedding_field
        if valkey_host is not UNSET:
            field_dict["valkey_host"] = valkey_host
        if valkey_password is not UNSET:
            field_dict["valkey_password"] = valkey_password
        if valkey_port is not UNSET:
            field_dict["valkey_port"] = valkey_port
        if valkey_ssl is not UNSET:
            field_dict["valkey_ssl"] = valkey_ssl
        if valkey_text_field is not UNSET:
            field_dict["valkey_text_field"] = valkey_text_field
        if vector_store_id is not UNSET:
            field_dict["vector_store_id"] = vector_store_id
        if vertex_credentials is not UNSET:
            field_dict["vertex_credentials"] = vertex_credentials
        if vertex_location is not UNSET:
            field_dict["vertex_location"] = vertex_location
        if vertex_project is not UNSET:
            field_dict["vertex_project"] = vertex_project
        if watsonx_region_name is not UNSET:
            field_dict["watsonx_region_name"] = watsonx_region_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aws_session_tag import AwsSessionTag  # noqa: PLC0415
        from ..models.configurable_clientside_params_custom_auth_input import (
            ConfigurableClientsideParamsCustomAuthInput,  # noqa: PLC0415
        )
        from ..models.lite_llm_params_adaptive_router_config_type_0 import LiteLLMParamsAdaptiveRouterConfigType0  # noqa: PLC0415
        from ..models.lite_llm_params_complexity_router_config_type_0 import LiteLLMParamsComplexityRouterConfigType0  # noqa: PLC0415
        from ..models.lite_llm_params_model_info_type_0 import LiteLLMParamsModelInfoType0  # noqa: PLC0415
        from ..models.lite_llm_params_quality_router_config_type_0 import LiteLLMParamsQualityRouterConfigType0  # noqa: PLC0415
        from ..models.lite_llm_params_search_context_cost_per_query_type_0 import (
            LiteLLMParamsSearchContextCostPerQueryType0,  # noqa: PLC0415
        )
        from ..models.lite_llm_params_stream_timeout_by_service_tier_type_0 import (
            LiteLLMParamsStreamTimeoutByServiceTierType0,  # noqa: PLC0415
        )
        from ..models.lite_llm_params_switchyard_router_config_type_0 import LiteLLMParamsSwitchyardRouterConfigType0  # noqa: PLC0415
        from ..models.lite_llm_params_tiered_pricing_type_0_item import LiteLLMParamsTieredPricingType0Item  # noqa: PLC0415
        from ..models.lite_llm_params_timeout_by_service_tier_type_0 import LiteLLMParamsTimeoutByServiceTierType0  # noqa: PLC0415
        from ..models.lite_llm_params_vertex_credentials_type_1 import LiteLLMParamsVertexCredentialsType1  # noqa: PLC0415
        from ..models.model_response import ModelResponse  # noqa: PLC0415
        from ..models.search_context_cost_per_query import SearchContextCostPerQuery  # noqa: PLC0415
        from ..models.timeout import Timeout  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        def _parse_adaptive_router_config(data: object) -> LiteLLMParamsAdaptiveRouterConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                adaptive_router_config_type_0 = LiteLLMParamsAdaptiveRouterConfigType0.from_dict(data)

                return adaptive_router_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMParamsAdaptiveRouterConfigType0 | None | Unset, data)

        adaptive_router_config = _parse_adaptive_router_config(d.pop("adaptive_router_config", UNSET))

        def _parse_adaptive_router_default_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        adaptive_router_default_model = _parse_adaptive_router_default_model(
            d.pop("adaptive_router_default_model", UNSET)
        )

        def _parse_allow_client_keepalive_override(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_client_keepalive_override = _parse_allow_client_keepalive_override(
            d.pop("allow_client_keepalive_override", UNSET)
        )

        def _parse_allow_legacy_cloud_file_ids(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_legacy_cloud_file_ids = _parse_allow_legacy_cloud_file_ids(d.pop("allow_legacy_cloud_file_ids", UNSET))

        def _parse_annotation_cost_per_page(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        annotation_cost_per_page = _parse_annotation_cost_per_page(d.pop("annotation_cost_per_page", UNSET))

        def _parse_annotation_cost_per_page_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        annotation_cost_per_page_batches = _parse_annotation_cost_per_page_batches(
            d.pop("annotation_cost_per_page_batches", UNSET)
        )

        def _parse_anthropic_disable_workload_identity_federation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        anthropic_disable_workload_identity_federation = _parse_anthropic_disable_workload_identity_federation(
            d.pop("anthropic_disable_workload_identity_federation", UNSET)
        )

        def _parse_anthropic_federation_rule_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_federation_rule_id = _parse_anthropic_federation_rule_id(d.pop("anthropic_federation_rule_id", UNSET))

        def _parse_anthropic_federation_workspace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_federation_workspace_id = _parse_anthropic_federation_workspace_id(
            d.pop("anthropic_federation_workspace_id", UNSET)
        )

        def _parse_anthropic_identity_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_identity_source = _parse_anthropic_identity_source(d.pop("anthropic_identity_source", UNSET))

        def _parse_anthropic_identity_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_identity_token = _parse_anthropic_identity_token(d.pop("anthropic_identity_token", UNSET))

        def _parse_anthropic_identity_token_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_identity_token_file = _parse_anthropic_identity_token_file(
            d.pop("anthropic_identity_token_file", UNSET)
        )

        def _parse_anthropic_issuer_audience(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_issuer_audience = _parse_anthropic_issuer_audience(d.pop("anthropic_issuer_audience", UNSET))

        def _parse_anthropic_issuer_signing_key_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_issuer_signing_key_ref = _parse_anthropic_issuer_signing_key_ref(
            d.pop("anthropic_issuer_signing_key_ref", UNSET)
        )

        def _parse_anthropic_issuer_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_issuer_subject = _parse_anthropic_issuer_subject(d.pop("anthropic_issuer_subject", UNSET))

        def _parse_anthropic_issuer_ttl_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        anthropic_issuer_ttl_seconds = _parse_anthropic_issuer_ttl_seconds(d.pop("anthropic_issuer_ttl_seconds", UNSET))

        def _parse_anthropic_issuer_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_issuer_url = _parse_anthropic_issuer_url(d.pop("anthropic_issuer_url", UNSET))

        def _parse_anthropic_keycloak_auth_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_keycloak_auth_method = _parse_anthropic_keycloak_auth_method(
            d.pop("anthropic_keycloak_auth_method", UNSET)
        )

        def _parse_anthropic_keycloak_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_keycloak_client_id = _parse_anthropic_keycloak_client_id(d.pop("anthropic_keycloak_client_id", UNSET))

        def _parse_anthropic_keycloak_client_secret_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_keycloak_client_secret_ref = _parse_anthropic_keycloak_client_secret_ref(
            d.pop("anthropic_keycloak_client_secret_ref", UNSET)
        )

        def _parse_anthropic_keycloak_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_keycloak_scope = _parse_anthropic_keycloak_scope(d.pop("anthropic_keycloak_scope", UNSET))

        def _parse_anthropic_keycloak_token_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_keycloak_token_url = _parse_anthropic_keycloak_token_url(d.pop("anthropic_keycloak_token_url", UNSET))

        def _parse_anthropic_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_organization_id = _parse_anthropic_organization_id(d.pop("anthropic_organization_id", UNSET))

        def _parse_anthropic_service_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anthropic_service_account_id = _parse_anthropic_service_account_id(d.pop("anthropic_service_account_id", UNSET))

        def _parse_api_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_base = _parse_api_base(d.pop("api_base", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_version = _parse_api_version(d.pop("api_version", UNSET))

        def _parse_auto_router_config(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_router_config = _parse_auto_router_config(d.pop("auto_router_config", UNSET))

        def _parse_auto_router_config_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_router_config_path = _parse_auto_router_config_path(d.pop("auto_router_config_path", UNSET))

        def _parse_auto_router_default_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_router_default_model = _parse_auto_router_default_model(d.pop("auto_router_default_model", UNSET))

        def _parse_auto_router_embedding_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_router_embedding_model = _parse_auto_router_embedding_model(d.pop("auto_router_embedding_model", UNSET))

        def _parse_auto_router_max_input_chars(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        auto_router_max_input_chars = _parse_auto_router_max_input_chars(d.pop("auto_router_max_input_chars", UNSET))

        def _parse_auto_router_model_compression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_router_model_compression = _parse_auto_router_model_compression(
            d.pop("auto_router_model_compression", UNSET)
        )

        def _parse_auto_router_routing_compression(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auto_router_routing_compression = _parse_auto_router_routing_compression(
            d.pop("auto_router_routing_compression", UNSET)
        )

        def _parse_aws_access_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_access_key_id = _parse_aws_access_key_id(d.pop("aws_access_key_id", UNSET))

        def _parse_aws_batch_role_arn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_batch_role_arn = _parse_aws_batch_role_arn(d.pop("aws_batch_role_arn", UNSET))

        def _parse_aws_bedrock_control_plane_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_bedrock_control_plane_endpoint = _parse_aws_bedrock_control_plane_endpoint(
            d.pop("aws_bedrock_control_plane_endpoint", UNSET)
        )

        def _parse_aws_bedrock_project_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_bedrock_project_id = _parse_aws_bedrock_project_id(d.pop("aws_bedrock_project_id", UNSET))

        def _parse_aws_bedrock_runtime_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_bedrock_runtime_endpoint = _parse_aws_bedrock_runtime_endpoint(d.pop("aws_bedrock_runtime_endpoint", UNSET))

        def _parse_aws_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_external_id = _parse_aws_external_id(d.pop("aws_external_id", UNSET))

        def _parse_aws_profile_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_profile_name = _parse_aws_profile_name(d.pop("aws_profile_name", UNSET))

        def _parse_aws_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_region_name = _parse_aws_region_name(d.pop("aws_region_name", UNSET))

        def _parse_aws_role_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_role_name = _parse_aws_role_name(d.pop("aws_role_name", UNSET))

        def _parse_aws_secret_access_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_secret_access_key = _parse_aws_secret_access_key(d.pop("aws_secret_access_key", UNSET))

        def _parse_aws_session_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_session_name = _parse_aws_session_name(d.pop("aws_session_name", UNSET))

        def _parse_aws_session_tags(data: object) -> list[AwsSessionTag] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aws_session_tags_type_0 = []
                _aws_session_tags_type_0 = data
                for aws_session_tags_type_0_item_data in _aws_session_tags_type_0:
                    aws_session_tags_type_0_item = AwsSessionTag.from_dict(aws_session_tags_type_0_item_data)

                    aws_session_tags_type_0.append(aws_session_tags_type_0_item)

                return aws_session_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AwsSessionTag] | None | Unset, data)

        aws_session_tags = _parse_aws_session_tags(d.pop("aws_session_tags", UNSET))

        def _parse_aws_session_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_session_token = _parse_aws_session_token(d.pop("aws_session_token", UNSET))

        def _parse_aws_sts_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_sts_endpoint = _parse_aws_sts_endpoint(d.pop("aws_sts_endpoint", UNSET))

        def _parse_aws_web_identity_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aws_web_identity_token = _parse_aws_web_identity_token(d.pop("aws_web_identity_token", UNSET))

        def _parse_azure_ad_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_ad_token = _parse_azure_ad_token(d.pop("azure_ad_token", UNSET))

        def _parse_azure_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_password = _parse_azure_password(d.pop("azure_password", UNSET))

        def _parse_azure_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_scope = _parse_azure_scope(d.pop("azure_scope", UNSET))

        def _parse_azure_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_username = _parse_azure_username(d.pop("azure_username", UNSET))

        def _parse_bedrock_tags(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bedrock_tags_type_0 = cast(list[Any], data)

                return bedrock_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        bedrock_tags = _parse_bedrock_tags(d.pop("bedrock_tags", UNSET))

        def _parse_bucket_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket_name = _parse_bucket_name(d.pop("bucket_name", UNSET))

        def _parse_budget_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_duration = _parse_budget_duration(d.pop("budget_duration", UNSET))

        def _parse_cache_creation_input_audio_token_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_audio_token_cost = _parse_cache_creation_input_audio_token_cost(
            d.pop("cache_creation_input_audio_token_cost", UNSET)
        )

        def _parse_cache_creation_input_token_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost = _parse_cache_creation_input_token_cost(
            d.pop("cache_creation_input_token_cost", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_100k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_100k_tokens = _parse_cache_creation_input_token_cost_above_100k_tokens(
            d.pop("cache_creation_input_token_cost_above_100k_tokens", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_100k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_100k_tokens_batches = (
            _parse_cache_creation_input_token_cost_above_100k_tokens_batches(
                d.pop("cache_creation_input_token_cost_above_100k_tokens_batches", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr = _parse_cache_creation_input_token_cost_above_12hr(
            d.pop("cache_creation_input_token_cost_above_12hr", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_batches = _parse_cache_creation_input_token_cost_above_12hr_batches(
            d.pop("cache_creation_input_token_cost_above_12hr_batches", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_12hr_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_flex = _parse_cache_creation_input_token_cost_above_12hr_flex(
            d.pop("cache_creation_input_token_cost_above_12hr_flex", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_12hr_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_priority = (
            _parse_cache_creation_input_token_cost_above_12hr_priority(
                d.pop("cache_creation_input_token_cost_above_12hr_priority", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_ultrafast = (
            _parse_cache_creation_input_token_cost_above_12hr_ultrafast(
                d.pop("cache_creation_input_token_cost_above_12hr_ultrafast", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_1hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_1hr = _parse_cache_creation_input_token_cost_above_1hr(
            d.pop("cache_creation_input_token_cost_above_1hr", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_1hr_above_100k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_1hr_above_100k_tokens = (
            _parse_cache_creation_input_token_cost_above_1hr_above_100k_tokens(
                d.pop("cache_creation_input_token_cost_above_1hr_above_100k_tokens", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_200k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_200k_tokens = _parse_cache_creation_input_token_cost_above_200k_tokens(
            d.pop("cache_creation_input_token_cost_above_200k_tokens", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_200k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_200k_tokens_batches = (
            _parse_cache_creation_input_token_cost_above_200k_tokens_batches(
                d.pop("cache_creation_input_token_cost_above_200k_tokens_batches", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_272k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_272k_tokens = _parse_cache_creation_input_token_cost_above_272k_tokens(
            d.pop("cache_creation_input_token_cost_above_272k_tokens", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_272k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_272k_tokens_batches = (
            _parse_cache_creation_input_token_cost_above_272k_tokens_batches(
                d.pop("cache_creation_input_token_cost_above_272k_tokens_batches", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_272k_tokens_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_272k_tokens_flex = (
            _parse_cache_creation_input_token_cost_above_272k_tokens_flex(
                d.pop("cache_creation_input_token_cost_above_272k_tokens_flex", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_272k_tokens_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_272k_tokens_priority = (
            _parse_cache_creation_input_token_cost_above_272k_tokens_priority(
                d.pop("cache_creation_input_token_cost_above_272k_tokens_priority", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_272k_tokens_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_272k_tokens_ultrafast = (
            _parse_cache_creation_input_token_cost_above_272k_tokens_ultrafast(
                d.pop("cache_creation_input_token_cost_above_272k_tokens_ultrafast", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_batches = _parse_cache_creation_input_token_cost_batches(
            d.pop("cache_creation_input_token_cost_batches", UNSET)
        )

        def _parse_cache_creation_input_token_cost_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_flex = _parse_cache_creation_input_token_cost_flex(
            d.pop("cache_creation_input_token_cost_flex", UNSET)
        )

        def _parse_cache_creation_input_token_cost_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_priority = _parse_cache_creation_input_token_cost_priority(
            d.pop("cache_creation_input_token_cost_priority", UNSET)
        )

        def _parse_cache_creation_input_token_cost_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_ultrafast = _parse_cache_creation_input_token_cost_ultrafast(
            d.pop("cache_creation_input_token_cost_ultrafast", UNSET)
        )

        def _parse_cache_read_input_audio_token_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_audio_token_cost = _parse_cache_read_input_audio_token_cost(
            d.pop("cache_read_input_audio_token_cost", UNSET)
        )

        def _parse_cache_read_input_audio_token_cost_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_audio_token_cost_batches = _parse_cache_read_input_audio_token_cost_batches(
            d.pop("cache_read_input_audio_token_cost_batches", UNSET)
        )

        def _parse_cache_read_input_audio_token_cost_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_audio_token_cost_flex = _parse_cache_read_input_audio_token_cost_flex(
            d.pop("cache_read_input_audio_token_cost_flex", UNSET)
        )

        def _parse_cache_read_input_audio_token_cost_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_audio_token_cost_priority = _parse_cache_read_input_audio_token_cost_priority(
            d.pop("cache_read_input_audio_token_cost_priority", UNSET)
        )

        def _parse_cache_read_input_image_token_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_image_token_cost = _parse_cache_read_input_image_token_cost(
            d.pop("cache_read_input_image_token_cost", UNSET)
        )

        def _parse_cache_read_input_token_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost = _parse_cache_read_input_token_cost(d.pop("cache_read_input_token_cost", UNSET))

        def _parse_cache_read_input_token_cost_above_100k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_100k_tokens = _parse_cache_read_input_token_cost_above_100k_tokens(
            d.pop("cache_read_input_token_cost_above_100k_tokens", UNSET)
        )

        def _parse_cache_read_input_token_cost_above_100k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_100k_tokens_batches = (
            _parse_cache_read_input_token_cost_above_100k_tokens_batches(
                d.pop("cache_read_input_token_cost_above_100k_tokens_batches", UNSET)
            )
        )

        def _parse_cache_read_input_token_cost_above_200k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_200k_tokens = _parse_cache_read_input_token_cost_above_200k_tokens(
            d.pop("cache_read_input_token_cost_above_200k_tokens", UNSET)
        )

        def _parse_cache_read_input_token_cost_above_200k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_200k_tokens_batches = (
            _parse_cache_read_input_token_cost_above_200k_tokens_batches(
                d.pop("cache_read_input_token_cost_above_200k_tokens_batches", UNSET)
            )
        )

        def _parse_cache_read_input_token_cost_above_200k_tokens_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_200k_tokens_priority = (
            _parse_cache_read_input_token_cost_above_200k_tokens_priority(
                d.pop("cache_read_input_token_cost_above_200k_tokens_priority", UNSET)
            )
        )

        def _parse_cache_read_input_token_cost_above_272k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_272k_tokens = _parse_cache_read_input_token_cost_above_272k_tokens(
            d.pop("cache_read_input_token_cost_above_272k_tokens", UNSET)
        )

        def _parse_cache_read_input_token_cost_above_272k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_272k_tokens_batches = (
            _parse_cache_read_input_token_cost_above_272k_tokens_batches(
                d.pop("cache_read_input_token_cost_above_272k_tokens_batches", UNSET)
            )
        )

        def _parse_cache_read_input_token_cost_above_272k_tokens_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_272k_tokens_flex = _parse_cache_read_input_token_cost_above_272k_tokens_flex(
            d.pop("cache_read_input_token_cost_above_272k_tokens_flex", UNSET)
        )

        def _parse_cache_read_input_token_cost_above_272k_tokens_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_272k_tokens_priority = (
            _parse_cache_read_input_token_cost_above_272k_tokens_priority(
                d.pop("cache_read_input_token_cost_above_272k_tokens_priority", UNSET)
            )
        )

        def _parse_cache_read_input_token_cost_above_272k_tokens_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_272k_tokens_ultrafast = (
            _parse_cache_read_input_token_cost_above_272k_tokens_ultrafast(
                d.pop("cache_read_input_token_cost_above_272k_tokens_ultrafast", UNSET)
            )
        )

        def _parse_cache_read_input_token_cost_above_512k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_above_512k_tokens = _parse_cache_read_input_token_cost_above_512k_tokens(
            d.pop("cache_read_input_token_cost_above_512k_tokens", UNSET)
        )

        def _parse_cache_read_input_token_cost_balanced(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_balanced = _parse_cache_read_input_token_cost_balanced(
            d.pop("cache_read_input_token_cost_balanced", UNSET)
        )

        def _parse_cache_read_input_token_cost_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_batches = _parse_cache_read_input_token_cost_batches(
            d.pop("cache_read_input_token_cost_batches", UNSET)
        )

        def _parse_cache_read_input_token_cost_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_flex = _parse_cache_read_input_token_cost_flex(
            d.pop("cache_read_input_token_cost_flex", UNSET)
        )

        def _parse_cache_read_input_token_cost_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_priority = _parse_cache_read_input_token_cost_priority(
            d.pop("cache_read_input_token_cost_priority", UNSET)
        )

        def _parse_cache_read_input_token_cost_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost_ultrafast = _parse_cache_read_input_token_cost_ultrafast(
            d.pop("cache_read_input_token_cost_ultrafast", UNSET)
        )

        def _parse_chatgpt_auth_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chatgpt_auth_file = _parse_chatgpt_auth_file(d.pop("chatgpt_auth_file", UNSET))

        def _parse_citation_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        citation_cost_per_token = _parse_citation_cost_per_token(d.pop("citation_cost_per_token", UNSET))

        def _parse_client_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_id = _parse_client_id(d.pop("client_id", UNSET))

        def _parse_client_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        def _parse_complexity_router_config(data: object) -> LiteLLMParamsComplexityRouterConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                complexity_router_config_type_0 = LiteLLMParamsComplexityRouterConfigType0.from_dict(data)

                return complexity_router_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMParamsComplexityRouterConfigType0 | None | Unset, data)

        complexity_router_config = _parse_complexity_router_config(d.pop("complexity_router_config", UNSET))

        def _parse_complexity_router_default_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complexity_router_default_model = _parse_complexity_router_default_model(
            d.pop("complexity_router_default_model", UNSET)
        )

        def _parse_configurable_clientside_auth_params(
            data: object,
        ) -> list[ConfigurableClientsideParamsCustomAuthInput | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                configurable_clientside_auth_params_type_0 = []
                _configurable_clientside_auth_params_type_0 = data
                for configurable_clientside_auth_params_type_0_item_data in _configurable_clientside_auth_params_type_0:

                    def _parse_configurable_clientside_auth_params_type_0_item(
                        data: object,
                    ) -> ConfigurableClientsideParamsCustomAuthInput | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            configurable_clientside_auth_params_type_0_item_type_1 = (
                                ConfigurableClientsideParamsCustomAuthInput.from_dict(data)
                            )

                            return configurable_clientside_auth_params_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(ConfigurableClientsideParamsCustomAuthInput | str, data)

                    configurable_clientside_auth_params_type_0_item = (
                        _parse_configurable_clientside_auth_params_type_0_item(
                            configurable_clientside_auth_params_type_0_item_data
                        )
                    )

                    configurable_clientside_auth_params_type_0.append(configurable_clientside_auth_params_type_0_item)

                return configurable_clientside_auth_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfigurableClientsideParamsCustomAuthInput | str] | None | Unset, data)

        configurable_clientside_auth_params = _parse_configurable_clientside_auth_params(
            d.pop("configurable_clientside_auth_params", UNSET)
        )

        def _parse_cost_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_per_second = _parse_cost_per_second(d.pop("cost_per_second", UNSET))

        def _parse_custom_llm_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_llm_provider = _parse_custom_llm_provider(d.pop("custom_llm_provider", UNSET))

        def _parse_daily_reset_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        daily_reset_time = _parse_daily_reset_time(d.pop("daily_reset_time", UNSET))

        def _parse_default_api_key_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_api_key_rpm_limit = _parse_default_api_key_rpm_limit(d.pop("default_api_key_rpm_limit", UNSET))

        def _parse_default_api_key_tpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_api_key_tpm_limit = _parse_default_api_key_tpm_limit(d.pop("default_api_key_tpm_limit", UNSET))

        def _parse_drop_params(data: object) -> bool | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | str | Unset, data)

        drop_params = _parse_drop_params(d.pop("drop_params", UNSET))

        def _parse_explicit_cache_read_input_token_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        explicit_cache_read_input_token_cost = _parse_explicit_cache_read_input_token_cost(
            d.pop("explicit_cache_read_input_token_cost", UNSET)
        )

        def _parse_fedramp_uplift_multiplier(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fedramp_uplift_multiplier = _parse_fedramp_uplift_multiplier(d.pop("fedramp_uplift_multiplier", UNSET))

        def _parse_fireworks_forward_user_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        fireworks_forward_user_id = _parse_fireworks_forward_user_id(d.pop("fireworks_forward_user_id", UNSET))

        def _parse_gcs_bucket_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gcs_bucket_name = _parse_gcs_bucket_name(d.pop("gcs_bucket_name", UNSET))

        def _parse_google_maps_grounding_cost_per_query(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        google_maps_grounding_cost_per_query = _parse_google_maps_grounding_cost_per_query(
            d.pop("google_maps_grounding_cost_per_query", UNSET)
        )

        def _parse_input_cost_per_audio_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_per_second = _parse_input_cost_per_audio_per_second(
            d.pop("input_cost_per_audio_per_second", UNSET)
        )

        def _parse_input_cost_per_audio_per_second_above_128k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_per_second_above_128k_tokens = _parse_input_cost_per_audio_per_second_above_128k_tokens(
            d.pop("input_cost_per_audio_per_second_above_128k_tokens", UNSET)
        )

        def _parse_input_cost_per_audio_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_token = _parse_input_cost_per_audio_token(d.pop("input_cost_per_audio_token", UNSET))

        def _parse_input_cost_per_audio_token_above_200k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_token_above_200k_tokens = _parse_input_cost_per_audio_token_above_200k_tokens(
            d.pop("input_cost_per_audio_token_above_200k_tokens", UNSET)
        )

        def _parse_input_cost_per_audio_token_above_200k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_token_above_200k_tokens_batches = (
            _parse_input_cost_per_audio_token_above_200k_tokens_batches(
                d.pop("input_cost_per_audio_token_above_200k_tokens_batches", UNSET)
            )
        )

        def _parse_input_cost_per_audio_token_above_200k_tokens_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_token_above_200k_tokens_flex = _parse_input_cost_per_audio_token_above_200k_tokens_flex(
            d.pop("input_cost_per_audio_token_above_200k_tokens_flex", UNSET)
        )

        def _parse_input_cost_per_audio_token_above_200k_tokens_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_token_above_200k_tokens_priority = (
            _parse_input_cost_per_audio_token_above_200k_tokens_priority(
                d.pop("input_cost_per_audio_token_above_200k_tokens_priority", UNSET)
            )
        )

        def _parse_input_cost_per_audio_token_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_token_batches = _parse_input_cost_per_audio_token_batches(
            d.pop("input_cost_per_audio_token_batches", UNSET)
        )

        def _parse_input_cost_per_audio_token_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_token_flex = _parse_input_cost_per_audio_token_flex(
            d.pop("input_cost_per_audio_token_flex", UNSET)
        )

        def _parse_input_cost_per_audio_token_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_audio_token_priority = _parse_input_cost_per_audio_token_priority(
            d.pop("input_cost_per_audio_token_priority", UNSET)
        )

        def _parse_input_cost_per_character(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_character = _parse_input_cost_per_character(d.pop("input_cost_per_character", UNSET))

        def _parse_input_cost_per_character_above_128k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_character_above_128k_tokens = _parse_input_cost_per_character_above_128k_tokens(
            d.pop("input_cost_per_character_above_128k_tokens", UNSET)
        )

        def _parse_input_cost_per_image(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_image = _parse_input_cost_per_image(d.pop("input_cost_per_image", UNSET))

        def _parse_input_cost_per_image_above_128k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_image_above_128k_tokens = _parse_input_cost_per_image_above_128k_tokens(
            d.pop("input_cost_per_image_above_128k_tokens", UNSET)
        )

        def _parse_input_cost_per_image_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_image_token = _parse_input_cost_per_image_token(d.pop("input_cost_per_image_token", UNSET))

        def _parse_input_cost_per_image_token_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_image_token_batches = _parse_input_cost_per_image_token_batches(
            d.pop("input_cost_per_image_token_batches", UNSET)
        )

        def _parse_input_cost_per_pixel(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_pixel = _parse_input_cost_per_pixel(d.pop("input_cost_per_pixel", UNSET))

        def _parse_input_cost_per_query(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_query = _parse_input_cost_per_query(d.pop("input_cost_per_query", UNSET))

        def _parse_input_cost_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_second = _parse_input_cost_per_second(d.pop("input_cost_per_second", UNSET))

        def _parse_input_cost_per_text_message(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_text_message = _parse_input_cost_per_text_message(d.pop("input_cost_per_text_message", UNSET))

        def _parse_input_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token = _parse_input_cost_per_token(d.pop("input_cost_per_token", UNSET))

        def _parse_input_cost_per_token_above_100k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_100k_tokens = _parse_input_cost_per_token_above_100k_tokens(
            d.pop("input_cost_per_token_above_100k_tokens", UNSET)
        )

        def _parse_input_cost_per_token_above_100k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_100k_tokens_batches = _parse_input_cost_per_token_above_100k_tokens_batches(
            d.pop("input_cost_per_token_above_100k_tokens_batches", UNSET)
        )

        def _parse_input_cost_per_token_above_128k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_128k_tokens = _parse_input_cost_per_token_above_128k_tokens(
            d.pop("input_cost_per_token_above_128k_tokens", UNSET)
        )

        def _parse_input_cost_per_token_above_200k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_200k_tokens = _parse_input_cost_per_token_above_200k_tokens(
            d.pop("input_cost_per_token_above_200k_tokens", UNSET)
        )

        def _parse_input_cost_per_token_above_200k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_200k_tokens_batches = _parse_input_cost_per_token_above_200k_tokens_batches(
            d.pop("input_cost_per_token_above_200k_tokens_batches", UNSET)
        )

        def _parse_input_cost_per_token_above_200k_tokens_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_200k_tokens_flex = _parse_input_cost_per_token_above_200k_tokens_flex(
            d.pop("input_cost_per_token_above_200k_tokens_flex", UNSET)
        )

        def _parse_input_cost_per_token_above_200k_tokens_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_200k_tokens_priority = _parse_input_cost_per_token_above_200k_tokens_priority(
            d.pop("input_cost_per_token_above_200k_tokens_priority", UNSET)
        )

        def _parse_input_cost_per_token_above_272k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_272k_tokens = _parse_input_cost_per_token_above_272k_tokens(
            d.pop("input_cost_per_token_above_272k_tokens", UNSET)
        )

        def _parse_input_cost_per_token_above_272k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_272k_tokens_batches = _parse_input_cost_per_token_above_272k_tokens_batches(
            d.pop("input_cost_per_token_above_272k_tokens_batches", UNSET)
        )

        def _parse_input_cost_per_token_above_272k_tokens_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_272k_tokens_flex = _parse_input_cost_per_token_above_272k_tokens_flex(
            d.pop("input_cost_per_token_above_272k_tokens_flex", UNSET)
        )

        def _parse_input_cost_per_token_above_272k_tokens_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_272k_tokens_priority = _parse_input_cost_per_token_above_272k_tokens_priority(
            d.pop("input_cost_per_token_above_272k_tokens_priority", UNSET)
        )

        def _parse_input_cost_per_token_above_272k_tokens_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_272k_tokens_ultrafast = _parse_input_cost_per_token_above_272k_tokens_ultrafast(
            d.pop("input_cost_per_token_above_272k_tokens_ultrafast", UNSET)
        )

        def _parse_input_cost_per_token_above_512k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_above_512k_tokens = _parse_input_cost_per_token_above_512k_tokens(
            d.pop("input_cost_per_token_above_512k_tokens", UNSET)
        )

        def _parse_input_cost_per_token_balanced(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_balanced = _parse_input_cost_per_token_balanced(
            d.pop("input_cost_per_token_balanced", UNSET)
        )

        def _parse_input_cost_per_token_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_batches = _parse_input_cost_per_token_batches(d.pop("input_cost_per_token_batches", UNSET))

        def _parse_input_cost_per_token_cache_hit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_cache_hit = _parse_input_cost_per_token_cache_hit(
            d.pop("input_cost_per_token_cache_hit", UNSET)
        )

        def _parse_input_cost_per_token_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_flex = _parse_input_cost_per_token_flex(d.pop("input_cost_per_token_flex", UNSET))

        def _parse_input_cost_per_token_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_priority = _parse_input_cost_per_token_priority(
            d.pop("input_cost_per_token_priority", UNSET)
        )

        def _parse_input_cost_per_token_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token_ultrafast = _parse_input_cost_per_token_ultrafast(
            d.pop("input_cost_per_token_ultrafast", UNSET)
        )

        def _parse_input_cost_per_video_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_video_per_second = _parse_input_cost_per_video_per_second(
            d.pop("input_cost_per_video_per_second", UNSET)
        )

        def _parse_input_cost_per_video_per_second_above_128k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_video_per_second_above_128k_tokens = _parse_input_cost_per_video_per_second_above_128k_tokens(
            d.pop("input_cost_per_video_per_second_above_128k_tokens", UNSET)
        )

        def _parse_input_cost_per_video_per_second_above_15s_interval(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_video_per_second_above_15s_interval = _parse_input_cost_per_video_per_second_above_15s_interval(
            d.pop("input_cost_per_video_per_second_above_15s_interval", UNSET)
        )

        def _parse_input_cost_per_video_per_second_above_8s_interval(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_video_per_second_above_8s_interval = _parse_input_cost_per_video_per_second_above_8s_interval(
            d.pop("input_cost_per_video_per_second_above_8s_interval", UNSET)
        )

        def _parse_input_cost_per_video_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_video_token = _parse_input_cost_per_video_token(d.pop("input_cost_per_video_token", UNSET))

        def _parse_input_cost_per_video_token_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_video_token_batches = _parse_input_cost_per_video_token_batches(
            d.pop("input_cost_per_video_token_batches", UNSET)
        )

        def _parse_itpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        itpm = _parse_itpm(d.pop("itpm", UNSET))

        def _parse_keepalive_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        keepalive_seconds = _parse_keepalive_seconds(d.pop("keepalive_seconds", UNSET))

        def _parse_litellm_credential_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        litellm_credential_name = _parse_litellm_credential_name(d.pop("litellm_credential_name", UNSET))

        def _parse_litellm_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        litellm_trace_id = _parse_litellm_trace_id(d.pop("litellm_trace_id", UNSET))

        def _parse_max_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget = _parse_max_budget(d.pop("max_budget", UNSET))

        def _parse_max_file_size_mb(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_file_size_mb = _parse_max_file_size_mb(d.pop("max_file_size_mb", UNSET))

        def _parse_max_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_retries = _parse_max_retries(d.pop("max_retries", UNSET))

        def _parse_merge_reasoning_content_in_choices(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        merge_reasoning_content_in_choices = _parse_merge_reasoning_content_in_choices(
            d.pop("merge_reasoning_content_in_choices", UNSET)
        )

        def _parse_milvus_db_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        milvus_db_name = _parse_milvus_db_name(d.pop("milvus_db_name", UNSET))

        def _parse_milvus_partition_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                milvus_partition_names_type_0 = cast(list[str], data)

                return milvus_partition_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        milvus_partition_names = _parse_milvus_partition_names(d.pop("milvus_partition_names", UNSET))

        def _parse_milvus_text_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        milvus_text_field = _parse_milvus_text_field(d.pop("milvus_text_field", UNSET))

        def _parse_mock_response(data: object) -> Any | ModelResponse | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mock_response_type_1 = ModelResponse.from_dict(data)

                return mock_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Any | ModelResponse | None | str | Unset, data)

        mock_response = _parse_mock_response(d.pop("mock_response", UNSET))

        def _parse_model_info(data: object) -> LiteLLMParamsModelInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_info_type_0 = LiteLLMParamsModelInfoType0.from_dict(data)

                return model_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMParamsModelInfoType0 | None | Unset, data)

        model_info = _parse_model_info(d.pop("model_info", UNSET))

        def _parse_ocr_cost_per_credit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ocr_cost_per_credit = _parse_ocr_cost_per_credit(d.pop("ocr_cost_per_credit", UNSET))

        def _parse_ocr_cost_per_page(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ocr_cost_per_page = _parse_ocr_cost_per_page(d.pop("ocr_cost_per_page", UNSET))

        def _parse_ocr_cost_per_page_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        ocr_cost_per_page_batches = _parse_ocr_cost_per_page_batches(d.pop("ocr_cost_per_page_batches", UNSET))

        def _parse_openai_identity_provider_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        openai_identity_provider_id = _parse_openai_identity_provider_id(d.pop("openai_identity_provider_id", UNSET))

        def _parse_openai_identity_token_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        openai_identity_token_file = _parse_openai_identity_token_file(d.pop("openai_identity_token_file", UNSET))

        def _parse_openai_service_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        openai_service_account_id = _parse_openai_service_account_id(d.pop("openai_service_account_id", UNSET))

        def _parse_organization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization = _parse_organization(d.pop("organization", UNSET))

        def _parse_otpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        otpm = _parse_otpm(d.pop("otpm", UNSET))

        def _parse_output_cost_per_audio_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_audio_per_second = _parse_output_cost_per_audio_per_second(
            d.pop("output_cost_per_audio_per_second", UNSET)
        )

        def _parse_output_cost_per_audio_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_audio_token = _parse_output_cost_per_audio_token(d.pop("output_cost_per_audio_token", UNSET))

        def _parse_output_cost_per_character(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_character = _parse_output_cost_per_character(d.pop("output_cost_per_character", UNSET))

        def _parse_output_cost_per_character_above_128k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_character_above_128k_tokens = _parse_output_cost_per_character_above_128k_tokens(
            d.pop("output_cost_per_character_above_128k_tokens", UNSET)
        )

        def _parse_output_cost_per_image(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_image = _parse_output_cost_per_image(d.pop("output_cost_per_image", UNSET))

        def _parse_output_cost_per_image_1024(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_image_1024 = _parse_output_cost_per_image_1024(d.pop("output_cost_per_image_1024", UNSET))

        def _parse_output_cost_per_image_1536(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_image_1536 = _parse_output_cost_per_image_1536(d.pop("output_cost_per_image_1536", UNSET))

        def _parse_output_cost_per_image_1k(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_image_1k = _parse_output_cost_per_image_1k(d.pop("output_cost_per_image_1K", UNSET))

        def _parse_output_cost_per_image_2k(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_image_2k = _parse_output_cost_per_image_2k(d.pop("output_cost_per_image_2K", UNSET))

        def _parse_output_cost_per_image_512(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_image_512 = _parse_output_cost_per_image_512(d.pop("output_cost_per_image_512", UNSET))

        def _parse_output_cost_per_image_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_image_token = _parse_output_cost_per_image_token(d.pop("output_cost_per_image_token", UNSET))

        def _parse_output_cost_per_image_token_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_image_token_batches = _parse_output_cost_per_image_token_batches(
            d.pop("output_cost_per_image_token_batches", UNSET)
        )

        def _parse_output_cost_per_image_token_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_image_token_priority = _parse_output_cost_per_image_token_priority(
            d.pop("output_cost_per_image_token_priority", UNSET)
        )

        def _parse_output_cost_per_pixel(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_pixel = _parse_output_cost_per_pixel(d.pop("output_cost_per_pixel", UNSET))

        def _parse_output_cost_per_reasoning_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_reasoning_token = _parse_output_cost_per_reasoning_token(
            d.pop("output_cost_per_reasoning_token", UNSET)
        )

        def _parse_output_cost_per_reasoning_token_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_reasoning_token_flex = _parse_output_cost_per_reasoning_token_flex(
            d.pop("output_cost_per_reasoning_token_flex", UNSET)
        )

        def _parse_output_cost_per_reasoning_token_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_reasoning_token_priority = _parse_output_cost_per_reasoning_token_priority(
            d.pop("output_cost_per_reasoning_token_priority", UNSET)
        )

        def _parse_output_cost_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_second = _parse_output_cost_per_second(d.pop("output_cost_per_second", UNSET))

        def _parse_output_cost_per_second_1080p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_second_1080p = _parse_output_cost_per_second_1080p(d.pop("output_cost_per_second_1080p", UNSET))

        def _parse_output_cost_per_second_2k(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_second_2k = _parse_output_cost_per_second_2k(d.pop("output_cost_per_second_2k", UNSET))

        def _parse_output_cost_per_second_480p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_second_480p = _parse_output_cost_per_second_480p(d.pop("output_cost_per_second_480p", UNSET))

        def _parse_output_cost_per_second_4k(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_second_4k = _parse_output_cost_per_second_4k(d.pop("output_cost_per_second_4k", UNSET))

        def _parse_output_cost_per_second_720p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_second_720p = _parse_output_cost_per_second_720p(d.pop("output_cost_per_second_720p", UNSET))

        def _parse_output_cost_per_second_768p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_second_768p = _parse_output_cost_per_second_768p(d.pop("output_cost_per_second_768p", UNSET))

        def _parse_output_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token = _parse_output_cost_per_token(d.pop("output_cost_per_token", UNSET))

        def _parse_output_cost_per_token_above_100k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_100k_tokens = _parse_output_cost_per_token_above_100k_tokens(
            d.pop("output_cost_per_token_above_100k_tokens", UNSET)
        )

        def _parse_output_cost_per_token_above_100k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_100k_tokens_batches = _parse_output_cost_per_token_above_100k_tokens_batches(
            d.pop("output_cost_per_token_above_100k_tokens_batches", UNSET)
        )

        def _parse_output_cost_per_token_above_128k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_128k_tokens = _parse_output_cost_per_token_above_128k_tokens(
            d.pop("output_cost_per_token_above_128k_tokens", UNSET)
        )

        def _parse_output_cost_per_token_above_200k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_200k_tokens = _parse_output_cost_per_token_above_200k_tokens(
            d.pop("output_cost_per_token_above_200k_tokens", UNSET)
        )

        def _parse_output_cost_per_token_above_200k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_200k_tokens_batches = _parse_output_cost_per_token_above_200k_tokens_batches(
            d.pop("output_cost_per_token_above_200k_tokens_batches", UNSET)
        )

        def _parse_output_cost_per_token_above_200k_tokens_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_200k_tokens_flex = _parse_output_cost_per_token_above_200k_tokens_flex(
            d.pop("output_cost_per_token_above_200k_tokens_flex", UNSET)
        )

        def _parse_output_cost_per_token_above_200k_tokens_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_200k_tokens_priority = _parse_output_cost_per_token_above_200k_tokens_priority(
            d.pop("output_cost_per_token_above_200k_tokens_priority", UNSET)
        )

        def _parse_output_cost_per_token_above_272k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_272k_tokens = _parse_output_cost_per_token_above_272k_tokens(
            d.pop("output_cost_per_token_above_272k_tokens", UNSET)
        )

        def _parse_output_cost_per_token_above_272k_tokens_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_272k_tokens_batches = _parse_output_cost_per_token_above_272k_tokens_batches(
            d.pop("output_cost_per_token_above_272k_tokens_batches", UNSET)
        )

        def _parse_output_cost_per_token_above_272k_tokens_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_272k_tokens_flex = _parse_output_cost_per_token_above_272k_tokens_flex(
            d.pop("output_cost_per_token_above_272k_tokens_flex", UNSET)
        )

        def _parse_output_cost_per_token_above_272k_tokens_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_272k_tokens_priority = _parse_output_cost_per_token_above_272k_tokens_priority(
            d.pop("output_cost_per_token_above_272k_tokens_priority", UNSET)
        )

        def _parse_output_cost_per_token_above_272k_tokens_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_272k_tokens_ultrafast = _parse_output_cost_per_token_above_272k_tokens_ultrafast(
            d.pop("output_cost_per_token_above_272k_tokens_ultrafast", UNSET)
        )

        def _parse_output_cost_per_token_above_512k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_above_512k_tokens = _parse_output_cost_per_token_above_512k_tokens(
            d.pop("output_cost_per_token_above_512k_tokens", UNSET)
        )

        def _parse_output_cost_per_token_balanced(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_balanced = _parse_output_cost_per_token_balanced(
            d.pop("output_cost_per_token_balanced", UNSET)
        )

        def _parse_output_cost_per_token_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_batches = _parse_output_cost_per_token_batches(
            d.pop("output_cost_per_token_batches", UNSET)
        )

        def _parse_output_cost_per_token_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_flex = _parse_output_cost_per_token_flex(d.pop("output_cost_per_token_flex", UNSET))

        def _parse_output_cost_per_token_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_priority = _parse_output_cost_per_token_priority(
            d.pop("output_cost_per_token_priority", UNSET)
        )

        def _parse_output_cost_per_token_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token_ultrafast = _parse_output_cost_per_token_ultrafast(
            d.pop("output_cost_per_token_ultrafast", UNSET)
        )

        def _parse_output_cost_per_video_per_second(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_video_per_second = _parse_output_cost_per_video_per_second(
            d.pop("output_cost_per_video_per_second", UNSET)
        )

        def _parse_output_cost_per_video_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_video_token = _parse_output_cost_per_video_token(d.pop("output_cost_per_video_token", UNSET))

        def _parse_output_vector_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_vector_size = _parse_output_vector_size(d.pop("output_vector_size", UNSET))

        def _parse_provider_affinity_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_affinity_header = _parse_provider_affinity_header(d.pop("provider_affinity_header", UNSET))

        def _parse_quality_router_config(data: object) -> LiteLLMParamsQualityRouterConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                quality_router_config_type_0 = LiteLLMParamsQualityRouterConfigType0.from_dict(data)

                return quality_router_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMParamsQualityRouterConfigType0 | None | Unset, data)

        quality_router_config = _parse_quality_router_config(d.pop("quality_router_config", UNSET))

        def _parse_quality_router_default_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quality_router_default_model = _parse_quality_router_default_model(d.pop("quality_router_default_model", UNSET))

        def _parse_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region_name = _parse_region_name(d.pop("region_name", UNSET))

        def _parse_regional_endpoint_uplift_multiplier(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        regional_endpoint_uplift_multiplier = _parse_regional_endpoint_uplift_multiplier(
            d.pop("regional_endpoint_uplift_multiplier", UNSET)
        )

        def _parse_regional_processing_uplift_multiplier_eu(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        regional_processing_uplift_multiplier_eu = _parse_regional_processing_uplift_multiplier_eu(
            d.pop("regional_processing_uplift_multiplier_eu", UNSET)
        )

        def _parse_regional_processing_uplift_multiplier_us(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        regional_processing_uplift_multiplier_us = _parse_regional_processing_uplift_multiplier_us(
            d.pop("regional_processing_uplift_multiplier_us", UNSET)
        )

        def _parse_responses_api_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        responses_api_version = _parse_responses_api_version(d.pop("responses_api_version", UNSET))

        def _parse_rpd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpd = _parse_rpd(d.pop("rpd", UNSET))

        def _parse_rpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm = _parse_rpm(d.pop("rpm", UNSET))

        def _parse_s3_access_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_access_key_id = _parse_s3_access_key_id(d.pop("s3_access_key_id", UNSET))

        def _parse_s3_bucket_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_bucket_name = _parse_s3_bucket_name(d.pop("s3_bucket_name", UNSET))

        def _parse_s3_bucket_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_bucket_owner = _parse_s3_bucket_owner(d.pop("s3_bucket_owner", UNSET))

        def _parse_s3_encryption_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_encryption_key_id = _parse_s3_encryption_key_id(d.pop("s3_encryption_key_id", UNSET))

        def _parse_s3_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_endpoint_url = _parse_s3_endpoint_url(d.pop("s3_endpoint_url", UNSET))

        def _parse_s3_output_bucket_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_output_bucket_name = _parse_s3_output_bucket_name(d.pop("s3_output_bucket_name", UNSET))

        def _parse_s3_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_region_name = _parse_s3_region_name(d.pop("s3_region_name", UNSET))

        def _parse_s3_secret_access_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        s3_secret_access_key = _parse_s3_secret_access_key(d.pop("s3_secret_access_key", UNSET))

        def _parse_search_context_cost_per_query(
            data: object,
        ) -> LiteLLMParamsSearchContextCostPerQueryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                search_context_cost_per_query_type_0 = LiteLLMParamsSearchContextCostPerQueryType0.from_dict(data)

                return search_context_cost_per_query_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMParamsSearchContextCostPerQueryType0 | None | Unset, data)

        search_context_cost_per_query = _parse_search_context_cost_per_query(
            d.pop("search_context_cost_per_query", UNSET)
        )

        def _parse_search_queries_cost_per_query(data: object) -> float | None | SearchContextCostPerQuery | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                search_queries_cost_per_query_type_1 = SearchContextCostPerQuery.from_dict(data)

                return search_queries_cost_per_query_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | SearchContextCostPerQuery | Unset, data)

        search_queries_cost_per_query = _parse_search_queries_cost_per_query(
            d.pop("search_queries_cost_per_query", UNSET)
        )

        def _parse_stream_timeout(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        stream_timeout = _parse_stream_timeout(d.pop("stream_timeout", UNSET))

        def _parse_stream_timeout_by_service_tier(
            data: object,
        ) -> LiteLLMParamsStreamTimeoutByServiceTierType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_timeout_by_service_tier_type_0 = LiteLLMParamsStreamTimeoutByServiceTierType0.from_dict(data)

                return stream_timeout_by_service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMParamsStreamTimeoutByServiceTierType0 | None | Unset, data)

        stream_timeout_by_service_tier = _parse_stream_timeout_by_service_tier(
            d.pop("stream_timeout_by_service_tier", UNSET)
        )

        def _parse_switchyard_router_config(data: object) -> LiteLLMParamsSwitchyardRouterConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                switchyard_router_config_type_0 = LiteLLMParamsSwitchyardRouterConfigType0.from_dict(data)

                return switchyard_router_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMParamsSwitchyardRouterConfigType0 | None | Unset, data)

        switchyard_router_config = _parse_switchyard_router_config(d.pop("switchyard_router_config", UNSET))

        def _parse_tag_regex(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tag_regex_type_0 = cast(list[str], data)

                return tag_regex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tag_regex = _parse_tag_regex(d.pop("tag_regex", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_tenant_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tenant_id = _parse_tenant_id(d.pop("tenant_id", UNSET))

        def _parse_thought_signature_in_tool_call_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        thought_signature_in_tool_call_id = _parse_thought_signature_in_tool_call_id(
            d.pop("thought_signature_in_tool_call_id", UNSET)
        )

        def _parse_tiered_pricing(data: object) -> list[LiteLLMParamsTieredPricingType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tiered_pricing_type_0 = []
                _tiered_pricing_type_0 = data
                for tiered_pricing_type_0_item_data in _tiered_pricing_type_0:
                    tiered_pricing_type_0_item = LiteLLMParamsTieredPricingType0Item.from_dict(
                        tiered_pricing_type_0_item_data
                    )

                    tiered_pricing_type_0.append(tiered_pricing_type_0_item)

                return tiered_pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LiteLLMParamsTieredPricingType0Item] | None | Unset, data)

        tiered_pricing = _parse_tiered_pricing(d.pop("tiered_pricing", UNSET))

        def _parse_timeout(data: object) -> float | None | str | Timeout | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timeout_type_2 = Timeout.from_dict(data)

                return timeout_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(float | None | str | Timeout | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_timeout_by_service_tier(data: object) -> LiteLLMParamsTimeoutByServiceTierType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                timeout_by_service_tier_type_0 = LiteLLMParamsTimeoutByServiceTierType0.from_dict(data)

                return timeout_by_service_tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMParamsTimeoutByServiceTierType0 | None | Unset, data)

        timeout_by_service_tier = _parse_timeout_by_service_tier(d.pop("timeout_by_service_tier", UNSET))

        def _parse_token_exchange_audience(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_exchange_audience = _parse_token_exchange_audience(d.pop("token_exchange_audience", UNSET))

        def _parse_token_exchange_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_exchange_endpoint = _parse_token_exchange_endpoint(d.pop("token_exchange_endpoint", UNSET))

        def _parse_token_exchange_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_exchange_profile = _parse_token_exchange_profile(d.pop("token_exchange_profile", UNSET))

        def _parse_token_exchange_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token_exchange_scope = _parse_token_exchange_scope(d.pop("token_exchange_scope", UNSET))

        def _parse_tpd(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpd = _parse_tpd(d.pop("tpd", UNSET))

        def _parse_tpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpm = _parse_tpm(d.pop("tpm", UNSET))

        def _parse_use_chat_completions_api(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_chat_completions_api = _parse_use_chat_completions_api(d.pop("use_chat_completions_api", UNSET))

        def _parse_use_in_pass_through(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_in_pass_through = _parse_use_in_pass_through(d.pop("use_in_pass_through", UNSET))

        def _parse_use_litellm_proxy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_litellm_proxy = _parse_use_litellm_proxy(d.pop("use_litellm_proxy", UNSET))

        def _parse_use_xai_oauth(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_xai_oauth = _parse_use_xai_oauth(d.pop("use_xai_oauth", UNSET))

        def _parse_valkey_embedding_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valkey_embedding_field = _parse_valkey_embedding_field(d.pop("valkey_embedding_field", UNSET))

        def _parse_valkey_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valkey_host = _parse_valkey_host(d.pop("valkey_host", UNSET))

        def _parse_valkey_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valkey_password = _parse_valkey_password(d.pop("valkey_password", UNSET))

        def _parse_valkey_port(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        valkey_port = _parse_valkey_port(d.pop("valkey_port", UNSET))

        def _parse_valkey_ssl(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        valkey_ssl = _parse_valkey_ssl(d.pop("valkey_ssl", UNSET))

        def _parse_valkey_text_field(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valkey_text_field = _parse_valkey_text_field(d.pop("valkey_text_field", UNSET))

        def _parse_vector_store_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vector_store_id = _parse_vector_store_id(d.pop("vector_store_id", UNSET))

        def _parse_vertex_credentials(data: object) -> LiteLLMParamsVertexCredentialsType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                vertex_credentials_type_1 = LiteLLMParamsVertexCredentialsType1.from_dict(data)

                return vertex_credentials_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMParamsVertexCredentialsType1 | None | str | Unset, data)

        vertex_credentials = _parse_vertex_credentials(d.pop("vertex_credentials", UNSET))

        def _parse_vertex_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vertex_location = _parse_vertex_location(d.pop("vertex_location", UNSET))

        def _parse_vertex_project(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vertex_project = _parse_vertex_project(d.pop("vertex_project", UNSET))

        def _parse_watsonx_region_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        watsonx_region_name = _parse_watsonx_region_name(d.pop("watsonx_region_name", UNSET))

        lite_llm_params = cls(
            model=model,
            adaptive_router_config=adaptive_router_config,
            adaptive_router_default_model=adaptive_router_default_model,
            allow_client_keepalive_override=allow_client_keepalive_override,
            allow_legacy_cloud_file_ids=allow_legacy_cloud_file_ids,
            annotation_cost_per_page=annotation_cost_per_page,
            annotation_cost_per_page_batches=annotation_cost_per_page_batches,
            anthropic_disable_workload_identity_federation=anthropic_disable_workload_identity_federation,
            anthropic_federation_rule_id=anthropic_federation_rule_id,
            anthropic_federation_workspace_id=anthropic_federation_workspace_id,
            anthropic_identity_source=anthropic_identity_source,
            anthropic_identity_token=anthropic_identity_token,
            anthropic_identity_token_file=anthropic_identity_token_file,
            anthropic_issuer_audience=anthropic_issuer_audience,
            anthropic_issuer_signing_key_ref=anthropic_issuer_signing_key_ref,
            anthropic_issuer_subject=anthropic_issuer_subject,
            anthropic_issuer_ttl_seconds=anthropic_issuer_ttl_seconds,
            anthropic_issuer_url=anthropic_issuer_url,
            anthropic_keycloak_auth_method=anthropic_keycloak_auth_method,
            anthropic_keycloak_client_id=anthropic_keycloak_client_id,
            anthropic_keycloak_client_secret_ref=anthropic_keycloak_client_secret_ref,
            anthropic_keycloak_scope=anthropic_keycloak_scope,
            anthropic_keycloak_token_url=anthropic_keycloak_token_url,
            anthropic_organization_id=anthropic_organization_id,
            anthropic_service_account_id=anthropic_service_account_id,
            api_base=api_base,
            api_key=api_key,
            api_version=api_version,
            auto_router_config=auto_router_config,
            auto_router_config_path=auto_router_config_path,
            auto_router_default_model=auto_router_default_model,
            auto_router_embedding_model=auto_router_embedding_model,
            auto_router_max_input_chars=auto_router_max_input_chars,
            auto_router_model_compression=auto_router_model_compression,
            auto_router_routing_compression=auto_router_routing_compression,
            aws_access_key_id=aws_access_key_id,
            aws_batch_role_arn=aws_batch_role_arn,
            aws_bedrock_control_plane_endpoint=aws_bedrock_control_plane_endpoint,
            aws_bedrock_project_id=aws_bedrock_project_id,
            aws_bedrock_runtime_endpoint=aws_bedrock_runtime_endpoint,
            aws_external_id=aws_external_id,
            aws_profile_name=aws_profile_name,
            aws_region_name=aws_region_name,
            aws_role_name=aws_role_name,
            aws_secret_access_key=aws_secret_access_key,
            aws_session_name=aws_session_name,
            aws_session_tags=aws_session_tags,
            aws_session_token=aws_session_token,
            aws_sts_endpoint=aws_sts_endpoint,
            aws_web_identity_token=aws_web_identity_token,
            azure_ad_token=azure_ad_token,
            azure_password=azure_password,
            azure_scope=azure_scope,
            azure_username=azure_username,
            bedrock_tags=bedrock_tags,
            bucket_name=bucket_name,
            budget_duration=budget_duration,
            cache_creation_input_audio_token_cost=cache_creation_input_audio_token_cost,
            cache_creation_input_token_cost=cache_creation_input_token_cost,
            cache_creation_input_token_cost_above_100k_tokens=cache_creation_input_token_cost_above_100k_tokens,
            cache_creation_input_token_cost_above_100k_tokens_batches=cache_creation_input_token_cost_above_100k_tokens_batches,
            cache_creation_input_token_cost_above_12hr=cache_creation_input_token_cost_above_12hr,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens=cache_creation_input_token_cost_above_12hr_above_272k_tokens,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches=cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex=cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority=cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast=cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast,
            cache_creation_input_token_cost_above_12hr_batches=cache_creation_input_token_cost_above_12hr_batches,
            cache_creation_input_token_cost_above_12hr_flex=cache_creation_input_token_cost_above_12hr_flex,
            cache_creation_input_token_cost_above_12hr_priority=cache_creation_input_token_cost_above_12hr_priority,
            cache_creation_input_token_cost_above_12hr_ultrafast=cache_creation_input_token_cost_above_12hr_ultrafast,
            cache_creation_input_token_cost_above_1hr=cache_creation_input_token_cost_above_1hr,
            cache_creation_input_token_cost_above_1hr_above_100k_tokens=cache_creation_input_token_cost_above_1hr_above_100k_tokens,
            cache_creation_input_token_cost_above_200k_tokens=cache_creation_input_token_cost_above_200k_tokens,
            cache_creation_input_token_cost_above_200k_tokens_batches=cache_creation_input_token_cost_above_200k_tokens_batches,
            cache_creation_input_token_cost_above_272k_tokens=cache_creation_input_token_cost_above_272k_tokens,
            cache_creation_input_token_cost_above_272k_tokens_batches=cache_creation_input_token_cost_above_272k_tokens_batches,
            cache_creation_input_token_cost_above_272k_tokens_flex=cache_creation_input_token_cost_above_272k_tokens_flex,
            cache_creation_input_token_cost_above_272k_tokens_priority=cache_creation_input_token_cost_above_272k_tokens_priority,
            cache_creation_input_token_cost_above_272k_tokens_ultrafast=cache_creation_input_token_cost_above_272k_tokens_ultrafast,
            cache_creation_input_token_cost_batches=cache_creation_input_token_cost_batches,
            cache_creation_input_token_cost_flex=cache_creation_input_token_cost_flex,
            cache_creation_input_token_cost_priority=cache_creation_input_token_cost_priority,
            cache_creation_input_token_cost_ultrafast=cache_creation_input_token_cost_ultrafast,
            cache_read_input_audio_token_cost=cache_read_input_audio_token_cost,
            cache_read_input_audio_token_cost_batches=cache_read_input_audio_token_cost_batches,
            cache_read_input_audio_token_cost_flex=cache_read_input_audio_token_cost_flex,
            cache_read_input_audio_token_cost_priority=cache_read_input_audio_token_cost_priority,
            cache_read_input_image_token_cost=cache_read_input_image_token_cost,
            cache_read_input_token_cost=cache_read_input_token_cost,
            cache_read_input_token_cost_above_100k_tokens=cache_read_input_token_cost_above_100k_tokens,
            cache_read_input_token_cost_above_100k_tokens_batches=cache_read_input_token_cost_above_100k_tokens_batches,
            cache_read_input_token_cost_above_200k_tokens=cache_read_input_token_cost_above_200k_tokens,
            cache_read_input_token_cost_above_200k_tokens_batches=cache_read_input_token_cost_above_200k_tokens_batches,
            cache_read_input_token_cost_above_200k_tokens_priority=cache_read_input_token_cost_above_200k_tokens_priority,
            cache_read_input_token_cost_above_272k_tokens=cache_read_input_token_cost_above_272k_tokens,
            cache_read_input_token_cost_above_272k_tokens_batches=cache_read_input_token_cost_above_272k_tokens_batches,
            cache_read_input_token_cost_above_272k_tokens_flex=cache_read_input_token_cost_above_272k_tokens_flex,
            cache_read_input_token_cost_above_272k_tokens_priority=cache_read_input_token_cost_above_272k_tokens_priority,
            cache_read_input_token_cost_above_272k_tokens_ultrafast=cache_read_input_token_cost_above_272k_tokens_ultrafast,
            cache_read_input_token_cost_above_512k_tokens=cache_read_input_token_cost_above_512k_tokens,
            cache_read_input_token_cost_balanced=cache_read_input_token_cost_balanced,
            cache_read_input_token_cost_batches=cache_read_input_token_cost_batches,
            cache_read_input_token_cost_flex=cache_read_input_token_cost_flex,
            cache_read_input_token_cost_priority=cache_read_input_token_cost_priority,
            cache_read_input_token_cost_ultrafast=cache_read_input_token_cost_ultrafast,
            chatgpt_auth_file=chatgpt_auth_file,
            citation_cost_per_token=citation_cost_per_token,
            client_id=client_id,
            client_secret=client_secret,
            complexity_router_config=complexity_router_config,
            complexity_router_default_model=complexity_router_default_model,
            configurable_clientside_auth_params=configurable_clientside_auth_params,
            cost_per_second=cost_per_second,
            custom_llm_provider=custom_llm_provider,
            daily_reset_time=daily_reset_time,
            default_api_key_rpm_limit=default_api_key_rpm_limit,
            default_api_key_tpm_limit=default_api_key_tpm_limit,
            drop_params=drop_params,
            explicit_cache_read_input_token_cost=explicit_cache_read_input_token_cost,
            fedramp_uplift_multiplier=fedramp_uplift_multiplier,
            fireworks_forward_user_id=fireworks_forward_user_id,
            gcs_bucket_name=gcs_bucket_name,
            google_maps_grounding_cost_per_query=google_maps_grounding_cost_per_query,
            input_cost_per_audio_per_second=input_cost_per_audio_per_second,
            input_cost_per_audio_per_second_above_128k_tokens=input_cost_per_audio_per_second_above_128k_tokens,
            input_cost_per_audio_token=input_cost_per_audio_token,
            input_cost_per_audio_token_above_200k_tokens=input_cost_per_audio_token_above_200k_tokens,
            input_cost_per_audio_token_above_200k_tokens_batches=input_cost_per_audio_token_above_200k_tokens_batches,
            input_cost_per_audio_token_above_200k_tokens_flex=input_cost_per_audio_token_above_200k_tokens_flex,
            input_cost_per_audio_token_above_200k_tokens_priority=input_cost_per_audio_token_above_200k_tokens_priority,
            input_cost_per_audio_token_batches=input_cost_per_audio_token_batches,
            input_cost_per_audio_token_flex=input_cost_per_audio_token_flex,
            input_cost_per_audio_token_priority=input_cost_per_audio_token_priority,
            input_cost_per_character=input_cost_per_character,
            input_cost_per_character_above_128k_tokens=input_cost_per_character_above_128k_tokens,
            input_cost_per_image=input_cost_per_image,
            input_cost_per_image_above_128k_tokens=input_cost_per_image_above_128k_tokens,
            input_cost_per_image_token=input_cost_per_image_token,
            input_cost_per_image_token_batches=input_cost_per_image_token_batches,
            input_cost_per_pixel=input_cost_per_pixel,
            input_cost_per_query=input_cost_per_query,
            input_cost_per_second=input_cost_per_second,
            input_cost_per_text_message=input_cost_per_text_message,
            input_cost_per_token=input_cost_per_token,
            input_cost_per_token_above_100k_tokens=input_cost_per_token_above_100k_tokens,
            input_cost_per_token_above_100k_tokens_batches=input_cost_per_token_above_100k_tokens_batches,
            input_cost_per_token_above_128k_tokens=input_cost_per_token_above_128k_tokens,
            input_cost_per_token_above_200k_tokens=input_cost_per_token_above_200k_tokens,
            input_cost_per_token_above_200k_tokens_batches=input_cost_per_token_above_200k_tokens_batches,
            input_cost_per_token_above_200k_tokens_flex=input_cost_per_token_above_200k_tokens_flex,
            input_cost_per_token_above_200k_tokens_priority=input_cost_per_token_above_200k_tokens_priority,
            input_cost_per_token_above_272k_tokens=input_cost_per_token_above_272k_tokens,
            input_cost_per_token_above_272k_tokens_batches=input_cost_per_token_above_272k_tokens_batches,
            input_cost_per_token_above_272k_tokens_flex=input_cost_per_token_above_272k_tokens_flex,
            input_cost_per_token_above_272k_tokens_priority=input_cost_per_token_above_272k_tokens_priority,
            input_cost_per_token_above_272k_tokens_ultrafast=input_cost_per_token_above_272k_tokens_ultrafast,
            input_cost_per_token_above_512k_tokens=input_cost_per_token_above_512k_tokens,
            input_cost_per_token_balanced=input_cost_per_token_balanced,
            input_cost_per_token_batches=input_cost_per_token_batches,
            input_cost_per_token_cache_hit=input_cost_per_token_cache_hit,
            input_cost_per_token_flex=input_cost_per_token_flex,
            input_cost_per_token_priority=input_cost_per_token_priority,
            input_cost_per_token_ultrafast=input_cost_per_token_ultrafast,
            input_cost_per_video_per_second=input_cost_per_video_per_second,
            input_cost_per_video_per_second_above_128k_tokens=input_cost_per_video_per_second_above_128k_tokens,
            input_cost_per_video_per_second_above_15s_interval=input_cost_per_video_per_second_above_15s_interval,
            input_cost_per_video_per_second_above_8s_interval=input_cost_per_video_per_second_above_8s_interval,
            input_cost_per_video_token=input_cost_per_video_token,
            input_cost_per_video_token_batches=input_cost_per_video_token_batches,
            itpm=itpm,
            keepalive_seconds=keepalive_seconds,
            litellm_credential_name=litellm_credential_name,
            litellm_trace_id=litellm_trace_id,
            max_budget=max_budget,
            max_file_size_mb=max_file_size_mb,
            max_retries=max_retries,
            merge_reasoning_content_in_choices=merge_reasoning_content_in_choices,
            milvus_db_name=milvus_db_name,
            milvus_partition_names=milvus_partition_names,
            milvus_text_field=milvus_text_field,
            mock_response=mock_response,
            model_info=model_info,
            ocr_cost_per_credit=ocr_cost_per_credit,
            ocr_cost_per_page=ocr_cost_per_page,
            ocr_cost_per_page_batches=ocr_cost_per_page_batches,
            openai_identity_provider_id=openai_identity_provider_id,
            openai_identity_token_file=openai_identity_token_file,
            openai_service_account_id=openai_service_account_id,
            organization=organization,
            otpm=otpm,
            output_cost_per_audio_per_second=output_cost_per_audio_per_second,
            output_cost_per_audio_token=output_cost_per_audio_token,
            output_cost_per_character=output_cost_per_character,
            output_cost_per_character_above_128k_tokens=output_cost_per_character_above_128k_tokens,
            output_cost_per_image=output_cost_per_image,
            output_cost_per_image_1024=output_cost_per_image_1024,
            output_cost_per_image_1536=output_cost_per_image_1536,
            output_cost_per_image_1k=output_cost_per_image_1k,
            output_cost_per_image_2k=output_cost_per_image_2k,
            output_cost_per_image_512=output_cost_per_image_512,
            output_cost_per_image_token=output_cost_per_image_token,
            output_cost_per_image_token_batches=output_cost_per_image_token_batches,
            output_cost_per_image_token_priority=output_cost_per_image_token_priority,
            output_cost_per_pixel=output_cost_per_pixel,
            output_cost_per_reasoning_token=output_cost_per_reasoning_token,
            output_cost_per_reasoning_token_flex=output_cost_per_reasoning_token_flex,
            output_cost_per_reasoning_token_priority=output_cost_per_reasoning_token_priority,
            output_cost_per_second=output_cost_per_second,
            output_cost_per_second_1080p=output_cost_per_second_1080p,
            output_cost_per_second_2k=output_cost_per_second_2k,
            output_cost_per_second_480p=output_cost_per_second_480p,
            output_cost_per_second_4k=output_cost_per_second_4k,
            output_cost_per_second_720p=output_cost_per_second_720p,
            output_cost_per_second_768p=output_cost_per_second_768p,
            output_cost_per_token=output_cost_per_token,
            output_cost_per_token_above_100k_tokens=output_cost_per_token_above_100k_tokens,
            output_cost_per_token_above_100k_tokens_batches=output_cost_per_token_above_100k_tokens_batches,
            output_cost_per_token_above_128k_tokens=output_cost_per_token_above_128k_tokens,
            output_cost_per_token_above_200k_tokens=output_cost_per_token_above_200k_tokens,
            output_cost_per_token_above_200k_tokens_batches=output_cost_per_token_above_200k_tokens_batches,
            output_cost_per_token_above_200k_tokens_flex=output_cost_per_token_above_200k_tokens_flex,
            output_cost_per_token_above_200k_tokens_priority=output_cost_per_token_above_200k_tokens_priority,
            output_cost_per_token_above_272k_tokens=output_cost_per_token_above_272k_tokens,
            output_cost_per_token_above_272k_tokens_batches=output_cost_per_token_above_272k_tokens_batches,
            output_cost_per_token_above_272k_tokens_flex=output_cost_per_token_above_272k_tokens_flex,
            output_cost_per_token_above_272k_tokens_priority=output_cost_per_token_above_272k_tokens_priority,
            output_cost_per_token_above_272k_tokens_ultrafast=output_cost_per_token_above_272k_tokens_ultrafast,
            output_cost_per_token_above_512k_tokens=output_cost_per_token_above_512k_tokens,
            output_cost_per_token_balanced=output_cost_per_token_balanced,
            output_cost_per_token_batches=output_cost_per_token_batches,
            output_cost_per_token_flex=output_cost_per_token_flex,
            output_cost_per_token_priority=output_cost_per_token_priority,
            output_cost_per_token_ultrafast=output_cost_per_token_ultrafast,
            output_cost_per_video_per_second=output_cost_per_video_per_second,
            output_cost_per_video_token=output_cost_per_video_token,
            output_vector_size=output_vector_size,
            provider_affinity_header=provider_affinity_header,
            quality_router_config=quality_router_config,
            quality_router_default_model=quality_router_default_model,
            region_name=region_name,
            regional_endpoint_uplift_multiplier=regional_endpoint_uplift_multiplier,
            regional_processing_uplift_multiplier_eu=regional_processing_uplift_multiplier_eu,
            regional_processing_uplift_multiplier_us=regional_processing_uplift_multiplier_us,
            responses_api_version=responses_api_version,
            rpd=rpd,
            rpm=rpm,
            s3_access_key_id=s3_access_key_id,
            s3_bucket_name=s3_bucket_name,
            s3_bucket_owner=s3_bucket_owner,
            s3_encryption_key_id=s3_encryption_key_id,
            s3_endpoint_url=s3_endpoint_url,
            s3_output_bucket_name=s3_output_bucket_name,
            s3_region_name=s3_region_name,
            s3_secret_access_key=s3_secret_access_key,
            search_context_cost_per_query=search_context_cost_per_query,
            search_queries_cost_per_query=search_queries_cost_per_query,
            stream_timeout=stream_timeout,
            stream_timeout_by_service_tier=stream_timeout_by_service_tier,
            switchyard_router_config=switchyard_router_config,
            tag_regex=tag_regex,
            tags=tags,
            tenant_id=tenant_id,
            thought_signature_in_tool_call_id=thought_signature_in_tool_call_id,
            tiered_pricing=tiered_pricing,
            timeout=timeout,
            timeout_by_service_tier=timeout_by_service_tier,
            token_exchange_audience=token_exchange_audience,
            token_exchange_endpoint=token_exchange_endpoint,
            token_exchange_profile=token_exchange_profile,
            token_exchange_scope=token_exchange_scope,
            tpd=tpd,
            tpm=tpm,
            use_chat_completions_api=use_chat_completions_api,
            use_in_pass_through=use_in_pass_through,
            use_litellm_proxy=use_litellm_proxy,
            use_xai_oauth=use_xai_oauth,
            valkey_embedding_field=valkey_embedding_field,
            valkey_host=valkey_host,
            valkey_password=valkey_password,
            valkey_port=valkey_port,
            valkey_ssl=valkey_ssl,
            valkey_text_field=valkey_text_field,
            vector_store_id=vector_store_id,
            vertex_credentials=vertex_credentials,
            vertex_location=vertex_location,
            vertex_project=vertex_project,
            watsonx_region_name=watsonx_region_name,
        )

        lite_llm_params.additional_properties = d
        return lite_llm_params

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
