from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="TraceQueryRelationship")


@_attrs_define
class TraceQueryRelationship:
    """
    Attributes:
        additional_predicates (str):
        left (str):
        meaning (str):
        right (str):
    """

    additional_predicates: str
    left: str
    meaning: str
    right: str

    def to_dict(self) -> dict[str, Any]:
        additional_predicates = self.additional_predicates

        left = self.left

        meaning = self.meaning

        right = self.right

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "additional_predicates": additional_predicates,
                "left": left,
                "meaning": meaning,
                "right": right,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        additional_predicates = d.pop("additional_predicates")

        left = d.pop("left")

        meaning = d.pop("meaning")

        right = d.pop("right")

        trace_query_relationship = cls(
            additional_predicates=additional_predicates,
            left=left,
            meaning=meaning,
            right=right,
        )

        return trace_query_relationship
