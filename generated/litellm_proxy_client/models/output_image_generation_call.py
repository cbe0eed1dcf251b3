from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.output_image_generation_call_status import OutputImageGenerationCallStatus

T = TypeVar("T", bound="OutputImageGenerationCall")


@_attrs_define
class OutputImageGenerationCall:
    """An image generation call output

    Attributes:
        id (str):
        result (None | str):
        status (OutputImageGenerationCallStatus):
        type_ (Literal['image_generation_call']):
    """

    id: str
    result: None | str
    status: OutputImageGenerationCallStatus
    type_: Literal["image_generation_call"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        result: None | str
        result = self.result

        status = self.status.value

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "result": result,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        result = _parse_result(d.pop("result"))

        status = OutputImageGenerationCallStatus(d.pop("status"))

        type_ = cast(Literal["image_generation_call"], d.pop("type"))
        if type_ != "image_generation_call":
            raise ValueError(f"type must match const 'image_generation_call', got '{type_}'")

        output_image_generation_call = cls(
            id=id,
            result=result,
            status=status,
            type_=type_,
        )

        output_image_generation_call.additional_properties = d
        return output_image_generation_call

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
