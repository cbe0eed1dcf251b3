from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_criteria_type_0 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0,
    )
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_instructions_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1,
    )


T = TypeVar("T", bound="EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion")


@_attrs_define
class EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion:
    """
    Attributes:
        instructions (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1
            | list[Any] | None | str): Free text, or a JSON object, array or null that eu/jev serializes to text before
            inference
        type_ (Literal['noul']):
        criteria (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0 | None
            | Unset): Optional descriptions of what true and false mean
    """

    instructions: (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1
        | list[Any]
        | None
        | str
    )
    type_: Literal["noul"]
    criteria: (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_criteria_type_0 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0,  # noqa: PLC0415
        )
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_instructions_type_1 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1,  # noqa: PLC0415
        )

        instructions: dict[str, Any] | list[Any] | None | str
        if isinstance(
            self.instructions,
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1,
        ):
            instructions = self.instructions.to_dict()
        elif isinstance(self.instructions, list):
            instructions = self.instructions

        else:
            instructions = self.instructions

        type_ = self.type_

        criteria: dict[str, Any] | None | Unset
        if isinstance(self.criteria, Unset):
            criteria = UNSET
        elif isinstance(
            self.criteria,
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0,
        ):
            criteria = self.criteria.to_dict()
        else:
            criteria = self.criteria

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructions": instructions,
                "type": type_,
            }
        )
        if criteria is not UNSET:
            field_dict["criteria"] = criteria

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_criteria_type_0 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0,  # noqa: PLC0415
        )
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question_instructions_type_1 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_instructions(
            data: object,
        ) -> (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1
            | list[Any]
            | None
            | str
        ):
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instructions_type_1 = EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1.from_dict(
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
                EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionInstructionsType1
                | list[Any]
                | None
                | str,
                data,
            )

        instructions = _parse_instructions(d.pop("instructions"))

        type_ = cast(Literal["noul"], d.pop("type"))
        if type_ != "noul":
            raise ValueError(f"type must match const 'noul', got '{type_}'")

        def _parse_criteria(
            data: object,
        ) -> (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                criteria_type_0 = EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0.from_dict(
                    data
                )

                return criteria_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestionCriteriaType0
                | None
                | Unset,
                data,
            )

        criteria = _parse_criteria(d.pop("criteria", UNSET))

        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question = cls(
            instructions=instructions,
            type_=type_,
            criteria=criteria,
        )

        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question.additional_properties = d
        return eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question

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
