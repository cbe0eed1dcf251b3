from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_call_output_item_status_type_0 import CustomToolCallOutputItemStatusType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomToolCallOutputItem")


@_attrs_define
class CustomToolCallOutputItem:
    """A custom/freeform tool call output item (e.g. apply_patch).

    Mirrors the ``custom_tool_call`` variant of OpenAI's Responses API output.
    Unlike ``OutputFunctionToolCall`` which uses ``arguments`` (JSON string),
    this uses ``input`` (raw string) for the tool payload.

        Attributes:
            call_id (str):
            input_ (str):
            name (str):
            type_ (Literal['custom_tool_call']):
            id (None | str | Unset):
            status (CustomToolCallOutputItemStatusType0 | None | Unset):
    """

    call_id: str
    input_: str
    name: str
    type_: Literal["custom_tool_call"]
    id: None | str | Unset = UNSET
    status: CustomToolCallOutputItemStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        input_ = self.input_

        name = self.name

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CustomToolCallOutputItemStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "input": input_,
                "name": name,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("call_id")

        input_ = d.pop("input")

        name = d.pop("name")

        type_ = cast(Literal["custom_tool_call"], d.pop("type"))
        if type_ != "custom_tool_call":
            raise ValueError(f"type must match const 'custom_tool_call', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> CustomToolCallOutputItemStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CustomToolCallOutputItemStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomToolCallOutputItemStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        custom_tool_call_output_item = cls(
            call_id=call_id,
            input_=input_,
            name=name,
            type_=type_,
            id=id,
            status=status,
        )

        custom_tool_call_output_item.additional_properties = d
        return custom_tool_call_output_item

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
