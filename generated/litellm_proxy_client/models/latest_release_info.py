from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LatestReleaseInfo")


@_attrs_define
class LatestReleaseInfo:
    """
    Attributes:
        bug_fixes (int):
        new_features (int):
        other_updates (int):
        release_url (str):
        version (str):
    """

    bug_fixes: int
    new_features: int
    other_updates: int
    release_url: str
    version: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bug_fixes = self.bug_fixes

        new_features = self.new_features

        other_updates = self.other_updates

        release_url = self.release_url

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bug_fixes": bug_fixes,
                "new_features": new_features,
                "other_updates": other_updates,
                "release_url": release_url,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        bug_fixes = d.pop("bug_fixes")

        new_features = d.pop("new_features")

        other_updates = d.pop("other_updates")

        release_url = d.pop("release_url")

        version = d.pop("version")

        latest_release_info = cls(
            bug_fixes=bug_fixes,
            new_features=new_features,
            other_updates=other_updates,
            release_url=release_url,
            version=version,
        )

        latest_release_info.additional_properties = d
        return latest_release_info

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
