from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classification_rubric import ClassificationRubric
from ..models.classifier_llm_config_reasoning_effort_type_0 import ClassifierLLMConfigReasoningEffortType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classifier_vision_config import ClassifierVisionConfig


T = TypeVar("T", bound="ClassifierLLMConfig")


@_attrs_define
class ClassifierLLMConfig:
    """Configuration for the LLM-based complexity classifier.

    Attributes:
        model (str): Model name (from the router's model_list) to call for classification
        circuit_breaker_cooldown_seconds (float | Unset): How long to skip this router's LLM classifier after a
            classification call times out. Requests use classifier_fallback during the cooldown. When it expires, one
            request probes the classifier while concurrent requests keep using the fallback; a successful probe closes the
            circuit and a failed probe restarts the cooldown. Default: 30.0.
        circuit_breaker_enabled (bool | Unset): Whether one classifier timeout temporarily sends requests through
            classifier_fallback. Enabled by default so an unhealthy classifier cannot repeat its timeout across sessions.
            Default: True.
        classification_rubric (ClassificationRubric | None | Unset): Which calibration examples the built-in rubric
            carries. 'agentic' anchors routine installs, builds, multi-file edits, and standard debugging at MEDIUM, so
            ordinary engineering does not route to the most expensive tier; it suits agent, terminal, and coding-assistant
            traffic as well as mixed traffic. 'chat' omits those engineering anchors, for a deployment serving only
            conversational traffic. 'business' carries business/sales anchors and business-flavored tier criteria that keep
            routine drafting and summarizing off the expensive tiers and reserve the top tier for committing to decisions
            under tradeoffs; it suits sales, support, and go-to-market traffic. Every preset keeps the same four tiers, so
            this moves where the boundary sits without changing the taxonomy. Leave unset for 'legacy', the rubric as it
            shipped before calibration examples existed, so an existing router's tier decisions and spend do not move on
            upgrade. Mutually exclusive with system_prompt, which replaces the rubric this would select. Only applies when
            classifier_type is 'llm'.
        reasoning_effort (ClassifierLLMConfigReasoningEffortType0 | None | Unset): Reasoning effort override for
            classifier calls. Leave unset to use the classifier deployment or provider default.
        system_prompt (None | str | Unset): Replaces the built-in complexity rubric as the classifier's entire system
            role. When set, neither the default rubric nor the context-window closing line is appended, so the prompt owns
            the whole taxonomy and the tier names SIMPLE/MEDIUM/COMPLEX/REASONING become whatever buckets it defines: a
            prompt that classifies data sensitivity routes on that instead of on difficulty. Two consequences of full
            replacement. The default rubric's closing paragraph is the classifier's prompt-injection defense, telling it
            that the caller's quoted system prompt and prior turns are material to judge and never instructions; a
            replacement that omits it lets a caller ask for a tier and get it. And the heuristic fallback still scores
            complexity, so a router on some other taxonomy wants classifier_fallback='default_model'. Leave unset for the
            built-in rubric. Only applies when classifier_type is 'llm'.
        timeout_ms (int | Unset): Timeout budget for the classification call, in milliseconds Default: 3000.
        vision (ClassifierVisionConfig | Unset): Whether the LLM classifier sees the images on the request it is
            classifying.

            Off by default because images cost far more than the text ask they arrive with, and the
            classifier runs on every request. A turn whose complexity lives in the image ("what is wrong in
            this stack trace screenshot") is invisible to a text-only classifier, which is what this buys.
    """

    model: str
    circuit_breaker_cooldown_seconds: float | Unset = 30.0
    circuit_breaker_enabled: bool | Unset = True
    classification_rubric: ClassificationRubric | None | Unset = UNSET
    reasoning_effort: ClassifierLLMConfigReasoningEffortType0 | None | Unset = UNSET
    system_prompt: None | str | Unset = UNSET
    timeout_ms: int | Unset = 3000
    vision: ClassifierVisionConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        circuit_breaker_cooldown_seconds = self.circuit_breaker_cooldown_seconds

        circuit_breaker_enabled = self.circuit_breaker_enabled

        classification_rubric: None | str | Unset
        if isinstance(self.classification_rubric, Unset):
            classification_rubric = UNSET
        elif isinstance(self.classification_rubric, ClassificationRubric):
            classification_rubric = self.classification_rubric.value
        else:
            classification_rubric = self.classification_rubric

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ClassifierLLMConfigReasoningEffortType0):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        timeout_ms = self.timeout_ms

        vision: dict[str, Any] | Unset = UNSET
        if not isinstance(self.vision, Unset):
            vision = self.vision.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if circuit_breaker_cooldown_seconds is not UNSET:
            field_dict["circuit_breaker_cooldown_seconds"] = circuit_breaker_cooldown_seconds
        if circuit_breaker_enabled is not UNSET:
            field_dict["circuit_breaker_enabled"] = circuit_breaker_enabled
        if classification_rubric is not UNSET:
            field_dict["classification_rubric"] = classification_rubric
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if vision is not UNSET:
            field_dict["vision"] = vision

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.classifier_vision_config import ClassifierVisionConfig  # noqa: PLC0415

        d = dict(src_dict)
        model = d.pop("model")

        circuit_breaker_cooldown_seconds = d.pop("circuit_breaker_cooldown_seconds", UNSET)

        circuit_breaker_enabled = d.pop("circuit_breaker_enabled", UNSET)

        def _parse_classification_rubric(data: object) -> ClassificationRubric | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                classification_rubric_type_0 = ClassificationRubric(data)

                return classification_rubric_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassificationRubric | None | Unset, data)

        classification_rubric = _parse_classification_rubric(d.pop("classification_rubric", UNSET))

        def _parse_reasoning_effort(data: object) -> ClassifierLLMConfigReasoningEffortType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_0 = ClassifierLLMConfigReasoningEffortType0(data)

                return reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClassifierLLMConfigReasoningEffortType0 | None | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        def _parse_system_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        system_prompt = _parse_system_prompt(d.pop("system_prompt", UNSET))

        timeout_ms = d.pop("timeout_ms", UNSET)

        _vision = d.pop("vision", UNSET)
        vision: ClassifierVisionConfig | Unset
        if isinstance(_vision, Unset):
            vision = UNSET
        else:
            vision = ClassifierVisionConfig.from_dict(_vision)

        classifier_llm_config = cls(
            model=model,
            circuit_breaker_cooldown_seconds=circuit_breaker_cooldown_seconds,
            circuit_breaker_enabled=circuit_breaker_enabled,
            classification_rubric=classification_rubric,
            reasoning_effort=reasoning_effort,
            system_prompt=system_prompt,
            timeout_ms=timeout_ms,
            vision=vision,
        )

        classifier_llm_config.additional_properties = d
        return classifier_llm_config

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
