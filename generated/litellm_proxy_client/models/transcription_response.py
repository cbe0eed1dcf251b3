from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_detected_language import TranscriptionDetectedLanguage
    from ..models.transcription_usage_duration_object import TranscriptionUsageDurationObject
    from ..models.transcription_usage_tokens_object import TranscriptionUsageTokensObject


T = TypeVar("T", bound="TranscriptionResponse")


@_attrs_define
class TranscriptionResponse:
    """
    Attributes:
        languages (list[TranscriptionDetectedLanguage] | None | Unset):
        text (None | str | Unset):
        usage (None | TranscriptionUsageDurationObject | TranscriptionUsageTokensObject | Unset):
    """

    languages: list[TranscriptionDetectedLanguage] | None | Unset = UNSET
    text: None | str | Unset = UNSET
    usage: None | TranscriptionUsageDurationObject | TranscriptionUsageTokensObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transcription_usage_duration_object import TranscriptionUsageDurationObject  # noqa: PLC0415
        from ..models.transcription_usage_tokens_object import TranscriptionUsageTokensObject  # noqa: PLC0415

        languages: list[dict[str, Any]] | None | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, list):
            languages = []
            for languages_type_0_item_data in self.languages:
                languages_type_0_item = languages_type_0_item_data.to_dict()
                languages.append(languages_type_0_item)

        else:
            languages = self.languages

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, TranscriptionUsageDurationObject):
            usage = self.usage.to_dict()
        elif isinstance(self.usage, TranscriptionUsageTokensObject):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if languages is not UNSET:
            field_dict["languages"] = languages
        if text is not UNSET:
            field_dict["text"] = text
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcription_detected_language import TranscriptionDetectedLanguage  # noqa: PLC0415
        from ..models.transcription_usage_duration_object import TranscriptionUsageDurationObject  # noqa: PLC0415
        from ..models.transcription_usage_tokens_object import TranscriptionUsageTokensObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_languages(data: object) -> list[TranscriptionDetectedLanguage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                languages_type_0 = []
                _languages_type_0 = data
                for languages_type_0_item_data in _languages_type_0:
                    languages_type_0_item = TranscriptionDetectedLanguage.from_dict(languages_type_0_item_data)

                    languages_type_0.append(languages_type_0_item)

                return languages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TranscriptionDetectedLanguage] | None | Unset, data)

        languages = _parse_languages(d.pop("languages", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_usage(
            data: object,
        ) -> None | TranscriptionUsageDurationObject | TranscriptionUsageTokensObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = TranscriptionUsageDurationObject.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_1 = TranscriptionUsageTokensObject.from_dict(data)

                return usage_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranscriptionUsageDurationObject | TranscriptionUsageTokensObject | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        transcription_response = cls(
            languages=languages,
            text=text,
            usage=usage,
        )

        transcription_response.additional_properties = d
        return transcription_response

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
