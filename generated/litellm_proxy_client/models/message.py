from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_annotation import ChatCompletionAnnotation
    from ..models.chat_completion_audio_response import ChatCompletionAudioResponse
    from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall
    from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from ..models.chat_completion_reasoning_item import ChatCompletionReasoningItem
    from ..models.chat_completion_redacted_thinking_block import ChatCompletionRedactedThinkingBlock
    from ..models.chat_completion_thinking_block import ChatCompletionThinkingBlock
    from ..models.function_call import FunctionCall
    from ..models.image_url_list_item import ImageURLListItem
    from ..models.message_provider_specific_fields_type_0 import MessageProviderSpecificFieldsType0


T = TypeVar("T", bound="Message")


@_attrs_define
class Message:
    """
    Attributes:
        content (None | str):
        function_call (FunctionCall | None):
        role (MessageRole):
        tool_calls (list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None):
        annotations (list[ChatCompletionAnnotation] | None | Unset):
        audio (ChatCompletionAudioResponse | None | Unset):
        images (list[ImageURLListItem] | None | Unset):
        provider_specific_fields (MessageProviderSpecificFieldsType0 | None | Unset):
        reasoning_content (None | str | Unset):
        reasoning_items (list[ChatCompletionReasoningItem] | None | Unset):
        refusal (None | str | Unset):
        thinking_blocks (list[ChatCompletionRedactedThinkingBlock | ChatCompletionThinkingBlock] | None | Unset):
    """

    content: None | str
    function_call: FunctionCall | None
    role: MessageRole
    tool_calls: list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None
    annotations: list[ChatCompletionAnnotation] | None | Unset = UNSET
    audio: ChatCompletionAudioResponse | None | Unset = UNSET
    images: list[ImageURLListItem] | None | Unset = UNSET
    provider_specific_fields: MessageProviderSpecificFieldsType0 | None | Unset = UNSET
    reasoning_content: None | str | Unset = UNSET
    reasoning_items: list[ChatCompletionReasoningItem] | None | Unset = UNSET
    refusal: None | str | Unset = UNSET
    thinking_blocks: list[ChatCompletionRedactedThinkingBlock | ChatCompletionThinkingBlock] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.chat_completion_audio_response import ChatCompletionAudioResponse  # noqa: PLC0415
        from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415
        from ..models.chat_completion_thinking_block import ChatCompletionThinkingBlock  # noqa: PLC0415
        from ..models.function_call import FunctionCall  # noqa: PLC0415
        from ..models.message_provider_specific_fields_type_0 import MessageProviderSpecificFieldsType0  # noqa: PLC0415

        content: None | str
        content = self.content

        function_call: dict[str, Any] | None
        if isinstance(self.function_call, FunctionCall):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        role = self.role.value

        tool_calls: list[dict[str, Any]] | None
        if isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_type_0_item_data in self.tool_calls:
                tool_calls_type_0_item: dict[str, Any]
                if isinstance(tool_calls_type_0_item_data, ChatCompletionMessageToolCall):
                    tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                else:
                    tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()

                tool_calls.append(tool_calls_type_0_item)

        else:
            tool_calls = self.tool_calls

        annotations: list[dict[str, Any]] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, list):
            annotations = []
            for annotations_type_0_item_data in self.annotations:
                annotations_type_0_item = annotations_type_0_item_data.to_dict()
                annotations.append(annotations_type_0_item)

        else:
            annotations = self.annotations

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, ChatCompletionAudioResponse):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        images: list[dict[str, Any]] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item = images_type_0_item_data.to_dict()
                images.append(images_type_0_item)

        else:
            images = self.images

        provider_specific_fields: dict[str, Any] | None | Unset
        if isinstance(self.provider_specific_fields, Unset):
            provider_specific_fields = UNSET
        elif isinstance(self.provider_specific_fields, MessageProviderSpecificFieldsType0):
            provider_specific_fields = self.provider_specific_fields.to_dict()
        else:
            provider_specific_fields = self.provider_specific_fields

        reasoning_content: None | str | Unset
        if isinstance(self.reasoning_content, Unset):
            reasoning_content = UNSET
        else:
            reasoning_content = self.reasoning_content

        reasoning_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.reasoning_items, Unset):
            reasoning_items = UNSET
        elif isinstance(self.reasoning_items, list):
            reasoning_items = []
            for reasoning_items_type_0_item_data in self.reasoning_items:
                reasoning_items_type_0_item = reasoning_items_type_0_item_data.to_dict()
                reasoning_items.append(reasoning_items_type_0_item)

        else:
            reasoning_items = self.reasoning_items

        refusal: None | str | Unset
        if isinstance(self.refusal, Unset):
            refusal = UNSET
        else:
            refusal = self.refusal

        thinking_blocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.thinking_blocks, Unset):
            thinking_blocks = UNSET
        elif isinstance(self.thinking_blocks, list):
            thinking_blocks = []
            for thinking_blocks_type_0_item_data in self.thinking_blocks:
                thinking_blocks_type_0_item: dict[str, Any]
                if isinstance(thinking_blocks_type_0_item_data, ChatCompletionThinkingBlock):
                    thinking_blocks_type_0_item = thinking_blocks_type_0_item_data.to_dict()
                else:
                    thinking_blocks_type_0_item = thinking_blocks_type_0_item_data.to_dict()

                thinking_blocks.append(thinking_blocks_type_0_item)

        else:
            thinking_blocks = self.thinking_blocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "function_call": function_call,
                "role": role,
                "tool_calls": tool_calls,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if audio is not UNSET:
            field_dict["audio"] = audio
        if images is not UNSET:
            field_dict["images"] = images
        if provider_specific_fields is not UNSET:
            field_dict["provider_specific_fields"] = provider_specific_fields
        if reasoning_content is not UNSET:
            field_dict["reasoning_content"] = reasoning_content
        if reasoning_items is not UNSET:
            field_dict["reasoning_items"] = reasoning_items
        if refusal is not UNSET:
            field_dict["refusal"] = refusal
        if thinking_blocks is not UNSET:
            field_dict["thinking_blocks"] = thinking_blocks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_annotation import ChatCompletionAnnotation  # noqa: PLC0415
        from ..models.chat_completion_audio_response import ChatCompletionAudioResponse  # noqa: PLC0415
        from ..models.chat_completion_message_custom_tool_call import ChatCompletionMessageCustomToolCall  # noqa: PLC0415
        from ..models.chat_completion_message_tool_call import ChatCompletionMessageToolCall  # noqa: PLC0415
        from ..models.chat_completion_reasoning_item import ChatCompletionReasoningItem  # noqa: PLC0415
        from ..models.chat_completion_redacted_thinking_block import ChatCompletionRedactedThinkingBlock  # noqa: PLC0415
        from ..models.chat_completion_thinking_block import ChatCompletionThinkingBlock  # noqa: PLC0415
        from ..models.function_call import FunctionCall  # noqa: PLC0415
        from ..models.image_url_list_item import ImageURLListItem  # noqa: PLC0415
        from ..models.message_provider_specific_fields_type_0 import MessageProviderSpecificFieldsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_content(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        content = _parse_content(d.pop("content"))

        def _parse_function_call(data: object) -> FunctionCall | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_0 = FunctionCall.from_dict(data)

                return function_call_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionCall | None, data)

        function_call = _parse_function_call(d.pop("function_call"))

        role = MessageRole(d.pop("role"))

        def _parse_tool_calls(
            data: object,
        ) -> list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tool_calls_type_0 = []
                _tool_calls_type_0 = data
                for tool_calls_type_0_item_data in _tool_calls_type_0:

                    def _parse_tool_calls_type_0_item(
                        data: object,
                    ) -> ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            tool_calls_type_0_item_type_0 = ChatCompletionMessageToolCall.from_dict(data)

                            return tool_calls_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        tool_calls_type_0_item_type_1 = ChatCompletionMessageCustomToolCall.from_dict(data)

                        return tool_calls_type_0_item_type_1

                    tool_calls_type_0_item = _parse_tool_calls_type_0_item(tool_calls_type_0_item_data)

                    tool_calls_type_0.append(tool_calls_type_0_item)

                return tool_calls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionMessageCustomToolCall | ChatCompletionMessageToolCall] | None, data)

        tool_calls = _parse_tool_calls(d.pop("tool_calls"))

        def _parse_annotations(data: object) -> list[ChatCompletionAnnotation] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                annotations_type_0 = []
                _annotations_type_0 = data
                for annotations_type_0_item_data in _annotations_type_0:
                    annotations_type_0_item = ChatCompletionAnnotation.from_dict(annotations_type_0_item_data)

                    annotations_type_0.append(annotations_type_0_item)

                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionAnnotation] | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        def _parse_audio(data: object) -> ChatCompletionAudioResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                audio_type_0 = ChatCompletionAudioResponse.from_dict(data)

                return audio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatCompletionAudioResponse | None | Unset, data)

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_images(data: object) -> list[ImageURLListItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = []
                _images_type_0 = data
                for images_type_0_item_data in _images_type_0:
                    images_type_0_item = ImageURLListItem.from_dict(images_type_0_item_data)

                    images_type_0.append(images_type_0_item)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ImageURLListItem] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_provider_specific_fields(data: object) -> MessageProviderSpecificFieldsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_specific_fields_type_0 = MessageProviderSpecificFieldsType0.from_dict(data)

                return provider_specific_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageProviderSpecificFieldsType0 | None | Unset, data)

        provider_specific_fields = _parse_provider_specific_fields(d.pop("provider_specific_fields", UNSET))

        def _parse_reasoning_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reasoning_content = _parse_reasoning_content(d.pop("reasoning_content", UNSET))

        def _parse_reasoning_items(data: object) -> list[ChatCompletionReasoningItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reasoning_items_type_0 = []
                _reasoning_items_type_0 = data
                for reasoning_items_type_0_item_data in _reasoning_items_type_0:
                    reasoning_items_type_0_item = ChatCompletionReasoningItem.from_dict(
                        reasoning_items_type_0_item_data
                    )

                    reasoning_items_type_0.append(reasoning_items_type_0_item)

                return reasoning_items_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionReasoningItem] | None | Unset, data)

        reasoning_items = _parse_reasoning_items(d.pop("reasoning_items", UNSET))

        def _parse_refusal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refusal = _parse_refusal(d.pop("refusal", UNSET))

        def _parse_thinking_blocks(
            data: object,
        ) -> list[ChatCompletionRedactedThinkingBlock | ChatCompletionThinkingBlock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                thinking_blocks_type_0 = []
                _thinking_blocks_type_0 = data
                for thinking_blocks_type_0_item_data in _thinking_blocks_type_0:

                    def _parse_thinking_blocks_type_0_item(
                        data: object,
                    ) -> ChatCompletionRedactedThinkingBlock | ChatCompletionThinkingBlock:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            thinking_blocks_type_0_item_type_0 = ChatCompletionThinkingBlock.from_dict(data)

                            return thinking_blocks_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        thinking_blocks_type_0_item_type_1 = ChatCompletionRedactedThinkingBlock.from_dict(data)

                        return thinking_blocks_type_0_item_type_1

                    thinking_blocks_type_0_item = _parse_thinking_blocks_type_0_item(thinking_blocks_type_0_item_data)

                    thinking_blocks_type_0.append(thinking_blocks_type_0_item)

                return thinking_blocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionRedactedThinkingBlock | ChatCompletionThinkingBlock] | None | Unset, data)

        thinking_blocks = _parse_thinking_blocks(d.pop("thinking_blocks", UNSET))

        message = cls(
            content=content,
            function_call=function_call,
            role=role,
            tool_calls=tool_calls,
            annotations=annotations,
            audio=audio,
            images=images,
            provider_specific_fields=provider_specific_fields,
            reasoning_content=reasoning_content,
            reasoning_items=reasoning_items,
            refusal=refusal,
            thinking_blocks=thinking_blocks,
        )

        message.additional_properties = d
        return message

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
