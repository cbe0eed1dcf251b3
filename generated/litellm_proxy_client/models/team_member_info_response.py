from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_budget_table import LiteLLMBudgetTable
    from ..models.lite_llm_budget_table_full import LiteLLMBudgetTableFull


T = TypeVar("T", bound="TeamMemberInfoResponse")


@_attrs_define
class TeamMemberInfoResponse:
    """Response for GET /team/{team_id}/members/me — caller's own membership row.

    Attributes:
        team_id (str):
        user_id (str):
        budget_id (None | str | Unset):
        litellm_budget_table (LiteLLMBudgetTable | LiteLLMBudgetTableFull | None | Unset):
        role (None | str | Unset):
        spend (float | None | Unset):  Default: 0.0.
        team_alias (None | str | Unset):
        total_spend (float | None | Unset):  Default: 0.0.
        user_email (None | str | Unset):
    """

    team_id: str
    user_id: str
    budget_id: None | str | Unset = UNSET
    litellm_budget_table: LiteLLMBudgetTable | LiteLLMBudgetTableFull | None | Unset = UNSET
    role: None | str | Unset = UNSET
    spend: float | None | Unset = 0.0
    team_alias: None | str | Unset = UNSET
    total_spend: float | None | Unset = 0.0
    user_email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_budget_table import LiteLLMBudgetTable  # noqa: PLC0415
        from ..models.lite_llm_budget_table_full import LiteLLMBudgetTableFull  # noqa: PLC0415

        team_id = self.team_id

        user_id = self.user_id

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        litellm_budget_table: dict[str, Any] | None | Unset
        if isinstance(self.litellm_budget_table, Unset):
            litellm_budget_table = UNSET
        elif isinstance(self.litellm_budget_table, LiteLLMBudgetTableFull):
            litellm_budget_table = self.litellm_budget_table.to_dict()
        elif isinstance(self.litellm_budget_table, LiteLLMBudgetTable):
            litellm_budget_table = self.litellm_budget_table.to_dict()
        else:
            litellm_budget_table = self.litellm_budget_table

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        spend: float | None | Unset
        if isinstance(self.spend, Unset):
            spend = UNSET
        else:
            spend = self.spend

        team_alias: None | str | Unset
        if isinstance(self.team_alias, Unset):
            team_alias = UNSET
        else:
            team_alias = self.team_alias

        total_spend: float | None | Unset
        if isinstance(self.total_spend, Unset):
            total_spend = UNSET
        else:
            total_spend = self.total_spend

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
                "user_id": user_id,
            }
        )
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if litellm_budget_table is not UNSET:
            field_dict["litellm_budget_table"] = litellm_budget_table
        if role is not UNSET:
            field_dict["role"] = role
        if spend is not UNSET:
            field_dict["spend"] = spend
        if team_alias is not UNSET:
            field_dict["team_alias"] = team_alias
        if total_spend is not UNSET:
            field_dict["total_spend"] = total_spend
        if user_email is not UNSET:
            field_dict["user_email"] = user_email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_budget_table import LiteLLMBudgetTable  # noqa: PLC0415
        from ..models.lite_llm_budget_table_full import LiteLLMBudgetTableFull  # noqa: PLC0415

        d = dict(src_dict)
        team_id = d.pop("team_id")

        user_id = d.pop("user_id")

        def _parse_budget_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_id = _parse_budget_id(d.pop("budget_id", UNSET))

        def _parse_litellm_budget_table(data: object) -> LiteLLMBudgetTable | LiteLLMBudgetTableFull | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                litellm_budget_table_type_0 = LiteLLMBudgetTableFull.from_dict(data)

                return litellm_budget_table_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                litellm_budget_table_type_1 = LiteLLMBudgetTable.from_dict(data)

                return litellm_budget_table_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMBudgetTable | LiteLLMBudgetTableFull | None | Unset, data)

        litellm_budget_table = _parse_litellm_budget_table(d.pop("litellm_budget_table", UNSET))

        def _parse_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        role = _parse_role(d.pop("role", UNSET))

        def _parse_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spend = _parse_spend(d.pop("spend", UNSET))

        def _parse_team_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_alias = _parse_team_alias(d.pop("team_alias", UNSET))

        def _parse_total_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_spend = _parse_total_spend(d.pop("total_spend", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        team_member_info_response = cls(
            team_id=team_id,
            user_id=user_id,
            budget_id=budget_id,
            litellm_budget_table=litellm_budget_table,
            role=role,
            spend=spend,
            team_alias=team_alias,
            total_spend=total_spend,
            user_email=user_email,
        )

        team_member_info_response.additional_properties = d
        return team_member_info_response

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
