from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.program_output_status import ProgramOutputStatus

T = TypeVar("T", bound="ProgramOutput")


@_attrs_define
class ProgramOutput:
    """
    Attributes:
        call_id (str):
        id (str):
        result (str):
        status (ProgramOutputStatus):
        type_ (Literal['program_output']):
    """

    call_id: str
    id: str
    result: str
    status: ProgramOutputStatus
    type_: Literal["program_output"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        id = self.id

        result = self.result

        status = self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "id": id,
                "result": result,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        id = d.pop("id")

        result = d.pop("result")

        status = ProgramOutputStatus(d.pop("status"))

        type_ = cast(Literal["program_output"], d.pop("type"))
        if type_ != "program_output":
            raise ValueError(f"type must match const 'program_output', got '{type_}'")

        program_output = cls(
            call_id=call_id,
            id=id,
            result=result,
            status=status,
            type_=type_,
        )

        program_output.additional_properties = d
        return program_output

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
