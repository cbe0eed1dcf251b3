from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_mcp_allowed_callers_type_0_item import ToolMcpAllowedCallersType0Item
from ..models.tool_mcp_connector_id import ToolMcpConnectorId
from ..models.tool_mcp_require_approval_type_1 import ToolMcpRequireApprovalType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_mcp_allowed_tools_mcp_tool_filter import ToolMcpAllowedToolsMcpToolFilter
    from ..models.tool_mcp_headers_type_0 import ToolMcpHeadersType0
    from ..models.tool_mcp_require_approval_mcp_tool_approval_filter import ToolMcpRequireApprovalMcpToolApprovalFilter


T = TypeVar("T", bound="ToolMcp")


@_attrs_define
class ToolMcp:
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](https://developers.openai.com/api/docs/guides/tools-connectors-mcp).

        Attributes:
            server_label (str):
            type_ (Literal['mcp']):
            allowed_callers (list[ToolMcpAllowedCallersType0Item] | None | Unset):
            allowed_tools (list[str] | None | ToolMcpAllowedToolsMcpToolFilter | Unset):
            authorization (str | Unset):
            connector_id (ToolMcpConnectorId | Unset):
            defer_loading (bool | Unset):
            headers (None | ToolMcpHeadersType0 | Unset):
            require_approval (None | ToolMcpRequireApprovalMcpToolApprovalFilter | ToolMcpRequireApprovalType1 | Unset):
            server_description (str | Unset):
            server_url (str | Unset):
            tunnel_id (str | Unset):
    """

    server_label: str
    type_: Literal["mcp"]
    allowed_callers: list[ToolMcpAllowedCallersType0Item] | None | Unset = UNSET
    allowed_tools: list[str] | None | ToolMcpAllowedToolsMcpToolFilter | Unset = UNSET
    authorization: str | Unset = UNSET
    connector_id: ToolMcpConnectorId | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    headers: None | ToolMcpHeadersType0 | Unset = UNSET
    require_approval: None | ToolMcpRequireApprovalMcpToolApprovalFilter | ToolMcpRequireApprovalType1 | Unset = UNSET
    server_description: str | Unset = UNSET
    server_url: str | Unset = UNSET
    tunnel_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_mcp_allowed_tools_mcp_tool_filter import ToolMcpAllowedToolsMcpToolFilter  # noqa: PLC0415
        from ..models.tool_mcp_headers_type_0 import ToolMcpHeadersType0  # noqa: PLC0415
        from ..models.tool_mcp_require_approval_mcp_tool_approval_filter import (
            ToolMcpRequireApprovalMcpToolApprovalFilter,  # noqa: PLC0415
        )

        server_label = self.server_label

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

        allowed_tools: dict[str, Any] | list[str] | None | Unset
        if isinstance(self.allowed_tools, Unset):
            allowed_tools = UNSET
        elif isinstance(self.allowed_tools, list):
            allowed_tools = self.allowed_tools

        elif isinstance(self.allowed_tools, ToolMcpAllowedToolsMcpToolFilter):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        authorization = self.authorization

        connector_id: str | Unset = UNSET
        if not isinstance(self.connector_id, Unset):
            connector_id = self.connector_id.value

        defer_loading = self.defer_loading

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, ToolMcpHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, ToolMcpRequireApprovalMcpToolApprovalFilter):
            require_approval = self.require_approval.to_dict()
        elif isinstance(self.require_approval, ToolMcpRequireApprovalType1):
            require_approval = self.require_approval.value
        else:
            require_approval = self.require_approval

        server_description = self.server_description

        server_url = self.server_url

        tunnel_id = self.tunnel_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_label": server_label,
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if allowed_tools is not UNSET:
            field_dict["allowed_tools"] = allowed_tools
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if connector_id is not UNSET:
            field_dict["connector_id"] = connector_id
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if headers is not UNSET:
            field_dict["headers"] = headers
        if require_approval is not UNSET:
            field_dict["require_approval"] = require_approval
        if server_description is not UNSET:
            field_dict["server_description"] = server_description
        if server_url is not UNSET:
            field_dict["server_url"] = server_url
        if tunnel_id is not UNSET:
            field_dict["tunnel_id"] = tunnel_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_mcp_allowed_tools_mcp_tool_filter import ToolMcpAllowedToolsMcpToolFilter  # noqa: PLC0415
        from ..models.tool_mcp_headers_type_0 import ToolMcpHeadersType0  # noqa: PLC0415
        from ..models.tool_mcp_require_approval_mcp_tool_approval_filter import (
            ToolMcpRequireApprovalMcpToolApprovalFilter,  # noqa: PLC0415
        )

        d = dict(src_dict)
        server_label = d.pop("server_label")

        type_ = cast(Literal["mcp"], d.pop("type"))
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        def _parse_allowed_callers(data: object) -> list[ToolMcpAllowedCallersType0Item] | None | Unset:
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
                    allowed_callers_type_0_item = ToolMcpAllowedCallersType0Item(allowed_callers_type_0_item_data)

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ToolMcpAllowedCallersType0Item] | None | Unset, data)

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        def _parse_allowed_tools(data: object) -> list[str] | None | ToolMcpAllowedToolsMcpToolFilter | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_tools_type_0 = cast(list[str], data)

                return allowed_tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_tools_type_1 = ToolMcpAllowedToolsMcpToolFilter.from_dict(data)

                return allowed_tools_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | ToolMcpAllowedToolsMcpToolFilter | Unset, data)

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        authorization = d.pop("authorization", UNSET)

        _connector_id = d.pop("connector_id", UNSET)
        connector_id: ToolMcpConnectorId | Unset
        if isinstance(_connector_id, Unset):
            connector_id = UNSET
        else:
            connector_id = ToolMcpConnectorId(_connector_id)

        defer_loading = d.pop("defer_loading", UNSET)

        def _parse_headers(data: object) -> None | ToolMcpHeadersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = ToolMcpHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolMcpHeadersType0 | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_require_approval(
            data: object,
        ) -> None | ToolMcpRequireApprovalMcpToolApprovalFilter | ToolMcpRequireApprovalType1 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                require_approval_type_0 = ToolMcpRequireApprovalMcpToolApprovalFilter.from_dict(data)

                return require_approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                require_approval_type_1 = ToolMcpRequireApprovalType1(data)

                return require_approval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolMcpRequireApprovalMcpToolApprovalFilter | ToolMcpRequireApprovalType1 | Unset, data)

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        server_description = d.pop("server_description", UNSET)

        server_url = d.pop("server_url", UNSET)

        tunnel_id = d.pop("tunnel_id", UNSET)

        tool_mcp = cls(
            server_label=server_label,
            type_=type_,
            allowed_callers=allowed_callers,
            allowed_tools=allowed_tools,
            authorization=authorization,
            connector_id=connector_id,
            defer_loading=defer_loading,
            headers=headers,
            require_approval=require_approval,
            server_description=server_description,
            server_url=server_url,
            tunnel_id=tunnel_id,
        )

        tool_mcp.additional_properties = d
        return tool_mcp

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
