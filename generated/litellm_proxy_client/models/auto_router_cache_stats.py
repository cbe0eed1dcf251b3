from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_router_cache_bucket import AutoRouterCacheBucket


T = TypeVar("T", bound="AutoRouterCacheStats")


@_attrs_define
class AutoRouterCacheStats:
    """Prompt-caching behaviour of auto-routed turns, bucketed by what the router did.

    Every in-order turn falls in exactly one bucket: the session stayed on the same model,
    visited a model for the first time (cold by design), or returned to a model it had
    already used. Out-of-order turns (cross-pod flush races) are counted but not bucketed.

        Attributes:
            coverage_pct (float): Share of turns that carried cache telemetry
            first_visit (AutoRouterCacheBucket): One prompt-caching bucket of turns, with how often those turns hit the
                cache.
            hit_rate_pct (float): All cache hits over telemetry-bearing turns
            return_misses_expired (int): Return-to-tier misses where the model's recorded cache TTL had lapsed
            return_misses_unknown (int): Return-to-tier misses with no recorded TTL to attribute against
            return_misses_within_ttl (int): Return-to-tier misses inside the recorded TTL: the prefix changed or the
                provider evicted the entry early; billing telemetry cannot distinguish the two
            return_to_tier (AutoRouterCacheBucket): One prompt-caching bucket of turns, with how often those turns hit the
                cache.
            same_model (AutoRouterCacheBucket): One prompt-caching bucket of turns, with how often those turns hit the
                cache.
            ttl_1h_turns (int): Turns whose cache write used the one-hour TTL
            ttl_5m_turns (int): Turns whose cache write used the five-minute TTL
            unordered_turns (int): Turns that arrived out of order and were not bucketed
    """

    coverage_pct: float
    first_visit: AutoRouterCacheBucket
    hit_rate_pct: float
    return_misses_expired: int
    return_misses_unknown: int
    return_misses_within_ttl: int
    return_to_tier: AutoRouterCacheBucket
    same_model: AutoRouterCacheBucket
    ttl_1h_turns: int
    ttl_5m_turns: int
    unordered_turns: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        coverage_pct = self.coverage_pct

        first_visit = self.first_visit.to_dict()

        hit_rate_pct = self.hit_rate_pct

        return_misses_expired = self.return_misses_expired

        return_misses_unknown = self.return_misses_unknown

        return_misses_within_ttl = self.return_misses_within_ttl

        return_to_tier = self.return_to_tier.to_dict()

        same_model = self.same_model.to_dict()

        ttl_1h_turns = self.ttl_1h_turns

        ttl_5m_turns = self.ttl_5m_turns

        unordered_turns = self.unordered_turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coverage_pct": coverage_pct,
                "first_visit": first_visit,
                "hit_rate_pct": hit_rate_pct,
                "return_misses_expired": return_misses_expired,
                "return_misses_unknown": return_misses_unknown,
                "return_misses_within_ttl": return_misses_within_ttl,
                "return_to_tier": return_to_tier,
                "same_model": same_model,
                "ttl_1h_turns": ttl_1h_turns,
                "ttl_5m_turns": ttl_5m_turns,
                "unordered_turns": unordered_turns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_router_cache_bucket import AutoRouterCacheBucket  # noqa: PLC0415

        d = dict(src_dict)
        coverage_pct = d.pop("coverage_pct")

        first_visit = AutoRouterCacheBucket.from_dict(d.pop("first_visit"))

        hit_rate_pct = d.pop("hit_rate_pct")

        return_misses_expired = d.pop("return_misses_expired")

        return_misses_unknown = d.pop("return_misses_unknown")

        return_misses_within_ttl = d.pop("return_misses_within_ttl")

        return_to_tier = AutoRouterCacheBucket.from_dict(d.pop("return_to_tier"))

        same_model = AutoRouterCacheBucket.from_dict(d.pop("same_model"))

        ttl_1h_turns = d.pop("ttl_1h_turns")

        ttl_5m_turns = d.pop("ttl_5m_turns")

        unordered_turns = d.pop("unordered_turns")

        auto_router_cache_stats = cls(
            coverage_pct=coverage_pct,
            first_visit=first_visit,
            hit_rate_pct=hit_rate_pct,
            return_misses_expired=return_misses_expired,
            return_misses_unknown=return_misses_unknown,
            return_misses_within_ttl=return_misses_within_ttl,
            return_to_tier=return_to_tier,
            same_model=same_model,
            ttl_1h_turns=ttl_1h_turns,
            ttl_5m_turns=ttl_5m_turns,
            unordered_turns=unordered_turns,
        )

        auto_router_cache_stats.additional_properties = d
        return auto_router_cache_stats

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
