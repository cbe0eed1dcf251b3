from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generic_response_output_item_phase_type_0 import GenericResponseOutputItemPhaseType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.output_text import OutputText
    from ..models.response_output_refusal import ResponseOutputRefusal


T = TypeVar("T", bound="GenericResponseOutputItem")


@_attrs_define
class GenericResponseOutputItem:
    """Generic response API output item

    Attributes:
        content (list[OutputText | ResponseOutputRefusal]):
        id (str):
        role (str):
        status (str):
        type_ (str):
        phase (GenericResponseOutputItemPhaseType0 | None | Unset):
    """

    content: list[OutputText | ResponseOutputRefusal]
    id: str
    role: str
    status: str
    type_: str
    phase: GenericResponseOutputItemPhaseType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.output_text import OutputText  # noqa: PLC0415

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, OutputText):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        id = self.id

        role = self.role

        status = self.status

        type_ = self.type_

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, GenericResponseOutputItemPhaseType0):
            phase = self.phase.value
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "id": id,
                "role": role,
                "status": status,
                "type": type_,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.output_text import OutputText  # noqa: PLC0415
        from ..models.response_output_refusal import ResponseOutputRefusal  # noqa: PLC0415

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(data: object) -> OutputText | ResponseOutputRefusal:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_item_type_0 = OutputText.from_dict(data)

                    return content_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_item_type_1 = ResponseOutputRefusal.from_dict(data)

                return content_item_type_1

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        id = d.pop("id")

        role = d.pop("role")

        status = d.pop("status")

        type_ = d.pop("type")

        def _parse_phase(data: object) -> GenericResponseOutputItemPhaseType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                phase_type_0 = GenericResponseOutputItemPhaseType0(data)

                return phase_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GenericResponseOutputItemPhaseType0 | None | Unset, data)

        phase = _parse_phase(d.pop("phase", UNSET))

        generic_response_output_item = cls(
            content=content,
            id=id,
            role=role,
            status=status,
            type_=type_,
            phase=phase,
        )

        generic_response_output_item.additional_properties = d
        return generic_response_output_item

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
