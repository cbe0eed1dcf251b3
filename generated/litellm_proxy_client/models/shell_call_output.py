from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.shell_call_output_status_type_0 import ShellCallOutputStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_function_shell_call_output_content_param import ResponseFunctionShellCallOutputContentParam
    from ..models.shell_call_output_caller_direct import ShellCallOutputCallerDirect
    from ..models.shell_call_output_caller_program import ShellCallOutputCallerProgram


T = TypeVar("T", bound="ShellCallOutput")


@_attrs_define
class ShellCallOutput:
    """The streamed output items emitted by a shell tool call.

    Attributes:
        call_id (str):
        output (list[ResponseFunctionShellCallOutputContentParam]):
        type_ (Literal['shell_call_output']):
        caller (None | ShellCallOutputCallerDirect | ShellCallOutputCallerProgram | Unset):
        id (None | str | Unset):
        max_output_length (int | None | Unset):
        status (None | ShellCallOutputStatusType0 | Unset):
    """

    call_id: str
    output: list[ResponseFunctionShellCallOutputContentParam]
    type_: Literal["shell_call_output"]
    caller: None | ShellCallOutputCallerDirect | ShellCallOutputCallerProgram | Unset = UNSET
    id: None | str | Unset = UNSET
    max_output_length: int | None | Unset = UNSET
    status: None | ShellCallOutputStatusType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.shell_call_output_caller_direct import ShellCallOutputCallerDirect  # noqa: PLC0415
        from ..models.shell_call_output_caller_program import ShellCallOutputCallerProgram  # noqa: PLC0415

        call_id = self.call_id

        output = []
        for output_item_data in self.output:
            output_item = output_item_data.to_dict()
            output.append(output_item)

        type_ = self.type_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, ShellCallOutputCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ShellCallOutputCallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        max_output_length: int | None | Unset
        if isinstance(self.max_output_length, Unset):
            max_output_length = UNSET
        else:
            max_output_length = self.max_output_length

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ShellCallOutputStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "output": output,
                "type": type_,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if id is not UNSET:
            field_dict["id"] = id
        if max_output_length is not UNSET:
            field_dict["max_output_length"] = max_output_length
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_function_shell_call_output_content_param import (
            ResponseFunctionShellCallOutputContentParam,  # noqa: PLC0415
        )
        from ..models.shell_call_output_caller_direct import ShellCallOutputCallerDirect  # noqa: PLC0415
        from ..models.shell_call_output_caller_program import ShellCallOutputCallerProgram  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        output = []
        _output = d.pop("output")
        for output_item_data in _output:
            output_item = ResponseFunctionShellCallOutputContentParam.from_dict(output_item_data)

            output.append(output_item)

        type_ = cast(Literal["shell_call_output"], d.pop("type"))
        if type_ != "shell_call_output":
            raise ValueError(f"type must match const 'shell_call_output', got '{type_}'")

        def _parse_caller(data: object) -> None | ShellCallOutputCallerDirect | ShellCallOutputCallerProgram | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_0 = ShellCallOutputCallerDirect.from_dict(data)

                return caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_1 = ShellCallOutputCallerProgram.from_dict(data)

                return caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShellCallOutputCallerDirect | ShellCallOutputCallerProgram | Unset, data)

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_max_output_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_output_length = _parse_max_output_length(d.pop("max_output_length", UNSET))

        def _parse_status(data: object) -> None | ShellCallOutputStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ShellCallOutputStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ShellCallOutputStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        shell_call_output = cls(
            call_id=call_id,
            output=output,
            type_=type_,
            caller=caller,
            id=id,
            max_output_length=max_output_length,
            status=status,
        )

        shell_call_output.additional_properties = d
        return shell_call_output

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
