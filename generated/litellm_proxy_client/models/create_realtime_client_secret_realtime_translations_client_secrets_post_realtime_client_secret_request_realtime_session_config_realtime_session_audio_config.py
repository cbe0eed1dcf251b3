from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig,
    )
    from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config import (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig,
    )


T = TypeVar(
    "T",
    bound="CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig",
)


@_attrs_define
class CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig:
    """
    Attributes:
        input_ (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessio
            nConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig | None | Unset):
        output (CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessio
            nConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig | None | Unset):
    """

    input_: (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig
        | None
        | Unset
    ) = UNSET
    output: (
        CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig,  # noqa: PLC0415
        )

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(
            self.input_,
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig,
        ):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(
            self.output,
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig,
        ):
            output = self.output.to_dict()
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_input_config import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config_realtime_audio_output_config import (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_input_(
            data: object,
        ) -> (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig
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
                input_realtime_audio_input_config = CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig.from_dict(
                    data
                )

                return input_realtime_audio_input_config
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioInputConfig
                | None
                | Unset,
                data,
            )

        input_ = _parse_input_(d.pop("input", UNSET))

        def _parse_output(
            data: object,
        ) -> (
            CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig
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
                output_realtime_audio_output_config = CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig.from_dict(
                    data
                )

                return output_realtime_audio_output_config
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretRealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfigRealtimeAudioOutputConfig
                | None
                | Unset,
                data,
            )

        output = _parse_output(d.pop("output", UNSET))

        create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config = cls(
            input_=input_,
            output=output,
        )

        create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config.additional_properties = d
        return create_realtime_client_secret_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config

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
