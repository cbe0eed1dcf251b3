from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plugin_download_event import PluginDownloadEvent


T = TypeVar("T", bound="PluginDownloadsResponse")


@_attrs_define
class PluginDownloadsResponse:
    """
    Attributes:
        anonymous_downloads (int):
        downloads (list[PluginDownloadEvent]):
        next_cursor (None | str):
        total_downloads (int):
    """

    anonymous_downloads: int
    downloads: list[PluginDownloadEvent]
    next_cursor: None | str
    total_downloads: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anonymous_downloads = self.anonymous_downloads

        downloads = []
        for downloads_item_data in self.downloads:
            downloads_item = downloads_item_data.to_dict()
            downloads.append(downloads_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        total_downloads = self.total_downloads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "anonymous_downloads": anonymous_downloads,
                "downloads": downloads,
                "next_cursor": next_cursor,
                "total_downloads": total_downloads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plugin_download_event import PluginDownloadEvent  # noqa: PLC0415

        d = dict(src_dict)
        anonymous_downloads = d.pop("anonymous_downloads")

        downloads = []
        _downloads = d.pop("downloads")
        for downloads_item_data in _downloads:
            downloads_item = PluginDownloadEvent.from_dict(downloads_item_data)

            downloads.append(downloads_item)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        total_downloads = d.pop("total_downloads")

        plugin_downloads_response = cls(
            anonymous_downloads=anonymous_downloads,
            downloads=downloads,
            next_cursor=next_cursor,
            total_downloads=total_downloads,
        )

        plugin_downloads_response.additional_properties = d
        return plugin_downloads_response

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
