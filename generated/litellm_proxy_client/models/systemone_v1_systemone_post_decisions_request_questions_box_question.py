from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.systemone_v1_systemone_post_decisions_request_questions_box_question_instructions_type_1 import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1,
    )


T = TypeVar("T", bound="SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion")


@_attrs_define
class SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion:
    """
    Attributes:
        instructions (list[Any] | str | SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1):
            What to find, and in which image, such as 'the coffee mug in `photo`'
        type_ (Literal['box']):
    """

    instructions: list[Any] | str | SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1
    type_: Literal["box"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.systemone_v1_systemone_post_decisions_request_questions_box_question_instructions_type_1 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1,  # noqa: PLC0415
        )

        instructions: dict[str, Any] | list[Any] | str
        if isinstance(self.instructions, SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1):
            instructions = self.instructions.to_dict()
        elif isinstance(self.instructions, list):
            instructions = self.instructions

        else:
            instructions = self.instructions

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructions": instructions,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.systemone_v1_systemone_post_decisions_request_questions_box_question_instructions_type_1 import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_instructions(
            data: object,
        ) -> list[Any] | str | SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instructions_type_1 = (
                    SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1.from_dict(data)
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
                list[Any] | str | SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestionInstructionsType1, data
            )

        instructions = _parse_instructions(d.pop("instructions"))

        type_ = cast(Literal["box"], d.pop("type"))
        if type_ != "box":
            raise ValueError(f"type must match const 'box', got '{type_}'")

        systemone_v1_systemone_post_decisions_request_questions_box_question = cls(
            instructions=instructions,
            type_=type_,
        )

        systemone_v1_systemone_post_decisions_request_questions_box_question.additional_properties = d
        return systemone_v1_systemone_post_decisions_request_questions_box_question

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
