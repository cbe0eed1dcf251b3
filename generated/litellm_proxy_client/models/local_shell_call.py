from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_status import LocalShellCallStatus

if TYPE_CHECKING:
    from ..models.local_shell_call_action import LocalShellCallAction


T = TypeVar("T", bound="LocalShellCall")


@_attrs_define
class LocalShellCall:
    """A tool call to run a command on the local shell.

    Attributes:
        action (LocalShellCallAction): Execute a shell command on the server.
        call_id (str):
        id (str):
        status (LocalShellCallStatus):
        type_ (Literal['local_shell_call']):
    """

    action: LocalShellCallAction
    call_id: str
    id: str
    status: LocalShellCallStatus
    type_: Literal["local_shell_call"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.to_dict()

        call_id = self.call_id

        id = self.id

        status = self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "call_id": call_id,
                "id": id,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.local_shell_call_action import LocalShellCallAction  # noqa: PLC0415

        d = dict(src_dict)
        action = LocalShellCallAction.from_dict(d.pop("action"))

        call_id = d.pop("call_id")

        id = d.pop("id")

        status = LocalShellCallStatus(d.pop("status"))

        type_ = cast(Literal["local_shell_call"], d.pop("type"))
        if type_ != "local_shell_call":
            raise ValueError(f"type must match const 'local_shell_call', got '{type_}'")

        local_shell_call = cls(
            action=action,
            call_id=call_id,
            id=id,
            status=status,
            type_=type_,
        )

        local_shell_call.additional_properties = d
        return local_shell_call

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
