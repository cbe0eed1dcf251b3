from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.span_detail_attributes import SpanDetailAttributes
    from ..models.ui_fields import UIFields
    from ..models.ui_messages import UIMessages
    from ..models.ui_text import UIText


T = TypeVar("T", bound="SpanDetail")


@_attrs_define
class SpanDetail:
    """
    Attributes:
        attributes (SpanDetailAttributes):
        input_ (str):
        input_ui (UIFields | UIMessages | UIText):
        output (str):
        output_ui (UIFields | UIMessages | UIText):
        span_id (str):
    """

    attributes: SpanDetailAttributes
    input_: str
    input_ui: UIFields | UIMessages | UIText
    output: str
    output_ui: UIFields | UIMessages | UIText
    span_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ui_fields import UIFields  # noqa: PLC0415
        from ..models.ui_messages import UIMessages  # noqa: PLC0415

        attributes = self.attributes.to_dict()

        input_ = self.input_

        input_ui: dict[str, Any]
        if isinstance(self.input_ui, UIMessages):
            input_ui = self.input_ui.to_dict()
        elif isinstance(self.input_ui, UIFields):
            input_ui = self.input_ui.to_dict()
        else:
            input_ui = self.input_ui.to_dict()

        output = self.output

        output_ui: dict[str, Any]
        if isinstance(self.output_ui, UIMessages):
            output_ui = self.output_ui.to_dict()
        elif isinstance(self.output_ui, UIFields):
            output_ui = self.output_ui.to_dict()
        else:
            output_ui = self.output_ui.to_dict()

        span_id = self.span_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "input": input_,
                "input_ui": input_ui,
                "output": output,
                "output_ui": output_ui,
                "span_id": span_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span_detail_attributes import SpanDetailAttributes  # noqa: PLC0415
        from ..models.ui_fields import UIFields  # noqa: PLC0415
        from ..models.ui_messages import UIMessages  # noqa: PLC0415
        from ..models.ui_text import UIText  # noqa: PLC0415

        d = dict(src_dict)
        attributes = SpanDetailAttributes.from_dict(d.pop("attributes"))

        input_ = d.pop("input")

        def _parse_input_ui(data: object) -> UIFields | UIMessages | UIText:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_ui_type_0 = UIMessages.from_dict(data)

                return input_ui_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                input_ui_type_1 = UIFields.from_dict(data)

                return input_ui_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            input_ui_type_2 = UIText.from_dict(data)

            return input_ui_type_2

        input_ui = _parse_input_ui(d.pop("input_ui"))

        output = d.pop("output")

        def _parse_output_ui(data: object) -> UIFields | UIMessages | UIText:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_ui_type_0 = UIMessages.from_dict(data)

                return output_ui_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                output_ui_type_1 = UIFields.from_dict(data)

                return output_ui_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            output_ui_type_2 = UIText.from_dict(data)

            return output_ui_type_2

        output_ui = _parse_output_ui(d.pop("output_ui"))

        span_id = d.pop("span_id")

        span_detail = cls(
            attributes=attributes,
            input_=input_,
            input_ui=input_ui,
            output=output,
            output_ui=output_ui,
            span_id=span_id,
        )

        span_detail.additional_properties = d
        return span_detail

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
