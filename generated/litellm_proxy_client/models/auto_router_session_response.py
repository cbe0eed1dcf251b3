from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_router_session_response_baseline_models import AutoRouterSessionResponseBaselineModels


T = TypeVar("T", bound="AutoRouterSessionResponse")


@_attrs_define
class AutoRouterSessionResponse:
    """One auto-routed session as its own key sees it: what the last turn ran on, and what the session cost
    against the router's savings baseline (the priciest model in its hardest tier).

        Attributes:
            baseline_model (None | str): The savings baseline recorded by most session turns, including historical turns,
                recorded turn by turn, so it still names the counterfactual after the router is reconfigured or removed. None
                when no turn recorded one: rows from before the baseline was recorded, and adaptive and quality routers, which
                derive no baseline and so report no savings
            baseline_models (AutoRouterSessionResponseBaselineModels): Session turns recording each baseline model; more
                than one entry means the router's baseline changed mid-session; these counts do not imply savings coverage
            baseline_spend (float | None): Estimated single-model cost: spend plus recorded savings
            last_model (str): The deployment model the most recent turn was routed to
            router_name (str): The auto-router alias the session's requests were sent to
            router_type (str): complexity, adaptive or quality
            saved_spend (float | None): Recorded historical savings plus newer estimates, net of classifier cost
            savings_estimated_actual_spend (float): Actual spend, including classifier cost, for requests whose estimate
                recorded its baseline cost
            savings_estimated_baseline_spend (float | None): Estimated single-model cost for requests whose estimate
                recorded its baseline cost
            savings_estimated_turns (int): Requests whose savings estimate recorded its baseline cost
            session_id (str):
            spend (float): What the session's routed traffic actually cost, classifier calls included
            turns (int): Auto-routed turns the rollup has recorded for this session so far
    """

    baseline_model: None | str
    baseline_models: AutoRouterSessionResponseBaselineModels
    baseline_spend: float | None
    last_model: str
    router_name: str
    router_type: str
    saved_spend: float | None
    savings_estimated_actual_spend: float
    savings_estimated_baseline_spend: float | None
    savings_estimated_turns: int
    session_id: str
    spend: float
    turns: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        baseline_model: None | str
        baseline_model = self.baseline_model

        baseline_models = self.baseline_models.to_dict()

        baseline_spend: float | None
        baseline_spend = self.baseline_spend

        last_model = self.last_model

        router_name = self.router_name

        router_type = self.router_type

        saved_spend: float | None
        saved_spend = self.saved_spend

        savings_estimated_actual_spend = self.savings_estimated_actual_spend

        savings_estimated_baseline_spend: float | None
        savings_estimated_baseline_spend = self.savings_estimated_baseline_spend

        savings_estimated_turns = self.savings_estimated_turns

        session_id = self.session_id

        spend = self.spend

        turns = self.turns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "baseline_model": baseline_model,
                "baseline_models": baseline_models,
                "baseline_spend": baseline_spend,
                "last_model": last_model,
                "router_name": router_name,
                "router_type": router_type,
                "saved_spend": saved_spend,
                "savings_estimated_actual_spend": savings_estimated_actual_spend,
                "savings_estimated_baseline_spend": savings_estimated_baseline_spend,
                "savings_estimated_turns": savings_estimated_turns,
                "session_id": session_id,
                "spend": spend,
                "turns": turns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_router_session_response_baseline_models import AutoRouterSessionResponseBaselineModels  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_baseline_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        baseline_model = _parse_baseline_model(d.pop("baseline_model"))

        baseline_models = AutoRouterSessionResponseBaselineModels.from_dict(d.pop("baseline_models"))

        def _parse_baseline_spend(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        baseline_spend = _parse_baseline_spend(d.pop("baseline_spend"))

        last_model = d.pop("last_model")

        router_name = d.pop("router_name")

        router_type = d.pop("router_type")

        def _parse_saved_spend(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        saved_spend = _parse_saved_spend(d.pop("saved_spend"))

        savings_estimated_actual_spend = d.pop("savings_estimated_actual_spend")

        def _parse_savings_estimated_baseline_spend(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        savings_estimated_baseline_spend = _parse_savings_estimated_baseline_spend(
            d.pop("savings_estimated_baseline_spend")
        )

        savings_estimated_turns = d.pop("savings_estimated_turns")

        session_id = d.pop("session_id")

        spend = d.pop("spend")

        turns = d.pop("turns")

        auto_router_session_response = cls(
            baseline_model=baseline_model,
            baseline_models=baseline_models,
            baseline_spend=baseline_spend,
            last_model=last_model,
            router_name=router_name,
            router_type=router_type,
            saved_spend=saved_spend,
            savings_estimated_actual_spend=savings_estimated_actual_spend,
            savings_estimated_baseline_spend=savings_estimated_baseline_spend,
            savings_estimated_turns=savings_estimated_turns,
            session_id=session_id,
            spend=spend,
            turns=turns,
        )

        auto_router_session_response.additional_properties = d
        return auto_router_session_response

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
