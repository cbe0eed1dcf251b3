from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_function_shell_tool_call_status import ResponseFunctionShellToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.action import Action
    from ..models.caller_direct import CallerDirect
    from ..models.caller_program import CallerProgram
    from ..models.response_container_reference import ResponseContainerReference
    from ..models.response_local_environment import ResponseLocalEnvironment


T = TypeVar("T", bound="ResponseFunctionShellToolCall")


@_attrs_define
class ResponseFunctionShellToolCall:
    """A tool call that executes one or more shell commands in a managed environment.

    Attributes:
        action (Action): The shell commands and limits that describe how to run the tool call.
        call_id (str):
        id (str):
        status (ResponseFunctionShellToolCallStatus):
        type_ (Literal['shell_call']):
        caller (CallerDirect | CallerProgram | None | Unset):
        created_by (None | str | Unset):
        environment (None | ResponseContainerReference | ResponseLocalEnvironment | Unset):
    """

    action: Action
    call_id: str
    id: str
    status: ResponseFunctionShellToolCallStatus
    type_: Literal["shell_call"]
    caller: CallerDirect | CallerProgram | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    environment: None | ResponseContainerReference | ResponseLocalEnvironment | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415
        from ..models.response_container_reference import ResponseContainerReference  # noqa: PLC0415
        from ..models.response_local_environment import ResponseLocalEnvironment  # noqa: PLC0415

        action = self.action.to_dict()

        call_id = self.call_id

        id = self.id

        status = self.status.value

        type_ = self.type_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, CallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, CallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, ResponseLocalEnvironment):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, ResponseContainerReference):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

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
        if caller is not UNSET:
            field_dict["caller"] = caller
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.action import Action  # noqa: PLC0415
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415
        from ..models.response_container_reference import ResponseContainerReference  # noqa: PLC0415
        from ..models.response_local_environment import ResponseLocalEnvironment  # noqa: PLC0415

        d = dict(src_dict)
        action = Action.from_dict(d.pop("action"))

        call_id = d.pop("call_id")

        id = d.pop("id")

        status = ResponseFunctionShellToolCallStatus(d.pop("status"))

        type_ = cast(Literal["shell_call"], d.pop("type"))
        if type_ != "shell_call":
            raise ValueError(f"type must match const 'shell_call', got '{type_}'")

        def _parse_caller(data: object) -> CallerDirect | CallerProgram | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_0 = CallerDirect.from_dict(data)

                return caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_1 = CallerProgram.from_dict(data)

                return caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallerDirect | CallerProgram | None | Unset, data)

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_environment(data: object) -> None | ResponseContainerReference | ResponseLocalEnvironment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = ResponseLocalEnvironment.from_dict(data)

                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_1 = ResponseContainerReference.from_dict(data)

                return environment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseContainerReference | ResponseLocalEnvironment | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        response_function_shell_tool_call = cls(
            action=action,
            call_id=call_id,
            id=id,
            status=status,
            type_=type_,
            caller=caller,
            created_by=created_by,
            environment=environment,
        )

        response_function_shell_tool_call.additional_properties = d
        return response_function_shell_tool_call

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
