from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.systemone_systemone_post_decisions_request_questions_choice_question_criteria import (
        SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria,
    )
    from ..models.systemone_systemone_post_decisions_request_questions_choice_question_instructions_type_1 import (
        SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1,
    )


T = TypeVar("T", bound="SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestion")


@_attrs_define
class SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestion:
    """
    Attributes:
        criteria (SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria): Candidate labels mapped to an
            optional description of each
        type_ (Literal['choice']):
        instructions (list[Any] | None | str |
            SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1 | Unset): The question to ask
            about the state
    """

    criteria: SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria
    type_: Literal["choice"]
    instructions: (
        list[Any] | None | str | SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.systemone_systemone_post_decisions_request_questions_choice_question_instructions_type_1 import (
            SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1,  # noqa: PLC0415
        )

        criteria = self.criteria.to_dict()

        type_ = self.type_

        instructions: dict[str, Any] | list[Any] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(
            self.instructions, SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1
        ):
            instructions = self.instructions.to_dict()
        elif isinstance(self.instructions, list):
            instructions = self.instructions

        else:
            instructions = self.instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "criteria": criteria,
                "type": type_,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.systemone_systemone_post_decisions_request_questions_choice_question_criteria import (
            SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria,  # noqa: PLC0415
        )
        from ..models.systemone_systemone_post_decisions_request_questions_choice_question_instructions_type_1 import (
            SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        criteria = SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionCriteria.from_dict(d.pop("criteria"))

        type_ = cast(Literal["choice"], d.pop("type"))
        if type_ != "choice":
            raise ValueError(f"type must match const 'choice', got '{type_}'")

        def _parse_instructions(
            data: object,
        ) -> (
            list[Any]
            | None
            | str
            | SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instructions_type_1 = (
                    SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1.from_dict(data)
                )

                return instructions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                instructions_type_2 = cast(list[Any], data)

                return instructions_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[Any]
                | None
                | str
                | SystemoneSystemonePostDecisionsRequestQuestionsChoiceQuestionInstructionsType1
                | Unset,
                data,
            )

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        systemone_systemone_post_decisions_request_questions_choice_question = cls(
            criteria=criteria,
            type_=type_,
            instructions=instructions,
        )

        systemone_systemone_post_decisions_request_questions_choice_question.additional_properties = d
        return systemone_systemone_post_decisions_request_questions_choice_question

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
