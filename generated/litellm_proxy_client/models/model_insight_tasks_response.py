from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_insight_task_summary import ModelInsightTaskSummary


T = TypeVar("T", bound="ModelInsightTasksResponse")


@_attrs_define
class ModelInsightTasksResponse:
    """
    Attributes:
        end_date (str):
        start_date (str):
        tasks (list[ModelInsightTaskSummary]):
    """

    end_date: str
    start_date: str
    tasks: list[ModelInsightTaskSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_date = self.end_date

        start_date = self.start_date

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_date": end_date,
                "start_date": start_date,
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_insight_task_summary import ModelInsightTaskSummary  # noqa: PLC0415

        d = dict(src_dict)
        end_date = d.pop("end_date")

        start_date = d.pop("start_date")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = ModelInsightTaskSummary.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        model_insight_tasks_response = cls(
            end_date=end_date,
            start_date=start_date,
            tasks=tasks,
        )

        model_insight_tasks_response.additional_properties = d
        return model_insight_tasks_response

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
