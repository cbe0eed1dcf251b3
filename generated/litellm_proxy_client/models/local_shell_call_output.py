from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.local_shell_call_output_status_type_0 import LocalShellCallOutputStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalShellCallOutput")


@_attrs_define
class LocalShellCallOutput:
    """The output of a local shell tool call.

    Attributes:
        id (str):
        output (str):
        type_ (Literal['local_shell_call_output']):
        status (LocalShellCallOutputStatusType0 | None | Unset):
    """

    id: str
    output: str
    type_: Literal["local_shell_call_output"]
    status: LocalShellCallOutputStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        output = self.output

        type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LocalShellCallOutputStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "output": output,
                "type": type_,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        output = d.pop("output")

        type_ = cast(Literal["local_shell_call_output"], d.pop("type"))
        if type_ != "local_shell_call_output":
            raise ValueError(f"type must match const 'local_shell_call_output', got '{type_}'")

        def _parse_status(data: object) -> LocalShellCallOutputStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = LocalShellCallOutputStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LocalShellCallOutputStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        local_shell_call_output = cls(
            id=id,
            output=output,
            type_=type_,
            status=status,
        )

        local_shell_call_output.additional_properties = d
        return local_shell_call_output

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
