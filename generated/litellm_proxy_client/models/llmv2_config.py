from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.llmv2_config_response_format import LLMV2ConfigResponseFormat
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.llmv2_calibration import LLMV2Calibration


T = TypeVar("T", bound="LLMV2Config")


@_attrs_define
class LLMV2Config:
    """
    Attributes:
        max_quality_gap (float): Maximum estimated success loss allowed for efficient.
        calibration (LLMV2Calibration | None | Unset):
        capable_profile (None | str | Unset):
        capable_profile_preset (None | str | Unset):
        capable_tier (str | Unset):  Default: 'REASONING'.
        efficient_profile (None | str | Unset):
        efficient_profile_preset (None | str | Unset):
        efficient_tier (str | Unset):  Default: 'SIMPLE'.
        harness (None | str | Unset):
        harness_preset (None | str | Unset):
        max_output_tokens (int | Unset):  Default: 1024.
        response_format (LLMV2ConfigResponseFormat | Unset):  Default: LLMV2ConfigResponseFormat.JSON_SCHEMA.
    """

    max_quality_gap: float
    calibration: LLMV2Calibration | None | Unset = UNSET
    capable_profile: None | str | Unset = UNSET
    capable_profile_preset: None | str | Unset = UNSET
    capable_tier: str | Unset = "REASONING"
    efficient_profile: None | str | Unset = UNSET
    efficient_profile_preset: None | str | Unset = UNSET
    efficient_tier: str | Unset = "SIMPLE"
    harness: None | str | Unset = UNSET
    harness_preset: None | str | Unset = UNSET
    max_output_tokens: int | Unset = 1024
    response_format: LLMV2ConfigResponseFormat | Unset = LLMV2ConfigResponseFormat.JSON_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        from ..models.llmv2_calibration import LLMV2Calibration  # noqa: PLC0415

        max_quality_gap = self.max_quality_gap

        calibration: dict[str, Any] | None | Unset
        if isinstance(self.calibration, Unset):
            calibration = UNSET
        elif isinstance(self.calibration, LLMV2Calibration):
            calibration = self.calibration.to_dict()
        else:
            calibration = self.calibration

        capable_profile: None | str | Unset
        if isinstance(self.capable_profile, Unset):
            capable_profile = UNSET
        else:
            capable_profile = self.capable_profile

        capable_profile_preset: None | str | Unset
        if isinstance(self.capable_profile_preset, Unset):
            capable_profile_preset = UNSET
        else:
            capable_profile_preset = self.capable_profile_preset

        capable_tier = self.capable_tier

        efficient_profile: None | str | Unset
        if isinstance(self.efficient_profile, Unset):
            efficient_profile = UNSET
        else:
            efficient_profile = self.efficient_profile

        efficient_profile_preset: None | str | Unset
        if isinstance(self.efficient_profile_preset, Unset):
            efficient_profile_preset = UNSET
        else:
            efficient_profile_preset = self.efficient_profile_preset

        efficient_tier = self.efficient_tier

        harness: None | str | Unset
        if isinstance(self.harness, Unset):
            harness = UNSET
        else:
            harness = self.harness

        harness_preset: None | str | Unset
        if isinstance(self.harness_preset, Unset):
            harness_preset = UNSET
        else:
            harness_preset = self.harness_preset

        max_output_tokens = self.max_output_tokens

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "max_quality_gap": max_quality_gap,
            }
        )
        if calibration is not UNSET:
            field_dict["calibration"] = calibration
        if capable_profile is not UNSET:
            field_dict["capable_profile"] = capable_profile
        if capable_profile_preset is not UNSET:
            field_dict["capable_profile_preset"] = capable_profile_preset
        if capable_tier is not UNSET:
            field_dict["capable_tier"] = capable_tier
        if efficient_profile is not UNSET:
            field_dict["efficient_profile"] = efficient_profile
        if efficient_profile_preset is not UNSET:
            field_dict["efficient_profile_preset"] = efficient_profile_preset
        if efficient_tier is not UNSET:
            field_dict["efficient_tier"] = efficient_tier
        if harness is not UNSET:
            field_dict["harness"] = harness
        if harness_preset is not UNSET:
            field_dict["harness_preset"] = harness_preset
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.llmv2_calibration import LLMV2Calibration  # noqa: PLC0415

        d = dict(src_dict)
        max_quality_gap = d.pop("max_quality_gap")

        def _parse_calibration(data: object) -> LLMV2Calibration | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                calibration_type_0 = LLMV2Calibration.from_dict(data)

                return calibration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LLMV2Calibration | None | Unset, data)

        calibration = _parse_calibration(d.pop("calibration", UNSET))

        def _parse_capable_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capable_profile = _parse_capable_profile(d.pop("capable_profile", UNSET))

        def _parse_capable_profile_preset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        capable_profile_preset = _parse_capable_profile_preset(d.pop("capable_profile_preset", UNSET))

        capable_tier = d.pop("capable_tier", UNSET)

        def _parse_efficient_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        efficient_profile = _parse_efficient_profile(d.pop("efficient_profile", UNSET))

        def _parse_efficient_profile_preset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        efficient_profile_preset = _parse_efficient_profile_preset(d.pop("efficient_profile_preset", UNSET))

        efficient_tier = d.pop("efficient_tier", UNSET)

        def _parse_harness(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        harness = _parse_harness(d.pop("harness", UNSET))

        def _parse_harness_preset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        harness_preset = _parse_harness_preset(d.pop("harness_preset", UNSET))

        max_output_tokens = d.pop("max_output_tokens", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: LLMV2ConfigResponseFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = LLMV2ConfigResponseFormat(_response_format)

        llmv2_config = cls(
            max_quality_gap=max_quality_gap,
            calibration=calibration,
            capable_profile=capable_profile,
            capable_profile_preset=capable_profile_preset,
            capable_tier=capable_tier,
            efficient_profile=efficient_profile,
            efficient_profile_preset=efficient_profile_preset,
            efficient_tier=efficient_tier,
            harness=harness,
            harness_preset=harness_preset,
            max_output_tokens=max_output_tokens,
            response_format=response_format,
        )

        return llmv2_config
