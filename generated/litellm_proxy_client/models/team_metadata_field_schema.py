from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMetadataFieldSchema")


@_attrs_define
class TeamMetadataFieldSchema:
    """One declared team metadata field from ``general_settings.team_metadata_schema``.

    Advisory only: the UI uses it to prepopulate the team metadata form.
    Enforcement stays with ``custom_team_metadata_validate``.

        Attributes:
            key (str):
            label (None | str | Unset):
    """

    key: str
    label: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        team_metadata_field_schema = cls(
            key=key,
            label=label,
        )

        return team_metadata_field_schema
