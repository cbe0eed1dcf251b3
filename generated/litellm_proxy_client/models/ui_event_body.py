from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.ui_action import UIAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="UIEventBody")


@_attrs_define
class UIEventBody:
    """
    Attributes:
        action (UIAction):
        page (str):
        target (None | str | Unset):
    """

    action: UIAction
    page: str
    target: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        page = self.page

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        else:
            target = self.target

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "page": page,
            }
        )
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = UIAction(d.pop("action"))

        page = d.pop("page")

        def _parse_target(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target = _parse_target(d.pop("target", UNSET))

        ui_event_body = cls(
            action=action,
            page=page,
            target=target,
        )

        return ui_event_body
