from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.trace_query_attributes_table import TraceQueryAttributesTable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trace_query_attribute_field import TraceQueryAttributeField


T = TypeVar("T", bound="TraceQueryAttributes")


@_attrs_define
class TraceQueryAttributes:
    """
    Attributes:
        column (str):
        discovery_sql (str):
        fields (list[TraceQueryAttributeField]):
        scope (str):
        table (TraceQueryAttributesTable):
        truncated (bool):
        error (None | str | Unset):
    """

    column: str
    discovery_sql: str
    fields: list[TraceQueryAttributeField]
    scope: str
    table: TraceQueryAttributesTable
    truncated: bool
    error: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        discovery_sql = self.discovery_sql

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        scope = self.scope

        table = self.table.value

        truncated = self.truncated

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "column": column,
                "discovery_sql": discovery_sql,
                "fields": fields,
                "scope": scope,
                "table": table,
                "truncated": truncated,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_query_attribute_field import TraceQueryAttributeField  # noqa: PLC0415

        d = dict(src_dict)
        column = d.pop("column")

        discovery_sql = d.pop("discovery_sql")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = TraceQueryAttributeField.from_dict(fields_item_data)

            fields.append(fields_item)

        scope = d.pop("scope")

        table = TraceQueryAttributesTable(d.pop("table"))

        truncated = d.pop("truncated")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        trace_query_attributes = cls(
            column=column,
            discovery_sql=discovery_sql,
            fields=fields,
            scope=scope,
            table=table,
            truncated=truncated,
            error=error,
        )

        return trace_query_attributes
