from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_settings_response_field_schema import SSOSettingsResponseFieldSchema
    from ..models.sso_settings_response_provenance import SSOSettingsResponseProvenance
    from ..models.sso_settings_response_values import SSOSettingsResponseValues


T = TypeVar("T", bound="SSOSettingsResponse")


@_attrs_define
class SSOSettingsResponse:
    """Response model for SSO settings

    Attributes:
        field_schema (SSOSettingsResponseFieldSchema):
        values (SSOSettingsResponseValues):
        provenance (SSOSettingsResponseProvenance | Unset):
    """

    field_schema: SSOSettingsResponseFieldSchema
    values: SSOSettingsResponseValues
    provenance: SSOSettingsResponseProvenance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_schema = self.field_schema.to_dict()

        values = self.values.to_dict()

        provenance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.provenance, Unset):
            provenance = self.provenance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_schema": field_schema,
                "values": values,
            }
        )
        if provenance is not UNSET:
            field_dict["provenance"] = provenance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_settings_response_field_schema import SSOSettingsResponseFieldSchema  # noqa: PLC0415
        from ..models.sso_settings_response_provenance import SSOSettingsResponseProvenance  # noqa: PLC0415
        from ..models.sso_settings_response_values import SSOSettingsResponseValues  # noqa: PLC0415

        d = dict(src_dict)
        field_schema = SSOSettingsResponseFieldSchema.from_dict(d.pop("field_schema"))

        values = SSOSettingsResponseValues.from_dict(d.pop("values"))

        _provenance = d.pop("provenance", UNSET)
        provenance: SSOSettingsResponseProvenance | Unset
        if isinstance(_provenance, Unset):
            provenance = UNSET
        else:
            provenance = SSOSettingsResponseProvenance.from_dict(_provenance)

        sso_settings_response = cls(
            field_schema=field_schema,
            values=values,
            provenance=provenance,
        )

        sso_settings_response.additional_properties = d
        return sso_settings_response

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
