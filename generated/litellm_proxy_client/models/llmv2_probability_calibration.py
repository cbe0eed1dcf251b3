from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="LLMV2ProbabilityCalibration")


@_attrs_define
class LLMV2ProbabilityCalibration:
    """
    Attributes:
        intercept (float):
        slope (float):
    """

    intercept: float
    slope: float

    def to_dict(self) -> dict[str, Any]:
        intercept = self.intercept

        slope = self.slope

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "intercept": intercept,
                "slope": slope,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intercept = d.pop("intercept")

        slope = d.pop("slope")

        llmv2_probability_calibration = cls(
            intercept=intercept,
            slope=slope,
        )

        return llmv2_probability_calibration
