from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio")


@_attrs_define
class DecisionsDecisionsPostOpenAIDecisionRequestDecisionsBase64Audio:
    """
    Attributes:
        base64 (str): Base64-encoded audio bytes
        content_type (str): An audio/* media type, such as audio/wav
    """

    base64: str
    content_type: str

    def to_dict(self) -> dict[str, Any]:
        base64 = self.base64

        content_type = self.content_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "base64": base64,
                "content_type": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base64 = d.pop("base64")

        content_type = d.pop("content_type")

        decisions_decisions_post_open_ai_decision_request_decisions_base_64_audio = cls(
            base64=base64,
            content_type=content_type,
        )

        return decisions_decisions_post_open_ai_decision_request_decisions_base_64_audio
