from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatCompletionAudioResponse")


@_attrs_define
class ChatCompletionAudioResponse:
    """
    Attributes:
        data (str):
        expires_at (int):
        id (str):
        transcript (str):
    """

    data: str
    expires_at: int
    id: str
    transcript: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data

        expires_at = self.expires_at

        id = self.id

        transcript = self.transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "expires_at": expires_at,
                "id": id,
                "transcript": transcript,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        data = d.pop("data")

        expires_at = d.pop("expires_at")

        id = d.pop("id")

        transcript = d.pop("transcript")

        chat_completion_audio_response = cls(
            data=data,
            expires_at=expires_at,
            id=id,
            transcript=transcript,
        )

        chat_completion_audio_response.additional_properties = d
        return chat_completion_audio_response

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
