from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_search_tool_param_execution import ToolSearchToolParamExecution
from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolSearchToolParam")


@_attrs_define
class ToolSearchToolParam:
    """Hosted or BYOT tool search configuration for deferred tools.

    Attributes:
        type_ (Literal['tool_search']):
        description (None | str | Unset):
        execution (ToolSearchToolParamExecution | Unset):
        parameters (Any | None | Unset):
    """

    type_: Literal["tool_search"]
    description: None | str | Unset = UNSET
    execution: ToolSearchToolParamExecution | Unset = UNSET
    parameters: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        execution: str | Unset = UNSET
        if not isinstance(self.execution, Unset):
            execution = self.execution.value

        parameters: Any | None | Unset
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        else:
            parameters = self.parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if execution is not UNSET:
            field_dict["execution"] = execution
        if parameters is not UNSET:
            field_dict["parameters"] = parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tool_search"], d.pop("type"))
        if type_ != "tool_search":
            raise ValueError(f"type must match const 'tool_search', got '{type_}'")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _execution = d.pop("execution", UNSET)
        execution: ToolSearchToolParamExecution | Unset
        if isinstance(_execution, Unset):
            execution = UNSET
        else:
            execution = ToolSearchToolParamExecution(_execution)

        def _parse_parameters(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        parameters = _parse_parameters(d.pop("parameters", UNSET))

        tool_search_tool_param = cls(
            type_=type_,
            description=description,
            execution=execution,
            parameters=parameters,
        )

        tool_search_tool_param.additional_properties = d
        return tool_search_tool_param

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
