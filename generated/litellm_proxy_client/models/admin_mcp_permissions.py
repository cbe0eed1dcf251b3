from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminMCPPermissions")


@_attrs_define
class AdminMCPPermissions:
    """
    Attributes:
        tools (list[str]):
        action_allowed (bool | None | Unset):
    """

    tools: list[str]
    action_allowed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tools = self.tools

        action_allowed: bool | None | Unset
        if isinstance(self.action_allowed, Unset):
            action_allowed = UNSET
        else:
            action_allowed = self.action_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tools": tools,
            }
        )
        if action_allowed is not UNSET:
            field_dict["action_allowed"] = action_allowed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tools = cast(list[str], d.pop("tools"))

        def _parse_action_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        action_allowed = _parse_action_allowed(d.pop("action_allowed", UNSET))

        admin_mcp_permissions = cls(
            tools=tools,
            action_allowed=action_allowed,
        )

        admin_mcp_permissions.additional_properties = d
        return admin_mcp_permissions

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
