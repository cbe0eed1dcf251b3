from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.choice_answer_probabilities import ChoiceAnswerProbabilities


T = TypeVar("T", bound="ChoiceAnswer")


@_attrs_define
class ChoiceAnswer:
    """
    Attributes:
        choice (str):
        confidence (float):
        probabilities (ChoiceAnswerProbabilities):
        type_ (Literal['choice']):
    """

    choice: str
    confidence: float
    probabilities: ChoiceAnswerProbabilities
    type_: Literal["choice"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choice = self.choice

        confidence = self.confidence

        probabilities = self.probabilities.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choice": choice,
                "confidence": confidence,
                "probabilities": probabilities,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.choice_answer_probabilities import ChoiceAnswerProbabilities  # noqa: PLC0415

        d = dict(src_dict)
        choice = d.pop("choice")

        confidence = d.pop("confidence")

        probabilities = ChoiceAnswerProbabilities.from_dict(d.pop("probabilities"))

        type_ = cast(Literal["choice"], d.pop("type"))
        if type_ != "choice":
            raise ValueError(f"type must match const 'choice', got '{type_}'")

        choice_answer = cls(
            choice=choice,
            confidence=confidence,
            probabilities=probabilities,
            type_=type_,
        )

        choice_answer.additional_properties = d
        return choice_answer

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
