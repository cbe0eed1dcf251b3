from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria_additional_property_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1,
    )


T = TypeVar("T", bound="EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria")


@_attrs_define
class EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteria:
    """Two to 64 options, option name to description. A null description uses the option name"""

    additional_properties: dict[
        str,
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1
        | list[Any]
        | None
        | str,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria_additional_property_type_1 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1,  # noqa: PLC0415
        )

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(
                prop,
                EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1,
            ):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria_additional_property_type_1 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1
                | list[Any]
                | None
                | str
            ):
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1.from_dict(
                        data
                    )

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_property_type_2 = cast(list[Any], data)

                    return additional_property_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(
                    EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1
                    | list[Any]
                    | None
                    | str,
                    data,
                )

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria.additional_properties = additional_properties
        return eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions_eu_jev_choice_question_criteria

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1
        | list[Any]
        | None
        | str
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestionsEuJevChoiceQuestionCriteriaAdditionalPropertyType1
        | list[Any]
        | None
        | str,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
