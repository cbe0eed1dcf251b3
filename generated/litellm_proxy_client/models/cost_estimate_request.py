from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostEstimateRequest")


@_attrs_define
class CostEstimateRequest:
    """Request body for /cost/estimate endpoint.

    Attributes:
        input_tokens (int): Expected input tokens per request
        model (str): Model name (from /model_group/info)
        output_tokens (int): Expected output tokens per request
        cache_creation_input_tokens (int | Unset): Input tokens written to the prompt cache; counted within input_tokens
            Default: 0.
        cache_read_input_tokens (int | Unset): Input tokens read from the prompt cache; counted within input_tokens
            Default: 0.
        num_requests_per_day (int | None | Unset): Number of requests per day
        num_requests_per_month (int | None | Unset): Number of requests per month
        reasoning_tokens (int | Unset): Reasoning tokens the model emits; counted within output_tokens Default: 0.
    """

    input_tokens: int
    model: str
    output_tokens: int
    cache_creation_input_tokens: int | Unset = 0
    cache_read_input_tokens: int | Unset = 0
    num_requests_per_day: int | None | Unset = UNSET
    num_requests_per_month: int | None | Unset = UNSET
    reasoning_tokens: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_tokens = self.input_tokens

        model = self.model

        output_tokens = self.output_tokens

        cache_creation_input_tokens = self.cache_creation_input_tokens

        cache_read_input_tokens = self.cache_read_input_tokens

        num_requests_per_day: int | None | Unset
        if isinstance(self.num_requests_per_day, Unset):
            num_requests_per_day = UNSET
        else:
            num_requests_per_day = self.num_requests_per_day

        num_requests_per_month: int | None | Unset
        if isinstance(self.num_requests_per_month, Unset):
            num_requests_per_month = UNSET
        else:
            num_requests_per_month = self.num_requests_per_month

        reasoning_tokens = self.reasoning_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_tokens": input_tokens,
                "model": model,
                "output_tokens": output_tokens,
            }
        )
        if cache_creation_input_tokens is not UNSET:
            field_dict["cache_creation_input_tokens"] = cache_creation_input_tokens
        if cache_read_input_tokens is not UNSET:
            field_dict["cache_read_input_tokens"] = cache_read_input_tokens
        if num_requests_per_day is not UNSET:
            field_dict["num_requests_per_day"] = num_requests_per_day
        if num_requests_per_month is not UNSET:
            field_dict["num_requests_per_month"] = num_requests_per_month
        if reasoning_tokens is not UNSET:
            field_dict["reasoning_tokens"] = reasoning_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_tokens = d.pop("input_tokens")

        model = d.pop("model")

        output_tokens = d.pop("output_tokens")

        cache_creation_input_tokens = d.pop("cache_creation_input_tokens", UNSET)

        cache_read_input_tokens = d.pop("cache_read_input_tokens", UNSET)

        def _parse_num_requests_per_day(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_requests_per_day = _parse_num_requests_per_day(d.pop("num_requests_per_day", UNSET))

        def _parse_num_requests_per_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_requests_per_month = _parse_num_requests_per_month(d.pop("num_requests_per_month", UNSET))

        reasoning_tokens = d.pop("reasoning_tokens", UNSET)

        cost_estimate_request = cls(
            input_tokens=input_tokens,
            model=model,
            output_tokens=output_tokens,
            cache_creation_input_tokens=cache_creation_input_tokens,
            cache_read_input_tokens=cache_read_input_tokens,
            num_requests_per_day=num_requests_per_day,
            num_requests_per_month=num_requests_per_month,
            reasoning_tokens=reasoning_tokens,
        )

        cost_estimate_request.additional_properties = d
        return cost_estimate_request

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
