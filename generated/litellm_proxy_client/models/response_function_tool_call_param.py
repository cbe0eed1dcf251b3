from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_function_tool_call_param_status import ResponseFunctionToolCallParamStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caller_direct import CallerDirect
    from ..models.caller_program import CallerProgram


T = TypeVar("T", bound="ResponseFunctionToolCallParam")


@_attrs_define
class ResponseFunctionToolCallParam:
    """A tool call to run a function.

    See the
    [function calling guide](https://developers.openai.com/api/docs/guides/function-calling) for more information.

        Attributes:
            arguments (str):
            call_id (str):
            name (str):
            type_ (Literal['function_call']):
            async_ (bool | Unset):
            caller (CallerDirect | CallerProgram | None | Unset):
            id (str | Unset):
            namespace (str | Unset):
            status (ResponseFunctionToolCallParamStatus | Unset):
    """

    arguments: str
    call_id: str
    name: str
    type_: Literal["function_call"]
    async_: bool | Unset = UNSET
    caller: CallerDirect | CallerProgram | None | Unset = UNSET
    id: str | Unset = UNSET
    namespace: str | Unset = UNSET
    status: ResponseFunctionToolCallParamStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415

        arguments = self.arguments

        call_id = self.call_id

        name = self.name

        type_ = self.type_

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

        id = self.id

        namespace = self.namespace

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "call_id": call_id,
                "name": name,
                "type": type_,
            }
        )
        if async_ is not UNSET:
            field_dict["async"] = async_
        if caller is not UNSET:
            field_dict["caller"] = caller
        if id is not UNSET:
            field_dict["id"] = id
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415

        d = dict(src_dict)
        arguments = d.pop("arguments")

        call_id = d.pop("call_id")

        name = d.pop("name")

        type_ = cast(Literal["function_call"], d.pop("type"))
        if type_ != "function_call":
            raise ValueError(f"type must match const 'function_call', got '{type_}'")

        async_ = d.pop("async", UNSET)

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

        id = d.pop("id", UNSET)

        namespace = d.pop("namespace", UNSET)

        _status = d.pop("status", UNSET)
        status: ResponseFunctionToolCallParamStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponseFunctionToolCallParamStatus(_status)

        response_function_tool_call_param = cls(
            arguments=arguments,
            call_id=call_id,
            name=name,
            type_=type_,
            async_=async_,
            caller=caller,
            id=id,
            namespace=namespace,
            status=status,
        )

        response_function_tool_call_param.additional_properties = d
        return response_function_tool_call_param

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
