from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lite_llm_budget_table import LiteLLMBudgetTable


T = TypeVar("T", bound="LiteLLMOrganizationMembershipTable")


@_attrs_define
class LiteLLMOrganizationMembershipTable:
    """Tracks which organizations a user belongs to and their spend within it.

    Attributes:
        created_at (datetime.datetime):
        organization_id (str):
        updated_at (datetime.datetime):
        user_id (str):
        budget_id (None | str | Unset):
        litellm_budget_table (LiteLLMBudgetTable | None | Unset):
        spend (float | Unset):  Default: 0.0.
        user (Any | None | Unset):
        user_email (None | str | Unset):
        user_role (None | str | Unset):
    """

    created_at: datetime.datetime
    organization_id: str
    updated_at: datetime.datetime
    user_id: str
    budget_id: None | str | Unset = UNSET
    litellm_budget_table: LiteLLMBudgetTable | None | Unset = UNSET
    spend: float | Unset = 0.0
    user: Any | None | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_role: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_budget_table import LiteLLMBudgetTable  # noqa: PLC0415

        created_at = self.created_at.isoformat()

        organization_id = self.organization_id

        updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        litellm_budget_table: dict[str, Any] | None | Unset
        if isinstance(self.litellm_budget_table, Unset):
            litellm_budget_table = UNSET
        elif isinstance(self.litellm_budget_table, LiteLLMBudgetTable):
            litellm_budget_table = self.litellm_budget_table.to_dict()
        else:
            litellm_budget_table = self.litellm_budget_table

        spend = self.spend

        user: Any | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        user_role: None | str | Unset
        if isinstance(self.user_role, Unset):
            user_role = UNSET
        else:
            user_role = self.user_role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "organization_id": organization_id,
                "updated_at": updated_at,
                "user_id": user_id,
            }
        )
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if litellm_budget_table is not UNSET:
            field_dict["litellm_budget_table"] = litellm_budget_table
        if spend is not UNSET:
            field_dict["spend"] = spend
        if user is not UNSET:
            field_dict["user"] = user
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_role is not UNSET:
            field_dict["user_role"] = user_role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.lite_llm_budget_table import LiteLLMBudgetTable  # noqa: PLC0415

        d = dict(src_dict)
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        organization_id = d.pop("organization_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        user_id = d.pop("user_id")

        def _parse_budget_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_id = _parse_budget_id(d.pop("budget_id", UNSET))

        def _parse_litellm_budget_table(data: object) -> LiteLLMBudgetTable | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                litellm_budget_table_type_0 = LiteLLMBudgetTable.from_dict(data)

                return litellm_budget_table_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMBudgetTable | None | Unset, data)

        litellm_budget_table = _parse_litellm_budget_table(d.pop("litellm_budget_table", UNSET))

        spend = d.pop("spend", UNSET)

        def _parse_user(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_user_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_role = _parse_user_role(d.pop("user_role", UNSET))

        lite_llm_organization_membership_table = cls(
            created_at=created_at,
            organization_id=organization_id,
            updated_at=updated_at,
            user_id=user_id,
            budget_id=budget_id,
            litellm_budget_table=litellm_budget_table,
            spend=spend,
            user=user,
            user_email=user_email,
            user_role=user_role,
        )

        lite_llm_organization_membership_table.additional_properties = d
        return lite_llm_organization_membership_table

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
