from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.trace_query_metadata_field_types_item import TraceQueryMetadataFieldTypesItem

T = TypeVar("T", bound="TraceQueryMetadataField")


@_attrs_define
class TraceQueryMetadataField:
    """
    Attributes:
        expression (str):
        path (list[int | str]):
        types (list[TraceQueryMetadataFieldTypesItem]):
    """

    expression: str
    path: list[int | str]
    types: list[TraceQueryMetadataFieldTypesItem]

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        path = []
        for path_item_data in self.path:
            path_item: int | str
            path_item = path_item_data
            path.append(path_item)

        types = []
        for types_item_data in self.types:
            types_item = types_item_data.value
            types.append(types_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expression": expression,
                "path": path,
                "types": types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expression = d.pop("expression")

        path = []
        _path = d.pop("path")
        for path_item_data in _path:

            def _parse_path_item(data: object) -> int | str:
                return cast(int | str, data)

            path_item = _parse_path_item(path_item_data)

            path.append(path_item)

        types = []
        _types = d.pop("types")
        for types_item_data in _types:
            types_item = TraceQueryMetadataFieldTypesItem(types_item_data)

            types.append(types_item)

        trace_query_metadata_field = cls(
            expression=expression,
            path=path,
            types=types,
        )

        return trace_query_metadata_field
