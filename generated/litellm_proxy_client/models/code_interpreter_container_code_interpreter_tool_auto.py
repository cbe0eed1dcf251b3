from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_interpreter_container_code_interpreter_tool_auto_memory_limit_type_0 import (
    CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.container_network_policy_allowlist import ContainerNetworkPolicyAllowlist
    from ..models.container_network_policy_disabled import ContainerNetworkPolicyDisabled


T = TypeVar("T", bound="CodeInterpreterContainerCodeInterpreterToolAuto")


@_attrs_define
class CodeInterpreterContainerCodeInterpreterToolAuto:
    """Configuration for a code interpreter container.

    Optionally specify the IDs of the files to run the code on.

        Attributes:
            type_ (Literal['auto']):
            file_ids (list[str] | None | Unset):
            memory_limit (CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0 | None | Unset):
            network_policy (ContainerNetworkPolicyAllowlist | ContainerNetworkPolicyDisabled | None | Unset):
    """

    type_: Literal["auto"]
    file_ids: list[str] | None | Unset = UNSET
    memory_limit: CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0 | None | Unset = UNSET
    network_policy: ContainerNetworkPolicyAllowlist | ContainerNetworkPolicyDisabled | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.container_network_policy_allowlist import ContainerNetworkPolicyAllowlist  # noqa: PLC0415
        from ..models.container_network_policy_disabled import ContainerNetworkPolicyDisabled  # noqa: PLC0415

        type_ = self.type_

        file_ids: list[str] | None | Unset
        if isinstance(self.file_ids, Unset):
            file_ids = UNSET
        elif isinstance(self.file_ids, list):
            file_ids = self.file_ids

        else:
            file_ids = self.file_ids

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        elif isinstance(self.memory_limit, CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0):
            memory_limit = self.memory_limit.value
        else:
            memory_limit = self.memory_limit

        network_policy: dict[str, Any] | None | Unset
        if isinstance(self.network_policy, Unset):
            network_policy = UNSET
        elif isinstance(self.network_policy, ContainerNetworkPolicyDisabled):
            network_policy = self.network_policy.to_dict()
        elif isinstance(self.network_policy, ContainerNetworkPolicyAllowlist):
            network_policy = self.network_policy.to_dict()
        else:
            network_policy = self.network_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit
        if network_policy is not UNSET:
            field_dict["network_policy"] = network_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.container_network_policy_allowlist import ContainerNetworkPolicyAllowlist  # noqa: PLC0415
        from ..models.container_network_policy_disabled import ContainerNetworkPolicyDisabled  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["auto"], d.pop("type"))
        if type_ != "auto":
            raise ValueError(f"type must match const 'auto', got '{type_}'")

        def _parse_file_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                file_ids_type_0 = cast(list[str], data)

                return file_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        file_ids = _parse_file_ids(d.pop("file_ids", UNSET))

        def _parse_memory_limit(
            data: object,
        ) -> CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                memory_limit_type_0 = CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0(data)

                return memory_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CodeInterpreterContainerCodeInterpreterToolAutoMemoryLimitType0 | None | Unset, data)

        memory_limit = _parse_memory_limit(d.pop("memory_limit", UNSET))

        def _parse_network_policy(
            data: object,
        ) -> ContainerNetworkPolicyAllowlist | ContainerNetworkPolicyDisabled | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_policy_type_0 = ContainerNetworkPolicyDisabled.from_dict(data)

                return network_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                network_policy_type_1 = ContainerNetworkPolicyAllowlist.from_dict(data)

                return network_policy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContainerNetworkPolicyAllowlist | ContainerNetworkPolicyDisabled | None | Unset, data)

        network_policy = _parse_network_policy(d.pop("network_policy", UNSET))

        code_interpreter_container_code_interpreter_tool_auto = cls(
            type_=type_,
            file_ids=file_ids,
            memory_limit=memory_limit,
            network_policy=network_policy,
        )

        code_interpreter_container_code_interpreter_tool_auto.additional_properties = d
        return code_interpreter_container_code_interpreter_tool_auto

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
