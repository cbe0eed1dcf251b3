from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.trace_query_normalized_field_table import TraceQueryNormalizedFieldTable

T = TypeVar("T", bound="TraceQueryNormalizedField")


@_attrs_define
class TraceQueryNormalizedField:
    """
    Attributes:
        column (str):
        meaning (str):
        name (str):
        table (TraceQueryNormalizedFieldTable):
        type_ (str):
    """

    column: str
    meaning: str
    name: str
    table: TraceQueryNormalizedFieldTable
    type_: str

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        meaning = self.meaning

        name = self.name

        table = self.table.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "column": column,
                "meaning": meaning,
                "name": name,
                "table": table,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        column = d.pop("column")

        meaning = d.pop("meaning")

        name = d.pop("name")

        table = TraceQueryNormalizedFieldTable(d.pop("table"))

        type_ = d.pop("type")

        trace_query_normalized_field = cls(
            column=column,
            meaning=meaning,
            name=name,
            table=table,
            type_=type_,
        )

        return trace_query_normalized_field
