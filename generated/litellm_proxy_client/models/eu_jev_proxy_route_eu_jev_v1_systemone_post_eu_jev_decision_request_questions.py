from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion,
    )
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion,
    )
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_score_question import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion,
    )


T = TypeVar("T", bound="EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions")


@_attrs_define
class EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions:
    """One to eight questions, keyed by names of up to 80 characters"""

    additional_properties: dict[
        str,
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion
        | EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion
        | EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion,  # noqa: PLC0415
        )
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion,  # noqa: PLC0415
        )

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion,  # noqa: PLC0415
        )
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_noul_question import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion,  # noqa: PLC0415
        )
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_score_question import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion,  # noqa: PLC0415
        )

        d = dict(src_dict)
        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion
                | EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion
                | EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_eu_jev_choice_question = (
                        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion.from_dict(
                            data
                        )
                    )

                    return additional_property_eu_jev_choice_question
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_eu_jev_noul_question = (
                        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion.from_dict(
                            data
                        )
                    )

                    return additional_property_eu_jev_noul_question
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_eu_jev_score_question = (
                    EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion.from_dict(data)
                )

                return additional_property_eu_jev_score_question

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions.additional_properties = (
            additional_properties
        )
        return eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion
        | EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion
        | EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestion
        | EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevNoulQuestion
        | EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevScoreQuestion,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
