from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_require_approval_mcp_tool_approval_filter_always import (
        McpRequireApprovalMcpToolApprovalFilterAlways,
    )
    from ..models.mcp_require_approval_mcp_tool_approval_filter_never import (
        McpRequireApprovalMcpToolApprovalFilterNever,
    )


T = TypeVar("T", bound="McpRequireApprovalMcpToolApprovalFilter")


@_attrs_define
class McpRequireApprovalMcpToolApprovalFilter:
    """Specify which of the MCP server's tools require approval.

    Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.

        Attributes:
            always (McpRequireApprovalMcpToolApprovalFilterAlways | None | Unset):
            never (McpRequireApprovalMcpToolApprovalFilterNever | None | Unset):
    """

    always: McpRequireApprovalMcpToolApprovalFilterAlways | None | Unset = UNSET
    never: McpRequireApprovalMcpToolApprovalFilterNever | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcp_require_approval_mcp_tool_approval_filter_always import (
            McpRequireApprovalMcpToolApprovalFilterAlways,  # noqa: PLC0415
        )
        from ..models.mcp_require_approval_mcp_tool_approval_filter_never import (
            McpRequireApprovalMcpToolApprovalFilterNever,  # noqa: PLC0415
        )

        always: dict[str, Any] | None | Unset
        if isinstance(self.always, Unset):
            always = UNSET
        elif isinstance(self.always, McpRequireApprovalMcpToolApprovalFilterAlways):
            always = self.always.to_dict()
        else:
            always = self.always

        never: dict[str, Any] | None | Unset
        if isinstance(self.never, Unset):
            never = UNSET
        elif isinstance(self.never, McpRequireApprovalMcpToolApprovalFilterNever):
            never = self.never.to_dict()
        else:
            never = self.never

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_require_approval_mcp_tool_approval_filter_always import (
            McpRequireApprovalMcpToolApprovalFilterAlways,  # noqa: PLC0415
        )
        from ..models.mcp_require_approval_mcp_tool_approval_filter_never import (
            McpRequireApprovalMcpToolApprovalFilterNever,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_always(data: object) -> McpRequireApprovalMcpToolApprovalFilterAlways | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                always_type_0 = McpRequireApprovalMcpToolApprovalFilterAlways.from_dict(data)

                return always_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpRequireApprovalMcpToolApprovalFilterAlways | None | Unset, data)

        always = _parse_always(d.pop("always", UNSET))

        def _parse_never(data: object) -> McpRequireApprovalMcpToolApprovalFilterNever | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                never_type_0 = McpRequireApprovalMcpToolApprovalFilterNever.from_dict(data)

                return never_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpRequireApprovalMcpToolApprovalFilterNever | None | Unset, data)

        never = _parse_never(d.pop("never", UNSET))

        mcp_require_approval_mcp_tool_approval_filter = cls(
            always=always,
            never=never,
        )

        mcp_require_approval_mcp_tool_approval_filter.additional_properties = d
        return mcp_require_approval_mcp_tool_approval_filter

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
