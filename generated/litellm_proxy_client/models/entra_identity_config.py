from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EntraIdentityConfig")


@_attrs_define
class EntraIdentityConfig:
    """
    Attributes:
        client_id (str):
        provider (Literal['microsoft_entra']):
        tenant_id (str):
        required_roles (list[str] | Unset):
        required_scopes (list[str] | Unset): Required delegated scopes. An empty list accepts any nonempty scope granted
            for this gateway.
        service_principal_id (None | str | Unset):
    """

    client_id: str
    provider: Literal["microsoft_entra"]
    tenant_id: str
    required_roles: list[str] | Unset = UNSET
    required_scopes: list[str] | Unset = UNSET
    service_principal_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        provider = self.provider

        tenant_id = self.tenant_id

        required_roles: list[str] | Unset = UNSET
        if not isinstance(self.required_roles, Unset):
            required_roles = self.required_roles

        required_scopes: list[str] | Unset = UNSET
        if not isinstance(self.required_scopes, Unset):
            required_scopes = self.required_scopes

        service_principal_id: None | str | Unset
        if isinstance(self.service_principal_id, Unset):
            service_principal_id = UNSET
        else:
            service_principal_id = self.service_principal_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "client_id": client_id,
                "provider": provider,
                "tenant_id": tenant_id,
            }
        )
        if required_roles is not UNSET:
            field_dict["required_roles"] = required_roles
        if required_scopes is not UNSET:
            field_dict["required_scopes"] = required_scopes
        if service_principal_id is not UNSET:
            field_dict["service_principal_id"] = service_principal_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        client_id = d.pop("client_id")

        provider = cast(Literal["microsoft_entra"], d.pop("provider"))
        if provider != "microsoft_entra":
            raise ValueError(f"provider must match const 'microsoft_entra', got '{provider}'")

        tenant_id = d.pop("tenant_id")

        required_roles = cast(list[str], d.pop("required_roles", UNSET))

        required_scopes = cast(list[str], d.pop("required_scopes", UNSET))

        def _parse_service_principal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_principal_id = _parse_service_principal_id(d.pop("service_principal_id", UNSET))

        entra_identity_config = cls(
            client_id=client_id,
            provider=provider,
            tenant_id=tenant_id,
            required_roles=required_roles,
            required_scopes=required_scopes,
            service_principal_id=service_principal_id,
        )

        return entra_identity_config
