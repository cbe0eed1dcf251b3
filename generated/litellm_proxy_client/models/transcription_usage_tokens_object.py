from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transcription_usage_input_token_details_object import TranscriptionUsageInputTokenDetailsObject


T = TypeVar("T", bound="TranscriptionUsageTokensObject")


@_attrs_define
class TranscriptionUsageTokensObject:
    """
    Attributes:
        input_tokens (int):
        output_tokens (int):
        total_tokens (int):
        type_ (Literal['tokens']):
        input_token_details (None | TranscriptionUsageInputTokenDetailsObject | Unset):
    """

    input_tokens: int
    output_tokens: int
    total_tokens: int
    type_: Literal["tokens"]
    input_token_details: None | TranscriptionUsageInputTokenDetailsObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.transcription_usage_input_token_details_object import TranscriptionUsageInputTokenDetailsObject  # noqa: PLC0415

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        total_tokens = self.total_tokens

        type_ = self.type_

        input_token_details: dict[str, Any] | None | Unset
        if isinstance(self.input_token_details, Unset):
            input_token_details = UNSET
        elif isinstance(self.input_token_details, TranscriptionUsageInputTokenDetailsObject):
            input_token_details = self.input_token_details.to_dict()
        else:
            input_token_details = self.input_token_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
                "total_tokens": total_tokens,
                "type": type_,
            }
        )
        if input_token_details is not UNSET:
            field_dict["input_token_details"] = input_token_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.transcription_usage_input_token_details_object import TranscriptionUsageInputTokenDetailsObject  # noqa: PLC0415

        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        total_tokens = d.pop("total_tokens")

        type_ = cast(Literal["tokens"], d.pop("type"))
        if type_ != "tokens":
            raise ValueError(f"type must match const 'tokens', got '{type_}'")

        def _parse_input_token_details(data: object) -> None | TranscriptionUsageInputTokenDetailsObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_token_details_type_0 = TranscriptionUsageInputTokenDetailsObject.from_dict(data)

                return input_token_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TranscriptionUsageInputTokenDetailsObject | Unset, data)

        input_token_details = _parse_input_token_details(d.pop("input_token_details", UNSET))

        transcription_usage_tokens_object = cls(
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            total_tokens=total_tokens,
            type_=type_,
            input_token_details=input_token_details,
        )

        transcription_usage_tokens_object.additional_properties = d
        return transcription_usage_tokens_object

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
