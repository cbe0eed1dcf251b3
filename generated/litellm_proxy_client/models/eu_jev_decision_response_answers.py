from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.choice_answer import ChoiceAnswer
    from ..models.noul_answer import NoulAnswer
    from ..models.score_answer import ScoreAnswer


T = TypeVar("T", bound="EuJevDecisionResponseAnswers")


@_attrs_define
class EuJevDecisionResponseAnswers:
    """One answer per question, under the same names"""

    additional_properties: dict[str, ChoiceAnswer | NoulAnswer | ScoreAnswer] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.choice_answer import ChoiceAnswer  # noqa: PLC0415
        from ..models.noul_answer import NoulAnswer  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, ChoiceAnswer):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, NoulAnswer):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.choice_answer import ChoiceAnswer  # noqa: PLC0415
        from ..models.noul_answer import NoulAnswer  # noqa: PLC0415
        from ..models.score_answer import ScoreAnswer  # noqa: PLC0415

        d = dict(src_dict)
        eu_jev_decision_response_answers = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> ChoiceAnswer | NoulAnswer | ScoreAnswer:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_0 = ChoiceAnswer.from_dict(data)

                    return additional_property_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_type_1 = NoulAnswer.from_dict(data)

                    return additional_property_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_2 = ScoreAnswer.from_dict(data)

                return additional_property_type_2

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        eu_jev_decision_response_answers.additional_properties = additional_properties
        return eu_jev_decision_response_answers

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ChoiceAnswer | NoulAnswer | ScoreAnswer:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ChoiceAnswer | NoulAnswer | ScoreAnswer) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
