from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentNode")


@_attrs_define
class AgentNode:
    """
    Attributes:
        duration_ms (float):
        invocations (int):
        llm_calls (int):
        name (str):
        parent_agent (None | str):
        priced_calls (int):
        spend (float | None):
        tool_calls (int):
    """

    duration_ms: float
    invocations: int
    llm_calls: int
    name: str
    parent_agent: None | str
    priced_calls: int
    spend: float | None
    tool_calls: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        duration_ms = self.duration_ms

        invocations = self.invocations

        llm_calls = self.llm_calls

        name = self.name

        parent_agent: None | str
        parent_agent = self.parent_agent

        priced_calls = self.priced_calls

        spend: float | None
        spend = self.spend

        tool_calls = self.tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "duration_ms": duration_ms,
                "invocations": invocations,
                "llm_calls": llm_calls,
                "name": name,
                "parent_agent": parent_agent,
                "priced_calls": priced_calls,
                "spend": spend,
                "tool_calls": tool_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        duration_ms = d.pop("duration_ms")

        invocations = d.pop("invocations")

        llm_calls = d.pop("llm_calls")

        name = d.pop("name")

        def _parse_parent_agent(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_agent = _parse_parent_agent(d.pop("parent_agent"))

        priced_calls = d.pop("priced_calls")

        def _parse_spend(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        spend = _parse_spend(d.pop("spend"))

        tool_calls = d.pop("tool_calls")

        agent_node = cls(
            duration_ms=duration_ms,
            invocations=invocations,
            llm_calls=llm_calls,
            name=name,
            parent_agent=parent_agent,
            priced_calls=priced_calls,
            spend=spend,
            tool_calls=tool_calls,
        )

        agent_node.additional_properties = d
        return agent_node

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
