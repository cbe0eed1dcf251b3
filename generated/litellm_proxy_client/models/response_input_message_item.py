from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_input_message_item_role import ResponseInputMessageItemRole
from ..models.response_input_message_item_status_type_0 import ResponseInputMessageItemStatusType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_input_file import ResponseInputFile
    from ..models.response_input_image import ResponseInputImage
    from ..models.response_input_text import ResponseInputText


T = TypeVar("T", bound="ResponseInputMessageItem")


@_attrs_define
class ResponseInputMessageItem:
    """
    Attributes:
        content (list[ResponseInputFile | ResponseInputImage | ResponseInputText]):
        id (str):
        role (ResponseInputMessageItemRole):
        type_ (Literal['message']):
        status (None | ResponseInputMessageItemStatusType0 | Unset):
    """

    content: list[ResponseInputFile | ResponseInputImage | ResponseInputText]
    id: str
    role: ResponseInputMessageItemRole
    type_: Literal["message"]
    status: None | ResponseInputMessageItemStatusType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
        from ..models.response_input_text import ResponseInputText  # noqa: PLC0415

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, ResponseInputText):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ResponseInputImage):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        id = self.id

        role = self.role.value

        type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ResponseInputMessageItemStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "id": id,
                "role": role,
                "type": type_,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.response_input_file import ResponseInputFile  # noqa: PLC0415
        from ..models.response_input_image import ResponseInputImage  # noqa: PLC0415
        from ..models.response_input_text import ResponseInputText  # noqa: PLC0415

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> ResponseInputFile | ResponseInputImage | ResponseInputText:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = ResponseInputText.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_1 = ResponseInputImage.from_dict(data)

                    return content_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_2 = ResponseInputFile.from_dict(data)

                return content_item_type_2

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        id = d.pop("id")

        role = ResponseInputMessageItemRole(d.pop("role"))

        type_ = cast(Literal["message"], d.pop("type"))
        if type_ != "message":
            raise ValueError(f"type must match const 'message', got '{type_}'")

        def _parse_status(data: object) -> None | ResponseInputMessageItemStatusType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ResponseInputMessageItemStatusType0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ResponseInputMessageItemStatusType0 | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        response_input_message_item = cls(
            content=content,
            id=id,
            role=role,
            type_=type_,
            status=status,
        )

        response_input_message_item.additional_properties = d
        return response_input_message_item

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
