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


T = TypeVar("T", bound="FileSearchTool")


@_attrs_define
class FileSearchTool:
    """A tool that searches for relevant content from uploaded files.

    Learn more about the [file search tool](https://developers.openai.com/api/docs/guides/tools-file-search).

        Attributes:
            type_ (Literal['file_search']):
            vector_store_ids (list[str]):
            filters (ComparisonFilter | CompoundFilter | None | Unset):
            max_num_results (int | None | Unset):
            ranking_options (None | RankingOptions | Unset):
    """

    type_: Literal["file_search"]
    vector_store_ids: list[str]
    filters: ComparisonFilter | CompoundFilter | None | Unset = UNSET
    max_num_results: int | None | Unset = UNSET
    ranking_options: None | RankingOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.comparison_filter import ComparisonFilter  # noqa: PLC0415
        from ..models.compound_filter import CompoundFilter  # noqa: PLC0415
        from ..models.ranking_options import RankingOptions  # noqa: PLC0415

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

        max_num_results: int | None | Unset
        if isinstance(self.max_num_results, Unset):
            max_num_results = UNSET
        else:
            max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | None | Unset
        if isinstance(self.ranking_options, Unset):
            ranking_options = UNSET
        elif isinstance(self.ranking_options, RankingOptions):
            ranking_options = self.ranking_options.to_dict()
        else:
            ranking_options = self.ranking_options

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

        def _parse_max_num_results(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_num_results = _parse_max_num_results(d.pop("max_num_results", UNSET))

        def _parse_ranking_options(data: object) -> None | RankingOptions | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ranking_options_type_0 = RankingOptions.from_dict(data)

                return ranking_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RankingOptions | Unset, data)

        ranking_options = _parse_ranking_options(d.pop("ranking_options", UNSET))

        file_search_tool = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            filters=filters,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )

        file_search_tool.additional_properties = d
        return file_search_tool

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
