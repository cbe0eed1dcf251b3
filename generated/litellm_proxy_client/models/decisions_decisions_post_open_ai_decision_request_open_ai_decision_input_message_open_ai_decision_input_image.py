from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage")


@_attrs_define
class DecisionsDecisionsPostOpenAIDecisionRequestOpenAIDecisionInputMessageOpenAIDecisionInputImage:
    """
    Attributes:
        image_url (str):
        type_ (Literal['input_image']):
        detail (None | str | Unset):
    """

    image_url: str
    type_: Literal["input_image"]
    detail: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        type_ = self.type_

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "image_url": image_url,
                "type": type_,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        type_ = cast(Literal["input_image"], d.pop("type"))
        if type_ != "input_image":
            raise ValueError(f"type must match const 'input_image', got '{type_}'")

        def _parse_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        detail = _parse_detail(d.pop("detail", UNSET))

        decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_image = cls(
            image_url=image_url,
            type_=type_,
            detail=detail,
        )

        return decisions_decisions_post_open_ai_decision_request_open_ai_decision_input_message_open_ai_decision_input_image
