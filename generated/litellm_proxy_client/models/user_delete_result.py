from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserDeleteResult")


@_attrs_define
class UserDeleteResult:
    """Outcome for one requested user, in request order. `teams_removed` lists the teams the user left.

    Attributes:
        success (bool):
        user_id (str):
        error (None | str | Unset):
        teams_removed (list[str] | Unset):
        user_email (None | str | Unset):
    """

    success: bool
    user_id: str
    error: None | str | Unset = UNSET
    teams_removed: list[str] | Unset = UNSET
    user_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        user_id = self.user_id

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        teams_removed: list[str] | Unset = UNSET
        if not isinstance(self.teams_removed, Unset):
            teams_removed = self.teams_removed

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "user_id": user_id,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if teams_removed is not UNSET:
            field_dict["teams_removed"] = teams_removed
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        user_id = d.pop("user_id")

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        teams_removed = cast(list[str], d.pop("teams_removed", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        user_delete_result = cls(
            success=success,
            user_id=user_id,
            error=error,
            teams_removed=teams_removed,
            user_email=user_email,
        )

        user_delete_result.additional_properties = d
        return user_delete_result

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
