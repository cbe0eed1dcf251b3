from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_audio_object import ChatCompletionAudioObject
    from ..models.chat_completion_file_object import ChatCompletionFileObject
    from ..models.chat_completion_image_object import ChatCompletionImageObject
    from ..models.chat_completion_text_object import ChatCompletionTextObject
    from ..models.chat_completion_tool_reference_object import ChatCompletionToolReferenceObject


T = TypeVar("T", bound="ChatCompletionToolMessage")


@_attrs_define
class ChatCompletionToolMessage:
    """
    Attributes:
        content (list[ChatCompletionAudioObject | ChatCompletionFileObject | ChatCompletionImageObject |
            ChatCompletionTextObject | ChatCompletionToolReferenceObject] | str):
        role (Literal['tool']):
        tool_call_id (str):
        is_error (bool | Unset):
    """

    content: (
        list[
            ChatCompletionAudioObject
            | ChatCompletionFileObject
            | ChatCompletionImageObject
            | ChatCompletionTextObject
            | ChatCompletionToolReferenceObject
        ]
        | str
    )
    role: Literal["tool"]
    tool_call_id: str
    is_error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_audio_object import ChatCompletionAudioObject  # noqa: PLC0415
        from ..models.chat_completion_file_object import ChatCompletionFileObject  # noqa: PLC0415
        from ..models.chat_completion_image_object import ChatCompletionImageObject  # noqa: PLC0415
        from ..models.chat_completion_text_object import ChatCompletionTextObject  # noqa: PLC0415

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, ChatCompletionTextObject):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ChatCompletionImageObject):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ChatCompletionAudioObject):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, ChatCompletionFileObject):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        role = self.role

        tool_call_id = self.tool_call_id

        is_error = self.is_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
                "tool_call_id": tool_call_id,
            }
        )
        if is_error is not UNSET:
            field_dict["is_error"] = is_error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_audio_object import ChatCompletionAudioObject  # noqa: PLC0415
        from ..models.chat_completion_file_object import ChatCompletionFileObject  # noqa: PLC0415
        from ..models.chat_completion_image_object import ChatCompletionImageObject  # noqa: PLC0415
        from ..models.chat_completion_text_object import ChatCompletionTextObject  # noqa: PLC0415
        from ..models.chat_completion_tool_reference_object import ChatCompletionToolReferenceObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_content(
            data: object,
        ) -> (
            list[
                ChatCompletionAudioObject
                | ChatCompletionFileObject
                | ChatCompletionImageObject
                | ChatCompletionTextObject
                | ChatCompletionToolReferenceObject
            ]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:

                    def _parse_content_type_1_item(
                        data: object,
                    ) -> (
                        ChatCompletionAudioObject
                        | ChatCompletionFileObject
                        | ChatCompletionImageObject
                        | ChatCompletionTextObject
                        | ChatCompletionToolReferenceObject
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_0 = ChatCompletionTextObject.from_dict(data)

                            return content_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_1 = ChatCompletionImageObject.from_dict(data)

                            return content_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_2 = ChatCompletionAudioObject.from_dict(data)

                            return content_type_1_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            content_type_1_item_type_3 = ChatCompletionFileObject.from_dict(data)

                            return content_type_1_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        content_type_1_item_type_4 = ChatCompletionToolReferenceObject.from_dict(data)

                        return content_type_1_item_type_4

                    content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ChatCompletionAudioObject
                    | ChatCompletionFileObject
                    | ChatCompletionImageObject
                    | ChatCompletionTextObject
                    | ChatCompletionToolReferenceObject
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        role = cast(Literal["tool"], d.pop("role"))
        if role != "tool":
            raise ValueError(f"role must match const 'tool', got '{role}'")

        tool_call_id = d.pop("tool_call_id")

        is_error = d.pop("is_error", UNSET)

        chat_completion_tool_message = cls(
            content=content,
            role=role,
            tool_call_id=tool_call_id,
            is_error=is_error,
        )

        chat_completion_tool_message.additional_properties = d
        return chat_completion_tool_message

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
