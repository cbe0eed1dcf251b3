from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_ai_choice_probability import OpenAIChoiceProbability


T = TypeVar("T", bound="OpenAIChoiceAnswer")


@_attrs_define
class OpenAIChoiceAnswer:
    """
    Attributes:
        choice (bool | str):
        name (None | str):
        probabilities (list[OpenAIChoiceProbability]):
        confidence (float | None | Unset):
        type_ (Literal['choice'] | Unset):  Default: 'choice'.
    """

    choice: bool | str
    name: None | str
    probabilities: list[OpenAIChoiceProbability]
    confidence: float | None | Unset = UNSET
    type_: Literal["choice"] | Unset = "choice"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        choice: bool | str
        choice = self.choice

        name: None | str
        name = self.name

        probabilities = []
        for probabilities_item_data in self.probabilities:
            probabilities_item = probabilities_item_data.to_dict()
            probabilities.append(probabilities_item)

        confidence: float | None | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "choice": choice,
                "name": name,
                "probabilities": probabilities,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_ai_choice_probability import OpenAIChoiceProbability  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_choice(data: object) -> bool | str:
            return cast(bool | str, data)

        choice = _parse_choice(d.pop("choice"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        probabilities = []
        _probabilities = d.pop("probabilities")
        for probabilities_item_data in _probabilities:
            probabilities_item = OpenAIChoiceProbability.from_dict(probabilities_item_data)

            probabilities.append(probabilities_item)

        def _parse_confidence(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        confidence = _parse_confidence(d.pop("confidence", UNSET))

        type_ = cast(Literal["choice"] | Unset, d.pop("type", UNSET))
        if type_ != "choice" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'choice', got '{type_}'")

        open_ai_choice_answer = cls(
            choice=choice,
            name=name,
            probabilities=probabilities,
            confidence=confidence,
            type_=type_,
        )

        open_ai_choice_answer.additional_properties = d
        return open_ai_choice_answer

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
