from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_choice_question_open_ai_choice_option import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption,
    )


T = TypeVar("T", bound="DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion")


@_attrs_define
class DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion:
    """
    Attributes:
        choices (list[DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption]): The options
            the model picks from. Values must be unique
        instructions (str): The question to ask about the input
        type_ (Literal['choice']):
        name (None | str | Unset): Echoed in the matching answer
    """

    choices: list[DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption]
    instructions: str
    type_: Literal["choice"]
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        instructions = self.instructions

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "choices": choices,
                "instructions": instructions,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_choice_question_open_ai_choice_option import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption,  # noqa: PLC0415
        )

        d = dict(src_dict)
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestionOpenAIChoiceOption.from_dict(
                choices_item_data
            )

            choices.append(choices_item)

        instructions = d.pop("instructions")

        type_ = cast(Literal["choice"], d.pop("type"))
        if type_ != "choice":
            raise ValueError(f"type must match const 'choice', got '{type_}'")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        decisions_decisions_post_open_ai_decision_request_open_ai_choice_question = cls(
            choices=choices,
            instructions=instructions,
            type_=type_,
            name=name,
        )

        return decisions_decisions_post_open_ai_decision_request_open_ai_choice_question
