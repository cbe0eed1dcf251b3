from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_activity_row import UserActivityRow


T = TypeVar("T", bound="DailyActivityUserPageResponse")


@_attrs_define
class DailyActivityUserPageResponse:
    """
    Attributes:
        limit (int):
        offset (int):
        total_users (int):
        users (list[UserActivityRow]):
    """

    limit: int
    offset: int
    total_users: int
    users: list[UserActivityRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        offset = self.offset

        total_users = self.total_users

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "limit": limit,
                "offset": offset,
                "total_users": total_users,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_activity_row import UserActivityRow  # noqa: PLC0415

        d = dict(src_dict)
        limit = d.pop("limit")

        offset = d.pop("offset")

        total_users = d.pop("total_users")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = UserActivityRow.from_dict(users_item_data)

            users.append(users_item)

        daily_activity_user_page_response = cls(
            limit=limit,
            offset=offset,
            total_users=total_users,
            users=users,
        )

        daily_activity_user_page_response.additional_properties = d
        return daily_activity_user_page_response

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
