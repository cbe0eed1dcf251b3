from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.openai_types_responses_response_configuration_update_item_param_param_reasoning_effort_type_0 import (
    OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning")


@_attrs_define
class OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning:
    """Updates to reasoning configuration. Only effort is supported.

    Attributes:
        effort (None | OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0 | Unset):
    """

    effort: None | OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0):
            effort = self.effort.value
        else:
            effort = self.effort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_effort(
            data: object,
        ) -> None | OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effort_type_0 = OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0(data)

                return effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoningEffortType0 | Unset, data
            )

        effort = _parse_effort(d.pop("effort", UNSET))

        openai_types_responses_response_configuration_update_item_param_param_reasoning = cls(
            effort=effort,
        )

        openai_types_responses_response_configuration_update_item_param_param_reasoning.additional_properties = d
        return openai_types_responses_response_configuration_update_item_param_param_reasoning

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
