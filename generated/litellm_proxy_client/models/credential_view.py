from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credential_view_source import CredentialViewSource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.credential_view_credential_info import CredentialViewCredentialInfo
    from ..models.credential_view_credential_values import CredentialViewCredentialValues


T = TypeVar("T", bound="CredentialView")


@_attrs_define
class CredentialView:
    """
    Attributes:
        credential_info (CredentialViewCredentialInfo):
        credential_name (str):
        credential_values (CredentialViewCredentialValues):
        source (CredentialViewSource):
        display_name (None | str | Unset):
    """

    credential_info: CredentialViewCredentialInfo
    credential_name: str
    credential_values: CredentialViewCredentialValues
    source: CredentialViewSource
    display_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credential_info = self.credential_info.to_dict()

        credential_name = self.credential_name

        credential_values = self.credential_values.to_dict()

        source = self.source.value

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_info": credential_info,
                "credential_name": credential_name,
                "credential_values": credential_values,
                "source": source,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credential_view_credential_info import CredentialViewCredentialInfo  # noqa: PLC0415
        from ..models.credential_view_credential_values import CredentialViewCredentialValues  # noqa: PLC0415

        d = dict(src_dict)
        credential_info = CredentialViewCredentialInfo.from_dict(d.pop("credential_info"))

        credential_name = d.pop("credential_name")

        credential_values = CredentialViewCredentialValues.from_dict(d.pop("credential_values"))

        source = CredentialViewSource(d.pop("source"))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        credential_view = cls(
            credential_info=credential_info,
            credential_name=credential_name,
            credential_values=credential_values,
            source=source,
            display_name=display_name,
        )

        credential_view.additional_properties = d
        return credential_view

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
