from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_cached_content import ChatCompletionCachedContent
    from ..models.chat_completion_input_audio import ChatCompletionInputAudio


T = TypeVar("T", bound="ChatCompletionAudioObject")


@_attrs_define
class ChatCompletionAudioObject:
    """
    Attributes:
        input_audio (ChatCompletionInputAudio):
        type_ (Literal['input_audio']):
        cache_control (ChatCompletionCachedContent | Unset):
    """

    input_audio: ChatCompletionInputAudio
    type_: Literal["input_audio"]
    cache_control: ChatCompletionCachedContent | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_audio = self.input_audio.to_dict()

        type_ = self.type_

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_audio": input_audio,
                "type": type_,
            }
        )
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_cached_content import ChatCompletionCachedContent  # noqa: PLC0415
        from ..models.chat_completion_input_audio import ChatCompletionInputAudio  # noqa: PLC0415

        d = dict(src_dict)
        input_audio = ChatCompletionInputAudio.from_dict(d.pop("input_audio"))

        type_ = cast(Literal["input_audio"], d.pop("type"))
        if type_ != "input_audio":
            raise ValueError(f"type must match const 'input_audio', got '{type_}'")

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: ChatCompletionCachedContent | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = ChatCompletionCachedContent.from_dict(_cache_control)

        chat_completion_audio_object = cls(
            input_audio=input_audio,
            type_=type_,
            cache_control=cache_control,
        )

        chat_completion_audio_object.additional_properties = d
        return chat_completion_audio_object

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
