from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.response_format_text import ResponseFormatText
    from ..models.response_format_text_json_schema_config_param import ResponseFormatTextJSONSchemaConfigParam


T = TypeVar("T", bound="OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText")


@_attrs_define
class OpenaiTypesResponsesResponseConfigurationUpdateItemParamParamText:
    """The text output configuration for subsequent responses.

    Attributes:
        format_ (ResponseFormatText | ResponseFormatTextJSONSchemaConfigParam):
    """

    format_: ResponseFormatText | ResponseFormatTextJSONSchemaConfigParam
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415

        format_: dict[str, Any]
        if isinstance(self.format_, ResponseFormatText):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_format_text import ResponseFormatText  # noqa: PLC0415
        from ..models.response_format_text_json_schema_config_param import ResponseFormatTextJSONSchemaConfigParam  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_format_(data: object) -> ResponseFormatText | ResponseFormatTextJSONSchemaConfigParam:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = ResponseFormatText.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            format_type_1 = ResponseFormatTextJSONSchemaConfigParam.from_dict(data)

            return format_type_1

        format_ = _parse_format_(d.pop("format"))

        openai_types_responses_response_configuration_update_item_param_param_text = cls(
            format_=format_,
        )

        openai_types_responses_response_configuration_update_item_param_param_text.additional_properties = d
        return openai_types_responses_response_configuration_update_item_param_param_text

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
