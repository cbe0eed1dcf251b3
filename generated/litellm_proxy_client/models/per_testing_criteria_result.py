from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result_counts import ResultCounts


T = TypeVar("T", bound="PerTestingCriteriaResult")


@_attrs_define
class PerTestingCriteriaResult:
    """Results for a specific testing criteria

    Attributes:
        result_counts (ResultCounts): Result counts for a run
        testing_criteria_index (int):
        average_score (float | None | Unset):
    """

    result_counts: ResultCounts
    testing_criteria_index: int
    average_score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_counts = self.result_counts.to_dict()

        testing_criteria_index = self.testing_criteria_index

        average_score: float | None | Unset
        if isinstance(self.average_score, Unset):
            average_score = UNSET
        else:
            average_score = self.average_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result_counts": result_counts,
                "testing_criteria_index": testing_criteria_index,
            }
        )
        if average_score is not UNSET:
            field_dict["average_score"] = average_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result_counts import ResultCounts  # noqa: PLC0415

        d = dict(src_dict)
        result_counts = ResultCounts.from_dict(d.pop("result_counts"))

        testing_criteria_index = d.pop("testing_criteria_index")

        def _parse_average_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        average_score = _parse_average_score(d.pop("average_score", UNSET))

        per_testing_criteria_result = cls(
            result_counts=result_counts,
            testing_criteria_index=testing_criteria_index,
            average_score=average_score,
        )

        per_testing_criteria_result.additional_properties = d
        return per_testing_criteria_result

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
