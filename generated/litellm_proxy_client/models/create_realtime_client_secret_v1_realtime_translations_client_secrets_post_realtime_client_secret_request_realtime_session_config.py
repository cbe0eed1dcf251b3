from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_prompt_type_0 import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0,
    )
    from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig,
    )
    from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_tools_type_0_item import (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item,
    )


T = TypeVar(
    "T",
    bound="CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig",
)


@_attrs_define
class CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfig:
    """Session configuration nested inside the client_secrets request body.

    Mirrors OpenAI's RealtimeSessionCreateRequest (type=realtime) and
    RealtimeTranscriptionSessionCreateRequest (type=transcription).
    Extra/unknown fields are passed through unchanged.

        Attributes:
            audio (CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessi
                onConfigRealtimeSessionAudioConfig | None | Unset):
            include (list[str] | None | Unset):
            instructions (None | str | Unset):
            max_output_tokens (int | None | str | Unset):
            model (None | str | Unset):
            output_modalities (list[str] | None | Unset):
            prompt (CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSess
                ionConfigPromptType0 | None | Unset):
            tool_choice (Any | None | Unset):
            tools (list[CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtime
                SessionConfigToolsType0Item] | None | Unset):
            tracing (Any | None | Unset):
            truncation (Any | None | Unset):
            type_ (None | str | Unset):
    """

    audio: (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig
        | None
        | Unset
    ) = UNSET
    include: list[str] | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    output_modalities: list[str] | None | Unset = UNSET
    prompt: (
        CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0
        | None
        | Unset
    ) = UNSET
    tool_choice: Any | None | Unset = UNSET
    tools: (
        list[
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item
        ]
        | None
        | Unset
    ) = UNSET
    tracing: Any | None | Unset = UNSET
    truncation: Any | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_prompt_type_0 import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig,  # noqa: PLC0415
        )

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(
            self.audio,
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig,
        ):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = self.include

        else:
            include = self.include

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        max_output_tokens: int | None | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        output_modalities: list[str] | None | Unset
        if isinstance(self.output_modalities, Unset):
            output_modalities = UNSET
        elif isinstance(self.output_modalities, list):
            output_modalities = self.output_modalities

        else:
            output_modalities = self.output_modalities

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(
            self.prompt,
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0,
        ):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        tool_choice: Any | None | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item = tools_type_0_item_data.to_dict()
                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tracing: Any | None | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        else:
            tracing = self.tracing

        truncation: Any | None | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        else:
            truncation = self.truncation

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_prompt_type_0 import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_realtime_session_audio_config import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig,  # noqa: PLC0415
        )
        from ..models.create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config_tools_type_0_item import (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_audio(
            data: object,
        ) -> (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig
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
                audio_realtime_session_audio_config = CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig.from_dict(
                    data
                )

                return audio_realtime_session_audio_config
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigRealtimeSessionAudioConfig
                | None
                | Unset,
                data,
            )

        audio = _parse_audio(d.pop("audio", UNSET))

        def _parse_include(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_type_0 = cast(list[str], data)

                return include_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        include = _parse_include(d.pop("include", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_max_output_tokens(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_output_modalities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_modalities_type_0 = cast(list[str], data)

                return output_modalities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        output_modalities = _parse_output_modalities(d.pop("output_modalities", UNSET))

        def _parse_prompt(
            data: object,
        ) -> (
            CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0
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
                prompt_type_0 = CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0.from_dict(
                    data
                )

                return prompt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigPromptType0
                | None
                | Unset,
                data,
            )

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_tool_choice(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_tools(
            data: object,
        ) -> (
            list[
                CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:
                    tools_type_0_item = CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item.from_dict(
                        tools_type_0_item_data
                    )

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeSessionConfigToolsType0Item
                ]
                | None
                | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_tracing(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        def _parse_truncation(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config = cls(
            audio=audio,
            include=include,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            model=model,
            output_modalities=output_modalities,
            prompt=prompt,
            tool_choice=tool_choice,
            tools=tools,
            tracing=tracing,
            truncation=truncation,
            type_=type_,
        )

        create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config.additional_properties = d
        return create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_session_config

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
