from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_complexity_router_config_adaptive_eligible import RequestComplexityRouterConfigAdaptiveEligible
from ..models.request_complexity_router_config_classification_mode import (
    RequestComplexityRouterConfigClassificationMode,
)
from ..models.request_complexity_router_config_classifier_fallback import (
    RequestComplexityRouterConfigClassifierFallback,
)
from ..models.request_complexity_router_config_classifier_type import RequestComplexityRouterConfigClassifierType
from ..models.request_complexity_router_config_local_heuristic_type_0 import (
    RequestComplexityRouterConfigLocalHeuristicType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adaptive_router_weights import AdaptiveRouterWeights
    from ..models.capability_classifier_config import CapabilityClassifierConfig
    from ..models.classifier_llm_config import ClassifierLLMConfig
    from ..models.context_compaction_config import ContextCompactionConfig
    from ..models.custom_dimension import CustomDimension
    from ..models.keyword_tier_rule import KeywordTierRule
    from ..models.llmv2_config import LLMV2Config
    from ..models.open_source_classifier_config import OpenSourceClassifierConfig
    from ..models.reminder_marker_pair import ReminderMarkerPair
    from ..models.request_complexity_router_config_dimension_weights import (
        RequestComplexityRouterConfigDimensionWeights,
    )
    from ..models.request_complexity_router_config_tier_boundaries import RequestComplexityRouterConfigTierBoundaries
    from ..models.request_complexity_router_config_tier_labels import RequestComplexityRouterConfigTierLabels
    from ..models.request_complexity_router_config_tier_model_configs import (
        RequestComplexityRouterConfigTierModelConfigs,
    )
    from ..models.request_complexity_router_config_tiers import RequestComplexityRouterConfigTiers
    from ..models.request_complexity_router_config_token_thresholds import RequestComplexityRouterConfigTokenThresholds
    from ..models.tier_definition import TierDefinition
    from ..models.trained_tier_artifact import TrainedTierArtifact


T = TypeVar("T", bound="RequestComplexityRouterConfig")


@_attrs_define
class RequestComplexityRouterConfig:
    """The part of a complexity-router config a request can carry.

    `plugins` holds live RoutingPlugin objects, which no JSON body can express and which have no
    OpenAPI schema, so it is closed off here rather than left as an arbitrary-type field.

        Attributes:
            adaptive (bool | Unset): Enable adaptive bandit selection with soft complexity floors Default: False.
            adaptive_eligible (RequestComplexityRouterConfigAdaptiveEligible | Unset): When adaptive=True: 'all' scores
                every pool model with a tier-distance penalty (soft floors); 'classified_tier' Thompson-samples only inside the
                classified tier's pool Default: RequestComplexityRouterConfigAdaptiveEligible.ALL.
            adaptive_weights (AdaptiveRouterWeights | Unset):
            cache_aware_routing (bool | Unset): Opt in to comparing prompt-cache costs after classification. On supported
                native Anthropic proxy requests, an already warm model in the same or a higher tier may replace the classified
                model when its estimated input and output cost is lower. Unsupported requests and unavailable estimates keep
                ordinary routing. Default: False.
            cache_aware_routing_output_tokens (int | Unset): Expected output tokens used in cache-aware cost comparisons;
                capped by each model's effective output limit. Default: 1024.
            cache_aware_routing_timeout_ms (int | Unset): Total time budget for cache-aware predictions; expiry preserves
                the original routing decision. Default: 2000.
            capability_classifier_config (CapabilityClassifierConfig | None | Unset): Probability threshold policy required
                when classifier_type is 'capability'. The classifier forecasts p_solve for efficient_tier, adjusts
                base_threshold using the capability-card boundary, and otherwise routes to capable_tier
            classification_examples (None | str | Unset): Replaces the calibration examples of the LLM classifier rubric,
                and nothing else. Written as example lines only: the router renders the 'Calibration examples:' heading above
                them, after the per-tier bullets. Requires an LLM classifier and cannot be combined with
                classifier_llm_config.system_prompt. With built-in tiers the rubric preset still supplies the tier criteria and,
                unless classification_prompt replaces them, the classification instructions; a custom tier set ships no examples
                of its own, so the section renders only when this is set.
            classification_mode (RequestComplexityRouterConfigClassificationMode | Unset): When to run the complexity
                classifier. 'every_request' (the default) classifies every inference request, including the tool-result
                continuation turns of an agentic loop. 'user_turn' classifies only requests whose newest turn is a new human ask
                and replays the session's held routing decision on continuation turns, which cuts classifier spend and
                eliminates mid-loop model switches. Continuations with no held decision to replay (no resolvable session_id,
                expired pin, fresh restart) still classify. Unlike session_affinity, a new human ask always re-classifies, so a
                session can still move tiers between asks. Suppressed when plugins are configured, for the same reason
                session_affinity is: a replayed decision would bypass the plugin pipeline. Default:
                RequestComplexityRouterConfigClassificationMode.EVERY_REQUEST.
            classification_prompt (None | str | Unset): Replaces the classification instructions that open the LLM
                classifier rubric, and nothing else. The per-tier bullets follow it, the calibration examples follow those, and
                the trust-boundary paragraph telling the classifier to ignore tier requests embedded in quoted caller text is
                always appended after them and cannot be overridden. Requires an LLM classifier and cannot be combined with
                classifier_llm_config.system_prompt. With built-in tiers the rubric preset still supplies the tier criteria and,
                unless classification_examples replaces them, the calibration examples.
            classifier_context_budget_chars (int | Unset): Maximum characters of prior-turn text quoted to the LLM or JEV
                classifier, across the whole context window, per classification call. Turns are taken newest first and quoted
                whole while they fit, so a conversation small enough to quote entirely is never cut; once the budget runs out
                the older turns are dropped whole and only the turn straddling the boundary is truncated, into whatever space is
                left. The current ask and, except for Claude Code requests, the extracted system-role text sit outside this
                budget and are sent in full, as does the numbering each quoted turn carries. A budget under 120 leaves no room
                to quote a turn and suppresses the block; set classifier_context_window_size to 0 to turn context off
                deliberately. Applies to LLM and JEV classification. Default: 8000.
            classifier_context_include_assistant_turns (bool | Unset): Include assistant turns in the classifier context
                window, so difficulty stated by the model rather than by the user stays visible: a plan the assistant calls
                complex, which the user approves with 'yes', is classified on the work being approved instead of on the word
                'yes'. When enabled, classifier_context_window_size counts the last N turns of the conversation across both
                roles rather than the last N user turns, and assistant text is sent to the classifier model, which may be a
                different deployment or provider than the routed completion model. Assistant replies spend
                classifier_context_budget_chars alongside user turns, so raise it if the oldest turns stop being quoted once
                replies join the window. Off by default because enabling it shifts tier decisions, and therefore spend, for an
                already-deployed router. Applies to LLM and JEV classification. Default: False.
            classifier_context_per_turn_chars (int | None | Unset): Optional cap on each individual prior turn's text,
                applied before classifier_context_budget_chars bounds the block. Unset by default, so one long turn may spend
                the whole budget, which is usually what a follow-up needs; set it when no single turn should dominate the
                context the classifier sees. A capped turn keeps its opening and its ending with the middle elided. Applies to
                LLM and JEV classification.
            classifier_context_window_size (int | Unset): Number of prior user turns (tool output and harness reminders
                excluded) to include as context in the LLM or JEV classifier input, so a follow-up like 'now do the same for the
                streaming path' is classified against what it refers to. Counts turns of both roles when
                classifier_context_include_assistant_turns is enabled. These turns are sent to the classifier model (the
                configured TypeSafe endpoint for JEV), which may be a different deployment or provider than the routed
                completion model; that call carries the current user ask and, except for Claude Code requests, the extracted
                system-role text in full. Claude Code system text is omitted to avoid classifying harness instructions; the
                routed completion still receives it. Set to 0 to omit prior turns and the conversation-depth summary; the
                current ask and selected system text are still sent. Applies to LLM and JEV classification. Default: 3.
            classifier_fallback (RequestComplexityRouterConfigClassifierFallback | Unset): What classifies the request when
                the LLM classifier errors, times out, or returns an unparseable response. 'heuristic' runs the local complexity
                scorer, which is right when the classifier grades complexity too. 'default_model' skips scoring and routes to
                default_model, which is what a classifier on some other taxonomy wants: a prompt that grades data sensitivity
                has no use for a complexity score, and scoring one produces a tier unrelated to what the operator configured.
                Requires default_model when set to 'default_model'. Only applies when classifier_type is 'llm', 'custom', or
                'heuristic_first'. Default: RequestComplexityRouterConfigClassifierFallback.HEURISTIC.
            classifier_llm_config (ClassifierLLMConfig | None | Unset): Configuration for the LLM classifier; required when
                classifier_type is 'llm', 'capability', 'heuristic_first' or 'hybrid'
            classifier_plugin (None | Unset): Not settable over HTTP; the classifier plugin is a runtime object
            classifier_plugin_timeout_ms (int | Unset): Timeout budget for the classifier plugin call, in milliseconds. On
                expiry the fallback path decides the tier. Only applies when classifier_type is 'custom'. Default: 3000.
            classifier_type (RequestComplexityRouterConfigClassifierType | Unset): Classification strategy: local
                regex/keyword scoring, the bundled trained four-tier heuristic, an LLM tier-selection call, a Switchyard-
                compatible capability forecast, a joint Fuse V2 forecast, a custom classifier plugin, 'heuristic_first', which
                scores locally and only pays for the LLM classifier when the local scorer does not confidently land a cheap
                tier, or 'hybrid', which trusts the local scorer everywhere except when its score lands near a tier boundary, or
                'oss_classifier', a structured choice call using Jev, Laya or Bespoke Nimble Default:
                RequestComplexityRouterConfigClassifierType.HEURISTIC.
            code_keywords (list[str] | None | Unset): Keywords indicating code-related content
            context_compaction (bool | ContextCompactionConfig | Unset): Compact full conversation history near the selected
                deployment's input limit for Chat, Responses and Messages. Uses a capable configured tier model unless model is
                specified. Set false or null to disable. Stored and client-managed native history keep their existing behavior.
            context_window_escalation_buffer (float | Unset): Fraction of a model's declared context window the estimated
                prompt must fit within. The token count is an estimate, so fitting against the full window would dispatch
                prompts that the provider's own tokenizer then rejects; 0.95 leaves room for that drift plus the response
                tokens. Default: 0.95.
            custom_dimensions (list[CustomDimension] | Unset): Named dimensions added to the heuristic-v1 score. Each
                contributes its inline weight once when any keyword matches the current ask or a case-insensitive regex matches
                its first 2048 characters; scoring_mode 'match_count' instead grades half weight for one distinct matcher and
                full for two or more. Regex quantifiers repeat one character or class at most 64 times. Unbounded quantifiers,
                repeated groups, backreferences and lookarounds are rejected. Conservative work limits include alternation
                paths, repeat lengths and subsequent matching: 2048 units per pattern, 8192 across the router. Only heuristic,
                heuristic_first and hybrid accept this field. Uses the existing heuristic tuning quota.
            custom_technical_keywords (list[str] | None | Unset): Domain-specific technical keywords appended to the
                effective base list (technical_keywords if set, otherwise DEFAULT_TECHNICAL_KEYWORDS). Order is preserved;
                duplicates are removed case-insensitively against the base list and within this list.
            default_model (None | str | Unset): Default model to use if tier cannot be determined
            deployment_affinity (bool | Unset): When True and a client session_id is resolvable, reuse the session's chosen
                model for each classified tier and its deployment within each model group. With session_affinity off, every turn
                is still classified: moving to another tier leaves the previous tier's model pin intact for a later return. Pins
                yield to current candidate, context, modality, and availability constraints. Adaptive selection chooses the
                initial model from its eligible pool, then reuses that choice per tier. This reduces avoidable provider prompt-
                cache misses; it does not guarantee cache hits. Set False to select models and load-balance deployments on every
                turn, unless session_affinity or user_turn classification requires a pin. Inert without a client session_id and
                suppressed when plugins are configured. Default: True.
            dimension_weights (RequestComplexityRouterConfigDimensionWeights | Unset): Weights for each scoring dimension
            embedding_model (None | str | Unset): Embedding model (LiteLLM model name) used when semantic_keyword_matching
                is enabled
            enable_context_window_escalation (bool | Unset): Escalate a request off a tier whose models provably cannot hold
                its prompt, before dispatch. The classifier scores complexity and never prompt size, so a long agentic session
                whose newest ask is trivial lands on a small-window tier and the provider rejects it with a context-window 400
                that nothing retries. When every model of the decided tier has a declared window smaller than the estimated
                prompt, the request moves to the lowest configured tier with a model whose declared window fits; when only some
                of the tier's models fit, the pick is restricted to those and the tier keeps the request. Models with no
                resolvable window are never escalated away from and never escalated onto. Disabled by default: omit or set false
                to dispatch on complexity alone; set true to enable context-window escalation. Default: False.
            enable_non_reasoning_tier (bool | Unset): Add NON_REASONING as a fifth built-in tier below SIMPLE, for
                operational agent traffic that relays or reformats information rather than reasoning about it. Off by default:
                turning it on adds a rung to this router's ladder, a bullet to the LLM classifier's rubric, and a value the
                classifier may return, all of which move tier decisions and spend on an already-deployed router. Requires an
                LLM, Jev, or custom classifier plugin, since the heuristic scorers cannot produce the tier, and a model in
                `tiers` under the NON_REASONING key. Escalation still walks up from it, and it is never the savings baseline or
                a `heuristic_v2` prediction. Default: False.
            escalation_keywords (list[str] | None | Unset): Case-sensitive phrases a user can include to force a bump to the
                next-higher complexity tier when they aren't satisfied with results (they can force a stronger model, but not
                choose which one). Defaults to ['LITELLM ESCALATE'] when unset; set to an empty list to disable.
            fallback_tier (None | str | Unset): Tier routed to when the LLM classifier fails (timeout, provider error, or an
                unparseable reply). Required with tier_definitions and must name a defined tier; the heuristic scorer cannot
                produce custom tiers, so this replaces the heuristic fallback for custom tier sets.
            heuristic_first_max_tier (None | str | Unset): The highest tier the local scorer may decide on its own; required
                when classifier_type is 'heuristic_first' and rejected otherwise. A request whose heuristic tier is at or below
                this one skips the LLM classifier and routes straight to that heuristic tier, so the classifier call is only
                paid for on traffic the scorer could not place cheaply. The scorer must also have produced at least one signal:
                a prompt where no dimension fired scores 0.0 and would otherwise land SIMPLE by default rather than by evidence.
                With local_heuristic 'heuristic_v2', the predicted tier must meet its success threshold. Names a built-in tier,
                and may not name the highest one, since that would make the LLM classifier unreachable.
            heuristic_v2_artifact (Literal['ultrafeedback'] | TrainedTierArtifact | Unset): Success-probability artifact
                used by standalone or chained heuristic_v2. The bundled UltraFeedback artifact is selected by default; an inline
                trained artifact may replace it Default: 'ultrafeedback'.
            heuristic_v2_success_threshold (float | None | Unset): Minimum predicted success probability for standalone or
                chained heuristic_v2 to select a tier. The first tier meeting this threshold is selected. When none meets it,
                standalone heuristic_v2 selects REASONING and chained heuristic_v2 defers to the LLM judge. When omitted or
                null, uses the artifact's routing_threshold (0.75 for the bundled artifact). Ignored when heuristic_v2 is not
                selected
            housekeeping_patterns (list[str] | None | Unset): Additional case-sensitive literal sentinels that mark a
                request as client housekeeping, on top of the built-in conversation-title ones. For clients whose wording the
                built-ins don't cover, or after a client release changes its strings.
            hybrid_boundary_margin (float | None | Unset): How close to a tier boundary a heuristic score has to land before
                the LLM classifier breaks the tie; required when classifier_type is 'hybrid' and rejected otherwise. Everything
                further than this from every active boundary routes on the scorer's own tier with no classifier call, at any
                tier, which is what separates 'hybrid' from 'heuristic_first' and its cheap-tier ceiling. A prompt where no
                dimension fired still goes to the classifier, since the scorer has no opinion to be near a boundary with. With
                local_heuristic 'heuristic_v2', a tier must meet its success threshold and its probability and all lower-tier
                probabilities must be further than this margin from that threshold. 0 escalates only scores or probabilities
                exactly on a boundary.
            keyword_tier_rules (list[KeywordTierRule] | None | Unset): Rules that force a specific tier when their keywords
                match the prompt
            llm_v2_config (LLMV2Config | None | Unset): Experimental joint task-demand and solver-capability forecasting for
                classifier_type llm_v2.
            local_heuristic (None | RequestComplexityRouterConfigLocalHeuristicType0 | Unset): Local scorer for
                heuristic_first or hybrid. Omitted or null keeps heuristic v1; heuristic_v2 uses the trained success predictor.
                Rejected for other classifier types.
            match_threshold (float | Unset): Minimum cosine similarity for a semantic keyword match Default: 0.5.
            max_tokens_from_tier_model (bool | Literal['clamp'] | Unset): Set max_tokens on every routed request to the
                output ceiling of the tier model it lands on, replacing whatever the caller sent. A caller behind an auto-router
                cannot pick one value that fits every tier: the smallest tier's ceiling starves a bigger tier's thinking budget,
                and a bigger tier's ceiling is rejected by the smallest. The ceiling is the smallest max_output_tokens across
                the tier model's deployments, read from each deployment's model_info and then the model cost map; a tier model
                with a deployment whose ceiling is unknown keeps the caller's value. A max_tokens, max_completion_tokens or
                max_output_tokens in the tier's own litellm_params still wins. Set "clamp" to keep a smaller positive caller
                value and cap a larger one at the ceiling. Set false to forward the caller's value unchanged. Default: True.
            modality_pin_override (bool | Unset): Let modality_routing replace a kept session-affinity pin on the turns that
                carry an image. Without this, a session pinned to a text-only model fails every image turn with a provider 400,
                since the pin is exempt from the modality gate. When enabled, such a turn routes to a capable model for that
                request only and the stored pin is left untouched, so the next text turn replays the session's own model; the
                override is reported as cause modality_pin_override and is never itself pinned. Inert unless modality_routing is
                also enabled. Default: False.
            modality_routing (bool | Unset): Route image-bearing requests only to models that can accept image input. The
                classifier reads text alone, so an image request whose text classifies cheap otherwise lands on a text-only
                model and fails with a provider 400. When enabled, a routed model explicitly declared supports_vision false
                (deployment model_info or the model cost map; unmapped names stay routable) is replaced by the nearest HIGHER
                tier holding a capable model, then default_model, else a clear 400. A kept session-affinity pin still wins even
                when an image arrives, unless modality_pin_override is also enabled. Default: False.
            opensource_classifier_config (None | OpenSourceClassifierConfig | Unset):
            plan_mode_min_tier (None | str | Unset): When set, requests carrying a coding-agent plan-mode sentinel (Claude
                Code plan mode, VS Code Copilot Plan mode, Copilot CLI's exit_plan_mode tool) are routed to at least this tier:
                the classified tier still wins when it is higher, and the floor also overrides a session-affinity pin to a lower
                tier for exactly the turns carrying the sentinel, without rewriting the pin -- the first turn after plan mode
                exits routes as if plan mode had never happened. Names a built-in tier, or with tier_definitions set, one of the
                defined tier names (list order is ascending severity, same as keyword_tier_rules). Unset disables detection
                entirely. The sentinels ride in client-injected prompt text, so a caller who pastes one can spend up to this
                tier's models -- never down, and never outside the configured pools.
            plan_mode_patterns (list[str] | None | Unset): Additional case-sensitive literal sentinels that mark a request
                as plan mode, on top of the built-in Claude Code and Copilot ones. For clients whose plan-mode wording the
                built-ins don't cover, or after a client release changes its strings.
            plugins (None | Unset): Not settable over HTTP; routing plugins are runtime objects
            reasoning_keywords (list[str] | None | Unset): Keywords indicating reasoning-required content
            reasoning_override_min_score (float | None | Unset): Minimum weighted score a request must reach before 2+
                reasoning markers may promote it to the reasoning tier. Unset tracks tier_boundaries.simple_medium, so the
                override never rescues a request the scorer placed in the cheapest tier; 0 restores the unconditional override
            reminder_markers (list[ReminderMarkerPair] | None | Unset): Override the delimiter pairs used to recognize and
                strip harness-injected reminder blocks before classification. A harness that wraps injected context differently
                per agent type (main, subagent, cron) lists every pair it emits. Replaces, rather than adds to, the built-in
                system-reminder pair and the Codex envelope pairs enabled for Codex user agents, so list every built-in pair
                your harness also emits. Matching is case-insensitive.
            return_raw_model_name (bool | Unset): Return the resolved raw model name in the response model field instead of
                the client-requested complexity-router alias Default: False.
            route_housekeeping_to_cheapest_tier (bool | Unset): Route a coding agent's own housekeeping calls to the
                cheapest configured tier without classifying them. A client names the conversation by quoting the whole session
                and asking for a title, so the ask reads as the session's engineering work and lands on the most expensive tier,
                which is the reverse of what the call is worth. Detection is a literal match against client-owned sentinels on
                the newest ask only, so it cannot fire on an earlier turn, and it never lowers what anyone else asked for: a
                keyword_tier_rule or a session pin still decides instead, and an escalation keyword or the plan-mode floor still
                raises the tier from here. Only the classifier is displaced, and its call is skipped, so a matched request costs
                nothing to route. Set false to classify these calls like any other. Default: True.
            semantic_keyword_matching (bool | Unset): Match keyword_tier_rules by embedding similarity instead of literal
                text Default: False.
            session_affinity (bool | Unset): When True and a session_id is resolvable on the request, pin the model chosen
                on the session's first turn and reuse it for every later turn, skipping re-classification. Off by default so
                every turn is classified on its own merits and routed to the cheapest adequate tier. Set True to keep a multi-
                turn session on one model, which preserves provider prompt caches and avoids cross-model conversation-history
                errors. Always implies the deployment pin regardless of deployment_affinity: the session sticks to one
                deployment of the pinned model, since freezing the model while re-shuffling its deployments would still go
                cache-cold. Default: False.
            session_affinity_ttl_seconds (int | Unset): TTL for the session affinity pin; refreshed on every cache hit.
                Bounds both the session_affinity model pin and the deployment_affinity per-tier model and deployment pins, so it
                measures idle time for the session's routing decisions rather than total session length Default: 3600.
            simple_keywords (list[str] | None | Unset): Keywords indicating simple/basic queries
            stall_escalation_enabled (bool | Unset): Escalate mid-task to the next-higher configured tier when the
                assistant's own recent tool calls look stuck: the newest tool call repeats, or errors, at least
                stall_escalation_repeat_threshold times across the last stall_escalation_window calls. Both tests are anchored
                on the newest call, so a task that tried the same thing a few times and then moved on is not escalated on the
                strength of those older calls alone, while a retry loop broken up by an unrelated lookup still counts. One tier
                at most, on the same ladder escalation_keywords bumps along, and never above the highest configured tier.
                Detection re-runs on every classified turn from the tool calls visible in that request, so it needs no state and
                nothing survives past the task. Mutually exclusive with session_affinity and classification_mode='user_turn',
                which both replay a held routing decision instead of classifying most turns, so this would never see the tool
                calls to look at. Off by default. Default: False.
            stall_escalation_repeat_threshold (int | Unset): How many of the last stall_escalation_window tool calls must
                repeat the newest call, or must have errored alongside it, before the task counts as stalled. Must not exceed
                stall_escalation_window, or the condition could never be reached. Default: 3.
            stall_escalation_window (int | Unset): How many of the assistant's most recent tool calls stall detection looks
                at, oldest ones dropped as new calls happen. Counted across the whole visible conversation rather than reset at
                the newest human ask, so evidence from before a plain follow-up message like 'try again' is still visible on the
                turn after it. Default: 6.
            technical_keywords (list[str] | None | Unset): Keywords indicating technical content
            tier_boundaries (RequestComplexityRouterConfigTierBoundaries | Unset): Score boundaries between tiers. These
                keys (simple_medium, medium_complex, complex_reasoning) name the gaps between the default tier names and are not
                renameable by tier_labels; they are scorer knobs persisted by name on every routing decision
            tier_definitions (list[TierDefinition] | None | Unset): Operator-defined tier set replacing the built-in
                SIMPLE/MEDIUM/COMPLEX/REASONING. Each entry's name becomes a value the LLM classifier can return and its
                description becomes that tier's rubric bullet; entries named after a built-in tier may omit the description and
                inherit the built-in criteria. List order is ascending severity and decides which tier wins when several
                keyword_tier_rules match. Requires classifier_type 'llm', 'oss_classifier' or 'custom', a fallback_tier, and
                `tiers` keys matching the defined names exactly. Escalation, adaptive selection, session affinity, plugins,
                tier_labels, and the calibration-example rubric presets are unavailable with a custom tier set: the first four
                are built on the built-in tier ladder, and the last two rename or exemplify tiers the set replaces.
            tier_distance_penalty (float | Unset): Score penalty per tier-step away from the classified tier when
                adaptive=True Default: 0.5.
            tier_labels (RequestComplexityRouterConfigTierLabels | Unset): Display names for the complexity tiers, so a
                deployment can use its own vocabulary (e.g. Cheap/Standard/Premium/Deep) in the dashboard, spend logs, and the
                LLM classifier rubric. Purely operator-facing: config keys stay canonical (tiers, keyword_tier_rules[].tier,
                tier_boundaries), API callers never see these names, and the heuristic scorer never reads them. Unlisted tiers
                keep their canonical name. Partial maps are allowed.
            tier_model_configs (RequestComplexityRouterConfigTierModelConfigs | Unset):
            tiers (RequestComplexityRouterConfigTiers | Unset): Mapping of complexity tiers to a model or model pool. A list
                is randomly picked from when adaptive=False, and used as a soft-floor home pool when adaptive=True
            token_thresholds (RequestComplexityRouterConfigTokenThresholds | Unset): Token count thresholds for
                simple/complex classification
    """

    adaptive: bool | Unset = False
    adaptive_eligible: RequestComplexityRouterConfigAdaptiveEligible | Unset = (
        RequestComplexityRouterConfigAdaptiveEligible.ALL
    )
    adaptive_weights: AdaptiveRouterWeights | Unset = UNSET
    cache_aware_routing: bool | Unset = False
    cache_aware_routing_output_tokens: int | Unset = 1024
    cache_aware_routing_timeout_ms: int | Unset = 2000
    capability_classifier_config: CapabilityClassifierConfig | None | Unset = UNSET
    classification_examples: None | str | Unset = UNSET
    classification_mode: RequestComplexityRouterConfigClassificationMode | Unset = (
        RequestComplexityRouterConfigClassificationMode.EVERY_REQUEST
    )
    classification_prompt: None | str | Unset = UNSET
    classifier_context_budget_chars: int | Unset = 8000
    classifier_context_include_assistant_turns: bool | Unset = False
    classifier_context_per_turn_chars: int | None | Unset = UNSET
    classifier_context_window_size: int | Unset = 3
    classifier_fallback: RequestComplexityRouterConfigClassifierFallback | Unset = (
        RequestComplexityRouterConfigClassifierFallback.HEURISTIC
    )
    classifier_llm_config: ClassifierLLMConfig | None | Unset = UNSET
    classifier_plugin: None | Unset = UNSET
    classifier_plugin_timeout_ms: int | Unset = 3000
    classifier_type: RequestComplexityRouterConfigClassifierType | Unset = (
        RequestComplexityRouterConfigClassifierType.HEURISTIC
    )
    code_keywords: list[str] | None | Unset = UNSET
    context_compaction: bool | ContextCompactionConfig | Unset = UNSET
    context_window_escalation_buffer: float | Unset = 0.95
    custom_dimensions: list[CustomDimension] | Unset = UNSET
    custom_technical_keywords: list[str] | None | Unset = UNSET
    default_model: None | str | Unset = UNSET
    deployment_affinity: bool | Unset = True
    dimension_weights: RequestComplexityRouterConfigDimensionWeights | Unset = UNSET
    embedding_model: None | str | Unset = UNSET
    enable_context_window_escalation: bool | Unset = False
    enable_non_reasoning_tier: bool | Unset = False
    escalation_keywords: list[str] | None | Unset = UNSET
    fallback_tier: None | str | Unset = UNSET
    heuristic_first_max_tier: None | str | Unset = UNSET
    heuristic_v2_artifact: Literal["ultrafeedback"] | TrainedTierArtifact | Unset = "ultrafeedback"
    heuristic_v2_success_threshold: float | None | Unset = UNSET
    housekeeping_patterns: list[str] | None | Unset = UNSET
    hybrid_boundary_margin: float | None | Unset = UNSET
    keyword_tier_rules: list[KeywordTierRule] | None | Unset = UNSET
    llm_v2_config: LLMV2Config | None | Unset = UNSET
    local_heuristic: None | RequestComplexityRouterConfigLocalHeuristicType0 | Unset = UNSET
    match_threshold: float | Unset = 0.5
    max_tokens_from_tier_model: bool | Literal["clamp"] | Unset = True
    modality_pin_override: bool | Unset = False
    modality_routing: bool | Unset = False
    opensource_classifier_config: None | OpenSourceClassifierConfig | Unset = UNSET
    plan_mode_min_tier: None | str | Unset = UNSET
    plan_mode_patterns: list[str] | None | Unset = UNSET
    plugins: None | Unset = UNSET
    reasoning_keywords: list[str] | None | Unset = UNSET
    reasoning_override_min_score: float | None | Unset = UNSET
    reminder_markers: list[ReminderMarkerPair] | None | Unset = UNSET
    return_raw_model_name: bool | Unset = False
    route_housekeeping_to_cheapest_tier: bool | Unset = True
    semantic_keyword_matching: bool | Unset = False
    session_affinity: bool | Unset = False
    session_affinity_ttl_seconds: int | Unset = 3600
    simple_keywords: list[str] | None | Unset = UNSET
    stall_escalation_enabled: bool | Unset = False
    stall_escalation_repeat_threshold: int | Unset = 3
    stall_escalation_window: int | Unset = 6
    technical_keywords: list[str] | None | Unset = UNSET
    tier_boundaries: RequestComplexityRouterConfigTierBoundaries | Unset = UNSET
    tier_definitions: list[TierDefinition] | None | Unset = UNSET
    tier_distance_penalty: float | Unset = 0.5
    tier_labels: RequestComplexityRouterConfigTierLabels | Unset = UNSET
    tier_model_configs: RequestComplexityRouterConfigTierModelConfigs | Unset = UNSET
    tiers: RequestComplexityRouterConfigTiers | Unset = UNSET
    token_thresholds: RequestComplexityRouterConfigTokenThresholds | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.capability_classifier_config import CapabilityClassifierConfig  # noqa: PLC0415
        from ..models.classifier_llm_config import ClassifierLLMConfig  # noqa: PLC0415
        from ..models.context_compaction_config import ContextCompactionConfig  # noqa: PLC0415
        from ..models.llmv2_config import LLMV2Config  # noqa: PLC0415
        from ..models.open_source_classifier_config import OpenSourceClassifierConfig  # noqa: PLC0415
        from ..models.trained_tier_artifact import TrainedTierArtifact  # noqa: PLC0415

        adaptive = self.adaptive

        adaptive_eligible: str | Unset = UNSET
        if not isinstance(self.adaptive_eligible, Unset):
            adaptive_eligible = self.adaptive_eligible.value

        adaptive_weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.adaptive_weights, Unset):
            adaptive_weights = self.adaptive_weights.to_dict()

        cache_aware_routing = self.cache_aware_routing

        cache_aware_routing_output_tokens = self.cache_aware_routing_output_tokens

        cache_aware_routing_timeout_ms = self.cache_aware_routing_timeout_ms

        capability_classifier_config: dict[str, Any] | None | Unset
        if isinstance(self.capability_classifier_config, Unset):
            capability_classifier_config = UNSET
        elif isinstance(self.capability_classifier_config, CapabilityClassifierConfig):
            capability_classifier_config = self.capability_classifier_config.to_dict()
        else:
            capability_classifier_config = self.capability_classifier_config

        classification_examples: None | str | Unset
        if isinstance(self.classification_examples, Unset):
            classification_examples = UNSET
        else:
            classification_examples = self.classification_examples

        classification_mode: str | Unset = UNSET
        if not isinstance(self.classification_mode, Unset):
            classification_mode = self.classification_mode.value

        classification_prompt: None | str | Unset
        if isinstance(self.classification_prompt, Unset):
            classification_prompt = UNSET
        else:
            classification_prompt = self.classification_prompt

        classifier_context_budget_chars = self.classifier_context_budget_chars

        classifier_context_include_assistant_turns = self.classifier_context_include_assistant_turns

        classifier_context_per_turn_chars: int | None | Unset
        if isinstance(self.classifier_context_per_turn_chars, Unset):
            classifier_context_per_turn_chars = UNSET
        else:
            classifier_context_per_turn_chars = self.classifier_context_per_turn_chars

        classifier_context_window_size = self.classifier_context_window_size

        classifier_fallback: str | Unset = UNSET
        if not isinstance(self.classifier_fallback, Unset):
            classifier_fallback = self.classifier_fallback.value

        classifier_llm_config: dict[str, Any] | None | Unset
        if isinstance(self.classifier_llm_config, Unset):
            classifier_llm_config = UNSET
        elif isinstance(self.classifier_llm_config, ClassifierLLMConfig):
            classifier_llm_config = self.classifier_llm_config.to_dict()
        else:
            classifier_llm_config = self.classifier_llm_config

        classifier_plugin = self.classifier_plugin

        classifier_plugin_timeout_ms = self.classifier_plugin_timeout_ms

        classifier_type: str | Unset = UNSET
        if not isinstance(self.classifier_type, Unset):
            classifier_type = self.classifier_type.value

        code_keywords: list[str] | None | Unset
        if isinstance(self.code_keywords, Unset):
            code_keywords = UNSET
        elif isinstance(self.code_keywords, list):
            code_keywords = self.code_keywords

        else:
            code_keywords = self.code_keywords

        context_compaction: bool | dict[str, Any] | Unset
        if isinstance(self.context_compaction, Unset):
            context_compaction = UNSET
        elif isinstance(self.context_compaction, ContextCompactionConfig):
            context_compaction = self.context_compaction.to_dict()
        else:
            context_compaction = self.context_compaction

        context_window_escalation_buffer = self.context_window_escalation_buffer

        custom_dimensions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_dimensions, Unset):
            custom_dimensions = []
            for custom_dimensions_item_data in self.custom_dimensions:
                custom_dimensions_item = custom_dimensions_item_data.to_dict()
                custom_dimensions.append(custom_dimensions_item)

        custom_technical_keywords: list[str] | None | Unset
        if isinstance(self.custom_technical_keywords, Unset):
            custom_technical_keywords = UNSET
        elif isinstance(self.custom_technical_keywords, list):
            custom_technical_keywords = self.custom_technical_keywords

        else:
            custom_technical_keywords = self.custom_technical_keywords

        default_model: None | str | Unset
        if isinstance(self.default_model, Unset):
            default_model = UNSET
        else:
            default_model = self.default_model

        deployment_affinity = self.deployment_affinity

        dimension_weights: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dimension_weights, Unset):
            dimension_weights = self.dimension_weights.to_dict()

        embedding_model: None | str | Unset
        if isinstance(self.embedding_model, Unset):
            embedding_model = UNSET
        else:
            embedding_model = self.embedding_model

        enable_context_window_escalation = self.enable_context_window_escalation

        enable_non_reasoning_tier = self.enable_non_reasoning_tier

        escalation_keywords: list[str] | None | Unset
        if isinstance(self.escalation_keywords, Unset):
            escalation_keywords = UNSET
        elif isinstance(self.escalation_keywords, list):
            escalation_keywords = self.escalation_keywords

        else:
            escalation_keywords = self.escalation_keywords

        fallback_tier: None | str | Unset
        if isinstance(self.fallback_tier, Unset):
            fallback_tier = UNSET
        else:
            fallback_tier = self.fallback_tier

        heuristic_first_max_tier: None | str | Unset
        if isinstance(self.heuristic_first_max_tier, Unset):
            heuristic_first_max_tier = UNSET
        else:
            heuristic_first_max_tier = self.heuristic_first_max_tier

        heuristic_v2_artifact: dict[str, Any] | Literal["ultrafeedback"] | Unset
        if isinstance(self.heuristic_v2_artifact, Unset):
            heuristic_v2_artifact = UNSET
        elif isinstance(self.heuristic_v2_artifact, TrainedTierArtifact):
            heuristic_v2_artifact = self.heuristic_v2_artifact.to_dict()
        else:
            heuristic_v2_artifact = self.heuristic_v2_artifact

        heuristic_v2_success_threshold: float | None | Unset
        if isinstance(self.heuristic_v2_success_threshold, Unset):
            heuristic_v2_success_threshold = UNSET
        else:
            heuristic_v2_success_threshold = self.heuristic_v2_success_threshold

        housekeeping_patterns: list[str] | None | Unset
        if isinstance(self.housekeeping_patterns, Unset):
            housekeeping_patterns = UNSET
        elif isinstance(self.housekeeping_patterns, list):
            housekeeping_patterns = self.housekeeping_patterns

        else:
            housekeeping_patterns = self.housekeeping_patterns

        hybrid_boundary_margin: float | None | Unset
        if isinstance(self.hybrid_boundary_margin, Unset):
            hybrid_boundary_margin = UNSET
        else:
            hybrid_boundary_margin = self.hybrid_boundary_margin

        keyword_tier_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.keyword_tier_rules, Unset):
            keyword_tier_rules = UNSET
        elif isinstance(self.keyword_tier_rules, list):
            keyword_tier_rules = []
            for keyword_tier_rules_type_0_item_data in self.keyword_tier_rules:
                keyword_tier_rules_type_0_item = keyword_tier_rules_type_0_item_data.to_dict()
                keyword_tier_rules.append(keyword_tier_rules_type_0_item)

        else:
            keyword_tier_rules = self.keyword_tier_rules

        llm_v2_config: dict[str, Any] | None | Unset
        if isinstance(self.llm_v2_config, Unset):
            llm_v2_config = UNSET
        elif isinstance(self.llm_v2_config, LLMV2Config):
            llm_v2_config = self.llm_v2_config.to_dict()
        else:
            llm_v2_config = self.llm_v2_config

        local_heuristic: None | str | Unset
        if isinstance(self.local_heuristic, Unset):
            local_heuristic = UNSET
        elif isinstance(self.local_heuristic, RequestComplexityRouterConfigLocalHeuristicType0):
            local_heuristic = self.local_heuristic.value
        else:
            local_heuristic = self.local_heuristic

        match_threshold = self.match_threshold

        max_tokens_from_tier_model: bool | Literal["clamp"] | Unset
        if isinstance(self.max_tokens_from_tier_model, Unset):
            max_tokens_from_tier_model = UNSET
        else:
            max_tokens_from_tier_model = self.max_tokens_from_tier_model

        modality_pin_override = self.modality_pin_override

        modality_routing = self.modality_routing

        opensource_classifier_config: dict[str, Any] | None | Unset
        if isinstance(self.opensource_classifier_config, Unset):
            opensource_classifier_config = UNSET
        elif isinstance(self.opensource_classifier_config, OpenSourceClassifierConfig):
            opensource_classifier_config = self.opensource_classifier_config.to_dict()
        else:
            opensource_classifier_config = self.opensource_classifier_config

        plan_mode_min_tier: None | str | Unset
        if isinstance(self.plan_mode_min_tier, Unset):
            plan_mode_min_tier = UNSET
        else:
            plan_mode_min_tier = self.plan_mode_min_tier

        plan_mode_patterns: list[str] | None | Unset
        if isinstance(self.plan_mode_patterns, Unset):
            plan_mode_patterns = UNSET
        elif isinstance(self.plan_mode_patterns, list):
            plan_mode_patterns = self.plan_mode_patterns

        else:
            plan_mode_patterns = self.plan_mode_patterns

        plugins = self.plugins

        reasoning_keywords: list[str] | None | Unset
        if isinstance(self.reasoning_keywords, Unset):
            reasoning_keywords = UNSET
        elif isinstance(self.reasoning_keywords, list):
            reasoning_keywords = self.reasoning_keywords

        else:
            reasoning_keywords = self.reasoning_keywords

        reasoning_override_min_score: float | None | Unset
        if isinstance(self.reasoning_override_min_score, Unset):
            reasoning_override_min_score = UNSET
        else:
            reasoning_override_min_score = self.reasoning_override_min_score

        reminder_markers: list[dict[str, Any]] | None | Unset
        if isinstance(self.reminder_markers, Unset):
            reminder_markers = UNSET
        elif isinstance(self.reminder_markers, list):
            reminder_markers = []
            for reminder_markers_type_0_item_data in self.reminder_markers:
                reminder_markers_type_0_item = reminder_markers_type_0_item_data.to_dict()
                reminder_markers.append(reminder_markers_type_0_item)

        else:
            reminder_markers = self.reminder_markers

        return_raw_model_name = self.return_raw_model_name

        route_housekeeping_to_cheapest_tier = self.route_housekeeping_to_cheapest_tier

        semantic_keyword_matching = self.semantic_keyword_matching

        session_affinity = self.session_affinity

        session_affinity_ttl_seconds = self.session_affinity_ttl_seconds

        simple_keywords: list[str] | None | Unset
        if isinstance(self.simple_keywords, Unset):
            simple_keywords = UNSET
        elif isinstance(self.simple_keywords, list):
            simple_keywords = self.simple_keywords

        else:
            simple_keywords = self.simple_keywords

        stall_escalation_enabled = self.stall_escalation_enabled

        stall_escalation_repeat_threshold = self.stall_escalation_repeat_threshold

        stall_escalation_window = self.stall_escalation_window

        technical_keywords: list[str] | None | Unset
        if isinstance(self.technical_keywords, Unset):
            technical_keywords = UNSET
        elif isinstance(self.technical_keywords, list):
            technical_keywords = self.technical_keywords

        else:
            technical_keywords = self.technical_keywords

        tier_boundaries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_boundaries, Unset):
            tier_boundaries = self.tier_boundaries.to_dict()

        tier_definitions: list[dict[str, Any]] | None | Unset
        if isinstance(self.tier_definitions, Unset):
            tier_definitions = UNSET
        elif isinstance(self.tier_definitions, list):
            tier_definitions = []
            for tier_definitions_type_0_item_data in self.tier_definitions:
                tier_definitions_type_0_item = tier_definitions_type_0_item_data.to_dict()
                tier_definitions.append(tier_definitions_type_0_item)

        else:
            tier_definitions = self.tier_definitions

        tier_distance_penalty = self.tier_distance_penalty

        tier_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_labels, Unset):
            tier_labels = self.tier_labels.to_dict()

        tier_model_configs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_model_configs, Unset):
            tier_model_configs = self.tier_model_configs.to_dict()

        tiers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = self.tiers.to_dict()

        token_thresholds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token_thresholds, Unset):
            token_thresholds = self.token_thresholds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if adaptive is not UNSET:
            field_dict["adaptive"] = adaptive
        if adaptive_eligible is not UNSET:
            field_dict["adaptive_eligible"] = adaptive_eligible
        if adaptive_weights is not UNSET:
            field_dict["adaptive_weights"] = adaptive_weights
        if cache_aware_routing is not UNSET:
            field_dict["cache_aware_routing"] = cache_aware_routing
        if cache_aware_routing_output_tokens is not UNSET:
            field_dict["cache_aware_routing_output_tokens"] = cache_aware_routing_output_tokens
        if cache_aware_routing_timeout_ms is not UNSET:
            field_dict["cache_aware_routing_timeout_ms"] = cache_aware_routing_timeout_ms
        if capability_classifier_config is not UNSET:
            field_dict["capability_classifier_config"] = capability_classifier_config
        if classification_examples is not UNSET:
            field_dict["classification_examples"] = classification_examples
        if classification_mode is not UNSET:
            field_dict["classification_mode"] = classification_mode
        if classification_prompt is not UNSET:
            field_dict["classification_prompt"] = classification_prompt
        if classifier_context_budget_chars is not UNSET:
            field_dict["classifier_context_budget_chars"] = classifier_context_budget_chars
        if classifier_context_include_assistant_turns is not UNSET:
            field_dict["classifier_context_include_assistant_turns"] = classifier_context_include_assistant_turns
        if classifier_context_per_turn_chars is not UNSET:
            field_dict["classifier_context_per_turn_chars"] = classifier_context_per_turn_chars
        if classifier_context_window_size is not UNSET:
            field_dict["classifier_context_window_size"] = classifier_context_window_size
        if classifier_fallback is not UNSET:
            field_dict["classifier_fallback"] = classifier_fallback
        if classifier_llm_config is not UNSET:
            field_dict["classifier_llm_config"] = classifier_llm_config
        if classifier_plugin is not UNSET:
            field_dict["classifier_plugin"] = classifier_plugin
        if classifier_plugin_timeout_ms is not UNSET:
            field_dict["classifier_plugin_timeout_ms"] = classifier_plugin_timeout_ms
        if classifier_type is not UNSET:
            field_dict["classifier_type"] = classifier_type
        if code_keywords is not UNSET:
            field_dict["code_keywords"] = code_keywords
        if context_compaction is not UNSET:
            field_dict["context_compaction"] = context_compaction
        if context_window_escalation_buffer is not UNSET:
            field_dict["context_window_escalation_buffer"] = context_window_escalation_buffer
        if custom_dimensions is not UNSET:
            field_dict["custom_dimensions"] = custom_dimensions
        if custom_technical_keywords is not UNSET:
            field_dict["custom_technical_keywords"] = custom_technical_keywords
        if default_model is not UNSET:
            field_dict["default_model"] = default_model
        if deployment_affinity is not UNSET:
            field_dict["deployment_affinity"] = deployment_affinity
        if dimension_weights is not UNSET:
            field_dict["dimension_weights"] = dimension_weights
        if embedding_model is not UNSET:
            field_dict["embedding_model"] = embedding_model
        if enable_context_window_escalation is not UNSET:
            field_dict["enable_context_window_escalation"] = enable_context_window_escalation
        if enable_non_reasoning_tier is not UNSET:
            field_dict["enable_non_reasoning_tier"] = enable_non_reasoning_tier
        if escalation_keywords is not UNSET:
            field_dict["escalation_keywords"] = escalation_keywords
        if fallback_tier is not UNSET:
            field_dict["fallback_tier"] = fallback_tier
        if heuristic_first_max_tier is not UNSET:
            field_dict["heuristic_first_max_tier"] = heuristic_first_max_tier
        if heuristic_v2_artifact is not UNSET:
            field_dict["heuristic_v2_artifact"] = heuristic_v2_artifact
        if heuristic_v2_success_threshold is not UNSET:
            field_dict["heuristic_v2_success_threshold"] = heuristic_v2_success_threshold
        if housekeeping_patterns is not UNSET:
            field_dict["housekeeping_patterns"] = housekeeping_patterns
        if hybrid_boundary_margin is not UNSET:
            field_dict["hybrid_boundary_margin"] = hybrid_boundary_margin
        if keyword_tier_rules is not UNSET:
            field_dict["keyword_tier_rules"] = keyword_tier_rules
        if llm_v2_config is not UNSET:
            field_dict["llm_v2_config"] = llm_v2_config
        if local_heuristic is not UNSET:
            field_dict["local_heuristic"] = local_heuristic
        if match_threshold is not UNSET:
            field_dict["match_threshold"] = match_threshold
        if max_tokens_from_tier_model is not UNSET:
            field_dict["max_tokens_from_tier_model"] = max_tokens_from_tier_model
        if modality_pin_override is not UNSET:
            field_dict["modality_pin_override"] = modality_pin_override
        if modality_routing is not UNSET:
            field_dict["modality_routing"] = modality_routing
        if opensource_classifier_config is not UNSET:
            field_dict["opensource_classifier_config"] = opensource_classifier_config
        if plan_mode_min_tier is not UNSET:
            field_dict["plan_mode_min_tier"] = plan_mode_min_tier
        if plan_mode_patterns is not UNSET:
            field_dict["plan_mode_patterns"] = plan_mode_patterns
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if reasoning_keywords is not UNSET:
            field_dict["reasoning_keywords"] = reasoning_keywords
        if reasoning_override_min_score is not UNSET:
            field_dict["reasoning_override_min_score"] = reasoning_override_min_score
        if reminder_markers is not UNSET:
            field_dict["reminder_markers"] = reminder_markers
        if return_raw_model_name is not UNSET:
            field_dict["return_raw_model_name"] = return_raw_model_name
        if route_housekeeping_to_cheapest_tier is not UNSET:
            field_dict["route_housekeeping_to_cheapest_tier"] = route_housekeeping_to_cheapest_tier
        if semantic_keyword_matching is not UNSET:
            field_dict["semantic_keyword_matching"] = semantic_keyword_matching
        if session_affinity is not UNSET:
            field_dict["session_affinity"] = session_affinity
        if session_affinity_ttl_seconds is not UNSET:
            field_dict["session_affinity_ttl_seconds"] = session_affinity_ttl_seconds
        if simple_keywords is not UNSET:
            field_dict["simple_keywords"] = simple_keywords
        if stall_escalation_enabled is not UNSET:
            field_dict["stall_escalation_enabled"] = stall_escalation_enabled
        if stall_escalation_repeat_threshold is not UNSET:
            field_dict["stall_escalation_repeat_threshold"] = stall_escalation_repeat_threshold
        if stall_escalation_window is not UNSET:
            field_dict["stall_escalation_window"] = stall_escalation_window
        if technical_keywords is not UNSET:
            field_dict["technical_keywords"] = technical_keywords
        if tier_boundaries is not UNSET:
            field_dict["tier_boundaries"] = tier_boundaries
        if tier_definitions is not UNSET:
            field_dict["tier_definitions"] = tier_definitions
        if tier_distance_penalty is not UNSET:
            field_dict["tier_distance_penalty"] = tier_distance_penalty
        if tier_labels is not UNSET:
            field_dict["tier_labels"] = tier_labels
        if tier_model_configs is not UNSET:
            field_dict["tier_model_configs"] = tier_model_configs
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if token_thresholds is not UNSET:
            field_dict["token_thresholds"] = token_thresholds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adaptive_router_weights import AdaptiveRouterWeights  # noqa: PLC0415
        from ..models.capability_classifier_config import CapabilityClassifierConfig  # noqa: PLC0415
        from ..models.classifier_llm_config import ClassifierLLMConfig  # noqa: PLC0415
        from ..models.context_compaction_config import ContextCompactionConfig  # noqa: PLC0415
        from ..models.custom_dimension import CustomDimension  # noqa: PLC0415
        from ..models.keyword_tier_rule import KeywordTierRule  # noqa: PLC0415
        from ..models.llmv2_config import LLMV2Config  # noqa: PLC0415
        from ..models.open_source_classifier_config import OpenSourceClassifierConfig  # noqa: PLC0415
        from ..models.reminder_marker_pair import ReminderMarkerPair  # noqa: PLC0415
        from ..models.request_complexity_router_config_dimension_weights import (
            RequestComplexityRouterConfigDimensionWeights,  # noqa: PLC0415
        )
        from ..models.request_complexity_router_config_tier_boundaries import (
            RequestComplexityRouterConfigTierBoundaries,  # noqa: PLC0415
        )
        from ..models.request_complexity_router_config_tier_labels import RequestComplexityRouterConfigTierLabels  # noqa: PLC0415
        from ..models.request_complexity_router_config_tier_model_configs import (
            RequestComplexityRouterConfigTierModelConfigs,  # noqa: PLC0415
        )
        from ..models.request_complexity_router_config_tiers import RequestComplexityRouterConfigTiers  # noqa: PLC0415
        from ..models.request_complexity_router_config_token_thresholds import (
            RequestComplexityRouterConfigTokenThresholds,  # noqa: PLC0415
        )
        from ..models.tier_definition import TierDefinition  # noqa: PLC0415
        from ..models.trained_tier_artifact import TrainedTierArtifact  # noqa: PLC0415

        d = dict(src_dict)
        adaptive = d.pop("adaptive", UNSET)

        _adaptive_eligible = d.pop("adaptive_eligible", UNSET)
        adaptive_eligible: RequestComplexityRouterConfigAdaptiveEligible | Unset
        if isinstance(_adaptive_eligible, Unset):
            adaptive_eligible = UNSET
        else:
            adaptive_eligible = RequestComplexityRouterConfigAdaptiveEligible(_adaptive_eligible)

        _adaptive_weights = d.pop("adaptive_weights", UNSET)
        adaptive_weights: AdaptiveRouterWeights | Unset
        if isinstance(_adaptive_weights, Unset):
            adaptive_weights = UNSET
        else:
            adaptive_weights = AdaptiveRouterWeights.from_dict(_adaptive_weights)

        cache_aware_routing = d.pop("cache_aware_routing", UNSET)

        cache_aware_routing_output_tokens = d.pop("cache_aware_routing_output_tokens", UNSET)

        cache_aware_routing_timeout_ms = d.pop("cache_aware_routing_timeout_ms", UNSET)

        def _parse_capability_classifier_config(data: object) -> CapabilityClassifierConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capability_classifier_config_type_0 = CapabilityClassifierConfig.from_dict(data)

                return capability_classifier_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CapabilityClassifierConfig | None | Unset, data)

        capability_classifier_config = _parse_capability_classifier_config(d.pop("capability_classifier_config", UNSET))

        def _parse_classification_examples(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_examples = _parse_classification_examples(d.pop("classification_examples", UNSET))

        _classification_mode = d.pop("classification_mode", UNSET)
        classification_mode: RequestComplexityRouterConfigClassificationMode | Unset
        if isinstance(_classification_mode, Unset):
            classification_mode = UNSET
        else:
            classification_mode = RequestComplexityRouterConfigClassificationMode(_classification_mode)

        def _parse_classification_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_prompt = _parse_classification_prompt(d.pop("classification_prompt", UNSET))

        classifier_context_budget_chars = d.pop("classifier_context_budget_chars", UNSET)

        classifier_context_include_assistant_turns = d.pop("classifier_context_include_assistant_turns", UNSET)

        def _parse_classifier_context_per_turn_chars(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        classifier_context_per_turn_chars = _parse_classifier_context_per_turn_chars(
            d.pop("classifier_context_per_turn_chars", UNSET)
        )

        classifier_context_window_size = d.pop("classifier_context_window_size", UNSET)

        _classifier_fallback = d.pop("classifier_fallback", UNSET)
        classifier_fallback: RequestComplexityRouterConfigClassifierFallback | Unset
        if isinstance(_classifier_fallback, Unset):
            classifier_fallback = UNSET
        else:
            classifier_fallback = RequestComplexityRouterConfigClassifierFallback(_classifier_fallback)

        def _parse_classifier_llm_config(data: object) -> ClassifierLLMConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                classifier_llm_config_type_0 = ClassifierLLMConfig.from_dict(data)

                return classifier_llm_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassifierLLMConfig | None | Unset, data)

        classifier_llm_config = _parse_classifier_llm_config(d.pop("classifier_llm_config", UNSET))

        classifier_plugin = d.pop("classifier_plugin", UNSET)

        classifier_plugin_timeout_ms = d.pop("classifier_plugin_timeout_ms", UNSET)

        _classifier_type = d.pop("classifier_type", UNSET)
        classifier_type: RequestComplexityRouterConfigClassifierType | Unset
        if isinstance(_classifier_type, Unset):
            classifier_type = UNSET
        else:
            classifier_type = RequestComplexityRouterConfigClassifierType(_classifier_type)

        def _parse_code_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                code_keywords_type_0 = cast(list[str], data)

                return code_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        code_keywords = _parse_code_keywords(d.pop("code_keywords", UNSET))

        def _parse_context_compaction(data: object) -> bool | ContextCompactionConfig | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                context_compaction_type_0 = ContextCompactionConfig.from_dict(data)

                return context_compaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | ContextCompactionConfig | Unset, data)

        context_compaction = _parse_context_compaction(d.pop("context_compaction", UNSET))

        context_window_escalation_buffer = d.pop("context_window_escalation_buffer", UNSET)

        _custom_dimensions = d.pop("custom_dimensions", UNSET)
        custom_dimensions: list[CustomDimension] | Unset = UNSET
        if _custom_dimensions is not UNSET:
            custom_dimensions = []
            for custom_dimensions_item_data in _custom_dimensions:
                custom_dimensions_item = CustomDimension.from_dict(custom_dimensions_item_data)

                custom_dimensions.append(custom_dimensions_item)

        def _parse_custom_technical_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_technical_keywords_type_0 = cast(list[str], data)

                return custom_technical_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        custom_technical_keywords = _parse_custom_technical_keywords(d.pop("custom_technical_keywords", UNSET))

        def _parse_default_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_model = _parse_default_model(d.pop("default_model", UNSET))

        deployment_affinity = d.pop("deployment_affinity", UNSET)

        _dimension_weights = d.pop("dimension_weights", UNSET)
        dimension_weights: RequestComplexityRouterConfigDimensionWeights | Unset
        if isinstance(_dimension_weights, Unset):
            dimension_weights = UNSET
        else:
            dimension_weights = RequestComplexityRouterConfigDimensionWeights.from_dict(_dimension_weights)

        def _parse_embedding_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        embedding_model = _parse_embedding_model(d.pop("embedding_model", UNSET))

        enable_context_window_escalation = d.pop("enable_context_window_escalation", UNSET)

        enable_non_reasoning_tier = d.pop("enable_non_reasoning_tier", UNSET)

        def _parse_escalation_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                escalation_keywords_type_0 = cast(list[str], data)

                return escalation_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        escalation_keywords = _parse_escalation_keywords(d.pop("escalation_keywords", UNSET))

        def _parse_fallback_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fallback_tier = _parse_fallback_tier(d.pop("fallback_tier", UNSET))

        def _parse_heuristic_first_max_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        heuristic_first_max_tier = _parse_heuristic_first_max_tier(d.pop("heuristic_first_max_tier", UNSET))

        def _parse_heuristic_v2_artifact(data: object) -> Literal["ultrafeedback"] | TrainedTierArtifact | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                heuristic_v2_artifact_type_0 = TrainedTierArtifact.from_dict(data)

                return heuristic_v2_artifact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            heuristic_v2_artifact_type_1 = cast(Literal["ultrafeedback"], data)
            if heuristic_v2_artifact_type_1 != "ultrafeedback":
                raise ValueError(
                    f"heuristic_v2_artifact_type_1 must match const 'ultrafeedback', got '{heuristic_v2_artifact_type_1}'"
                )
            return heuristic_v2_artifact_type_1

        heuristic_v2_artifact = _parse_heuristic_v2_artifact(d.pop("heuristic_v2_artifact", UNSET))

        def _parse_heuristic_v2_success_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        heuristic_v2_success_threshold = _parse_heuristic_v2_success_threshold(
            d.pop("heuristic_v2_success_threshold", UNSET)
        )

        def _parse_housekeeping_patterns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                housekeeping_patterns_type_0 = cast(list[str], data)

                return housekeeping_patterns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        housekeeping_patterns = _parse_housekeeping_patterns(d.pop("housekeeping_patterns", UNSET))

        def _parse_hybrid_boundary_margin(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        hybrid_boundary_margin = _parse_hybrid_boundary_margin(d.pop("hybrid_boundary_margin", UNSET))

        def _parse_keyword_tier_rules(data: object) -> list[KeywordTierRule] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keyword_tier_rules_type_0 = []
                _keyword_tier_rules_type_0 = data
                for keyword_tier_rules_type_0_item_data in _keyword_tier_rules_type_0:
                    keyword_tier_rules_type_0_item = KeywordTierRule.from_dict(keyword_tier_rules_type_0_item_data)

                    keyword_tier_rules_type_0.append(keyword_tier_rules_type_0_item)

                return keyword_tier_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[KeywordTierRule] | None | Unset, data)

        keyword_tier_rules = _parse_keyword_tier_rules(d.pop("keyword_tier_rules", UNSET))

        def _parse_llm_v2_config(data: object) -> LLMV2Config | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_v2_config_type_0 = LLMV2Config.from_dict(data)

                return llm_v2_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LLMV2Config | None | Unset, data)

        llm_v2_config = _parse_llm_v2_config(d.pop("llm_v2_config", UNSET))

        def _parse_local_heuristic(data: object) -> None | RequestComplexityRouterConfigLocalHeuristicType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                local_heuristic_type_0 = RequestComplexityRouterConfigLocalHeuristicType0(data)

                return local_heuristic_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestComplexityRouterConfigLocalHeuristicType0 | Unset, data)

        local_heuristic = _parse_local_heuristic(d.pop("local_heuristic", UNSET))

        match_threshold = d.pop("match_threshold", UNSET)

        def _parse_max_tokens_from_tier_model(data: object) -> bool | Literal["clamp"] | Unset:
            if isinstance(data, Unset):
                return data
            max_tokens_from_tier_model_type_1 = cast(Literal["clamp"], data)
            if max_tokens_from_tier_model_type_1 != "clamp":
                raise ValueError(
                    f"max_tokens_from_tier_model_type_1 must match const 'clamp', got '{max_tokens_from_tier_model_type_1}'"
                )
            return max_tokens_from_tier_model_type_1
            return cast(bool | Literal["clamp"] | Unset, data)

        max_tokens_from_tier_model = _parse_max_tokens_from_tier_model(d.pop("max_tokens_from_tier_model", UNSET))

        modality_pin_override = d.pop("modality_pin_override", UNSET)

        modality_routing = d.pop("modality_routing", UNSET)

        def _parse_opensource_classifier_config(data: object) -> None | OpenSourceClassifierConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opensource_classifier_config_type_0 = OpenSourceClassifierConfig.from_dict(data)

                return opensource_classifier_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenSourceClassifierConfig | Unset, data)

        opensource_classifier_config = _parse_opensource_classifier_config(d.pop("opensource_classifier_config", UNSET))

        def _parse_plan_mode_min_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_mode_min_tier = _parse_plan_mode_min_tier(d.pop("plan_mode_min_tier", UNSET))

        def _parse_plan_mode_patterns(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                plan_mode_patterns_type_0 = cast(list[str], data)

                return plan_mode_patterns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        plan_mode_patterns = _parse_plan_mode_patterns(d.pop("plan_mode_patterns", UNSET))

        plugins = d.pop("plugins", UNSET)

        def _parse_reasoning_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reasoning_keywords_type_0 = cast(list[str], data)

                return reasoning_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        reasoning_keywords = _parse_reasoning_keywords(d.pop("reasoning_keywords", UNSET))

        def _parse_reasoning_override_min_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        reasoning_override_min_score = _parse_reasoning_override_min_score(d.pop("reasoning_override_min_score", UNSET))

        def _parse_reminder_markers(data: object) -> list[ReminderMarkerPair] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reminder_markers_type_0 = []
                _reminder_markers_type_0 = data
                for reminder_markers_type_0_item_data in _reminder_markers_type_0:
                    reminder_markers_type_0_item = ReminderMarkerPair.from_dict(reminder_markers_type_0_item_data)

                    reminder_markers_type_0.append(reminder_markers_type_0_item)

                return reminder_markers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReminderMarkerPair] | None | Unset, data)

        reminder_markers = _parse_reminder_markers(d.pop("reminder_markers", UNSET))

        return_raw_model_name = d.pop("return_raw_model_name", UNSET)

        route_housekeeping_to_cheapest_tier = d.pop("route_housekeeping_to_cheapest_tier", UNSET)

        semantic_keyword_matching = d.pop("semantic_keyword_matching", UNSET)

        session_affinity = d.pop("session_affinity", UNSET)

        session_affinity_ttl_seconds = d.pop("session_affinity_ttl_seconds", UNSET)

        def _parse_simple_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                simple_keywords_type_0 = cast(list[str], data)

                return simple_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        simple_keywords = _parse_simple_keywords(d.pop("simple_keywords", UNSET))

        stall_escalation_enabled = d.pop("stall_escalation_enabled", UNSET)

        stall_escalation_repeat_threshold = d.pop("stall_escalation_repeat_threshold", UNSET)

        stall_escalation_window = d.pop("stall_escalation_window", UNSET)

        def _parse_technical_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                technical_keywords_type_0 = cast(list[str], data)

                return technical_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        technical_keywords = _parse_technical_keywords(d.pop("technical_keywords", UNSET))

        _tier_boundaries = d.pop("tier_boundaries", UNSET)
        tier_boundaries: RequestComplexityRouterConfigTierBoundaries | Unset
        if isinstance(_tier_boundaries, Unset):
            tier_boundaries = UNSET
        else:
            tier_boundaries = RequestComplexityRouterConfigTierBoundaries.from_dict(_tier_boundaries)

        def _parse_tier_definitions(data: object) -> list[TierDefinition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tier_definitions_type_0 = []
                _tier_definitions_type_0 = data
                for tier_definitions_type_0_item_data in _tier_definitions_type_0:
                    tier_definitions_type_0_item = TierDefinition.from_dict(tier_definitions_type_0_item_data)

                    tier_definitions_type_0.append(tier_definitions_type_0_item)

                return tier_definitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TierDefinition] | None | Unset, data)

        tier_definitions = _parse_tier_definitions(d.pop("tier_definitions", UNSET))

        tier_distance_penalty = d.pop("tier_distance_penalty", UNSET)

        _tier_labels = d.pop("tier_labels", UNSET)
        tier_labels: RequestComplexityRouterConfigTierLabels | Unset
        if isinstance(_tier_labels, Unset):
            tier_labels = UNSET
        else:
            tier_labels = RequestComplexityRouterConfigTierLabels.from_dict(_tier_labels)

        _tier_model_configs = d.pop("tier_model_configs", UNSET)
        tier_model_configs: RequestComplexityRouterConfigTierModelConfigs | Unset
        if isinstance(_tier_model_configs, Unset):
            tier_model_configs = UNSET
        else:
            tier_model_configs = RequestComplexityRouterConfigTierModelConfigs.from_dict(_tier_model_configs)

        _tiers = d.pop("tiers", UNSET)
        tiers: RequestComplexityRouterConfigTiers | Unset
        if isinstance(_tiers, Unset):
            tiers = UNSET
        else:
            tiers = RequestComplexityRouterConfigTiers.from_dict(_tiers)

        _token_thresholds = d.pop("token_thresholds", UNSET)
        token_thresholds: RequestComplexityRouterConfigTokenThresholds | Unset
        if isinstance(_token_thresholds, Unset):
            token_thresholds = UNSET
        else:
            token_thresholds = RequestComplexityRouterConfigTokenThresholds.from_dict(_token_thresholds)

        request_complexity_router_config = cls(
            adaptive=adaptive,
            adaptive_eligible=adaptive_eligible,
            adaptive_weights=adaptive_weights,
            cache_aware_routing=cache_aware_routing,
            cache_aware_routing_output_tokens=cache_aware_routing_output_tokens,
            cache_aware_routing_timeout_ms=cache_aware_routing_timeout_ms,
            capability_classifier_config=capability_classifier_config,
            classification_examples=classification_examples,
            classification_mode=classification_mode,
            classification_prompt=classification_prompt,
            classifier_context_budget_chars=classifier_context_budget_chars,
            classifier_context_include_assistant_turns=classifier_context_include_assistant_turns,
            classifier_context_per_turn_chars=classifier_context_per_turn_chars,
            classifier_context_window_size=classifier_context_window_size,
            classifier_fallback=classifier_fallback,
            classifier_llm_config=classifier_llm_config,
            classifier_plugin=classifier_plugin,
            classifier_plugin_timeout_ms=classifier_plugin_timeout_ms,
            classifier_type=classifier_type,
            code_keywords=code_keywords,
            context_compaction=context_compaction,
            context_window_escalation_buffer=context_window_escalation_buffer,
            custom_dimensions=custom_dimensions,
            custom_technical_keywords=custom_technical_keywords,
            default_model=default_model,
            deployment_affinity=deployment_affinity,
            dimension_weights=dimension_weights,
            embedding_model=embedding_model,
            enable_context_window_escalation=enable_context_window_escalation,
            enable_non_reasoning_tier=enable_non_reasoning_tier,
            escalation_keywords=escalation_keywords,
            fallback_tier=fallback_tier,
            heuristic_first_max_tier=heuristic_first_max_tier,
            heuristic_v2_artifact=heuristic_v2_artifact,
            heuristic_v2_success_threshold=heuristic_v2_success_threshold,
            housekeeping_patterns=housekeeping_patterns,
            hybrid_boundary_margin=hybrid_boundary_margin,
            keyword_tier_rules=keyword_tier_rules,
            llm_v2_config=llm_v2_config,
            local_heuristic=local_heuristic,
            match_threshold=match_threshold,
            max_tokens_from_tier_model=max_tokens_from_tier_model,
            modality_pin_override=modality_pin_override,
            modality_routing=modality_routing,
            opensource_classifier_config=opensource_classifier_config,
            plan_mode_min_tier=plan_mode_min_tier,
            plan_mode_patterns=plan_mode_patterns,
            plugins=plugins,
            reasoning_keywords=reasoning_keywords,
            reasoning_override_min_score=reasoning_override_min_score,
            reminder_markers=reminder_markers,
            return_raw_model_name=return_raw_model_name,
            route_housekeeping_to_cheapest_tier=route_housekeeping_to_cheapest_tier,
            semantic_keyword_matching=semantic_keyword_matching,
            session_affinity=session_affinity,
            session_affinity_ttl_seconds=session_affinity_ttl_seconds,
            simple_keywords=simple_keywords,
            stall_escalation_enabled=stall_escalation_enabled,
            stall_escalation_repeat_threshold=stall_escalation_repeat_threshold,
            stall_escalation_window=stall_escalation_window,
            technical_keywords=technical_keywords,
            tier_boundaries=tier_boundaries,
            tier_definitions=tier_definitions,
            tier_distance_penalty=tier_distance_penalty,
            tier_labels=tier_labels,
            tier_model_configs=tier_model_configs,
            tiers=tiers,
            token_thresholds=token_thresholds,
        )

        request_complexity_router_config.additional_properties = d
        return request_complexity_router_config

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
