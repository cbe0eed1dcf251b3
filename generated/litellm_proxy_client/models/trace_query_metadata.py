from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.trace_query_metadata_table import TraceQueryMetadataTable
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trace_query_metadata_field import TraceQueryMetadataField


T = TypeVar("T", bound="TraceQueryMetadata")


@_attrs_define
class TraceQueryMetadata:
    """
    Attributes:
        column (str):
        fields (list[TraceQueryMetadataField]):
        invalid_json_rows (int):
        sample_sql (str):
        sampled_rows (int):
        scope (str):
        table (TraceQueryMetadataTable):
        truncated (bool):
        error (None | str | Unset):
    """

    column: str
    fields: list[TraceQueryMetadataField]
    invalid_json_rows: int
    sample_sql: str
    sampled_rows: int
    scope: str
    table: TraceQueryMetadataTable
    truncated: bool
    error: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        fields = []
        for fields_item_data in self.fields:
            fields_item = fields_item_data.to_dict()
            fields.append(fields_item)

        invalid_json_rows = self.invalid_json_rows

        sample_sql = self.sample_sql

        sampled_rows = self.sampled_rows

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
                "fields": fields,
                "invalid_json_rows": invalid_json_rows,
                "sample_sql": sample_sql,
                "sampled_rows": sampled_rows,
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
        from ..models.trace_query_metadata_field import TraceQueryMetadataField  # noqa: PLC0415

        d = dict(src_dict)
        column = d.pop("column")

        fields = []
        _fields = d.pop("fields")
        for fields_item_data in _fields:
            fields_item = TraceQueryMetadataField.from_dict(fields_item_data)

            fields.append(fields_item)

        invalid_json_rows = d.pop("invalid_json_rows")

        sample_sql = d.pop("sample_sql")

        sampled_rows = d.pop("sampled_rows")

        scope = d.pop("scope")

        table = TraceQueryMetadataTable(d.pop("table"))

        truncated = d.pop("truncated")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        trace_query_metadata = cls(
            column=column,
            fields=fields,
            invalid_json_rows=invalid_json_rows,
            sample_sql=sample_sql,
            sampled_rows=sampled_rows,
            scope=scope,
            table=table,
            truncated=truncated,
            error=error,
        )

        return trace_query_metadata
