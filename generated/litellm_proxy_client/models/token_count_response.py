from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_count_response_count_source_type_0 import TokenCountResponseCountSourceType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.token_count_response_original_response_type_0 import TokenCountResponseOriginalResponseType0


T = TypeVar("T", bound="TokenCountResponse")


@_attrs_define
class TokenCountResponse:
    """
    Attributes:
        model_used (str):
        request_model (str):
        tokenizer_type (str):
        total_tokens (int):
        count_source (None | TokenCountResponseCountSourceType0 | Unset):
        error (bool | Unset):  Default: False.
        error_message (None | str | Unset):
        original_response (None | TokenCountResponseOriginalResponseType0 | Unset):
        status_code (int | None | Unset):
    """

    model_used: str
    request_model: str
    tokenizer_type: str
    total_tokens: int
    count_source: None | TokenCountResponseCountSourceType0 | Unset = UNSET
    error: bool | Unset = False
    error_message: None | str | Unset = UNSET
    original_response: None | TokenCountResponseOriginalResponseType0 | Unset = UNSET
    status_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.token_count_response_original_response_type_0 import TokenCountResponseOriginalResponseType0  # noqa: PLC0415

        model_used = self.model_used

        request_model = self.request_model

        tokenizer_type = self.tokenizer_type

        total_tokens = self.total_tokens

        count_source: None | str | Unset
        if isinstance(self.count_source, Unset):
            count_source = UNSET
        elif isinstance(self.count_source, TokenCountResponseCountSourceType0):
            count_source = self.count_source.value
        else:
            count_source = self.count_source

        error = self.error

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        original_response: dict[str, Any] | None | Unset
        if isinstance(self.original_response, Unset):
            original_response = UNSET
        elif isinstance(self.original_response, TokenCountResponseOriginalResponseType0):
            original_response = self.original_response.to_dict()
        else:
            original_response = self.original_response

        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_used": model_used,
                "request_model": request_model,
                "tokenizer_type": tokenizer_type,
                "total_tokens": total_tokens,
            }
        )
        if count_source is not UNSET:
            field_dict["count_source"] = count_source
        if error is not UNSET:
            field_dict["error"] = error
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if original_response is not UNSET:
            field_dict["original_response"] = original_response
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.token_count_response_original_response_type_0 import TokenCountResponseOriginalResponseType0  # noqa: PLC0415

        d = dict(src_dict)
        model_used = d.pop("model_used")

        request_model = d.pop("request_model")

        tokenizer_type = d.pop("tokenizer_type")

        total_tokens = d.pop("total_tokens")

        def _parse_count_source(data: object) -> None | TokenCountResponseCountSourceType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                count_source_type_0 = TokenCountResponseCountSourceType0(data)

                return count_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenCountResponseCountSourceType0 | Unset, data)

        count_source = _parse_count_source(d.pop("count_source", UNSET))

        error = d.pop("error", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_original_response(data: object) -> None | TokenCountResponseOriginalResponseType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                original_response_type_0 = TokenCountResponseOriginalResponseType0.from_dict(data)

                return original_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenCountResponseOriginalResponseType0 | Unset, data)

        original_response = _parse_original_response(d.pop("original_response", UNSET))

        def _parse_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        status_code = _parse_status_code(d.pop("status_code", UNSET))

        token_count_response = cls(
            model_used=model_used,
            request_model=request_model,
            tokenizer_type=tokenizer_type,
            total_tokens=total_tokens,
            count_source=count_source,
            error=error,
            error_message=error_message,
            original_response=original_response,
            status_code=status_code,
        )

        token_count_response.additional_properties = d
        return token_count_response

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
