from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_format_type_1 import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1,
    )
    from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_voice_type_1 import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1,
    )


T = TypeVar(
    "T",
    bound="CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig",
)


@_attrs_define
class CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig:
    """
    Attributes:
        format_ (CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSes
            sionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1 | None | str | Unset):
        language (None | str | Unset):
        voice (CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessi
            onConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1 | None | str | Unset):
    """

    format_: (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1
        | None
        | str
        | Unset
    ) = UNSET
    language: None | str | Unset = UNSET
    voice: (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1
        | None
        | str
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_format_type_1 import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_voice_type_1 import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1,  # noqa: PLC0415
        )

        format_: dict[str, Any] | None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(
            self.format_,
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1,
        ):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        voice: dict[str, Any] | None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(
            self.voice,
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1,
        ):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if language is not UNSET:
            field_dict["language"] = language
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_format_type_1 import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config_voice_type_1 import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_format_(
            data: object,
        ) -> (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_1 = CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1.from_dict(
                    data
                )

                return format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigFormatType1
                | None
                | str
                | Unset,
                data,
            )

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_voice(
            data: object,
        ) -> (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1
            | None
            | str
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_1 = CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1.from_dict(
                    data
                )

                return voice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfigVoiceType1
                | None
                | str
                | Unset,
                data,
            )

        voice = _parse_voice(d.pop("voice", UNSET))

        create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config = cls(
            format_=format_,
            language=language,
            voice=voice,
        )

        create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config.additional_properties = d
        return create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config

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
