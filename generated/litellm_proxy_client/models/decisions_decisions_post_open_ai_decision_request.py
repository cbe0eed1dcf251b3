from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decisions_decisions_post_open_ai_decision_request_decisions_base_64_audio import (
        DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio,
    )
    from ..models.decisions_decisions_post_open_ai_decision_request_decisions_base_64_video import (
        DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video,
    )
    from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_box_question import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion,
    )
    from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_choice_question import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion,
    )
    from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage,
    )
    from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_predicate_question import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion,
    )
    from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_score_question import (
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion,
    )


T = TypeVar("T", bound="DecisionsDecisionsPostOpenAIDecisionRequest")


@_attrs_define
class DecisionsDecisionsPostOpenAIDecisionRequest:
    """
    Attributes:
        input_ (list[DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage] | str): The text being
            judged, or user messages whose content mixes input_text and input_image parts
        model (str): A decision model from the proxy model_list
        questions (list[DecisionsDecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion |
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion |
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion |
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion]): Predicate, choice and score questions. Answers
            come back in the same order
        audio (list[DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio | str] | Unset): Clef-omni only. Up
            to 4 embedded audio clips, each a base64 data URL or {content_type, base64}
        safety_identifier (None | str | Unset): A stable id for your end user. Sent to OpenAI and dropped for other
            providers
        videos (list[DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video | str] | Unset): Clef-omni only. Up
            to 2 embedded videos, each a base64 data URL or {content_type, base64}
    """

    input_: list[DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage] | str
    model: str
    questions: list[
        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion
        | DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion
        | DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion
        | DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion
    ]
    audio: list[DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio | str] | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    videos: list[DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.decisions_decisions_post_open_ai_decision_request_decisions_base_64_audio import (
            DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_decisions_base_64_video import (
            DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_choice_question import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_predicate_question import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_score_question import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion,  # noqa: PLC0415
        )

        input_: list[dict[str, Any]] | str
        if isinstance(self.input_, list):
            input_ = []
            for input_type_1_item_data in self.input_:
                input_type_1_item = input_type_1_item_data.to_dict()
                input_.append(input_type_1_item)

        else:
            input_ = self.input_

        model = self.model

        questions = []
        for questions_item_data in self.questions:
            questions_item: dict[str, Any]
            if isinstance(questions_item_data, DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion):
                questions_item = questions_item_data.to_dict()
            elif isinstance(questions_item_data, DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion):
                questions_item = questions_item_data.to_dict()
            elif isinstance(questions_item_data, DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion):
                questions_item = questions_item_data.to_dict()
            else:
                questions_item = questions_item_data.to_dict()

            questions.append(questions_item)

        audio: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.audio, Unset):
            audio = []
            for audio_item_data in self.audio:
                audio_item: dict[str, Any] | str
                if isinstance(audio_item_data, DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio):
                    audio_item = audio_item_data.to_dict()
                else:
                    audio_item = audio_item_data
                audio.append(audio_item)

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        videos: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.videos, Unset):
            videos = []
            for videos_item_data in self.videos:
                videos_item: dict[str, Any] | str
                if isinstance(videos_item_data, DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video):
                    videos_item = videos_item_data.to_dict()
                else:
                    videos_item = videos_item_data
                videos.append(videos_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "model": model,
                "questions": questions,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if videos is not UNSET:
            field_dict["videos"] = videos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decisions_decisions_post_open_ai_decision_request_decisions_base_64_audio import (
            DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_decisions_base_64_video import (
            DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_box_question import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_choice_question import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_predicate_question import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion,  # noqa: PLC0415
        )
        from ..models.decisions_decisions_post_open_ai_decision_request_open_ai_score_question import (
            DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_input_(
            data: object,
        ) -> list[DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                input_type_1 = []
                _input_type_1 = data
                for input_type_1_item_data in _input_type_1:
                    input_type_1_item = DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage.from_dict(
                        input_type_1_item_data
                    )

                    input_type_1.append(input_type_1_item)

                return input_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage] | str, data)

        input_ = _parse_input_(d.pop("input"))

        model = d.pop("model")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:

            def _parse_questions_item(
                data: object,
            ) -> (
                DecisionsDecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion
                | DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion
                | DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion
                | DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    questions_item_open_ai_predicate_question = (
                        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion.from_dict(data)
                    )

                    return questions_item_open_ai_predicate_question
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    questions_item_open_ai_choice_question = (
                        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIChoiceQuestion.from_dict(data)
                    )

                    return questions_item_open_ai_choice_question
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    questions_item_open_ai_score_question = (
                        DecisionsDecisionsPostOpenAIDecisionRequestOpenAIScoreQuestion.from_dict(data)
                    )

                    return questions_item_open_ai_score_question
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                questions_item_open_ai_box_question = (
                    DecisionsDecisionsPostOpenAIDecisionRequestOpenAIBoxQuestion.from_dict(data)
                )

                return questions_item_open_ai_box_question

            questions_item = _parse_questions_item(questions_item_data)

            questions.append(questions_item)

        _audio = d.pop("audio", UNSET)
        audio: list[DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio | str] | Unset = UNSET
        if _audio is not UNSET:
            audio = []
            for audio_item_data in _audio:

                def _parse_audio_item(
                    data: object,
                ) -> DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        audio_item_decisions_base_64_audio = (
                            DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio.from_dict(data)
                        )

                        return audio_item_decisions_base_64_audio
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio | str, data)

                audio_item = _parse_audio_item(audio_item_data)

                audio.append(audio_item)

        def _parse_safety_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        _videos = d.pop("videos", UNSET)
        videos: list[DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video | str] | Unset = UNSET
        if _videos is not UNSET:
            videos = []
            for videos_item_data in _videos:

                def _parse_videos_item(
                    data: object,
                ) -> DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        videos_item_decisions_base_64_video = (
                            DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video.from_dict(data)
                        )

                        return videos_item_decisions_base_64_video
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Video | str, data)

                videos_item = _parse_videos_item(videos_item_data)

                videos.append(videos_item)

        decisions_decisions_post_open_ai_decision_request = cls(
            input_=input_,
            model=model,
            questions=questions,
            audio=audio,
            safety_identifier=safety_identifier,
            videos=videos,
        )

        decisions_decisions_post_open_ai_decision_request.additional_properties = d
        return decisions_decisions_post_open_ai_decision_request

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
