from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.custom_dimension_scoring_mode import CustomDimensionScoringMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomDimension")


@_attrs_define
class CustomDimension:
    """
    Attributes:
        name (str):
        weight (float):
        keywords (list[str] | Unset):
        patterns (list[str] | Unset):
        scoring_mode (CustomDimensionScoringMode | Unset): 'binary' scores 1 when any matcher hits. 'match_count' scores
            0.5 when one distinct matcher hits and 1 when two or more do; repeated occurrences of one matcher never raise
            it. Keywords are distinct case-insensitively, patterns by source, and a keyword and a pattern are always
            distinct from each other. Default: CustomDimensionScoringMode.BINARY.
    """

    name: str
    weight: float
    keywords: list[str] | Unset = UNSET
    patterns: list[str] | Unset = UNSET
    scoring_mode: CustomDimensionScoringMode | Unset = CustomDimensionScoringMode.BINARY

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        weight = self.weight

        keywords: list[str] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords

        patterns: list[str] | Unset = UNSET
        if not isinstance(self.patterns, Unset):
            patterns = self.patterns

        scoring_mode: str | Unset = UNSET
        if not isinstance(self.scoring_mode, Unset):
            scoring_mode = self.scoring_mode.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "weight": weight,
            }
        )
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if patterns is not UNSET:
            field_dict["patterns"] = patterns
        if scoring_mode is not UNSET:
            field_dict["scoring_mode"] = scoring_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        weight = d.pop("weight")

        keywords = cast(list[str], d.pop("keywords", UNSET))

        patterns = cast(list[str], d.pop("patterns", UNSET))

        _scoring_mode = d.pop("scoring_mode", UNSET)
        scoring_mode: CustomDimensionScoringMode | Unset
        if isinstance(_scoring_mode, Unset):
            scoring_mode = UNSET
        else:
            scoring_mode = CustomDimensionScoringMode(_scoring_mode)

        custom_dimension = cls(
            name=name,
            weight=weight,
            keywords=keywords,
            patterns=patterns,
            scoring_mode=scoring_mode,
        )

        return custom_dimension
