from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.function_call_output_status_type_0 import FunctionCallOutputStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.function_call_output_caller_direct import FunctionCallOutputCallerDirect
    from ..models.function_call_output_caller_program import FunctionCallOutputCallerProgram
    from ..models.response_input_file_content_param import ResponseInputFileContentParam
    from ..models.response_input_image_content_param import ResponseInputImageContentParam
    from ..models.response_input_text_content_param import ResponseInputTextContentParam


T = TypeVar("T", bound="FunctionCallOutput")


@_attrs_define
class FunctionCallOutput:
    """The output of a function tool call.

    Attributes:
        output (list[ResponseInputFileContentParam | ResponseInputImageContentParam | ResponseInputTextContentParam] |
            str):
        type_ (Literal['function_call_output']):
        call_id (None | str | Unset):
        caller (FunctionCallOutputCallerDirect | FunctionCallOutputCallerProgram | None | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        namespace (None | str | Unset):
        status (FunctionCallOutputStatusType0 | None | Unset):
    """

    output: list[ResponseInputFileContentParam | ResponseInputImageContentParam | ResponseInputTextContentParam] | str
    type_: Literal["function_call_output"]
    call_id: None | str | Unset = UNSET
    caller: FunctionCallOutputCallerDirect | FunctionCallOutputCallerProgram | None | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    status: FunctionCallOutputStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.function_call_output_caller_direct import FunctionCallOutputCallerDirect  # noqa: PLC0415
        from ..models.function_call_output_caller_program import FunctionCallOutputCallerProgram  # noqa: PLC0415
        from ..models.response_input_image_content_param import ResponseInputImageContentParam  # noqa: PLC0415
        from ..models.response_input_text_content_param import ResponseInputTextContentParam  # noqa: PLC0415

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, ResponseInputTextContentParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, ResponseInputImageContentParam):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        type_ = self.type_

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, FunctionCallOutputCallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, FunctionCallOutputCallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FunctionCallOutputStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.function_call_output_caller_direct import FunctionCallOutputCallerDirect  # noqa: PLC0415
        from ..models.function_call_output_caller_program import FunctionCallOutputCallerProgram  # noqa: PLC0415
        from ..models.response_input_file_content_param import ResponseInputFileContentParam  # noqa: PLC0415
        from ..models.response_input_image_content_param import ResponseInputImageContentParam  # noqa: PLC0415
        from ..models.response_input_text_content_param import ResponseInputTextContentParam  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_output(
            data: object,
        ) -> list[ResponseInputFileContentParam | ResponseInputImageContentParam | ResponseInputTextContentParam] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> ResponseInputFileContentParam | ResponseInputImageContentParam | ResponseInputTextContentParam:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_0 = ResponseInputTextContentParam.from_dict(data)

                            return output_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_1 = ResponseInputImageContentParam.from_dict(data)

                            return output_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_1_item_type_2 = ResponseInputFileContentParam.from_dict(data)

                        return output_type_1_item_type_2

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ResponseInputFileContentParam | ResponseInputImageContentParam | ResponseInputTextContentParam]
                | str,
                data,
            )

        output = _parse_output(d.pop("output"))

        type_ = cast(Literal["function_call_output"], d.pop("type"))
        if type_ != "function_call_output":
            raise ValueError(f"type must match const 'function_call_output', got '{type_}'")

        def _parse_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_id = _parse_call_id(d.pop("call_id", UNSET))

        def _parse_caller(
            data: object,
        ) -> FunctionCallOutputCallerDirect | FunctionCallOutputCallerProgram | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_0 = FunctionCallOutputCallerDirect.from_dict(data)

                return caller_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                caller_type_1 = FunctionCallOutputCallerProgram.from_dict(data)

                return caller_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionCallOutputCallerDirect | FunctionCallOutputCallerProgram | None | Unset, data)

        caller = _parse_caller(d.pop("caller", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        def _parse_status(data: object) -> FunctionCallOutputStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = FunctionCallOutputStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FunctionCallOutputStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        function_call_output = cls(
            output=output,
            type_=type_,
            call_id=call_id,
            caller=caller,
            id=id,
            name=name,
            namespace=namespace,
            status=status,
        )

        function_call_output.additional_properties = d
        return function_call_output

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
