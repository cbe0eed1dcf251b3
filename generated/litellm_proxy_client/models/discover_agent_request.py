from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discovery_mode import DiscoveryMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discover_agent_request_params_type_0 import DiscoverAgentRequestParamsType0


T = TypeVar("T", bound="DiscoverAgentRequest")


@_attrs_define
class DiscoverAgentRequest:
    """
    Attributes:
        url (str): Base URL of the upstream agent. Behavior depends on ``discovery_mode``: ``well_known_fallback``
            (default) tries /.well-known/agent-card.json, /.well-known/agent.json, /agent.json under this URL in order;
            ``langgraph_platform`` hits ``/.well-known/agent-card.json?assistant_id=<id>`` instead.
        discovery_mode (DiscoveryMode | Unset): How to locate the upstream agent card.

            String-valued so it serializes cleanly over JSON / Pydantic.
        params (DiscoverAgentRequestParamsType0 | None | Unset): Mode-specific parameters. ``langgraph_platform``
            requires ``{'assistant_id': <id>}``. ``well_known_fallback`` ignores this.
    """

    url: str
    discovery_mode: DiscoveryMode | Unset = UNSET
    params: DiscoverAgentRequestParamsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.discover_agent_request_params_type_0 import DiscoverAgentRequestParamsType0  # noqa: PLC0415

        url = self.url

        discovery_mode: str | Unset = UNSET
        if not isinstance(self.discovery_mode, Unset):
            discovery_mode = self.discovery_mode.value

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, DiscoverAgentRequestParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if discovery_mode is not UNSET:
            field_dict["discovery_mode"] = discovery_mode
        if params is not UNSET:
            field_dict["params"] = params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discover_agent_request_params_type_0 import DiscoverAgentRequestParamsType0  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url")

        _discovery_mode = d.pop("discovery_mode", UNSET)
        discovery_mode: DiscoveryMode | Unset
        if isinstance(_discovery_mode, Unset):
            discovery_mode = UNSET
        else:
            discovery_mode = DiscoveryMode(_discovery_mode)

        def _parse_params(data: object) -> DiscoverAgentRequestParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = DiscoverAgentRequestParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DiscoverAgentRequestParamsType0 | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        discover_agent_request = cls(
            url=url,
            discovery_mode=discovery_mode,
            params=params,
        )

        discover_agent_request.additional_properties = d
        return discover_agent_request

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
