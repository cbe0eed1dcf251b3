from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.openai_types_responses_response_configuration_update_item_text import (
        OpenaiTypesResponsesResponseConfigurationUpdateItemText,
    )
    from ..models.reasoning import Reasoning


T = TypeVar("T", bound="ResponseConfigurationUpdateItem")


@_attrs_define
class ResponseConfigurationUpdateItem:
    """A configuration update for subsequent responses.

    Each setting stays in effect
    until a later update replaces that setting.

        Attributes:
            id (str):
            type_ (Literal['configuration_update']):
            reasoning (None | Reasoning | Unset):
            text (None | OpenaiTypesResponsesResponseConfigurationUpdateItemText | Unset):
    """

    id: str
    type_: Literal["configuration_update"]
    reasoning: None | Reasoning | Unset = UNSET
    text: None | OpenaiTypesResponsesResponseConfigurationUpdateItemText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.openai_types_responses_response_configuration_update_item_text import (
            OpenaiTypesResponsesResponseConfigurationUpdateItemText,  # noqa: PLC0415
        )
        from ..models.reasoning import Reasoning  # noqa: PLC0415

        id = self.id

        type_ = self.type_

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, Reasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, OpenaiTypesResponsesResponseConfigurationUpdateItemText):
            text = self.text.to_dict()
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.openai_types_responses_response_configuration_update_item_text import (
            OpenaiTypesResponsesResponseConfigurationUpdateItemText,  # noqa: PLC0415
        )
        from ..models.reasoning import Reasoning  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["configuration_update"], d.pop("type"))
        if type_ != "configuration_update":
            raise ValueError(f"type must match const 'configuration_update', got '{type_}'")

        def _parse_reasoning(data: object) -> None | Reasoning | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reasoning_type_0 = Reasoning.from_dict(data)

                return reasoning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Reasoning | Unset, data)

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        def _parse_text(data: object) -> None | OpenaiTypesResponsesResponseConfigurationUpdateItemText | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                text_type_0 = OpenaiTypesResponsesResponseConfigurationUpdateItemText.from_dict(data)

                return text_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTypesResponsesResponseConfigurationUpdateItemText | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        response_configuration_update_item = cls(
            id=id,
            type_=type_,
            reasoning=reasoning,
            text=text,
        )

        response_configuration_update_item.additional_properties = d
        return response_configuration_update_item

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
