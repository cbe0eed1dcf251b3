from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.standard_logging_heuristic_v2_forecast_probabilities import (
        StandardLoggingHeuristicV2ForecastProbabilities,
    )


T = TypeVar("T", bound="StandardLoggingHeuristicV2Forecast")


@_attrs_define
class StandardLoggingHeuristicV2Forecast:
    """
    Attributes:
        predicted_tier (str):
        probabilities (StandardLoggingHeuristicV2ForecastProbabilities):
        request_type (str):
        threshold (float):
    """

    predicted_tier: str
    probabilities: StandardLoggingHeuristicV2ForecastProbabilities
    request_type: str
    threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        predicted_tier = self.predicted_tier

        probabilities = self.probabilities.to_dict()

        request_type = self.request_type

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "predicted_tier": predicted_tier,
                "probabilities": probabilities,
                "request_type": request_type,
                "threshold": threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_logging_heuristic_v2_forecast_probabilities import (
            StandardLoggingHeuristicV2ForecastProbabilities,  # noqa: PLC0415
        )

        d = dict(src_dict)
        predicted_tier = d.pop("predicted_tier")

        probabilities = StandardLoggingHeuristicV2ForecastProbabilities.from_dict(d.pop("probabilities"))

        request_type = d.pop("request_type")

        threshold = d.pop("threshold")

        standard_logging_heuristic_v2_forecast = cls(
            predicted_tier=predicted_tier,
            probabilities=probabilities,
            request_type=request_type,
            threshold=threshold,
        )

        standard_logging_heuristic_v2_forecast.additional_properties = d
        return standard_logging_heuristic_v2_forecast

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
