from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.llmv2_probability_calibration import LLMV2ProbabilityCalibration


T = TypeVar("T", bound="LLMV2Calibration")


@_attrs_define
class LLMV2Calibration:
    """
    Attributes:
        capable (LLMV2ProbabilityCalibration):
        efficient (LLMV2ProbabilityCalibration):
        prompt_version (Literal['llm-v2-1']):
        version (str):
    """

    capable: LLMV2ProbabilityCalibration
    efficient: LLMV2ProbabilityCalibration
    prompt_version: Literal["llm-v2-1"]
    version: str

    def to_dict(self) -> dict[str, Any]:
        capable = self.capable.to_dict()

        efficient = self.efficient.to_dict()

        prompt_version = self.prompt_version

        version = self.version

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "capable": capable,
                "efficient": efficient,
                "prompt_version": prompt_version,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.llmv2_probability_calibration import LLMV2ProbabilityCalibration  # noqa: PLC0415

        d = dict(src_dict)
        capable = LLMV2ProbabilityCalibration.from_dict(d.pop("capable"))

        efficient = LLMV2ProbabilityCalibration.from_dict(d.pop("efficient"))

        prompt_version = cast(Literal["llm-v2-1"], d.pop("prompt_version"))
        if prompt_version != "llm-v2-1":
            raise ValueError(f"prompt_version must match const 'llm-v2-1', got '{prompt_version}'")

        version = d.pop("version")

        llmv2_calibration = cls(
            capable=capable,
            efficient=efficient,
            prompt_version=prompt_version,
            version=version,
        )

        return llmv2_calibration
