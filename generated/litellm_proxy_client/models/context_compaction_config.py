from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContextCompactionConfig")


@_attrs_define
class ContextCompactionConfig:
    """
    Attributes:
        max_tokens (int | Unset):  Default: 4096.
        model (None | str | Unset):
        timeout_seconds (float | Unset):  Default: 120.0.
        trigger_ratio (float | Unset):  Default: 0.9.
    """

    max_tokens: int | Unset = 4096
    model: None | str | Unset = UNSET
    timeout_seconds: float | Unset = 120.0
    trigger_ratio: float | Unset = 0.9

    def to_dict(self) -> dict[str, Any]:
        max_tokens = self.max_tokens

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        timeout_seconds = self.timeout_seconds

        trigger_ratio = self.trigger_ratio

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if model is not UNSET:
            field_dict["model"] = model
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if trigger_ratio is not UNSET:
            field_dict["trigger_ratio"] = trigger_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_tokens = d.pop("max_tokens", UNSET)

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        trigger_ratio = d.pop("trigger_ratio", UNSET)

        context_compaction_config = cls(
            max_tokens=max_tokens,
            model=model,
            timeout_seconds=timeout_seconds,
            trigger_ratio=trigger_ratio,
        )

        return context_compaction_config
