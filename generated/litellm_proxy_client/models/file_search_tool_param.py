from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.comparison_filter import ComparisonFilter
    from ..models.compound_filter import CompoundFilter
    from ..models.ranking_options import RankingOptions


T = TypeVar("T", bound="FileSearchToolParam")


@_attrs_define
class FileSearchToolParam:
    """A tool that searches for relevant content from uploaded files.

    Learn more about the [file search tool](https://developers.openai.com/api/docs/guides/tools-file-search).

        Attributes:
            type_ (Literal['file_search']):
            vector_store_ids (list[str]):
            filters (ComparisonFilter | CompoundFilter | None | Unset):
            max_num_results (int | Unset):
            ranking_options (RankingOptions | Unset): Ranking options for search.
    """

    type_: Literal["file_search"]
    vector_store_ids: list[str]
    filters: ComparisonFilter | CompoundFilter | None | Unset = UNSET
    max_num_results: int | Unset = UNSET
    ranking_options: RankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415
        from ..models.compound_filter import CompoundFilter  # noqa: PLC0415

        type_ = self.type_

        vector_store_ids = self.vector_store_ids

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, ComparisonFilter):
            filters = self.filters.to_dict()
        elif isinstance(self.filters, CompoundFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "vector_store_ids": vector_store_ids,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415
        from ..models.compound_filter import CompoundFilter  # noqa: PLC0415
        from ..models.ranking_options import RankingOptions  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["file_search"], d.pop("type"))
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        vector_store_ids = cast(list[str], d.pop("vector_store_ids"))

        def _parse_filters(data: object) -> ComparisonFilter | CompoundFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = ComparisonFilter.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_1 = CompoundFilter.from_dict(data)

                return filters_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComparisonFilter | CompoundFilter | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        max_num_results = d.pop("max_num_results", UNSET)

        _ranking_options = d.pop("ranking_options", UNSET)
        ranking_options: RankingOptions | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = RankingOptions.from_dict(_ranking_options)

        file_search_tool_param = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            filters=filters,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )

        file_search_tool_param.additional_properties = d
        return file_search_tool_param

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
