from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_router_benchmark_group import AutoRouterBenchmarkGroup
    from ..models.auto_router_benchmark_totals import AutoRouterBenchmarkTotals


T = TypeVar("T", bound="AutoRouterBenchmarksResponse")


@_attrs_define
class AutoRouterBenchmarksResponse:
    """Benchmarks for the auto-router dashboard, aggregated from the per-session and per-day rollups.

    Attributes:
        end_date (str): Window end day, YYYY-MM-DD UTC, inclusive
        groups (list[AutoRouterBenchmarkGroup]): One entry per auto-router, listed from the model registry rather than
            from the rollup, so a router appears as soon as it is configured and reads zero until it serves traffic.
            Semantic auto-routers are absent: they record no routing decision, so no session can ever be attributed to them
        routers_in_scope (int): How many groups this response carries. Every auto-router configured on the proxy counts,
            whether or not it served anything in the window. To count only the routers that did serve traffic, filter
            `groups` to the entries whose `sessions` is above zero
        start_date (str): Window start day, YYYY-MM-DD UTC, inclusive
        totals (AutoRouterBenchmarkTotals): Auto-routed traffic in the window. Turns, spend and savings count requests
            on the selected UTC days;
            the session averages and cache stats describe every session overlapping the window, whole.
    """

    end_date: str
    groups: list[AutoRouterBenchmarkGroup]
    routers_in_scope: int
    start_date: str
    totals: AutoRouterBenchmarkTotals
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        routers_in_scope = self.routers_in_scope

        start_date = self.start_date

        totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_date": end_date,
                "groups": groups,
                "routers_in_scope": routers_in_scope,
                "start_date": start_date,
                "totals": totals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_router_benchmark_group import AutoRouterBenchmarkGroup  # noqa: PLC0415
        from ..models.auto_router_benchmark_totals import AutoRouterBenchmarkTotals  # noqa: PLC0415

        d = dict(src_dict)
        end_date = d.pop("end_date")

        groups = []
        _groups = d.pop("groups")
        for groups_item_data in _groups:
            groups_item = AutoRouterBenchmarkGroup.from_dict(groups_item_data)

            groups.append(groups_item)

        routers_in_scope = d.pop("routers_in_scope")

        start_date = d.pop("start_date")

        totals = AutoRouterBenchmarkTotals.from_dict(d.pop("totals"))

        auto_router_benchmarks_response = cls(
            end_date=end_date,
            groups=groups,
            routers_in_scope=routers_in_scope,
            start_date=start_date,
            totals=totals,
        )

        auto_router_benchmarks_response.additional_properties = d
        return auto_router_benchmarks_response

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
