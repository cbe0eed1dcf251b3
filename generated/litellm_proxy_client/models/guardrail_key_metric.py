from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.guardrail_spend_metrics import GuardrailSpendMetrics
    from ..models.key_metadata import KeyMetadata


T = TypeVar("T", bound="GuardrailKeyMetric")


@_attrs_define
class GuardrailKeyMetric:
    """
    Attributes:
        metadata (KeyMetadata): Metadata for a key
        metrics (GuardrailSpendMetrics):
    """

    metadata: KeyMetadata
    metrics: GuardrailSpendMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata.to_dict()

        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guardrail_spend_metrics import GuardrailSpendMetrics  # noqa: PLC0415
        from ..models.key_metadata import KeyMetadata  # noqa: PLC0415

        d = dict(src_dict)
        metadata = KeyMetadata.from_dict(d.pop("metadata"))

        metrics = GuardrailSpendMetrics.from_dict(d.pop("metrics"))

        guardrail_key_metric = cls(
            metadata=metadata,
            metrics=metrics,
        )

        guardrail_key_metric.additional_properties = d
        return guardrail_key_metric

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
