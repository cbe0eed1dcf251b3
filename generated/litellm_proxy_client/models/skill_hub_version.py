from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.skill_hub_version_content_kind import SkillHubVersionContentKind

if TYPE_CHECKING:
    from ..models.skill_hub_version_manifest import SkillHubVersionManifest


T = TypeVar("T", bound="SkillHubVersion")


@_attrs_define
class SkillHubVersion:
    """
    Attributes:
        content_kind (SkillHubVersionContentKind):
        description (None | str):
        download_url (None | str):
        id (str):
        manifest (SkillHubVersionManifest):
        published_at (datetime.datetime | None):
        published_by (None | str):
        version (None | str):
    """

    content_kind: SkillHubVersionContentKind
    description: None | str
    download_url: None | str
    id: str
    manifest: SkillHubVersionManifest
    published_at: datetime.datetime | None
    published_by: None | str
    version: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content_kind = self.content_kind.value

        description: None | str
        description = self.description

        download_url: None | str
        download_url = self.download_url

        id = self.id

        manifest = self.manifest.to_dict()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        published_by: None | str
        published_by = self.published_by

        version: None | str
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_kind": content_kind,
                "description": description,
                "download_url": download_url,
                "id": id,
                "manifest": manifest,
                "published_at": published_at,
                "published_by": published_by,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_hub_version_manifest import SkillHubVersionManifest  # noqa: PLC0415

        d = dict(src_dict)
        content_kind = SkillHubVersionContentKind(d.pop("content_kind"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_download_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        download_url = _parse_download_url(d.pop("download_url"))

        id = d.pop("id")

        manifest = SkillHubVersionManifest.from_dict(d.pop("manifest"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        def _parse_published_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        published_by = _parse_published_by(d.pop("published_by"))

        def _parse_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version = _parse_version(d.pop("version"))

        skill_hub_version = cls(
            content_kind=content_kind,
            description=description,
            download_url=download_url,
            id=id,
            manifest=manifest,
            published_at=published_at,
            published_by=published_by,
            version=version,
        )

        skill_hub_version.additional_properties = d
        return skill_hub_version

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
