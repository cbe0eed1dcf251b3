from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.team_callback_delete_response_data import TeamCallbackDeleteResponseData


T = TypeVar("T", bound="TeamCallbackDeleteResponse")


@_attrs_define
class TeamCallbackDeleteResponse:
    """
    Attributes:
        data (TeamCallbackDeleteResponseData):
        message (str):
        status (Literal['success']):
    """

    data: TeamCallbackDeleteResponseData
    message: str
    status: Literal["success"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        message = self.message

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "message": message,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_callback_delete_response_data import TeamCallbackDeleteResponseData  # noqa: PLC0415

        d = dict(src_dict)
        data = TeamCallbackDeleteResponseData.from_dict(d.pop("data"))

        message = d.pop("message")

        status = cast(Literal["success"], d.pop("status"))
        if status != "success":
            raise ValueError(f"status must match const 'success', got '{status}'")

        team_callback_delete_response = cls(
            data=data,
            message=message,
            status=status,
        )

        team_callback_delete_response.additional_properties = d
        return team_callback_delete_response

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
