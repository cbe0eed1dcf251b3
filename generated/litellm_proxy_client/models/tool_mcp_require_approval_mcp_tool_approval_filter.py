from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_mcp_require_approval_mcp_tool_approval_filter_always import (
        ToolMcpRequireApprovalMcpToolApprovalFilterAlways,
    )
    from ..models.tool_mcp_require_approval_mcp_tool_approval_filter_never import (
        ToolMcpRequireApprovalMcpToolApprovalFilterNever,
    )


T = TypeVar("T", bound="ToolMcpRequireApprovalMcpToolApprovalFilter")


@_attrs_define
class ToolMcpRequireApprovalMcpToolApprovalFilter:
    """Specify which of the MCP server's tools require approval.

    Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.

        Attributes:
            always (ToolMcpRequireApprovalMcpToolApprovalFilterAlways | Unset): A filter object to specify which tools are
                allowed.
            never (ToolMcpRequireApprovalMcpToolApprovalFilterNever | Unset): A filter object to specify which tools are
                allowed.
    """

    always: ToolMcpRequireApprovalMcpToolApprovalFilterAlways | Unset = UNSET
    never: ToolMcpRequireApprovalMcpToolApprovalFilterNever | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        always: dict[str, Any] | Unset = UNSET
        if not isinstance(self.always, Unset):
            always = self.always.to_dict()

        never: dict[str, Any] | Unset = UNSET
        if not isinstance(self.never, Unset):
            never = self.never.to_dict()

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
        from ..models.tool_mcp_require_approval_mcp_tool_approval_filter_always import (
            ToolMcpRequireApprovalMcpToolApprovalFilterAlways,  # noqa: PLC0415
        )
        from ..models.tool_mcp_require_approval_mcp_tool_approval_filter_never import (
            ToolMcpRequireApprovalMcpToolApprovalFilterNever,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _always = d.pop("always", UNSET)
        always: ToolMcpRequireApprovalMcpToolApprovalFilterAlways | Unset
        if isinstance(_always, Unset):
            always = UNSET
        else:
            always = ToolMcpRequireApprovalMcpToolApprovalFilterAlways.from_dict(_always)

        _never = d.pop("never", UNSET)
        never: ToolMcpRequireApprovalMcpToolApprovalFilterNever | Unset
        if isinstance(_never, Unset):
            never = UNSET
        else:
            never = ToolMcpRequireApprovalMcpToolApprovalFilterNever.from_dict(_never)

        tool_mcp_require_approval_mcp_tool_approval_filter = cls(
            always=always,
            never=never,
        )

        tool_mcp_require_approval_mcp_tool_approval_filter.additional_properties = d
        return tool_mcp_require_approval_mcp_tool_approval_filter

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
