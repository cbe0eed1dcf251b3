from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_format_type_1 import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1,
    )
    from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_noise_reduction_type_0 import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0,
    )
    from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_realtime_audio_transcription_config import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig,
    )
    from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_turn_detection_type_0 import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0,
    )


T = TypeVar(
    "T",
    bound="CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig",
)


@_attrs_define
class CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig:
    """
    Attributes:
        format_ (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessi
            onConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1 | None | str | Unset):
        noise_reduction (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealt
            imeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0 | None | Unset):
        transcription (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtim
            eSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig | None |
            Unset):
        turn_detection (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealti
            meSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0 | None | Unset):
    """

    format_: (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1
        | None
        | str
        | Unset
    ) = UNSET
    noise_reduction: (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0
        | None
        | Unset
    ) = UNSET
    transcription: (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig
        | None
        | Unset
    ) = UNSET
    turn_detection: (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_format_type_1 import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_noise_reduction_type_0 import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_realtime_audio_transcription_config import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_turn_detection_type_0 import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0,  # noqa: PLC0415
        )

        format_: dict[str, Any] | None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(
            self.format_,
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1,
        ):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.noise_reduction, Unset):
            noise_reduction = UNSET
        elif isinstance(
            self.noise_reduction,
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0,
        ):
            noise_reduction = self.noise_reduction.to_dict()
        else:
            noise_reduction = self.noise_reduction

        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(
            self.transcription,
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig,
        ):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(
            self.turn_detection,
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0,
        ):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_format_type_1 import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_noise_reduction_type_0 import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_realtime_audio_transcription_config import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config_turn_detection_type_0 import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_format_(
            data: object,
        ) -> (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1
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
                format_type_1 = CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1.from_dict(
                    data
                )

                return format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigFormatType1
                | None
                | str
                | Unset,
                data,
            )

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_noise_reduction(
            data: object,
        ) -> (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                noise_reduction_type_0 = CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0.from_dict(
                    data
                )

                return noise_reduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigNoiseReductionType0
                | None
                | Unset,
                data,
            )

        noise_reduction = _parse_noise_reduction(d.pop("noise_reduction", UNSET))

        def _parse_transcription(
            data: object,
        ) -> (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                transcription_realtime_audio_transcription_config = CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig.from_dict(
                    data
                )

                return transcription_realtime_audio_transcription_config
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigRealtimeAudioTranscriptionConfig
                | None
                | Unset,
                data,
            )

        transcription = _parse_transcription(d.pop("transcription", UNSET))

        def _parse_turn_detection(
            data: object,
        ) -> (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_detection_type_0 = CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0.from_dict(
                    data
                )

                return turn_detection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfigTurnDetectionType0
                | None
                | Unset,
                data,
            )

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config = cls(
            format_=format_,
            noise_reduction=noise_reduction,
            transcription=transcription,
            turn_detection=turn_detection,
        )

        create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config.additional_properties = d
        return create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config

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
