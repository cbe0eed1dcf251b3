from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_team_table import LiteLLMTeamTable


T = TypeVar("T", bound="TeamInfoResponse")


@_attrs_define
class TeamInfoResponse:
    """
    Attributes:
        team_id (str):
        team_info (LiteLLMTeamTable):
        keys (list[Any] | Unset):
        team_memberships (list[Any] | Unset):
    """

    team_id: str
    team_info: LiteLLMTeamTable
    keys: list[Any] | Unset = UNSET
    team_memberships: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        team_info = self.team_info.to_dict()

        keys: list[Any] | Unset = UNSET
        if not isinstance(self.keys, Unset):
            keys = self.keys

        team_memberships: list[Any] | Unset = UNSET
        if not isinstance(self.team_memberships, Unset):
            team_memberships = self.team_memberships

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
                "team_info": team_info,
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys
        if team_memberships is not UNSET:
            field_dict["team_memberships"] = team_memberships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_team_table import LiteLLMTeamTable  # noqa: PLC0415

        d = dict(src_dict)
        team_id = d.pop("team_id")

        team_info = LiteLLMTeamTable.from_dict(d.pop("team_info"))

        keys = cast(list[Any], d.pop("keys", UNSET))

        team_memberships = cast(list[Any], d.pop("team_memberships", UNSET))

        team_info_response = cls(
            team_id=team_id,
            team_info=team_info,
            keys=keys,
            team_memberships=team_memberships,
        )

        team_info_response.additional_properties = d
        return team_info_response

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
