from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_apply_patch_tool_call_output_status import ResponseApplyPatchToolCallOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caller_direct import CallerDirect
    from ..models.caller_program import CallerProgram


T = TypeVar("T", bound="ResponseApplyPatchToolCallOutput")


@_attrs_define
class ResponseApplyPatchToolCallOutput:
    """The output emitted by an apply patch tool call.

    Attributes:
        call_id (str):
        id (str):
        status (ResponseApplyPatchToolCallOutputStatus):
        type_ (Literal['apply_patch_call_output']):
        caller (CallerDirect | CallerProgram | None | Unset):
        created_by (None | str | Unset):
        output (None | str | Unset):
    """

    call_id: str
    id: str
    status: ResponseApplyPatchToolCallOutputStatus
    type_: Literal["apply_patch_call_output"]
    caller: CallerDirect | CallerProgram | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415

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

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        id = d.pop("id")

        status = ResponseApplyPatchToolCallOutputStatus(d.pop("status"))

        type_ = cast(Literal["apply_patch_call_output"], d.pop("type"))
        if type_ != "apply_patch_call_output":
            raise ValueError(f"type must match const 'apply_patch_call_output', got '{type_}'")

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

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        response_apply_patch_tool_call_output = cls(
            call_id=call_id,
            id=id,
            status=status,
            type_=type_,
            caller=caller,
            created_by=created_by,
            output=output,
        )

        response_apply_patch_tool_call_output.additional_properties = d
        return response_apply_patch_tool_call_output

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
