from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_gateway_session import MCPGatewaySession
    from ..models.mcp_gateway_session_group_count import MCPGatewaySessionGroupCount


T = TypeVar("T", bound="MCPGatewaySessionsResponse")


@_attrs_define
class MCPGatewaySessionsResponse:
    """
    Attributes:
        total_sessions (int):
        worker_pid (int):
        by_client (list[MCPGatewaySessionGroupCount] | Unset):
        by_user (list[MCPGatewaySessionGroupCount] | Unset):
        sessions (list[MCPGatewaySession] | Unset):
    """

    total_sessions: int
    worker_pid: int
    by_client: list[MCPGatewaySessionGroupCount] | Unset = UNSET
    by_user: list[MCPGatewaySessionGroupCount] | Unset = UNSET
    sessions: list[MCPGatewaySession] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_sessions = self.total_sessions

        worker_pid = self.worker_pid

        by_client: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_client, Unset):
            by_client = []
            for by_client_item_data in self.by_client:
                by_client_item = by_client_item_data.to_dict()
                by_client.append(by_client_item)

        by_user: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.by_user, Unset):
            by_user = []
            for by_user_item_data in self.by_user:
                by_user_item = by_user_item_data.to_dict()
                by_user.append(by_user_item)

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
                "total_sessions": total_sessions,
                "worker_pid": worker_pid,
            }
        )
        if by_client is not UNSET:
            field_dict["by_client"] = by_client
        if by_user is not UNSET:
            field_dict["by_user"] = by_user
        if sessions is not UNSET:
            field_dict["sessions"] = sessions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_gateway_session import MCPGatewaySession  # noqa: PLC0415
        from ..models.mcp_gateway_session_group_count import MCPGatewaySessionGroupCount  # noqa: PLC0415

        d = dict(src_dict)
        total_sessions = d.pop("total_sessions")

        worker_pid = d.pop("worker_pid")

        _by_client = d.pop("by_client", UNSET)
        by_client: list[MCPGatewaySessionGroupCount] | Unset = UNSET
        if _by_client is not UNSET:
            by_client = []
            for by_client_item_data in _by_client:
                by_client_item = MCPGatewaySessionGroupCount.from_dict(by_client_item_data)

                by_client.append(by_client_item)

        _by_user = d.pop("by_user", UNSET)
        by_user: list[MCPGatewaySessionGroupCount] | Unset = UNSET
        if _by_user is not UNSET:
            by_user = []
            for by_user_item_data in _by_user:
                by_user_item = MCPGatewaySessionGroupCount.from_dict(by_user_item_data)

                by_user.append(by_user_item)

        _sessions = d.pop("sessions", UNSET)
        sessions: list[MCPGatewaySession] | Unset = UNSET
        if _sessions is not UNSET:
            sessions = []
            for sessions_item_data in _sessions:
                sessions_item = MCPGatewaySession.from_dict(sessions_item_data)

                sessions.append(sessions_item)

        mcp_gateway_sessions_response = cls(
            total_sessions=total_sessions,
            worker_pid=worker_pid,
            by_client=by_client,
            by_user=by_user,
            sessions=sessions,
        )

        mcp_gateway_sessions_response.additional_properties = d
        return mcp_gateway_sessions_response

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
