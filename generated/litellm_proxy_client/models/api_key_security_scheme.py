from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_key_security_scheme_in import APIKeySecuritySchemeIn
from ..types import UNSET, Unset

T = TypeVar("T", bound="APIKeySecurityScheme")


@_attrs_define
class APIKeySecurityScheme:
    """Defines a security scheme using an API key.

    Attributes:
        in_ (APIKeySecuritySchemeIn):
        name (str):
        type_ (Literal['apiKey']):
        description (None | str | Unset):
    """

    in_: APIKeySecuritySchemeIn
    name: str
    type_: Literal["apiKey"]
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_ = self.in_.value

        name = self.name

        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "in_": in_,
                "name": name,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_ = APIKeySecuritySchemeIn(d.pop("in_"))

        name = d.pop("name")

        type_ = cast(Literal["apiKey"], d.pop("type"))
        if type_ != "apiKey":
            raise ValueError(f"type must match const 'apiKey', got '{type_}'")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        api_key_security_scheme = cls(
            in_=in_,
            name=name,
            type_=type_,
            description=description,
        )

        api_key_security_scheme.additional_properties = d
        return api_key_security_scheme

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
