from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SpendMetrics")


@_attrs_define
class SpendMetrics:
    """
    Attributes:
        api_requests (int | Unset):  Default: 0.
        autorouter_savings_spend (float | Unset):  Default: 0.0.
        cache_creation_input_tokens (int | Unset):  Default: 0.
        cache_read_input_tokens (int | Unset):  Default: 0.
        completion_tokens (int | Unset):  Default: 0.
        compression_saved_tokens (int | Unset):  Default: 0.
        compression_savings_spend (float | Unset):  Default: 0.0.
        failed_requests (int | Unset):  Default: 0.
        flat_cost (float | Unset):  Default: 0.0.
        gateway_injected_caching_savings_spend (float | Unset):  Default: 0.0.
        prompt_caching_savings_spend (float | Unset):  Default: 0.0.
        prompt_tokens (int | Unset):  Default: 0.
        ptu_hours (float | Unset):  Default: 0.0.
        spend (float | Unset):  Default: 0.0.
        successful_requests (int | Unset):  Default: 0.
        timed_requests (int | Unset):  Default: 0.
        total_response_time_ms (int | Unset):  Default: 0.
        total_tokens (int | Unset):  Default: 0.
    """

    api_requests: int | Unset = 0
    autorouter_savings_spend: float | Unset = 0.0
    cache_creation_input_tokens: int | Unset = 0
    cache_read_input_tokens: int | Unset = 0
    completion_tokens: int | Unset = 0
    compression_saved_tokens: int | Unset = 0
    compression_savings_spend: float | Unset = 0.0
    failed_requests: int | Unset = 0
    flat_cost: float | Unset = 0.0
    gateway_injected_caching_savings_spend: float | Unset = 0.0
    prompt_caching_savings_spend: float | Unset = 0.0
    prompt_tokens: int | Unset = 0
    ptu_hours: float | Unset = 0.0
    spend: float | Unset = 0.0
    successful_requests: int | Unset = 0
    timed_requests: int | Unset = 0
    total_response_time_ms: int | Unset = 0
    total_tokens: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_requests = self.api_requests

        autorouter_savings_spend = self.autorouter_savings_spend

        cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        completion_tokens = self.completion_tokens

        compression_saved_tokens = self.compression_saved_tokens

        compression_savings_spend = self.compression_savings_spend

        failed_requests = self.failed_requests

        flat_cost = self.flat_cost

        gateway_injected_caching_savings_spend = self.gateway_injected_caching_savings_spend

        prompt_caching_savings_spend = self.prompt_caching_savings_spend

        prompt_tokens = self.prompt_tokens

        ptu_hours = self.ptu_hours

        spend = self.spend

        successful_requests = self.successful_requests

        timed_requests = self.timed_requests

        total_response_time_ms = self.total_response_time_ms

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_requests is not UNSET:
            field_dict["api_requests"] = api_requests
        if autorouter_savings_spend is not UNSET:
            field_dict["autorouter_savings_spend"] = autorouter_savings_spend
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if compression_saved_tokens is not UNSET:
            field_dict["compression_saved_tokens"] = compression_saved_tokens
        if compression_savings_spend is not UNSET:
            field_dict["compression_savings_spend"] = compression_savings_spend
        if failed_requests is not UNSET:
            field_dict["failed_requests"] = failed_requests
        if flat_cost is not UNSET:
            field_dict["flat_cost"] = flat_cost
        if gateway_injected_caching_savings_spend is not UNSET:
            field_dict["gateway_injected_caching_savings_spend"] = gateway_injected_caching_savings_spend
        if prompt_caching_savings_spend is not UNSET:
            field_dict["prompt_caching_savings_spend"] = prompt_caching_savings_spend
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if ptu_hours is not UNSET:
            field_dict["ptu_hours"] = ptu_hours
        if spend is not UNSET:
            field_dict["spend"] = spend
        if successful_requests is not UNSET:
            field_dict["successful_requests"] = successful_requests
        if timed_requests is not UNSET:
            field_dict["timed_requests"] = timed_requests
        if total_response_time_ms is not UNSET:
            field_dict["total_response_time_ms"] = total_response_time_ms
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_requests = d.pop("api_requests", UNSET)

        autorouter_savings_spend = d.pop("autorouter_savings_spend", UNSET)

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        compression_saved_tokens = d.pop("compression_saved_tokens", UNSET)

        compression_savings_spend = d.pop("compression_savings_spend", UNSET)

        failed_requests = d.pop("failed_requests", UNSET)

        flat_cost = d.pop("flat_cost", UNSET)

        gateway_injected_caching_savings_spend = d.pop("gateway_injected_caching_savings_spend", UNSET)

        prompt_caching_savings_spend = d.pop("prompt_caching_savings_spend", UNSET)

        prompt_tokens = d.pop("prompt_tokens", UNSET)

        ptu_hours = d.pop("ptu_hours", UNSET)

        spend = d.pop("spend", UNSET)

        successful_requests = d.pop("successful_requests", UNSET)

        timed_requests = d.pop("timed_requests", UNSET)

        total_response_time_ms = d.pop("total_response_time_ms", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        spend_metrics = cls(
            api_requests=api_requests,
            autorouter_savings_spend=autorouter_savings_spend,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            completion_tokens=completion_tokens,
            compression_saved_tokens=compression_saved_tokens,
            compression_savings_spend=compression_savings_spend,
            failed_requests=failed_requests,
            flat_cost=flat_cost,
            gateway_injected_caching_savings_spend=gateway_injected_caching_savings_spend,
            prompt_caching_savings_spend=prompt_caching_savings_spend,
            prompt_tokens=prompt_tokens,
            ptu_hours=ptu_hours,
            spend=spend,
            successful_requests=successful_requests,
            timed_requests=timed_requests,
            total_response_time_ms=total_response_time_ms,
            total_tokens=total_tokens,
        )

        spend_metrics.additional_properties = d
        return spend_metrics

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
