from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.complexity_scorer_defaults_dimension_weights import ComplexityScorerDefaultsDimensionWeights
    from ..models.complexity_scorer_defaults_tier_boundaries import ComplexityScorerDefaultsTierBoundaries
    from ..models.complexity_scorer_defaults_token_thresholds import ComplexityScorerDefaultsTokenThresholds


T = TypeVar("T", bound="ComplexityScorerDefaults")


@_attrs_define
class ComplexityScorerDefaults:
    """The complexity router's shipped heuristic scorer defaults.

    The dashboard prefills its Advanced scoring controls from these rather than keeping its own copy, so
    a recalibration of the defaults cannot leave the form reporting numbers the router no longer uses.

        Attributes:
            dimension_weights (ComplexityScorerDefaultsDimensionWeights):
            tier_boundaries (ComplexityScorerDefaultsTierBoundaries):
            token_thresholds (ComplexityScorerDefaultsTokenThresholds):
    """

    dimension_weights: ComplexityScorerDefaultsDimensionWeights
    tier_boundaries: ComplexityScorerDefaultsTierBoundaries
    token_thresholds: ComplexityScorerDefaultsTokenThresholds
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimension_weights = self.dimension_weights.to_dict()

        tier_boundaries = self.tier_boundaries.to_dict()

        token_thresholds = self.token_thresholds.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dimension_weights": dimension_weights,
                "tier_boundaries": tier_boundaries,
                "token_thresholds": token_thresholds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complexity_scorer_defaults_dimension_weights import ComplexityScorerDefaultsDimensionWeights  # noqa: PLC0415
        from ..models.complexity_scorer_defaults_tier_boundaries import ComplexityScorerDefaultsTierBoundaries  # noqa: PLC0415
        from ..models.complexity_scorer_defaults_token_thresholds import ComplexityScorerDefaultsTokenThresholds  # noqa: PLC0415

        d = dict(src_dict)
        dimension_weights = ComplexityScorerDefaultsDimensionWeights.from_dict(d.pop("dimension_weights"))

        tier_boundaries = ComplexityScorerDefaultsTierBoundaries.from_dict(d.pop("tier_boundaries"))

        token_thresholds = ComplexityScorerDefaultsTokenThresholds.from_dict(d.pop("token_thresholds"))

        complexity_scorer_defaults = cls(
            dimension_weights=dimension_weights,
            tier_boundaries=tier_boundaries,
            token_thresholds=token_thresholds,
        )

        complexity_scorer_defaults.additional_properties = d
        return complexity_scorer_defaults

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
