from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelInsightMetric")


@_attrs_define
class ModelInsightMetric:
    """
    Attributes:
        completion_tokens (int):
        failed_requests (int):
        model (str):
        model_group (str):
        prompt_tokens (int):
        provider (str):
        requests (int):
        spend (float):
        successful_requests (int):
    """

    completion_tokens: int
    failed_requests: int
    model: str
    model_group: str
    prompt_tokens: int
    provider: str
    requests: int
    spend: float
    successful_requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_tokens = self.completion_tokens

        failed_requests = self.failed_requests

        model = self.model

        model_group = self.model_group

        prompt_tokens = self.prompt_tokens

        provider = self.provider

        requests = self.requests

        spend = self.spend

        successful_requests = self.successful_requests

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_tokens": completion_tokens,
                "failed_requests": failed_requests,
                "model": model,
                "model_group": model_group,
                "prompt_tokens": prompt_tokens,
                "provider": provider,
                "requests": requests,
                "spend": spend,
                "successful_requests": successful_requests,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_tokens = d.pop("completion_tokens")

        failed_requests = d.pop("failed_requests")

        model = d.pop("model")

        model_group = d.pop("model_group")

        prompt_tokens = d.pop("prompt_tokens")

        provider = d.pop("provider")

        requests = d.pop("requests")

        spend = d.pop("spend")

        successful_requests = d.pop("successful_requests")

        model_insight_metric = cls(
            completion_tokens=completion_tokens,
            failed_requests=failed_requests,
            model=model,
            model_group=model_group,
            prompt_tokens=prompt_tokens,
            provider=provider,
            requests=requests,
            spend=spend,
            successful_requests=successful_requests,
        )

        model_insight_metric.additional_properties = d
        return model_insight_metric

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
