from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ui_message_role import UIMessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ui_tool_call import UIToolCall


T = TypeVar("T", bound="UIMessage")


@_attrs_define
class UIMessage:
    """
    Attributes:
        content (str):
        role (UIMessageRole):
        name (None | str | Unset):
        tool_calls (list[UIToolCall] | Unset):
    """

    content: str
    role: UIMessageRole
    name: None | str | Unset = UNSET
    tool_calls: list[UIToolCall] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        role = self.role.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = tool_calls_item_data.to_dict()
                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ui_tool_call import UIToolCall  # noqa: PLC0415

        d = dict(src_dict)
        content = d.pop("content")

        role = UIMessageRole(d.pop("role"))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: list[UIToolCall] | Unset = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item = UIToolCall.from_dict(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        ui_message = cls(
            content=content,
            role=role,
            name=name,
            tool_calls=tool_calls,
        )

        ui_message.additional_properties = d
        return ui_message

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
