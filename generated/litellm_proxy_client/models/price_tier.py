from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.price_tier_costs import PriceTierCosts


T = TypeVar("T", bound="PriceTier")


@_attrs_define
class PriceTier:
    """
    Attributes:
        costs (PriceTierCosts):
        range_ (list[float]):
    """

    costs: PriceTierCosts
    range_: list[float]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        costs = self.costs.to_dict()

        range_ = []
        for range_item_data in self.range_:
            range_item: float
            range_item = range_item_data
            range_.append(range_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "costs": costs,
                "range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price_tier_costs import PriceTierCosts  # noqa: PLC0415

        d = dict(src_dict)
        costs = PriceTierCosts.from_dict(d.pop("costs"))

        range_ = []
        _range_ = d.pop("range")
        for range_item_data in _range_:

            def _parse_range_item(data: object) -> float:
                return cast(float, data)

            range_item = _parse_range_item(range_item_data)

            range_.append(range_item)

        price_tier = cls(
            costs=costs,
            range_=range_,
        )

        price_tier.additional_properties = d
        return price_tier

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
