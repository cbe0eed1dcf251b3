from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPGatewaySession")


@_attrs_define
class MCPGatewaySession:
    """One live stateful Streamable HTTP session held by this proxy worker.

    Attributes:
        idle_seconds (float):
        in_flight_requests (int):
        session_id_prefix (str):
        client_ip (None | str | Unset):
        client_name (None | str | Unset):
        client_version (None | str | Unset):
        key_alias (None | str | Unset):
        team_alias (None | str | Unset):
        team_id (None | str | Unset):
        user_email (None | str | Unset):
        user_id (None | str | Unset):
    """

    idle_seconds: float
    in_flight_requests: int
    session_id_prefix: str
    client_ip: None | str | Unset = UNSET
    client_name: None | str | Unset = UNSET
    client_version: None | str | Unset = UNSET
    key_alias: None | str | Unset = UNSET
    team_alias: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        idle_seconds = self.idle_seconds

        in_flight_requests = self.in_flight_requests

        session_id_prefix = self.session_id_prefix

        client_ip: None | str | Unset
        if isinstance(self.client_ip, Unset):
            client_ip = UNSET
        else:
            client_ip = self.client_ip

        client_name: None | str | Unset
        if isinstance(self.client_name, Unset):
            client_name = UNSET
        else:
            client_name = self.client_name

        client_version: None | str | Unset
        if isinstance(self.client_version, Unset):
            client_version = UNSET
        else:
            client_version = self.client_version

        key_alias: None | str | Unset
        if isinstance(self.key_alias, Unset):
            key_alias = UNSET
        else:
            key_alias = self.key_alias

        team_alias: None | str | Unset
        if isinstance(self.team_alias, Unset):
            team_alias = UNSET
        else:
            team_alias = self.team_alias

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idle_seconds": idle_seconds,
                "in_flight_requests": in_flight_requests,
                "session_id_prefix": session_id_prefix,
            }
        )
        if client_ip is not UNSET:
            field_dict["client_ip"] = client_ip
        if client_name is not UNSET:
            field_dict["client_name"] = client_name
        if client_version is not UNSET:
            field_dict["client_version"] = client_version
        if key_alias is not UNSET:
            field_dict["key_alias"] = key_alias
        if team_alias is not UNSET:
            field_dict["team_alias"] = team_alias
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idle_seconds = d.pop("idle_seconds")

        in_flight_requests = d.pop("in_flight_requests")

        session_id_prefix = d.pop("session_id_prefix")

        def _parse_client_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_ip = _parse_client_ip(d.pop("client_ip", UNSET))

        def _parse_client_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_name = _parse_client_name(d.pop("client_name", UNSET))

        def _parse_client_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_version = _parse_client_version(d.pop("client_version", UNSET))

        def _parse_key_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key_alias = _parse_key_alias(d.pop("key_alias", UNSET))

        def _parse_team_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_alias = _parse_team_alias(d.pop("team_alias", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        mcp_gateway_session = cls(
            idle_seconds=idle_seconds,
            in_flight_requests=in_flight_requests,
            session_id_prefix=session_id_prefix,
            client_ip=client_ip,
            client_name=client_name,
            client_version=client_version,
            key_alias=key_alias,
            team_alias=team_alias,
            team_id=team_id,
            user_email=user_email,
            user_id=user_id,
        )

        mcp_gateway_session.additional_properties = d
        return mcp_gateway_session

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
