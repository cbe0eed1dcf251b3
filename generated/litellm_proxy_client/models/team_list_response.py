from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lite_llm_deleted_team_table import LiteLLMDeletedTeamTable
    from ..models.lite_llm_team_table import LiteLLMTeamTable
    from ..models.team_list_item import TeamListItem


T = TypeVar("T", bound="TeamListResponse")


@_attrs_define
class TeamListResponse:
    """Response to get the list of teams

    Attributes:
        page (int):
        page_size (int):
        teams (list[LiteLLMDeletedTeamTable | LiteLLMTeamTable | TeamListItem]):
        total (int):
        total_pages (int):
    """

    page: int
    page_size: int
    teams: list[LiteLLMDeletedTeamTable | LiteLLMTeamTable | TeamListItem]
    total: int
    total_pages: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_team_table import LiteLLMTeamTable  # noqa: PLC0415
        from ..models.team_list_item import TeamListItem  # noqa: PLC0415

        page = self.page

        page_size = self.page_size

        teams = []
        for teams_item_data in self.teams:
            teams_item: dict[str, Any]
            if isinstance(teams_item_data, TeamListItem):
                teams_item = teams_item_data.to_dict()
            elif isinstance(teams_item_data, LiteLLMTeamTable):
                teams_item = teams_item_data.to_dict()
            else:
                teams_item = teams_item_data.to_dict()

            teams.append(teams_item)

        total = self.total

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "page_size": page_size,
                "teams": teams,
                "total": total,
                "total_pages": total_pages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_deleted_team_table import LiteLLMDeletedTeamTable  # noqa: PLC0415
        from ..models.lite_llm_team_table import LiteLLMTeamTable  # noqa: PLC0415
        from ..models.team_list_item import TeamListItem  # noqa: PLC0415

        d = dict(src_dict)
        page = d.pop("page")

        page_size = d.pop("page_size")

        teams = []
        _teams = d.pop("teams")
        for teams_item_data in _teams:

            def _parse_teams_item(data: object) -> LiteLLMDeletedTeamTable | LiteLLMTeamTable | TeamListItem:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    teams_item_type_0 = TeamListItem.from_dict(data)

                    return teams_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    teams_item_type_1 = LiteLLMTeamTable.from_dict(data)

                    return teams_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                teams_item_type_2 = LiteLLMDeletedTeamTable.from_dict(data)

                return teams_item_type_2

            teams_item = _parse_teams_item(teams_item_data)

            teams.append(teams_item)

        total = d.pop("total")

        total_pages = d.pop("total_pages")

        team_list_response = cls(
            page=page,
            page_size=page_size,
            teams=teams,
            total=total,
            total_pages=total_pages,
        )

        team_list_response.additional_properties = d
        return team_list_response

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
