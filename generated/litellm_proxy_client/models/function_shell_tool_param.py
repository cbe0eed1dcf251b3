from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_shell_tool_param_allowed_callers_type_0_item import FunctionShellToolParamAllowedCallersType0Item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_auto_param import ContainerAutoParam
    from ..models.container_reference_param import ContainerReferenceParam
    from ..models.local_environment_param import LocalEnvironmentParam


T = TypeVar("T", bound="FunctionShellToolParam")


@_attrs_define
class FunctionShellToolParam:
    """A tool that allows the model to execute shell commands.

    Attributes:
        type_ (Literal['shell']):
        allowed_callers (list[FunctionShellToolParamAllowedCallersType0Item] | None | Unset):
        environment (ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset):
    """

    type_: Literal["shell"]
    allowed_callers: list[FunctionShellToolParamAllowedCallersType0Item] | None | Unset = UNSET
    environment: ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_auto_param import ContainerAutoParam  # noqa: PLC0415
        from ..models.container_reference_param import ContainerReferenceParam  # noqa: PLC0415
        from ..models.local_environment_param import LocalEnvironmentParam  # noqa: PLC0415

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

        environment: dict[str, Any] | None | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        elif isinstance(self.environment, ContainerAutoParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, LocalEnvironmentParam):
            environment = self.environment.to_dict()
        elif isinstance(self.environment, ContainerReferenceParam):
            environment = self.environment.to_dict()
        else:
            environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_auto_param import ContainerAutoParam  # noqa: PLC0415
        from ..models.container_reference_param import ContainerReferenceParam  # noqa: PLC0415
        from ..models.local_environment_param import LocalEnvironmentParam  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["shell"], d.pop("type"))
        if type_ != "shell":
            raise ValueError(f"type must match const 'shell', got '{type_}'")

        def _parse_allowed_callers(data: object) -> list[FunctionShellToolParamAllowedCallersType0Item] | None | Unset:
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
                    allowed_callers_type_0_item = FunctionShellToolParamAllowedCallersType0Item(
                        allowed_callers_type_0_item_data
                    )

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FunctionShellToolParamAllowedCallersType0Item] | None | Unset, data)

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        def _parse_environment(
            data: object,
        ) -> ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_0 = ContainerAutoParam.from_dict(data)

                return environment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_1 = LocalEnvironmentParam.from_dict(data)

                return environment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_type_2 = ContainerReferenceParam.from_dict(data)

                return environment_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerAutoParam | ContainerReferenceParam | LocalEnvironmentParam | None | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        function_shell_tool_param = cls(
            type_=type_,
            allowed_callers=allowed_callers,
            environment=environment,
        )

        function_shell_tool_param.additional_properties = d
        return function_shell_tool_param

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
