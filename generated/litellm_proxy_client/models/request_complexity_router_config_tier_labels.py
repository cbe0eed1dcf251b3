from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RequestComplexityRouterConfigTierLabels")


@_attrs_define
class RequestComplexityRouterConfigTierLabels:
    """Display names for the complexity tiers, so a deployment can use its own vocabulary (e.g.
    Cheap/Standard/Premium/Deep) in the dashboard, spend logs, and the LLM classifier rubric. Purely operator-facing:
    config keys stay canonical (tiers, keyword_tier_rules[].tier, tier_boundaries), API callers never see these names,
    and the heuristic scorer never reads them. Unlisted tiers keep their canonical name. Partial maps are allowed.

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_complexity_router_config_tier_labels = cls()

        request_complexity_router_config_tier_labels.additional_properties = d
        return request_complexity_router_config_tier_labels

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
