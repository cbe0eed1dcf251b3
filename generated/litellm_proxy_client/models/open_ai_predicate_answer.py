from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenAIPredicateAnswer")


@_attrs_define
class OpenAIPredicateAnswer:
    """
    Attributes:
        name (None | str):
        probability (float):
        type_ (Literal['predicate'] | Unset):  Default: 'predicate'.
    """

    name: None | str
    probability: float
    type_: Literal["predicate"] | Unset = "predicate"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        probability = self.probability

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "probability": probability,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        probability = d.pop("probability")

        type_ = cast(Literal["predicate"] | Unset, d.pop("type", UNSET))
        if type_ != "predicate" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'predicate', got '{type_}'")

        open_ai_predicate_answer = cls(
            name=name,
            probability=probability,
            type_=type_,
        )

        open_ai_predicate_answer.additional_properties = d
        return open_ai_predicate_answer

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
