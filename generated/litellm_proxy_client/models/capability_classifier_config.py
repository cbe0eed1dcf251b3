from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.capability_classifier_config_response_format import CapabilityClassifierConfigResponseFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.capability_calibration_config import CapabilityCalibrationConfig


T = TypeVar("T", bound="CapabilityClassifierConfig")


@_attrs_define
class CapabilityClassifierConfig:
    """Switchyard-compatible probability threshold policy for two model tiers.

    Attributes:
        base_threshold (float): Lowest p_solve that routes a supported task to efficient_tier
        capable_tier (str): Higher, fail-closed tier used below the adjusted threshold or when the classifier verdict is
            unavailable
        efficient_tier (str): Tier used when the efficient model's forecasted solve probability meets the adjusted
            threshold
        calibration (CapabilityCalibrationConfig | None | Unset): Optional versioned sigmoid calibration fitted for this
            judge, capability card, efficient model, and execution setup. Applies sigmoid(slope * logit(clip(p_solve, 1e-6,
            1-1e-6)) + intercept) before the threshold policy. Omit to route on the raw forecast.
        max_output_tokens (int | Unset): Maximum completion tokens available to the capability classifier verdict
            Default: 4096.
        response_format (CapabilityClassifierConfigResponseFormat | Unset): Use json_object for judges without strict
            JSON Schema support. This appends the verdict schema to the packaged system prompt; both modes validate the
            returned verdict identically. Default: CapabilityClassifierConfigResponseFormat.JSON_SCHEMA.
        threshold_step (float | Unset): Amount added once for uncertain or unmatched verdicts and twice for unsupported
            verdicts Default: 0.0.
    """

    base_threshold: float
    capable_tier: str
    efficient_tier: str
    calibration: CapabilityCalibrationConfig | None | Unset = UNSET
    max_output_tokens: int | Unset = 4096
    response_format: CapabilityClassifierConfigResponseFormat | Unset = (
        CapabilityClassifierConfigResponseFormat.JSON_SCHEMA
    )
    threshold_step: float | Unset = 0.0

    def to_dict(self) -> dict[str, Any]:
        from ..models.capability_calibration_config import CapabilityCalibrationConfig  # noqa: PLC0415

        base_threshold = self.base_threshold

        capable_tier = self.capable_tier

        efficient_tier = self.efficient_tier

        calibration: dict[str, Any] | None | Unset
        if isinstance(self.calibration, Unset):
            calibration = UNSET
        elif isinstance(self.calibration, CapabilityCalibrationConfig):
            calibration = self.calibration.to_dict()
        else:
            calibration = self.calibration

        max_output_tokens = self.max_output_tokens

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        threshold_step = self.threshold_step

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "base_threshold": base_threshold,
                "capable_tier": capable_tier,
                "efficient_tier": efficient_tier,
            }
        )
        if calibration is not UNSET:
            field_dict["calibration"] = calibration
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if threshold_step is not UNSET:
            field_dict["threshold_step"] = threshold_step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.capability_calibration_config import CapabilityCalibrationConfig  # noqa: PLC0415

        d = dict(src_dict)
        base_threshold = d.pop("base_threshold")

        capable_tier = d.pop("capable_tier")

        efficient_tier = d.pop("efficient_tier")

        def _parse_calibration(data: object) -> CapabilityCalibrationConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calibration_type_0 = CapabilityCalibrationConfig.from_dict(data)

                return calibration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CapabilityCalibrationConfig | None | Unset, data)

        calibration = _parse_calibration(d.pop("calibration", UNSET))

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: CapabilityClassifierConfigResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = CapabilityClassifierConfigResponseFormat(_response_format)

        threshold_step = d.pop("threshold_step", UNSET)

        capability_classifier_config = cls(
            base_threshold=base_threshold,
            capable_tier=capable_tier,
            efficient_tier=efficient_tier,
            calibration=calibration,
            max_output_tokens=max_output_tokens,
            response_format=response_format,
            threshold_step=threshold_step,
        )

        return capability_classifier_config
