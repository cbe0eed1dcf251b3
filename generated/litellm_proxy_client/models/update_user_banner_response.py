from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.user_banner import UserBanner


T = TypeVar("T", bound="UpdateUserBannerResponse")


@_attrs_define
class UpdateUserBannerResponse:
    """
    Attributes:
        banner (UserBanner):
        message (str):
    """

    banner: UserBanner
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        banner = self.banner.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "banner": banner,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_banner import UserBanner  # noqa: PLC0415

        d = dict(src_dict)
        banner = UserBanner.from_dict(d.pop("banner"))

        message = d.pop("message")

        update_user_banner_response = cls(
            banner=banner,
            message=message,
        )

        update_user_banner_response.additional_properties = d
        return update_user_banner_response

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
