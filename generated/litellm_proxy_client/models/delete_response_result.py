from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteResponseResult")


@_attrs_define
class DeleteResponseResult:
    """Result of a delete response request

    {
        "id": "resp_6786a1bec27481909a17d673315b29f6",
        "object": "response",
        "deleted": true
    }

        Attributes:
            deleted (bool | None):
            id (None | str):
            object_ (None | str):
    """

    deleted: bool | None
    id: None | str
    object_: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted: bool | None
        deleted = self.deleted

        id: None | str
        id = self.id

        object_: None | str
        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
                "id": id,
                "object": object_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_deleted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        deleted = _parse_deleted(d.pop("deleted"))

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_object_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        object_ = _parse_object_(d.pop("object"))

        delete_response_result = cls(
            deleted=deleted,
            id=id,
            object_=object_,
        )

        delete_response_result.additional_properties = d
        return delete_response_result

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
