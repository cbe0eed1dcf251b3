from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.classification_rubric import ClassificationRubric
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_router_classifier_prompt_preview_request_tier_labels_type_0 import (
        AutoRouterClassifierPromptPreviewRequestTierLabelsType0,
    )
    from ..models.tier_definition import TierDefinition


T = TypeVar("T", bound="AutoRouterClassifierPromptPreviewRequest")


@_attrs_define
class AutoRouterClassifierPromptPreviewRequest:
    """A POST rather than query params: the classification sections are the operator's own text,
    which must not reach access logs through a URL.

        Attributes:
            classification_examples (None | str | Unset):
            classification_prompt (None | str | Unset):
            classification_rubric (ClassificationRubric | None | Unset):
            context_window_size (int | Unset):  Default: 3.
            tier_definitions (list[TierDefinition] | None | Unset):
            tier_labels (AutoRouterClassifierPromptPreviewRequestTierLabelsType0 | None | Unset):
    """

    classification_examples: None | str | Unset = UNSET
    classification_prompt: None | str | Unset = UNSET
    classification_rubric: ClassificationRubric | None | Unset = UNSET
    context_window_size: int | Unset = 3
    tier_definitions: list[TierDefinition] | None | Unset = UNSET
    tier_labels: AutoRouterClassifierPromptPreviewRequestTierLabelsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_router_classifier_prompt_preview_request_tier_labels_type_0 import (
            AutoRouterClassifierPromptPreviewRequestTierLabelsType0,  # noqa: PLC0415
        )

        classification_examples: None | str | Unset
        if isinstance(self.classification_examples, Unset):
            classification_examples = UNSET
        else:
            classification_examples = self.classification_examples

        classification_prompt: None | str | Unset
        if isinstance(self.classification_prompt, Unset):
            classification_prompt = UNSET
        else:
            classification_prompt = self.classification_prompt

        classification_rubric: None | str | Unset
        if isinstance(self.classification_rubric, Unset):
            classification_rubric = UNSET
        elif isinstance(self.classification_rubric, ClassificationRubric):
            classification_rubric = self.classification_rubric.value
        else:
            classification_rubric = self.classification_rubric

        context_window_size = self.context_window_size

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

        tier_labels: dict[str, Any] | None | Unset
        if isinstance(self.tier_labels, Unset):
            tier_labels = UNSET
        elif isinstance(self.tier_labels, AutoRouterClassifierPromptPreviewRequestTierLabelsType0):
            tier_labels = self.tier_labels.to_dict()
        else:
            tier_labels = self.tier_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if classification_examples is not UNSET:
            field_dict["classification_examples"] = classification_examples
        if classification_prompt is not UNSET:
            field_dict["classification_prompt"] = classification_prompt
        if classification_rubric is not UNSET:
            field_dict["classification_rubric"] = classification_rubric
        if context_window_size is not UNSET:
            field_dict["context_window_size"] = context_window_size
        if tier_definitions is not UNSET:
            field_dict["tier_definitions"] = tier_definitions
        if tier_labels is not UNSET:
            field_dict["tier_labels"] = tier_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_router_classifier_prompt_preview_request_tier_labels_type_0 import (
            AutoRouterClassifierPromptPreviewRequestTierLabelsType0,  # noqa: PLC0415
        )
        from ..models.tier_definition import TierDefinition  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_classification_examples(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_examples = _parse_classification_examples(d.pop("classification_examples", UNSET))

        def _parse_classification_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        classification_prompt = _parse_classification_prompt(d.pop("classification_prompt", UNSET))

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

        context_window_size = d.pop("context_window_size", UNSET)

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

        def _parse_tier_labels(data: object) -> AutoRouterClassifierPromptPreviewRequestTierLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tier_labels_type_0 = AutoRouterClassifierPromptPreviewRequestTierLabelsType0.from_dict(data)

                return tier_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoRouterClassifierPromptPreviewRequestTierLabelsType0 | None | Unset, data)

        tier_labels = _parse_tier_labels(d.pop("tier_labels", UNSET))

        auto_router_classifier_prompt_preview_request = cls(
            classification_examples=classification_examples,
            classification_prompt=classification_prompt,
            classification_rubric=classification_rubric,
            context_window_size=context_window_size,
            tier_definitions=tier_definitions,
            tier_labels=tier_labels,
        )

        auto_router_classifier_prompt_preview_request.additional_properties = d
        return auto_router_classifier_prompt_preview_request

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
