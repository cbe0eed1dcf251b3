from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_connector_entry_env import MCPConnectorEntryEnv
    from ..models.mcp_connector_entry_headers_type_0 import MCPConnectorEntryHeadersType0


T = TypeVar("T", bound="MCPConnectorEntry")


@_attrs_define
class MCPConnectorEntry:
    """
    Attributes:
        args (list[str] | Unset):
        authorization_token (None | str | Unset):
        command (None | str | Unset):
        description (None | str | Unset):
        env (MCPConnectorEntryEnv | Unset):
        headers (MCPConnectorEntryHeadersType0 | None | Unset):
        name (None | str | Unset):
        type_ (None | str | Unset):
        url (None | str | Unset):
    """

    args: list[str] | Unset = UNSET
    authorization_token: None | str | Unset = UNSET
    command: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    env: MCPConnectorEntryEnv | Unset = UNSET
    headers: MCPConnectorEntryHeadersType0 | None | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcp_connector_entry_headers_type_0 import MCPConnectorEntryHeadersType0  # noqa: PLC0415

        args: list[str] | Unset = UNSET
        if not isinstance(self.args, Unset):
            args = self.args

        authorization_token: None | str | Unset
        if isinstance(self.authorization_token, Unset):
            authorization_token = UNSET
        else:
            authorization_token = self.authorization_token

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        env: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env, Unset):
            env = self.env.to_dict()

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, MCPConnectorEntryHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if args is not UNSET:
            field_dict["args"] = args
        if authorization_token is not UNSET:
            field_dict["authorization_token"] = authorization_token
        if command is not UNSET:
            field_dict["command"] = command
        if description is not UNSET:
            field_dict["description"] = description
        if env is not UNSET:
            field_dict["env"] = env
        if headers is not UNSET:
            field_dict["headers"] = headers
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_connector_entry_env import MCPConnectorEntryEnv  # noqa: PLC0415
        from ..models.mcp_connector_entry_headers_type_0 import MCPConnectorEntryHeadersType0  # noqa: PLC0415

        d = dict(src_dict)
        args = cast(list[str], d.pop("args", UNSET))

        def _parse_authorization_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorization_token = _parse_authorization_token(d.pop("authorization_token", UNSET))

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _env = d.pop("env", UNSET)
        env: MCPConnectorEntryEnv | Unset
        if isinstance(_env, Unset):
            env = UNSET
        else:
            env = MCPConnectorEntryEnv.from_dict(_env)

        def _parse_headers(data: object) -> MCPConnectorEntryHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = MCPConnectorEntryHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MCPConnectorEntryHeadersType0 | None | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        mcp_connector_entry = cls(
            args=args,
            authorization_token=authorization_token,
            command=command,
            description=description,
            env=env,
            headers=headers,
            name=name,
            type_=type_,
            url=url,
        )

        mcp_connector_entry.additional_properties = d
        return mcp_connector_entry

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
