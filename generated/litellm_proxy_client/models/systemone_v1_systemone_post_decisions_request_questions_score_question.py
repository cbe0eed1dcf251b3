from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.systemone_v1_systemone_post_decisions_request_questions_score_question_criteria_item_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1,
    )
    from ..models.systemone_v1_systemone_post_decisions_request_questions_score_question_instructions_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1,
    )


T = TypeVar("T", bound="SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion")


@_attrs_define
class SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion:
    """
    Attributes:
        criteria (list[list[Any] | str |
            SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1]): Scale levels from lowest to
            highest. The score is a level index
        type_ (Literal['score']):
        instructions (list[Any] | None | str |
            SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1 | Unset): The question to ask
            about the state
    """

    criteria: list[list[Any] | str | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1]
    type_: Literal["score"]
    instructions: (
        list[Any] | None | str | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.systemone_v1_systemone_post_decisions_request_questions_score_question_criteria_item_type_1 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1,  # noqa: PLC0415
        )
        from ..models.systemone_v1_systemone_post_decisions_request_questions_score_question_instructions_type_1 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1,  # noqa: PLC0415
        )

        criteria = []
        for criteria_item_data in self.criteria:
            criteria_item: dict[str, Any] | list[Any] | str
            if isinstance(
                criteria_item_data, SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1
            ):
                criteria_item = criteria_item_data.to_dict()
            elif isinstance(criteria_item_data, list):
                criteria_item = criteria_item_data

            else:
                criteria_item = criteria_item_data
            criteria.append(criteria_item)

        type_ = self.type_

        instructions: dict[str, Any] | list[Any] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(
            self.instructions, SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1
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
        from ..models.systemone_v1_systemone_post_decisions_request_questions_score_question_criteria_item_type_1 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1,  # noqa: PLC0415
        )
        from ..models.systemone_v1_systemone_post_decisions_request_questions_score_question_instructions_type_1 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        criteria = []
        _criteria = d.pop("criteria")
        for criteria_item_data in _criteria:

            def _parse_criteria_item(
                data: object,
            ) -> list[Any] | str | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    criteria_item_type_1 = (
                        SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1.from_dict(data)
                    )

                    return criteria_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    criteria_item_type_2 = cast(list[Any], data)

                    return criteria_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    list[Any] | str | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionCriteriaItemType1,
                    data,
                )

            criteria_item = _parse_criteria_item(criteria_item_data)

            criteria.append(criteria_item)

        type_ = cast(Literal["score"], d.pop("type"))
        if type_ != "score":
            raise ValueError(f"type must match const 'score', got '{type_}'")

        def _parse_instructions(
            data: object,
        ) -> (
            list[Any]
            | None
            | str
            | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1
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
                    SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1.from_dict(data)
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
                | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestionInstructionsType1
                | Unset,
                data,
            )

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        systemone_v1_systemone_post_decisions_request_questions_score_question = cls(
            criteria=criteria,
            type_=type_,
            instructions=instructions,
        )

        systemone_v1_systemone_post_decisions_request_questions_score_question.additional_properties = d
        return systemone_v1_systemone_post_decisions_request_questions_score_question

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
