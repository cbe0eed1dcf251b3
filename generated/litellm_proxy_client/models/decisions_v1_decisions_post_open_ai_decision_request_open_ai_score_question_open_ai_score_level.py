from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel")


@_attrs_define
class DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel:
    """
    Attributes:
        label (str):
        description (None | str | Unset):
    """

    label: str
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "label": label,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        decisions_v1_decisions_post_open_ai_decision_request_open_ai_score_question_open_ai_score_level = cls(
            label=label,
            description=description,
        )

        return decisions_v1_decisions_post_open_ai_decision_request_open_ai_score_question_open_ai_score_level
