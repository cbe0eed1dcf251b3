from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ranking_options_ranker_type_0 import RankingOptionsRankerType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ranking_options_hybrid_search import RankingOptionsHybridSearch


T = TypeVar("T", bound="RankingOptions")


@_attrs_define
class RankingOptions:
    """Ranking options for search.

    Attributes:
        hybrid_search (None | RankingOptionsHybridSearch | Unset):
        ranker (None | RankingOptionsRankerType0 | Unset):
        score_threshold (float | None | Unset):
    """

    hybrid_search: None | RankingOptionsHybridSearch | Unset = UNSET
    ranker: None | RankingOptionsRankerType0 | Unset = UNSET
    score_threshold: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ranking_options_hybrid_search import RankingOptionsHybridSearch  # noqa: PLC0415

        hybrid_search: dict[str, Any] | None | Unset
        if isinstance(self.hybrid_search, Unset):
            hybrid_search = UNSET
        elif isinstance(self.hybrid_search, RankingOptionsHybridSearch):
            hybrid_search = self.hybrid_search.to_dict()
        else:
            hybrid_search = self.hybrid_search

        ranker: None | str | Unset
        if isinstance(self.ranker, Unset):
            ranker = UNSET
        elif isinstance(self.ranker, RankingOptionsRankerType0):
            ranker = self.ranker.value
        else:
            ranker = self.ranker

        score_threshold: float | None | Unset
        if isinstance(self.score_threshold, Unset):
            score_threshold = UNSET
        else:
            score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hybrid_search is not UNSET:
            field_dict["hybrid_search"] = hybrid_search
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ranking_options_hybrid_search import RankingOptionsHybridSearch  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_hybrid_search(data: object) -> None | RankingOptionsHybridSearch | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hybrid_search_type_0 = RankingOptionsHybridSearch.from_dict(data)

                return hybrid_search_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RankingOptionsHybridSearch | Unset, data)

        hybrid_search = _parse_hybrid_search(d.pop("hybrid_search", UNSET))

        def _parse_ranker(data: object) -> None | RankingOptionsRankerType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ranker_type_0 = RankingOptionsRankerType0(data)

                return ranker_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RankingOptionsRankerType0 | Unset, data)

        ranker = _parse_ranker(d.pop("ranker", UNSET))

        def _parse_score_threshold(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score_threshold = _parse_score_threshold(d.pop("score_threshold", UNSET))

        ranking_options = cls(
            hybrid_search=hybrid_search,
            ranker=ranker,
            score_threshold=score_threshold,
        )

        ranking_options.additional_properties = d
        return ranking_options

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
