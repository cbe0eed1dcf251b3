from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.litellm_types_llms_openai_computer_tool_param_environment_type_0 import (
    LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0,
)

T = TypeVar("T", bound="LitellmTypesLlmsOpenaiComputerToolParam")


@_attrs_define
class LitellmTypesLlmsOpenaiComputerToolParam:
    """
    Attributes:
        display_height (float):
        display_width (float):
        environment (LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0 | str):
        type_ (Literal['computer_use_preview'] | str):
    """

    display_height: float
    display_width: float
    environment: LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0 | str
    type_: Literal["computer_use_preview"] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_height = self.display_height

        display_width = self.display_width

        environment: str
        if isinstance(self.environment, LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0):
            environment = self.environment.value
        else:
            environment = self.environment

        type_: Literal["computer_use_preview"] | str
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_height": display_height,
                "display_width": display_width,
                "environment": environment,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_height = d.pop("display_height")

        display_width = d.pop("display_width")

        def _parse_environment(data: object) -> LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0 | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                environment_type_0 = LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0(data)

                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LitellmTypesLlmsOpenaiComputerToolParamEnvironmentType0 | str, data)

        environment = _parse_environment(d.pop("environment"))

        def _parse_type_(data: object) -> Literal["computer_use_preview"] | str:
            type_type_0 = cast(Literal["computer_use_preview"], data)
            if type_type_0 != "computer_use_preview":
                raise ValueError(f"type_type_0 must match const 'computer_use_preview', got '{type_type_0}'")
            return type_type_0
            return cast(Literal["computer_use_preview"] | str, data)

        type_ = _parse_type_(d.pop("type"))

        litellm_types_llms_openai_computer_tool_param = cls(
            display_height=display_height,
            display_width=display_width,
            environment=environment,
            type_=type_,
        )

        litellm_types_llms_openai_computer_tool_param.additional_properties = d
        return litellm_types_llms_openai_computer_tool_param

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
