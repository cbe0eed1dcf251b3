from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_env_var_scope import MCPEnvVarScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPEnvVar")


@_attrs_define
class MCPEnvVar:
    """One environment variable for an MCP server.

    Variables can be interpolated into ``static_headers`` using ``${NAME}``
    syntax. ``scope=global`` values are stored on the server. ``scope=user``
    values are stored per-user in ``LiteLLM_MCPUserEnvVars`` and supplied by
    each user.

        Attributes:
            name (str):
            description (None | str | Unset):
            scope (MCPEnvVarScope | Unset): Scope for an MCP server environment variable.

                - ``global``: value is provided by the admin and used for all users.
                - ``user``: each user must provide their own value via the per-user
                  env-var endpoint. The admin-supplied ``value`` is treated as a
                  placeholder/hint and is not used at request time.
            value (str | Unset):  Default: ''.
    """

    name: str
    description: None | str | Unset = UNSET
    scope: MCPEnvVarScope | Unset = UNSET
    value: str | Unset = ""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        scope: str | Unset = UNSET
        if not isinstance(self.scope, Unset):
            scope = self.scope.value

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if scope is not UNSET:
            field_dict["scope"] = scope
        if value is not UNSET:
            field_dict["value"] = value

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

        _scope = d.pop("scope", UNSET)
        scope: MCPEnvVarScope | Unset
        if isinstance(_scope, Unset):
            scope = UNSET
        else:
            scope = MCPEnvVarScope(_scope)

        value = d.pop("value", UNSET)

        mcp_env_var = cls(
            name=name,
            description=description,
            scope=scope,
            value=value,
        )

        mcp_env_var.additional_properties = d
        return mcp_env_var

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
