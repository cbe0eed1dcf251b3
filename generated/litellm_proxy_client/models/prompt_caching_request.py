from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PromptCachingRequest")


@_attrs_define
class PromptCachingRequest:
    """
    Attributes:
        cache_creation_tokens (int):
        cache_read_tokens (int):
        gateway_injected (bool):
        model (str):
        net_savings (float | None):
        request_id (str):
        spend (float):
        start_time (datetime.datetime):
    """

    cache_creation_tokens: int
    cache_read_tokens: int
    gateway_injected: bool
    model: str
    net_savings: float | None
    request_id: str
    spend: float
    start_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_creation_tokens = self.cache_creation_tokens

        cache_read_tokens = self.cache_read_tokens

        gateway_injected = self.gateway_injected

        model = self.model

        net_savings: float | None
        net_savings = self.net_savings

        request_id = self.request_id

        spend = self.spend

        start_time = self.start_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cache_creation_tokens": cache_creation_tokens,
                "cache_read_tokens": cache_read_tokens,
                "gateway_injected": gateway_injected,
                "model": model,
                "net_savings": net_savings,
                "request_id": request_id,
                "spend": spend,
                "start_time": start_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_creation_tokens = d.pop("cache_creation_tokens")

        cache_read_tokens = d.pop("cache_read_tokens")

        gateway_injected = d.pop("gateway_injected")

        model = d.pop("model")

        def _parse_net_savings(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        net_savings = _parse_net_savings(d.pop("net_savings"))

        request_id = d.pop("request_id")

        spend = d.pop("spend")

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        prompt_caching_request = cls(
            cache_creation_tokens=cache_creation_tokens,
            cache_read_tokens=cache_read_tokens,
            gateway_injected=gateway_injected,
            model=model,
            net_savings=net_savings,
            request_id=request_id,
            spend=spend,
            start_time=start_time,
        )

        prompt_caching_request.additional_properties = d
        return prompt_caching_request

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
