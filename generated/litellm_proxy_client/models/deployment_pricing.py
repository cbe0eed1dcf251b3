from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_pricing_costs import DeploymentPricingCosts
    from ..models.price_tier import PriceTier


T = TypeVar("T", bound="DeploymentPricing")


@_attrs_define
class DeploymentPricing:
    """
    Attributes:
        costs (DeploymentPricingCosts):
        provider (str):
        tiered_pricing (list[PriceTier] | Unset):
    """

    costs: DeploymentPricingCosts
    provider: str
    tiered_pricing: list[PriceTier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        costs = self.costs.to_dict()

        provider = self.provider

        tiered_pricing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiered_pricing, Unset):
            tiered_pricing = []
            for tiered_pricing_item_data in self.tiered_pricing:
                tiered_pricing_item = tiered_pricing_item_data.to_dict()
                tiered_pricing.append(tiered_pricing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "costs": costs,
                "provider": provider,
            }
        )
        if tiered_pricing is not UNSET:
            field_dict["tiered_pricing"] = tiered_pricing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_pricing_costs import DeploymentPricingCosts  # noqa: PLC0415
        from ..models.price_tier import PriceTier  # noqa: PLC0415

        d = dict(src_dict)
        costs = DeploymentPricingCosts.from_dict(d.pop("costs"))

        provider = d.pop("provider")

        _tiered_pricing = d.pop("tiered_pricing", UNSET)
        tiered_pricing: list[PriceTier] | Unset = UNSET
        if _tiered_pricing is not UNSET:
            tiered_pricing = []
            for tiered_pricing_item_data in _tiered_pricing:
                tiered_pricing_item = PriceTier.from_dict(tiered_pricing_item_data)

                tiered_pricing.append(tiered_pricing_item)

        deployment_pricing = cls(
            costs=costs,
            provider=provider,
            tiered_pricing=tiered_pricing,
        )

        deployment_pricing.additional_properties = d
        return deployment_pricing

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
