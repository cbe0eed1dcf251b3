from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_group_resource import AccessGroupResource
    from ..models.access_group_response_mcp_tool_permissions_type_0 import AccessGroupResponseMcpToolPermissionsType0


T = TypeVar("T", bound="AccessGroupResponse")


@_attrs_define
class AccessGroupResponse:
    """
    Attributes:
        access_agent_ids (list[str]):
        access_agents (list[AccessGroupResource]):
        access_group_id (str):
        access_group_name (str):
        access_mcp_server_ids (list[str]):
        access_mcp_servers (list[AccessGroupResource]):
        access_model_names (list[str]):
        assigned_key_ids (list[str]):
        assigned_keys (list[AccessGroupResource]):
        assigned_team_ids (list[str]):
        assigned_teams (list[AccessGroupResource]):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        access_skill_names (list[str] | Unset):
        created_by (None | str | Unset):
        description (None | str | Unset):
        mcp_tool_permissions (AccessGroupResponseMcpToolPermissionsType0 | None | Unset):
        updated_by (None | str | Unset):
    """

    access_agent_ids: list[str]
    access_agents: list[AccessGroupResource]
    access_group_id: str
    access_group_name: str
    access_mcp_server_ids: list[str]
    access_mcp_servers: list[AccessGroupResource]
    access_model_names: list[str]
    assigned_key_ids: list[str]
    assigned_keys: list[AccessGroupResource]
    assigned_team_ids: list[str]
    assigned_teams: list[AccessGroupResource]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    access_skill_names: list[str] | Unset = UNSET
    created_by: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    mcp_tool_permissions: AccessGroupResponseMcpToolPermissionsType0 | None | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.access_group_response_mcp_tool_permissions_type_0 import (
            AccessGroupResponseMcpToolPermissionsType0,  # noqa: PLC0415
        )

        access_agent_ids = self.access_agent_ids

        access_agents = []
        for access_agents_item_data in self.access_agents:
            access_agents_item = access_agents_item_data.to_dict()
            access_agents.append(access_agents_item)

        access_group_id = self.access_group_id

        access_group_name = self.access_group_name

        access_mcp_server_ids = self.access_mcp_server_ids

        access_mcp_servers = []
        for access_mcp_servers_item_data in self.access_mcp_servers:
            access_mcp_servers_item = access_mcp_servers_item_data.to_dict()
            access_mcp_servers.append(access_mcp_servers_item)

        access_model_names = self.access_model_names

        assigned_key_ids = self.assigned_key_ids

        assigned_keys = []
        for assigned_keys_item_data in self.assigned_keys:
            assigned_keys_item = assigned_keys_item_data.to_dict()
            assigned_keys.append(assigned_keys_item)

        assigned_team_ids = self.assigned_team_ids

        assigned_teams = []
        for assigned_teams_item_data in self.assigned_teams:
            assigned_teams_item = assigned_teams_item_data.to_dict()
            assigned_teams.append(assigned_teams_item)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        access_skill_names: list[str] | Unset = UNSET
        if not isinstance(self.access_skill_names, Unset):
            access_skill_names = self.access_skill_names

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        mcp_tool_permissions: dict[str, Any] | None | Unset
        if isinstance(self.mcp_tool_permissions, Unset):
            mcp_tool_permissions = UNSET
        elif isinstance(self.mcp_tool_permissions, AccessGroupResponseMcpToolPermissionsType0):
            mcp_tool_permissions = self.mcp_tool_permissions.to_dict()
        else:
            mcp_tool_permissions = self.mcp_tool_permissions

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_agent_ids": access_agent_ids,
                "access_agents": access_agents,
                "access_group_id": access_group_id,
                "access_group_name": access_group_name,
                "access_mcp_server_ids": access_mcp_server_ids,
                "access_mcp_servers": access_mcp_servers,
                "access_model_names": access_model_names,
                "assigned_key_ids": assigned_key_ids,
                "assigned_keys": assigned_keys,
                "assigned_team_ids": assigned_team_ids,
                "assigned_teams": assigned_teams,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if access_skill_names is not UNSET:
            field_dict["access_skill_names"] = access_skill_names
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if description is not UNSET:
            field_dict["description"] = description
        if mcp_tool_permissions is not UNSET:
            field_dict["mcp_tool_permissions"] = mcp_tool_permissions
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_group_resource import AccessGroupResource  # noqa: PLC0415
        from ..models.access_group_response_mcp_tool_permissions_type_0 import (
            AccessGroupResponseMcpToolPermissionsType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        access_agent_ids = cast(list[str], d.pop("access_agent_ids"))

        access_agents = []
        _access_agents = d.pop("access_agents")
        for access_agents_item_data in _access_agents:
            access_agents_item = AccessGroupResource.from_dict(access_agents_item_data)

            access_agents.append(access_agents_item)

        access_group_id = d.pop("access_group_id")

        access_group_name = d.pop("access_group_name")

        access_mcp_server_ids = cast(list[str], d.pop("access_mcp_server_ids"))

        access_mcp_servers = []
        _access_mcp_servers = d.pop("access_mcp_servers")
        for access_mcp_servers_item_data in _access_mcp_servers:
            access_mcp_servers_item = AccessGroupResource.from_dict(access_mcp_servers_item_data)

            access_mcp_servers.append(access_mcp_servers_item)

        access_model_names = cast(list[str], d.pop("access_model_names"))

        assigned_key_ids = cast(list[str], d.pop("assigned_key_ids"))

        assigned_keys = []
        _assigned_keys = d.pop("assigned_keys")
        for assigned_keys_item_data in _assigned_keys:
            assigned_keys_item = AccessGroupResource.from_dict(assigned_keys_item_data)

            assigned_keys.append(assigned_keys_item)

        assigned_team_ids = cast(list[str], d.pop("assigned_team_ids"))

        assigned_teams = []
        _assigned_teams = d.pop("assigned_teams")
        for assigned_teams_item_data in _assigned_teams:
            assigned_teams_item = AccessGroupResource.from_dict(assigned_teams_item_data)

            assigned_teams.append(assigned_teams_item)

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        access_skill_names = cast(list[str], d.pop("access_skill_names", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_mcp_tool_permissions(data: object) -> AccessGroupResponseMcpToolPermissionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_tool_permissions_type_0 = AccessGroupResponseMcpToolPermissionsType0.from_dict(data)

                return mcp_tool_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessGroupResponseMcpToolPermissionsType0 | None | Unset, data)

        mcp_tool_permissions = _parse_mcp_tool_permissions(d.pop("mcp_tool_permissions", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        access_group_response = cls(
            access_agent_ids=access_agent_ids,
            access_agents=access_agents,
            access_group_id=access_group_id,
            access_group_name=access_group_name,
            access_mcp_server_ids=access_mcp_server_ids,
            access_mcp_servers=access_mcp_servers,
            access_model_names=access_model_names,
            assigned_key_ids=assigned_key_ids,
            assigned_keys=assigned_keys,
            assigned_team_ids=assigned_team_ids,
            assigned_teams=assigned_teams,
            created_at=created_at,
            updated_at=updated_at,
            access_skill_names=access_skill_names,
            created_by=created_by,
            description=description,
            mcp_tool_permissions=mcp_tool_permissions,
            updated_by=updated_by,
        )

        access_group_response.additional_properties = d
        return access_group_response

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
