from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SearchContextCostPerQuery")


@_attrs_define
class SearchContextCostPerQuery:
    """
    Attributes:
        search_context_size_high (float | Unset):
        search_context_size_low (float | Unset):
        search_context_size_medium (float | Unset):
    """

    search_context_size_high: float | Unset = UNSET
    search_context_size_low: float | Unset = UNSET
    search_context_size_medium: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_context_size_high = self.search_context_size_high

        search_context_size_low = self.search_context_size_low

        search_context_size_medium = self.search_context_size_medium

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if search_context_size_high is not UNSET:
            field_dict["search_context_size_high"] = search_context_size_high
        if search_context_size_low is not UNSET:
            field_dict["search_context_size_low"] = search_context_size_low
        if search_context_size_medium is not UNSET:
            field_dict["search_context_size_medium"] = search_context_size_medium

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        search_context_size_high = d.pop("search_context_size_high", UNSET)

        search_context_size_low = d.pop("search_context_size_low", UNSET)

        search_context_size_medium = d.pop("search_context_size_medium", UNSET)

        search_context_cost_per_query = cls(
            search_context_size_high=search_context_size_high,
            search_context_size_low=search_context_size_low,
            search_context_size_medium=search_context_size_medium,
        )

        search_context_cost_per_query.additional_properties = d
        return search_context_cost_per_query

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
