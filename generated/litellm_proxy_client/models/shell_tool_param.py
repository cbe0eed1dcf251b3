from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.shell_tool_param_environment import ShellToolParamEnvironment


T = TypeVar("T", bound="ShellToolParam")


@_attrs_define
class ShellToolParam:
    """Shell tool for Responses API: run commands in hosted containers or local runtime.
    See https://developers.openai.com/api/docs/guides/tools-shell.

        Attributes:
            environment (ShellToolParamEnvironment):
            type_ (Literal['shell'] | str):
    """

    environment: ShellToolParamEnvironment
    type_: Literal["shell"] | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment.to_dict()

        type_: Literal["shell"] | str
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment": environment,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.shell_tool_param_environment import ShellToolParamEnvironment  # noqa: PLC0415

        d = dict(src_dict)
        environment = ShellToolParamEnvironment.from_dict(d.pop("environment"))

        def _parse_type_(data: object) -> Literal["shell"] | str:
            type_type_0 = cast(Literal["shell"], data)
            if type_type_0 != "shell":
                raise ValueError(f"type_type_0 must match const 'shell', got '{type_type_0}'")
            return type_type_0
            return cast(Literal["shell"] | str, data)

        type_ = _parse_type_(d.pop("type"))

        shell_tool_param = cls(
            environment=environment,
            type_=type_,
        )

        shell_tool_param.additional_properties = d
        return shell_tool_param

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
