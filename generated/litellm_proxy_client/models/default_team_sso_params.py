from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.key_management_routes import KeyManagementRoutes
from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultTeamSSOParams")


@_attrs_define
class DefaultTeamSSOParams:
    """Default parameters applied to every /team/new call for fields not explicitly provided in the request.
    `models` is the exception: it only applies to teams automatically created by LiteLLM via SSO Groups.

        Attributes:
            access_group_ids (list[str] | None | Unset): Default access groups attached to new teams created without
                explicit access_group_ids
            budget_duration (None | str | Unset): Default budget duration for new teams, when not explicitly provided (e.g.
                '24h', '7d', '30d')
            max_budget (float | None | Unset): Default maximum budget (in USD) for new teams, when not explicitly provided
            models (list[str] | Unset): Default list of models for teams automatically created via SSO Groups
            organization_id (None | str | Unset): Default organization for new teams created without an explicit
                organization
            rpm_limit (int | None | Unset): Default rpm limit for new teams, when not explicitly provided
            team_member_permissions (list[KeyManagementRoutes] | None | Unset): Default permissions granted to members of
                newly created teams (e.g. /key/generate, /key/update, /key/delete). /key/info and /key/health are always
                included.
            tpm_limit (int | None | Unset): Default tpm limit for new teams, when not explicitly provided
    """

    access_group_ids: list[str] | None | Unset = UNSET
    budget_duration: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    models: list[str] | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    rpm_limit: int | None | Unset = UNSET
    team_member_permissions: list[KeyManagementRoutes] | None | Unset = UNSET
    tpm_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_group_ids: list[str] | None | Unset
        if isinstance(self.access_group_ids, Unset):
            access_group_ids = UNSET
        elif isinstance(self.access_group_ids, list):
            access_group_ids = self.access_group_ids

        else:
            access_group_ids = self.access_group_ids

        budget_duration: None | str | Unset
        if isinstance(self.budget_duration, Unset):
            budget_duration = UNSET
        else:
            budget_duration = self.budget_duration

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        models: list[str] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

        rpm_limit: int | None | Unset
        if isinstance(self.rpm_limit, Unset):
            rpm_limit = UNSET
        else:
            rpm_limit = self.rpm_limit

        team_member_permissions: list[str] | None | Unset
        if isinstance(self.team_member_permissions, Unset):
            team_member_permissions = UNSET
        elif isinstance(self.team_member_permissions, list):
            team_member_permissions = []
            for team_member_permissions_type_0_item_data in self.team_member_permissions:
                team_member_permissions_type_0_item = team_member_permissions_type_0_item_data.value
                team_member_permissions.append(team_member_permissions_type_0_item)

        else:
            team_member_permissions = self.team_member_permissions

        tpm_limit: int | None | Unset
        if isinstance(self.tpm_limit, Unset):
            tpm_limit = UNSET
        else:
            tpm_limit = self.tpm_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if access_group_ids is not UNSET:
            field_dict["access_group_ids"] = access_group_ids
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if models is not UNSET:
            field_dict["models"] = models
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if rpm_limit is not UNSET:
            field_dict["rpm_limit"] = rpm_limit
        if team_member_permissions is not UNSET:
            field_dict["team_member_permissions"] = team_member_permissions
        if tpm_limit is not UNSET:
            field_dict["tpm_limit"] = tpm_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_access_group_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_group_ids_type_0 = cast(list[str], data)

                return access_group_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        access_group_ids = _parse_access_group_ids(d.pop("access_group_ids", UNSET))

        def _parse_budget_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_duration = _parse_budget_duration(d.pop("budget_duration", UNSET))

        def _parse_max_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget = _parse_max_budget(d.pop("max_budget", UNSET))

        models = cast(list[str], d.pop("models", UNSET))

        def _parse_organization_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        organization_id = _parse_organization_id(d.pop("organization_id", UNSET))

        def _parse_rpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm_limit = _parse_rpm_limit(d.pop("rpm_limit", UNSET))

        def _parse_team_member_permissions(data: object) -> list[KeyManagementRoutes] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_member_permissions_type_0 = []
                _team_member_permissions_type_0 = data
                for team_member_permissions_type_0_item_data in _team_member_permissions_type_0:
                    team_member_permissions_type_0_item = KeyManagementRoutes(team_member_permissions_type_0_item_data)

                    team_member_permissions_type_0.append(team_member_permissions_type_0_item)

                return team_member_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[KeyManagementRoutes] | None | Unset, data)

        team_member_permissions = _parse_team_member_permissions(d.pop("team_member_permissions", UNSET))

        def _parse_tpm_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpm_limit = _parse_tpm_limit(d.pop("tpm_limit", UNSET))

        default_team_sso_params = cls(
            access_group_ids=access_group_ids,
            budget_duration=budget_duration,
            max_budget=max_budget,
            models=models,
            organization_id=organization_id,
            rpm_limit=rpm_limit,
            team_member_permissions=team_member_permissions,
            tpm_limit=tpm_limit,
        )

        default_team_sso_params.additional_properties = d
        return default_team_sso_params

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
