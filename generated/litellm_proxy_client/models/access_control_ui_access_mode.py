from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccessControlUIAccessMode")


@_attrs_define
class AccessControlUIAccessMode:
    """Model for Controlling UI Access Mode via SSO Groups

    Attributes:
        restricted_sso_group (str):
        sso_group_jwt_field (str):
        type_ (Literal['restricted_sso_group']):
    """

    restricted_sso_group: str
    sso_group_jwt_field: str
    type_: Literal["restricted_sso_group"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restricted_sso_group = self.restricted_sso_group

        sso_group_jwt_field = self.sso_group_jwt_field

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "restricted_sso_group": restricted_sso_group,
                "sso_group_jwt_field": sso_group_jwt_field,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        restricted_sso_group = d.pop("restricted_sso_group")

        sso_group_jwt_field = d.pop("sso_group_jwt_field")

        type_ = cast(Literal["restricted_sso_group"], d.pop("type"))
        if type_ != "restricted_sso_group":
            raise ValueError(f"type must match const 'restricted_sso_group', got '{type_}'")

        access_control_ui_access_mode = cls(
            restricted_sso_group=restricted_sso_group,
            sso_group_jwt_field=sso_group_jwt_field,
            type_=type_,
        )

        access_control_ui_access_mode.additional_properties = d
        return access_control_ui_access_mode

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
