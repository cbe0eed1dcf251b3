from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GuardrailSpendMetrics")


@_attrs_define
class GuardrailSpendMetrics:
    """
    Attributes:
        spend (float | Unset): Guardrail spend in USD, already included in key and model spend Default: 0.0.
        untracked_units (int | Unset): Guardrail units with no known price, excluded from spend Default: 0.
    """

    spend: float | Unset = 0.0
    untracked_units: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spend = self.spend

        untracked_units = self.untracked_units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spend is not UNSET:
            field_dict["spend"] = spend
        if untracked_units is not UNSET:
            field_dict["untracked_units"] = untracked_units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spend = d.pop("spend", UNSET)

        untracked_units = d.pop("untracked_units", UNSET)

        guardrail_spend_metrics = cls(
            spend=spend,
            untracked_units=untracked_units,
        )

        guardrail_spend_metrics.additional_properties = d
        return guardrail_spend_metrics

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
