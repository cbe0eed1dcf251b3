from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_router_preset_tiers import AutoRouterPresetTiers


T = TypeVar("T", bound="AutoRouterPresetConfig")


@_attrs_define
class AutoRouterPresetConfig:
    """The complexity_router_config a preset prefills.

    Only tiers is validated, because every dashboard consumer dereferences it; everything else
    passes through verbatim with unknown fields kept (extra="allow"), so a catalog published after
    this proxy shipped still serves its new fields intact.

        Attributes:
            tiers (AutoRouterPresetTiers): Exactly the four built-in tiers the dashboard's preset prefill can apply.

                extra="forbid" on purpose: a tier name this dashboard cannot apply would grey out or crash the
                picker, so such a catalog is rejected wholesale and the bundled one serves instead.
    """

    tiers: AutoRouterPresetTiers
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tiers = self.tiers.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tiers": tiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_router_preset_tiers import AutoRouterPresetTiers  # noqa: PLC0415

        d = dict(src_dict)
        tiers = AutoRouterPresetTiers.from_dict(d.pop("tiers"))

        auto_router_preset_config = cls(
            tiers=tiers,
        )

        auto_router_preset_config.additional_properties = d
        return auto_router_preset_config

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
