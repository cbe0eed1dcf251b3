from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShadowEvalSlice")


@_attrs_define
class ShadowEvalSlice:
    """Judge outcomes for one slice of a job's verdicts: a router tier, one of the
    models that served the real arm, or one scoped target (embedded on that target's
    own entry, so slices never need re-joining to a target by id).

        Attributes:
            avg_judge_confidence (float):
            group (str):
            real_win_rate_pct (float): Share of judged turns the real arm won, meaning the response the caller actually
                received: the key's own model in forward mode, the router's pick in reverse
            shadow_win_rate_pct (float): Share of judged turns the shadow arm won, meaning the duplicated response nobody
                was served: the router's pick in forward mode, baseline_model in reverse
            tie_rate_pct (float):
            turn_count (int):
            cache_hit_turns (int | Unset): Judged turns litellm's response cache served, excluded from both spends: an
                adopted router would be served by the same cache, so those turns cost the same either way Default: 0.
            real_spend (float | Unset): USD the real arm billed on this slice's judged turns, completion plus its own
                routing classifier when it routed, excluding turns litellm's response cache served for free Default: 0.0.
            shadow_spend (float | Unset): USD the shadow arm billed on the same turns, completion plus its own routing
                classifier, excluding the judge and the same cache-served turns, so the two spends compare like for like
                Default: 0.0.
    """

    avg_judge_confidence: float
    group: str
    real_win_rate_pct: float
    shadow_win_rate_pct: float
    tie_rate_pct: float
    turn_count: int
    cache_hit_turns: int | Unset = 0
    real_spend: float | Unset = 0.0
    shadow_spend: float | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_judge_confidence = self.avg_judge_confidence

        group = self.group

        real_win_rate_pct = self.real_win_rate_pct

        shadow_win_rate_pct = self.shadow_win_rate_pct

        tie_rate_pct = self.tie_rate_pct

        turn_count = self.turn_count

        cache_hit_turns = self.cache_hit_turns

        real_spend = self.real_spend

        shadow_spend = self.shadow_spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avg_judge_confidence": avg_judge_confidence,
                "group": group,
                "real_win_rate_pct": real_win_rate_pct,
                "shadow_win_rate_pct": shadow_win_rate_pct,
                "tie_rate_pct": tie_rate_pct,
                "turn_count": turn_count,
            }
        )
        if cache_hit_turns is not UNSET:
            field_dict["cache_hit_turns"] = cache_hit_turns
        if real_spend is not UNSET:
            field_dict["real_spend"] = real_spend
        if shadow_spend is not UNSET:
            field_dict["shadow_spend"] = shadow_spend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avg_judge_confidence = d.pop("avg_judge_confidence")

        group = d.pop("group")

        real_win_rate_pct = d.pop("real_win_rate_pct")

        shadow_win_rate_pct = d.pop("shadow_win_rate_pct")

        tie_rate_pct = d.pop("tie_rate_pct")

        turn_count = d.pop("turn_count")

        cache_hit_turns = d.pop("cache_hit_turns", UNSET)

        real_spend = d.pop("real_spend", UNSET)

        shadow_spend = d.pop("shadow_spend", UNSET)

        shadow_eval_slice = cls(
            avg_judge_confidence=avg_judge_confidence,
            group=group,
            real_win_rate_pct=real_win_rate_pct,
            shadow_win_rate_pct=shadow_win_rate_pct,
            tie_rate_pct=tie_rate_pct,
            turn_count=turn_count,
            cache_hit_turns=cache_hit_turns,
            real_spend=real_spend,
            shadow_spend=shadow_spend,
        )

        shadow_eval_slice.additional_properties = d
        return shadow_eval_slice

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
