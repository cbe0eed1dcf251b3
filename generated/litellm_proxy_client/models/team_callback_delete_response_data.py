from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TeamCallbackDeleteResponseData")


@_attrs_define
class TeamCallbackDeleteResponseData:
    """
    Attributes:
        failure_callbacks (list[str]):
        success_callbacks (list[str]):
        team_id (str):
    """

    failure_callbacks: list[str]
    success_callbacks: list[str]
    team_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failure_callbacks = self.failure_callbacks

        success_callbacks = self.success_callbacks

        team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failure_callbacks": failure_callbacks,
                "success_callbacks": success_callbacks,
                "team_id": team_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failure_callbacks = cast(list[str], d.pop("failure_callbacks"))

        success_callbacks = cast(list[str], d.pop("success_callbacks"))

        team_id = d.pop("team_id")

        team_callback_delete_response_data = cls(
            failure_callbacks=failure_callbacks,
            success_callbacks=success_callbacks,
            team_id=team_id,
        )

        team_callback_delete_response_data.additional_properties = d
        return team_callback_delete_response_data

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
