from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.guardrail_response_format import GuardrailResponseFormat
from ..models.pii_entity_type import PiiEntityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_guardrail_request_messages_type_0_item import ApplyGuardrailRequestMessagesType0Item
    from ..models.apply_guardrail_request_metadata_type_0 import ApplyGuardrailRequestMetadataType0


T = TypeVar("T", bound="ApplyGuardrailRequest")


@_attrs_define
class ApplyGuardrailRequest:
    """
    Attributes:
        guardrail_name (str):
        text (str):
        entities (list[PiiEntityType] | None | Unset):
        input_type (str | Unset):  Default: 'request'.
        language (None | str | Unset):
        messages (list[ApplyGuardrailRequestMessagesType0Item] | None | Unset):
        metadata (ApplyGuardrailRequestMetadataType0 | None | Unset):
        response_format (GuardrailResponseFormat | Unset):
    """

    guardrail_name: str
    text: str
    entities: list[PiiEntityType] | None | Unset = UNSET
    input_type: str | Unset = "request"
    language: None | str | Unset = UNSET
    messages: list[ApplyGuardrailRequestMessagesType0Item] | None | Unset = UNSET
    metadata: ApplyGuardrailRequestMetadataType0 | None | Unset = UNSET
    response_format: GuardrailResponseFormat | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.apply_guardrail_request_metadata_type_0 import ApplyGuardrailRequestMetadataType0  # noqa: PLC0415

        guardrail_name = self.guardrail_name

        text = self.text

        entities: list[str] | None | Unset
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, list):
            entities = []
            for entities_type_0_item_data in self.entities:
                entities_type_0_item = entities_type_0_item_data.value
                entities.append(entities_type_0_item)

        else:
            entities = self.entities

        input_type = self.input_type

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, list):
            messages = []
            for messages_type_0_item_data in self.messages:
                messages_type_0_item = messages_type_0_item_data.to_dict()
                messages.append(messages_type_0_item)

        else:
            messages = self.messages

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, ApplyGuardrailRequestMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guardrail_name": guardrail_name,
                "text": text,
            }
        )
        if entities is not UNSET:
            field_dict["entities"] = entities
        if input_type is not UNSET:
            field_dict["input_type"] = input_type
        if language is not UNSET:
            field_dict["language"] = language
        if messages is not UNSET:
            field_dict["messages"] = messages
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_guardrail_request_messages_type_0_item import ApplyGuardrailRequestMessagesType0Item  # noqa: PLC0415
        from ..models.apply_guardrail_request_metadata_type_0 import ApplyGuardrailRequestMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        guardrail_name = d.pop("guardrail_name")

        text = d.pop("text")

        def _parse_entities(data: object) -> list[PiiEntityType] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entities_type_0 = []
                _entities_type_0 = data
                for entities_type_0_item_data in _entities_type_0:
                    entities_type_0_item = PiiEntityType(entities_type_0_item_data)

                    entities_type_0.append(entities_type_0_item)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PiiEntityType] | None | Unset, data)

        entities = _parse_entities(d.pop("entities", UNSET))

        input_type = d.pop("input_type", UNSET)

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_messages(data: object) -> list[ApplyGuardrailRequestMessagesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_0 = []
                _messages_type_0 = data
                for messages_type_0_item_data in _messages_type_0:
                    messages_type_0_item = ApplyGuardrailRequestMessagesType0Item.from_dict(messages_type_0_item_data)

                    messages_type_0.append(messages_type_0_item)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ApplyGuardrailRequestMessagesType0Item] | None | Unset, data)

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_metadata(data: object) -> ApplyGuardrailRequestMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ApplyGuardrailRequestMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApplyGuardrailRequestMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _response_format = d.pop("response_format", UNSET)
        response_format: GuardrailResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = GuardrailResponseFormat(_response_format)

        apply_guardrail_request = cls(
            guardrail_name=guardrail_name,
            text=text,
            entities=entities,
            input_type=input_type,
            language=language,
            messages=messages,
            metadata=metadata,
            response_format=response_format,
        )

        apply_guardrail_request.additional_properties = d
        return apply_guardrail_request

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
