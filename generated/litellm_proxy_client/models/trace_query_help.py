from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.trace_query_attributes import TraceQueryAttributes
    from ..models.trace_query_example import TraceQueryExample
    from ..models.trace_query_metadata import TraceQueryMetadata
    from ..models.trace_query_normalized_field import TraceQueryNormalizedField
    from ..models.trace_query_relationship import TraceQueryRelationship
    from ..models.trace_query_table import TraceQueryTable


T = TypeVar("T", bound="TraceQueryHelp")


@_attrs_define
class TraceQueryHelp:
    """
    Attributes:
        access (str):
        attributes (list[TraceQueryAttributes]):
        dialect (str):
        examples (list[TraceQueryExample]):
        gotchas (list[str]):
        guide (str):
        metadata (TraceQueryMetadata):
        normalized_fields (list[TraceQueryNormalizedField]):
        relationships (list[TraceQueryRelationship]):
        response (str):
        tables (list[TraceQueryTable]):
    """

    access: str
    attributes: list[TraceQueryAttributes]
    dialect: str
    examples: list[TraceQueryExample]
    gotchas: list[str]
    guide: str
    metadata: TraceQueryMetadata
    normalized_fields: list[TraceQueryNormalizedField]
    relationships: list[TraceQueryRelationship]
    response: str
    tables: list[TraceQueryTable]

    def to_dict(self) -> dict[str, Any]:
        access = self.access

        attributes = []
        for attributes_item_data in self.attributes:
            attributes_item = attributes_item_data.to_dict()
            attributes.append(attributes_item)

        dialect = self.dialect

        examples = []
        for examples_item_data in self.examples:
            examples_item = examples_item_data.to_dict()
            examples.append(examples_item)

        gotchas = self.gotchas

        guide = self.guide

        metadata = self.metadata.to_dict()

        normalized_fields = []
        for normalized_fields_item_data in self.normalized_fields:
            normalized_fields_item = normalized_fields_item_data.to_dict()
            normalized_fields.append(normalized_fields_item)

        relationships = []
        for relationships_item_data in self.relationships:
            relationships_item = relationships_item_data.to_dict()
            relationships.append(relationships_item)

        response = self.response

        tables = []
        for tables_item_data in self.tables:
            tables_item = tables_item_data.to_dict()
            tables.append(tables_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "access": access,
                "attributes": attributes,
                "dialect": dialect,
                "examples": examples,
                "gotchas": gotchas,
                "guide": guide,
                "metadata": metadata,
                "normalized_fields": normalized_fields,
                "relationships": relationships,
                "response": response,
                "tables": tables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_query_attributes import TraceQueryAttributes  # noqa: PLC0415
        from ..models.trace_query_example import TraceQueryExample  # noqa: PLC0415
        from ..models.trace_query_metadata import TraceQueryMetadata  # noqa: PLC0415
        from ..models.trace_query_normalized_field import TraceQueryNormalizedField  # noqa: PLC0415
        from ..models.trace_query_relationship import TraceQueryRelationship  # noqa: PLC0415
        from ..models.trace_query_table import TraceQueryTable  # noqa: PLC0415

        d = dict(src_dict)
        access = d.pop("access")

        attributes = []
        _attributes = d.pop("attributes")
        for attributes_item_data in _attributes:
            attributes_item = TraceQueryAttributes.from_dict(attributes_item_data)

            attributes.append(attributes_item)

        dialect = d.pop("dialect")

        examples = []
        _examples = d.pop("examples")
        for examples_item_data in _examples:
            examples_item = TraceQueryExample.from_dict(examples_item_data)

            examples.append(examples_item)

        gotchas = cast(list[str], d.pop("gotchas"))

        guide = d.pop("guide")

        metadata = TraceQueryMetadata.from_dict(d.pop("metadata"))

        normalized_fields = []
        _normalized_fields = d.pop("normalized_fields")
        for normalized_fields_item_data in _normalized_fields:
            normalized_fields_item = TraceQueryNormalizedField.from_dict(normalized_fields_item_data)

            normalized_fields.append(normalized_fields_item)

        relationships = []
        _relationships = d.pop("relationships")
        for relationships_item_data in _relationships:
            relationships_item = TraceQueryRelationship.from_dict(relationships_item_data)

            relationships.append(relationships_item)

        response = d.pop("response")

        tables = []
        _tables = d.pop("tables")
        for tables_item_data in _tables:
            tables_item = TraceQueryTable.from_dict(tables_item_data)

            tables.append(tables_item)

        trace_query_help = cls(
            access=access,
            attributes=attributes,
            dialect=dialect,
            examples=examples,
            gotchas=gotchas,
            guide=guide,
            metadata=metadata,
            normalized_fields=normalized_fields,
            relationships=relationships,
            response=response,
            tables=tables,
        )

        return trace_query_help
