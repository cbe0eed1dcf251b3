from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.openai_types_shared_params_reasoning_reasoning_context_type_0 import (
    OpenaiTypesSharedParamsReasoningReasoningContextType0,
)
from ..models.openai_types_shared_params_reasoning_reasoning_effort_type_0 import (
    OpenaiTypesSharedParamsReasoningReasoningEffortType0,
)
from ..models.openai_types_shared_params_reasoning_reasoning_generate_summary_type_0 import (
    OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0,
)
from ..models.openai_types_shared_params_reasoning_reasoning_mode_type_1 import (
    OpenaiTypesSharedParamsReasoningReasoningModeType1,
)
from ..models.openai_types_shared_params_reasoning_reasoning_summary_type_0 import (
    OpenaiTypesSharedParamsReasoningReasoningSummaryType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenaiTypesSharedParamsReasoningReasoning")


@_attrs_define
class OpenaiTypesSharedParamsReasoningReasoning:
    """Configuration options for
    [reasoning models](https://developers.openai.com/api/docs/guides/reasoning).

        Attributes:
            context (None | OpenaiTypesSharedParamsReasoningReasoningContextType0 | Unset):
            effort (None | OpenaiTypesSharedParamsReasoningReasoningEffortType0 | Unset):
            generate_summary (None | OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0 | Unset):
            mode (OpenaiTypesSharedParamsReasoningReasoningModeType1 | str | Unset):
            summary (None | OpenaiTypesSharedParamsReasoningReasoningSummaryType0 | Unset):
    """

    context: None | OpenaiTypesSharedParamsReasoningReasoningContextType0 | Unset = UNSET
    effort: None | OpenaiTypesSharedParamsReasoningReasoningEffortType0 | Unset = UNSET
    generate_summary: None | OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0 | Unset = UNSET
    mode: OpenaiTypesSharedParamsReasoningReasoningModeType1 | str | Unset = UNSET
    summary: None | OpenaiTypesSharedParamsReasoningReasoningSummaryType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, OpenaiTypesSharedParamsReasoningReasoningContextType0):
            context = self.context.value
        else:
            context = self.context

        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, OpenaiTypesSharedParamsReasoningReasoningEffortType0):
            effort = self.effort.value
        else:
            effort = self.effort

        generate_summary: None | str | Unset
        if isinstance(self.generate_summary, Unset):
            generate_summary = UNSET
        elif isinstance(self.generate_summary, OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0):
            generate_summary = self.generate_summary.value
        else:
            generate_summary = self.generate_summary

        mode: str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, OpenaiTypesSharedParamsReasoningReasoningModeType1):
            mode = self.mode.value
        else:
            mode = self.mode

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, OpenaiTypesSharedParamsReasoningReasoningSummaryType0):
            summary = self.summary.value
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context is not UNSET:
            field_dict["context"] = context
        if effort is not UNSET:
            field_dict["effort"] = effort
        if generate_summary is not UNSET:
            field_dict["generate_summary"] = generate_summary
        if mode is not UNSET:
            field_dict["mode"] = mode
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_context(data: object) -> None | OpenaiTypesSharedParamsReasoningReasoningContextType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                context_type_0 = OpenaiTypesSharedParamsReasoningReasoningContextType0(data)

                return context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTypesSharedParamsReasoningReasoningContextType0 | Unset, data)

        context = _parse_context(d.pop("context", UNSET))

        def _parse_effort(data: object) -> None | OpenaiTypesSharedParamsReasoningReasoningEffortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_0 = OpenaiTypesSharedParamsReasoningReasoningEffortType0(data)

                return effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTypesSharedParamsReasoningReasoningEffortType0 | Unset, data)

        effort = _parse_effort(d.pop("effort", UNSET))

        def _parse_generate_summary(
            data: object,
        ) -> None | OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                generate_summary_type_0 = OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0(data)

                return generate_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTypesSharedParamsReasoningReasoningGenerateSummaryType0 | Unset, data)

        generate_summary = _parse_generate_summary(d.pop("generate_summary", UNSET))

        def _parse_mode(data: object) -> OpenaiTypesSharedParamsReasoningReasoningModeType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_1 = OpenaiTypesSharedParamsReasoningReasoningModeType1(data)

                return mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(OpenaiTypesSharedParamsReasoningReasoningModeType1 | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_summary(data: object) -> None | OpenaiTypesSharedParamsReasoningReasoningSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                summary_type_0 = OpenaiTypesSharedParamsReasoningReasoningSummaryType0(data)

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTypesSharedParamsReasoningReasoningSummaryType0 | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        openai_types_shared_params_reasoning_reasoning = cls(
            context=context,
            effort=effort,
            generate_summary=generate_summary,
            mode=mode,
            summary=summary,
        )

        openai_types_shared_params_reasoning_reasoning.additional_properties = d
        return openai_types_shared_params_reasoning_reasoning

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
