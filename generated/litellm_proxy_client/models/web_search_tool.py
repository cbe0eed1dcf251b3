from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_tool_search_context_size_type_0 import WebSearchToolSearchContextSizeType0
from ..models.web_search_tool_type import WebSearchToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filters import Filters
    from ..models.openai_types_responses_web_search_tool_user_location import (
        OpenaiTypesResponsesWebSearchToolUserLocation,
    )


T = TypeVar("T", bound="WebSearchTool")


@_attrs_define
class WebSearchTool:
    """Search the Internet for sources related to the prompt.

    Learn more about the
    [web search tool](https://developers.openai.com/api/docs/guides/tools-web-search).

        Attributes:
            type_ (WebSearchToolType):
            external_web_access (bool | None | Unset):
            filters (Filters | None | Unset):
            search_context_size (None | Unset | WebSearchToolSearchContextSizeType0):
            user_location (None | OpenaiTypesResponsesWebSearchToolUserLocation | Unset):
    """

    type_: WebSearchToolType
    external_web_access: bool | None | Unset = UNSET
    filters: Filters | None | Unset = UNSET
    search_context_size: None | Unset | WebSearchToolSearchContextSizeType0 = UNSET
    user_location: None | OpenaiTypesResponsesWebSearchToolUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.filters import Filters  # noqa: PLC0415
        from ..models.openai_types_responses_web_search_tool_user_location import (
            OpenaiTypesResponsesWebSearchToolUserLocation,  # noqa: PLC0415
        )

        type_ = self.type_.value

        external_web_access: bool | None | Unset
        if isinstance(self.external_web_access, Unset):
            external_web_access = UNSET
        else:
            external_web_access = self.external_web_access

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, Filters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        search_context_size: None | str | Unset
        if isinstance(self.search_context_size, Unset):
            search_context_size = UNSET
        elif isinstance(self.search_context_size, WebSearchToolSearchContextSizeType0):
            search_context_size = self.search_context_size.value
        else:
            search_context_size = self.search_context_size

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, OpenaiTypesResponsesWebSearchToolUserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if external_web_access is not UNSET:
            field_dict["external_web_access"] = external_web_access
        if filters is not UNSET:
            field_dict["filters"] = filters
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.filters import Filters  # noqa: PLC0415
        from ..models.openai_types_responses_web_search_tool_user_location import (
            OpenaiTypesResponsesWebSearchToolUserLocation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = WebSearchToolType(d.pop("type"))

        def _parse_external_web_access(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        external_web_access = _parse_external_web_access(d.pop("external_web_access", UNSET))

        def _parse_filters(data: object) -> Filters | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = Filters.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Filters | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        def _parse_search_context_size(data: object) -> None | Unset | WebSearchToolSearchContextSizeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                search_context_size_type_0 = WebSearchToolSearchContextSizeType0(data)

                return search_context_size_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebSearchToolSearchContextSizeType0, data)

        search_context_size = _parse_search_context_size(d.pop("search_context_size", UNSET))

        def _parse_user_location(data: object) -> None | OpenaiTypesResponsesWebSearchToolUserLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = OpenaiTypesResponsesWebSearchToolUserLocation.from_dict(data)

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTypesResponsesWebSearchToolUserLocation | Unset, data)

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        web_search_tool = cls(
            type_=type_,
            external_web_access=external_web_access,
            filters=filters,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        web_search_tool.additional_properties = d
        return web_search_tool

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
