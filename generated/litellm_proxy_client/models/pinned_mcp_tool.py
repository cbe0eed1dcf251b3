from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pinned_mcp_tool_input_schema import PinnedMCPToolInputSchema


T = TypeVar("T", bound="PinnedMCPTool")


@_attrs_define
class PinnedMCPTool:
    """One tool of an admin-pinned catalog: the description and input schema tools/list keeps serving.

    Attributes:
        description (str | Unset):  Default: ''.
        input_schema (PinnedMCPToolInputSchema | Unset):
    """

    description: str | Unset = ""
    input_schema: PinnedMCPToolInputSchema | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        input_schema: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_schema, Unset):
            input_schema = self.input_schema.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if input_schema is not UNSET:
            field_dict["input_schema"] = input_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pinned_mcp_tool_input_schema import PinnedMCPToolInputSchema  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        _input_schema = d.pop("input_schema", UNSET)
        input_schema: PinnedMCPToolInputSchema | Unset
        if isinstance(_input_schema, Unset):
            input_schema = UNSET
        else:
            input_schema = PinnedMCPToolInputSchema.from_dict(_input_schema)

        pinned_mcp_tool = cls(
            description=description,
            input_schema=input_schema,
        )

        return pinned_mcp_tool
