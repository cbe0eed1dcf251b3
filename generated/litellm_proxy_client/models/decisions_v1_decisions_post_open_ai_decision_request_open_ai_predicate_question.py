from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion")


@_attrs_define
class DecisionsV1DecisionsPostOpenAIDecisionRequestOpenAIPredicateQuestion:
    """
    Attributes:
        instructions (str): The yes/no question to ask about the input
        type_ (Literal['predicate']):
        name (None | str | Unset): Echoed in the matching answer
    """

    instructions: str
    type_: Literal["predicate"]
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        instructions = self.instructions

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "instructions": instructions,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instructions = d.pop("instructions")

        type_ = cast(Literal["predicate"], d.pop("type"))
        if type_ != "predicate":
            raise ValueError(f"type must match const 'predicate', got '{type_}'")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        decisions_v1_decisions_post_open_ai_decision_request_open_ai_predicate_question = cls(
            instructions=instructions,
            type_=type_,
            name=name,
        )

        return decisions_v1_decisions_post_open_ai_decision_request_open_ai_predicate_question
