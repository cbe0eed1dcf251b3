from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MCPToolSearchSettings")


@_attrs_define
class MCPToolSearchSettings:
    """`litellm_settings.mcp_tool_search`: how the native `mcp_tool_search` virtual tool ranks the caller's tools.

    Attributes:
        core_tools (list[str] | Unset): Tool names always returned first when the caller can access them, e.g.
            `my_server-get_rates`.
        embedding_model (None | str | Unset): Embedding model from model_list used to rank tools by meaning. Unset keeps
            keyword matching.
        similarity_threshold (float | Unset): Lowest cosine similarity a tool needs to appear in semantic results (0.0 =
            no cutoff). Default: 0.0.
        top_k (int | Unset): Most ranked tools a search returns. A smaller top_k in the tool call wins. Core tools do
            not count. Default: 5.
    """

    core_tools: list[str] | Unset = UNSET
    embedding_model: None | str | Unset = UNSET
    similarity_threshold: float | Unset = 0.0
    top_k: int | Unset = 5
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        core_tools: list[str] | Unset = UNSET
        if not isinstance(self.core_tools, Unset):
            core_tools = self.core_tools

        embedding_model: None | str | Unset
        if isinstance(self.embedding_model, Unset):
            embedding_model = UNSET
        else:
            embedding_model = self.embedding_model

        similarity_threshold = self.similarity_threshold

        top_k = self.top_k

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if core_tools is not UNSET:
            field_dict["core_tools"] = core_tools
        if embedding_model is not UNSET:
            field_dict["embedding_model"] = embedding_model
        if similarity_threshold is not UNSET:
            field_dict["similarity_threshold"] = similarity_threshold
        if top_k is not UNSET:
            field_dict["top_k"] = top_k

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        core_tools = cast(list[str], d.pop("core_tools", UNSET))

        def _parse_embedding_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        embedding_model = _parse_embedding_model(d.pop("embedding_model", UNSET))

        similarity_threshold = d.pop("similarity_threshold", UNSET)

        top_k = d.pop("top_k", UNSET)

        mcp_tool_search_settings = cls(
            core_tools=core_tools,
            embedding_model=embedding_model,
            similarity_threshold=similarity_threshold,
            top_k=top_k,
        )

        mcp_tool_search_settings.additional_properties = d
        return mcp_tool_search_settings

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
