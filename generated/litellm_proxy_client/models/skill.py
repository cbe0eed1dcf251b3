from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Skill")


@_attrs_define
class Skill:
    """Represents a skill from the Anthropic Skills API

    Attributes:
        created_at (str):
        id (str):
        source (str):
        updated_at (str):
        description (None | str | Unset):
        display_title (None | str | Unset):
        latest_version (None | str | Unset):
        search_score (float | None | Unset):
        type_ (str | Unset):  Default: 'skill'.
    """

    created_at: str
    id: str
    source: str
    updated_at: str
    description: None | str | Unset = UNSET
    display_title: None | str | Unset = UNSET
    latest_version: None | str | Unset = UNSET
    search_score: float | None | Unset = UNSET
    type_: str | Unset = "skill"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at

        id = self.id

        source = self.source

        updated_at = self.updated_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        display_title: None | str | Unset
        if isinstance(self.display_title, Unset):
            display_title = UNSET
        else:
            display_title = self.display_title

        latest_version: None | str | Unset
        if isinstance(self.latest_version, Unset):
            latest_version = UNSET
        else:
            latest_version = self.latest_version

        search_score: float | None | Unset
        if isinstance(self.search_score, Unset):
            search_score = UNSET
        else:
            search_score = self.search_score

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "source": source,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if display_title is not UNSET:
            field_dict["display_title"] = display_title
        if latest_version is not UNSET:
            field_dict["latest_version"] = latest_version
        if search_score is not UNSET:
            field_dict["search_score"] = search_score
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        created_at = d.pop("created_at")

        id = d.pop("id")

        source = d.pop("source")

        updated_at = d.pop("updated_at")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_display_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_title = _parse_display_title(d.pop("display_title", UNSET))

        def _parse_latest_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        latest_version = _parse_latest_version(d.pop("latest_version", UNSET))

        def _parse_search_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        search_score = _parse_search_score(d.pop("search_score", UNSET))

        type_ = d.pop("type", UNSET)

        skill = cls(
            created_at=created_at,
            id=id,
            source=source,
            updated_at=updated_at,
            description=description,
            display_title=display_title,
            latest_version=latest_version,
            search_score=search_score,
            type_=type_,
        )

        skill.additional_properties = d
        return skill

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
