from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.access_group_budget import AccessGroupBudget


T = TypeVar("T", bound="AccessGroupInfo")


@_attrs_define
class AccessGroupInfo:
    """
    Attributes:
        access_group (str):
        deployment_count (int):
        model_names (list[str]):
        budget (AccessGroupBudget | None | Unset):
        spend (float | None | Unset):
    """

    access_group: str
    deployment_count: int
    model_names: list[str]
    budget: AccessGroupBudget | None | Unset = UNSET
    spend: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.access_group_budget import AccessGroupBudget  # noqa: PLC0415

        access_group = self.access_group

        deployment_count = self.deployment_count

        model_names = self.model_names

        budget: dict[str, Any] | None | Unset
        if isinstance(self.budget, Unset):
            budget = UNSET
        elif isinstance(self.budget, AccessGroupBudget):
            budget = self.budget.to_dict()
        else:
            budget = self.budget

        spend: float | None | Unset
        if isinstance(self.spend, Unset):
            spend = UNSET
        else:
            spend = self.spend

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_group": access_group,
                "deployment_count": deployment_count,
                "model_names": model_names,
            }
        )
        if budget is not UNSET:
            field_dict["budget"] = budget
        if spend is not UNSET:
            field_dict["spend"] = spend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.access_group_budget import AccessGroupBudget  # noqa: PLC0415

        d = dict(src_dict)
        access_group = d.pop("access_group")

        deployment_count = d.pop("deployment_count")

        model_names = cast(list[str], d.pop("model_names"))

        def _parse_budget(data: object) -> AccessGroupBudget | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                budget_type_0 = AccessGroupBudget.from_dict(data)

                return budget_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessGroupBudget | None | Unset, data)

        budget = _parse_budget(d.pop("budget", UNSET))

        def _parse_spend(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        spend = _parse_spend(d.pop("spend", UNSET))

        access_group_info = cls(
            access_group=access_group,
            deployment_count=deployment_count,
            model_names=model_names,
            budget=budget,
            spend=spend,
        )

        access_group_info.additional_properties = d
        return access_group_info

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
