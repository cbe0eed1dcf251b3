from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cache_write_tokens_details import CacheWriteTokensDetails
    from ..models.cached_tokens_details import CachedTokensDetails


T = TypeVar("T", bound="InputTokensDetails")


@_attrs_define
class InputTokensDetails:
    """
    Attributes:
        audio_tokens (int | None | Unset):
        cache_write_tokens (int | None | Unset):
        cache_write_tokens_details (CacheWriteTokensDetails | None | Unset):
        cached_tokens (int | Unset):  Default: 0.
        cached_tokens_details (CachedTokensDetails | None | Unset):
        image_tokens (int | None | Unset):
        text_tokens (int | None | Unset):
        video_tokens (int | None | Unset):
    """

    audio_tokens: int | None | Unset = UNSET
    cache_write_tokens: int | None | Unset = UNSET
    cache_write_tokens_details: CacheWriteTokensDetails | None | Unset = UNSET
    cached_tokens: int | Unset = 0
    cached_tokens_details: CachedTokensDetails | None | Unset = UNSET
    image_tokens: int | None | Unset = UNSET
    text_tokens: int | None | Unset = UNSET
    video_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cache_write_tokens_details import CacheWriteTokensDetails  # noqa: PLC0415
        from ..models.cached_tokens_details import CachedTokensDetails  # noqa: PLC0415

        audio_tokens: int | None | Unset
        if isinstance(self.audio_tokens, Unset):
            audio_tokens = UNSET
        else:
            audio_tokens = self.audio_tokens

        cache_write_tokens: int | None | Unset
        if isinstance(self.cache_write_tokens, Unset):
            cache_write_tokens = UNSET
        else:
            cache_write_tokens = self.cache_write_tokens

        cache_write_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.cache_write_tokens_details, Unset):
            cache_write_tokens_details = UNSET
        elif isinstance(self.cache_write_tokens_details, CacheWriteTokensDetails):
            cache_write_tokens_details = self.cache_write_tokens_details.to_dict()
        else:
            cache_write_tokens_details = self.cache_write_tokens_details

        cached_tokens = self.cached_tokens

        cached_tokens_details: dict[str, Any] | None | Unset
        if isinstance(self.cached_tokens_details, Unset):
            cached_tokens_details = UNSET
        elif isinstance(self.cached_tokens_details, CachedTokensDetails):
            cached_tokens_details = self.cached_tokens_details.to_dict()
        else:
            cached_tokens_details = self.cached_tokens_details

        image_tokens: int | None | Unset
        if isinstance(self.image_tokens, Unset):
            image_tokens = UNSET
        else:
            image_tokens = self.image_tokens

        text_tokens: int | None | Unset
        if isinstance(self.text_tokens, Unset):
            text_tokens = UNSET
        else:
            text_tokens = self.text_tokens

        video_tokens: int | None | Unset
        if isinstance(self.video_tokens, Unset):
            video_tokens = UNSET
        else:
            video_tokens = self.video_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens
        if cache_write_tokens is not UNSET:
            field_dict["cache_write_tokens"] = cache_write_tokens
        if cache_write_tokens_details is not UNSET:
            field_dict["cache_write_tokens_details"] = cache_write_tokens_details
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if cached_tokens_details is not UNSET:
            field_dict["cached_tokens_details"] = cached_tokens_details
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if text_tokens is not UNSET:
            field_dict["text_tokens"] = text_tokens
        if video_tokens is not UNSET:
            field_dict["video_tokens"] = video_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cache_write_tokens_details import CacheWriteTokensDetails  # noqa: PLC0415
        from ..models.cached_tokens_details import CachedTokensDetails  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_audio_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_tokens = _parse_audio_tokens(d.pop("audio_tokens", UNSET))

        def _parse_cache_write_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cache_write_tokens = _parse_cache_write_tokens(d.pop("cache_write_tokens", UNSET))

        def _parse_cache_write_tokens_details(data: object) -> CacheWriteTokensDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cache_write_tokens_details_type_0 = CacheWriteTokensDetails.from_dict(data)

                return cache_write_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CacheWriteTokensDetails | None | Unset, data)

        cache_write_tokens_details = _parse_cache_write_tokens_details(d.pop("cache_write_tokens_details", UNSET))

        cached_tokens = d.pop("cached_tokens", UNSET)

        def _parse_cached_tokens_details(data: object) -> CachedTokensDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cached_tokens_details_type_0 = CachedTokensDetails.from_dict(data)

                return cached_tokens_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CachedTokensDetails | None | Unset, data)

        cached_tokens_details = _parse_cached_tokens_details(d.pop("cached_tokens_details", UNSET))

        def _parse_image_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        image_tokens = _parse_image_tokens(d.pop("image_tokens", UNSET))

        def _parse_text_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        text_tokens = _parse_text_tokens(d.pop("text_tokens", UNSET))

        def _parse_video_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        video_tokens = _parse_video_tokens(d.pop("video_tokens", UNSET))

        input_tokens_details = cls(
            audio_tokens=audio_tokens,
            cache_write_tokens=cache_write_tokens,
            cache_write_tokens_details=cache_write_tokens_details,
            cached_tokens=cached_tokens,
            cached_tokens_details=cached_tokens_details,
            image_tokens=image_tokens,
            text_tokens=text_tokens,
            video_tokens=video_tokens,
        )

        input_tokens_details.additional_properties = d
        return input_tokens_details

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
