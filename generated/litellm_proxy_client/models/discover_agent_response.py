from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.discover_agent_response_agent_card import DiscoverAgentResponseAgentCard


T = TypeVar("T", bound="DiscoverAgentResponse")


@_attrs_define
class DiscoverAgentResponse:
    """
    Attributes:
        agent_card (DiscoverAgentResponseAgentCard):
        url (str):
    """

    agent_card: DiscoverAgentResponseAgentCard
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_card = self.agent_card.to_dict()

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "agent_card": agent_card,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discover_agent_response_agent_card import DiscoverAgentResponseAgentCard  # noqa: PLC0415

        d = dict(src_dict)
        agent_card = DiscoverAgentResponseAgentCard.from_dict(d.pop("agent_card"))

        url = d.pop("url")

        discover_agent_response = cls(
            agent_card=agent_card,
            url=url,
        )

        discover_agent_response.additional_properties = d
        return discover_agent_response

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
