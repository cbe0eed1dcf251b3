from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.subscription_account_usage import SubscriptionAccountUsage


T = TypeVar("T", bound="SubscriptionUsageResponse")


@_attrs_define
class SubscriptionUsageResponse:
    """
    Attributes:
        accounts (list[SubscriptionAccountUsage]):
        end_date (datetime.date):
        start_date (datetime.date):
        subscription_providers (list[str]):
    """

    accounts: list[SubscriptionAccountUsage]
    end_date: datetime.date
    start_date: datetime.date
    subscription_providers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        end_date = self.end_date.isoformat()

        start_date = self.start_date.isoformat()

        subscription_providers = self.subscription_providers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
                "end_date": end_date,
                "start_date": start_date,
                "subscription_providers": subscription_providers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscription_account_usage import SubscriptionAccountUsage  # noqa: PLC0415

        d = dict(src_dict)
        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = SubscriptionAccountUsage.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        subscription_providers = cast(list[str], d.pop("subscription_providers"))

        subscription_usage_response = cls(
            accounts=accounts,
            end_date=end_date,
            start_date=start_date,
            subscription_providers=subscription_providers,
        )

        subscription_usage_response.additional_properties = d
        return subscription_usage_response

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
