from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_computer_tool_call_output_item_status import ResponseComputerToolCallOutputItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.acknowledged_safety_check import AcknowledgedSafetyCheck
    from ..models.response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot


T = TypeVar("T", bound="ResponseComputerToolCallOutputItem")


@_attrs_define
class ResponseComputerToolCallOutputItem:
    """
    Attributes:
        call_id (str):
        id (str):
        output (ResponseComputerToolCallOutputScreenshot): A computer screenshot image used with the computer use tool.
        status (ResponseComputerToolCallOutputItemStatus):
        type_ (Literal['computer_call_output']):
        acknowledged_safety_checks (list[AcknowledgedSafetyCheck] | None | Unset):
        created_by (None | str | Unset):
    """

    call_id: str
    id: str
    output: ResponseComputerToolCallOutputScreenshot
    status: ResponseComputerToolCallOutputItemStatus
    type_: Literal["computer_call_output"]
    acknowledged_safety_checks: list[AcknowledgedSafetyCheck] | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        id = self.id

        output = self.output.to_dict()

        status = self.status.value

        type_ = self.type_

        acknowledged_safety_checks: list[dict[str, Any]] | None | Unset
        if isinstance(self.acknowledged_safety_checks, Unset):
            acknowledged_safety_checks = UNSET
        elif isinstance(self.acknowledged_safety_checks, list):
            acknowledged_safety_checks = []
            for acknowledged_safety_checks_type_0_item_data in self.acknowledged_safety_checks:
                acknowledged_safety_checks_type_0_item = acknowledged_safety_checks_type_0_item_data.to_dict()
                acknowledged_safety_checks.append(acknowledged_safety_checks_type_0_item)

        else:
            acknowledged_safety_checks = self.acknowledged_safety_checks

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "id": id,
                "output": output,
                "status": status,
                "type": type_,
            }
        )
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if created_by is not UNSET:
            field_dict["created_by"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.acknowledged_safety_check import AcknowledgedSafetyCheck  # noqa: PLC0415
        from ..models.response_computer_tool_call_output_screenshot import ResponseComputerToolCallOutputScreenshot  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        id = d.pop("id")

        output = ResponseComputerToolCallOutputScreenshot.from_dict(d.pop("output"))

        status = ResponseComputerToolCallOutputItemStatus(d.pop("status"))

        type_ = cast(Literal["computer_call_output"], d.pop("type"))
        if type_ != "computer_call_output":
            raise ValueError(f"type must match const 'computer_call_output', got '{type_}'")

        def _parse_acknowledged_safety_checks(data: object) -> list[AcknowledgedSafetyCheck] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                acknowledged_safety_checks_type_0 = []
                _acknowledged_safety_checks_type_0 = data
                for acknowledged_safety_checks_type_0_item_data in _acknowledged_safety_checks_type_0:
                    acknowledged_safety_checks_type_0_item = AcknowledgedSafetyCheck.from_dict(
                        acknowledged_safety_checks_type_0_item_data
                    )

                    acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)

                return acknowledged_safety_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AcknowledgedSafetyCheck] | None | Unset, data)

        acknowledged_safety_checks = _parse_acknowledged_safety_checks(d.pop("acknowledged_safety_checks", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        response_computer_tool_call_output_item = cls(
            call_id=call_id,
            id=id,
            output=output,
            status=status,
            type_=type_,
            acknowledged_safety_checks=acknowledged_safety_checks,
            created_by=created_by,
        )

        response_computer_tool_call_output_item.additional_properties = d
        return response_computer_tool_call_output_item

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
