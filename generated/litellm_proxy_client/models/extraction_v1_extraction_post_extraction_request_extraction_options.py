from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExtractionV1ExtractionPostExtractionRequestExtractionOptions")


@_attrs_define
class ExtractionV1ExtractionPostExtractionRequestExtractionOptions:
    """
    Attributes:
        include_quantiles (bool | None | Unset): Add 99 percentiles to estimates
        return_state_text (bool | None | Unset): Return the text that spans index into
    """

    include_quantiles: bool | None | Unset = UNSET
    return_state_text: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_quantiles: bool | None | Unset
        if isinstance(self.include_quantiles, Unset):
            include_quantiles = UNSET
        else:
            include_quantiles = self.include_quantiles

        return_state_text: bool | None | Unset
        if isinstance(self.return_state_text, Unset):
            return_state_text = UNSET
        else:
            return_state_text = self.return_state_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_quantiles is not UNSET:
            field_dict["include_quantiles"] = include_quantiles
        if return_state_text is not UNSET:
            field_dict["return_state_text"] = return_state_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_include_quantiles(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_quantiles = _parse_include_quantiles(d.pop("include_quantiles", UNSET))

        def _parse_return_state_text(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        return_state_text = _parse_return_state_text(d.pop("return_state_text", UNSET))

        extraction_v1_extraction_post_extraction_request_extraction_options = cls(
            include_quantiles=include_quantiles,
            return_state_text=return_state_text,
        )

        extraction_v1_extraction_post_extraction_request_extraction_options.additional_properties = d
        return extraction_v1_extraction_post_extraction_request_extraction_options

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
