from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cache_token_buckets import CacheTokenBuckets


T = TypeVar("T", bound="CacheCostScenario")


@_attrs_define
class CacheCostScenario:
    """
    Attributes:
        input_cost (float):
        tokens (CacheTokenBuckets):
    """

    input_cost: float
    tokens: CacheTokenBuckets
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_cost = self.input_cost

        tokens = self.tokens.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_cost": input_cost,
                "tokens": tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cache_token_buckets import CacheTokenBuckets  # noqa: PLC0415

        d = dict(src_dict)
        input_cost = d.pop("input_cost")

        tokens = CacheTokenBuckets.from_dict(d.pop("tokens"))

        cache_cost_scenario = cls(
            input_cost=input_cost,
            tokens=tokens,
        )

        cache_cost_scenario.additional_properties = d
        return cache_cost_scenario

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
