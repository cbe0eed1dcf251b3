from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_transcription_session_response_client_secret_type_0 import (
        RealtimeTranscriptionSessionResponseClientSecretType0,
    )


T = TypeVar("T", bound="RealtimeTranscriptionSessionResponse")


@_attrs_define
class RealtimeTranscriptionSessionResponse:
    """Response from POST /v1/realtime/transcription_sessions.

    `client_secret.value` contains the encrypted token instead of the raw
    ephemeral key. Unknown fields pass through unchanged.

        Attributes:
            client_secret (None | RealtimeTranscriptionSessionResponseClientSecretType0 | Unset):
    """

    client_secret: None | RealtimeTranscriptionSessionResponseClientSecretType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.realtime_transcription_session_response_client_secret_type_0 import (
            RealtimeTranscriptionSessionResponseClientSecretType0,  # noqa: PLC0415
        )

        client_secret: dict[str, Any] | None | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        elif isinstance(self.client_secret, RealtimeTranscriptionSessionResponseClientSecretType0):
            client_secret = self.client_secret.to_dict()
        else:
            client_secret = self.client_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.realtime_transcription_session_response_client_secret_type_0 import (
            RealtimeTranscriptionSessionResponseClientSecretType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_client_secret(data: object) -> None | RealtimeTranscriptionSessionResponseClientSecretType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                client_secret_type_0 = RealtimeTranscriptionSessionResponseClientSecretType0.from_dict(data)

                return client_secret_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RealtimeTranscriptionSessionResponseClientSecretType0 | Unset, data)

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        realtime_transcription_session_response = cls(
            client_secret=client_secret,
        )

        realtime_transcription_session_response.additional_properties = d
        return realtime_transcription_session_response

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
