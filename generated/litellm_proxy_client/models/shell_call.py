from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_call_status_type_0 import ShellCallStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.local_environment_param import LocalEnvironmentParam
    from ..models.shell_call_action import ShellCallAction
    from ..models.shell_call_caller_direct import ShellCallCallerDirect
    from ..models.shell_call_caller_program import ShellCallCallerProgram


T = TypeVar("T", bound="ShellCall")


@_attrs_define
class ShellCall:
    """A tool representing a request to execute one or more shell commands.

    Attributes:
        action (ShellCallAction): The shell commands and limits that describe how to run the tool call.
        call_id (str):
        type_ (Literal['shell_call']):
        caller (None | ShellCallCallerDirect | ShellCallCallerProgram | Unset):
        environment (ContainerReferenceParam | LocalEnvironmentParam | None | Unset):
        id (None | str | Unset):
        status (None | ShellCallStatusType0 | Unset):
    """

    action: ShellCallAction
    call_id: str
    type_: Literal["shell_call"]
    caller: None | ShellCallCallerDirect | ShellCallCallerProgram | Unset = UNSET
    environment: ContainerReferenceParam | LocalEnvironmentParam | None | Unset = UNSET
    id: None | str | Unset = UNSET
    status: None | ShellCallStatusType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_reference_param import ContainerReferenceParam  # noqa: PLC0415
        from ..models.local_environment_param import LocalEnvironmentParam  # noqa: PLC0415
        from ..models.shell_call_caller_direct import ShellCallCallerDirect  # noqa: PLC0415
        from ..models.shell_call_caller_program import ShellCallCallerProgram  # noqa: PLC0415

        action = self.action.to_dict()

        call_id = self.call_id

        type_ = self.type_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, ShellCallCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ShellCallCallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, LocalEnvironmentParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, ContainerReferenceParam):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ShellCallStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "call_id": call_id,
                "type": type_,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if environment is not UNSET:
            field_dict["environment"] = environment
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_reference_param import ContainerReferenceParam  # noqa: PLC0415
        from ..models.local_environment_param import LocalEnvironmentParam  # noqa: PLC0415
        from ..models.shell_call_action import ShellCallAction  # noqa: PLC0415
        from ..models.shell_call_caller_direct import ShellCallCallerDirect  # noqa: PLC0415
        from ..models.shell_call_caller_program import ShellCallCallerProgram  # noqa: PLC0415

        d = dict(src_dict)
        action = ShellCallAction.from_dict(d.pop("action"))

        call_id = d.pop("call_id")

        type_ = cast(Literal["shell_call"], d.pop("type"))
        if type_ != "shell_call":
            raise ValueError(f"type must match const 'shell_call', got '{type_}'")

        def _parse_caller(data: object) -> None | ShellCallCallerDirect | ShellCallCallerProgram | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_0 = ShellCallCallerDirect.from_dict(data)

                return caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_1 = ShellCallCallerProgram.from_dict(data)

                return caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShellCallCallerDirect | ShellCallCallerProgram | Unset, data)

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_environment(data: object) -> ContainerReferenceParam | LocalEnvironmentParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = LocalEnvironmentParam.from_dict(data)

                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_1 = ContainerReferenceParam.from_dict(data)

                return environment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerReferenceParam | LocalEnvironmentParam | None | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | ShellCallStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ShellCallStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShellCallStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        shell_call = cls(
            action=action,
            call_id=call_id,
            type_=type_,
            caller=caller,
            environment=environment,
            id=id,
            status=status,
        )

        shell_call.additional_properties = d
        return shell_call

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
