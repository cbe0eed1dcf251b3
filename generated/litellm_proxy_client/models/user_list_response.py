from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lite_llm_user_table_with_key_count import LiteLLMUserTableWithKeyCount


T = TypeVar("T", bound="UserListResponse")


@_attrs_define
class UserListResponse:
    """Response model for the user list endpoint

    Attributes:
        page (int):
        page_size (int):
        total (int):
        total_pages (int):
        users (list[LiteLLMUserTableWithKeyCount]):
    """

    page: int
    page_size: int
    total: int
    total_pages: int
    users: list[LiteLLMUserTableWithKeyCount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page

        page_size = self.page_size

        total = self.total

        total_pages = self.total_pages

        users = []
        for users_item_data in self.users:
            users_item = users_item_data.to_dict()
            users.append(users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "page_size": page_size,
                "total": total,
                "total_pages": total_pages,
                "users": users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_user_table_with_key_count import LiteLLMUserTableWithKeyCount  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page")

        page_size = d.pop("page_size")

        total = d.pop("total")

        total_pages = d.pop("total_pages")

        users = []
        _users = d.pop("users")
        for users_item_data in _users:
            users_item = LiteLLMUserTableWithKeyCount.from_dict(users_item_data)

            users.append(users_item)

        user_list_response = cls(
            page=page,
            page_size=page_size,
            total=total,
            total_pages=total_pages,
            users=users,
        )

        user_list_response.additional_properties = d
        return user_list_response

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
