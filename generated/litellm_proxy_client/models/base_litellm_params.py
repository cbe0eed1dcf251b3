from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_litellm_params_logging_only_scope_type_0 import BaseLitellmParamsLoggingOnlyScopeType0
from ..models.base_litellm_params_mcp_block_behavior_type_0 import BaseLitellmParamsMcpBlockBehaviorType0
from ..models.base_litellm_params_on_sensitive_data_type_0 import BaseLitellmParamsOnSensitiveDataType0
from ..models.base_litellm_params_on_violation_type_0 import BaseLitellmParamsOnViolationType0
from ..models.base_litellm_params_stream_scope_type_0 import BaseLitellmParamsStreamScopeType0
from ..models.base_litellm_params_unreachable_fallback import BaseLitellmParamsUnreachableFallback
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_litellm_params_additional_provider_specific_params_type_0 import (
        BaseLitellmParamsAdditionalProviderSpecificParamsType0,
    )
    from ..models.base_litellm_params_detect_secrets_config_type_0 import BaseLitellmParamsDetectSecretsConfigType0
    from ..models.base_litellm_params_stream_scope_type_1 import BaseLitellmParamsStreamScopeType1
    from ..models.blocked_word import BlockedWord
    from ..models.content_filter_category_config import ContentFilterCategoryConfig
    from ..models.content_filter_pattern import ContentFilterPattern
    from ..models.lakera_category_thresholds import LakeraCategoryThresholds


T = TypeVar("T", bound="BaseLitellmParams")


