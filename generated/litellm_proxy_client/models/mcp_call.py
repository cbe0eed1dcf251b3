from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mcp_call_status_type_0 import McpCallStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.http_error import HTTPError
    from ..models.mcp_protocol_error import McpProtocolError
    from ..models.mcp_tool_execution_error import McpToolExecutionError


T = TypeVar("T", bound="McpCall")


@_attrs_define
class McpCall:
    """An invocation of a tool on an MCP server.

    Attributes:
        arguments (str):
        id (str):
        name (str):
        server_label (str):
        type_ (Literal['mcp_call']):
        approval_request_id (None | str | Unset):
        error (HTTPError | McpProtocolError | McpToolExecutionError | None | Unset):
        output (None | str | Unset):
        status (McpCallStatusType0 | None | Unset):
    """

    arguments: str
    id: str
    name: str
    server_label: str
    type_: Literal["mcp_call"]
    approval_request_id: None | str | Unset = UNSET
    error: HTTPError | McpProtocolError | McpToolExecutionError | None | Unset = UNSET
    output: None | str | Unset = UNSET
    status: McpCallStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.http_error import HTTPError  # noqa: PLC0415
        from ..models.mcp_protocol_error import McpProtocolError  # noqa: PLC0415
        from ..models.mcp_tool_execution_error import McpToolExecutionError  # noqa: PLC0415

        arguments = self.arguments

        id = self.id

        name = self.name

        server_label = self.server_label

        type_ = self.type_

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, McpProtocolError):
            error = self.error.to_dict()
        elif isinstance(self.error, McpToolExecutionError):
            error = self.error.to_dict()
        elif isinstance(self.error, HTTPError):
            error = self.error.to_dict()
        else:
            error = self.error

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, McpCallStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arguments": arguments,
                "id": id,
                "name": name,
                "server_label": server_label,
                "type": type_,
            }
        )
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if error is not UNSET:
            field_dict["error"] = error
        if output is not UNSET:
            field_dict["output"] = output
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.http_error import HTTPError  # noqa: PLC0415
        from ..models.mcp_protocol_error import McpProtocolError  # noqa: PLC0415
        from ..models.mcp_tool_execution_error import McpToolExecutionError  # noqa: PLC0415

        d = dict(src_dict)
        arguments = d.pop("arguments")

        id = d.pop("id")

        name = d.pop("name")

        server_label = d.pop("server_label")

        type_ = cast(Literal["mcp_call"], d.pop("type"))
        if type_ != "mcp_call":
            raise ValueError(f"type must match const 'mcp_call', got '{type_}'")

        def _parse_approval_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_request_id = _parse_approval_request_id(d.pop("approval_request_id", UNSET))

        def _parse_error(data: object) -> HTTPError | McpProtocolError | McpToolExecutionError | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = McpProtocolError.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = McpToolExecutionError.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_2 = HTTPError.from_dict(data)

                return error_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HTTPError | McpProtocolError | McpToolExecutionError | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_status(data: object) -> McpCallStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = McpCallStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpCallStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        mcp_call = cls(
            arguments=arguments,
            id=id,
            name=name,
            server_label=server_label,
            type_=type_,
            approval_request_id=approval_request_id,
            error=error,
            output=output,
            status=status,
        )

        mcp_call.additional_properties = d
        return mcp_call

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
