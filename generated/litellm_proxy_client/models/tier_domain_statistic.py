from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.request_type import RequestType

T = TypeVar("T", bound="TierDomainStatistic")


@_attrs_define
class TierDomainStatistic:
    """
    Attributes:
        observations (float):
        request_type (RequestType): Fixed v0 taxonomy. User-extensible types come in v1.
        successes (float):
        tier (int):
    """

    observations: float
    request_type: RequestType
    successes: float
    tier: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        observations = self.observations

        request_type = self.request_type.value

        successes = self.successes

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "observations": observations,
                "request_type": request_type,
                "successes": successes,
                "tier": tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        observations = d.pop("observations")

        request_type = RequestType(d.pop("request_type"))

        successes = d.pop("successes")

        tier = d.pop("tier")

        tier_domain_statistic = cls(
            observations=observations,
            request_type=request_type,
            successes=successes,
            tier=tier,
        )

        tier_domain_statistic.additional_properties = d
        return tier_domain_statistic

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
