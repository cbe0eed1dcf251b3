from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.billing_period import BillingPeriod
    from ..models.lite_llm_subscription_account_table import LiteLLMSubscriptionAccountTable


T = TypeVar("T", bound="SubscriptionAccountUsage")


@_attrs_define
class SubscriptionAccountUsage:
    """
    Attributes:
        account_id (None | str):
        billing_periods (list[BillingPeriod]):
        custom_llm_provider (str):
        deployments (list[str]):
        fee (LiteLLMSubscriptionAccountTable | None):
        fixed_cost (float | None):
    """

    account_id: None | str
    billing_periods: list[BillingPeriod]
    custom_llm_provider: str
    deployments: list[str]
    fee: LiteLLMSubscriptionAccountTable | None
    fixed_cost: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.lite_llm_subscription_account_table import LiteLLMSubscriptionAccountTable  # noqa: PLC0415

        account_id: None | str
        account_id = self.account_id

        billing_periods = []
        for billing_periods_item_data in self.billing_periods:
            billing_periods_item = billing_periods_item_data.to_dict()
            billing_periods.append(billing_periods_item)

        custom_llm_provider = self.custom_llm_provider

        deployments = self.deployments

        fee: dict[str, Any] | None
        if isinstance(self.fee, LiteLLMSubscriptionAccountTable):
            fee = self.fee.to_dict()
        else:
            fee = self.fee

        fixed_cost: float | None
        fixed_cost = self.fixed_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "billing_periods": billing_periods,
                "custom_llm_provider": custom_llm_provider,
                "deployments": deployments,
                "fee": fee,
                "fixed_cost": fixed_cost,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_period import BillingPeriod  # noqa: PLC0415
        from ..models.lite_llm_subscription_account_table import LiteLLMSubscriptionAccountTable  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_id = _parse_account_id(d.pop("account_id"))

        billing_periods = []
        _billing_periods = d.pop("billing_periods")
        for billing_periods_item_data in _billing_periods:
            billing_periods_item = BillingPeriod.from_dict(billing_periods_item_data)

            billing_periods.append(billing_periods_item)

        custom_llm_provider = d.pop("custom_llm_provider")

        deployments = cast(list[str], d.pop("deployments"))

        def _parse_fee(data: object) -> LiteLLMSubscriptionAccountTable | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fee_type_0 = LiteLLMSubscriptionAccountTable.from_dict(data)

                return fee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiteLLMSubscriptionAccountTable | None, data)

        fee = _parse_fee(d.pop("fee"))

        def _parse_fixed_cost(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        fixed_cost = _parse_fixed_cost(d.pop("fixed_cost"))

        subscription_account_usage = cls(
            account_id=account_id,
            billing_periods=billing_periods,
            custom_llm_provider=custom_llm_provider,
            deployments=deployments,
            fee=fee,
            fixed_cost=fixed_cost,
        )

        subscription_account_usage.additional_properties = d
        return subscription_account_usage

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
