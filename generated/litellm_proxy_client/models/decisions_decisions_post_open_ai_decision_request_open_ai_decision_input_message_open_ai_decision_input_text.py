from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText")


@_attrs_define
class DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputText:
    """
    Attributes:
        text (str):
        type_ (Literal['input_text']):
    """

    text: str
    type_: Literal["input_text"]

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "text": text,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text")

        type_ = cast(Literal["input_text"], d.pop("type"))
        if type_ != "input_text":
            raise ValueError(f"type must match const 'input_text', got '{type_}'")

        decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_text = (
            cls(
                text=text,
                type_=type_,
            )
        )

        return (
            decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_text
        )
