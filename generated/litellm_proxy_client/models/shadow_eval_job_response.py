from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shadow_eval_job_response_direction import ShadowEvalJobResponseDirection
from ..models.shadow_eval_job_response_status import ShadowEvalJobResponseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.shadow_eval_job_target_response import ShadowEvalJobTargetResponse
    from ..models.shadow_eval_result import ShadowEvalResult


T = TypeVar("T", bound="ShadowEvalJobResponse")


@_attrs_define
class ShadowEvalJobResponse:
    """A shadow-eval job over one or more targets, each with its own budget and stop state;
    status is derived from stopped_by, the targets' stop and budget state, and ends_at,
    never stored, so no writer anywhere can produce an inconsistent one. Aggregate
    fields are populated by the detail endpoint only and stay None on list responses.

        Attributes:
            created_at (datetime.datetime):
            ends_at (datetime.datetime):
            job_id (str):
            judge_model (str):
            router_name (str): The first router, kept for callers that predate router_names; derived so the
                two fields can never disagree.
            router_names (list[str]): Every auto-router this job runs as a shadow arm. Multi-router jobs sample one slice of
                traffic and judge every arm against the same real responses
            shadow_percentage (float):
            status (ShadowEvalJobResponseStatus): Three recorded facts, no history-guessing: a stop is stopped_by (the
                migration
                backfills it for every job that displayed stopped when the column arrived, so the
                pre-column population is closed), completion is the window passing or every target
                spending its budget, and anything else is running. The all-targets-stamped fallback
                covers only stops written by pre-column pods during a rolling deploy.
            targets (list[ShadowEvalJobTargetResponse]): The targets whose traffic this job evaluates, and only theirs, each
                with its own budget
            baseline_model (None | str | Unset):
            direction (ShadowEvalJobResponseDirection | Unset):  Default: ShadowEvalJobResponseDirection.FORWARD.
            error_count (int | None | Unset): Sampled attempts that errored; detail endpoint only
            judge_spend (float | None | Unset): Judge cost so far; detail endpoint only
            judged_count (int | None | Unset): Verdicts recorded; detail endpoint only
            last_error (None | str | Unset): Most recent attempt error; detail endpoint only
            models (list[str] | Unset): Model groups the sampled traffic is narrowed to; empty means every model the targets
                use
            results (None | ShadowEvalResult | Unset): Stratified verdicts; detail endpoint only
            stopped_by (None | str | Unset): The operator who stopped the job early, recorded by the stop endpoint;
                'unknown' backfilled by migration for jobs that displayed stopped when the column arrived; None when the job
                ended on its own. Its presence is what makes a job read stopped rather than completed
    """

    created_at: datetime.datetime
    ends_at: datetime.datetime
    job_id: str
    judge_model: str
    router_name: str
    router_names: list[str]
    shadow_percentage: float
    status: ShadowEvalJobResponseStatus
    targets: list[ShadowEvalJobTargetResponse]
    baseline_model: None | str | Unset = UNSET
    direction: ShadowEvalJobResponseDirection | Unset = ShadowEvalJobResponseDirection.FORWARD
    error_count: int | None | Unset = UNSET
    judge_spend: float | None | Unset = UNSET
    judged_count: int | None | Unset = UNSET
    last_error: None | str | Unset = UNSET
    models: list[str] | Unset = UNSET
    results: None | ShadowEvalResult | Unset = UNSET
    stopped_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.shadow_eval_result import ShadowEvalResult  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        ends_at = self.ends_at.isoformat()

        job_id = self.job_id

        judge_model = self.judge_model

        router_name = self.router_name

        router_names = self.router_names

        shadow_percentage = self.shadow_percentage

        status = self.status.value

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)

        baseline_model: None | str | Unset
        if isinstance(self.baseline_model, Unset):
            baseline_model = UNSET
        else:
            baseline_model = self.baseline_model

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value

        error_count: int | None | Unset
        if isinstance(self.error_count, Unset):
            error_count = UNSET
        else:
            error_count = self.error_count

        judge_spend: float | None | Unset
        if isinstance(self.judge_spend, Unset):
            judge_spend = UNSET
        else:
            judge_spend = self.judge_spend

        judged_count: int | None | Unset
        if isinstance(self.judged_count, Unset):
            judged_count = UNSET
        else:
            judged_count = self.judged_count

        last_error: None | str | Unset
        if isinstance(self.last_error, Unset):
            last_error = UNSET
        else:
            last_error = self.last_error

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        results: dict[str, Any] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, ShadowEvalResult):
            results = self.results.to_dict()
        else:
            results = self.results

        stopped_by: None | str | Unset
        if isinstance(self.stopped_by, Unset):
            stopped_by = UNSET
        else:
            stopped_by = self.stopped_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "ends_at": ends_at,
                "job_id": job_id,
                "judge_model": judge_model,
                "router_name": router_name,
                "router_names": router_names,
                "shadow_percentage": shadow_percentage,
                "status": status,
                "targets": targets,
            }
        )
        if baseline_model is not UNSET:
            field_dict["baseline_model"] = baseline_model
        if direction is not UNSET:
            field_dict["direction"] = direction
        if error_count is not UNSET:
            field_dict["error_count"] = error_count
        if judge_spend is not UNSET:
            field_dict["judge_spend"] = judge_spend
        if judged_count is not UNSET:
            field_dict["judged_count"] = judged_count
        if last_error is not UNSET:
            field_dict["last_error"] = last_error
        if models is not UNSET:
            field_dict["models"] = models
        if results is not UNSET:
            field_dict["results"] = results
        if stopped_by is not UNSET:
            field_dict["stopped_by"] = stopped_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shadow_eval_job_target_response import ShadowEvalJobTargetResponse  # noqa: PLC0415
        from ..models.shadow_eval_result import ShadowEvalResult  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        job_id = d.pop("job_id")

        judge_model = d.pop("judge_model")

        router_name = d.pop("router_name")

        router_names = cast(list[str], d.pop("router_names"))

        shadow_percentage = d.pop("shadow_percentage")

        status = ShadowEvalJobResponseStatus(d.pop("status"))

        targets = []
        _targets = d.pop("targets")
        for targets_item_data in _targets:
            targets_item = ShadowEvalJobTargetResponse.from_dict(targets_item_data)

            targets.append(targets_item)

        def _parse_baseline_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        baseline_model = _parse_baseline_model(d.pop("baseline_model", UNSET))

        _direction = d.pop("direction", UNSET)
        direction: ShadowEvalJobResponseDirection | Unset
        if isinstance(_direction, Unset):
            direction = UNSET
        else:
            direction = ShadowEvalJobResponseDirection(_direction)

        def _parse_error_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_count = _parse_error_count(d.pop("error_count", UNSET))

        def _parse_judge_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        judge_spend = _parse_judge_spend(d.pop("judge_spend", UNSET))

        def _parse_judged_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        judged_count = _parse_judged_count(d.pop("judged_count", UNSET))

        def _parse_last_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_error = _parse_last_error(d.pop("last_error", UNSET))

        models = cast(list[str], d.pop("models", UNSET))

        def _parse_results(data: object) -> None | ShadowEvalResult | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                results_type_0 = ShadowEvalResult.from_dict(data)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShadowEvalResult | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        def _parse_stopped_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stopped_by = _parse_stopped_by(d.pop("stopped_by", UNSET))

        shadow_eval_job_response = cls(
            created_at=created_at,
            ends_at=ends_at,
            job_id=job_id,
            judge_model=judge_model,
            router_name=router_name,
            router_names=router_names,
            shadow_percentage=shadow_percentage,
            status=status,
            targets=targets,
            baseline_model=baseline_model,
            direction=direction,
            error_count=error_count,
            judge_spend=judge_spend,
            judged_count=judged_count,
            last_error=last_error,
            models=models,
            results=results,
            stopped_by=stopped_by,
        )

        shadow_eval_job_response.additional_properties = d
        return shadow_eval_job_response

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
