from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CacheTokenBuckets")


@_attrs_define
class CacheTokenBuckets:
    """
    Attributes:
        cache_creation_1h_input_tokens (int | Unset):  Default: 0.
        cache_creation_5m_input_tokens (int | Unset):  Default: 0.
        cache_read_input_tokens (int | Unset):  Default: 0.
        uncached_input_tokens (int | Unset):  Default: 0.
    """

    cache_creation_1h_input_tokens: int | Unset = 0
    cache_creation_5m_input_tokens: int | Unset = 0
    cache_read_input_tokens: int | Unset = 0
    uncached_input_tokens: int | Unset = 0

    def to_dict(self) -> dict[str, Any]:
        cache_creation_1h_input_tokens = self.cache_creation_1h_input_tokens

        cache_creation_5m_input_tokens = self.cache_creation_5m_input_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        uncached_input_tokens = self.uncached_input_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cache_creation_1h_input_tokens is not UNSET:
            field_dict["cache_creation_1h_input_tokens"] = cache_creation_1h_input_tokens
        if cache_creation_5m_input_tokens is not UNSET:
            field_dict["cache_creation_5m_input_tokens"] = cache_creation_5m_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if uncached_input_tokens is not UNSET:
            field_dict["uncached_input_tokens"] = uncached_input_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_creation_1h_input_tokens = d.pop("cache_creation_1h_input_tokens", UNSET)

        cache_creation_5m_input_tokens = d.pop("cache_creation_5m_input_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        uncached_input_tokens = d.pop("uncached_input_tokens", UNSET)

        cache_token_buckets = cls(
            cache_creation_1h_input_tokens=cache_creation_1h_input_tokens,
            cache_creation_5m_input_tokens=cache_creation_5m_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            uncached_input_tokens=uncached_input_tokens,
        )

        return cache_token_buckets
