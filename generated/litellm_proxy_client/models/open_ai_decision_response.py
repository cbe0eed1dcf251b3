from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.open_ai_box_answer import OpenAIBoxAnswer
    from ..models.open_ai_choice_answer import OpenAIChoiceAnswer
    from ..models.open_ai_decision_usage import OpenAIDecisionUsage
    from ..models.open_ai_predicate_answer import OpenAIPredicateAnswer
    from ..models.open_ai_refusal_answer import OpenAIRefusalAnswer
    from ..models.open_ai_score_answer import OpenAIScoreAnswer


T = TypeVar("T", bound="OpenAIDecisionResponse")


@_attrs_define
class OpenAIDecisionResponse:
    """
    Attributes:
        answers (list[OpenAIBoxAnswer | OpenAIChoiceAnswer | OpenAIPredicateAnswer | OpenAIRefusalAnswer |
            OpenAIScoreAnswer]):
        model (str):
        usage (OpenAIDecisionUsage):
    """

    answers: list[
        OpenAIBoxAnswer | OpenAIChoiceAnswer | OpenAIPredicateAnswer | OpenAIRefusalAnswer | OpenAIScoreAnswer
    ]
    model: str
    usage: OpenAIDecisionUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_ai_box_answer import OpenAIBoxAnswer  # noqa: PLC0415
        from ..models.open_ai_choice_answer import OpenAIChoiceAnswer  # noqa: PLC0415
        from ..models.open_ai_predicate_answer import OpenAIPredicateAnswer  # noqa: PLC0415
        from ..models.open_ai_score_answer import OpenAIScoreAnswer  # noqa: PLC0415

        answers = []
        for answers_item_data in self.answers:
            answers_item: dict[str, Any]
            if isinstance(answers_item_data, OpenAIPredicateAnswer):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, OpenAIChoiceAnswer):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, OpenAIScoreAnswer):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, OpenAIBoxAnswer):
                answers_item = answers_item_data.to_dict()
            else:
                answers_item = answers_item_data.to_dict()

            answers.append(answers_item)

        model = self.model

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "model": model,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_ai_box_answer import OpenAIBoxAnswer  # noqa: PLC0415
        from ..models.open_ai_choice_answer import OpenAIChoiceAnswer  # noqa: PLC0415
        from ..models.open_ai_decision_usage import OpenAIDecisionUsage  # noqa: PLC0415
        from ..models.open_ai_predicate_answer import OpenAIPredicateAnswer  # noqa: PLC0415
        from ..models.open_ai_refusal_answer import OpenAIRefusalAnswer  # noqa: PLC0415
        from ..models.open_ai_score_answer import OpenAIScoreAnswer  # noqa: PLC0415

        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:

            def _parse_answers_item(
                data: object,
            ) -> OpenAIBoxAnswer | OpenAIChoiceAnswer | OpenAIPredicateAnswer | OpenAIRefusalAnswer | OpenAIScoreAnswer:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    answers_item_type_0 = OpenAIPredicateAnswer.from_dict(data)

                    return answers_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    answers_item_type_1 = OpenAIChoiceAnswer.from_dict(data)

                    return answers_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    answers_item_type_2 = OpenAIScoreAnswer.from_dict(data)

                    return answers_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    answers_item_type_3 = OpenAIBoxAnswer.from_dict(data)

                    return answers_item_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                answers_item_type_4 = OpenAIRefusalAnswer.from_dict(data)

                return answers_item_type_4

            answers_item = _parse_answers_item(answers_item_data)

            answers.append(answers_item)

        model = d.pop("model")

        usage = OpenAIDecisionUsage.from_dict(d.pop("usage"))

        open_ai_decision_response = cls(
            answers=answers,
            model=model,
            usage=usage,
        )

        open_ai_decision_response.additional_properties = d
        return open_ai_decision_response

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
