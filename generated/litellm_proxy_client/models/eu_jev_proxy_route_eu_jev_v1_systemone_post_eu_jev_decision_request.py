from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions,
    )
    from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_state_type_1 import (
        EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1,
    )


T = TypeVar("T", bound="EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest")


@_attrs_define
class EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequest:
    """
    Attributes:
        questions (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions): One to eight questions, keyed by
            names of up to 80 characters
        state (EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1 | list[Any] | str): The content to
            evaluate, a string of up to 100,000 characters or a JSON object or array
        model (str | Unset): eu-jeff-latest follows the current release, eu-jeff-1.0.0 pins it Default: 'eu-jeff-
            latest'.
    """

    questions: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions
    state: EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1 | list[Any] | str
    model: str | Unset = "eu-jeff-latest"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_state_type_1 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1,  # noqa: PLC0415
        )

        questions = self.questions.to_dict()

        state: dict[str, Any] | list[Any] | str
        if isinstance(self.state, EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1):
            state = self.state.to_dict()
        elif isinstance(self.state, list):
            state = self.state

        else:
            state = self.state

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questions": questions,
                "state": state,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_questions import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions,  # noqa: PLC0415
        )
        from ..models.eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request_state_type_1 import (
            EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1,  # noqa: PLC0415
        )

        d = dict(src_dict)
        questions = EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestQuestions.from_dict(d.pop("questions"))

        def _parse_state(
            data: object,
        ) -> EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1 | list[Any] | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                state_type_1 = EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1.from_dict(data)

                return state_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                state_type_2 = cast(list[Any], data)

                return state_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EuJevProxyRouteEuJevV1SystemonePostEuJevDecisionRequestStateType1 | list[Any] | str, data)

        state = _parse_state(d.pop("state"))

        model = d.pop("model", UNSET)

        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request = cls(
            questions=questions,
            state=state,
            model=model,
        )

        eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request.additional_properties = d
        return eu_jev_proxy_route_eu_jev_v1_systemone_post_eu_jev_decision_request

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
