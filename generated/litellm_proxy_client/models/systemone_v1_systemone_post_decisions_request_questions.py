from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.systemone_v1_systemone_post_decisions_request_questions_box_question import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion,
    )
    from ..models.systemone_v1_systemone_post_decisions_request_questions_choice_question import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion,
    )
    from ..models.systemone_v1_systemone_post_decisions_request_questions_noul_question import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion,
    )
    from ..models.systemone_v1_systemone_post_decisions_request_questions_score_question import (
        SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion,
    )


T = TypeVar("T", bound="SystemoneV1SystemonePostDecisionsRequestQuestions")


@_attrs_define
class SystemoneV1SystemonePostDecisionsRequestQuestions:
    """Named noul, choice and score questions. Each key becomes a key in the answers"""

    additional_properties: dict[
        str,
        SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion
        | SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion
        | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion
        | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion,
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.systemone_v1_systemone_post_decisions_request_questions_choice_question import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion,  # noqa: PLC0415
        )
        from ..models.systemone_v1_systemone_post_decisions_request_questions_noul_question import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion,  # noqa: PLC0415
        )
        from ..models.systemone_v1_systemone_post_decisions_request_questions_score_question import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion,  # noqa: PLC0415
        )

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion):
                field_dict[prop_name] = prop.to_dict()
            elif isinstance(prop, SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.systemone_v1_systemone_post_decisions_request_questions_box_question import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion,  # noqa: PLC0415
        )
        from ..models.systemone_v1_systemone_post_decisions_request_questions_choice_question import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion,  # noqa: PLC0415
        )
        from ..models.systemone_v1_systemone_post_decisions_request_questions_noul_question import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion,  # noqa: PLC0415
        )
        from ..models.systemone_v1_systemone_post_decisions_request_questions_score_question import (
            SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion,  # noqa: PLC0415
        )

        d = dict(src_dict)
        systemone_v1_systemone_post_decisions_request_questions = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(
                data: object,
            ) -> (
                SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion
                | SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion
                | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion
                | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_noul_question = (
                        SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion.from_dict(data)
                    )

                    return additional_property_noul_question
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_choice_question = (
                        SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion.from_dict(data)
                    )

                    return additional_property_choice_question
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    additional_property_score_question = (
                        SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion.from_dict(data)
                    )

                    return additional_property_score_question
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_box_question = (
                    SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion.from_dict(data)
                )

                return additional_property_box_question

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        systemone_v1_systemone_post_decisions_request_questions.additional_properties = additional_properties
        return systemone_v1_systemone_post_decisions_request_questions

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(
        self, key: str
    ) -> (
        SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion
        | SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion
        | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion
        | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion
    ):
        return self.additional_properties[key]

    def __setitem__(
        self,
        key: str,
        value: SystemoneV1SystemonePostDecisionsRequestQuestionsBoxQuestion
        | SystemoneV1SystemonePostDecisionsRequestQuestionsChoiceQuestion
        | SystemoneV1SystemonePostDecisionsRequestQuestionsNoulQuestion
        | SystemoneV1SystemonePostDecisionsRequestQuestionsScoreQuestion,
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
