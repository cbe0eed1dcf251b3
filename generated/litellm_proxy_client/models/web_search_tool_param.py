from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_tool_param_search_context_size import WebSearchToolParamSearchContextSize
from ..models.web_search_tool_param_type import WebSearchToolParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.filters import Filters
    from ..models.openai_types_responses_web_search_tool_param_user_location import (
        OpenaiTypesResponsesWebSearchToolParamUserLocation,
    )


T = TypeVar("T", bound="WebSearchToolParam")


@_attrs_define
class WebSearchToolParam:
    """Search the Internet for sources related to the prompt.

    Learn more about the
    [web search tool](https://developers.openai.com/api/docs/guides/tools-web-search).

        Attributes:
            type_ (WebSearchToolParamType):
            external_web_access (bool | Unset):
            filters (Filters | None | Unset):
            search_context_size (WebSearchToolParamSearchContextSize | Unset):
            user_location (None | OpenaiTypesResponsesWebSearchToolParamUserLocation | Unset):
    """

    type_: WebSearchToolParamType
    external_web_access: bool | Unset = UNSET
    filters: Filters | None | Unset = UNSET
    search_context_size: WebSearchToolParamSearchContextSize | Unset = UNSET
    user_location: None | OpenaiTypesResponsesWebSearchToolParamUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.filters import Filters  # noqa: PLC0415
        from ..models.openai_types_responses_web_search_tool_param_user_location import (
            OpenaiTypesResponsesWebSearchToolParamUserLocation,  # noqa: PLC0415
        )

        type_ = self.type_.value

        external_web_access = self.external_web_access

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, Filters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size.value

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, OpenaiTypesResponsesWebSearchToolParamUserLocation):
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
        from ..models.openai_types_responses_web_search_tool_param_user_location import (
            OpenaiTypesResponsesWebSearchToolParamUserLocation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = WebSearchToolParamType(d.pop("type"))

        external_web_access = d.pop("external_web_access", UNSET)

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

        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: WebSearchToolParamSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = WebSearchToolParamSearchContextSize(_search_context_size)

        def _parse_user_location(data: object) -> None | OpenaiTypesResponsesWebSearchToolParamUserLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = OpenaiTypesResponsesWebSearchToolParamUserLocation.from_dict(data)

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTypesResponsesWebSearchToolParamUserLocation | Unset, data)

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        web_search_tool_param = cls(
            type_=type_,
            external_web_access=external_web_access,
            filters=filters,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        web_search_tool_param.additional_properties = d
        return web_search_tool_param

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
