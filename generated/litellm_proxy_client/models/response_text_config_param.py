from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_text_config_param_verbosity_type_0 import ResponseTextConfigParamVerbosityType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_json_object import ResponseFormatJSONObject
    from ..models.response_format_text import ResponseFormatText
    from ..models.response_format_text_json_schema_config_param import ResponseFormatTextJSONSchemaConfigParam


T = TypeVar("T", bound="ResponseTextConfigParam")


@_attrs_define
class ResponseTextConfigParam:
    """Configuration options for a text response from the model.

    Can be plain
    text or structured JSON data. Learn more:
    - [Text inputs and outputs](https://developers.openai.com/api/docs/guides/text)
    - [Structured Outputs](https://developers.openai.com/api/docs/guides/structured-outputs)

        Attributes:
            format_ (ResponseFormatJSONObject | ResponseFormatText | ResponseFormatTextJSONSchemaConfigParam | Unset):
            verbosity (None | ResponseTextConfigParamVerbosityType0 | Unset):
    """

    format_: ResponseFormatJSONObject | ResponseFormatText | ResponseFormatTextJSONSchemaConfigParam | Unset = UNSET
    verbosity: None | ResponseTextConfigParamVerbosityType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
        from ..models.response_format_text_json_schema_config_param import ResponseFormatTextJSONSchemaConfigParam  # noqa: PLC0415

        format_: dict[str, Any] | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, ResponseFormatText):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, ResponseFormatTextJSONSchemaConfigParam):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, ResponseTextConfigParamVerbosityType0):
            verbosity = self.verbosity.value
        else:
            verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_format_json_object import ResponseFormatJSONObject  # noqa: PLC0415
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
        from ..models.response_format_text_json_schema_config_param import ResponseFormatTextJSONSchemaConfigParam  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_format_(
            data: object,
        ) -> ResponseFormatJSONObject | ResponseFormatText | ResponseFormatTextJSONSchemaConfigParam | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = ResponseFormatText.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_1 = ResponseFormatTextJSONSchemaConfigParam.from_dict(data)

                return format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            format_type_2 = ResponseFormatJSONObject.from_dict(data)

            return format_type_2

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_verbosity(data: object) -> None | ResponseTextConfigParamVerbosityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verbosity_type_0 = ResponseTextConfigParamVerbosityType0(data)

                return verbosity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseTextConfigParamVerbosityType0 | Unset, data)

        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        response_text_config_param = cls(
            format_=format_,
            verbosity=verbosity,
        )

        response_text_config_param.additional_properties = d
        return response_text_config_param

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
