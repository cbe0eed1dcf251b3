from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.citations_object import CitationsObject
    from ..models.document_object import DocumentObject


T = TypeVar("T", bound="ChatCompletionDocumentObject")


@_attrs_define
class ChatCompletionDocumentObject:
    """
    Attributes:
        citations (CitationsObject | None):
        context (str):
        source (DocumentObject):
        title (str):
        type_ (Literal['document']):
    """

    citations: CitationsObject | None
    context: str
    source: DocumentObject
    title: str
    type_: Literal["document"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.citations_object import CitationsObject  # noqa: PLC0415

        citations: dict[str, Any] | None
        if isinstance(self.citations, CitationsObject):
            citations = self.citations.to_dict()
        else:
            citations = self.citations

        context = self.context

        source = self.source.to_dict()

        title = self.title

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "citations": citations,
                "context": context,
                "source": source,
                "title": title,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citations_object import CitationsObject  # noqa: PLC0415
        from ..models.document_object import DocumentObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_citations(data: object) -> CitationsObject | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                citations_type_0 = CitationsObject.from_dict(data)

                return citations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CitationsObject | None, data)

        citations = _parse_citations(d.pop("citations"))

        context = d.pop("context")

        source = DocumentObject.from_dict(d.pop("source"))

        title = d.pop("title")

        type_ = cast(Literal["document"], d.pop("type"))
        if type_ != "document":
            raise ValueError(f"type must match const 'document', got '{type_}'")

        chat_completion_document_object = cls(
            citations=citations,
            context=context,
            source=source,
            title=title,
            type_=type_,
        )

        chat_completion_document_object.additional_properties = d
        return chat_completion_document_object

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
