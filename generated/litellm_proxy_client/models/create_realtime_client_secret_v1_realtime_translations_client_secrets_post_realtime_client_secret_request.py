from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter,
    )
    from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig,
    )


T = TypeVar("T", bound="CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest")


@_attrs_define
class CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequest:
    """Request body for POST /v1/realtime/client_secrets.

    LiteLLM also accepts a top-level `model` field for routing when
    session.model is absent (LiteLLM extension, not forwarded to OpenAI).

        Attributes:
            expires_after (CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealt
                imeExpiresAfter | None | Unset):
            model (None | str | Unset):
            session (CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSes
                sionConfig | None | Unset):
    """

    expires_after: (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter
        | None
        | Unset
    ) = UNSET
    model: None | str | Unset = UNSET
    session: (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig,  # noqa: PLC0415
        )

        expires_after: dict[str, Any] | None | Unset
        if isinstance(self.expires_after, Unset):
            expires_after = UNSET
        elif isinstance(
            self.expires_after,
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter,
        ):
            expires_after = self.expires_after.to_dict()
        else:
            expires_after = self.expires_after

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        session: dict[str, Any] | None | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(
            self.session,
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig,
        ):
            session = self.session.to_dict()
        else:
            session = self.session

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if model is not UNSET:
            field_dict["model"] = model
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_expires_after(
            data: object,
        ) -> (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter
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
                expires_after_realtime_expires_after = CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter.from_dict(
                    data
                )

                return expires_after_realtime_expires_after
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter
                | None
                | Unset,
                data,
            )

        expires_after = _parse_expires_after(d.pop("expires_after", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_session(
            data: object,
        ) -> (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig
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
                session_realtime_session_config = CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig.from_dict(
                    data
                )

                return session_realtime_session_config
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig
                | None
                | Unset,
                data,
            )

        session = _parse_session(d.pop("session", UNSET))

        create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request = cls(
            expires_after=expires_after,
            model=model,
            session=session,
        )

        create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request.additional_properties = d
        return create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request

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
