from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.responses_api_request_params_message_role import ResponsesAPIRequestParamsMessageRole
from ..models.responses_api_request_params_message_status import ResponsesAPIRequestParamsMessageStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_input_file_param import ResponseInputFileParam
    from ..models.response_input_image_param import ResponseInputImageParam
    from ..models.response_input_text_param import ResponseInputTextParam


T = TypeVar("T", bound="ResponsesAPIRequestParamsMessage")


@_attrs_define
class ResponsesAPIRequestParamsMessage:
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.

        Attributes:
            content (list[ResponseInputFileParam | ResponseInputImageParam | ResponseInputTextParam]):
            role (ResponsesAPIRequestParamsMessageRole):
            status (ResponsesAPIRequestParamsMessageStatus | Unset):
            type_ (Literal['message'] | Unset):
    """

    content: list[ResponseInputFileParam | ResponseInputImageParam | ResponseInputTextParam]
    role: ResponsesAPIRequestParamsMessageRole
    status: ResponsesAPIRequestParamsMessageStatus | Unset = UNSET
    type_: Literal["message"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_input_image_param import ResponseInputImageParam  # noqa: PLC0415
        from ..models.response_input_text_param import ResponseInputTextParam  # noqa: PLC0415

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, ResponseInputTextParam):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ResponseInputImageParam):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        role = self.role.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_input_file_param import ResponseInputFileParam  # noqa: PLC0415
        from ..models.response_input_image_param import ResponseInputImageParam  # noqa: PLC0415
        from ..models.response_input_text_param import ResponseInputTextParam  # noqa: PLC0415

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> ResponseInputFileParam | ResponseInputImageParam | ResponseInputTextParam:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = ResponseInputTextParam.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = ResponseInputImageParam.from_dict(data)

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_2 = ResponseInputFileParam.from_dict(data)

                return content_item_type_2

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        role = ResponsesAPIRequestParamsMessageRole(d.pop("role"))

        _status = d.pop("status", UNSET)
        status: ResponsesAPIRequestParamsMessageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ResponsesAPIRequestParamsMessageStatus(_status)

        type_ = cast(Literal["message"] | Unset, d.pop("type", UNSET))
        if type_ != "message" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message', got '{type_}'")

        responses_api_request_params_message = cls(
            content=content,
            role=role,
            status=status,
            type_=type_,
        )

        responses_api_request_params_message.additional_properties = d
        return responses_api_request_params_message

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
