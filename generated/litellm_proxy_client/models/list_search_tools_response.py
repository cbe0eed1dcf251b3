from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_tool_info_response import SearchToolInfoResponse


T = TypeVar("T", bound="ListSearchToolsResponse")


@_attrs_define
class ListSearchToolsResponse:
    """Response model for listing search tools.

    Attributes:
        search_tools (list[SearchToolInfoResponse]):
    """

    search_tools: list[SearchToolInfoResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        search_tools = []
        for search_tools_item_data in self.search_tools:
            search_tools_item = search_tools_item_data.to_dict()
            search_tools.append(search_tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search_tools": search_tools,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_tool_info_response import SearchToolInfoResponse  # noqa: PLC0415

        d = dict(src_dict)
        search_tools = []
        _search_tools = d.pop("search_tools")
        for search_tools_item_data in _search_tools:
            search_tools_item = SearchToolInfoResponse.from_dict(search_tools_item_data)

            search_tools.append(search_tools_item)

        list_search_tools_response = cls(
            search_tools=search_tools,
        )

        list_search_tools_response.additional_properties = d
        return list_search_tools_response

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
