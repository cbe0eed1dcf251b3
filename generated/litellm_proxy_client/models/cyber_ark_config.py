from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CyberArkConfig")


@_attrs_define
class CyberArkConfig:
    """Configuration for CyberArk Conjur secret manager integration.

    Attributes:
        client_cert (None | str | Unset): Path to the client TLS certificate for certificate-based authentication
        client_key (None | str | Unset): Path to the client TLS private key for certificate-based authentication
        cyberark_account (None | str | Unset): The Conjur organization account name
        cyberark_api_base (None | str | Unset): The address of the CyberArk Conjur server (e.g.,
            https://conjur.example.com)
        cyberark_api_key (None | str | Unset): API key for Conjur API-key authentication
        cyberark_username (None | str | Unset): The Conjur username (login) to authenticate as
        refresh_interval (None | str | Unset): Auth token cache TTL in seconds (default: 300)
        ssl_verify (None | str | Unset): Set to false to disable SSL verification (e.g., for self-signed certificates)
    """

    client_cert: None | str | Unset = UNSET
    client_key: None | str | Unset = UNSET
    cyberark_account: None | str | Unset = UNSET
    cyberark_api_base: None | str | Unset = UNSET
    cyberark_api_key: None | str | Unset = UNSET
    cyberark_username: None | str | Unset = UNSET
    refresh_interval: None | str | Unset = UNSET
    ssl_verify: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_cert: None | str | Unset
        if isinstance(self.client_cert, Unset):
            client_cert = UNSET
        else:
            client_cert = self.client_cert

        client_key: None | str | Unset
        if isinstance(self.client_key, Unset):
            client_key = UNSET
        else:
            client_key = self.client_key

        cyberark_account: None | str | Unset
        if isinstance(self.cyberark_account, Unset):
            cyberark_account = UNSET
        else:
            cyberark_account = self.cyberark_account

        cyberark_api_base: None | str | Unset
        if isinstance(self.cyberark_api_base, Unset):
            cyberark_api_base = UNSET
        else:
            cyberark_api_base = self.cyberark_api_base

        cyberark_api_key: None | str | Unset
        if isinstance(self.cyberark_api_key, Unset):
            cyberark_api_key = UNSET
        else:
            cyberark_api_key = self.cyberark_api_key

        cyberark_username: None | str | Unset
        if isinstance(self.cyberark_username, Unset):
            cyberark_username = UNSET
        else:
            cyberark_username = self.cyberark_username

        refresh_interval: None | str | Unset
        if isinstance(self.refresh_interval, Unset):
            refresh_interval = UNSET
        else:
            refresh_interval = self.refresh_interval

        ssl_verify: None | str | Unset
        if isinstance(self.ssl_verify, Unset):
            ssl_verify = UNSET
        else:
            ssl_verify = self.ssl_verify

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_cert is not UNSET:
            field_dict["client_cert"] = client_cert
        if client_key is not UNSET:
            field_dict["client_key"] = client_key
        if cyberark_account is not UNSET:
            field_dict["cyberark_account"] = cyberark_account
        if cyberark_api_base is not UNSET:
            field_dict["cyberark_api_base"] = cyberark_api_base
        if cyberark_api_key is not UNSET:
            field_dict["cyberark_api_key"] = cyberark_api_key
        if cyberark_username is not UNSET:
            field_dict["cyberark_username"] = cyberark_username
        if refresh_interval is not UNSET:
            field_dict["refresh_interval"] = refresh_interval
        if ssl_verify is not UNSET:
            field_dict["ssl_verify"] = ssl_verify

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_client_cert(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_cert = _parse_client_cert(d.pop("client_cert", UNSET))

        def _parse_client_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_key = _parse_client_key(d.pop("client_key", UNSET))

        def _parse_cyberark_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cyberark_account = _parse_cyberark_account(d.pop("cyberark_account", UNSET))

        def _parse_cyberark_api_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cyberark_api_base = _parse_cyberark_api_base(d.pop("cyberark_api_base", UNSET))

        def _parse_cyberark_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cyberark_api_key = _parse_cyberark_api_key(d.pop("cyberark_api_key", UNSET))

        def _parse_cyberark_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cyberark_username = _parse_cyberark_username(d.pop("cyberark_username", UNSET))

        def _parse_refresh_interval(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refresh_interval = _parse_refresh_interval(d.pop("refresh_interval", UNSET))

        def _parse_ssl_verify(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ssl_verify = _parse_ssl_verify(d.pop("ssl_verify", UNSET))

        cyber_ark_config = cls(
            client_cert=client_cert,
            client_key=client_key,
            cyberark_account=cyberark_account,
            cyberark_api_base=cyberark_api_base,
            cyberark_api_key=cyberark_api_key,
            cyberark_username=cyberark_username,
            refresh_interval=refresh_interval,
            ssl_verify=ssl_verify,
        )

        cyber_ark_config.additional_properties = d
        return cyber_ark_config

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
