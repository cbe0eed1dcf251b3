from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ModelInsightTaskSummary")


@_attrs_define
class ModelInsightTaskSummary:
    """
    Attributes:
        category (str):
        label (str):
        leader (str):
        provider (str):
        share (float):
        task_type (str):
        value (float):
    """

    category: str
    label: str
    leader: str
    provider: str
    share: float
    task_type: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category

        label = self.label

        leader = self.leader

        provider = self.provider

        share = self.share

        task_type = self.task_type

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "label": label,
                "leader": leader,
                "provider": provider,
                "share": share,
                "task_type": task_type,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = d.pop("category")

        label = d.pop("label")

        leader = d.pop("leader")

        provider = d.pop("provider")

        share = d.pop("share")

        task_type = d.pop("task_type")

        value = d.pop("value")

        model_insight_task_summary = cls(
            category=category,
            label=label,
            leader=leader,
            provider=provider,
            share=share,
            task_type=task_type,
            value=value,
        )

        model_insight_task_summary.additional_properties = d
        return model_insight_task_summary

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
