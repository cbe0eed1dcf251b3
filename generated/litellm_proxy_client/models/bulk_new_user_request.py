from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.bulk_new_user_item import BulkNewUserItem


T = TypeVar("T", bound="BulkNewUserRequest")


@_attrs_define
class BulkNewUserRequest:
    """
    Attributes:
        users (list[BulkNewUserItem]):
    """

    users: list[BulkNewUserItem]

    def to_dict(self) -> dict[str, Any]:
        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bulk_new_user_item import BulkNewUserItem  # noqa: PLC0415

        d = dict(src_dict)
        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = BulkNewUserItem.from_dict(users_item_data)

            users.append(users_item)

        bulk_new_user_request = cls(
            users=users,
        )

        return bulk_new_user_request
