from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractionUsage")


@_attrs_define
class ExtractionUsage:
    """
    Attributes:
        input_tokens (int):
        output_tokens (int):
        image_tokens (int | None | Unset):
        passes (int | None | Unset):
        schema_tokens (int | None | Unset):
        state_tokens (int | None | Unset):
    """

    input_tokens: int
    output_tokens: int
    image_tokens: int | None | Unset = UNSET
    passes: int | None | Unset = UNSET
    schema_tokens: int | None | Unset = UNSET
    state_tokens: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        image_tokens: int | None | Unset
        if isinstance(self.image_tokens, Unset):
            image_tokens = UNSET
        else:
            image_tokens = self.image_tokens

        passes: int | None | Unset
        if isinstance(self.passes, Unset):
            passes = UNSET
        else:
            passes = self.passes

        schema_tokens: int | None | Unset
        if isinstance(self.schema_tokens, Unset):
            schema_tokens = UNSET
        else:
            schema_tokens = self.schema_tokens

        state_tokens: int | None | Unset
        if isinstance(self.state_tokens, Unset):
            state_tokens = UNSET
        else:
            state_tokens = self.state_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
            }
        )
        if image_tokens is not UNSET:
            field_dict["image_tokens"] = image_tokens
        if passes is not UNSET:
            field_dict["passes"] = passes
        if schema_tokens is not UNSET:
            field_dict["schema_tokens"] = schema_tokens
        if state_tokens is not UNSET:
            field_dict["state_tokens"] = state_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        def _parse_image_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        image_tokens = _parse_image_tokens(d.pop("image_tokens", UNSET))

        def _parse_passes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        passes = _parse_passes(d.pop("passes", UNSET))

        def _parse_schema_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        schema_tokens = _parse_schema_tokens(d.pop("schema_tokens", UNSET))

        def _parse_state_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        state_tokens = _parse_state_tokens(d.pop("state_tokens", UNSET))

        extraction_usage = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            image_tokens=image_tokens,
            passes=passes,
            schema_tokens=schema_tokens,
            state_tokens=state_tokens,
        )

        extraction_usage.additional_properties = d
        return extraction_usage

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
