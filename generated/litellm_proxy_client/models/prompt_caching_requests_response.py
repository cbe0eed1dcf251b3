from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.prompt_caching_request import PromptCachingRequest
    from ..models.prompt_caching_request_cursor import PromptCachingRequestCursor


T = TypeVar("T", bound="PromptCachingRequestsResponse")


@_attrs_define
class PromptCachingRequestsResponse:
    """
    Attributes:
        has_more (bool):
        next_cursor (None | PromptCachingRequestCursor):
        page_size (int):
        requests (list[PromptCachingRequest]):
    """

    has_more: bool
    next_cursor: None | PromptCachingRequestCursor
    page_size: int
    requests: list[PromptCachingRequest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.prompt_caching_request_cursor import PromptCachingRequestCursor  # noqa: PLC0415

        has_more = self.has_more

        next_cursor: dict[str, Any] | None
        if isinstance(self.next_cursor, PromptCachingRequestCursor):
            next_cursor = self.next_cursor.to_dict()
        else:
            next_cursor = self.next_cursor

        page_size = self.page_size

        requests = []
        for requests_item_data in self.requests:
            requests_item = requests_item_data.to_dict()
            requests.append(requests_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more": has_more,
                "next_cursor": next_cursor,
                "page_size": page_size,
                "requests": requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prompt_caching_request import PromptCachingRequest  # noqa: PLC0415
        from ..models.prompt_caching_request_cursor import PromptCachingRequestCursor  # noqa: PLC0415

        d = dict(src_dict)
        has_more = d.pop("has_more")

        def _parse_next_cursor(data: object) -> None | PromptCachingRequestCursor:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_cursor_type_0 = PromptCachingRequestCursor.from_dict(data)

                return next_cursor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PromptCachingRequestCursor, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        page_size = d.pop("page_size")

        requests = []
        _requests = d.pop("requests")
        for requests_item_data in _requests:
            requests_item = PromptCachingRequest.from_dict(requests_item_data)

            requests.append(requests_item)

        prompt_caching_requests_response = cls(
            has_more=has_more,
            next_cursor=next_cursor,
            page_size=page_size,
            requests=requests,
        )

        prompt_caching_requests_response.additional_properties = d
        return prompt_caching_requests_response

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
