from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AutoRouterPresetTiers")


@_attrs_define
class AutoRouterPresetTiers:
    """Exactly the four built-in tiers the dashboard's preset prefill can apply.

    extra="forbid" on purpose: a tier name this dashboard cannot apply would grey out or crash the
    picker, so such a catalog is rejected wholesale and the bundled one serves instead.

        Attributes:
            complex_ (list[str]):
            medium (list[str]):
            reasoning (list[str]):
            simple (list[str]):
    """

    complex_: list[str]
    medium: list[str]
    reasoning: list[str]
    simple: list[str]

    def to_dict(self) -> dict[str, Any]:
        complex_ = self.complex_

        medium = self.medium

        reasoning = self.reasoning

        simple = self.simple

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "COMPLEX": complex_,
                "MEDIUM": medium,
                "REASONING": reasoning,
                "SIMPLE": simple,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complex_ = cast(list[str], d.pop("COMPLEX"))

        medium = cast(list[str], d.pop("MEDIUM"))

        reasoning = cast(list[str], d.pop("REASONING"))

        simple = cast(list[str], d.pop("SIMPLE"))

        auto_router_preset_tiers = cls(
            complex_=complex_,
            medium=medium,
            reasoning=reasoning,
            simple=simple,
        )

        return auto_router_preset_tiers
