from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.decisions_box import DecisionsBox


T = TypeVar("T", bound="OpenAIBoxAnswer")


@_attrs_define
class OpenAIBoxAnswer:
    """
    Attributes:
        box (DecisionsBox):
        confidence (float | None):
        name (None | str):
        type_ (Literal['box'] | Unset):  Default: 'box'.
    """

    box: DecisionsBox
    confidence: float | None
    name: None | str
    type_: Literal["box"] | Unset = "box"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        box = self.box.to_dict()

        confidence: float | None
        confidence = self.confidence

        name: None | str
        name = self.name

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "box": box,
                "confidence": confidence,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decisions_box import DecisionsBox  # noqa: PLC0415

        d = dict(src_dict)
        box = DecisionsBox.from_dict(d.pop("box"))

        def _parse_confidence(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        confidence = _parse_confidence(d.pop("confidence"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        type_ = cast(Literal["box"] | Unset, d.pop("type", UNSET))
        if type_ != "box" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'box', got '{type_}'")

        open_ai_box_answer = cls(
            box=box,
            confidence=confidence,
            name=name,
            type_=type_,
        )

        open_ai_box_answer.additional_properties = d
        return open_ai_box_answer

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
