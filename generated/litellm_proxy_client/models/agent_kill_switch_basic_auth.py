from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AgentKillSwitchBasicAuth")


@_attrs_define
class AgentKillSwitchBasicAuth:
    """
    Attributes:
        password (str):
        type_ (Literal['basic']):
        username (str):
    """

    password: str
    type_: Literal["basic"]
    username: str

    def to_dict(self) -> dict[str, Any]:
        password = self.password

        type_ = self.type_

        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "password": password,
                "type": type_,
                "username": username,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        password = d.pop("password")

        type_ = cast(Literal["basic"], d.pop("type"))
        if type_ != "basic":
            raise ValueError(f"type must match const 'basic', got '{type_}'")

        username = d.pop("username")

        agent_kill_switch_basic_auth = cls(
            password=password,
            type_=type_,
            username=username,
        )

        return agent_kill_switch_basic_auth
