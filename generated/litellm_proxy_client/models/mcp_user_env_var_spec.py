from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPUserEnvVarSpec")


@_attrs_define
class MCPUserEnvVarSpec:
    """Describes one per-user env var slot for the calling user.

    Stored values are write-only: the status only reports whether a value
    ``is_set`` and never echoes the decrypted secret back to the client.

        Attributes:
            name (str):
            description (None | str | Unset):
            is_set (bool | Unset):  Default: False.
    """

    name: str
    description: None | str | Unset = UNSET
    is_set: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_set = self.is_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if is_set is not UNSET:
            field_dict["is_set"] = is_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        is_set = d.pop("is_set", UNSET)

        mcp_user_env_var_spec = cls(
            name=name,
            description=description,
            is_set=is_set,
        )

        mcp_user_env_var_spec.additional_properties = d
        return mcp_user_env_var_spec

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
