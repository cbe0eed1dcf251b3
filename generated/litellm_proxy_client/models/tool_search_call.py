from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_search_call_execution import ToolSearchCallExecution
from ..models.tool_search_call_status_type_0 import ToolSearchCallStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchCall")


@_attrs_define
class ToolSearchCall:
    """
    Attributes:
        arguments (Any):
        type_ (Literal['tool_search_call']):
        call_id (None | str | Unset):
        execution (ToolSearchCallExecution | Unset):
        id (None | str | Unset):
        status (None | ToolSearchCallStatusType0 | Unset):
    """

    arguments: Any
    type_: Literal["tool_search_call"]
    call_id: None | str | Unset = UNSET
    execution: ToolSearchCallExecution | Unset = UNSET
    id: None | str | Unset = UNSET
    status: None | ToolSearchCallStatusType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        arguments = self.arguments

        type_ = self.type_

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        execution: str | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution.value

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ToolSearchCallStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if execution is not UNSET:
            field_dict["execution"] = execution
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        arguments = d.pop("arguments")

        type_ = cast(Literal["tool_search_call"], d.pop("type"))
        if type_ != "tool_search_call":
            raise ValueError(f"type must match const 'tool_search_call', got '{type_}'")

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        _execution = d.pop("execution", UNSET)
        execution: ToolSearchCallExecution | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = ToolSearchCallExecution(_execution)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> None | ToolSearchCallStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ToolSearchCallStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolSearchCallStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        tool_search_call = cls(
            arguments=arguments,
            type_=type_,
            call_id=call_id,
            execution=execution,
            id=id,
            status=status,
        )

        tool_search_call.additional_properties = d
        return tool_search_call

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
