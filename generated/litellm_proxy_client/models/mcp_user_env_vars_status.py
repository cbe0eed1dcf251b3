from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_user_env_var_spec import MCPUserEnvVarSpec


T = TypeVar("T", bound="MCPUserEnvVarsStatus")


@_attrs_define
class MCPUserEnvVarsStatus:
    """Per-user env var status for a single MCP server.

    Attributes:
        server_id (str):
        alias (None | str | Unset):
        missing_count (int | Unset):  Default: 0.
        required (list[MCPUserEnvVarSpec] | Unset):
        server_name (None | str | Unset):
        setup_url (None | str | Unset):
    """

    server_id: str
    alias: None | str | Unset = UNSET
    missing_count: int | Unset = 0
    required: list[MCPUserEnvVarSpec] | Unset = UNSET
    server_name: None | str | Unset = UNSET
    setup_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_id = self.server_id

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        missing_count = self.missing_count

        required: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = []
            for required_item_data in self.required:
                required_item = required_item_data.to_dict()
                required.append(required_item)

        server_name: None | str | Unset
        if isinstance(self.server_name, Unset):
            server_name = UNSET
        else:
            server_name = self.server_name

        setup_url: None | str | Unset
        if isinstance(self.setup_url, Unset):
            setup_url = UNSET
        else:
            setup_url = self.setup_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_id": server_id,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if missing_count is not UNSET:
            field_dict["missing_count"] = missing_count
        if required is not UNSET:
            field_dict["required"] = required
        if server_name is not UNSET:
            field_dict["server_name"] = server_name
        if setup_url is not UNSET:
            field_dict["setup_url"] = setup_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_user_env_var_spec import MCPUserEnvVarSpec  # noqa: PLC0415

        d = dict(src_dict)
        server_id = d.pop("server_id")

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("alias", UNSET))

        missing_count = d.pop("missing_count", UNSET)

        _required = d.pop("required", UNSET)
        required: list[MCPUserEnvVarSpec] | Unset = UNSET
        if _required is not UNSET:
            required = []
            for required_item_data in _required:
                required_item = MCPUserEnvVarSpec.from_dict(required_item_data)

                required.append(required_item)

        def _parse_server_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_name = _parse_server_name(d.pop("server_name", UNSET))

        def _parse_setup_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        setup_url = _parse_setup_url(d.pop("setup_url", UNSET))

        mcp_user_env_vars_status = cls(
            server_id=server_id,
            alias=alias,
            missing_count=missing_count,
            required=required,
            server_name=server_name,
            setup_url=setup_url,
        )

        mcp_user_env_vars_status.additional_properties = d
        return mcp_user_env_vars_status

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
