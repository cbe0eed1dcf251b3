from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentIdentityBinding")


@_attrs_define
class AgentIdentityBinding:
    """
    Attributes:
        agent_id (str):
        client_id (str):
        issuer (str):
        provider (Literal['microsoft_entra']):
        revision (str):
        tenant_id (str):
        active (bool | Unset):  Default: True.
        last_authenticated_at (datetime.datetime | None | Unset):
        required_roles (list[str] | Unset):
        required_scopes (list[str] | Unset):
        service_principal_id (None | str | Unset):
    """

    agent_id: str
    client_id: str
    issuer: str
    provider: Literal["microsoft_entra"]
    revision: str
    tenant_id: str
    active: bool | Unset = True
    last_authenticated_at: datetime.datetime | None | Unset = UNSET
    required_roles: list[str] | Unset = UNSET
    required_scopes: list[str] | Unset = UNSET
    service_principal_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        client_id = self.client_id

        issuer = self.issuer

        provider = self.provider

        revision = self.revision

        tenant_id = self.tenant_id

        active = self.active

        last_authenticated_at: None | str | Unset
        if isinstance(self.last_authenticated_at, Unset):
            last_authenticated_at = UNSET
        elif isinstance(self.last_authenticated_at, datetime.datetime):
            last_authenticated_at = self.last_authenticated_at.isoformat()
        else:
            last_authenticated_at = self.last_authenticated_at

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
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_id": agent_id,
                "client_id": client_id,
                "issuer": issuer,
                "provider": provider,
                "revision": revision,
                "tenant_id": tenant_id,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if last_authenticated_at is not UNSET:
            field_dict["last_authenticated_at"] = last_authenticated_at
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
        agent_id = d.pop("agent_id")

        client_id = d.pop("client_id")

        issuer = d.pop("issuer")

        provider = cast(Literal["microsoft_entra"], d.pop("provider"))
        if provider != "microsoft_entra":
            raise ValueError(f"provider must match const 'microsoft_entra', got '{provider}'")

        revision = d.pop("revision")

        tenant_id = d.pop("tenant_id")

        active = d.pop("active", UNSET)

        def _parse_last_authenticated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_authenticated_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_authenticated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_authenticated_at = _parse_last_authenticated_at(d.pop("last_authenticated_at", UNSET))

        required_roles = cast(list[str], d.pop("required_roles", UNSET))

        required_scopes = cast(list[str], d.pop("required_scopes", UNSET))

        def _parse_service_principal_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_principal_id = _parse_service_principal_id(d.pop("service_principal_id", UNSET))

        agent_identity_binding = cls(
            agent_id=agent_id,
            client_id=client_id,
            issuer=issuer,
            provider=provider,
            revision=revision,
            tenant_id=tenant_id,
            active=active,
            last_authenticated_at=last_authenticated_at,
            required_roles=required_roles,
            required_scopes=required_scopes,
            service_principal_id=service_principal_id,
        )

        agent_identity_binding.additional_properties = d
        return agent_identity_binding

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
