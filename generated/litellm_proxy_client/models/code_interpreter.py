from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_allowed_callers_type_0_item import CodeInterpreterAllowedCallersType0Item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_container_code_interpreter_tool_auto import (
        CodeInterpreterContainerCodeInterpreterToolAuto,
    )


T = TypeVar("T", bound="CodeInterpreter")


@_attrs_define
class CodeInterpreter:
    """A tool that runs Python code to help generate a response to a prompt.

    Attributes:
        container (CodeInterpreterContainerCodeInterpreterToolAuto | str):
        type_ (Literal['code_interpreter']):
        allowed_callers (list[CodeInterpreterAllowedCallersType0Item] | None | Unset):
    """

    container: CodeInterpreterContainerCodeInterpreterToolAuto | str
    type_: Literal["code_interpreter"]
    allowed_callers: list[CodeInterpreterAllowedCallersType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_interpreter_container_code_interpreter_tool_auto import (
            CodeInterpreterContainerCodeInterpreterToolAuto,  # noqa: PLC0415
        )

        container: dict[str, Any] | str
        if isinstance(self.container, CodeInterpreterContainerCodeInterpreterToolAuto):
            container = self.container.to_dict()
        else:
            container = self.container

        type_ = self.type_

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item = allowed_callers_type_0_item_data.value
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.code_interpreter_container_code_interpreter_tool_auto import (
            CodeInterpreterContainerCodeInterpreterToolAuto,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_container(data: object) -> CodeInterpreterContainerCodeInterpreterToolAuto | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_1 = CodeInterpreterContainerCodeInterpreterToolAuto.from_dict(data)

                return container_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeInterpreterContainerCodeInterpreterToolAuto | str, data)

        container = _parse_container(d.pop("container"))

        type_ = cast(Literal["code_interpreter"], d.pop("type"))
        if type_ != "code_interpreter":
            raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")

        def _parse_allowed_callers(data: object) -> list[CodeInterpreterAllowedCallersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = CodeInterpreterAllowedCallersType0Item(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CodeInterpreterAllowedCallersType0Item] | None | Unset, data)

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        code_interpreter = cls(
            container=container,
            type_=type_,
            allowed_callers=allowed_callers,
        )

        code_interpreter.additional_properties = d
        return code_interpreter

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
