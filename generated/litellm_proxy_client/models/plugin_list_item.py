from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.plugin_list_item_installation_preference_type_0 import PluginListItemInstallationPreferenceType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_author import PluginAuthor
    from ..models.plugin_list_item_source import PluginListItemSource


T = TypeVar("T", bound="PluginListItem")


@_attrs_define
class PluginListItem:
    """Plugin item in list responses.

    Attributes:
        created_at (None | str):
        description (None | str):
        enabled (bool):
        id (str):
        name (str):
        source (PluginListItemSource):
        updated_at (None | str):
        version (None | str):
        approved_by (None | str | Unset):
        author (None | PluginAuthor | Unset):
        category (None | str | Unset):
        created_by (None | str | Unset):
        domain (None | str | Unset):
        download_count (int | None | Unset):
        homepage (None | str | Unset):
        installation_preference (None | PluginListItemInstallationPreferenceType0 | Unset):
        keywords (list[str] | None | Unset):
        namespace (None | str | Unset):
        published_by (None | str | Unset):
        security_scan_passed (bool | Unset):  Default: False.
    """

    created_at: None | str
    description: None | str
    enabled: bool
    id: str
    name: str
    source: PluginListItemSource
    updated_at: None | str
    version: None | str
    approved_by: None | str | Unset = UNSET
    author: None | PluginAuthor | Unset = UNSET
    category: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    download_count: int | None | Unset = UNSET
    homepage: None | str | Unset = UNSET
    installation_preference: None | PluginListItemInstallationPreferenceType0 | Unset = UNSET
    keywords: list[str] | None | Unset = UNSET
    namespace: None | str | Unset = UNSET
    published_by: None | str | Unset = UNSET
    security_scan_passed: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plugin_author import PluginAuthor  # noqa: PLC0415

        created_at: None | str
        created_at = self.created_at

        description: None | str
        description = self.description

        enabled = self.enabled

        id = self.id

        name = self.name

        source = self.source.to_dict()

        updated_at: None | str
        updated_at = self.updated_at

        version: None | str
        version = self.version

        approved_by: None | str | Unset
        if isinstance(self.approved_by, Unset):
            approved_by = UNSET
        else:
            approved_by = self.approved_by

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, PluginAuthor):
            author = self.author.to_dict()
        else:
            author = self.author

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        download_count: int | None | Unset
        if isinstance(self.download_count, Unset):
            download_count = UNSET
        else:
            download_count = self.download_count

        homepage: None | str | Unset
        if isinstance(self.homepage, Unset):
            homepage = UNSET
        else:
            homepage = self.homepage

        installation_preference: None | str | Unset
        if isinstance(self.installation_preference, Unset):
            installation_preference = UNSET
        elif isinstance(self.installation_preference, PluginListItemInstallationPreferenceType0):
            installation_preference = self.installation_preference.value
        else:
            installation_preference = self.installation_preference

        keywords: list[str] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        published_by: None | str | Unset
        if isinstance(self.published_by, Unset):
            published_by = UNSET
        else:
            published_by = self.published_by

        security_scan_passed = self.security_scan_passed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "description": description,
                "enabled": enabled,
                "id": id,
                "name": name,
                "source": source,
                "updated_at": updated_at,
                "version": version,
            }
        )
        if approved_by is not UNSET:
            field_dict["approved_by"] = approved_by
        if author is not UNSET:
            field_dict["author"] = author
        if category is not UNSET:
            field_dict["category"] = category
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if domain is not UNSET:
            field_dict["domain"] = domain
        if download_count is not UNSET:
            field_dict["download_count"] = download_count
        if homepage is not UNSET:
            field_dict["homepage"] = homepage
        if installation_preference is not UNSET:
            field_dict["installation_preference"] = installation_preference
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if published_by is not UNSET:
            field_dict["published_by"] = published_by
        if security_scan_passed is not UNSET:
            field_dict["security_scan_passed"] = security_scan_passed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_author import PluginAuthor  # noqa: PLC0415
        from ..models.plugin_list_item_source import PluginListItemSource  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(d.pop("created_at"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        enabled = d.pop("enabled")

        id = d.pop("id")

        name = d.pop("name")

        source = PluginListItemSource.from_dict(d.pop("source"))

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        def _parse_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version = _parse_version(d.pop("version"))

        def _parse_approved_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approved_by = _parse_approved_by(d.pop("approved_by", UNSET))

        def _parse_author(data: object) -> None | PluginAuthor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                author_type_0 = PluginAuthor.from_dict(data)

                return author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PluginAuthor | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_download_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        download_count = _parse_download_count(d.pop("download_count", UNSET))

        def _parse_homepage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        homepage = _parse_homepage(d.pop("homepage", UNSET))

        def _parse_installation_preference(data: object) -> None | PluginListItemInstallationPreferenceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                installation_preference_type_0 = PluginListItemInstallationPreferenceType0(data)

                return installation_preference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PluginListItemInstallationPreferenceType0 | Unset, data)

        installation_preference = _parse_installation_preference(d.pop("installation_preference", UNSET))

        def _parse_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_0 = cast(list[str], data)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_published_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_by = _parse_published_by(d.pop("published_by", UNSET))

        security_scan_passed = d.pop("security_scan_passed", UNSET)

        plugin_list_item = cls(
            created_at=created_at,
            description=description,
            enabled=enabled,
            id=id,
            name=name,
            source=source,
            updated_at=updated_at,
            version=version,
            approved_by=approved_by,
            author=author,
            category=category,
            created_by=created_by,
            domain=domain,
            download_count=download_count,
            homepage=homepage,
            installation_preference=installation_preference,
            keywords=keywords,
            namespace=namespace,
            published_by=published_by,
            security_scan_passed=security_scan_passed,
        )

        plugin_list_item.additional_properties = d
        return plugin_list_item

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
