from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelInsightDailyTotal")


@_attrs_define
class ModelInsightDailyTotal:
    """
    Attributes:
        completion_tokens (int):
        date (str):
        prompt_tokens (int):
        requests (int):
        spend (float):
    """

    completion_tokens: int
    date: str
    prompt_tokens: int
    requests: int
    spend: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completion_tokens = self.completion_tokens

        date = self.date

        prompt_tokens = self.prompt_tokens

        requests = self.requests

        spend = self.spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion_tokens": completion_tokens,
                "date": date,
                "prompt_tokens": prompt_tokens,
                "requests": requests,
                "spend": spend,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion_tokens = d.pop("completion_tokens")

        date = d.pop("date")

        prompt_tokens = d.pop("prompt_tokens")

        requests = d.pop("requests")

        spend = d.pop("spend")

        model_insight_daily_total = cls(
            completion_tokens=completion_tokens,
            date=date,
            prompt_tokens=prompt_tokens,
            requests=requests,
            spend=spend,
        )

        model_insight_daily_total.additional_properties = d
        return model_insight_daily_total

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
