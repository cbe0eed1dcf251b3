from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_code_interpreter_tool_call_status import ResponseCodeInterpreterToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_image import OutputImage
    from ..models.output_logs import OutputLogs


T = TypeVar("T", bound="ResponseCodeInterpreterToolCall")


@_attrs_define
class ResponseCodeInterpreterToolCall:
    """A tool call to run code.

    Attributes:
        container_id (str):
        id (str):
        status (ResponseCodeInterpreterToolCallStatus):
        type_ (Literal['code_interpreter_call']):
        code (None | str | Unset):
        outputs (list[OutputImage | OutputLogs] | None | Unset):
    """

    container_id: str
    id: str
    status: ResponseCodeInterpreterToolCallStatus
    type_: Literal["code_interpreter_call"]
    code: None | str | Unset = UNSET
    outputs: list[OutputImage | OutputLogs] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.output_logs import OutputLogs  # noqa: PLC0415

        container_id = self.container_id

        id = self.id

        status = self.status.value

        type_ = self.type_

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        outputs: list[dict[str, Any]] | None | Unset
        if isinstance(self.outputs, Unset):
            outputs = UNSET
        elif isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item: dict[str, Any]
                if isinstance(outputs_type_0_item_data, OutputLogs):
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()
                else:
                    outputs_type_0_item = outputs_type_0_item_data.to_dict()

                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container_id": container_id,
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_image import OutputImage  # noqa: PLC0415
        from ..models.output_logs import OutputLogs  # noqa: PLC0415

        d = dict(src_dict)
        container_id = d.pop("container_id")

        id = d.pop("id")

        status = ResponseCodeInterpreterToolCallStatus(d.pop("status"))

        type_ = cast(Literal["code_interpreter_call"], d.pop("type"))
        if type_ != "code_interpreter_call":
            raise ValueError(f"type must match const 'code_interpreter_call', got '{type_}'")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_outputs(data: object) -> list[OutputImage | OutputLogs] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0:

                    def _parse_outputs_type_0_item(data: object) -> OutputImage | OutputLogs:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            outputs_type_0_item_type_0 = OutputLogs.from_dict(data)

                            return outputs_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        outputs_type_0_item_type_1 = OutputImage.from_dict(data)

                        return outputs_type_0_item_type_1

                    outputs_type_0_item = _parse_outputs_type_0_item(outputs_type_0_item_data)

                    outputs_type_0.append(outputs_type_0_item)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OutputImage | OutputLogs] | None | Unset, data)

        outputs = _parse_outputs(d.pop("outputs", UNSET))

        response_code_interpreter_tool_call = cls(
            container_id=container_id,
            id=id,
            status=status,
            type_=type_,
            code=code,
            outputs=outputs,
        )

        response_code_interpreter_tool_call.additional_properties = d
        return response_code_interpreter_tool_call

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
