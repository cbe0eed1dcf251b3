from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserProviderConnection")


@_attrs_define
class UserProviderConnection:
    """
    Attributes:
        connected (bool):
        credential_name (str):
        provider (str):
        connected_at (None | str | Unset):
        github_login (None | str | Unset):
    """

    connected: bool
    credential_name: str
    provider: str
    connected_at: None | str | Unset = UNSET
    github_login: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connected = self.connected

        credential_name = self.credential_name

        provider = self.provider

        connected_at: None | str | Unset
        if isinstance(self.connected_at, Unset):
            connected_at = UNSET
        else:
            connected_at = self.connected_at

        github_login: None | str | Unset
        if isinstance(self.github_login, Unset):
            github_login = UNSET
        else:
            github_login = self.github_login

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connected": connected,
                "credential_name": credential_name,
                "provider": provider,
            }
        )
        if connected_at is not UNSET:
            field_dict["connected_at"] = connected_at
        if github_login is not UNSET:
            field_dict["github_login"] = github_login

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connected = d.pop("connected")

        credential_name = d.pop("credential_name")

        provider = d.pop("provider")

        def _parse_connected_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connected_at = _parse_connected_at(d.pop("connected_at", UNSET))

        def _parse_github_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        github_login = _parse_github_login(d.pop("github_login", UNSET))

        user_provider_connection = cls(
            connected=connected,
            credential_name=credential_name,
            provider=provider,
            connected_at=connected_at,
            github_login=github_login,
        )

        user_provider_connection.additional_properties = d
        return user_provider_connection

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
