from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_output_status import ApplyPatchCallOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_output_caller_direct import ApplyPatchCallOutputCallerDirect
    from ..models.apply_patch_call_output_caller_program import ApplyPatchCallOutputCallerProgram


T = TypeVar("T", bound="ApplyPatchCallOutput")


@_attrs_define
class ApplyPatchCallOutput:
    """The streamed output emitted by an apply patch tool call.

    Attributes:
        call_id (str):
        status (ApplyPatchCallOutputStatus):
        type_ (Literal['apply_patch_call_output']):
        caller (ApplyPatchCallOutputCallerDirect | ApplyPatchCallOutputCallerProgram | None | Unset):
        id (None | str | Unset):
        output (None | str | Unset):
    """

    call_id: str
    status: ApplyPatchCallOutputStatus
    type_: Literal["apply_patch_call_output"]
    caller: ApplyPatchCallOutputCallerDirect | ApplyPatchCallOutputCallerProgram | None | Unset = UNSET
    id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.apply_patch_call_output_caller_direct import ApplyPatchCallOutputCallerDirect  # noqa: PLC0415
        from ..models.apply_patch_call_output_caller_program import ApplyPatchCallOutputCallerProgram  # noqa: PLC0415

        call_id = self.call_id

        status = self.status.value

        type_ = self.type_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, ApplyPatchCallOutputCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ApplyPatchCallOutputCallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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
                "status": status,
                "type": type_,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if id is not UNSET:
            field_dict["id"] = id
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_patch_call_output_caller_direct import ApplyPatchCallOutputCallerDirect  # noqa: PLC0415
        from ..models.apply_patch_call_output_caller_program import ApplyPatchCallOutputCallerProgram  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        status = ApplyPatchCallOutputStatus(d.pop("status"))

        type_ = cast(Literal["apply_patch_call_output"], d.pop("type"))
        if type_ != "apply_patch_call_output":
            raise ValueError(f"type must match const 'apply_patch_call_output', got '{type_}'")

        def _parse_caller(
            data: object,
        ) -> ApplyPatchCallOutputCallerDirect | ApplyPatchCallOutputCallerProgram | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_0 = ApplyPatchCallOutputCallerDirect.from_dict(data)

                return caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_1 = ApplyPatchCallOutputCallerProgram.from_dict(data)

                return caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplyPatchCallOutputCallerDirect | ApplyPatchCallOutputCallerProgram | None | Unset, data)

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        apply_patch_call_output = cls(
            call_id=call_id,
            status=status,
            type_=type_,
            caller=caller,
            id=id,
            output=output,
        )

        apply_patch_call_output.additional_properties = d
        return apply_patch_call_output

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
