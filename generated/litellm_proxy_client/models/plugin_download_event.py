from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PluginDownloadEvent")


@_attrs_define
class PluginDownloadEvent:
    """
    Attributes:
        authenticated (bool):
        digest (str):
        downloaded_at (datetime.datetime):
        id (str):
        key_alias (None | str):
        team_alias (None | str):
        team_id (None | str):
        user_email (None | str):
        user_id (None | str):
        version (None | str):
    """

    authenticated: bool
    digest: str
    downloaded_at: datetime.datetime
    id: str
    key_alias: None | str
    team_alias: None | str
    team_id: None | str
    user_email: None | str
    user_id: None | str
    version: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authenticated = self.authenticated

        digest = self.digest

        downloaded_at = self.downloaded_at.isoformat()

        id = self.id

        key_alias: None | str
        key_alias = self.key_alias

        team_alias: None | str
        team_alias = self.team_alias

        team_id: None | str
        team_id = self.team_id

        user_email: None | str
        user_email = self.user_email

        user_id: None | str
        user_id = self.user_id

        version: None | str
        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authenticated": authenticated,
                "digest": digest,
                "downloaded_at": downloaded_at,
                "id": id,
                "key_alias": key_alias,
                "team_alias": team_alias,
                "team_id": team_id,
                "user_email": user_email,
                "user_id": user_id,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        authenticated = d.pop("authenticated")

        digest = d.pop("digest")

        downloaded_at = datetime.datetime.fromisoformat(d.pop("downloaded_at"))

        id = d.pop("id")

        def _parse_key_alias(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        key_alias = _parse_key_alias(d.pop("key_alias"))

        def _parse_team_alias(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_alias = _parse_team_alias(d.pop("team_alias"))

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(d.pop("team_id"))

        def _parse_user_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_email = _parse_user_email(d.pop("user_email"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_version(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        version = _parse_version(d.pop("version"))

        plugin_download_event = cls(
            authenticated=authenticated,
            digest=digest,
            downloaded_at=downloaded_at,
            id=id,
            key_alias=key_alias,
            team_alias=team_alias,
            team_id=team_id,
            user_email=user_email,
            user_id=user_id,
            version=version,
        )

        plugin_download_event.additional_properties = d
        return plugin_download_event

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
