from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_router_benchmark_group_tier_turns import AutoRouterBenchmarkGroupTierTurns
    from ..models.auto_router_cache_stats import AutoRouterCacheStats


T = TypeVar("T", bound="AutoRouterBenchmarkGroup")


@_attrs_define
class AutoRouterBenchmarkGroup:
    """One auto-router's slice of the benchmarks.

    Attributes:
        avg_session_seconds (float | None): Lifetime seconds per overlapping session; null as above
        avg_tokens_per_session (float | None): Lifetime tokens per overlapping session; null as above
        avg_turns_per_session (float | None): Lifetime turns per overlapping session; null when the window has routed
            requests but no session rows for this router type, such as an alias whose router type changed mid-session
        baseline_spend (float | None): Estimated single-model cost: compared actual spend plus recorded savings; null
            when traffic has no recorded savings
        cache (AutoRouterCacheStats): Prompt-caching behaviour of auto-routed turns, bucketed by what the router did.

            Every in-order turn falls in exactly one bucket: the session stayed on the same model,
            visited a model for the first time (cold by design), or returned to a model it had
            already used. Out-of-order turns (cross-pod flush races) are counted but not bucketed.
        classifier_cost (float | None): Recorded LLM classifier cost already included in spend; null when any session
            turns predate subtotal recording, and zero for an empty window
        router_name (str): The auto-router alias requests were sent to
        router_type (str): complexity, adaptive or quality
        saved_pct (float | None): Recorded savings over baseline_spend, as a percentage
        saved_spend (float | None): Recorded savings on the selected UTC days; null when traffic has no recorded savings
            estimates. On totals this is the same daily figure the Overall savings view reports
        savings_estimated_actual_spend (float): Actual spend, including classifier cost, for the compared requests
        savings_estimated_turns (int): Requests compared against the baseline: every request on complexity routers that
            recorded savings
        sessions (int): Sessions overlapping the window, counted whole
        spend (float): What the selected days' routed traffic actually cost
        turns (int): Auto-routed requests on the selected UTC days
        savings_estimated_classifier_cost (float | None | Unset): Classifier cost included in the compared actual spend;
            null when classification costs for those requests are unavailable
        tier_turns (AutoRouterBenchmarkGroupTierTurns | Unset): Turns per tier, keyed by the tier name the routing
            decision recorded at request time (never re-derived at read time, since the tier-to-model mapping is mutable
            config). Tier names are scoped to this group's router_type and are not comparable across types: a complexity
            router reports 'SIMPLE'/'MEDIUM'/'COMPLEX'/'REASONING', a quality router reports its numeric quality tier, and
            an adaptive router records no tier at all. Turns no tier served (the classifier fell back to default_model) are
            absent rather than pooled under a sentinel key, so the values may sum to less than turns
        total_tokens (int | None | Unset): Input and output tokens of routed generation requests on the selected UTC
            days, excluding classifier tokens; null when any selected requests predate daily token recording
        unattributed_saved_spend (float | None | Unset): Part of saved_spend no router's daily rows account for, such as
            history recorded before per-router daily tracking; when set, baseline_spend and saved_pct are null
    """

    avg_session_seconds: float | None
    avg_tokens_per_session: float | None
    avg_turns_per_session: float | None
    baseline_spend: float | None
    cache: AutoRouterCacheStats
    classifier_cost: float | None
    router_name: str
    router_type: str
    saved_pct: float | None
    saved_spend: float | None
    savings_estimated_actual_spend: float
    savings_estimated_turns: int
    sessions: int
    spend: float
    turns: int
    savings_estimated_classifier_cost: float | None | Unset = UNSET
    tier_turns: AutoRouterBenchmarkGroupTierTurns | Unset = UNSET
    total_tokens: int | None | Unset = UNSET
    unattributed_saved_spend: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_session_seconds: float | None
        avg_session_seconds = self.avg_session_seconds

        avg_tokens_per_session: float | None
        avg_tokens_per_session = self.avg_tokens_per_session

        avg_turns_per_session: float | None
        avg_turns_per_session = self.avg_turns_per_session

        baseline_spend: float | None
        baseline_spend = self.baseline_spend

        cache = self.cache.to_dict()

        classifier_cost: float | None
        classifier_cost = self.classifier_cost

        router_name = self.router_name

        router_type = self.router_type

        saved_pct: float | None
        saved_pct = self.saved_pct

        saved_spend: float | None
        saved_spend = self.saved_spend

        savings_estimated_actual_spend = self.savings_estimated_actual_spend

        savings_estimated_turns = self.savings_estimated_turns

        sessions = self.sessions

        spend = self.spend

        turns = self.turns

        savings_estimated_classifier_cost: float | None | Unset
        if isinstance(self.savings_estimated_classifier_cost, Unset):
            savings_estimated_classifier_cost = UNSET
        else:
            savings_estimated_classifier_cost = self.savings_estimated_classifier_cost

        tier_turns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tier_turns, Unset):
            tier_turns = self.tier_turns.to_dict()

        total_tokens: int | None | Unset
        if isinstance(self.total_tokens, Unset):
            total_tokens = UNSET
        else:
            total_tokens = self.total_tokens

        unattributed_saved_spend: float | None | Unset
        if isinstance(self.unattributed_saved_spend, Unset):
            unattributed_saved_spend = UNSET
        else:
            unattributed_saved_spend = self.unattributed_saved_spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg_session_seconds": avg_session_seconds,
                "avg_tokens_per_session": avg_tokens_per_session,
                "avg_turns_per_session": avg_turns_per_session,
                "baseline_spend": baseline_spend,
                "cache": cache,
                "classifier_cost": classifier_cost,
                "router_name": router_name,
                "router_type": router_type,
                "saved_pct": saved_pct,
                "saved_spend": saved_spend,
                "savings_estimated_actual_spend": savings_estimated_actual_spend,
                "savings_estimated_turns": savings_estimated_turns,
                "sessions": sessions,
                "spend": spend,
                "turns": turns,
            }
        )
        if savings_estimated_classifier_cost is not UNSET:
            field_dict["savings_estimated_classifier_cost"] = savings_estimated_classifier_cost
        if tier_turns is not UNSET:
            field_dict["tier_turns"] = tier_turns
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if unattributed_saved_spend is not UNSET:
            field_dict["unattributed_saved_spend"] = unattributed_saved_spend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_router_benchmark_group_tier_turns import AutoRouterBenchmarkGroupTierTurns  # noqa: PLC0415
        from ..models.auto_router_cache_stats import AutoRouterCacheStats  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_avg_session_seconds(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_session_seconds = _parse_avg_session_seconds(d.pop("avg_session_seconds"))

        def _parse_avg_tokens_per_session(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_tokens_per_session = _parse_avg_tokens_per_session(d.pop("avg_tokens_per_session"))

        def _parse_avg_turns_per_session(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_turns_per_session = _parse_avg_turns_per_session(d.pop("avg_turns_per_session"))

        def _parse_baseline_spend(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        baseline_spend = _parse_baseline_spend(d.pop("baseline_spend"))

        cache = AutoRouterCacheStats.from_dict(d.pop("cache"))

        def _parse_classifier_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        classifier_cost = _parse_classifier_cost(d.pop("classifier_cost"))

        router_name = d.pop("router_name")

        router_type = d.pop("router_type")

        def _parse_saved_pct(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        saved_pct = _parse_saved_pct(d.pop("saved_pct"))

        def _parse_saved_spend(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        saved_spend = _parse_saved_spend(d.pop("saved_spend"))

        savings_estimated_actual_spend = d.pop("savings_estimated_actual_spend")

        savings_estimated_turns = d.pop("savings_estimated_turns")

        sessions = d.pop("sessions")

        spend = d.pop("spend")

        turns = d.pop("turns")

        def _parse_savings_estimated_classifier_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        savings_estimated_classifier_cost = _parse_savings_estimated_classifier_cost(
            d.pop("savings_estimated_classifier_cost", UNSET)
        )

        _tier_turns = d.pop("tier_turns", UNSET)
        tier_turns: AutoRouterBenchmarkGroupTierTurns | Unset
        if isinstance(_tier_turns, Unset):
            tier_turns = UNSET
        else:
            tier_turns = AutoRouterBenchmarkGroupTierTurns.from_dict(_tier_turns)

        def _parse_total_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_tokens = _parse_total_tokens(d.pop("total_tokens", UNSET))

        def _parse_unattributed_saved_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        unattributed_saved_spend = _parse_unattributed_saved_spend(d.pop("unattributed_saved_spend", UNSET))

        auto_router_benchmark_group = cls(
            avg_session_seconds=avg_session_seconds,
            avg_tokens_per_session=avg_tokens_per_session,
            avg_turns_per_session=avg_turns_per_session,
            baseline_spend=baseline_spend,
            cache=cache,
            classifier_cost=classifier_cost,
            router_name=router_name,
            router_type=router_type,
            saved_pct=saved_pct,
            saved_spend=saved_spend,
            savings_estimated_actual_spend=savings_estimated_actual_spend,
            savings_estimated_turns=savings_estimated_turns,
            sessions=sessions,
            spend=spend,
            turns=turns,
            savings_estimated_classifier_cost=savings_estimated_classifier_cost,
            tier_turns=tier_turns,
            total_tokens=total_tokens,
            unattributed_saved_spend=unattributed_saved_spend,
        )

        auto_router_benchmark_group.additional_properties = d
        return auto_router_benchmark_group

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
