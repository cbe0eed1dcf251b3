from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apply_patch_call_status import ApplyPatchCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_caller_direct import ApplyPatchCallCallerDirect
    from ..models.apply_patch_call_caller_program import ApplyPatchCallCallerProgram
    from ..models.apply_patch_call_operation_create_file import ApplyPatchCallOperationCreateFile
    from ..models.apply_patch_call_operation_delete_file import ApplyPatchCallOperationDeleteFile
    from ..models.apply_patch_call_operation_update_file import ApplyPatchCallOperationUpdateFile


T = TypeVar("T", bound="ApplyPatchCall")


@_attrs_define
class ApplyPatchCall:
    """A tool call representing a request to create, delete, or update files using diff patches.

    Attributes:
        call_id (str):
        operation (ApplyPatchCallOperationCreateFile | ApplyPatchCallOperationDeleteFile |
            ApplyPatchCallOperationUpdateFile):
        status (ApplyPatchCallStatus):
        type_ (Literal['apply_patch_call']):
        caller (ApplyPatchCallCallerDirect | ApplyPatchCallCallerProgram | None | Unset):
        id (None | str | Unset):
    """

    call_id: str
    operation: ApplyPatchCallOperationCreateFile | ApplyPatchCallOperationDeleteFile | ApplyPatchCallOperationUpdateFile
    status: ApplyPatchCallStatus
    type_: Literal["apply_patch_call"]
    caller: ApplyPatchCallCallerDirect | ApplyPatchCallCallerProgram | None | Unset = UNSET
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.apply_patch_call_caller_direct import ApplyPatchCallCallerDirect  # noqa: PLC0415
        from ..models.apply_patch_call_caller_program import ApplyPatchCallCallerProgram  # noqa: PLC0415
        from ..models.apply_patch_call_operation_create_file import ApplyPatchCallOperationCreateFile  # noqa: PLC0415
        from ..models.apply_patch_call_operation_delete_file import ApplyPatchCallOperationDeleteFile  # noqa: PLC0415

        call_id = self.call_id

        operation: dict[str, Any]
        if isinstance(self.operation, ApplyPatchCallOperationCreateFile):
            operation = self.operation.to_dict()
        elif isinstance(self.operation, ApplyPatchCallOperationDeleteFile):
            operation = self.operation.to_dict()
        else:
            operation = self.operation.to_dict()

        status = self.status.value

        type_ = self.type_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, ApplyPatchCallCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, ApplyPatchCallCallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "operation": operation,
                "status": status,
                "type": type_,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_patch_call_caller_direct import ApplyPatchCallCallerDirect  # noqa: PLC0415
        from ..models.apply_patch_call_caller_program import ApplyPatchCallCallerProgram  # noqa: PLC0415
        from ..models.apply_patch_call_operation_create_file import ApplyPatchCallOperationCreateFile  # noqa: PLC0415
        from ..models.apply_patch_call_operation_delete_file import ApplyPatchCallOperationDeleteFile  # noqa: PLC0415
        from ..models.apply_patch_call_operation_update_file import ApplyPatchCallOperationUpdateFile  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        def _parse_operation(
            data: object,
        ) -> ApplyPatchCallOperationCreateFile | ApplyPatchCallOperationDeleteFile | ApplyPatchCallOperationUpdateFile:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operation_type_0 = ApplyPatchCallOperationCreateFile.from_dict(data)

                return operation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operation_type_1 = ApplyPatchCallOperationDeleteFile.from_dict(data)

                return operation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            operation_type_2 = ApplyPatchCallOperationUpdateFile.from_dict(data)

            return operation_type_2

        operation = _parse_operation(d.pop("operation"))

        status = ApplyPatchCallStatus(d.pop("status"))

        type_ = cast(Literal["apply_patch_call"], d.pop("type"))
        if type_ != "apply_patch_call":
            raise ValueError(f"type must match const 'apply_patch_call', got '{type_}'")

        def _parse_caller(data: object) -> ApplyPatchCallCallerDirect | ApplyPatchCallCallerProgram | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_0 = ApplyPatchCallCallerDirect.from_dict(data)

                return caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_1 = ApplyPatchCallCallerProgram.from_dict(data)

                return caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplyPatchCallCallerDirect | ApplyPatchCallCallerProgram | None | Unset, data)

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        apply_patch_call = cls(
            call_id=call_id,
            operation=operation,
            status=status,
            type_=type_,
            caller=caller,
            id=id,
        )

        apply_patch_call.additional_properties = d
        return apply_patch_call

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
