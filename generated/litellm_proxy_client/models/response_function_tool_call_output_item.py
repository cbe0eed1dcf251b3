from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_function_tool_call_output_item_status import ResponseFunctionToolCallOutputItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.caller_direct import CallerDirect
    from ..models.caller_program import CallerProgram
    from ..models.response_input_file import ResponseInputFile
    from ..models.response_input_image import ResponseInputImage
    from ..models.response_input_text import ResponseInputText


T = TypeVar("T", bound="ResponseFunctionToolCallOutputItem")


@_attrs_define
class ResponseFunctionToolCallOutputItem:
    """
    Attributes:
        id (str):
        output (list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str):
        status (ResponseFunctionToolCallOutputItemStatus):
        type_ (Literal['function_call_output']):
        call_id (None | str | Unset):
        caller (CallerDirect | CallerProgram | None | Unset):
        created_by (None | str | Unset):
        name (None | str | Unset):
        namespace (None | str | Unset):
    """

    id: str
    output: list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str
    status: ResponseFunctionToolCallOutputItemStatus
    type_: Literal["function_call_output"]
    call_id: None | str | Unset = UNSET
    caller: CallerDirect | CallerProgram | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415
        from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
        from ..models.response_input_text import ResponseInputText  # noqa: PLC0415

        id = self.id

        output: list[dict[str, Any]] | str
        if isinstance(self.output, list):
            output = []
            for output_type_1_item_data in self.output:
                output_type_1_item: dict[str, Any]
                if isinstance(output_type_1_item_data, ResponseInputText):
                    output_type_1_item = output_type_1_item_data.to_dict()
                elif isinstance(output_type_1_item_data, ResponseInputImage):
                    output_type_1_item = output_type_1_item_data.to_dict()
                else:
                    output_type_1_item = output_type_1_item_data.to_dict()

                output.append(output_type_1_item)

        else:
            output = self.output

        status = self.status.value

        type_ = self.type_

        call_id: None | str | Unset
        if isinstance(self.call_id, Unset):
            call_id = UNSET
        else:
            call_id = self.call_id

        caller: dict[str, Any] | None | Unset
        if isinstance(self.caller, Unset):
            caller = UNSET
        elif isinstance(self.caller, CallerDirect):
            caller = self.caller.to_dict()
        elif isinstance(self.caller, CallerProgram):
            caller = self.caller.to_dict()
        else:
            caller = self.caller

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "output": output,
                "status": status,
                "type": type_,
            }
        )
        if call_id is not UNSET:
            field_dict["call_id"] = call_id
        if caller is not UNSET:
            field_dict["caller"] = caller
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if name is not UNSET:
            field_dict["name"] = name
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.caller_direct import CallerDirect  # noqa: PLC0415
        from ..models.caller_program import CallerProgram  # noqa: PLC0415
        from ..models.response_input_file import ResponseInputFile  # noqa: PLC0415
        from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
        from ..models.response_input_text import ResponseInputText  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_output(data: object) -> list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                output_type_1 = []
                _output_type_1 = data
                for output_type_1_item_data in _output_type_1:

                    def _parse_output_type_1_item(
                        data: object,
                    ) -> ResponseInputFile | ResponseInputImage | ResponseInputText:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_0 = ResponseInputText.from_dict(data)

                            return output_type_1_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            output_type_1_item_type_1 = ResponseInputImage.from_dict(data)

                            return output_type_1_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        output_type_1_item_type_2 = ResponseInputFile.from_dict(data)

                        return output_type_1_item_type_2

                    output_type_1_item = _parse_output_type_1_item(output_type_1_item_data)

                    output_type_1.append(output_type_1_item)

                return output_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResponseInputFile | ResponseInputImage | ResponseInputText] | str, data)

        output = _parse_output(d.pop("output"))

        status = ResponseFunctionToolCallOutputItemStatus(d.pop("status"))

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

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

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

        response_function_tool_call_output_item = cls(
            id=id,
            output=output,
            status=status,
            type_=type_,
            call_id=call_id,
            caller=caller,
            created_by=created_by,
            name=name,
            namespace=namespace,
        )

        response_function_tool_call_output_item.additional_properties = d
        return response_function_tool_call_output_item

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
