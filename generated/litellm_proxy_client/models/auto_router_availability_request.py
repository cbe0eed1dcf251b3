from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_router_availability_request_complexity_router_config_type_0 import (
        AutoRouterAvailabilityRequestComplexityRouterConfigType0,
    )


T = TypeVar("T", bound="AutoRouterAvailabilityRequest")


@_attrs_define
class AutoRouterAvailabilityRequest:
    """
    Attributes:
        complexity_router_config (AutoRouterAvailabilityRequestComplexityRouterConfigType0 | None | Unset):
        saved_model_id (None | str | Unset):
        team_id (None | str | Unset):
    """

    complexity_router_config: AutoRouterAvailabilityRequestComplexityRouterConfigType0 | None | Unset = UNSET
    saved_model_id: None | str | Unset = UNSET
    team_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_router_availability_request_complexity_router_config_type_0 import (
            AutoRouterAvailabilityRequestComplexityRouterConfigType0,  # noqa: PLC0415
        )

        complexity_router_config: dict[str, Any] | None | Unset
        if isinstance(self.complexity_router_config, Unset):
            complexity_router_config = UNSET
        elif isinstance(self.complexity_router_config, AutoRouterAvailabilityRequestComplexityRouterConfigType0):
            complexity_router_config = self.complexity_router_config.to_dict()
        else:
            complexity_router_config = self.complexity_router_config

        saved_model_id: None | str | Unset
        if isinstance(self.saved_model_id, Unset):
            saved_model_id = UNSET
        else:
            saved_model_id = self.saved_model_id

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if complexity_router_config is not UNSET:
            field_dict["complexity_router_config"] = complexity_router_config
        if saved_model_id is not UNSET:
            field_dict["saved_model_id"] = saved_model_id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auto_router_availability_request_complexity_router_config_type_0 import (
            AutoRouterAvailabilityRequestComplexityRouterConfigType0,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_complexity_router_config(
            data: object,
        ) -> AutoRouterAvailabilityRequestComplexityRouterConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                complexity_router_config_type_0 = AutoRouterAvailabilityRequestComplexityRouterConfigType0.from_dict(
                    data
                )

                return complexity_router_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoRouterAvailabilityRequestComplexityRouterConfigType0 | None | Unset, data)

        complexity_router_config = _parse_complexity_router_config(d.pop("complexity_router_config", UNSET))

        def _parse_saved_model_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        saved_model_id = _parse_saved_model_id(d.pop("saved_model_id", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        auto_router_availability_request = cls(
            complexity_router_config=complexity_router_config,
            saved_model_id=saved_model_id,
            team_id=team_id,
        )

        auto_router_availability_request.additional_properties = d
        return auto_router_availability_request

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
