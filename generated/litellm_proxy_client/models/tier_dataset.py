from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TierDataset")


@_attrs_define
class TierDataset:
    """
    Attributes:
        license_ (str):
        name (str):
        rows (int):
        url (str):
        success_definition (str | Unset):  Default: 'quality score meets the dataset success threshold'.
    """

    license_: str
    name: str
    rows: int
    url: str
    success_definition: str | Unset = "quality score meets the dataset success threshold"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        license_ = self.license_

        name = self.name

        rows = self.rows

        url = self.url

        success_definition = self.success_definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "license": license_,
                "name": name,
                "rows": rows,
                "url": url,
            }
        )
        if success_definition is not UNSET:
            field_dict["success_definition"] = success_definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        license_ = d.pop("license")

        name = d.pop("name")

        rows = d.pop("rows")

        url = d.pop("url")

        success_definition = d.pop("success_definition", UNSET)

        tier_dataset = cls(
            license_=license_,
            name=name,
            rows=rows,
            url=url,
            success_definition=success_definition,
        )

        tier_dataset.additional_properties = d
        return tier_dataset

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
