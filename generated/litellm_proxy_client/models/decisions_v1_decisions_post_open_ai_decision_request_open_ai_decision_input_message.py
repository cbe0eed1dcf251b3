from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_image import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage,
    )
    from ..models.decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_text import (
        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText,
    )


T = TypeVar("T", bound="DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage")


@_attrs_define
class DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessage:
    """
    Attributes:
        content (list[DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage |
            DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText] | str):
        role (Literal['user'] | Unset):  Default: 'user'.
        type_ (Literal['message'] | Unset):  Default: 'message'.
    """

    content: (
        list[
            DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage
            | DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText
        ]
        | str
    )
    role: Literal["user"] | Unset = "user"
    type_: Literal["message"] | Unset = "message"

    def to_dict(self) -> dict[str, Any]:
        from ..models.decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_text import (
            DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText,  # noqa: PLC0415
        )

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(
                    content_type_1_item_data,
                    DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText,
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        role = self.role

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_image import (
            DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage,  # noqa: PLC0415
        )
        from ..models.decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_text import (
            DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            list[
                DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage
                | DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage
                        | DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_open_ai_decision_input_text = DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText.from_dict(
                                data
                            )

                            return content_type_1_item_open_ai_decision_input_text
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_open_ai_decision_input_image = DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage.from_dict(
                            data
                        )

                        return content_type_1_item_open_ai_decision_input_image

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage
                    | DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        role = cast(Literal["user"] | Unset, d.pop("role", UNSET))
        if role != "user" and not isinstance(role, Unset):
            raise ValueError(f"role must match const 'user', got '{role}'")

        type_ = cast(Literal["message"] | Unset, d.pop("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message = cls(
            content=content,
            role=role,
            type_=type_,
        )

        return decisions_v1_decisions_post_open_ai_decision_request_open_ai_decision_input_message
