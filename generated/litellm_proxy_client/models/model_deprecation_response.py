from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_deprecation_info import ModelDeprecationInfo


T = TypeVar("T", bound="ModelDeprecationResponse")


@_attrs_define
class ModelDeprecationResponse:
    """
    Attributes:
        checked_at (datetime.datetime): UTC timestamp when the deprecation snapshot was generated.
        warn_within_days (int): The window (in days) used to bucket 'imminent' models.
        deprecated (list[ModelDeprecationInfo] | Unset): Models whose deprecation date has already passed.
        imminent (list[ModelDeprecationInfo] | Unset): Models whose deprecation date is within warn_within_days from
            today and require immediate migration planning.
        upcoming (list[ModelDeprecationInfo] | Unset): Models with a future deprecation date outside the warn window.
    """

    checked_at: datetime.datetime
    warn_within_days: int
    deprecated: list[ModelDeprecationInfo] | Unset = UNSET
    imminent: list[ModelDeprecationInfo] | Unset = UNSET
    upcoming: list[ModelDeprecationInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked_at = self.checked_at.isoformat()

        warn_within_days = self.warn_within_days

        deprecated: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deprecated, Unset):
            deprecated = []
            for deprecated_item_data in self.deprecated:
                deprecated_item = deprecated_item_data.to_dict()
                deprecated.append(deprecated_item)

        imminent: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.imminent, Unset):
            imminent = []
            for imminent_item_data in self.imminent:
                imminent_item = imminent_item_data.to_dict()
                imminent.append(imminent_item)

        upcoming: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.upcoming, Unset):
            upcoming = []
            for upcoming_item_data in self.upcoming:
                upcoming_item = upcoming_item_data.to_dict()
                upcoming.append(upcoming_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "checked_at": checked_at,
                "warn_within_days": warn_within_days,
            }
        )
        if deprecated is not UNSET:
            field_dict["deprecated"] = deprecated
        if imminent is not UNSET:
            field_dict["imminent"] = imminent
        if upcoming is not UNSET:
            field_dict["upcoming"] = upcoming

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_deprecation_info import ModelDeprecationInfo  # noqa: PLC0415

        d = dict(src_dict)
        checked_at = datetime.datetime.fromisoformat(d.pop("checked_at"))

        warn_within_days = d.pop("warn_within_days")

        _deprecated = d.pop("deprecated", UNSET)
        deprecated: list[ModelDeprecationInfo] | Unset = UNSET
        if _deprecated is not UNSET:
            deprecated = []
            for deprecated_item_data in _deprecated:
                deprecated_item = ModelDeprecationInfo.from_dict(deprecated_item_data)

                deprecated.append(deprecated_item)

        _imminent = d.pop("imminent", UNSET)
        imminent: list[ModelDeprecationInfo] | Unset = UNSET
        if _imminent is not UNSET:
            imminent = []
            for imminent_item_data in _imminent:
                imminent_item = ModelDeprecationInfo.from_dict(imminent_item_data)

                imminent.append(imminent_item)

        _upcoming = d.pop("upcoming", UNSET)
        upcoming: list[ModelDeprecationInfo] | Unset = UNSET
        if _upcoming is not UNSET:
            upcoming = []
            for upcoming_item_data in _upcoming:
                upcoming_item = ModelDeprecationInfo.from_dict(upcoming_item_data)

                upcoming.append(upcoming_item)

        model_deprecation_response = cls(
            checked_at=checked_at,
            warn_within_days=warn_within_days,
            deprecated=deprecated,
            imminent=imminent,
            upcoming=upcoming,
        )

        model_deprecation_response.additional_properties = d
        return model_deprecation_response

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
