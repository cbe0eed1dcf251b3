from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_logging_routing_decision_cause import StandardLoggingRoutingDecisionCause
from ..models.standard_logging_routing_decision_classifier_failure_reason import (
    StandardLoggingRoutingDecisionClassifierFailureReason,
)
from ..models.standard_logging_routing_decision_router_type import StandardLoggingRoutingDecisionRouterType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_logging_heuristic_v2_forecast import StandardLoggingHeuristicV2Forecast
    from ..models.standard_logging_routing_decision_classifier_probabilities import (
        StandardLoggingRoutingDecisionClassifierProbabilities,
    )
    from ..models.standard_logging_routing_decision_tier_boundaries import StandardLoggingRoutingDecisionTierBoundaries
    from ..models.standard_logging_routing_decision_tier_litellm_params import (
        StandardLoggingRoutingDecisionTierLitellmParams,
    )


T = TypeVar("T", bound="StandardLoggingRoutingDecision")


@_attrs_define
class StandardLoggingRoutingDecision:
    """Per-request provenance for a pre-routing strategy (auto-router) decision.

    Attributes:
        cause (StandardLoggingRoutingDecisionCause | Unset):
        classifier_calibrated_capable_p_solve (float | Unset):
        classifier_calibrated_efficient_p_solve (float | Unset):
        classifier_calibrated_p_solve (float | Unset):
        classifier_calibration_version (str | Unset):
        classifier_capability_boundary (str | Unset):
        classifier_capable_p_solve (float | Unset):
        classifier_confidence (float | Unset):
        classifier_cost (float | Unset):
        classifier_crux (str | Unset):
        classifier_efficient_p_solve (float | Unset):
        classifier_error_type (str | Unset):
        classifier_failure_reason (StandardLoggingRoutingDecisionClassifierFailureReason | Unset):
        classifier_input_budget_status (str | Unset):
        classifier_input_budget_tokens (int | Unset):
        classifier_input_count_method (str | Unset):
        classifier_input_tokens (int | Unset):
        classifier_input_truncated (bool | Unset):
        classifier_max_quality_gap (float | Unset):
        classifier_model (str | Unset):
        classifier_p_solve (float | Unset):
        classifier_primary_rule (str | Unset):
        classifier_probabilities (StandardLoggingRoutingDecisionClassifierProbabilities | Unset):
        classifier_prompt_version (str | Unset):
        classifier_threshold (float | Unset):
        context_escalated (bool | Unset):
        context_escalation_original_tier (str | Unset):
        conversation_continuing (bool | Unset):
        escalated (bool | Unset):
        escalation_keyword (str | Unset):
        heuristic_v2_forecast (StandardLoggingHeuristicV2Forecast | Unset):
        matched_keyword (str | Unset):
        reasoning_override_min_score (float | Unset):
        request_type (str | Unset):
        routed_model (str | Unset):
        router_config_fingerprint (str | Unset):
        router_config_id (str | Unset):
        router_config_updated_at (str | Unset):
        router_model_name (str | Unset):
        router_type (StandardLoggingRoutingDecisionRouterType | Unset):
        savings_baseline_deployment_id (str | Unset):
        savings_baseline_model (str | Unset):
        score (float | Unset):
        signals (list[str] | Unset):
        switchyard_algorithm (str | Unset):
        switchyard_evidence (Any | Unset):
        switchyard_fallback_reason (str | Unset):
        tier (str | Unset):
        tier_boundaries (StandardLoggingRoutingDecisionTierBoundaries | Unset): Snapshot of the complexity scorer's tier
            boundaries at decision time, so a
            historical spend log row stays explainable after the router config changes.
        tier_label (str | Unset):
        tier_litellm_params (StandardLoggingRoutingDecisionTierLitellmParams | Unset):
    """

    cause: StandardLoggingRoutingDecisionCause | Unset = UNSET
    classifier_calibrated_capable_p_solve: float | Unset = UNSET
    classifier_calibrated_efficient_p_solve: float | Unset = UNSET
    classifier_calibrated_p_solve: float | Unset = UNSET
    classifier_calibration_version: str | Unset = UNSET
    classifier_capability_boundary: str | Unset = UNSET
    classifier_capable_p_solve: float | Unset = UNSET
    classifier_confidence: float | Unset = UNSET
    classifier_cost: float | Unset = UNSET
    classifier_crux: str | Unset = UNSET
    classifier_efficient_p_solve: float | Unset = UNSET
    classifier_error_type: str | Unset = UNSET
    classifier_failure_reason: StandardLoggingRoutingDecisionClassifierFailureReason | Unset = UNSET
    classifier_input_budget_status: str | Unset = UNSET
    classifier_input_budget_tokens: int | Unset = UNSET
    classifier_input_count_method: str | Unset = UNSET
    classifier_input_tokens: int | Unset = UNSET
    classifier_input_truncated: bool | Unset = UNSET
    classifier_max_quality_gap: float | Unset = UNSET
    classifier_model: str | Unset = UNSET
    classifier_p_solve: float | Unset = UNSET
    classifier_primary_rule: str | Unset = UNSET
    classifier_probabilities: StandardLoggingRoutingDecisionClassifierProbabilities | Unset = UNSET
    classifier_prompt_version: str | Unset = UNSET
    classifier_threshold: float | Unset = UNSET
    context_escalated: bool | Unset = UNSET
    context_escalation_original_tier: str | Unset = UNSET
    conversation_continuing: bool | Unset = UNSET
    escalated: bool | Unset = UNSET
    escalation_keyword: str | Unset = UNSET
    heuristic_v2_forecast: StandardLoggingHeuristicV2Forecast | Unset = UNSET
    matched_keyword: str | Unset = UNSET
    reasoning_override_min_score: float | Unset = UNSET
    request_type: str | Unset = UNSET
    routed_model: str | Unset = UNSET
    router_config_fingerprint: str | Unset = UNSET
    router_config_id: str | Unset = UNSET
    router_config_updated_at: str | Unset = UNSET
    router_model_name: str | Unset = UNSET
    router_type: StandardLoggingRoutingDecisionRouterType | Unset = UNSET
    savings_baseline_deployment_id: str | Unset = UNSET
    savings_baseline_model: str | Unset = UNSET
    score: float | Unset = UNSET
    signals: list[str] | Unset = UNSET
    switchyard_algorithm: str | Unset = UNSET
    switchyard_evidence: Any | Unset = UNSET
    switchyard_fallback_reason: str | Unset = UNSET
    tier: str | Unset = UNSET
    tier_boundaries: StandardLoggingRoutingDecisionTierBoundaries | Unset = UNSET
    tier_label: str | Unset = UNSET
    tier_litellm_params: StandardLoggingRoutingDecisionTierLitellmParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cause: str | Unset = UNSET
        if not isinstance(self.cause, Unset):
            cause = self.cause.value

        classifier_calibrated_capable_p_solve = self.classifier_calibrated_capable_p_solve

        classifier_calibrated_efficient_p_solve = self.classifier_calibrated_efficient_p_solve

        classifier_calibrated_p_solve = self.classifier_calibrated_p_solve

        classifier_calibration_version = self.classifier_calibration_version

        classifier_capability_boundary = self.classifier_capability_boundary

        classifier_capable_p_solve = self.classifier_capable_p_solve

        classifier_confidence = self.classifier_confidence

        classifier_cost = self.classifier_cost

        classifier_crux = self.classifier_crux

        classifier_efficient_p_solve = self.classifier_efficient_p_solve

        classifier_error_type = self.classifier_error_type

        classifier_failure_reason: str | Unset = UNSET
        if not isinstance(self.classifier_failure_reason, Unset):
            classifier_failure_reason = self.classifier_failure_reason.value

        classifier_input_budget_status = self.classifier_input_budget_status

        classifier_input_budget_tokens = self.classifier_input_budget_tokens

        classifier_input_count_method = self.classifier_input_count_method

        classifier_input_tokens = self.classifier_input_tokens

        classifier_input_truncated = self.classifier_input_truncated

        classifier_max_quality_gap = self.classifier_max_quality_gap

        classifier_model = self.classifier_model

        classifier_p_solve = self.classifier_p_solve

        classifier_primary_rule = self.classifier_primary_rule

        classifier_probabilities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classifier_probabilities, Unset):
            classifier_probabilities = self.classifier_probabilities.to_dict()

        classifier_prompt_version = self.classifier_prompt_version

        classifier_threshold = self.classifier_threshold

        context_escalated = self.context_escalated

        context_escalation_original_tier = self.context_escalation_original_tier

        conversation_continuing = self.conversation_continuing

        escalated = self.escalated

        escalation_keyword = self.escalation_keyword

        heuristic_v2_forecast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.heuristic_v2_forecast, Unset):
            heuristic_v2_forecast = self.heuristic_v2_forecast.to_dict()

        matched_keyword = self.matched_keyword

        reasoning_override_min_score = self.reasoning_override_min_score

        request_type = self.request_type

        routed_model = self.routed_model

        router_config_fingerprint = self.router_config_fingerprint

        router_config_id = self.router_config_id

        router_config_updated_at = self.router_config_updated_at

        router_model_name = self.router_model_name

        router_type: str | Unset = UNSET
        if not isinstance(self.router_type, Unset):
            router_type = self.router_type.value

        savings_baseline_deployment_id = self.savings_baseline_deployment_id

        savings_baseline_model = self.savings_baseline_model

        score = self.score

        signals: list[str] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = self.signals

        switchyard_algorithm = self.switchyard_algorithm

        switchyard_evidence = self.switchyard_evidence

        switchyard_fallback_reason = self.switchyard_fallback_reason

        tier = self.tier

        tier_boundaries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_boundaries, Unset):
            tier_boundaries = self.tier_boundaries.to_dict()

        tier_label = self.tier_label

        tier_litellm_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_litellm_params, Unset):
            tier_litellm_params = self.tier_litellm_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cause is not UNSET:
            field_dict["cause"] = cause
        if classifier_calibrated_capable_p_solve is not UNSET:
            field_dict["classifier_calibrated_capable_p_solve"] = classifier_calibrated_capable_p_solve
        if classifier_calibrated_efficient_p_solve is not UNSET:
            field_dict["classifier_calibrated_efficient_p_solve"] = classifier_calibrated_efficient_p_solve
        if classifier_calibrated_p_solve is not UNSET:
            field_dict["classifier_calibrated_p_solve"] = classifier_calibrated_p_solve
        if classifier_calibration_version is not UNSET:
            field_dict["classifier_calibration_version"] = classifier_calibration_version
        if classifier_capability_boundary is not UNSET:
            field_dict["classifier_capability_boundary"] = classifier_capability_boundary
        if classifier_capable_p_solve is not UNSET:
            field_dict["classifier_capable_p_solve"] = classifier_capable_p_solve
        if classifier_confidence is not UNSET:
            field_dict["classifier_confidence"] = classifier_confidence
        if classifier_cost is not UNSET:
            field_dict["classifier_cost"] = classifier_cost
        if classifier_crux is not UNSET:
            field_dict["classifier_crux"] = classifier_crux
        if classifier_efficient_p_solve is not UNSET:
            field_dict["classifier_efficient_p_solve"] = classifier_efficient_p_solve
        if classifier_error_type is not UNSET:
            field_dict["classifier_error_type"] = classifier_error_type
        if classifier_failure_reason is not UNSET:
            field_dict["classifier_failure_reason"] = classifier_failure_reason
        if classifier_input_budget_status is not UNSET:
            field_dict["classifier_input_budget_status"] = classifier_input_budget_status
        if classifier_input_budget_tokens is not UNSET:
            field_dict["classifier_input_budget_tokens"] = classifier_input_budget_tokens
        if classifier_input_count_method is not UNSET:
            field_dict["classifier_input_count_method"] = classifier_input_count_method
        if classifier_input_tokens is not UNSET:
            field_dict["classifier_input_tokens"] = classifier_input_tokens
        if classifier_input_truncated is not UNSET:
            field_dict["classifier_input_truncated"] = classifier_input_truncated
        if classifier_max_quality_gap is not UNSET:
            field_dict["classifier_max_quality_gap"] = classifier_max_quality_gap
        if classifier_model is not UNSET:
            field_dict["classifier_model"] = classifier_model
        if classifier_p_solve is not UNSET:
            field_dict["classifier_p_solve"] = classifier_p_solve
        if classifier_primary_rule is not UNSET:
            field_dict["classifier_primary_rule"] = classifier_primary_rule
        if classifier_probabilities is not UNSET:
            field_dict["classifier_probabilities"] = classifier_probabilities
        if classifier_prompt_version is not UNSET:
            field_dict["classifier_prompt_version"] = classifier_prompt_version
        if classifier_threshold is not UNSET:
            field_dict["classifier_threshold"] = classifier_threshold
        if context_escalated is not UNSET:
            field_dict["context_escalated"] = context_escalated
        if context_escalation_original_tier is not UNSET:
            field_dict["context_escalation_original_tier"] = context_escalation_original_tier
        if conversation_continuing is not UNSET:
            field_dict["conversation_continuing"] = conversation_continuing
        if escalated is not UNSET:
            field_dict["escalated"] = escalated
        if escalation_keyword is not UNSET:
            field_dict["escalation_keyword"] = escalation_keyword
        if heuristic_v2_forecast is not UNSET:
            field_dict["heuristic_v2_forecast"] = heuristic_v2_forecast
        if matched_keyword is not UNSET:
            field_dict["matched_keyword"] = matched_keyword
        if reasoning_override_min_score is not UNSET:
            field_dict["reasoning_override_min_score"] = reasoning_override_min_score
        if request_type is not UNSET:
            field_dict["request_type"] = request_type
        if routed_model is not UNSET:
            field_dict["routed_model"] = routed_model
        if router_config_fingerprint is not UNSET:
            field_dict["router_config_fingerprint"] = router_config_fingerprint
        if router_config_id is not UNSET:
            field_dict["router_config_id"] = router_config_id
        if router_config_updated_at is not UNSET:
            field_dict["router_config_updated_at"] = router_config_updated_at
        if router_model_name is not UNSET:
            field_dict["router_model_name"] = router_model_name
        if router_type is not UNSET:
            field_dict["router_type"] = router_type
        if savings_baseline_deployment_id is not UNSET:
            field_dict["savings_baseline_deployment_id"] = savings_baseline_deployment_id
        if savings_baseline_model is not UNSET:
            field_dict["savings_baseline_model"] = savings_baseline_model
        if score is not UNSET:
            field_dict["score"] = score
        if signals is not UNSET:
            field_dict["signals"] = signals
        if switchyard_algorithm is not UNSET:
            field_dict["switchyard_algorithm"] = switchyard_algorithm
        if switchyard_evidence is not UNSET:
            field_dict["switchyard_evidence"] = switchyard_evidence
        if switchyard_fallback_reason is not UNSET:
            field_dict["switchyard_fallback_reason"] = switchyard_fallback_reason
        if tier is not UNSET:
            field_dict["tier"] = tier
        if tier_boundaries is not UNSET:
            field_dict["tier_boundaries"] = tier_boundaries
        if tier_label is not UNSET:
            field_dict["tier_label"] = tier_label
        if tier_litellm_params is not UNSET:
            field_dict["tier_litellm_params"] = tier_litellm_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_logging_heuristic_v2_forecast import StandardLoggingHeuristicV2Forecast  # noqa: PLC0415
        from ..models.standard_logging_routing_decision_classifier_probabilities import (
            StandardLoggingRoutingDecisionClassifierProbabilities,  # noqa: PLC0415
        )
        from ..models.standard_logging_routing_decision_tier_boundaries import (
            StandardLoggingRoutingDecisionTierBoundaries,  # noqa: PLC0415
        )
        from ..models.standard_logging_routing_decision_tier_litellm_params import (
            StandardLoggingRoutingDecisionTierLitellmParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _cause = d.pop("cause", UNSET)
        cause: StandardLoggingRoutingDecisionCause | Unset
        if isinstance(_cause, Unset):
            cause = UNSET
        else:
            cause = StandardLoggingRoutingDecisionCause(_cause)

        classifier_calibrated_capable_p_solve = d.pop("classifier_calibrated_capable_p_solve", UNSET)

        classifier_calibrated_efficient_p_solve = d.pop("classifier_calibrated_efficient_p_solve", UNSET)

        classifier_calibrated_p_solve = d.pop("classifier_calibrated_p_solve", UNSET)

        classifier_calibration_version = d.pop("classifier_calibration_version", UNSET)

        classifier_capability_boundary = d.pop("classifier_capability_boundary", UNSET)

        classifier_capable_p_solve = d.pop("classifier_capable_p_solve", UNSET)

        classifier_confidence = d.pop("classifier_confidence", UNSET)

        classifier_cost = d.pop("classifier_cost", UNSET)

        classifier_crux = d.pop("classifier_crux", UNSET)

        classifier_efficient_p_solve = d.pop("classifier_efficient_p_solve", UNSET)

        classifier_error_type = d.pop("classifier_error_type", UNSET)

        _classifier_failure_reason = d.pop("classifier_failure_reason", UNSET)
        classifier_failure_reason: StandardLoggingRoutingDecisionClassifierFailureReason | Unset
        if isinstance(_classifier_failure_reason, Unset):
            classifier_failure_reason = UNSET
        else:
            classifier_failure_reason = StandardLoggingRoutingDecisionClassifierFailureReason(
                _classifier_failure_reason
            )

        classifier_input_budget_status = d.pop("classifier_input_budget_status", UNSET)

        classifier_input_budget_tokens = d.pop("classifier_input_budget_tokens", UNSET)

        classifier_input_count_method = d.pop("classifier_input_count_method", UNSET)

        classifier_input_tokens = d.pop("classifier_input_tokens", UNSET)

        classifier_input_truncated = d.pop("classifier_input_truncated", UNSET)

        classifier_max_quality_gap = d.pop("classifier_max_quality_gap", UNSET)

        classifier_model = d.pop("classifier_model", UNSET)

        classifier_p_solve = d.pop("classifier_p_solve", UNSET)

        classifier_primary_rule = d.pop("classifier_primary_rule", UNSET)

        _classifier_probabilities = d.pop("classifier_probabilities", UNSET)
        classifier_probabilities: StandardLoggingRoutingDecisionClassifierProbabilities | Unset
        if isinstance(_classifier_probabilities, Unset):
            classifier_probabilities = UNSET
        else:
            classifier_probabilities = StandardLoggingRoutingDecisionClassifierProbabilities.from_dict(
                _classifier_probabilities
            )

        classifier_prompt_version = d.pop("classifier_prompt_version", UNSET)

        classifier_threshold = d.pop("classifier_threshold", UNSET)

        context_escalated = d.pop("context_escalated", UNSET)

        context_escalation_original_tier = d.pop("context_escalation_original_tier", UNSET)

        conversation_continuing = d.pop("conversation_continuing", UNSET)

        escalated = d.pop("escalated", UNSET)

        escalation_keyword = d.pop("escalation_keyword", UNSET)

        _heuristic_v2_forecast = d.pop("heuristic_v2_forecast", UNSET)
        heuristic_v2_forecast: StandardLoggingHeuristicV2Forecast | Unset
        if isinstance(_heuristic_v2_forecast, Unset):
            heuristic_v2_forecast = UNSET
        else:
            heuristic_v2_forecast = StandardLoggingHeuristicV2Forecast.from_dict(_heuristic_v2_forecast)

        matched_keyword = d.pop("matched_keyword", UNSET)

        reasoning_override_min_score = d.pop("reasoning_override_min_score", UNSET)

        request_type = d.pop("request_type", UNSET)

        routed_model = d.pop("routed_model", UNSET)

        router_config_fingerprint = d.pop("router_config_fingerprint", UNSET)

        router_config_id = d.pop("router_config_id", UNSET)

        router_config_updated_at = d.pop("router_config_updated_at", UNSET)

        router_model_name = d.pop("router_model_name", UNSET)

        _router_type = d.pop("router_type", UNSET)
        router_type: StandardLoggingRoutingDecisionRouterType | Unset
        if isinstance(_router_type, Unset):
            router_type = UNSET
        else:
            router_type = StandardLoggingRoutingDecisionRouterType(_router_type)

        savings_baseline_deployment_id = d.pop("savings_baseline_deployment_id", UNSET)

        savings_baseline_model = d.pop("savings_baseline_model", UNSET)

        score = d.pop("score", UNSET)

        signals = cast(list[str], d.pop("signals", UNSET))

        switchyard_algorithm = d.pop("switchyard_algorithm", UNSET)

        switchyard_evidence = d.pop("switchyard_evidence", UNSET)

        switchyard_fallback_reason = d.pop("switchyard_fallback_reason", UNSET)

        tier = d.pop("tier", UNSET)

        _tier_boundaries = d.pop("tier_boundaries", UNSET)
        tier_boundaries: StandardLoggingRoutingDecisionTierBoundaries | Unset
        if isinstance(_tier_boundaries, Unset):
            tier_boundaries = UNSET
        else:
            tier_boundaries = StandardLoggingRoutingDecisionTierBoundaries.from_dict(_tier_boundaries)

        tier_label = d.pop("tier_label", UNSET)

        _tier_litellm_params = d.pop("tier_litellm_params", UNSET)
        tier_litellm_params: StandardLoggingRoutingDecisionTierLitellmParams | Unset
        if isinstance(_tier_litellm_params, Unset):
            tier_litellm_params = UNSET
        else:
            tier_litellm_params = StandardLoggingRoutingDecisionTierLitellmParams.from_dict(_tier_litellm_params)

        standard_logging_routing_decision = cls(
            cause=cause,
            classifier_calibrated_capable_p_solve=classifier_calibrated_capable_p_solve,
            classifier_calibrated_efficient_p_solve=classifier_calibrated_efficient_p_solve,
            classifier_calibrated_p_solve=classifier_calibrated_p_solve,
            classifier_calibration_version=classifier_calibration_version,
            classifier_capability_boundary=classifier_capability_boundary,
            classifier_capable_p_solve=classifier_capable_p_solve,
            classifier_confidence=classifier_confidence,
            classifier_cost=classifier_cost,
            classifier_crux=classifier_crux,
            classifier_efficient_p_solve=classifier_efficient_p_solve,
            classifier_error_type=classifier_error_type,
            classifier_failure_reason=classifier_failure_reason,
            classifier_input_budget_status=classifier_input_budget_status,
            classifier_input_budget_tokens=classifier_input_budget_tokens,
            classifier_input_count_method=classifier_input_count_method,
            classifier_input_tokens=classifier_input_tokens,
            classifier_input_truncated=classifier_input_truncated,
            classifier_max_quality_gap=classifier_max_quality_gap,
            classifier_model=classifier_model,
            classifier_p_solve=classifier_p_solve,
            classifier_primary_rule=classifier_primary_rule,
            classifier_probabilities=classifier_probabilities,
            classifier_prompt_version=classifier_prompt_version,
            classifier_threshold=classifier_threshold,
            context_escalated=context_escalated,
            context_escalation_original_tier=context_escalation_original_tier,
            conversation_continuing=conversation_continuing,
            escalated=escalated,
            escalation_keyword=escalation_keyword,
            heuristic_v2_forecast=heuristic_v2_forecast,
            matched_keyword=matched_keyword,
            reasoning_override_min_score=reasoning_override_min_score,
            request_type=request_type,
            routed_model=routed_model,
            router_config_fingerprint=router_config_fingerprint,
            router_config_id=router_config_id,
            router_config_updated_at=router_config_updated_at,
            router_model_name=router_model_name,
            router_type=router_type,
            savings_baseline_deployment_id=savings_baseline_deployment_id,
            savings_baseline_model=savings_baseline_model,
            score=score,
            signals=signals,
            switchyard_algorithm=switchyard_algorithm,
            switchyard_evidence=switchyard_evidence,
            switchyard_fallback_reason=switchyard_fallback_reason,
            tier=tier,
            tier_boundaries=tier_boundaries,
            tier_label=tier_label,
            tier_litellm_params=tier_litellm_params,
        )

        standard_logging_routing_decision.additional_properties = d
        return standard_logging_routing_decision

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
