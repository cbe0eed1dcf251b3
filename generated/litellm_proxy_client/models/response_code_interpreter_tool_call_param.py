from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_code_interpreter_tool_call_param_status import ResponseCodeInterpreterToolCallParamStatus

if TYPE_CHECKING:
    from ..models.output_image import OutputImage
    from ..models.output_logs import OutputLogs


T = TypeVar("T", bound="ResponseCodeInterpreterToolCallParam")


@_attrs_define
class ResponseCodeInterpreterToolCallParam:
    """A tool call to run code.

    Attributes:
        code (None | str):
        container_id (str):
        id (str):
        outputs (list[OutputImage | OutputLogs] | None):
        status (ResponseCodeInterpreterToolCallParamStatus):
        type_ (Literal['code_interpreter_call']):
    """

    code: None | str
    container_id: str
    id: str
    outputs: list[OutputImage | OutputLogs] | None
    status: ResponseCodeInterpreterToolCallParamStatus
    type_: Literal["code_interpreter_call"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.output_logs import OutputLogs  # noqa: PLC0415

        code: None | str
        code = self.code

        container_id = self.container_id

        id = self.id

        outputs: list[dict[str, Any]] | None
        if isinstance(self.outputs, list):
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

        status = self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "container_id": container_id,
                "id": id,
                "outputs": outputs,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_image import OutputImage  # noqa: PLC0415
        from ..models.output_logs import OutputLogs  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        container_id = d.pop("container_id")

        id = d.pop("id")

        def _parse_outputs(data: object) -> list[OutputImage | OutputLogs] | None:
            if data is None:
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
            return cast(list[OutputImage | OutputLogs] | None, data)

        outputs = _parse_outputs(d.pop("outputs"))

        status = ResponseCodeInterpreterToolCallParamStatus(d.pop("status"))

        type_ = cast(Literal["code_interpreter_call"], d.pop("type"))
        if type_ != "code_interpreter_call":
            raise ValueError(f"type must match const 'code_interpreter_call', got '{type_}'")

        response_code_interpreter_tool_call_param = cls(
            code=code,
            container_id=container_id,
            id=id,
            outputs=outputs,
            status=status,
            type_=type_,
        )

        response_code_interpreter_tool_call_param.additional_properties = d
        return response_code_interpreter_tool_call_param

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
