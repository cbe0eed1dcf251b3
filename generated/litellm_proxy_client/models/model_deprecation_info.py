from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_deprecation_info_status import ModelDeprecationInfoStatus
from ..models.successor_model_source import SuccessorModelSource
from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDeprecationInfo")


@_attrs_define
class ModelDeprecationInfo:
    """
    Attributes:
        days_until_deprecation (int): Days remaining until the deprecation date. Negative if the model is already
            deprecated.
        deprecation_date (datetime.date): The date (UTC) when the model becomes deprecated.
        model_name (str): The public name of the model on the proxy (model_group).
        status (ModelDeprecationInfoStatus): 'deprecated' if the date has passed, 'imminent' if it falls within
            warn_within_days, 'upcoming' otherwise.
        deprecation_source (None | str | Unset): Provider deprecation notice linked by the selected model cost-map
            entry.
        litellm_model (None | str | Unset): The underlying litellm model string the deprecation date is sourced from.
        litellm_provider (None | str | Unset): The provider this model belongs to.
        successor_model (None | str | Unset): The model to migrate to: model_info.successor_model on the deployment when
            set, else the successor_model the cost map names for the deprecated model.
        successor_model_source (None | SuccessorModelSource | Unset): Whether the recommended successor comes from the
            model cost map or deployment configuration.
        team_public_model_name (None | str | Unset): The model name visible to the team, when configured.
    """

    days_until_deprecation: int
    deprecation_date: datetime.date
    model_name: str
    status: ModelDeprecationInfoStatus
    deprecation_source: None | str | Unset = UNSET
    litellm_model: None | str | Unset = UNSET
    litellm_provider: None | str | Unset = UNSET
    successor_model: None | str | Unset = UNSET
    successor_model_source: None | SuccessorModelSource | Unset = UNSET
    team_public_model_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days_until_deprecation = self.days_until_deprecation

        deprecation_date = self.deprecation_date.isoformat()

        model_name = self.model_name

        status = self.status.value

        deprecation_source: None | str | Unset
        if isinstance(self.deprecation_source, Unset):
            deprecation_source = UNSET
        else:
            deprecation_source = self.deprecation_source

        litellm_model: None | str | Unset
        if isinstance(self.litellm_model, Unset):
            litellm_model = UNSET
        else:
            litellm_model = self.litellm_model

        litellm_provider: None | str | Unset
        if isinstance(self.litellm_provider, Unset):
            litellm_provider = UNSET
        else:
            litellm_provider = self.litellm_provider

        successor_model: None | str | Unset
        if isinstance(self.successor_model, Unset):
            successor_model = UNSET
        else:
            successor_model = self.successor_model

        successor_model_source: None | str | Unset
        if isinstance(self.successor_model_source, Unset):
            successor_model_source = UNSET
        elif isinstance(self.successor_model_source, SuccessorModelSource):
            successor_model_source = self.successor_model_source.value
        else:
            successor_model_source = self.successor_model_source

        team_public_model_name: None | str | Unset
        if isinstance(self.team_public_model_name, Unset):
            team_public_model_name = UNSET
        else:
            team_public_model_name = self.team_public_model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "days_until_deprecation": days_until_deprecation,
                "deprecation_date": deprecation_date,
                "model_name": model_name,
                "status": status,
            }
        )
        if deprecation_source is not UNSET:
            field_dict["deprecation_source"] = deprecation_source
        if litellm_model is not UNSET:
            field_dict["litellm_model"] = litellm_model
        if litellm_provider is not UNSET:
            field_dict["litellm_provider"] = litellm_provider
        if successor_model is not UNSET:
            field_dict["successor_model"] = successor_model
        if successor_model_source is not UNSET:
            field_dict["successor_model_source"] = successor_model_source
        if team_public_model_name is not UNSET:
            field_dict["team_public_model_name"] = team_public_model_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        days_until_deprecation = d.pop("days_until_deprecation")

        deprecation_date = datetime.date.fromisoformat(d.pop("deprecation_date"))

        model_name = d.pop("model_name")

        status = ModelDeprecationInfoStatus(d.pop("status"))

        def _parse_deprecation_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deprecation_source = _parse_deprecation_source(d.pop("deprecation_source", UNSET))

        def _parse_litellm_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        litellm_model = _parse_litellm_model(d.pop("litellm_model", UNSET))

        def _parse_litellm_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        litellm_provider = _parse_litellm_provider(d.pop("litellm_provider", UNSET))

        def _parse_successor_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        successor_model = _parse_successor_model(d.pop("successor_model", UNSET))

        def _parse_successor_model_source(data: object) -> None | SuccessorModelSource | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                successor_model_source_type_0 = SuccessorModelSource(data)

                return successor_model_source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SuccessorModelSource | Unset, data)

        successor_model_source = _parse_successor_model_source(d.pop("successor_model_source", UNSET))

        def _parse_team_public_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_public_model_name = _parse_team_public_model_name(d.pop("team_public_model_name", UNSET))

        model_deprecation_info = cls(
            days_until_deprecation=days_until_deprecation,
            deprecation_date=deprecation_date,
            model_name=model_name,
            status=status,
            deprecation_source=deprecation_source,
            litellm_model=litellm_model,
            litellm_provider=litellm_provider,
            successor_model=successor_model,
            successor_model_source=successor_model_source,
            team_public_model_name=team_public_model_name,
        )

        model_deprecation_info.additional_properties = d
        return model_deprecation_info

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
