from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.computer_call_output_status_type_0 import ComputerCallOutputStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computer_call_output_acknowledged_safety_check import ComputerCallOutputAcknowledgedSafetyCheck
    from ..models.response_computer_tool_call_output_screenshot_param import (
        ResponseComputerToolCallOutputScreenshotParam,
    )


T = TypeVar("T", bound="ComputerCallOutput")


@_attrs_define
class ComputerCallOutput:
    """The output of a computer tool call.

    Attributes:
        call_id (str):
        output (ResponseComputerToolCallOutputScreenshotParam): A computer screenshot image used with the computer use
            tool.
        type_ (Literal['computer_call_output']):
        acknowledged_safety_checks (list[ComputerCallOutputAcknowledgedSafetyCheck] | None | Unset):
        id (None | str | Unset):
        status (ComputerCallOutputStatusType0 | None | Unset):
    """

    call_id: str
    output: ResponseComputerToolCallOutputScreenshotParam
    type_: Literal["computer_call_output"]
    acknowledged_safety_checks: list[ComputerCallOutputAcknowledgedSafetyCheck] | None | Unset = UNSET
    id: None | str | Unset = UNSET
    status: ComputerCallOutputStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        output = self.output.to_dict()

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

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ComputerCallOutputStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "output": output,
                "type": type_,
            }
        )
        if acknowledged_safety_checks is not UNSET:
            field_dict["acknowledged_safety_checks"] = acknowledged_safety_checks
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.computer_call_output_acknowledged_safety_check import ComputerCallOutputAcknowledgedSafetyCheck  # noqa: PLC0415
        from ..models.response_computer_tool_call_output_screenshot_param import (
            ResponseComputerToolCallOutputScreenshotParam,  # noqa: PLC0415
        )

        d = dict(src_dict)
        call_id = d.pop("call_id")

        output = ResponseComputerToolCallOutputScreenshotParam.from_dict(d.pop("output"))

        type_ = cast(Literal["computer_call_output"], d.pop("type"))
        if type_ != "computer_call_output":
            raise ValueError(f"type must match const 'computer_call_output', got '{type_}'")

        def _parse_acknowledged_safety_checks(
            data: object,
        ) -> list[ComputerCallOutputAcknowledgedSafetyCheck] | None | Unset:
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
                    acknowledged_safety_checks_type_0_item = ComputerCallOutputAcknowledgedSafetyCheck.from_dict(
                        acknowledged_safety_checks_type_0_item_data
                    )

                    acknowledged_safety_checks_type_0.append(acknowledged_safety_checks_type_0_item)

                return acknowledged_safety_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ComputerCallOutputAcknowledgedSafetyCheck] | None | Unset, data)

        acknowledged_safety_checks = _parse_acknowledged_safety_checks(d.pop("acknowledged_safety_checks", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_status(data: object) -> ComputerCallOutputStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ComputerCallOutputStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComputerCallOutputStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        computer_call_output = cls(
            call_id=call_id,
            output=output,
            type_=type_,
            acknowledged_safety_checks=acknowledged_safety_checks,
            id=id,
            status=status,
        )

        computer_call_output.additional_properties = d
        return computer_call_output

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
