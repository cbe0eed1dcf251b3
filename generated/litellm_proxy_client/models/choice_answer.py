from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.choice_answer_probabilities import ChoiceAnswerProbabilities


T = TypeVar("T", bound="ChoiceAnswer")


@_attrs_define
class ChoiceAnswer:
    """
    Attributes:
        choice (str):
        probabilities (ChoiceAnswerProbabilities):
        type_ (Literal['choice']):
        confidence (float | None | Unset):
    """

    choice: str
    probabilities: ChoiceAnswerProbabilities
    type_: Literal["choice"]
    confidence: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choice = self.choice

        probabilities = self.probabilities.to_dict()

        type_ = self.type_

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choice": choice,
                "probabilities": probabilities,
                "type": type_,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.choice_answer_probabilities import ChoiceAnswerProbabilities  # noqa: PLC0415

        d = dict(src_dict)
        choice = d.pop("choice")

        probabilities = ChoiceAnswerProbabilities.from_dict(d.pop("probabilities"))

        type_ = cast(Literal["choice"], d.pop("type"))
        if type_ != "choice":
            raise ValueError(f"type must match const 'choice', got '{type_}'")

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        choice_answer = cls(
            choice=choice,
            probabilities=probabilities,
            type_=type_,
            confidence=confidence,
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
