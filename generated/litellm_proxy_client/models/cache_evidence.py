from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheEvidence")


@_attrs_define
class CacheEvidence:
    """
    Attributes:
        expires_at (float):
        observed_at (float):
        confidence (Literal['observed'] | Unset):  Default: 'observed'.
        source (Literal['provider_usage'] | Unset):  Default: 'provider_usage'.
    """

    expires_at: float
    observed_at: float
    confidence: Literal["observed"] | Unset = "observed"
    source: Literal["provider_usage"] | Unset = "provider_usage"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expires_at = self.expires_at

        observed_at = self.observed_at

        confidence = self.confidence

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expires_at": expires_at,
                "observed_at": observed_at,
            }
        )
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expires_at = d.pop("expires_at")

        observed_at = d.pop("observed_at")

        confidence = cast(Literal["observed"] | Unset, d.pop("confidence", UNSET))
        if confidence != "observed" and not isinstance(confidence, Unset):
            raise ValueError(f"confidence must match const 'observed', got '{confidence}'")

        source = cast(Literal["provider_usage"] | Unset, d.pop("source", UNSET))
        if source != "provider_usage" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'provider_usage', got '{source}'")

        cache_evidence = cls(
            expires_at=expires_at,
            observed_at=observed_at,
            confidence=confidence,
            source=source,
        )

        cache_evidence.additional_properties = d
        return cache_evidence

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
