from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminIgnore")


@_attrs_define
class AdminIgnore:
    """
    Attributes:
        ignored_at (datetime.datetime):
        ignored_by (str):
        ignored_until (datetime.datetime | None | Unset): When the snooze ends. Null means the warning is ignored until
            an admin restores it.
        source (Literal['admin'] | Unset):  Default: 'admin'.
    """

    ignored_at: datetime.datetime
    ignored_by: str
    ignored_until: datetime.datetime | None | Unset = UNSET
    source: Literal["admin"] | Unset = "admin"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignored_at = self.ignored_at.isoformat()

        ignored_by = self.ignored_by

        ignored_until: None | str | Unset
        if isinstance(self.ignored_until, Unset):
            ignored_until = UNSET
        elif isinstance(self.ignored_until, datetime.datetime):
            ignored_until = self.ignored_until.isoformat()
        else:
            ignored_until = self.ignored_until

        source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ignored_at": ignored_at,
                "ignored_by": ignored_by,
            }
        )
        if ignored_until is not UNSET:
            field_dict["ignored_until"] = ignored_until
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ignored_at = datetime.datetime.fromisoformat(d.pop("ignored_at"))

        ignored_by = d.pop("ignored_by")

        def _parse_ignored_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ignored_until_type_0 = datetime.datetime.fromisoformat(data)

                return ignored_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ignored_until = _parse_ignored_until(d.pop("ignored_until", UNSET))

        source = cast(Literal["admin"] | Unset, d.pop("source", UNSET))
        if source != "admin" and not isinstance(source, Unset):
            raise ValueError(f"source must match const 'admin', got '{source}'")

        admin_ignore = cls(
            ignored_at=ignored_at,
            ignored_by=ignored_by,
            ignored_until=ignored_until,
            source=source,
        )

        admin_ignore.additional_properties = d
        return admin_ignore

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
