from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestErrorEntityEntry")


@_attrs_define
class RequestErrorEntityEntry:
    """
    Attributes:
        id (str):
        api_requests (int | Unset):  Default: 0.
        failed_requests (int | Unset):  Default: 0.
        label (None | str | Unset):
        top_status_code (int | None | Unset):
        top_status_code_requests (int | Unset):  Default: 0.
    """

    id: str
    api_requests: int | Unset = 0
    failed_requests: int | Unset = 0
    label: None | str | Unset = UNSET
    top_status_code: int | None | Unset = UNSET
    top_status_code_requests: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        api_requests = self.api_requests

        failed_requests = self.failed_requests

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        top_status_code: int | None | Unset
        if isinstance(self.top_status_code, Unset):
            top_status_code = UNSET
        else:
            top_status_code = self.top_status_code

        top_status_code_requests = self.top_status_code_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if api_requests is not UNSET:
            field_dict["api_requests"] = api_requests
        if failed_requests is not UNSET:
            field_dict["failed_requests"] = failed_requests
        if label is not UNSET:
            field_dict["label"] = label
        if top_status_code is not UNSET:
            field_dict["top_status_code"] = top_status_code
        if top_status_code_requests is not UNSET:
            field_dict["top_status_code_requests"] = top_status_code_requests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        api_requests = d.pop("api_requests", UNSET)

        failed_requests = d.pop("failed_requests", UNSET)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_top_status_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        top_status_code = _parse_top_status_code(d.pop("top_status_code", UNSET))

        top_status_code_requests = d.pop("top_status_code_requests", UNSET)

        request_error_entity_entry = cls(
            id=id,
            api_requests=api_requests,
            failed_requests=failed_requests,
            label=label,
            top_status_code=top_status_code,
            top_status_code_requests=top_status_code_requests,
        )

        request_error_entity_entry.additional_properties = d
        return request_error_entity_entry

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
