from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.key_metadata import KeyMetadata
    from ..models.key_spend_metrics import KeySpendMetrics


T = TypeVar("T", bound="KeySpendActivityRow")


@_attrs_define
class KeySpendActivityRow:
    """
    Attributes:
        api_key (str):
        metadata (KeyMetadata): Metadata for a key
        metrics (KeySpendMetrics):
    """

    api_key: str
    metadata: KeyMetadata
    metrics: KeySpendMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        metadata = self.metadata.to_dict()

        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_key": api_key,
                "metadata": metadata,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_metadata import KeyMetadata  # noqa: PLC0415
        from ..models.key_spend_metrics import KeySpendMetrics  # noqa: PLC0415

        d = dict(src_dict)
        api_key = d.pop("api_key")

        metadata = KeyMetadata.from_dict(d.pop("metadata"))

        metrics = KeySpendMetrics.from_dict(d.pop("metrics"))

        key_spend_activity_row = cls(
            api_key=api_key,
            metadata=metadata,
            metrics=metrics,
        )

        key_spend_activity_row.additional_properties = d
        return key_spend_activity_row

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
