from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ModelAccessWindow")


@_attrs_define
class ModelAccessWindow:
    """
    Attributes:
        end (str):
        start (str):
        team_ids (list[str]):
        timezone (str):
    """

    end: str
    start: str
    team_ids: list[str]
    timezone: str

    def to_dict(self) -> dict[str, Any]:
        end = self.end

        start = self.start

        team_ids = self.team_ids

        timezone = self.timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "end": end,
                "start": start,
                "team_ids": team_ids,
                "timezone": timezone,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end = d.pop("end")

        start = d.pop("start")

        team_ids = cast(list[str], d.pop("team_ids"))

        timezone = d.pop("timezone")

        model_access_window = cls(
            end=end,
            start=start,
            team_ids=team_ids,
            timezone=timezone,
        )

        return model_access_window
