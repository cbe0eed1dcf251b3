from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.openai_types_responses_response_configuration_update_item_param_param_reasoning import (
        OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning,
    )
    from ..models.openai_types_responses_response_configuration_update_item_param_param_text import (
        OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText,
    )


T = TypeVar("T", bound="ResponseConfigurationUpdateItemParamParam")


@_attrs_define
class ResponseConfigurationUpdateItemParamParam:
    """An update to the conversation's response configuration.

    Supply reasoning,
    text, or both. Each setting stays in effect until a later update replaces it.

        Attributes:
            type_ (Literal['configuration_update']):
            id (None | str | Unset):
            reasoning (OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning | Unset): Updates to reasoning
                configuration. Only effort is supported.
            text (OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText | Unset): The text output configuration
                for subsequent responses.
    """

    type_: Literal["configuration_update"]
    id: None | str | Unset = UNSET
    reasoning: OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning | Unset = UNSET
    text: OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reasoning: dict[str, Any] | Unset = UNSET
        if not isinstance(self.reasoning, Unset):
            reasoning = self.reasoning.to_dict()

        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.openai_types_responses_response_configuration_update_item_param_param_reasoning import (
            OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning,  # noqa: PLC0415
        )
        from ..models.openai_types_responses_response_configuration_update_item_param_param_text import (
            OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["configuration_update"], d.pop("type"))
        if type_ != "configuration_update":
            raise ValueError(f"type must match const 'configuration_update', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        _reasoning = d.pop("reasoning", UNSET)
        reasoning: OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning | Unset
        if isinstance(_reasoning, Unset):
            reasoning = UNSET
        else:
            reasoning = OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamReasoning.from_dict(_reasoning)

        _text = d.pop("text", UNSET)
        text: OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText.from_dict(_text)

        response_configuration_update_item_param_param = cls(
            type_=type_,
            id=id,
            reasoning=reasoning,
            text=text,
        )

        response_configuration_update_item_param_param.additional_properties = d
        return response_configuration_update_item_param_param

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
