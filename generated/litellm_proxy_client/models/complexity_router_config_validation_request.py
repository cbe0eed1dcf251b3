from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.complexity_router_config_validation_request_complexity_router_config import (
        ComplexityRouterConfigValidationRequestComplexityRouterConfig,
    )


T = TypeVar("T", bound="ComplexityRouterConfigValidationRequest")


@_attrs_define
class ComplexityRouterConfigValidationRequest:
    """A complexity-router config to validate without saving, so a form can surface the
    backend's own verdict inline instead of a raw 400 at write time.

        Attributes:
            complexity_router_config (ComplexityRouterConfigValidationRequestComplexityRouterConfig):
            team_id (None | str | Unset): Team the router is being created for. Required for a team admin, who may only
                validate their own team's routers
    """

    complexity_router_config: ComplexityRouterConfigValidationRequestComplexityRouterConfig
    team_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        complexity_router_config = self.complexity_router_config.to_dict()

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "complexity_router_config": complexity_router_config,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complexity_router_config_validation_request_complexity_router_config import (
            ComplexityRouterConfigValidationRequestComplexityRouterConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        complexity_router_config = ComplexityRouterConfigValidationRequestComplexityRouterConfig.from_dict(
            d.pop("complexity_router_config")
        )

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        complexity_router_config_validation_request = cls(
            complexity_router_config=complexity_router_config,
            team_id=team_id,
        )

        complexity_router_config_validation_request.additional_properties = d
        return complexity_router_config_validation_request

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
