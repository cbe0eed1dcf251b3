from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.trace_query_table_name import TraceQueryTableName

if TYPE_CHECKING:
    from ..models.trace_query_column import TraceQueryColumn


T = TypeVar("T", bound="TraceQueryTable")


@_attrs_define
class TraceQueryTable:
    """
    Attributes:
        columns (list[TraceQueryColumn]):
        name (TraceQueryTableName):
    """

    columns: list[TraceQueryColumn]
    name: TraceQueryTableName

    def to_dict(self) -> dict[str, Any]:
        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        name = self.name.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "columns": columns,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_query_column import TraceQueryColumn  # noqa: PLC0415

        d = dict(src_dict)
        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = TraceQueryColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        name = TraceQueryTableName(d.pop("name"))

        trace_query_table = cls(
            columns=columns,
            name=name,
        )

        return trace_query_table
