from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_custom_tool_call_item_status import ResponseCustomToolCallItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caller_direct import CallerDirect
    from ..models.caller_program import CallerProgram


T = TypeVar("T", bound="ResponseCustomToolCallItem")


@_attrs_define
class ResponseCustomToolCallItem:
    """A call to a custom tool created by the model.

    Attributes:
        call_id (str):
        id (str):
        input_ (str):
        name (str):
        status (ResponseCustomToolCallItemStatus):
        type_ (Literal['custom_tool_call']):
        async_ (bool | None | Unset):
        caller (CallerDirect | CallerProgram | None | Unset):
        created_by (None | str | Unset):
        namespace (None | str | Unset):
    """

    call_id: str
    id: str
    input_: str
    name: str
    status: ResponseCustomToolCallItemStatus
    type_: Literal["custom_tool_call"]
    async_: bool | None | Unset = UNSET
    caller: CallerDirect | CallerProgram | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415

        call_id = self.call_id

        id = self.id

        input_ = self.input_

        name = self.name

        status = self.status.value

        type_ = self.type_

        async_: bool | None | Unset
        if isinstance(self.async_, Unset):
            async_ = UNSET
        else:
            async_ = self.async_

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

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "id": id,
                "input": input_,
                "name": name,
                "status": status,
                "type": type_,
            }
        )
        if async_ is not UNSET:
            field_dict["async"] = async_
        if caller is not UNSET:
            field_dict["caller"] = caller
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        id = d.pop("id")

        input_ = d.pop("input")

        name = d.pop("name")

        status = ResponseCustomToolCallItemStatus(d.pop("status"))

        type_ = cast(Literal["custom_tool_call"], d.pop("type"))
        if type_ != "custom_tool_call":
            raise ValueError(f"type must match const 'custom_tool_call', got '{type_}'")

        def _parse_async_(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        async_ = _parse_async_(d.pop("async", UNSET))

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

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        response_custom_tool_call_item = cls(
            call_id=call_id,
            id=id,
            input_=input_,
            name=name,
            status=status,
            type_=type_,
            async_=async_,
            caller=caller,
            created_by=created_by,
            namespace=namespace,
        )

        response_custom_tool_call_item.additional_properties = d
        return response_custom_tool_call_item

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
