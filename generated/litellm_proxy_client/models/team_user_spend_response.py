from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.team_user_spend_row import TeamUserSpendRow


T = TypeVar("T", bound="TeamUserSpendResponse")


@_attrs_define
class TeamUserSpendResponse:
    """
    Attributes:
        end_date (str):
        results (list[TeamUserSpendRow]):
        start_date (str):
    """

    end_date: str
    results: list[TeamUserSpendRow]
    start_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        start_date = self.start_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_date": end_date,
                "results": results,
                "start_date": start_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_user_spend_row import TeamUserSpendRow  # noqa: PLC0415

        d = dict(src_dict)
        end_date = d.pop("end_date")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = TeamUserSpendRow.from_dict(results_item_data)

            results.append(results_item)

        start_date = d.pop("start_date")

        team_user_spend_response = cls(
            end_date=end_date,
            results=results,
            start_date=start_date,
        )

        team_user_spend_response.additional_properties = d
        return team_user_spend_response

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
