from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_connection_poll_response_status import UserConnectionPollResponseStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserConnectionPollResponse")


@_attrs_define
class UserConnectionPollResponse:
    """
    Attributes:
        status (UserConnectionPollResponseStatus):
        github_login (None | str | Unset):
        interval (int | None | Unset):
    """

    status: UserConnectionPollResponseStatus
    github_login: None | str | Unset = UNSET
    interval: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        github_login: None | str | Unset
        if isinstance(self.github_login, Unset):
            github_login = UNSET
        else:
            github_login = self.github_login

        interval: int | None | Unset
        if isinstance(self.interval, Unset):
            interval = UNSET
        else:
            interval = self.interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if github_login is not UNSET:
            field_dict["github_login"] = github_login
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = UserConnectionPollResponseStatus(d.pop("status"))

        def _parse_github_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        github_login = _parse_github_login(d.pop("github_login", UNSET))

        def _parse_interval(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        interval = _parse_interval(d.pop("interval", UNSET))

        user_connection_poll_response = cls(
            status=status,
            github_login=github_login,
            interval=interval,
        )

        user_connection_poll_response.additional_properties = d
        return user_connection_poll_response

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
