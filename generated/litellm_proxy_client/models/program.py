from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Program")


@_attrs_define
class Program:
    """
    Attributes:
        call_id (str):
        code (str):
        fingerprint (str):
        id (str):
        type_ (Literal['program']):
    """

    call_id: str
    code: str
    fingerprint: str
    id: str
    type_: Literal["program"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        code = self.code

        fingerprint = self.fingerprint

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "code": code,
                "fingerprint": fingerprint,
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        code = d.pop("code")

        fingerprint = d.pop("fingerprint")

        id = d.pop("id")

        type_ = cast(Literal["program"], d.pop("type"))
        if type_ != "program":
            raise ValueError(f"type must match const 'program', got '{type_}'")

        program = cls(
            call_id=call_id,
            code=code,
            fingerprint=fingerprint,
            id=id,
            type_=type_,
        )

        program.additional_properties = d
        return program

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
