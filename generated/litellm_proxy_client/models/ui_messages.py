from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ui_message import UIMessage


T = TypeVar("T", bound="UIMessages")


@_attrs_define
class UIMessages:
    """
    Attributes:
        kind (Literal['messages']):
        messages (list[UIMessage]):
    """

    kind: Literal["messages"]
    messages: list[UIMessage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "messages": messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ui_message import UIMessage  # noqa: PLC0415

        d = dict(src_dict)
        kind = cast(Literal["messages"], d.pop("kind"))
        if kind != "messages":
            raise ValueError(f"kind must match const 'messages', got '{kind}'")

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = UIMessage.from_dict(messages_item_data)

            messages.append(messages_item)

        ui_messages = cls(
            kind=kind,
            messages=messages,
        )

        ui_messages.additional_properties = d
        return ui_messages

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
