from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutoRouterAllowance")


@_attrs_define
class AutoRouterAllowance:
    """
    Attributes:
        key (str):
        limit (int | None):
        remaining (int | None):
        available (bool | Unset):  Default: True.
        used_by_this_router (bool | Unset):  Default: False.
    """

    key: str
    limit: int | None
    remaining: int | None
    available: bool | Unset = True
    used_by_this_router: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        limit: int | None
        limit = self.limit

        remaining: int | None
        remaining = self.remaining

        available = self.available

        used_by_this_router = self.used_by_this_router

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "limit": limit,
                "remaining": remaining,
            }
        )
        if available is not UNSET:
            field_dict["available"] = available
        if used_by_this_router is not UNSET:
            field_dict["used_by_this_router"] = used_by_this_router

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        def _parse_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        limit = _parse_limit(d.pop("limit"))

        def _parse_remaining(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        remaining = _parse_remaining(d.pop("remaining"))

        available = d.pop("available", UNSET)

        used_by_this_router = d.pop("used_by_this_router", UNSET)

        auto_router_allowance = cls(
            key=key,
            limit=limit,
            remaining=remaining,
            available=available,
            used_by_this_router=used_by_this_router,
        )

        auto_router_allowance.additional_properties = d
        return auto_router_allowance

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
