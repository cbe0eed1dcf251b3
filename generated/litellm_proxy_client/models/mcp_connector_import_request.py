from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.mcp_connector_entry import MCPConnectorEntry
    from ..models.mcp_connector_import_request_mcp_servers_type_0 import MCPConnectorImportRequestMcpServersType0


T = TypeVar("T", bound="MCPConnectorImportRequest")


@_attrs_define
class MCPConnectorImportRequest:
    """
    Attributes:
        mcp_servers (list[MCPConnectorEntry] | MCPConnectorImportRequestMcpServersType0):
    """

    mcp_servers: list[MCPConnectorEntry] | MCPConnectorImportRequestMcpServersType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcp_connector_import_request_mcp_servers_type_0 import MCPConnectorImportRequestMcpServersType0  # noqa: PLC0415

        mcp_servers: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.mcp_servers, MCPConnectorImportRequestMcpServersType0):
            mcp_servers = self.mcp_servers.to_dict()
        else:
            mcp_servers = []
            for mcp_servers_type_1_item_data in self.mcp_servers:
                mcp_servers_type_1_item = mcp_servers_type_1_item_data.to_dict()
                mcp_servers.append(mcp_servers_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mcp_servers": mcp_servers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_connector_entry import MCPConnectorEntry  # noqa: PLC0415
        from ..models.mcp_connector_import_request_mcp_servers_type_0 import MCPConnectorImportRequestMcpServersType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_mcp_servers(data: object) -> list[MCPConnectorEntry] | MCPConnectorImportRequestMcpServersType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_servers_type_0 = MCPConnectorImportRequestMcpServersType0.from_dict(data)

                return mcp_servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            mcp_servers_type_1 = []
            _mcp_servers_type_1 = data
            for mcp_servers_type_1_item_data in _mcp_servers_type_1:
                mcp_servers_type_1_item = MCPConnectorEntry.from_dict(mcp_servers_type_1_item_data)

                mcp_servers_type_1.append(mcp_servers_type_1_item)

            return mcp_servers_type_1

        mcp_servers = _parse_mcp_servers(d.pop("mcp_servers"))

        mcp_connector_import_request = cls(
            mcp_servers=mcp_servers,
        )

        mcp_connector_import_request.additional_properties = d
        return mcp_connector_import_request

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
