from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_banner_update_severity import UserBannerUpdateSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserBannerUpdate")


@_attrs_define
class UserBannerUpdate:
    """
    Attributes:
        enabled (bool | Unset): If true, the banner is shown to all authenticated dashboard users. Default: False.
        message (str | Unset): Banner text shown to dashboard users. Markdown is supported. Default: ''.
        severity (UserBannerUpdateSeverity | Unset): Visual style of the banner. Default: UserBannerUpdateSeverity.INFO.
    """

    enabled: bool | Unset = False
    message: str | Unset = ""
    severity: UserBannerUpdateSeverity | Unset = UserBannerUpdateSeverity.INFO
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        message = self.message

        severity: str | Unset = UNSET
        if not isinstance(self.severity, Unset):
            severity = self.severity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if message is not UNSET:
            field_dict["message"] = message
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        message = d.pop("message", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: UserBannerUpdateSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = UserBannerUpdateSeverity(_severity)

        user_banner_update = cls(
            enabled=enabled,
            message=message,
            severity=severity,
        )

        user_banner_update.additional_properties = d
        return user_banner_update

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
