from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EuJevMeta")


@_attrs_define
class EuJevMeta:
    """
    Attributes:
        latency_ms (int): Server-side time for token quoting, credit reservation and inference
        mode (Literal['live']):
        request_id (str):
        cost_eur (None | str | Unset): The exact charge in euros, on authenticated requests
    """

    latency_ms: int
    mode: Literal["live"]
    request_id: str
    cost_eur: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latency_ms = self.latency_ms

        mode = self.mode

        request_id = self.request_id

        cost_eur: None | str | Unset
        if isinstance(self.cost_eur, Unset):
            cost_eur = UNSET
        else:
            cost_eur = self.cost_eur

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "latency_ms": latency_ms,
                "mode": mode,
                "request_id": request_id,
            }
        )
        if cost_eur is not UNSET:
            field_dict["cost_eur"] = cost_eur

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        latency_ms = d.pop("latency_ms")

        mode = cast(Literal["live"], d.pop("mode"))
        if mode != "live":
            raise ValueError(f"mode must match const 'live', got '{mode}'")

        request_id = d.pop("request_id")

        def _parse_cost_eur(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cost_eur = _parse_cost_eur(d.pop("cost_eur", UNSET))

        eu_jev_meta = cls(
            latency_ms=latency_ms,
            mode=mode,
            request_id=request_id,
            cost_eur=cost_eur,
        )

        eu_jev_meta.additional_properties = d
        return eu_jev_meta

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
