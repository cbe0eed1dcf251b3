from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption")


@_attrs_define
class DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption:
    """
    Attributes:
        value (bool | str):
        description (None | str | Unset):
    """

    value: bool | str
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        value: bool | str
        value = self.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "value": value,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_value(data: object) -> bool | str:
            return cast(bool | str, data)

        value = _parse_value(d.pop("value"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        decisions_decisions_post_open_ai_decision_request_open_ai_choice_question_open_ai_choice_option = cls(
            value=value,
            description=description,
        )

        return decisions_decisions_post_open_ai_decision_request_open_ai_choice_question_open_ai_choice_option
