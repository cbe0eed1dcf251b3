from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentWarningIgnoreUpdate")


@_attrs_define
class DeploymentWarningIgnoreUpdate:
    """
    Attributes:
        ignored (bool): True ignores the warning for every admin, false restores it.
        snooze_seconds (int | None | Unset): How long to ignore the warning, up to 30 days. Leave it out to ignore it
            forever.
    """

    ignored: bool
    snooze_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignored = self.ignored

        snooze_seconds: int | None | Unset
        if isinstance(self.snooze_seconds, Unset):
            snooze_seconds = UNSET
        else:
            snooze_seconds = self.snooze_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ignored": ignored,
            }
        )
        if snooze_seconds is not UNSET:
            field_dict["snooze_seconds"] = snooze_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ignored = d.pop("ignored")

        def _parse_snooze_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        snooze_seconds = _parse_snooze_seconds(d.pop("snooze_seconds", UNSET))

        deployment_warning_ignore_update = cls(
            ignored=ignored,
            snooze_seconds=snooze_seconds,
        )

        deployment_warning_ignore_update.additional_properties = d
        return deployment_warning_ignore_update

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
