from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_allowed_callers_type_0_item import McpAllowedCallersType0Item
from ..models.mcp_connector_id_type_0 import McpConnectorIdType0
from ..models.mcp_require_approval_type_1 import McpRequireApprovalType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_allowed_tools_mcp_tool_filter import McpAllowedToolsMcpToolFilter
    from ..models.mcp_headers_type_0 import McpHeadersType0
    from ..models.mcp_require_approval_mcp_tool_approval_filter import McpRequireApprovalMcpToolApprovalFilter


T = TypeVar("T", bound="Mcp")


@_attrs_define
class Mcp:
    """Give the model access to additional tools via remote Model Context Protocol
    (MCP) servers. [Learn more about MCP](https://developers.openai.com/api/docs/guides/tools-connectors-mcp).

        Attributes:
            server_label (str):
            type_ (Literal['mcp']):
            allowed_callers (list[McpAllowedCallersType0Item] | None | Unset):
            allowed_tools (list[str] | McpAllowedToolsMcpToolFilter | None | Unset):
            authorization (None | str | Unset):
            connector_id (McpConnectorIdType0 | None | Unset):
            defer_loading (bool | None | Unset):
            headers (McpHeadersType0 | None | Unset):
            require_approval (McpRequireApprovalMcpToolApprovalFilter | McpRequireApprovalType1 | None | Unset):
            server_description (None | str | Unset):
            server_url (None | str | Unset):
            tunnel_id (None | str | Unset):
    """

    server_label: str
    type_: Literal["mcp"]
    allowed_callers: list[McpAllowedCallersType0Item] | None | Unset = UNSET
    allowed_tools: list[str] | McpAllowedToolsMcpToolFilter | None | Unset = UNSET
    authorization: None | str | Unset = UNSET
    connector_id: McpConnectorIdType0 | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    headers: McpHeadersType0 | None | Unset = UNSET
    require_approval: McpRequireApprovalMcpToolApprovalFilter | McpRequireApprovalType1 | None | Unset = UNSET
    server_description: None | str | Unset = UNSET
    server_url: None | str | Unset = UNSET
    tunnel_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcp_allowed_tools_mcp_tool_filter import McpAllowedToolsMcpToolFilter  # noqa: PLC0415
        from ..models.mcp_headers_type_0 import McpHeadersType0  # noqa: PLC0415
        from ..models.mcp_require_approval_mcp_tool_approval_filter import McpRequireApprovalMcpToolApprovalFilter  # noqa: PLC0415

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

        elif isinstance(self.allowed_tools, McpAllowedToolsMcpToolFilter):
            allowed_tools = self.allowed_tools.to_dict()
        else:
            allowed_tools = self.allowed_tools

        authorization: None | str | Unset
        if isinstance(self.authorization, Unset):
            authorization = UNSET
        else:
            authorization = self.authorization

        connector_id: None | str | Unset
        if isinstance(self.connector_id, Unset):
            connector_id = UNSET
        elif isinstance(self.connector_id, McpConnectorIdType0):
            connector_id = self.connector_id.value
        else:
            connector_id = self.connector_id

        defer_loading: bool | None | Unset
        if isinstance(self.defer_loading, Unset):
            defer_loading = UNSET
        else:
            defer_loading = self.defer_loading

        headers: dict[str, Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, McpHeadersType0):
            headers = self.headers.to_dict()
        else:
            headers = self.headers

        require_approval: dict[str, Any] | None | str | Unset
        if isinstance(self.require_approval, Unset):
            require_approval = UNSET
        elif isinstance(self.require_approval, McpRequireApprovalMcpToolApprovalFilter):
            require_approval = self.require_approval.to_dict()
        elif isinstance(self.require_approval, McpRequireApprovalType1):
            require_approval = self.require_approval.value
        else:
            require_approval = self.require_approval

        server_description: None | str | Unset
        if isinstance(self.server_description, Unset):
            server_description = UNSET
        else:
            server_description = self.server_description

        server_url: None | str | Unset
        if isinstance(self.server_url, Unset):
            server_url = UNSET
        else:
            server_url = self.server_url

        tunnel_id: None | str | Unset
        if isinstance(self.tunnel_id, Unset):
            tunnel_id = UNSET
        else:
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
        from ..models.mcp_allowed_tools_mcp_tool_filter import McpAllowedToolsMcpToolFilter  # noqa: PLC0415
        from ..models.mcp_headers_type_0 import McpHeadersType0  # noqa: PLC0415
        from ..models.mcp_require_approval_mcp_tool_approval_filter import McpRequireApprovalMcpToolApprovalFilter  # noqa: PLC0415

        d = dict(src_dict)
        server_label = d.pop("server_label")

        type_ = cast(Literal["mcp"], d.pop("type"))
        if type_ != "mcp":
            raise ValueError(f"type must match const 'mcp', got '{type_}'")

        def _parse_allowed_callers(data: object) -> list[McpAllowedCallersType0Item] | None | Unset:
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
                    allowed_callers_type_0_item = McpAllowedCallersType0Item(allowed_callers_type_0_item_data)

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[McpAllowedCallersType0Item] | None | Unset, data)

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        def _parse_allowed_tools(data: object) -> list[str] | McpAllowedToolsMcpToolFilter | None | Unset:
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
                allowed_tools_type_1 = McpAllowedToolsMcpToolFilter.from_dict(data)

                return allowed_tools_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | McpAllowedToolsMcpToolFilter | None | Unset, data)

        allowed_tools = _parse_allowed_tools(d.pop("allowed_tools", UNSET))

        def _parse_authorization(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorization = _parse_authorization(d.pop("authorization", UNSET))

        def _parse_connector_id(data: object) -> McpConnectorIdType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                connector_id_type_0 = McpConnectorIdType0(data)

                return connector_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpConnectorIdType0 | None | Unset, data)

        connector_id = _parse_connector_id(d.pop("connector_id", UNSET))

        def _parse_defer_loading(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        defer_loading = _parse_defer_loading(d.pop("defer_loading", UNSET))

        def _parse_headers(data: object) -> McpHeadersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                headers_type_0 = McpHeadersType0.from_dict(data)

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpHeadersType0 | None | Unset, data)

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_require_approval(
            data: object,
        ) -> McpRequireApprovalMcpToolApprovalFilter | McpRequireApprovalType1 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                require_approval_type_0 = McpRequireApprovalMcpToolApprovalFilter.from_dict(data)

                return require_approval_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                require_approval_type_1 = McpRequireApprovalType1(data)

                return require_approval_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpRequireApprovalMcpToolApprovalFilter | McpRequireApprovalType1 | None | Unset, data)

        require_approval = _parse_require_approval(d.pop("require_approval", UNSET))

        def _parse_server_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_description = _parse_server_description(d.pop("server_description", UNSET))

        def _parse_server_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_url = _parse_server_url(d.pop("server_url", UNSET))

        def _parse_tunnel_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tunnel_id = _parse_tunnel_id(d.pop("tunnel_id", UNSET))

        mcp = cls(
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

        mcp.additional_properties = d
        return mcp

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
