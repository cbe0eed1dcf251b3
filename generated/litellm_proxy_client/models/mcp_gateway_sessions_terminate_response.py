from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_gateway_session import MCPGatewaySession


T = TypeVar("T", bound="MCPGatewaySessionsTerminateResponse")


@_attrs_define
class MCPGatewaySessionsTerminateResponse:
    """Stateful sessions an administrator force-closed on this proxy worker.

    Attributes:
        terminated_sessions (int):
        worker_pid (int):
        sessions (list[MCPGatewaySession] | Unset):
    """

    terminated_sessions: int
    worker_pid: int
    sessions: list[MCPGatewaySession] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        terminated_sessions = self.terminated_sessions

        worker_pid = self.worker_pid

        sessions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sessions, Unset):
            sessions = []
            for sessions_item_data in self.sessions:
                sessions_item = sessions_item_data.to_dict()
                sessions.append(sessions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "terminated_sessions": terminated_sessions,
                "worker_pid": worker_pid,
            }
        )
        if sessions is not UNSET:
            field_dict["sessions"] = sessions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_gateway_session import MCPGatewaySession  # noqa: PLC0415

        d = dict(src_dict)
        terminated_sessions = d.pop("terminated_sessions")

        worker_pid = d.pop("worker_pid")

        _sessions = d.pop("sessions", UNSET)
        sessions: list[MCPGatewaySession] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = MCPGatewaySession.from_dict(sessions_item_data)

                sessions.append(sessions_item)

        mcp_gateway_sessions_terminate_response = cls(
            terminated_sessions=terminated_sessions,
            worker_pid=worker_pid,
            sessions=sessions,
        )

        mcp_gateway_sessions_terminate_response.additional_properties = d
        return mcp_gateway_sessions_terminate_response

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
