from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compound_filter_type import CompoundFilterType

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter


T = TypeVar("T", bound="CompoundFilter")


@_attrs_define
class CompoundFilter:
    """Combine multiple filters using `and` or `or`.

    Attributes:
        filters (list[Any | ComparisonFilter]):
        type_ (CompoundFilterType):
    """

    filters: list[Any | ComparisonFilter]
    type_: CompoundFilterType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415

        filters = []
        for filters_item_data in self.filters:
            filters_item: Any | dict[str, Any]
            if isinstance(filters_item_data, ComparisonFilter):
                filters_item = filters_item_data.to_dict()
            else:
                filters_item = filters_item_data
            filters.append(filters_item)

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415

        d = dict(src_dict)
        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:

            def _parse_filters_item(data: object) -> Any | ComparisonFilter:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    filters_item_type_0 = ComparisonFilter.from_dict(data)

                    return filters_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Any | ComparisonFilter, data)

            filters_item = _parse_filters_item(filters_item_data)

            filters.append(filters_item)

        type_ = CompoundFilterType(d.pop("type"))

        compound_filter = cls(
            filters=filters,
            type_=type_,
        )

        compound_filter.additional_properties = d
        return compound_filter

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
