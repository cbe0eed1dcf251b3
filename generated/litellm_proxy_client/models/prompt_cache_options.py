from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.prompt_cache_options_mode import PromptCacheOptionsMode
from ..models.prompt_cache_options_ttl import PromptCacheOptionsTtl
from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptCacheOptions")


@_attrs_define
class PromptCacheOptions:
    """
    Attributes:
        comparison_response_id (str | Unset):
        mode (PromptCacheOptionsMode | Unset):
        ttl (PromptCacheOptionsTtl | Unset):
    """

    comparison_response_id: str | Unset = UNSET
    mode: PromptCacheOptionsMode | Unset = UNSET
    ttl: PromptCacheOptionsTtl | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comparison_response_id = self.comparison_response_id

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        ttl: str | Unset = UNSET
        if not isinstance(self.ttl, Unset):
            ttl = self.ttl.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if comparison_response_id is not UNSET:
            field_dict["comparison_response_id"] = comparison_response_id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if ttl is not UNSET:
            field_dict["ttl"] = ttl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comparison_response_id = d.pop("comparison_response_id", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: PromptCacheOptionsMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = PromptCacheOptionsMode(_mode)

        _ttl = d.pop("ttl", UNSET)
        ttl: PromptCacheOptionsTtl | Unset
        if isinstance(_ttl, Unset):
            ttl = UNSET
        else:
            ttl = PromptCacheOptionsTtl(_ttl)

        prompt_cache_options = cls(
            comparison_response_id=comparison_response_id,
            mode=mode,
            ttl=ttl,
        )

        prompt_cache_options.additional_properties = d
        return prompt_cache_options

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
