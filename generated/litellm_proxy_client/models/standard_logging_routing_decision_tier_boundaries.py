from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StandardLoggingRoutingDecisionTierBoundaries")


@_attrs_define
class StandardLoggingRoutingDecisionTierBoundaries:
    """Snapshot of the complexity scorer's tier boundaries at decision time, so a
    historical spend log row stays explainable after the router config changes.

        Attributes:
            complex_reasoning (float):
            medium_complex (float):
            simple_medium (float):
    """

    complex_reasoning: float
    medium_complex: float
    simple_medium: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complex_reasoning = self.complex_reasoning

        medium_complex = self.medium_complex

        simple_medium = self.simple_medium

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complex_reasoning": complex_reasoning,
                "medium_complex": medium_complex,
                "simple_medium": simple_medium,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complex_reasoning = d.pop("complex_reasoning")

        medium_complex = d.pop("medium_complex")

        simple_medium = d.pop("simple_medium")

        standard_logging_routing_decision_tier_boundaries = cls(
            complex_reasoning=complex_reasoning,
            medium_complex=medium_complex,
            simple_medium=simple_medium,
        )

        standard_logging_routing_decision_tier_boundaries.additional_properties = d
        return standard_logging_routing_decision_tier_boundaries

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
