from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebSearchInterceptionSettings")


@_attrs_define
class WebSearchInterceptionSettings:
    """Configuration for server-side web search interception

    Attributes:
        enabled (bool | Unset): Serve web search tool calls from a configured search tool instead of passing them
            upstream Default: False.
        enabled_providers (list[str] | Unset): LLM providers to intercept for (e.g. 'bedrock', 'vertex_ai'). Empty
            intercepts Bedrock only.
        max_agentic_loops (int | None | Unset): How many follow-up model calls one intercepted request may chain. Empty
            applies the default of 3.
        search_tool_name (None | str | Unset): Name of the configured search tool to run searches through. Empty uses
            the first one available.
    """

    enabled: bool | Unset = False
    enabled_providers: list[str] | Unset = UNSET
    max_agentic_loops: int | None | Unset = UNSET
    search_tool_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        enabled_providers: list[str] | Unset = UNSET
        if not isinstance(self.enabled_providers, Unset):
            enabled_providers = self.enabled_providers

        max_agentic_loops: int | None | Unset
        if isinstance(self.max_agentic_loops, Unset):
            max_agentic_loops = UNSET
        else:
            max_agentic_loops = self.max_agentic_loops

        search_tool_name: None | str | Unset
        if isinstance(self.search_tool_name, Unset):
            search_tool_name = UNSET
        else:
            search_tool_name = self.search_tool_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if enabled_providers is not UNSET:
            field_dict["enabled_providers"] = enabled_providers
        if max_agentic_loops is not UNSET:
            field_dict["max_agentic_loops"] = max_agentic_loops
        if search_tool_name is not UNSET:
            field_dict["search_tool_name"] = search_tool_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        enabled_providers = cast(list[str], d.pop("enabled_providers", UNSET))

        def _parse_max_agentic_loops(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_agentic_loops = _parse_max_agentic_loops(d.pop("max_agentic_loops", UNSET))

        def _parse_search_tool_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        search_tool_name = _parse_search_tool_name(d.pop("search_tool_name", UNSET))

        web_search_interception_settings = cls(
            enabled=enabled,
            enabled_providers=enabled_providers,
            max_agentic_loops=max_agentic_loops,
            search_tool_name=search_tool_name,
        )

        web_search_interception_settings.additional_properties = d
        return web_search_interception_settings

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
