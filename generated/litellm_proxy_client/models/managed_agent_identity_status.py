from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.managed_agent_identity_status_execution_mode import ManagedAgentIdentityStatusExecutionMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_identity_binding import AgentIdentityBinding


T = TypeVar("T", bound="ManagedAgentIdentityStatus")


@_attrs_define
class ManagedAgentIdentityStatus:
    """
    Attributes:
        enabled (bool | Unset):  Default: True.
        execution_mode (ManagedAgentIdentityStatusExecutionMode | Unset):  Default:
            ManagedAgentIdentityStatusExecutionMode.AUTONOMOUS.
        identity (AgentIdentityBinding | None | Unset):
        identity_managed (bool | Unset):  Default: False.
        last_authenticated_at (datetime.datetime | None | Unset):
    """

    enabled: bool | Unset = True
    execution_mode: ManagedAgentIdentityStatusExecutionMode | Unset = ManagedAgentIdentityStatusExecutionMode.AUTONOMOUS
    identity: AgentIdentityBinding | None | Unset = UNSET
    identity_managed: bool | Unset = False
    last_authenticated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_identity_binding import AgentIdentityBinding  # noqa: PLC0415

        enabled = self.enabled

        execution_mode: str | Unset = UNSET
        if not isinstance(self.execution_mode, Unset):
            execution_mode = self.execution_mode.value

        identity: dict[str, Any] | None | Unset
        if isinstance(self.identity, Unset):
            identity = UNSET
        elif isinstance(self.identity, AgentIdentityBinding):
            identity = self.identity.to_dict()
        else:
            identity = self.identity

        identity_managed = self.identity_managed

        last_authenticated_at: None | str | Unset
        if isinstance(self.last_authenticated_at, Unset):
            last_authenticated_at = UNSET
        elif isinstance(self.last_authenticated_at, datetime.datetime):
            last_authenticated_at = self.last_authenticated_at.isoformat()
        else:
            last_authenticated_at = self.last_authenticated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if execution_mode is not UNSET:
            field_dict["execution_mode"] = execution_mode
        if identity is not UNSET:
            field_dict["identity"] = identity
        if identity_managed is not UNSET:
            field_dict["identity_managed"] = identity_managed
        if last_authenticated_at is not UNSET:
            field_dict["last_authenticated_at"] = last_authenticated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_identity_binding import AgentIdentityBinding  # noqa: PLC0415

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _execution_mode = d.pop("execution_mode", UNSET)
        execution_mode: ManagedAgentIdentityStatusExecutionMode | Unset
        if isinstance(_execution_mode, Unset):
            execution_mode = UNSET
        else:
            execution_mode = ManagedAgentIdentityStatusExecutionMode(_execution_mode)

        def _parse_identity(data: object) -> AgentIdentityBinding | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                identity_type_0 = AgentIdentityBinding.from_dict(data)

                return identity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentIdentityBinding | None | Unset, data)

        identity = _parse_identity(d.pop("identity", UNSET))

        identity_managed = d.pop("identity_managed", UNSET)

        def _parse_last_authenticated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_authenticated_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_authenticated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_authenticated_at = _parse_last_authenticated_at(d.pop("last_authenticated_at", UNSET))

        managed_agent_identity_status = cls(
            enabled=enabled,
            execution_mode=execution_mode,
            identity=identity,
            identity_managed=identity_managed,
            last_authenticated_at=last_authenticated_at,
        )

        managed_agent_identity_status.additional_properties = d
        return managed_agent_identity_status

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
