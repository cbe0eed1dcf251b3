from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_interception_settings_response_field_schema import (
        WebSearchInterceptionSettingsResponseFieldSchema,
    )
    from ..models.web_search_interception_settings_response_values import WebSearchInterceptionSettingsResponseValues


T = TypeVar("T", bound="WebSearchInterceptionSettingsResponse")


@_attrs_define
class WebSearchInterceptionSettingsResponse:
    """Response model for web search interception settings

    Attributes:
        field_schema (WebSearchInterceptionSettingsResponseFieldSchema):
        values (WebSearchInterceptionSettingsResponseValues):
        active_on_this_pod (bool | Unset): Whether the process answering this request has the interception callback
            registered. Read-only: it reports what is running here, while values.enabled is the cluster-wide setting, and
            the two disagree while a pod is still applying a change or failed to apply it. Default: False.
    """

    field_schema: WebSearchInterceptionSettingsResponseFieldSchema
    values: WebSearchInterceptionSettingsResponseValues
    active_on_this_pod: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_schema = self.field_schema.to_dict()

        values = self.values.to_dict()

        active_on_this_pod = self.active_on_this_pod

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_schema": field_schema,
                "values": values,
            }
        )
        if active_on_this_pod is not UNSET:
            field_dict["active_on_this_pod"] = active_on_this_pod

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.web_search_interception_settings_response_field_schema import (
            WebSearchInterceptionSettingsResponseFieldSchema,  # noqa: PLC0415
        )
        from ..models.web_search_interception_settings_response_values import (
            WebSearchInterceptionSettingsResponseValues,  # noqa: PLC0415
        )

        d = dict(src_dict)
        field_schema = WebSearchInterceptionSettingsResponseFieldSchema.from_dict(d.pop("field_schema"))

        values = WebSearchInterceptionSettingsResponseValues.from_dict(d.pop("values"))

        active_on_this_pod = d.pop("active_on_this_pod", UNSET)

        web_search_interception_settings_response = cls(
            field_schema=field_schema,
            values=values,
            active_on_this_pod=active_on_this_pod,
        )

        web_search_interception_settings_response.additional_properties = d
        return web_search_interception_settings_response

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
