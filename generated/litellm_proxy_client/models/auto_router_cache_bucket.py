from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoRouterCacheBucket")


@_attrs_define
class AutoRouterCacheBucket:
    """One prompt-caching bucket of turns, with how often those turns hit the cache.

    Attributes:
        hit_rate_pct (float): hits over this bucket's turns, as a percentage
        hits (int): Turns in this bucket whose response reported cache-read tokens
        turns (int): Turns classified into this bucket
    """

    hit_rate_pct: float
    hits: int
    turns: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hit_rate_pct = self.hit_rate_pct

        hits = self.hits

        turns = self.turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hit_rate_pct": hit_rate_pct,
                "hits": hits,
                "turns": turns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hit_rate_pct = d.pop("hit_rate_pct")

        hits = d.pop("hits")

        turns = d.pop("turns")

        auto_router_cache_bucket = cls(
            hit_rate_pct=hit_rate_pct,
            hits=hits,
            turns=turns,
        )

        auto_router_cache_bucket.additional_properties = d
        return auto_router_cache_bucket

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
