from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KeywordTierRule")


@_attrs_define
class KeywordTierRule:
    """A deterministic override: if any keyword matches, route to this tier.

    Attributes:
        keywords (list[str]): Keywords/phrases that trigger this rule (lexical or semantic match)
        tier (str): Tier to route to when this rule matches: a built-in tier name, or with tier_definitions set, one of
            the defined tier names
    """

    keywords: list[str]
    tier: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keywords = self.keywords

        tier = self.tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keywords": keywords,
                "tier": tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        keywords = cast(list[str], d.pop("keywords"))

        tier = d.pop("tier")

        keyword_tier_rule = cls(
            keywords=keywords,
            tier=tier,
        )

        keyword_tier_rule.additional_properties = d
        return keyword_tier_rule

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