@_attrs_define
class BaseLitellmParams:
    """
    Attributes:
        additional_provider_specific_params (BaseLitellmParamsAdditionalProviderSpecificParamsType0 | None | Unset):
            Additional provider-specific parameters for generic guardrail APIs
        api_base (None | str | Unset): Base URL for the guardrail service API
        api_endpoint (None | str | Unset): Optional custom API endpoint for Model Armor
        api_key (None | str | Unset): API key for the guardrail service
        blocked_words (list[BlockedWord] | None | Unset): List of blocked words with individual actions
        blocked_words_file (None | str | Unset): Path to YAML file containing blocked_words list
        categories (list[ContentFilterCategoryConfig] | None | Unset): List of prebuilt categories to enable (harmful_*,
            bias_*)
        category_thresholds (LakeraCategoryThresholds | None | Unset): Threshold configuration for Lakera guardrail
            categories
        credentials (None | str | Unset): Path to Google Cloud credentials JSON file or JSON string
        custom_code (None | str | Unset): Python-like code containing the apply_guardrail function for custom guardrail
            logic
        default_on (bool | None | Unset): Whether the guardrail is enabled by default
        detect_secrets_config (BaseLitellmParamsDetectSecretsConfigType0 | None | Unset): Configuration for detect-
            secrets guardrail
        end_session_after_n_fails (int | None | Unset): For /v1/realtime sessions: automatically close the session after
            this many guardrail violations.
        experimental_use_latest_role_message_only (bool | None | Unset): When True, guardrails only receive the latest
            message for the relevant role (e.g., newest user input pre-call, newest assistant output post-call) Default:
            False.
        extra_headers (list[str] | None | Unset): Header names to forward from the client request to the guardrail (e.g.
            x-request-id). Only these headers' values are sent; others may be omitted or sent as [present]. Used by
            generic_guardrail_api (similar to MCP extra_headers).
        fail_on_error (bool | None | Unset): Whether to fail the request if the guardrail encounters an error.
            Implemented by guardrail='model_armor', 'generic_guardrail_api' and 'crowdstrike_aidr'. True (default) raises
            the error. False logs a critical error and lets the request proceed, so only a valid guardrail response can
            block or modify it. Default: True.
        forward_messages_as_sent (bool | None | Unset): Only honored by guardrail='generic_guardrail_api'. When True,
            structured_messages reaches the guardrail exactly as the client sent it, so rows can carry provider-native
            content blocks and keys the OpenAI chat types do not declare. Default False sends OpenAI-format chat rows with
            undeclared keys removed. Default: False.
        guard_name (None | str | Unset): Name of the guardrail in guardrails.ai
        inspect_embeddings (bool | None | Unset): When True, the Aim and Cato Networks guardrails send /embeddings
            `input` to the vendor as user messages. Off by default because embedding input is documents being indexed, not a
            conversation.
        keyword_redaction_tag (None | str | Unset): Tag to use for keyword redaction
        location (None | str | Unset): Google Cloud location/region (e.g., us-central1)
        logging_only_continue_on_input_failure (bool | None | Unset): when True, a flagged or raising logging_only
            request scan is logged and the response is still scanned, so both verdicts land. Only applies to mode
            logging_only and is ignored when logging_only_scope is 'input' or 'output'.
        logging_only_scope (BaseLitellmParamsLoggingOnlyScopeType0 | None | Unset): which direction a logging_only scan
            observes: 'input' (request) or 'output' (response); unset scans both directions. Only applies to mode
            logging_only; pre_call/post_call on the same guardrail keep blocking.
        mask_request_content (bool | None | Unset): Will mask request content if guardrail makes any changes
        mask_response_content (bool | None | Unset): Will mask response content if guardrail makes any changes
        max_concurrent_decision_calls (int | None | Unset): Maximum decisions calls in flight at once on the guardrail
            in each proxy worker. Implemented by guardrail='decision_model'.
        max_input_chars (int | None | Unset): Character budget for each text sent to the guardrail's model. Implemented
            by guardrail='decision_model'.
        mcp_block_behavior (BaseLitellmParamsMcpBlockBehaviorType0 | None | Unset): How to handle guardrail blocks when
            executing MCP tools for an LLM request. 'raise' propagates the guardrail error to the client. 'tool_result' or
            None returns the block as a tool result and lets the LLM continue.
        model (None | str | Unset): Optional field if guardrail requires a 'model' parameter
        num_retries (int | None | Unset): How many more times to send a guardrail check whose connection timed out
            waiting for the answer or was dropped after the request went out. Each retry opens a fresh connection and gets
            the full timeout. Connect failures, HTTP error statuses and BLOCKED verdicts are not retried. Unset or 0 sends
            each check once, and the most allowed is 5. Implemented by guardrail='generic_guardrail_api', other guardrails
            ignore it.
        on_sensitive_data (BaseLitellmParamsOnSensitiveDataType0 | None | Unset): Action to take when sensitive data is
            detected. 'block' raises an exception (default behavior). 'route' reroutes the request to the model specified in
            sensitive_data_route_to_model.
        on_violation (BaseLitellmParamsOnViolationType0 | None | Unset): For /v1/realtime sessions: 'warn' speaks the
            violation message and continues; 'end_session' speaks the message and closes the connection. Bedrock Nova Sonic
            cannot cancel a spoken turn's answer, so a blocked spoken turn always ends its session. For
            guardrail='mcp_security': 'block' rejects the request; 'alert' only logs a warning.
        only_scan_new_messages (bool | None | Unset): When True, the guardrail only scans messages that have not already
            been scanned earlier in the same session (identified by litellm_session_id / session_id). Message content is
            hashed per session and cached; only the diff (new or edited messages) is sent to the guardrail provider on
            follow-up calls. Falls back to a full scan when the request has no session id or the cache is unavailable.
            Intended for blocking/detection guardrails; not applied when mask_request_content is set. Default: False.
        pangea_input_recipe (None | str | Unset): Recipe for input (LLM request)
        pangea_output_recipe (None | str | Unset): Recipe for output (LLM response)
        pattern_redaction_format (None | str | Unset): Format string for pattern redaction (use {pattern_name}
            placeholder)
        patterns (list[ContentFilterPattern] | None | Unset): List of patterns (prebuilt or custom regex) to detect
        realtime_violation_message (None | str | Unset): The message the bot speaks aloud when a /v1/realtime guardrail
            fires. Falls back to the guardrail's block reason if not set.
        run_in_parallel (bool | None | Unset): When True, this pre_call or post_call guardrail runs concurrently with
            other opted-in guardrails of the same hook, after the sequential guardrails have run. Use only for block-only
            guardrails that inspect and reject; do not enable it for guardrails that modify the request or response (e.g.
            PII masking or sensitive-data routing), since parallel runs share one snapshot and their mutations would race.
        sanitize_error_detail (bool | None | Unset): For guardrail='model_armor': omit the raw Model Armor response from
            caller-facing errors and logs by default. Set False to restore verbose output. Default: True.
        scan_only_tool_results (bool | None | Unset): When True, unified guardrails only evaluate tool results, the
            untrusted data an agent feeds back into the model, and skip system, user, and assistant content. Intended for
            agent harnesses whose own prompt scaffolding is trusted but often trips prompt-attack detectors.
        scan_raw_request (bool | None | Unset): When True, this pre_call guardrail always evaluates the request as it
            was before any guardrail in this hook ran, regardless of its position in the guardrails list -- so the YAML
            order of guardrails can never change whether this one blocks. Use only for block-only guardrails: any data this
            guardrail returns is discarded, same contract as run_in_parallel, since an earlier guardrail's masking must not
            be undone by this one.
        sensitive_data_route_to_model (None | str | Unset): Model to route requests to when sensitive data is detected
            and on_sensitive_data='route'. This is typically an on-premise model for data privacy. The routing decision
            persists for the entire session.
        severity_threshold (None | str | Unset): Minimum severity to block (high, medium, low)
        skip_system_message_in_guardrail (bool | None | Unset): When True, unified guardrails skip system-role messages
            when building evaluation inputs (texts and structured_messages). When False, system messages are included even
            if litellm_settings sets a global skip. When None, use the global litellm.skip_system_message_in_guardrail
            setting. For Anthropic /v1/messages, the flag applies only to the trusted top-level system prompt. In-sequence
            system entries are untrusted client input and remain in texts and structured_messages.
        skip_tool_message_in_guardrail (bool | None | Unset): When True, unified guardrails skip tool-role messages when
            building evaluation inputs (texts and structured_messages). When False, tool messages are included even if
            litellm_settings sets a global skip. When None, use the global litellm.skip_tool_message_in_guardrail setting.
        skip_unscannable_attachments (bool | None | Unset): Implemented by guardrail='model_armor' and
            guardrail='bedrock'. When True, attachments the guardrail cannot scan pass through unscanned instead of
            blocking. For Model Armor these are references with no inline bytes (file_id, gs://, or http(s) URLs), and
            fail_on_error still governs real Model Armor API errors. For Bedrock these are documents, files, audio, video,
            and images that are not inline PNG or JPEG up to 4 MB. Default False blocks them. Default: False.
        sticky_session_routing (bool | None | Unset): When True (default), after sensitive data is detected and routed,
            all subsequent requests in the same session will continue routing to the same model. Default: True.
        stream_scope (BaseLitellmParamsStreamScopeType0 | BaseLitellmParamsStreamScopeType1 | None | Unset): Whether
            this guardrail runs on streaming requests, non-streaming requests, or both. A string applies to every configured
            mode. A map overrides named modes (pre_call, during_call, post_call, ...); omitted keys default to both. Unset
            means both, matching historical behavior.
        template_id (None | str | Unset): The ID of your Model Armor template
        timeout (float | None | Unset): Per-request timeout for the guardrail provider API call (seconds). Accepts int,
            float, or numeric string; coerced to float on load. Each guardrail handler chooses its own default when unset.
        unreachable_fallback (BaseLitellmParamsUnreachableFallback | Unset): Behavior when a guardrail endpoint is
            unreachable due to network errors. Implemented by guardrail='generic_guardrail_api', 'agent_365', 'akto',
            'vigil_guard', 'repelloai', 'headroom', 'compresr', and 'typesafe'. 'fail_closed' raises an error (default).
            'fail_open' logs a critical error and allows the request to proceed. Also implemented by
            guardrail='decision_model'. Default: BaseLitellmParamsUnreachableFallback.FAIL_CLOSED.
        violation_message_template (None | str | Unset): Custom message when a guardrail blocks an action. Supports
            placeholders like {tool_name}, {rule_id}, and {default_message}.
    """

    additional_provider_specific_params: BaseLitellmParamsAdditionalProviderSpecificParamsType0 | None | Unset = UNSET
    api_base: None | str | Unset = UNSET
    api_endpoint: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    blocked_words: list[BlockedWord] | None | Unset = UNSET
    blocked_words_file: None | str | Unset = UNSET
    categories: list[ContentFilterCategoryConfig] | None | Unset = UNSET
    category_thresholds: LakeraCategoryThresholds | None | Unset = UNSET
    credentials: None | str | Unset = UNSET
    custom_code: None | str | Unset = UNSET
    default_on: bool | None | Unset = UNSET
    detect_secrets_config: BaseLitellmParamsDetectSecretsConfigType0 | None | Unset = UNSET
    end_session_after_n_fails: int | None | Unset = UNSET
    experimental_use_latest_role_message_only: bool | None | Unset = False
    extra_headers: list[str] | None | Unset = UNSET
    fail_on_error: bool | None | Unset = True
    forward_messages_as_sent: bool | None | Unset = False
    guard_name: None | str | Unset = UNSET
    inspect_embeddings: bool | None | Unset = UNSET
    keyword_redaction_tag: None | str | Unset = UNSET
    location: None | str | Unset = UNSET
    logging_only_continue_on_input_failure: bool | None | Unset = UNSET
    logging_only_scope: BaseLitellmParamsLoggingOnlyScopeType0 | None | Unset = UNSET
    mask_request_content: bool | None | Unset = UNSET
    mask_response_content: bool | None | Unset = UNSET
    max_concurrent_decision_calls: int | None | Unset = UNSET
    max_input_chars: int | None | Unset = UNSET
    mcp_block_behavior: BaseLitellmParamsMcpBlockBehaviorType0 | None | Unset = UNSET
    model: None | str | Unset = UNSET
    num_retries: int | None | Unset = UNSET
    on_sensitive_data: BaseLitellmParamsOnSensitiveDataType0 | None | Unset = UNSET
    on_violation: BaseLitellmParamsOnViolationType0 | None | Unset = UNSET
    only_scan_new_messages: bool | None | Unset = False
    pangea_input_recipe: None | str | Unset = UNSET
    pangea_output_recipe: None | str | Unset = UNSET
    pattern_redaction_format: None | str | Unset = UNSET
    patterns: list[ContentFilterPattern] | None | Unset = UNSET
    realtime_violation_message: None | str | Unset = UNSET
    run_in_parallel: bool | None | Unset = UNSET
    sanitize_error_detail: bool | None | Unset = True
    scan_only_tool_results: bool | None | Unset = UNSET
    scan_raw_request: bool | None | Unset = UNSET
    sensitive_data_route_to_model: None | str | Unset = UNSET
    severity_threshold: None | str | Unset = UNSET
    skip_system_message_in_guardrail: bool | None | Unset = UNSET
    skip_tool_message_in_guardrail: bool | None | Unset = UNSET
    skip_unscannable_attachments: bool | None | Unset = False
    sticky_session_routing: bool | None | Unset = True
    stream_scope: BaseLitellmParamsStreamScopeType0 | BaseLitellmParamsStreamScopeType1 | None | Unset = UNSET
    template_id: None | str | Unset = UNSET
    timeout: float | None | Unset = UNSET
    unreachable_fallback: BaseLitellmParamsUnreachableFallback | Unset = (
        BaseLitellmParamsUnreachableFallback.FAIL_CLOSED
    )
    violation_message_template: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.base_litellm_params_additional_provider_specific_params_type_0 import (
            BaseLitellmParamsAdditionalProviderSpecificParamsType0,  # noqa: PLC0415
        )
        from ..models.base_litellm_params_detect_secrets_config_type_0 import BaseLitellmParamsDetectSecretsConfigType0  # noqa: PLC0415
        from ..models.base_litellm_params_stream_scope_type_1 import BaseLitellmParamsStreamScopeType1  # noqa: PLC0415
        from ..models.lakera_category_thresholds import LakeraCategoryThresholds  # noqa: PLC0415

        additional_provider_specific_params: dict[str, Any] | None | Unset
        if isinstance(self.additional_provider_specific_params, Unset):
            additional_provider_specific_params = UNSET
        elif isinstance(
            self.additional_provider_specific_params, BaseLitellmParamsAdditionalProviderSpecificParamsType0
        ):
            additional_provider_specific_params = self.additional_provider_specific_params.to_dict()
        else:
            additional_provider_specific_params = self.additional_provider_specific_params

        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        api_endpoint: None | str | Unset
        if isinstance(self.api_endpoint, Unset):
            api_endpoint = UNSET
        else:
            api_endpoint = self.api_endpoint

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        blocked_words: list[dict[str, Any]] | None | Unset
        if isinstance(self.blocked_words, Unset):
            blocked_words = UNSET
        elif isinstance(self.blocked_words, list):
            blocked_words = []
            for blocked_words_type_0_item_data in self.blocked_words:
                blocked_words_type_0_item = blocked_words_type_0_item_data.to_dict()
                blocked_words.append(blocked_words_type_0_item)

        else:
            blocked_words = self.blocked_words

        blocked_words_file: None | str | Unset
        if isinstance(self.blocked_words_file, Unset):
            blocked_words_file = UNSET
        else:
            blocked_words_file = self.blocked_words_file

        categories: list[dict[str, Any]] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = []
            for categories_type_0_item_data in self.categories:
                categories_type_0_item = categories_type_0_item_data.to_dict()
                categories.append(categories_type_0_item)

        else:
            categories = self.categories

        category_thresholds: dict[str, Any] | None | Unset
        if isinstance(self.category_thresholds, Unset):
            category_thresholds = UNSET
        elif isinstance(self.category_thresholds, LakeraCategoryThresholds):
            category_thresholds = self.category_thresholds.to_dict()
        else:
            category_thresholds = self.category_thresholds

        credentials: None | str | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        else:
            credentials = self.credentials

        custom_code: None | str | Unset
        if isinstance(self.custom_code, Unset):
            custom_code = UNSET
        else:
            custom_code = self.custom_code

        default_on: bool | None | Unset
        if isinstance(self.default_on, Unset):
            default_on = UNSET
        else:
            default_on = self.default_on

        detect_secrets_config: dict[str, Any] | None | Unset
        if isinstance(self.detect_secrets_config, Unset):
            detect_secrets_config = UNSET
        elif isinstance(self.detect_secrets_config, BaseLitellmParamsDetectSecretsConfigType0):
            detect_secrets_config = self.detect_secrets_config.to_dict()
        else:
            detect_secrets_config = self.detect_secrets_config

        end_session_after_n_fails: int | None | Unset
        if isinstance(self.end_session_after_n_fails, Unset):
            end_session_after_n_fails = UNSET
        else:
            end_session_after_n_fails = self.end_session_after_n_fails

        experimental_use_latest_role_message_only: bool | None | Unset
        if isinstance(self.experimental_use_latest_role_message_only, Unset):
            experimental_use_latest_role_message_only = UNSET
        else:
            experimental_use_latest_role_message_only = self.experimental_use_latest_role_message_only

        extra_headers: list[str] | None | Unset
        if isinstance(self.extra_headers, Unset):
            extra_headers = UNSET
        elif isinstance(self.extra_headers, list):
            extra_headers = self.extra_headers

        else:
            extra_headers = self.extra_headers

        fail_on_error: bool | None | Unset
        if isinstance(self.fail_on_error, Unset):
            fail_on_error = UNSET
        else:
            fail_on_error = self.fail_on_error

        forward_messages_as_sent: bool | None | Unset
        if isinstance(self.forward_messages_as_sent, Unset):
            forward_messages_as_sent = UNSET
        else:
            forward_messages_as_sent = self.forward_messages_as_sent

        guard_name: None | str | Unset
        if isinstance(self.guard_name, Unset):
            guard_name = UNSET
        else:
            guard_name = self.guard_name

        inspect_embeddings: bool | None | Unset
        if isinstance(self.inspect_embeddings, Unset):
            inspect_embeddings = UNSET
        else:
            inspect_embeddings = self.inspect_embeddings

        keyword_redaction_tag: None | str | Unset
        if isinstance(self.keyword_redaction_tag, Unset):
            keyword_redaction_tag = UNSET
        else:
            keyword_redaction_tag = self.keyword_redaction_tag

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        logging_only_continue_on_input_failure: bool | None | Unset
        if isinstance(self.logging_only_continue_on_input_failure, Unset):
            logging_only_continue_on_input_failure = UNSET
        else:
            logging_only_continue_on_input_failure = self.logging_only_continue_on_input_failure

        logging_only_scope: None | str | Unset
        if isinstance(self.logging_only_scope, Unset):
            logging_only_scope = UNSET
        elif isinstance(self.logging_only_scope, BaseLitellmParamsLoggingOnlyScopeType0):
            logging_only_scope = self.logging_only_scope.value
        else:
            logging_only_scope = self.logging_only_scope

        mask_request_content: bool | None | Unset
        if isinstance(self.mask_request_content, Unset):
            mask_request_content = UNSET
        else:
            mask_request_content = self.mask_request_content

        mask_response_content: bool | None | Unset
        if isinstance(self.mask_response_content, Unset):
            mask_response_content = UNSET
        else:
            mask_response_content = self.mask_response_content

        max_concurrent_decision_calls: int | None | Unset
        if isinstance(self.max_concurrent_decision_calls, Unset):
            max_concurrent_decision_calls = UNSET
        else:
            max_concurrent_decision_calls = self.max_concurrent_decision_calls

        max_input_chars: int | None | Unset
        if isinstance(self.max_input_chars, Unset):
            max_input_chars = UNSET
        else:
            max_input_chars = self.max_input_chars

        mcp_block_behavior: None | str | Unset
        if isinstance(self.mcp_block_behavior, Unset):
            mcp_block_behavior = UNSET
        elif isinstance(self.mcp_block_behavior, BaseLitellmParamsMcpBlockBehaviorType0):
            mcp_block_behavior = self.mcp_block_behavior.value
        else:
            mcp_block_behavior = self.mcp_block_behavior

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        num_retries: int | None | Unset
        if isinstance(self.num_retries, Unset):
            num_retries = UNSET
        else:
            num_retries = self.num_retries

        on_sensitive_data: None | str | Unset
        if isinstance(self.on_sensitive_data, Unset):
            on_sensitive_data = UNSET
        elif isinstance(self.on_sensitive_data, BaseLitellmParamsOnSensitiveDataType0):
            on_sensitive_data = self.on_sensitive_data.value
        else:
            on_sensitive_data = self.on_sensitive_data

        on_violation: None | str | Unset
        if isinstance(self.on_violation, Unset):
            on_violation = UNSET
        elif isinstance(self.on_violation, BaseLitellmParamsOnViolationType0):
            on_violation = self.on_violation.value
        else:
            on_violation = self.on_violation

        only_scan_new_messages: bool | None | Unset
        if isinstance(self.only_scan_new_messages, Unset):
            only_scan_new_messages = UNSET
        else:
            only_scan_new_messages = self.only_scan_new_messages

        pangea_input_recipe: None | str | Unset
        if isinstance(self.pangea_input_recipe, Unset):
            pangea_input_recipe = UNSET
        else:
            pangea_input_recipe = self.pangea_input_recipe

        pangea_output_recipe: None | str | Unset
        if isinstance(self.pangea_output_recipe, Unset):
            pangea_output_recipe = UNSET
        else:
            pangea_output_recipe = self.pangea_output_recipe

        pattern_redaction_format: None | str | Unset
        if isinstance(self.pattern_redaction_format, Unset):
            pattern_redaction_format = UNSET
        else:
            pattern_redaction_format = self.pattern_redaction_format

        patterns: list[dict[str, Any]] | None | Unset
        if isinstance(self.patterns, Unset):
            patterns = UNSET
        elif isinstance(self.patterns, list):
            patterns = []
            for patterns_type_0_item_data in self.patterns:
                patterns_type_0_item = patterns_type_0_item_data.to_dict()
                patterns.append(patterns_type_0_item)

        else:
            patterns = self.patterns

        realtime_violation_message: None | str | Unset
        if isinstance(self.realtime_violation_message, Unset):
            realtime_violation_message = UNSET
        else:
            realtime_violation_message = self.realtime_violation_message

        run_in_parallel: bool | None | Unset
        if isinstance(self.run_in_parallel, Unset):
            run_in_parallel = UNSET
        else:
            run_in_parallel = self.run_in_parallel

        sanitize_error_detail: bool | None | Unset
        if isinstance(self.sanitize_error_detail, Unset):
            sanitize_error_detail = UNSET
        else:
            sanitize_error_detail = self.sanitize_error_detail

        scan_only_tool_results: bool | None | Unset
        if isinstance(self.scan_only_tool_results, Unset):
            scan_only_tool_results = UNSET
        else:
            scan_only_tool_results = self.scan_only_tool_results

        scan_raw_request: bool | None | Unset
        if isinstance(self.scan_raw_request, Unset):
            scan_raw_request = UNSET
        else:
            scan_raw_request = self.scan_raw_request

        sensitive_data_route_to_model: None | str | Unset
        if isinstance(self.sensitive_data_route_to_model, Unset):
            sensitive_data_route_to_model = UNSET
        else:
            sensitive_data_route_to_model = self.sensitive_data_route_to_model

        severity_threshold: None | str | Unset
        if isinstance(self.severity_threshold, Unset):
            severity_threshold = UNSET
        else:
            severity_threshold = self.severity_threshold

        skip_system_message_in_guardrail: bool | None | Unset
        if isinstance(self.skip_system_message_in_guardrail, Unset):
            skip_system_message_in_guardrail = UNSET
        else:
            skip_system_message_in_guardrail = self.skip_system_message_in_guardrail

        skip_tool_message_in_guardrail: bool | None | Unset
        if isinstance(self.skip_tool_message_in_guardrail, Unset):
            skip_tool_message_in_guardrail = UNSET
        else:
            skip_tool_message_in_guardrail = self.skip_tool_message_in_guardrail

        skip_unscannable_attachments: bool | None | Unset
        if isinstance(self.skip_unscannable_attachments, Unset):
            skip_unscannable_attachments = UNSET
        else:
            skip_unscannable_attachments = self.skip_unscannable_attachments

        sticky_session_routing: bool | None | Unset
        if isinstance(self.sticky_session_routing, Unset):
            sticky_session_routing = UNSET
        else:
            sticky_session_routing = self.sticky_session_routing

        stream_scope: dict[str, Any] | None | str | Unset
        if isinstance(self.stream_scope, Unset):
            stream_scope = UNSET
        elif isinstance(self.stream_scope, BaseLitellmParamsStreamScopeType0):
            stream_scope = self.stream_scope.value
        elif isinstance(self.stream_scope, BaseLitellmParamsStreamScopeType1):
            stream_scope = self.stream_scope.to_dict()
        else:
            stream_scope = self.stream_scope

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        unreachable_fallback: str | Unset = UNSET
        if not isinstance(self.unreachable_fallback, Unset):
            unreachable_fallback = self.unreachable_fallback.value

        violation_message_template: None | str | Unset
        if isinstance(self.violation_message_template, Unset):
            violation_message_template = UNSET
        else:
            violation_message_template = self.violation_message_template

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if additional_provider_specific_params is not UNSET:
            field_dict["additional_provider_specific_params"] = additional_provider_specific_params
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_endpoint is not UNSET:
            field_dict["api_endpoint"] = api_endpoint
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if blocked_words is not UNSET:
            field_dict["blocked_words"] = blocked_words
        if blocked_words_file is not UNSET:
            field_dict["blocked_words_file"] = blocked_words_file
        if categories is not UNSET:
            field_dict["categories"] = categories
        if category_thresholds is not UNSET:
            field_dict["category_thresholds"] = category_thresholds
        if credentials is not UNSET:
            field_dict["credentials"] = credentials
        if custom_code is not UNSET:
            field_dict["custom_code"] = custom_code
        if default_on is not UNSET:
            field_dict["default_on"] = default_on
        if detect_secrets_config is not UNSET:
            field_dict["detect_secrets_config"] = detect_secrets_config
        if end_session_after_n_fails is not UNSET:
            field_dict["end_session_after_n_fails"] = end_session_after_n_fails
        if experimental_use_latest_role_message_only is not UNSET:
            field_dict["experimental_use_latest_role_message_only"] = experimental_use_latest_role_message_only
        if extra_headers is not UNSET:
            field_dict["extra_headers"] = extra_headers
        if fail_on_error is not UNSET:
            field_dict["fail_on_error"] = fail_on_error
        if forward_messages_as_sent is not UNSET:
            field_dict["forward_messages_as_sent"] = forward_messages_as_sent
        if guard_name is not UNSET:
            field_dict["guard_name"] = guard_name
        if inspect_embeddings is not UNSET:
            field_dict["inspect_embeddings"] = inspect_embeddings
        if keyword_redaction_tag is not UNSET:
            field_dict["keyword_redaction_tag"] = keyword_redaction_tag
        if location is not UNSET:
            field_dict["location"] = location
        if logging_only_continue_on_input_failure is not UNSET:
            field_dict["logging_only_continue_on_input_failure"] = logging_only_continue_on_input_failure
        if logging_only_scope is not UNSET:
            field_dict["logging_only_scope"] = logging_only_scope
        if mask_request_content is not UNSET:
            field_dict["mask_request_content"] = mask_request_content
        if mask_response_content is not UNSET:
            field_dict["mask_response_content"] = mask_response_content
        if max_concurrent_decision_calls is not UNSET:
            field_dict["max_concurrent_decision_calls"] = max_concurrent_decision_calls
        if max_input_chars is not UNSET:
            field_dict["max_input_chars"] = max_input_chars
        if mcp_block_behavior is not UNSET:
            field_dict["mcp_block_behavior"] = mcp_block_behavior
        if model is not UNSET:
            field_dict["model"] = model
        if num_retries is not UNSET:
            field_dict["num_retries"] = num_retries
        if on_sensitive_data is not UNSET:
            field_dict["on_sensitive_data"] = on_sensitive_data
        if on_violation is not UNSET:
            field_dict["on_violation"] = on_violation
        if only_scan_new_messages is not UNSET:
            field_dict["only_scan_new_messages"] = only_scan_new_messages
        if pangea_input_recipe is not UNSET:
            field_dict["pangea_input_recipe"] = pangea_input_recipe
        if pangea_output_recipe is not UNSET:
            field_dict["pangea_output_recipe"] = pangea_output_recipe
        if pattern_redaction_format is not UNSET:
            field_dict["pattern_redaction_format"] = pattern_redaction_format
        if patterns is not UNSET:
            field_dict["patterns"] = patterns
        if realtime_violation_message is not UNSET:
            field_dict["realtime_violation_message"] = realtime_violation_message
        if run_in_parallel is not UNSET:
            field_dict["run_in_parallel"] = run_in_parallel
        if sanitize_error_detail is not UNSET:
            field_dict["sanitize_error_detail"] = sanitize_error_detail
        if scan_only_tool_results is not UNSET:
            field_dict["scan_only_tool_results"] = scan_only_tool_results
        if scan_raw_request is not UNSET:
            field_dict["scan_raw_request"] = scan_raw_request
        if sensitive_data_route_to_model is not UNSET:
            field_dict["sensitive_data_route_to_model"] = sensitive_data_route_to_model
        if severity_threshold is not UNSET:
            field_dict["severity_threshold"] = severity_threshold
        if skip_system_message_in_guardrail is not UNSET:
            field_dict["skip_system_message_in_guardrail"] = skip_system_message_in_guardrail
        if skip_tool_message_in_guardrail is not UNSET:
            field_dict["skip_tool_message_in_guardrail"] = skip_tool_message_in_guardrail
        if skip_unscannable_attachments is not UNSET:
            field_dict["skip_unscannable_attachments"] = skip_unscannable_attachments
        if sticky_session_routing is not UNSET:
            field_dict["sticky_session_routing"] = sticky_session_routing
        if stream_scope is not UNSET:
            field_dict["stream_scope"] = stream_scope
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if unreachable_fallback is not UNSET:
            field_dict["unreachable_fallback"] = unreachable_fallback
        if violation_message_template is not UNSET:
            field_dict["violation_message_template"] = violation_message_template

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.base_litellm_params_additional_provider_specific_params_type_0 import (
            BaseLitellmParamsAdditionalProviderSpecificParamsType0,  # noqa: PLC0415
        )
        from ..models.base_litellm_params_detect_secrets_config_type_0 import BaseLitellmParamsDetectSecretsConfigType0  # noqa: PLC0415
        from ..models.base_litellm_params_stream_scope_type_1 import BaseLitellmParamsStreamScopeType1  # noqa: PLC0415
        from ..models.blocked_word import BlockedWord  # noqa: PLC0415
        from ..models.content_filter_category_config import ContentFilterCategoryConfig  # noqa: PLC0415
        from ..models.content_filter_pattern import ContentFilterPattern  # noqa: PLC0415
        from ..models.lakera_category_thresholds import LakeraCategoryThresholds  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_additional_provider_specific_params(
            data: object,
        ) -> BaseLitellmParamsAdditionalProviderSpecificParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_provider_specific_params_type_0 = (
                    BaseLitellmParamsAdditionalProviderSpecificParamsType0.from_dict(data)
                )

                return additional_provider_specific_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseLitellmParamsAdditionalProviderSpecificParamsType0 | None | Unset, data)

        additional_provider_specific_params = _parse_additional_provider_specific_params(
            d.pop("additional_provider_specific_params", UNSET)
        )

        def _parse_api_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_base = _parse_api_base(d.pop("api_base", UNSET))

        def _parse_api_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_endpoint = _parse_api_endpoint(d.pop("api_endpoint", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        def _parse_blocked_words(data: object) -> list[BlockedWord] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blocked_words_type_0 = []
                _blocked_words_type_0 = data
                for blocked_words_type_0_item_data in _blocked_words_type_0:
                    blocked_words_type_0_item = BlockedWord.from_dict(blocked_words_type_0_item_data)

                    blocked_words_type_0.append(blocked_words_type_0_item)

                return blocked_words_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BlockedWord] | None | Unset, data)

        blocked_words = _parse_blocked_words(d.pop("blocked_words", UNSET))

        def _parse_blocked_words_file(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blocked_words_file = _parse_blocked_words_file(d.pop("blocked_words_file", UNSET))

        def _parse_categories(data: object) -> list[ContentFilterCategoryConfig] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                categories_type_0 = []
                _categories_type_0 = data
                for categories_type_0_item_data in _categories_type_0:
                    categories_type_0_item = ContentFilterCategoryConfig.from_dict(categories_type_0_item_data)

                    categories_type_0.append(categories_type_0_item)

                return categories_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContentFilterCategoryConfig] | None | Unset, data)

        categories = _parse_categories(d.pop("categories", UNSET))

        def _parse_category_thresholds(data: object) -> LakeraCategoryThresholds | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                category_thresholds_type_0 = LakeraCategoryThresholds.from_dict(data)

                return category_thresholds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LakeraCategoryThresholds | None | Unset, data)

        category_thresholds = _parse_category_thresholds(d.pop("category_thresholds", UNSET))

        def _parse_credentials(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        def _parse_custom_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_code = _parse_custom_code(d.pop("custom_code", UNSET))

        def _parse_default_on(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        default_on = _parse_default_on(d.pop("default_on", UNSET))

        def _parse_detect_secrets_config(data: object) -> BaseLitellmParamsDetectSecretsConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                detect_secrets_config_type_0 = BaseLitellmParamsDetectSecretsConfigType0.from_dict(data)

                return detect_secrets_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseLitellmParamsDetectSecretsConfigType0 | None | Unset, data)

        detect_secrets_config = _parse_detect_secrets_config(d.pop("detect_secrets_config", UNSET))

        def _parse_end_session_after_n_fails(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_session_after_n_fails = _parse_end_session_after_n_fails(d.pop("end_session_after_n_fails", UNSET))

        def _parse_experimental_use_latest_role_message_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        experimental_use_latest_role_message_only = _parse_experimental_use_latest_role_message_only(
            d.pop("experimental_use_latest_role_message_only", UNSET)
        )

        def _parse_extra_headers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extra_headers_type_0 = cast(list[str], data)

                return extra_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        extra_headers = _parse_extra_headers(d.pop("extra_headers", UNSET))

        def _parse_fail_on_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        fail_on_error = _parse_fail_on_error(d.pop("fail_on_error", UNSET))

        def _parse_forward_messages_as_sent(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        forward_messages_as_sent = _parse_forward_messages_as_sent(d.pop("forward_messages_as_sent", UNSET))

        def _parse_guard_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        guard_name = _parse_guard_name(d.pop("guard_name", UNSET))

        def _parse_inspect_embeddings(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        inspect_embeddings = _parse_inspect_embeddings(d.pop("inspect_embeddings", UNSET))

        def _parse_keyword_redaction_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keyword_redaction_tag = _parse_keyword_redaction_tag(d.pop("keyword_redaction_tag", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_logging_only_continue_on_input_failure(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        logging_only_continue_on_input_failure = _parse_logging_only_continue_on_input_failure(
            d.pop("logging_only_continue_on_input_failure", UNSET)
        )

        def _parse_logging_only_scope(data: object) -> BaseLitellmParamsLoggingOnlyScopeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                logging_only_scope_type_0 = BaseLitellmParamsLoggingOnlyScopeType0(data)

                return logging_only_scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseLitellmParamsLoggingOnlyScopeType0 | None | Unset, data)

        logging_only_scope = _parse_logging_only_scope(d.pop("logging_only_scope", UNSET))

        def _parse_mask_request_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mask_request_content = _parse_mask_request_content(d.pop("mask_request_content", UNSET))

        def _parse_mask_response_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        mask_response_content = _parse_mask_response_content(d.pop("mask_response_content", UNSET))

        def _parse_max_concurrent_decision_calls(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_concurrent_decision_calls = _parse_max_concurrent_decision_calls(
            d.pop("max_concurrent_decision_calls", UNSET)
        )

        def _parse_max_input_chars(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_input_chars = _parse_max_input_chars(d.pop("max_input_chars", UNSET))

        def _parse_mcp_block_behavior(data: object) -> BaseLitellmParamsMcpBlockBehaviorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mcp_block_behavior_type_0 = BaseLitellmParamsMcpBlockBehaviorType0(data)

                return mcp_block_behavior_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseLitellmParamsMcpBlockBehaviorType0 | None | Unset, data)

        mcp_block_behavior = _parse_mcp_block_behavior(d.pop("mcp_block_behavior", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_num_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_retries = _parse_num_retries(d.pop("num_retries", UNSET))

        def _parse_on_sensitive_data(data: object) -> BaseLitellmParamsOnSensitiveDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_sensitive_data_type_0 = BaseLitellmParamsOnSensitiveDataType0(data)

                return on_sensitive_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseLitellmParamsOnSensitiveDataType0 | None | Unset, data)

        on_sensitive_data = _parse_on_sensitive_data(d.pop("on_sensitive_data", UNSET))

        def _parse_on_violation(data: object) -> BaseLitellmParamsOnViolationType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_violation_type_0 = BaseLitellmParamsOnViolationType0(data)

                return on_violation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseLitellmParamsOnViolationType0 | None | Unset, data)

        on_violation = _parse_on_violation(d.pop("on_violation", UNSET))

        def _parse_only_scan_new_messages(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        only_scan_new_messages = _parse_only_scan_new_messages(d.pop("only_scan_new_messages", UNSET))

        def _parse_pangea_input_recipe(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pangea_input_recipe = _parse_pangea_input_recipe(d.pop("pangea_input_recipe", UNSET))

        def _parse_pangea_output_recipe(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pangea_output_recipe = _parse_pangea_output_recipe(d.pop("pangea_output_recipe", UNSET))

        def _parse_pattern_redaction_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pattern_redaction_format = _parse_pattern_redaction_format(d.pop("pattern_redaction_format", UNSET))

        def _parse_patterns(data: object) -> list[ContentFilterPattern] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                patterns_type_0 = []
                _patterns_type_0 = data
                for patterns_type_0_item_data in _patterns_type_0:
                    patterns_type_0_item = ContentFilterPattern.from_dict(patterns_type_0_item_data)

                    patterns_type_0.append(patterns_type_0_item)

                return patterns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ContentFilterPattern] | None | Unset, data)

        patterns = _parse_patterns(d.pop("patterns", UNSET))

        def _parse_realtime_violation_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        realtime_violation_message = _parse_realtime_violation_message(d.pop("realtime_violation_message", UNSET))

        def _parse_run_in_parallel(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        run_in_parallel = _parse_run_in_parallel(d.pop("run_in_parallel", UNSET))

        def _parse_sanitize_error_detail(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sanitize_error_detail = _parse_sanitize_error_detail(d.pop("sanitize_error_detail", UNSET))

        def _parse_scan_only_tool_results(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scan_only_tool_results = _parse_scan_only_tool_results(d.pop("scan_only_tool_results", UNSET))

        def _parse_scan_raw_request(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        scan_raw_request = _parse_scan_raw_request(d.pop("scan_raw_request", UNSET))

        def _parse_sensitive_data_route_to_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sensitive_data_route_to_model = _parse_sensitive_data_route_to_model(
            d.pop("sensitive_data_route_to_model", UNSET)
        )

        def _parse_severity_threshold(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        severity_threshold = _parse_severity_threshold(d.pop("severity_threshold", UNSET))

        def _parse_skip_system_message_in_guardrail(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        skip_system_message_in_guardrail = _parse_skip_system_message_in_guardrail(
            d.pop("skip_system_message_in_guardrail", UNSET)
        )

        def _parse_skip_tool_message_in_guardrail(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        skip_tool_message_in_guardrail = _parse_skip_tool_message_in_guardrail(
            d.pop("skip_tool_message_in_guardrail", UNSET)
        )

        def _parse_skip_unscannable_attachments(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        skip_unscannable_attachments = _parse_skip_unscannable_attachments(d.pop("skip_unscannable_attachments", UNSET))

        def _parse_sticky_session_routing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sticky_session_routing = _parse_sticky_session_routing(d.pop("sticky_session_routing", UNSET))

        def _parse_stream_scope(
            data: object,
        ) -> BaseLitellmParamsStreamScopeType0 | BaseLitellmParamsStreamScopeType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                stream_scope_type_0 = BaseLitellmParamsStreamScopeType0(data)

                return stream_scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stream_scope_type_1 = BaseLitellmParamsStreamScopeType1.from_dict(data)

                return stream_scope_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseLitellmParamsStreamScopeType0 | BaseLitellmParamsStreamScopeType1 | None | Unset, data)

        stream_scope = _parse_stream_scope(d.pop("stream_scope", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        _unreachable_fallback = d.pop("unreachable_fallback", UNSET)
        unreachable_fallback: BaseLitellmParamsUnreachableFallback | Unset
        if isinstance(_unreachable_fallback, Unset):
            unreachable_fallback = UNSET
        else:
            unreachable_fallback = BaseLitellmParamsUnreachableFallback(_unreachable_fallback)

        def _parse_violation_message_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        violation_message_template = _parse_violation_message_template(d.pop("violation_message_template", UNSET))

        base_litellm_params = cls(
            additional_provider_specific_params=additional_provider_specific_params,
            api_base=api_base,
            api_endpoint=api_endpoint,
            api_key=api_key,
            blocked_words=blocked_words,
            blocked_words_file=blocked_words_file,
            categories=categories,
            category_thresholds=category_thresholds,
            credentials=credentials,
            custom_code=custom_code,
            default_on=default_on,
            detect_secrets_config=detect_secrets_config,
            end_session_after_n_fails=end_session_after_n_fails,
            experimental_use_latest_role_message_only=experimental_use_latest_role_message_only,
            extra_headers=extra_headers,
            fail_on_error=fail_on_error,
            forward_messages_as_sent=forward_messages_as_sent,
            guard_name=guard_name,
            inspect_embeddings=inspect_embeddings,
            keyword_redaction_tag=keyword_redaction_tag,
            location=location,
            logging_only_continue_on_input_failure=logging_only_continue_on_input_failure,
            logging_only_scope=logging_only_scope,
            mask_request_content=mask_request_content,
            mask_response_content=mask_response_content,
            max_concurrent_decision_calls=max_concurrent_decision_calls,
            max_input_chars=max_input_chars,
            mcp_block_behavior=mcp_block_behavior,
            model=model,
            num_retries=num_retries,
            on_sensitive_data=on_sensitive_data,
            on_violation=on_violation,
            only_scan_new_messages=only_scan_new_messages,
            pangea_input_recipe=pangea_input_recipe,
            pangea_output_recipe=pangea_output_recipe,
            pattern_redaction_format=pattern_redaction_format,
            patterns=patterns,
            realtime_violation_message=realtime_violation_message,
            run_in_parallel=run_in_parallel,
            sanitize_error_detail=sanitize_error_detail,
            scan_only_tool_results=scan_only_tool_results,
            scan_raw_request=scan_raw_request,
            sensitive_data_route_to_model=sensitive_data_route_to_model,
            severity_threshold=severity_threshold,
            skip_system_message_in_guardrail=skip_system_message_in_guardrail,
            skip_tool_message_in_guardrail=skip_tool_message_in_guardrail,
            skip_unscannable_attachments=skip_unscannable_attachments,
            sticky_session_routing=sticky_session_routing,
            stream_scope=stream_scope,
            template_id=template_id,
            timeout=timeout,
            unreachable_fallback=unreachable_fallback,
            violation_message_template=violation_message_template,
        )

        base_litellm_params.additional_properties = d
        return base_litellm_params

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
