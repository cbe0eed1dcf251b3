from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caller_direct import CallerDirect
    from ..models.caller_program import CallerProgram
    from ..models.response_input_file_param import ResponseInputFileParam
    from ..models.response_input_image_param import ResponseInputImageParam
    from ..models.response_input_text_param import ResponseInputTextParam


T = TypeVar("T", bound="ResponseCustomToolCallOutputParam")


@_attrs_define
class ResponseCustomToolCallOutputParam:
    """The output of a custom tool call from your code, being sent back to the model.

    Attributes:
        call_id (str):
        output (list[ResponseInputFileParam | ResponseInputImageParam | ResponseInputTextParam] | str):
        type_ (Literal['custom_tool_call_output']):
        caller (CallerDirect | CallerProgram | None | Unset):
        id (str | Unset):
    """

    call_id: str
    output: list[ResponseInputFileParam | ResponseInputImageParam | ResponseInputTextParam] | str
    type_: Literal["custom_tool_call_output"]
    caller: CallerDirect | CallerProgram | None | Unset = UNSET
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415
        from ..models.response_input_image_param import ResponseInputImageParam  # noqa: PLC0415
        from ..models.response_input_text_param import ResponseInputTextParam  # noqa: PLC0415

        call_id = self.call_id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, ResponseInputTextParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, ResponseInputImageParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        type_ = self.type_

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, CallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, CallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call_id": call_id,
                "output": output,
                "type": type_,
            }
        )
        if caller is not UNSET:
            field_dict["caller"] = caller
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415
        from ..models.response_input_file_param import ResponseInputFileParam  # noqa: PLC0415
        from ..models.response_input_image_param import ResponseInputImageParam  # noqa: PLC0415
        from ..models.response_input_text_param import ResponseInputTextParam  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("call_id")

        def _parse_output(
            data: object,
        ) -> list[ResponseInputFileParam | ResponseInputImageParam | ResponseInputTextParam] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> ResponseInputFileParam | ResponseInputImageParam | ResponseInputTextParam:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_0 = ResponseInputTextParam.from_dict(data)

                            return output_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_1 = ResponseInputImageParam.from_dict(data)

                            return output_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_1_item_type_2 = ResponseInputFileParam.from_dict(data)

                        return output_type_1_item_type_2

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseInputFileParam | ResponseInputImageParam | ResponseInputTextParam] | str, data)

        output = _parse_output(d.pop("output"))

        type_ = cast(Literal["custom_tool_call_output"], d.pop("type"))
        if type_ != "custom_tool_call_output":
            raise ValueError(f"type must match const 'custom_tool_call_output', got '{type_}'")

        def _parse_caller(data: object) -> CallerDirect | CallerProgram | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_0 = CallerDirect.from_dict(data)

                return caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_1 = CallerProgram.from_dict(data)

                return caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallerDirect | CallerProgram | None | Unset, data)

        caller = _parse_caller(d.pop("caller", UNSET))

        id = d.pop("id", UNSET)

        response_custom_tool_call_output_param = cls(
            call_id=call_id,
            output=output,
            type_=type_,
            caller=caller,
            id=id,
        )

        response_custom_tool_call_output_param.additional_properties = d
        return response_custom_tool_call_output_param

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
