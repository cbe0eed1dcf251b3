from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSubscriptionAccountFeeRequest")


@_attrs_define
class UpdateSubscriptionAccountFeeRequest:
    """
    Attributes:
        subscription_account_id (str):
        billing_period_start (datetime.date | None | Unset):
        currency (None | str | Unset):
        label (None | str | Unset):
        monthly_fee (float | None | Unset):
    """

    subscription_account_id: str
    billing_period_start: datetime.date | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    monthly_fee: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subscription_account_id = self.subscription_account_id

        billing_period_start: None | str | Unset
        if isinstance(self.billing_period_start, Unset):
            billing_period_start = UNSET
        elif isinstance(self.billing_period_start, datetime.date):
            billing_period_start = self.billing_period_start.isoformat()
        else:
            billing_period_start = self.billing_period_start

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        monthly_fee: float | None | Unset
        if isinstance(self.monthly_fee, Unset):
            monthly_fee = UNSET
        else:
            monthly_fee = self.monthly_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subscription_account_id": subscription_account_id,
            }
        )
        if billing_period_start is not UNSET:
            field_dict["billing_period_start"] = billing_period_start
        if currency is not UNSET:
            field_dict["currency"] = currency
        if label is not UNSET:
            field_dict["label"] = label
        if monthly_fee is not UNSET:
            field_dict["monthly_fee"] = monthly_fee

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_account_id = d.pop("subscription_account_id")

        def _parse_billing_period_start(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_period_start_type_0 = datetime.date.fromisoformat(data)

                return billing_period_start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        billing_period_start = _parse_billing_period_start(d.pop("billing_period_start", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_monthly_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        monthly_fee = _parse_monthly_fee(d.pop("monthly_fee", UNSET))

        update_subscription_account_fee_request = cls(
            subscription_account_id=subscription_account_id,
            billing_period_start=billing_period_start,
            currency=currency,
            label=label,
            monthly_fee=monthly_fee,
        )

        update_subscription_account_fee_request.additional_properties = d
        return update_subscription_account_fee_request

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
