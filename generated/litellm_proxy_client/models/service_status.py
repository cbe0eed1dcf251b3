from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceStatus")


@_attrs_define
class ServiceStatus:
    """
    Attributes:
        credentials_ready (bool | Unset):  Default: False.
        protocol_version (int | Unset):  Default: 0.
        public_contract (int | Unset):  Default: 0.
        release (str | Unset):  Default: ''.
        storage_ready (bool | Unset):  Default: False.
    """

    credentials_ready: bool | Unset = False
    protocol_version: int | Unset = 0
    public_contract: int | Unset = 0
    release: str | Unset = ""
    storage_ready: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        credentials_ready = self.credentials_ready

        protocol_version = self.protocol_version

        public_contract = self.public_contract

        release = self.release

        storage_ready = self.storage_ready

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if credentials_ready is not UNSET:
            field_dict["credentials_ready"] = credentials_ready
        if protocol_version is not UNSET:
            field_dict["protocol_version"] = protocol_version
        if public_contract is not UNSET:
            field_dict["public_contract"] = public_contract
        if release is not UNSET:
            field_dict["release"] = release
        if storage_ready is not UNSET:
            field_dict["storage_ready"] = storage_ready

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credentials_ready = d.pop("credentials_ready", UNSET)

        protocol_version = d.pop("protocol_version", UNSET)

        public_contract = d.pop("public_contract", UNSET)

        release = d.pop("release", UNSET)

        storage_ready = d.pop("storage_ready", UNSET)

        service_status = cls(
            credentials_ready=credentials_ready,
            protocol_version=protocol_version,
            public_contract=public_contract,
            release=release,
            storage_ready=storage_ready,
        )

        return service_status
