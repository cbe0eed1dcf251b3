from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.upload_plugin_request_installation_preference_type_0 import UploadPluginRequestInstallationPreferenceType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_author import PluginAuthor


T = TypeVar("T", bound="UploadPluginRequest")


@_attrs_define
class UploadPluginRequest:
    """
    Attributes:
        name (str): Skill name (kebab-case)
        author (None | PluginAuthor | Unset): Plugin author
        category (None | str | Unset): Plugin category
        description (None | str | Unset): Plugin description
        domain (None | str | Unset): Skill domain (e.g., 'Productivity')
        homepage (None | str | Unset): Plugin homepage URL
        installation_preference (None | Unset | UploadPluginRequestInstallationPreferenceType0): Emitted as
            installationPreference on this plugin's marketplace.json entry. Needs an archive source, the only plugins Claude
            Desktop lists from a marketplace.json URL, and 'auto_install' or 'required' also need its sha256. Claude Desktop
            honors the mark only when the archive and marketplace.json share its inference gateway origin
        keywords (list[str] | None | Unset): Search keywords
        namespace (None | str | Unset): Skill namespace within domain (e.g., 'workflows')
        version (None | str | Unset): Semantic version, defaults to 1.0.0 on creation Default: '1.0.0'.
    """

    name: str
    author: None | PluginAuthor | Unset = UNSET
    category: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    domain: None | str | Unset = UNSET
    homepage: None | str | Unset = UNSET
    installation_preference: None | Unset | UploadPluginRequestInstallationPreferenceType0 = UNSET
    keywords: list[str] | None | Unset = UNSET
    namespace: None | str | Unset = UNSET
    version: None | str | Unset = "1.0.0"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plugin_author import PluginAuthor  # noqa: PLC0415

        name = self.name

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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        domain: None | str | Unset
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        homepage: None | str | Unset
        if isinstance(self.homepage, Unset):
            homepage = UNSET
        else:
            homepage = self.homepage

        installation_preference: None | str | Unset
        if isinstance(self.installation_preference, Unset):
            installation_preference = UNSET
        elif isinstance(self.installation_preference, UploadPluginRequestInstallationPreferenceType0):
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

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if category is not UNSET:
            field_dict["category"] = category
        if description is not UNSET:
            field_dict["description"] = description
        if domain is not UNSET:
            field_dict["domain"] = domain
        if homepage is not UNSET:
            field_dict["homepage"] = homepage
        if installation_preference is not UNSET:
            field_dict["installation_preference"] = installation_preference
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_author import PluginAuthor  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_domain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        domain = _parse_domain(d.pop("domain", UNSET))

        def _parse_homepage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        homepage = _parse_homepage(d.pop("homepage", UNSET))

        def _parse_installation_preference(
            data: object,
        ) -> None | Unset | UploadPluginRequestInstallationPreferenceType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                installation_preference_type_0 = UploadPluginRequestInstallationPreferenceType0(data)

                return installation_preference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UploadPluginRequestInstallationPreferenceType0, data)

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

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        upload_plugin_request = cls(
            name=name,
            author=author,
            category=category,
            description=description,
            domain=domain,
            homepage=homepage,
            installation_preference=installation_preference,
            keywords=keywords,
            namespace=namespace,
            version=version,
        )

        upload_plugin_request.additional_properties = d
        return upload_plugin_request

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
