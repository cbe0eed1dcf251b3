from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.admin_mcp_permissions import AdminMCPPermissions
    from ..models.base_model import BaseModel
    from ..models.user_info_response_user_info_type_0 import UserInfoResponseUserInfoType0


T = TypeVar("T", bound="UserInfoResponse")


@_attrs_define
class UserInfoResponse:
    """
    Attributes:
        keys (list[Any]):
        teams (list[Any]):
        user_id (None | str):
        user_info (BaseModel | None | UserInfoResponseUserInfoType0):
        admin_mcp_permissions (AdminMCPPermissions | None | Unset):
    """

    keys: list[Any]
    teams: list[Any]
    user_id: None | str
    user_info: BaseModel | None | UserInfoResponseUserInfoType0
    admin_mcp_permissions: AdminMCPPermissions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.admin_mcp_permissions import AdminMCPPermissions  # noqa: PLC0415
        from ..models.base_model import BaseModel  # noqa: PLC0415
        from ..models.user_info_response_user_info_type_0 import UserInfoResponseUserInfoType0  # noqa: PLC0415

        keys = self.keys

        teams = self.teams

        user_id: None | str
        user_id = self.user_id

        user_info: dict[str, Any] | None
        if isinstance(self.user_info, UserInfoResponseUserInfoType0):
            user_info = self.user_info.to_dict()
        elif isinstance(self.user_info, BaseModel):
            user_info = self.user_info.to_dict()
        else:
            user_info = self.user_info

        admin_mcp_permissions: dict[str, Any] | None | Unset
        if isinstance(self.admin_mcp_permissions, Unset):
            admin_mcp_permissions = UNSET
        elif isinstance(self.admin_mcp_permissions, AdminMCPPermissions):
            admin_mcp_permissions = self.admin_mcp_permissions.to_dict()
        else:
            admin_mcp_permissions = self.admin_mcp_permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
                "teams": teams,
                "user_id": user_id,
                "user_info": user_info,
            }
        )
        if admin_mcp_permissions is not UNSET:
            field_dict["admin_mcp_permissions"] = admin_mcp_permissions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admin_mcp_permissions import AdminMCPPermissions  # noqa: PLC0415
        from ..models.base_model import BaseModel  # noqa: PLC0415
        from ..models.user_info_response_user_info_type_0 import UserInfoResponseUserInfoType0  # noqa: PLC0415

        d = dict(src_dict)
        keys = cast(list[Any], d.pop("keys"))

        teams = cast(list[Any], d.pop("teams"))

        def _parse_user_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user_id = _parse_user_id(d.pop("user_id"))

        def _parse_user_info(data: object) -> BaseModel | None | UserInfoResponseUserInfoType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_info_type_0 = UserInfoResponseUserInfoType0.from_dict(data)

                return user_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_info_type_1 = BaseModel.from_dict(data)

                return user_info_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BaseModel | None | UserInfoResponseUserInfoType0, data)

        user_info = _parse_user_info(d.pop("user_info"))

        def _parse_admin_mcp_permissions(data: object) -> AdminMCPPermissions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                admin_mcp_permissions_type_0 = AdminMCPPermissions.from_dict(data)

                return admin_mcp_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdminMCPPermissions | None | Unset, data)

        admin_mcp_permissions = _parse_admin_mcp_permissions(d.pop("admin_mcp_permissions", UNSET))

        user_info_response = cls(
            keys=keys,
            teams=teams,
            user_id=user_id,
            user_info=user_info,
            admin_mcp_permissions=admin_mcp_permissions,
        )

        user_info_response.additional_properties = d
        return user_info_response

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
