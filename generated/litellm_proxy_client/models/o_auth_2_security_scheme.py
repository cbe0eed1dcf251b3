from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.o_auth_flows import OAuthFlows


T = TypeVar("T", bound="OAuth2SecurityScheme")


@_attrs_define
class OAuth2SecurityScheme:
    """Defines a security scheme using OAuth 2.0.

    Attributes:
        flows (OAuthFlows): Defines the configuration for the supported OAuth 2.0 flows.
        type_ (Literal['oauth2']):
        description (None | str | Unset):
        oauth_2_metadata_url (None | str | Unset):
    """

    flows: OAuthFlows
    type_: Literal["oauth2"]
    description: None | str | Unset = UNSET
    oauth_2_metadata_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flows = self.flows.to_dict()

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        oauth_2_metadata_url: None | str | Unset
        if isinstance(self.oauth_2_metadata_url, Unset):
            oauth_2_metadata_url = UNSET
        else:
            oauth_2_metadata_url = self.oauth_2_metadata_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "flows": flows,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if oauth_2_metadata_url is not UNSET:
            field_dict["oauth2MetadataUrl"] = oauth_2_metadata_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.o_auth_flows import OAuthFlows  # noqa: PLC0415

        d = dict(src_dict)
        flows = OAuthFlows.from_dict(d.pop("flows"))

        type_ = cast(Literal["oauth2"], d.pop("type"))
        if type_ != "oauth2":
            raise ValueError(f"type must match const 'oauth2', got '{type_}'")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_oauth_2_metadata_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        oauth_2_metadata_url = _parse_oauth_2_metadata_url(d.pop("oauth2MetadataUrl", UNSET))

        o_auth_2_security_scheme = cls(
            flows=flows,
            type_=type_,
            description=description,
            oauth_2_metadata_url=oauth_2_metadata_url,
        )

        o_auth_2_security_scheme.additional_properties = d
        return o_auth_2_security_scheme

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
