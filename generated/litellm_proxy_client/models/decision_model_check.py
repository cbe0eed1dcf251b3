from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.decision_model_check_action import DecisionModelCheckAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="DecisionModelCheck")


@_attrs_define
class DecisionModelCheck:
    """One predicate the decision model scores the request or response against.

    Attributes:
        instructions (str):
        name (str):
        action (DecisionModelCheckAction | Unset):  Default: DecisionModelCheckAction.BLOCK.
        threshold (float | Unset):  Default: 0.7.
    """

    instructions: str
    name: str
    action: DecisionModelCheckAction | Unset = DecisionModelCheckAction.BLOCK
    threshold: float | Unset = 0.7
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instructions = self.instructions

        name = self.name

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        threshold = self.threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructions": instructions,
                "name": name,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if threshold is not UNSET:
            field_dict["threshold"] = threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        instructions = d.pop("instructions")

        name = d.pop("name")

        _action = d.pop("action", UNSET)
        action: DecisionModelCheckAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = DecisionModelCheckAction(_action)

        threshold = d.pop("threshold", UNSET)

        decision_model_check = cls(
            instructions=instructions,
            name=name,
            action=action,
            threshold=threshold,
        )

        decision_model_check.additional_properties = d
        return decision_model_check

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
