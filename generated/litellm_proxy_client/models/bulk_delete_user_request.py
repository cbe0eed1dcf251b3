from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="BulkDeleteUserRequest")


@_attrs_define
class BulkDeleteUserRequest:
    """Body of `POST /management/v1/users/bulk_delete`.

    Attributes:
        user_ids (list[str]):
    """

    user_ids: list[str]

    def to_dict(self) -> dict[str, Any]:
        user_ids = self.user_ids

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "user_ids": user_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_ids = cast(list[str], d.pop("user_ids"))

        bulk_delete_user_request = cls(
            user_ids=user_ids,
        )

        return bulk_delete_user_request
