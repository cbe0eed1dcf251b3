from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.key_spend_activity_row import KeySpendActivityRow


T = TypeVar("T", bound="DailyActivityKeyPageResponse")


@_attrs_define
class DailyActivityKeyPageResponse:
    """
    Attributes:
        api_keys (list[KeySpendActivityRow]):
        limit (int):
        offset (int):
        total_api_keys (int):
    """

    api_keys: list[KeySpendActivityRow]
    limit: int
    offset: int
    total_api_keys: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_keys = []
        for api_keys_item_data in self.api_keys:
            api_keys_item = api_keys_item_data.to_dict()
            api_keys.append(api_keys_item)

        limit = self.limit

        offset = self.offset

        total_api_keys = self.total_api_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "api_keys": api_keys,
                "limit": limit,
                "offset": offset,
                "total_api_keys": total_api_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.key_spend_activity_row import KeySpendActivityRow  # noqa: PLC0415

        d = dict(src_dict)
        api_keys = []
        _api_keys = d.pop("api_keys")
        for api_keys_item_data in _api_keys:
            api_keys_item = KeySpendActivityRow.from_dict(api_keys_item_data)

            api_keys.append(api_keys_item)

        limit = d.pop("limit")

        offset = d.pop("offset")

        total_api_keys = d.pop("total_api_keys")

        daily_activity_key_page_response = cls(
            api_keys=api_keys,
            limit=limit,
            offset=offset,
            total_api_keys=total_api_keys,
        )

        daily_activity_key_page_response.additional_properties = d
        return daily_activity_key_page_response

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
