from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TraceQueryAttributeField")


@_attrs_define
class TraceQueryAttributeField:
    """
    Attributes:
        expression (str):
        key (str):
        type_ (Literal['String']):
    """

    expression: str
    key: str
    type_: Literal["String"]

    def to_dict(self) -> dict[str, Any]:
        expression = self.expression

        key = self.key

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expression": expression,
                "key": key,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        expression = d.pop("expression")

        key = d.pop("key")

        type_ = cast(Literal["String"], d.pop("type"))
        if type_ != "String":
            raise ValueError(f"type must match const 'String', got '{type_}'")

        trace_query_attribute_field = cls(
            expression=expression,
            key=key,
            type_=type_,
        )

        return trace_query_attribute_field
