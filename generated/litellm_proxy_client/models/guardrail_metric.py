from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guardrail_metadata import GuardrailMetadata
    from ..models.guardrail_metric_api_key_breakdown import GuardrailMetricApiKeyBreakdown
    from ..models.guardrail_spend_metrics import GuardrailSpendMetrics


T = TypeVar("T", bound="GuardrailMetric")


@_attrs_define
class GuardrailMetric:
    """
    Attributes:
        metadata (GuardrailMetadata):
        metrics (GuardrailSpendMetrics):
        api_key_breakdown (GuardrailMetricApiKeyBreakdown | Unset): Per-key guardrail spend and unpriced units, limited
            to keys in the day's API key breakdown
    """

    metadata: GuardrailMetadata
    metrics: GuardrailSpendMetrics
    api_key_breakdown: GuardrailMetricApiKeyBreakdown | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        metrics = self.metrics.to_dict()

        api_key_breakdown: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key_breakdown, Unset):
            api_key_breakdown = self.api_key_breakdown.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "metrics": metrics,
            }
        )
        if api_key_breakdown is not UNSET:
            field_dict["api_key_breakdown"] = api_key_breakdown

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardrail_metadata import GuardrailMetadata  # noqa: PLC0415
        from ..models.guardrail_metric_api_key_breakdown import GuardrailMetricApiKeyBreakdown  # noqa: PLC0415
        from ..models.guardrail_spend_metrics import GuardrailSpendMetrics  # noqa: PLC0415

        d = dict(src_dict)
        metadata = GuardrailMetadata.from_dict(d.pop("metadata"))

        metrics = GuardrailSpendMetrics.from_dict(d.pop("metrics"))

        _api_key_breakdown = d.pop("api_key_breakdown", UNSET)
        api_key_breakdown: GuardrailMetricApiKeyBreakdown | Unset
        if isinstance(_api_key_breakdown, Unset):
            api_key_breakdown = UNSET
        else:
            api_key_breakdown = GuardrailMetricApiKeyBreakdown.from_dict(_api_key_breakdown)

        guardrail_metric = cls(
            metadata=metadata,
            metrics=metrics,
            api_key_breakdown=api_key_breakdown,
        )

        guardrail_metric.additional_properties = d
        return guardrail_metric

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
