from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.policy_match_context import PolicyMatchContext


T = TypeVar("T", bound="PolicyTestResponse")


@_attrs_define
class PolicyTestResponse:
    """Response for /policy/test endpoint.

    Attributes:
        context (PolicyMatchContext): Context used to match a request against policies.

            Contains the team alias, key alias, and model from the incoming request.
        matching_policies (list[str]):
        resolved_guardrails (list[str]):
        message (None | str | Unset):
    """

    context: PolicyMatchContext
    matching_policies: list[str]
    resolved_guardrails: list[str]
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context = self.context.to_dict()

        matching_policies = self.matching_policies

        resolved_guardrails = self.resolved_guardrails

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "context": context,
                "matching_policies": matching_policies,
                "resolved_guardrails": resolved_guardrails,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_match_context import PolicyMatchContext  # noqa: PLC0415

        d = dict(src_dict)
        context = PolicyMatchContext.from_dict(d.pop("context"))

        matching_policies = cast(list[str], d.pop("matching_policies"))

        resolved_guardrails = cast(list[str], d.pop("resolved_guardrails"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        policy_test_response = cls(
            context=context,
            matching_policies=matching_policies,
            resolved_guardrails=resolved_guardrails,
            message=message,
        )

        policy_test_response.additional_properties = d
        return policy_test_response

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
