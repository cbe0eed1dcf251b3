from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.systemone_v1_systemone_post_decisions_request_questions_noul_question_criteria_type_0 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0,
    )
    from ..models.systemone_v1_systemone_post_decisions_request_questions_noul_question_instructions_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1,
    )


T = TypeVar("T", bound="SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion")


@_attrs_define
class SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion:
    """
    Attributes:
        type_ (Literal['noul']):
        criteria (None | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0 | Unset): Optional
            descriptions of what makes the answer true and what makes it false
        instructions (list[Any] | None | str |
            SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1 | Unset): The yes/no question to
            ask about the state
    """

    type_: Literal["noul"]
    criteria: None | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0 | Unset = UNSET
    instructions: (
        list[Any] | None | str | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.systemone_v1_systemone_post_decisions_request_questions_noul_question_criteria_type_0 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0,  # noqa: PLC0415
        )
        from ..models.systemone_v1_systemone_post_decisions_request_questions_noul_question_instructions_type_1 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1,  # noqa: PLC0415
        )

        type_ = self.type_

        criteria: dict[str, Any] | None | Unset
        if isinstance(self.criteria, Unset):
            criteria = UNSET
        elif isinstance(self.criteria, SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0):
            criteria = self.criteria.to_dict()
        else:
            criteria = self.criteria

        instructions: dict[str, Any] | list[Any] | None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        elif isinstance(
            self.instructions, SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1
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
                "type": type_,
            }
        )
        if criteria is not UNSET:
            field_dict["criteria"] = criteria
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.systemone_v1_systemone_post_decisions_request_questions_noul_question_criteria_type_0 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0,  # noqa: PLC0415
        )
        from ..models.systemone_v1_systemone_post_decisions_request_questions_noul_question_instructions_type_1 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["noul"], d.pop("type"))
        if type_ != "noul":
            raise ValueError(f"type must match const 'noul', got '{type_}'")

        def _parse_criteria(
            data: object,
        ) -> None | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                criteria_type_0 = SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0.from_dict(
                    data
                )

                return criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionCriteriaType0 | Unset, data)

        criteria = _parse_criteria(d.pop("criteria", UNSET))

        def _parse_instructions(
            data: object,
        ) -> (
            list[Any]
            | None
            | str
            | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1
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
                    SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1.from_dict(data)
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
                | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestionInstructionsType1
                | Unset,
                data,
            )

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        systemone_v1_systemone_post_decisions_request_questions_noul_question = cls(
            type_=type_,
            criteria=criteria,
            instructions=instructions,
        )

        systemone_v1_systemone_post_decisions_request_questions_noul_question.additional_properties = d
        return systemone_v1_systemone_post_decisions_request_questions_noul_question

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
