from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_insight_daily_metric import ModelInsightDailyMetric
    from ..models.model_insight_daily_total import ModelInsightDailyTotal
    from ..models.model_insight_metric import ModelInsightMetric


T = TypeVar("T", bound="ModelInsightsResponse")


@_attrs_define
class ModelInsightsResponse:
    """
    Attributes:
        daily (list[ModelInsightDailyMetric]):
        daily_totals (list[ModelInsightDailyTotal]):
        end_date (str):
        start_date (str):
        top_models (list[ModelInsightMetric]):
    """

    daily: list[ModelInsightDailyMetric]
    daily_totals: list[ModelInsightDailyTotal]
    end_date: str
    start_date: str
    top_models: list[ModelInsightMetric]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        daily = []
        for daily_item_data in self.daily:
            daily_item = daily_item_data.to_dict()
            daily.append(daily_item)

        daily_totals = []
        for daily_totals_item_data in self.daily_totals:
            daily_totals_item = daily_totals_item_data.to_dict()
            daily_totals.append(daily_totals_item)

        end_date = self.end_date

        start_date = self.start_date

        top_models = []
        for top_models_item_data in self.top_models:
            top_models_item = top_models_item_data.to_dict()
            top_models.append(top_models_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "daily": daily,
                "daily_totals": daily_totals,
                "end_date": end_date,
                "start_date": start_date,
                "top_models": top_models,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_insight_daily_metric import ModelInsightDailyMetric  # noqa: PLC0415
        from ..models.model_insight_daily_total import ModelInsightDailyTotal  # noqa: PLC0415
        from ..models.model_insight_metric import ModelInsightMetric  # noqa: PLC0415

        d = dict(src_dict)
        daily = []
        _daily = d.pop("daily")
        for daily_item_data in _daily:
            daily_item = ModelInsightDailyMetric.from_dict(daily_item_data)

            daily.append(daily_item)

        daily_totals = []
        _daily_totals = d.pop("daily_totals")
        for daily_totals_item_data in _daily_totals:
            daily_totals_item = ModelInsightDailyTotal.from_dict(daily_totals_item_data)

            daily_totals.append(daily_totals_item)

        end_date = d.pop("end_date")

        start_date = d.pop("start_date")

        top_models = []
        _top_models = d.pop("top_models")
        for top_models_item_data in _top_models:
            top_models_item = ModelInsightMetric.from_dict(top_models_item_data)

            top_models.append(top_models_item)

        model_insights_response = cls(
            daily=daily,
            daily_totals=daily_totals,
            end_date=end_date,
            start_date=start_date,
            top_models=top_models,
        )

        model_insights_response.additional_properties = d
        return model_insights_response

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
