from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_score_question_open_ai_score_level import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel,
    )


T = TypeVar("T", bound="DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion")


@_attrs_define
class DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion:
    """
    Attributes:
        instructions (str): The question to ask about the input
        levels (list[DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel]): Scale levels from
            lowest to highest. The score is a level index
        type_ (Literal['score']):
        name (None | str | Unset): Echoed in the matching answer
    """

    instructions: str
    levels: list[DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel]
    type_: Literal["score"]
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        instructions = self.instructions

        levels = []
        for levels_item_data in self.levels:
            levels_item = levels_item_data.to_dict()
            levels.append(levels_item)

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instructions": instructions,
                "levels": levels,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_score_question_open_ai_score_level import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel,  # noqa: PLC0415
        )

        d = dict(src_dict)
        instructions = d.pop("instructions")

        levels = []
        _levels = d.pop("levels")
        for levels_item_data in _levels:
            levels_item = DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestionOpenAIScoreLevel.from_dict(
                levels_item_data
            )

            levels.append(levels_item)

        type_ = cast(Literal["score"], d.pop("type"))
        if type_ != "score":
            raise ValueError(f"type must match const 'score', got '{type_}'")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        decisions_decisions_post_open_ai_decision_request_open_ai_score_question = cls(
            instructions=instructions,
            levels=levels,
            type_=type_,
            name=name,
        )

        return decisions_decisions_post_open_ai_decision_request_open_ai_score_question
