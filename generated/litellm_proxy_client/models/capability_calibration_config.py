from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CapabilityCalibrationConfig")


@_attrs_define
class CapabilityCalibrationConfig:
    """
    Attributes:
        intercept (float):
        slope (float):
        version (str):
    """

    intercept: float
    slope: float
    version: str

    def to_dict(self) -> dict[str, Any]:
        intercept = self.intercept

        slope = self.slope

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "intercept": intercept,
                "slope": slope,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        intercept = d.pop("intercept")

        slope = d.pop("slope")

        version = d.pop("version")

        capability_calibration_config = cls(
            intercept=intercept,
            slope=slope,
            version=version,
        )

        return capability_calibration_config
