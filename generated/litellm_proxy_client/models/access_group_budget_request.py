from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccessGroupBudgetRequest")


@_attrs_define
class AccessGroupBudgetRequest:
    """
    Attributes:
        budget_duration (None | str | Unset):
        budget_id (None | str | Unset):
        max_budget (float | None | Unset):
        soft_budget (float | None | Unset):
    """

    budget_duration: None | str | Unset = UNSET
    budget_id: None | str | Unset = UNSET
    max_budget: float | None | Unset = UNSET
    soft_budget: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        budget_duration: None | str | Unset
        if isinstance(self.budget_duration, Unset):
            budget_duration = UNSET
        else:
            budget_duration = self.budget_duration

        budget_id: None | str | Unset
        if isinstance(self.budget_id, Unset):
            budget_id = UNSET
        else:
            budget_id = self.budget_id

        max_budget: float | None | Unset
        if isinstance(self.max_budget, Unset):
            max_budget = UNSET
        else:
            max_budget = self.max_budget

        soft_budget: float | None | Unset
        if isinstance(self.soft_budget, Unset):
            soft_budget = UNSET
        else:
            soft_budget = self.soft_budget

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if budget_duration is not UNSET:
            field_dict["budget_duration"] = budget_duration
        if budget_id is not UNSET:
            field_dict["budget_id"] = budget_id
        if max_budget is not UNSET:
            field_dict["max_budget"] = max_budget
        if soft_budget is not UNSET:
            field_dict["soft_budget"] = soft_budget

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_budget_duration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_duration = _parse_budget_duration(d.pop("budget_duration", UNSET))

        def _parse_budget_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        budget_id = _parse_budget_id(d.pop("budget_id", UNSET))

        def _parse_max_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_budget = _parse_max_budget(d.pop("max_budget", UNSET))

        def _parse_soft_budget(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        soft_budget = _parse_soft_budget(d.pop("soft_budget", UNSET))

        access_group_budget_request = cls(
            budget_duration=budget_duration,
            budget_id=budget_id,
            max_budget=max_budget,
            soft_budget=soft_budget,
        )

        return access_group_budget_request
