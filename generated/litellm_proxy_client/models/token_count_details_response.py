from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_count_details_response_litellm_count_source import TokenCountDetailsResponseLitellmCountSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_tokens_details import PromptTokensDetails


T = TypeVar("T", bound="TokenCountDetailsResponse")


@_attrs_define
class TokenCountDetailsResponse:
    """Response structure for token count details with modality breakdown.

    Example:
        {'totalTokens': 12, 'promptTokensDetails': [{'modality': 'TEXT', 'tokenCount': 12}],
         'litellm_count_source': 'provider'}

        Attributes:
            prompt_tokens_details (list[PromptTokensDetails]):
            total_tokens (int):
            litellm_count_model (str | Unset):
            litellm_count_source (TokenCountDetailsResponseLitellmCountSource | Unset):
    """

    prompt_tokens_details: list[PromptTokensDetails]
    total_tokens: int
    litellm_count_model: str | Unset = UNSET
    litellm_count_source: TokenCountDetailsResponseLitellmCountSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens_details = []
        for prompt_tokens_details_item_data in self.prompt_tokens_details:
            prompt_tokens_details_item = prompt_tokens_details_item_data.to_dict()
            prompt_tokens_details.append(prompt_tokens_details_item)

        total_tokens = self.total_tokens

        litellm_count_model = self.litellm_count_model

        litellm_count_source: str | Unset = UNSET
        if not isinstance(self.litellm_count_source, Unset):
            litellm_count_source = self.litellm_count_source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promptTokensDetails": prompt_tokens_details,
                "totalTokens": total_tokens,
            }
        )
        if litellm_count_model is not UNSET:
            field_dict["litellm_count_model"] = litellm_count_model
        if litellm_count_source is not UNSET:
            field_dict["litellm_count_source"] = litellm_count_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prompt_tokens_details import PromptTokensDetails  # noqa: PLC0415

        d = dict(src_dict)
        prompt_tokens_details = []
        _prompt_tokens_details = d.pop("promptTokensDetails")
        for prompt_tokens_details_item_data in _prompt_tokens_details:
            prompt_tokens_details_item = PromptTokensDetails.from_dict(prompt_tokens_details_item_data)

            prompt_tokens_details.append(prompt_tokens_details_item)

        total_tokens = d.pop("totalTokens")

        litellm_count_model = d.pop("litellm_count_model", UNSET)

        _litellm_count_source = d.pop("litellm_count_source", UNSET)
        litellm_count_source: TokenCountDetailsResponseLitellmCountSource | Unset
        if isinstance(_litellm_count_source, Unset):
            litellm_count_source = UNSET
        else:
            litellm_count_source = TokenCountDetailsResponseLitellmCountSource(_litellm_count_source)

        token_count_details_response = cls(
            prompt_tokens_details=prompt_tokens_details,
            total_tokens=total_tokens,
            litellm_count_model=litellm_count_model,
            litellm_count_source=litellm_count_source,
        )

        token_count_details_response.additional_properties = d
        return token_count_details_response

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
