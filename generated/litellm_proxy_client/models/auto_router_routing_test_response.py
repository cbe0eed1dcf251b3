from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.standard_logging_routing_decision import StandardLoggingRoutingDecision


T = TypeVar("T", bound="AutoRouterRoutingTestResponse")


@_attrs_define
class AutoRouterRoutingTestResponse:
    """Where one prompt would have been routed, and why.

    Attributes:
        routed_model (str): The model group the router picked
        routed_model_configured (bool): Whether routed_model is a model group available to the caller, scoped to team_id
            when given. Never confirms models the caller could not use
        routing_decision (StandardLoggingRoutingDecision): Per-request provenance for a pre-routing strategy (auto-
            router) decision.
    """

    routed_model: str
    routed_model_configured: bool
    routing_decision: StandardLoggingRoutingDecision
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        routed_model = self.routed_model

        routed_model_configured = self.routed_model_configured

        routing_decision = self.routing_decision.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "routed_model": routed_model,
                "routed_model_configured": routed_model_configured,
                "routing_decision": routing_decision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_logging_routing_decision import StandardLoggingRoutingDecision  # noqa: PLC0415

        d = dict(src_dict)
        routed_model = d.pop("routed_model")

        routed_model_configured = d.pop("routed_model_configured")

        routing_decision = StandardLoggingRoutingDecision.from_dict(d.pop("routing_decision"))

        auto_router_routing_test_response = cls(
            routed_model=routed_model,
            routed_model_configured=routed_model_configured,
            routing_decision=routing_decision,
        )

        auto_router_routing_test_response.additional_properties = d
        return auto_router_routing_test_response

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
