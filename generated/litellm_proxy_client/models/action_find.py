from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActionFind")


@_attrs_define
class ActionFind:
    """Action type "find_in_page": Searches for a pattern within a loaded page.

    Attributes:
        pattern (str):
        type_ (Literal['find_in_page']):
        url (str):
    """

    pattern: str
    type_: Literal["find_in_page"]
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pattern = self.pattern

        type_ = self.type_

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pattern": pattern,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pattern = d.pop("pattern")

        type_ = cast(Literal["find_in_page"], d.pop("type"))
        if type_ != "find_in_page":
            raise ValueError(f"type must match const 'find_in_page', got '{type_}'")

        url = d.pop("url")

        action_find = cls(
            pattern=pattern,
            type_=type_,
            url=url,
        )

        action_find.additional_properties = d
        return action_find

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
