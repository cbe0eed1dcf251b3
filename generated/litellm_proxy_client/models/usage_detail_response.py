from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.usage_chart_point import UsageChartPoint
    from ..models.usage_detail_response_cost_by_key import UsageDetailResponseCostByKey
    from ..models.usage_detail_response_cost_by_team import UsageDetailResponseCostByTeam
    from ..models.usage_detail_response_cost_by_unit import UsageDetailResponseCostByUnit
    from ..models.usage_detail_response_untracked_usage_units import UsageDetailResponseUntrackedUsageUnits
    from ..models.usage_detail_response_untracked_usage_units_by_key import UsageDetailResponseUntrackedUsageUnitsByKey
    from ..models.usage_detail_response_untracked_usage_units_by_team import (
        UsageDetailResponseUntrackedUsageUnitsByTeam,
    )
    from ..models.usage_detail_response_usage_units import UsageDetailResponseUsageUnits
    from ..models.usage_detail_response_usage_units_by_key import UsageDetailResponseUsageUnitsByKey
    from ..models.usage_detail_response_usage_units_by_team import UsageDetailResponseUsageUnitsByTeam
    from ..models.usage_units_daily_point import UsageUnitsDailyPoint


T = TypeVar("T", bound="UsageDetailResponse")


@_attrs_define
class UsageDetailResponse:
    """
    Attributes:
        avg_latency (float | None):
        avg_score (float | None):
        cost (float | None):
        cost_by_key (UsageDetailResponseCostByKey):
        cost_by_team (UsageDetailResponseCostByTeam):
        cost_by_unit (UsageDetailResponseCostByUnit):
        description (None | str):
        fail_rate (float):
        guardrail_id (str):
        guardrail_name (str):
        provider (str):
        requests_evaluated (int):
        status (str):
        time_series (list[UsageChartPoint]):
        trend (str):
        type_ (str):
        untracked_usage_units (UsageDetailResponseUntrackedUsageUnits):
        untracked_usage_units_by_key (UsageDetailResponseUntrackedUsageUnitsByKey):
        untracked_usage_units_by_team (UsageDetailResponseUntrackedUsageUnitsByTeam):
        usage_units (UsageDetailResponseUsageUnits):
        usage_units_by_key (UsageDetailResponseUsageUnitsByKey):
        usage_units_by_team (UsageDetailResponseUsageUnitsByTeam):
        usage_units_daily (list[UsageUnitsDailyPoint]):
    """

    avg_latency: float | None
    avg_score: float | None
    cost: float | None
    cost_by_key: UsageDetailResponseCostByKey
    cost_by_team: UsageDetailResponseCostByTeam
    cost_by_unit: UsageDetailResponseCostByUnit
    description: None | str
    fail_rate: float
    guardrail_id: str
    guardrail_name: str
    provider: str
    requests_evaluated: int
    status: str
    time_series: list[UsageChartPoint]
    trend: str
    type_: str
    untracked_usage_units: UsageDetailResponseUntrackedUsageUnits
    untracked_usage_units_by_key: UsageDetailResponseUntrackedUsageUnitsByKey
    untracked_usage_units_by_team: UsageDetailResponseUntrackedUsageUnitsByTeam
    usage_units: UsageDetailResponseUsageUnits
    usage_units_by_key: UsageDetailResponseUsageUnitsByKey
    usage_units_by_team: UsageDetailResponseUsageUnitsByTeam
    usage_units_daily: list[UsageUnitsDailyPoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg_latency: float | None
        avg_latency = self.avg_latency

        avg_score: float | None
        avg_score = self.avg_score

        cost: float | None
        cost = self.cost

        cost_by_key = self.cost_by_key.to_dict()

        cost_by_team = self.cost_by_team.to_dict()

        cost_by_unit = self.cost_by_unit.to_dict()

        description: None | str
        description = self.description

        fail_rate = self.fail_rate

        guardrail_id = self.guardrail_id

        guardrail_name = self.guardrail_name

        provider = self.provider

        requests_evaluated = self.requests_evaluated

        status = self.status

        time_series = []
        for time_series_item_data in self.time_series:
            time_series_item = time_series_item_data.to_dict()
            time_series.append(time_series_item)

        trend = self.trend

        type_ = self.type_

        untracked_usage_units = self.untracked_usage_units.to_dict()

        untracked_usage_units_by_key = self.untracked_usage_units_by_key.to_dict()

        untracked_usage_units_by_team = self.untracked_usage_units_by_team.to_dict()

        usage_units = self.usage_units.to_dict()

        usage_units_by_key = self.usage_units_by_key.to_dict()

        usage_units_by_team = self.usage_units_by_team.to_dict()

        usage_units_daily = []
        for usage_units_daily_item_data in self.usage_units_daily:
            usage_units_daily_item = usage_units_daily_item_data.to_dict()
            usage_units_daily.append(usage_units_daily_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avgLatency": avg_latency,
                "avgScore": avg_score,
                "cost": cost,
                "cost_by_key": cost_by_key,
                "cost_by_team": cost_by_team,
                "cost_by_unit": cost_by_unit,
                "description": description,
                "failRate": fail_rate,
                "guardrail_id": guardrail_id,
                "guardrail_name": guardrail_name,
                "provider": provider,
                "requestsEvaluated": requests_evaluated,
                "status": status,
                "time_series": time_series,
                "trend": trend,
                "type": type_,
                "untracked_usage_units": untracked_usage_units,
                "untracked_usage_units_by_key": untracked_usage_units_by_key,
                "untracked_usage_units_by_team": untracked_usage_units_by_team,
                "usage_units": usage_units,
                "usage_units_by_key": usage_units_by_key,
                "usage_units_by_team": usage_units_by_team,
                "usage_units_daily": usage_units_daily,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_chart_point import UsageChartPoint  # noqa: PLC0415
        from ..models.usage_detail_response_cost_by_key import UsageDetailResponseCostByKey  # noqa: PLC0415
        from ..models.usage_detail_response_cost_by_team import UsageDetailResponseCostByTeam  # noqa: PLC0415
        from ..models.usage_detail_response_cost_by_unit import UsageDetailResponseCostByUnit  # noqa: PLC0415
        from ..models.usage_detail_response_untracked_usage_units import UsageDetailResponseUntrackedUsageUnits  # noqa: PLC0415
        from ..models.usage_detail_response_untracked_usage_units_by_key import (
            UsageDetailResponseUntrackedUsageUnitsByKey,  # noqa: PLC0415
        )
        from ..models.usage_detail_response_untracked_usage_units_by_team import (
            UsageDetailResponseUntrackedUsageUnitsByTeam,  # noqa: PLC0415
        )
        from ..models.usage_detail_response_usage_units import UsageDetailResponseUsageUnits  # noqa: PLC0415
        from ..models.usage_detail_response_usage_units_by_key import UsageDetailResponseUsageUnitsByKey  # noqa: PLC0415
        from ..models.usage_detail_response_usage_units_by_team import UsageDetailResponseUsageUnitsByTeam  # noqa: PLC0415
        from ..models.usage_units_daily_point import UsageUnitsDailyPoint  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_avg_latency(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_latency = _parse_avg_latency(d.pop("avgLatency"))

        def _parse_avg_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        avg_score = _parse_avg_score(d.pop("avgScore"))

        def _parse_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cost = _parse_cost(d.pop("cost"))

        cost_by_key = UsageDetailResponseCostByKey.from_dict(d.pop("cost_by_key"))

        cost_by_team = UsageDetailResponseCostByTeam.from_dict(d.pop("cost_by_team"))

        cost_by_unit = UsageDetailResponseCostByUnit.from_dict(d.pop("cost_by_unit"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        fail_rate = d.pop("failRate")

        guardrail_id = d.pop("guardrail_id")

        guardrail_name = d.pop("guardrail_name")

        provider = d.pop("provider")

        requests_evaluated = d.pop("requestsEvaluated")

        status = d.pop("status")

        time_series = []
        _time_series = d.pop("time_series")
        for time_series_item_data in _time_series:
            time_series_item = UsageChartPoint.from_dict(time_series_item_data)

            time_series.append(time_series_item)

        trend = d.pop("trend")

        type_ = d.pop("type")

        untracked_usage_units = UsageDetailResponseUntrackedUsageUnits.from_dict(d.pop("untracked_usage_units"))

        untracked_usage_units_by_key = UsageDetailResponseUntrackedUsageUnitsByKey.from_dict(
            d.pop("untracked_usage_units_by_key")
        )

        untracked_usage_units_by_team = UsageDetailResponseUntrackedUsageUnitsByTeam.from_dict(
            d.pop("untracked_usage_units_by_team")
        )

        usage_units = UsageDetailResponseUsageUnits.from_dict(d.pop("usage_units"))

        usage_units_by_key = UsageDetailResponseUsageUnitsByKey.from_dict(d.pop("usage_units_by_key"))

        usage_units_by_team = UsageDetailResponseUsageUnitsByTeam.from_dict(d.pop("usage_units_by_team"))

        usage_units_daily = []
        _usage_units_daily = d.pop("usage_units_daily")
        for usage_units_daily_item_data in _usage_units_daily:
            usage_units_daily_item = UsageUnitsDailyPoint.from_dict(usage_units_daily_item_data)

            usage_units_daily.append(usage_units_daily_item)

        usage_detail_response = cls(
            avg_latency=avg_latency,
            avg_score=avg_score,
            cost=cost,
            cost_by_key=cost_by_key,
            cost_by_team=cost_by_team,
            cost_by_unit=cost_by_unit,
            description=description,
            fail_rate=fail_rate,
            guardrail_id=guardrail_id,
            guardrail_name=guardrail_name,
            provider=provider,
            requests_evaluated=requests_evaluated,
            status=status,
            time_series=time_series,
            trend=trend,
            type_=type_,
            untracked_usage_units=untracked_usage_units,
            untracked_usage_units_by_key=untracked_usage_units_by_key,
            untracked_usage_units_by_team=untracked_usage_units_by_team,
            usage_units=usage_units,
            usage_units_by_key=usage_units_by_key,
            usage_units_by_team=usage_units_by_team,
            usage_units_daily=usage_units_daily,
        )

        usage_detail_response.additional_properties = d
        return usage_detail_response

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
