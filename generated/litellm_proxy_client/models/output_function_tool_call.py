from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_function_tool_call_phase_type_0 import OutputFunctionToolCallPhaseType0
from ..models.output_function_tool_call_status import OutputFunctionToolCallStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OutputFunctionToolCall")


@_attrs_define
class OutputFunctionToolCall:
    """A tool call to run a function

    Attributes:
        arguments (None | str):
        call_id (None | str):
        id (None | str):
        name (None | str):
        status (OutputFunctionToolCallStatus):
        type_ (None | str):
        phase (None | OutputFunctionToolCallPhaseType0 | Unset):
    """

    arguments: None | str
    call_id: None | str
    id: None | str
    name: None | str
    status: OutputFunctionToolCallStatus
    type_: None | str
    phase: None | OutputFunctionToolCallPhaseType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments: None | str
        arguments = self.arguments

        call_id: None | str
        call_id = self.call_id

        id: None | str
        id = self.id

        name: None | str
        name = self.name

        status = self.status.value

        type_: None | str
        type_ = self.type_

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, OutputFunctionToolCallPhaseType0):
            phase = self.phase.value
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "call_id": call_id,
                "id": id,
                "name": name,
                "status": status,
                "type": type_,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_arguments(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        arguments = _parse_arguments(d.pop("arguments"))

        def _parse_call_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        call_id = _parse_call_id(d.pop("call_id"))

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        status = OutputFunctionToolCallStatus(d.pop("status"))

        def _parse_type_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_phase(data: object) -> None | OutputFunctionToolCallPhaseType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = OutputFunctionToolCallPhaseType0(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OutputFunctionToolCallPhaseType0 | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        output_function_tool_call = cls(
            arguments=arguments,
            call_id=call_id,
            id=id,
            name=name,
            status=status,
            type_=type_,
            phase=phase,
        )

        output_function_tool_call.additional_properties = d
        return output_function_tool_call

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
