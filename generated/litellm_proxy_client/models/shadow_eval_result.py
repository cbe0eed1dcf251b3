from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shadow_eval_slice import ShadowEvalSlice


T = TypeVar("T", bound="ShadowEvalResult")


@_attrs_define
class ShadowEvalResult:
    """Stratified results of a shadow-eval job's verdicts so far.

    Attributes:
        by_current_model (list[ShadowEvalSlice]): Sliced by the model that served the real arm: the keys' incumbent
            models in forward mode, and in reverse the models the router itself picked
        by_tier (list[ShadowEvalSlice]):
        overall_shadow_win_rate_pct (float):
        overall_tie_rate_pct (float):
        by_router (list[ShadowEvalSlice] | Unset): One slice per router arm, grouped on the router name. Every arm of a
            multi-router job is judged against the same real responses over the same sampled requests, so these slices
            compare routers head-to-head: like-for-like win rates and spends on identical traffic. Verdicts from before arm
            stamping existed count toward the job's own router
        not_sampled_count (int | None | Unset): Eligible requests the sampling dice skipped, summed over legs: the
            judged rows stand for judged + this many requests. None for jobs from before the funnel existed
        sampled_real_spend (float | Unset): USD the real arm billed across all judged turns, cache-served turns
            excluded. A judged turn is one (request, router arm) verdict, so a multi-router job counts the real response
            once per arm it was judged against; per-router comparisons read by_router Default: 0.0.
        sampled_shadow_spend (float | Unset): USD the shadow arms billed across the same turns, judge excluded, like for
            like Default: 0.0.
        shed_count (int | None | Unset): Sampled requests dropped by the per-pod concurrency cap, so quiet periods are
            overweighted
        unjudgeable_count (int | None | Unset): Sampled requests whose shape could not be judged (tool-final turn, empty
            text)
        withheld_count (int | None | Unset): Sampled requests the pipeline declined to spend on: no database to record
            into, an over-budget key or team, or the eval budget unverifiable or already reached (the in-flight burst as a
            job crosses max_budget lands here rather than vanishing from coverage)
    """

    by_current_model: list[ShadowEvalSlice]
    by_tier: list[ShadowEvalSlice]
    overall_shadow_win_rate_pct: float
    overall_tie_rate_pct: float
    by_router: list[ShadowEvalSlice] | Unset = UNSET
    not_sampled_count: int | None | Unset = UNSET
    sampled_real_spend: float | Unset = 0.0
    sampled_shadow_spend: float | Unset = 0.0
    shed_count: int | None | Unset = UNSET
    unjudgeable_count: int | None | Unset = UNSET
    withheld_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_current_model = []
        for by_current_model_item_data in self.by_current_model:
            by_current_model_item = by_current_model_item_data.to_dict()
            by_current_model.append(by_current_model_item)

        by_tier = []
        for by_tier_item_data in self.by_tier:
            by_tier_item = by_tier_item_data.to_dict()
            by_tier.append(by_tier_item)

        overall_shadow_win_rate_pct = self.overall_shadow_win_rate_pct

        overall_tie_rate_pct = self.overall_tie_rate_pct

        by_router: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_router, Unset):
            by_router = []
            for by_router_item_data in self.by_router:
                by_router_item = by_router_item_data.to_dict()
                by_router.append(by_router_item)

        not_sampled_count: int | None | Unset
        if isinstance(self.not_sampled_count, Unset):
            not_sampled_count = UNSET
        else:
            not_sampled_count = self.not_sampled_count

        sampled_real_spend = self.sampled_real_spend

        sampled_shadow_spend = self.sampled_shadow_spend

        shed_count: int | None | Unset
        if isinstance(self.shed_count, Unset):
            shed_count = UNSET
        else:
            shed_count = self.shed_count

        unjudgeable_count: int | None | Unset
        if isinstance(self.unjudgeable_count, Unset):
            unjudgeable_count = UNSET
        else:
            unjudgeable_count = self.unjudgeable_count

        withheld_count: int | None | Unset
        if isinstance(self.withheld_count, Unset):
            withheld_count = UNSET
        else:
            withheld_count = self.withheld_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_current_model": by_current_model,
                "by_tier": by_tier,
                "overall_shadow_win_rate_pct": overall_shadow_win_rate_pct,
                "overall_tie_rate_pct": overall_tie_rate_pct,
            }
        )
        if by_router is not UNSET:
            field_dict["by_router"] = by_router
        if not_sampled_count is not UNSET:
            field_dict["not_sampled_count"] = not_sampled_count
        if sampled_real_spend is not UNSET:
            field_dict["sampled_real_spend"] = sampled_real_spend
        if sampled_shadow_spend is not UNSET:
            field_dict["sampled_shadow_spend"] = sampled_shadow_spend
        if shed_count is not UNSET:
            field_dict["shed_count"] = shed_count
        if unjudgeable_count is not UNSET:
            field_dict["unjudgeable_count"] = unjudgeable_count
        if withheld_count is not UNSET:
            field_dict["withheld_count"] = withheld_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shadow_eval_slice import ShadowEvalSlice  # noqa: PLC0415

        d = dict(src_dict)
        by_current_model = []
        _by_current_model = d.pop("by_current_model")
        for by_current_model_item_data in _by_current_model:
            by_current_model_item = ShadowEvalSlice.from_dict(by_current_model_item_data)

            by_current_model.append(by_current_model_item)

        by_tier = []
        _by_tier = d.pop("by_tier")
        for by_tier_item_data in _by_tier:
            by_tier_item = ShadowEvalSlice.from_dict(by_tier_item_data)

            by_tier.append(by_tier_item)

        overall_shadow_win_rate_pct = d.pop("overall_shadow_win_rate_pct")

        overall_tie_rate_pct = d.pop("overall_tie_rate_pct")

        _by_router = d.pop("by_router", UNSET)
        by_router: list[ShadowEvalSlice] | Unset = UNSET
        if _by_router is not UNSET:
            by_router = []
            for by_router_item_data in _by_router:
                by_router_item = ShadowEvalSlice.from_dict(by_router_item_data)

                by_router.append(by_router_item)

        def _parse_not_sampled_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        not_sampled_count = _parse_not_sampled_count(d.pop("not_sampled_count", UNSET))

        sampled_real_spend = d.pop("sampled_real_spend", UNSET)

        sampled_shadow_spend = d.pop("sampled_shadow_spend", UNSET)

        def _parse_shed_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shed_count = _parse_shed_count(d.pop("shed_count", UNSET))

        def _parse_unjudgeable_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        unjudgeable_count = _parse_unjudgeable_count(d.pop("unjudgeable_count", UNSET))

        def _parse_withheld_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        withheld_count = _parse_withheld_count(d.pop("withheld_count", UNSET))

        shadow_eval_result = cls(
            by_current_model=by_current_model,
            by_tier=by_tier,
            overall_shadow_win_rate_pct=overall_shadow_win_rate_pct,
            overall_tie_rate_pct=overall_tie_rate_pct,
            by_router=by_router,
            not_sampled_count=not_sampled_count,
            sampled_real_spend=sampled_real_spend,
            sampled_shadow_spend=sampled_shadow_spend,
            shed_count=shed_count,
            unjudgeable_count=unjudgeable_count,
            withheld_count=withheld_count,
        )

        shadow_eval_result.additional_properties = d
        return shadow_eval_result

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
