from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format_text_json_schema_config_param_schema import (
        ResponseFormatTextJSONSchemaConfigParamSchema,
    )


T = TypeVar("T", bound="ResponseFormatTextJSONSchemaConfigParam")


@_attrs_define
class ResponseFormatTextJSONSchemaConfigParam:
    """JSON Schema response format.

    Used to generate structured JSON responses.
    Learn more about [Structured Outputs](https://developers.openai.com/api/docs/guides/structured-outputs).

        Attributes:
            name (str):
            schema (ResponseFormatTextJSONSchemaConfigParamSchema):
            type_ (Literal['json_schema']):
            description (str | Unset):
            strict (bool | None | Unset):
    """

    name: str
    schema: ResponseFormatTextJSONSchemaConfigParamSchema
    type_: Literal["json_schema"]
    description: str | Unset = UNSET
    strict: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        schema = self.schema.to_dict()

        type_ = self.type_

        description = self.description

        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "schema": schema,
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if strict is not UNSET:
            field_dict["strict"] = strict

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_format_text_json_schema_config_param_schema import (
            ResponseFormatTextJSONSchemaConfigParamSchema,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        schema = ResponseFormatTextJSONSchemaConfigParamSchema.from_dict(d.pop("schema"))

        type_ = cast(Literal["json_schema"], d.pop("type"))
        if type_ != "json_schema":
            raise ValueError(f"type must match const 'json_schema', got '{type_}'")

        description = d.pop("description", UNSET)

        def _parse_strict(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        strict = _parse_strict(d.pop("strict", UNSET))

        response_format_text_json_schema_config_param = cls(
            name=name,
            schema=schema,
            type_=type_,
            description=description,
            strict=strict,
        )

        response_format_text_json_schema_config_param.additional_properties = d
        return response_format_text_json_schema_config_param

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
