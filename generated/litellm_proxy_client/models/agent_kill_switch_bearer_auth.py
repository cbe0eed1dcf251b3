from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AgentKillSwitchBearerAuth")


@_attrs_define
class AgentKillSwitchBearerAuth:
    """
    Attributes:
        token (str):
        type_ (Literal['bearer']):
    """

    token: str
    type_: Literal["bearer"]

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "token": token,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        type_ = cast(Literal["bearer"], d.pop("type"))
        if type_ != "bearer":
            raise ValueError(f"type must match const 'bearer', got '{type_}'")

        agent_kill_switch_bearer_auth = cls(
            token=token,
            type_=type_,
        )

        return agent_kill_switch_bearer_auth
