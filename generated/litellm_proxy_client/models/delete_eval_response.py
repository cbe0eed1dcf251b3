from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteEvalResponse")


@_attrs_define
class DeleteEvalResponse:
    """Response from deleting an evaluation

    Attributes:
        deleted (bool):
        eval_id (str):
        object_ (str | Unset):  Default: 'eval.deleted'.
    """

    deleted: bool
    eval_id: str
    object_: str | Unset = "eval.deleted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted = self.deleted

        eval_id = self.eval_id

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted": deleted,
                "eval_id": eval_id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deleted = d.pop("deleted")

        eval_id = d.pop("eval_id")

        object_ = d.pop("object", UNSET)

        delete_eval_response = cls(
            deleted=deleted,
            eval_id=eval_id,
            object_=object_,
        )

        delete_eval_response.additional_properties = d
        return delete_eval_response

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
