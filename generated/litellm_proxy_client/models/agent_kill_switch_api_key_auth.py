from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentKillSwitchApiKeyAuth")


@_attrs_define
class AgentKillSwitchApiKeyAuth:
    """
    Attributes:
        api_key (str):
        type_ (Literal['api_key']):
        header_name (str | Unset):  Default: 'x-api-key'.
    """

    api_key: str
    type_: Literal["api_key"]
    header_name: str | Unset = "x-api-key"

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        type_ = self.type_

        header_name = self.header_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_key": api_key,
                "type": type_,
            }
        )
        if header_name is not UNSET:
            field_dict["header_name"] = header_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("api_key")

        type_ = cast(Literal["api_key"], d.pop("type"))
        if type_ != "api_key":
            raise ValueError(f"type must match const 'api_key', got '{type_}'")

        header_name = d.pop("header_name", UNSET)

        agent_kill_switch_api_key_auth = cls(
            api_key=api_key,
            type_=type_,
            header_name=header_name,
        )

        return agent_kill_switch_api_key_auth
