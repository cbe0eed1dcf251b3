from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.decisions_box import DecisionsBox


T = TypeVar("T", bound="BoxAnswer")


@_attrs_define
class BoxAnswer:
    """
    Attributes:
        box (DecisionsBox):
        confidence (float | None):
        type_ (Literal['box']):
    """

    box: DecisionsBox
    confidence: float | None
    type_: Literal["box"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        box = self.box.to_dict()

        confidence: float | None
        confidence = self.confidence

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "box": box,
                "confidence": confidence,
                "type": type_,
            }
        )

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

        type_ = cast(Literal["box"], d.pop("type"))
        if type_ != "box":
            raise ValueError(f"type must match const 'box', got '{type_}'")

        box_answer = cls(
            box=box,
            confidence=confidence,
            type_=type_,
        )

        box_answer.additional_properties = d
        return box_answer

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
