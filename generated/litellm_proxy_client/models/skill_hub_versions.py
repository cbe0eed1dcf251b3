from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill_hub_version import SkillHubVersion


T = TypeVar("T", bound="SkillHubVersions")


@_attrs_define
class SkillHubVersions:
    """
    Attributes:
        next_offset (int | None):
        versions (list[SkillHubVersion]):
    """

    next_offset: int | None
    versions: list[SkillHubVersion]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_offset: int | None
        next_offset = self.next_offset

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next_offset": next_offset,
                "versions": versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_hub_version import SkillHubVersion  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_next_offset(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_offset = _parse_next_offset(d.pop("next_offset"))

        versions = []
        _versions = d.pop("versions")
        for versions_item_data in _versions:
            versions_item = SkillHubVersion.from_dict(versions_item_data)

            versions.append(versions_item)

        skill_hub_versions = cls(
            next_offset=next_offset,
            versions=versions,
        )

        skill_hub_versions.additional_properties = d
        return skill_hub_versions

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
