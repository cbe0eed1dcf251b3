from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria,
    )
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_instructions_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1,
    )


T = TypeVar("T", bound="EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion")


@_attrs_define
class EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion:
    """
    Attributes:
        criteria (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria): Two to
            64 options, option name to description. A null description uses the option name
        instructions
            (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1 |
            list[Any] | None | str): Free text, or a JSON object, array or null that eu/jev serializes to text before
            inference
        type_ (Literal['choice']):
    """

    criteria: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria
    instructions: (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1
        | list[Any]
        | None
        | str
    )
    type_: Literal["choice"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_instructions_type_1 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1,  # noqa: PLC0415
        )

        criteria = self.criteria.to_dict()

        instructions: dict[str, Any] | list[Any] | None | str
        if isinstance(
            self.instructions,
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1,
        ):
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
                "criteria": criteria,
                "instructions": instructions,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria,  # noqa: PLC0415
        )
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_instructions_type_1 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        criteria = (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria.from_dict(
                d.pop("criteria")
            )
        )

        def _parse_instructions(
            data: object,
        ) -> (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1
            | list[Any]
            | None
            | str
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instructions_type_1 = EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1.from_dict(
                    data
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
                EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionInstructionsType1
                | list[Any]
                | None
                | str,
                data,
            )

        instructions = _parse_instructions(d.pop("instructions"))

        type_ = cast(Literal["choice"], d.pop("type"))
        if type_ != "choice":
            raise ValueError(f"type must match const 'choice', got '{type_}'")

        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question = cls(
            criteria=criteria,
            instructions=instructions,
            type_=type_,
        )

        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question.additional_properties = d
        return eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question

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
