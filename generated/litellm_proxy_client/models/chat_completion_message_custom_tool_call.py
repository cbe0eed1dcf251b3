from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_custom_tool_call_payload import ChatCompletionCustomToolCallPayload


T = TypeVar("T", bound="ChatCompletionMessageCustomToolCall")


@_attrs_define
class ChatCompletionMessageCustomToolCall:
    """
    Attributes:
        custom (ChatCompletionCustomToolCallPayload):
        id (str):
        type_ (Literal['custom'] | Unset):  Default: 'custom'.
    """

    custom: ChatCompletionCustomToolCallPayload
    id: str
    type_: Literal["custom"] | Unset = "custom"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom = self.custom.to_dict()

        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom": custom,
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_custom_tool_call_payload import ChatCompletionCustomToolCallPayload  # noqa: PLC0415

        d = dict(src_dict)
        custom = ChatCompletionCustomToolCallPayload.from_dict(d.pop("custom"))

        id = d.pop("id")

        type_ = cast(Literal["custom"] | Unset, d.pop("type", UNSET))
        if type_ != "custom" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        chat_completion_message_custom_tool_call = cls(
            custom=custom,
            id=id,
            type_=type_,
        )

        chat_completion_message_custom_tool_call.additional_properties = d
        return chat_completion_message_custom_tool_call

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
