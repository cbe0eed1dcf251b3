from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_server_user_credential_list_item_credential_type import MCPServerUserCredentialListItemCredentialType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPServerUserCredentialListItem")


@_attrs_define
class MCPServerUserCredentialListItem:
    """One user's stored credential for an MCP server, as an admin sees it. Never carries the secret.

    Attributes:
        credential_type (MCPServerUserCredentialListItemCredentialType):
        updated_at (str):
        user_id (str):
        connected_at (None | str | Unset):
        expires_at (None | str | Unset):
    """

    credential_type: MCPServerUserCredentialListItemCredentialType
    updated_at: str
    user_id: str
    connected_at: None | str | Unset = UNSET
    expires_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_type = self.credential_type.value

        updated_at = self.updated_at

        user_id = self.user_id

        connected_at: None | str | Unset
        if isinstance(self.connected_at, Unset):
            connected_at = UNSET
        else:
            connected_at = self.connected_at

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_type": credential_type,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )
        if connected_at is not UNSET:
            field_dict["connected_at"] = connected_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credential_type = MCPServerUserCredentialListItemCredentialType(d.pop("credential_type"))

        updated_at = d.pop("updated_at")

        user_id = d.pop("user_id")

        def _parse_connected_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connected_at = _parse_connected_at(d.pop("connected_at", UNSET))

        def _parse_expires_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        mcp_server_user_credential_list_item = cls(
            credential_type=credential_type,
            updated_at=updated_at,
            user_id=user_id,
            connected_at=connected_at,
            expires_at=expires_at,
        )

        mcp_server_user_credential_list_item.additional_properties = d
        return mcp_server_user_credential_list_item

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
