from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ShellCallOutputCallerProgram")


@_attrs_define
class ShellCallOutputCallerProgram:
    """
    Attributes:
        caller_id (str):
        type_ (Literal['program']):
    """

    caller_id: str
    type_: Literal["program"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        caller_id = self.caller_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caller_id": caller_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        caller_id = d.pop("caller_id")

        type_ = cast(Literal["program"], d.pop("type"))
        if type_ != "program":
            raise ValueError(f"type must match const 'program', got '{type_}'")

        shell_call_output_caller_program = cls(
            caller_id=caller_id,
            type_=type_,
        )

        shell_call_output_caller_program.additional_properties = d
        return shell_call_output_caller_program

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
