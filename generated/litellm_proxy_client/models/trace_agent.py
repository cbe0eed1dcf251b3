from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TraceAgent")


@_attrs_define
class TraceAgent:
    """One agent seen in the caller's traces, for picking which agent's runs to look at.

    Attributes:
        failed_runs (int):
        last_seen (datetime.datetime):
        name (str):
        runs (int):
        frameworks (list[str] | Unset):
    """

    failed_runs: int
    last_seen: datetime.datetime
    name: str
    runs: int
    frameworks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_runs = self.failed_runs

        last_seen = self.last_seen.isoformat()

        name = self.name

        runs = self.runs

        frameworks: list[str] | Unset = UNSET
        if not isinstance(self.frameworks, Unset):
            frameworks = self.frameworks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failed_runs": failed_runs,
                "last_seen": last_seen,
                "name": name,
                "runs": runs,
            }
        )
        if frameworks is not UNSET:
            field_dict["frameworks"] = frameworks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failed_runs = d.pop("failed_runs")

        last_seen = datetime.datetime.fromisoformat(d.pop("last_seen"))

        name = d.pop("name")

        runs = d.pop("runs")

        frameworks = cast(list[str], d.pop("frameworks", UNSET))

        trace_agent = cls(
            failed_runs=failed_runs,
            last_seen=last_seen,
            name=name,
            runs=runs,
            frameworks=frameworks,
        )

        trace_agent.additional_properties = d
        return trace_agent

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
