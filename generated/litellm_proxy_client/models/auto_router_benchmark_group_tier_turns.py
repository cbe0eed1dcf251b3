from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AutoRouterBenchmarkGroupTierTurns")


@_attrs_define
class AutoRouterBenchmarkGroupTierTurns:
    """Turns per tier, keyed by the tier name the routing decision recorded at request time (never re-derived at read time,
    since the tier-to-model mapping is mutable config). Tier names are scoped to this group's router_type and are not
    comparable across types: a complexity router reports 'SIMPLE'/'MEDIUM'/'COMPLEX'/'REASONING', a quality router
    reports its numeric quality tier, and an adaptive router records no tier at all. Turns no tier served (the
    classifier fell back to default_model) are absent rather than pooled under a sentinel key, so the values may sum to
    less than turns

    """

    additional_properties: dict[str, int] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        auto_router_benchmark_group_tier_turns = cls()

        auto_router_benchmark_group_tier_turns.additional_properties = d
        return auto_router_benchmark_group_tier_turns

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> int:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: int) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
