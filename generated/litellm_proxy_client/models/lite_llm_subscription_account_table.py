from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiteLLMSubscriptionAccountTable")


@_attrs_define
class LiteLLMSubscriptionAccountTable:
    """
    Attributes:
        account_id (str):
        billing_period_start (str):
        created_at (datetime.datetime):
        created_by (str):
        currency (str):
        custom_llm_provider (str):
        monthly_fee (float):
        subscription_account_id (str):
        updated_at (datetime.datetime):
        updated_by (str):
        label (None | str | Unset):
    """

    account_id: str
    billing_period_start: str
    created_at: datetime.datetime
    created_by: str
    currency: str
    custom_llm_provider: str
    monthly_fee: float
    subscription_account_id: str
    updated_at: datetime.datetime
    updated_by: str
    label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        billing_period_start = self.billing_period_start

        created_at = self.created_at.isoformat()

        created_by = self.created_by

        currency = self.currency

        custom_llm_provider = self.custom_llm_provider

        monthly_fee = self.monthly_fee

        subscription_account_id = self.subscription_account_id

        updated_at = self.updated_at.isoformat()

        updated_by = self.updated_by

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "billing_period_start": billing_period_start,
                "created_at": created_at,
                "created_by": created_by,
                "currency": currency,
                "custom_llm_provider": custom_llm_provider,
                "monthly_fee": monthly_fee,
                "subscription_account_id": subscription_account_id,
                "updated_at": updated_at,
                "updated_by": updated_by,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        billing_period_start = d.pop("billing_period_start")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        created_by = d.pop("created_by")

        currency = d.pop("currency")

        custom_llm_provider = d.pop("custom_llm_provider")

        monthly_fee = d.pop("monthly_fee")

        subscription_account_id = d.pop("subscription_account_id")

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        updated_by = d.pop("updated_by")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        lite_llm_subscription_account_table = cls(
            account_id=account_id,
            billing_period_start=billing_period_start,
            created_at=created_at,
            created_by=created_by,
            currency=currency,
            custom_llm_provider=custom_llm_provider,
            monthly_fee=monthly_fee,
            subscription_account_id=subscription_account_id,
            updated_at=updated_at,
            updated_by=updated_by,
            label=label,
        )

        lite_llm_subscription_account_table.additional_properties = d
        return lite_llm_subscription_account_table

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
