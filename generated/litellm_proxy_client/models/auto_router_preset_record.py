from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_router_preset_config import AutoRouterPresetConfig


T = TypeVar("T", bound="AutoRouterPresetRecord")


@_attrs_define
class AutoRouterPresetRecord:
    """One auto-router preset as served to the dashboard's template picker.

    Attributes:
        complexity_router_config (AutoRouterPresetConfig): The complexity_router_config a preset prefills.

            Only tiers is validated, because every dashboard consumer dereferences it; everything else
            passes through verbatim with unknown fields kept (extra="allow"), so a catalog published after
            this proxy shipped still serves its new fields intact.
        description (str):
        label (str):
    """

    complexity_router_config: AutoRouterPresetConfig
    description: str
    label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complexity_router_config = self.complexity_router_config.to_dict()

        description = self.description

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complexity_router_config": complexity_router_config,
                "description": description,
                "label": label,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_router_preset_config import AutoRouterPresetConfig  # noqa: PLC0415

        d = dict(src_dict)
        complexity_router_config = AutoRouterPresetConfig.from_dict(d.pop("complexity_router_config"))

        description = d.pop("description")

        label = d.pop("label")

        auto_router_preset_record = cls(
            complexity_router_config=complexity_router_config,
            description=description,
            label=label,
        )

        auto_router_preset_record.additional_properties = d
        return auto_router_preset_record

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
