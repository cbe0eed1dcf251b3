from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_prediction_arm import CachePredictionArm


T = TypeVar("T", bound="CachePredictionResponse")


@_attrs_define
class CachePredictionResponse:
    """
    Attributes:
        cache_rebuild_penalty (float | None):
        stay (CachePredictionArm):
        switch (CachePredictionArm):
        switch_delta (float | None):
        cache_guarantee (bool | Unset):  Default: False.
        pricing_basis (Literal['input_before_discounts_and_margins'] | Unset):  Default:
            'input_before_discounts_and_margins'.
    """

    cache_rebuild_penalty: float | None
    stay: CachePredictionArm
    switch: CachePredictionArm
    switch_delta: float | None
    cache_guarantee: bool | Unset = False
    pricing_basis: Literal["input_before_discounts_and_margins"] | Unset = "input_before_discounts_and_margins"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_rebuild_penalty: float | None
        cache_rebuild_penalty = self.cache_rebuild_penalty

        stay = self.stay.to_dict()

        switch = self.switch.to_dict()

        switch_delta: float | None
        switch_delta = self.switch_delta

        cache_guarantee = self.cache_guarantee

        pricing_basis = self.pricing_basis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_rebuild_penalty": cache_rebuild_penalty,
                "stay": stay,
                "switch": switch,
                "switch_delta": switch_delta,
            }
        )
        if cache_guarantee is not UNSET:
            field_dict["cache_guarantee"] = cache_guarantee
        if pricing_basis is not UNSET:
            field_dict["pricing_basis"] = pricing_basis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cache_prediction_arm import CachePredictionArm  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_cache_rebuild_penalty(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        cache_rebuild_penalty = _parse_cache_rebuild_penalty(d.pop("cache_rebuild_penalty"))

        stay = CachePredictionArm.from_dict(d.pop("stay"))

        switch = CachePredictionArm.from_dict(d.pop("switch"))

        def _parse_switch_delta(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        switch_delta = _parse_switch_delta(d.pop("switch_delta"))

        cache_guarantee = d.pop("cache_guarantee", UNSET)

        pricing_basis = cast(Literal["input_before_discounts_and_margins"] | Unset, d.pop("pricing_basis", UNSET))
        if pricing_basis != "input_before_discounts_and_margins" and not isinstance(pricing_basis, Unset):
            raise ValueError(
                f"pricing_basis must match const 'input_before_discounts_and_margins', got '{pricing_basis}'"
            )

        cache_prediction_response = cls(
            cache_rebuild_penalty=cache_rebuild_penalty,
            stay=stay,
            switch=switch,
            switch_delta=switch_delta,
            cache_guarantee=cache_guarantee,
            pricing_basis=pricing_basis,
        )

        cache_prediction_response.additional_properties = d
        return cache_prediction_response

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
