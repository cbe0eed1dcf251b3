from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.trace_sql_response_data_item import TraceSQLResponseDataItem


T = TypeVar("T", bound="TraceSQLResponse")


@_attrs_define
class TraceSQLResponse:
    """
    Attributes:
        data (list[TraceSQLResponseDataItem]):
    """

    data: list[TraceSQLResponseDataItem]

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_sql_response_data_item import TraceSQLResponseDataItem  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = TraceSQLResponseDataItem.from_dict(data_item_data)

            data.append(data_item)

        trace_sql_response = cls(
            data=data,
        )

        return trace_sql_response
