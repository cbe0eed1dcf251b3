from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TierCohortStatistic")


@_attrs_define
class TierCohortStatistic:
    """
    Attributes:
        cohort (str):
        observations (float):
        successes (float):
        tier (int):
    """

    cohort: str
    observations: float
    successes: float
    tier: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cohort = self.cohort

        observations = self.observations

        successes = self.successes

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cohort": cohort,
                "observations": observations,
                "successes": successes,
                "tier": tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cohort = d.pop("cohort")

        observations = d.pop("observations")

        successes = d.pop("successes")

        tier = d.pop("tier")

        tier_cohort_statistic = cls(
            cohort=cohort,
            observations=observations,
            successes=successes,
            tier=tier,
        )

        tier_cohort_statistic.additional_properties = d
        return tier_cohort_statistic

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
