from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.start_shadow_eval_request_direction import StartShadowEvalRequestDirection
from ..types import UNSET, Unset

T = TypeVar("T", bound="StartShadowEvalRequest")


@_attrs_define
class StartShadowEvalRequest:
    """Start duplicating one or more targets' traffic for blind comparison against an auto-router.

    A target is a virtual key, a team, or a user; each becomes its own leg with its own
    budget and stop state. Team and user targets match on the identity every request
    carries after auth (user_api_key_team_id / user_api_key_user_id), so they cover
    JWT-authenticated traffic, which presents no virtual key at all.

        Attributes:
            shadow_percentage (float): Percentage of each target's requests to duplicate through the router
            api_key_ids (list[str] | Unset): Hashed virtual keys whose traffic will be shadowed. Combined with team_ids and
                user_ids the job needs at least one target and at most 100, which also bounds every read the job's endpoints
                make. Each target carries its own max_budget spend budget, so one exhausting its budget leaves the others
                sampling.
            baseline_model (None | str | Unset): Required when direction is reverse and rejected otherwise: the fixed model
                the router's own responses are judged against. Must be a plain model rather than another auto-router
            direction (StartShadowEvalRequestDirection | Unset): forward answers 'should this key adopt router_name': it
                samples the requests the key did NOT route through the router and duplicates them through it. reverse answers
                'is the router still worth it for a key already on it': it samples the requests the router did serve and
                duplicates them against baseline_model. The response the caller received is always the real arm Default:
                StartShadowEvalRequestDirection.FORWARD.
            duration_days (int | Unset): How many days the job samples traffic before completing on its own Default: 7.
            judge_model (str | Unset): Model used to blindly judge real vs. shadow responses. The judge only compares two
                answers, so a mid-tier model (Claude Sonnet or GPT-4o class) is the sweet spot: small/nano-class models produce
                unreliable or malformed verdicts, while frontier reasoning models add cost without changing outcomes. Default:
                'anthropic/claude-sonnet-5'.
            max_budget (float | Unset): Per-target USD budget for the eval's own overhead, the shadow-arm and judge calls,
                priced with the same figures the spend pipeline bills. EACH scoped target samples until its recorded eval spend
                reaches this, so a job over N targets spends at most about N times max_budget; in-flight samples can overshoot
                the cap by one sampling cache window. Every router arm draws from the same per-target budget, so a multi-router
                job reaches it proportionally sooner Default: 10.0.
            models (list[str] | Unset): Model groups to narrow the sampled traffic to, matched on the group the caller
                requested and resolved through model_group_alias, so an alias and its target are one name. Empty samples every
                model the targets use. This ANDs with the targets: a job over a user and one model samples that user's requests
                on that model across every key they own, and none of their other traffic. Forward jobs only: a reverse job
                samples exactly the traffic its own router served, which no other model group can name
            router_name (None | str | Unset): The auto-router under evaluation, in either direction: the single-router
                spelling of router_names. Provide exactly one of the two fields
            router_names (list[str] | Unset): The auto-routers under evaluation, at most 4. Every sampled request runs
                through every router listed and each arm is judged independently against the same real response, so routers
                compare head-to-head on identical traffic. More than one router requires direction 'forward'. After validation
                this field always carries the full deduplicated set, whichever spelling the caller used
            team_ids (list[str] | Unset): Teams whose traffic will be shadowed, matched on the team every authenticated
                request resolves to, so a team's JWT-auth and virtual-key traffic are both sampled
            user_ids (list[str] | Unset): Users whose traffic will be shadowed, matched on the user every authenticated
                request resolves to across all their teams: JWT requests carrying their subject claim and virtual keys they own
    """

    shadow_percentage: float
    api_key_ids: list[str] | Unset = UNSET
    baseline_model: None | str | Unset = UNSET
    direction: StartShadowEvalRequestDirection | Unset = StartShadowEvalRequestDirection.FORWARD
    duration_days: int | Unset = 7
    judge_model: str | Unset = "anthropic/claude-sonnet-5"
    max_budget: float | Unset = 10.0
    models: list[str] | Unset = UNSET
    router_name: None | str | Unset = UNSET
    router_names: list[str] | Unset = UNSET
    team_ids: list[str] | Unset = UNSET
    user_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shadow_percentage = self.shadow_percentage

        api_key_ids: list[str] | Unset = UNSET
        if not isinstance(self.api_key_ids, Unset):
            api_key_ids = self.api_key_ids

        baseline_model: None | str | Unset
        if isinstance(self.baseline_model, Unset):
            baseline_model = UNSET
        else:
            baseline_model = self.baseline_model

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        duration_days = self.duration_days

        judge_model = self.judge_model

        max_budget = self.max_budget

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        router_name: None | str | Unset
        if isinstance(self.router_name, Unset):
            router_name = UNSET
        else:
            router_name = self.router_name

        router_names: list[str] | Unset = UNSET
        if not isinstance(self.router_names, Unset):
            router_names = self.router_names

        team_ids: list[str] | Unset = UNSET
        if not isinstance(self.team_ids, Unset):
            team_ids = self.team_ids

        user_ids: list[str] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "shadow_percentage": shadow_percentage,
            }
        )
        if api_key_ids is not UNSET:
            field_dict["api_key_ids"] = api_key_ids
        if baseline_model is not UNSET:
            field_dict["baseline_model"] = baseline_model
        if direction is not UNSET:
            field_dict["direction"] = direction
        if duration_days is not UNSET:
            field_dict["duration_days"] = duration_days
        if judge_model is not UNSET:
            field_dict["judge_model"] = judge_model
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if models is not UNSET:
            field_dict["models"] = models
        if router_name is not UNSET:
            field_dict["router_name"] = router_name
        if router_names is not UNSET:
            field_dict["router_names"] = router_names
        if team_ids is not UNSET:
            field_dict["team_ids"] = team_ids
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        shadow_percentage = d.pop("shadow_percentage")

        api_key_ids = cast(list[str], d.pop("api_key_ids", UNSET))

        def _parse_baseline_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        baseline_model = _parse_baseline_model(d.pop("baseline_model", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: StartShadowEvalRequestDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = StartShadowEvalRequestDirection(_direction)

        duration_days = d.pop("duration_days", UNSET)

        judge_model = d.pop("judge_model", UNSET)

        max_budget = d.pop("max_budget", UNSET)

        models = cast(list[str], d.pop("models", UNSET))

        def _parse_router_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        router_name = _parse_router_name(d.pop("router_name", UNSET))

        router_names = cast(list[str], d.pop("router_names", UNSET))

        team_ids = cast(list[str], d.pop("team_ids", UNSET))

        user_ids = cast(list[str], d.pop("user_ids", UNSET))

        start_shadow_eval_request = cls(
            shadow_percentage=shadow_percentage,
            api_key_ids=api_key_ids,
            baseline_model=baseline_model,
            direction=direction,
            duration_days=duration_days,
            judge_model=judge_model,
            max_budget=max_budget,
            models=models,
            router_name=router_name,
            router_names=router_names,
            team_ids=team_ids,
            user_ids=user_ids,
        )

        start_shadow_eval_request.additional_properties = d
        return start_shadow_eval_request

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
