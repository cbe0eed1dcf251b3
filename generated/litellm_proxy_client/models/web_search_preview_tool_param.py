from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.web_search_preview_tool_param_search_content_types_item import (
    WebSearchPreviewToolParamSearchContentTypesItem,
)
from ..models.web_search_preview_tool_param_search_context_size import WebSearchPreviewToolParamSearchContextSize
from ..models.web_search_preview_tool_param_type import WebSearchPreviewToolParamType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.openai_types_responses_web_search_preview_tool_param_user_location import (
        OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation,
    )


T = TypeVar("T", bound="WebSearchPreviewToolParam")


@_attrs_define
class WebSearchPreviewToolParam:
    """This tool searches the web for relevant results to use in a response.

    Learn more about the [web search tool](https://developers.openai.com/api/docs/guides/tools-web-search).

        Attributes:
            type_ (WebSearchPreviewToolParamType):
            search_content_types (list[WebSearchPreviewToolParamSearchContentTypesItem] | Unset):
            search_context_size (WebSearchPreviewToolParamSearchContextSize | Unset):
            user_location (None | OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation | Unset):
    """

    type_: WebSearchPreviewToolParamType
    search_content_types: list[WebSearchPreviewToolParamSearchContentTypesItem] | Unset = UNSET
    search_context_size: WebSearchPreviewToolParamSearchContextSize | Unset = UNSET
    user_location: None | OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.openai_types_responses_web_search_preview_tool_param_user_location import (
            OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation,  # noqa: PLC0415
        )

        type_ = self.type_.value

        search_content_types: list[str] | Unset = UNSET
        if not isinstance(self.search_content_types, Unset):
            search_content_types = []
            for search_content_types_item_data in self.search_content_types:
                search_content_types_item = search_content_types_item_data.value
                search_content_types.append(search_content_types_item)

        search_context_size: str | Unset = UNSET
        if not isinstance(self.search_context_size, Unset):
            search_context_size = self.search_context_size.value

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation):
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
        if search_content_types is not UNSET:
            field_dict["search_content_types"] = search_content_types
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.openai_types_responses_web_search_preview_tool_param_user_location import (
            OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = WebSearchPreviewToolParamType(d.pop("type"))

        _search_content_types = d.pop("search_content_types", UNSET)
        search_content_types: list[WebSearchPreviewToolParamSearchContentTypesItem] | Unset = UNSET
        if _search_content_types is not UNSET:
            search_content_types = []
            for search_content_types_item_data in _search_content_types:
                search_content_types_item = WebSearchPreviewToolParamSearchContentTypesItem(
                    search_content_types_item_data
                )

                search_content_types.append(search_content_types_item)

        _search_context_size = d.pop("search_context_size", UNSET)
        search_context_size: WebSearchPreviewToolParamSearchContextSize | Unset
        if isinstance(_search_context_size, Unset):
            search_context_size = UNSET
        else:
            search_context_size = WebSearchPreviewToolParamSearchContextSize(_search_context_size)

        def _parse_user_location(
            data: object,
        ) -> None | OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_location_type_0 = OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation.from_dict(data)

                return user_location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenaiTypesResponsesWebSearchPreviewToolParamUserLocation | Unset, data)

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        web_search_preview_tool_param = cls(
            type_=type_,
            search_content_types=search_content_types,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        web_search_preview_tool_param.additional_properties = d
        return web_search_preview_tool_param

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
