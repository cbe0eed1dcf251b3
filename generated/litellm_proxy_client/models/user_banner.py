from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_banner_severity import UserBannerSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserBanner")


@_attrs_define
class UserBanner:
    """
    Attributes:
        enabled (bool | Unset): If true, the banner is shown to all authenticated dashboard users. Default: False.
        message (str | Unset): Banner text shown to dashboard users. Markdown is supported. Default: ''.
        revision (str | Unset): Server-stamped opaque publish identity; a fresh value is generated on every update so
            clients re-surface dismissed banners on republish. Default: ''.
        severity (UserBannerSeverity | Unset): Visual style of the banner. Default: UserBannerSeverity.INFO.
    """

    enabled: bool | Unset = False
    message: str | Unset = ""
    revision: str | Unset = ""
    severity: UserBannerSeverity | Unset = UserBannerSeverity.INFO
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        message = self.message

        revision = self.revision

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
        if revision is not UNSET:
            field_dict["revision"] = revision
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        message = d.pop("message", UNSET)

        revision = d.pop("revision", UNSET)

        _severity = d.pop("severity", UNSET)
        severity: UserBannerSeverity | Unset
        if isinstance(_severity, Unset):
            severity = UNSET
        else:
            severity = UserBannerSeverity(_severity)

        user_banner = cls(
            enabled=enabled,
            message=message,
            revision=revision,
            severity=severity,
        )

        user_banner.additional_properties = d
        return user_banner

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
