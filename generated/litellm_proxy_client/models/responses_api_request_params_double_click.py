from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ResponsesAPIRequestParamsDoubleClick")


@_attrs_define
class ResponsesAPIRequestParamsDoubleClick:
    """A double click action.

    Attributes:
        keys (list[str] | None):
        type_ (Literal['double_click']):
        x (int):
        y (int):
    """

    keys: list[str] | None
    type_: Literal["double_click"]
    x: int
    y: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keys: list[str] | None
        if isinstance(self.keys, list):
            keys = self.keys

        else:
            keys = self.keys

        type_ = self.type_

        x = self.x

        y = self.y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keys": keys,
                "type": type_,
                "x": x,
                "y": y,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_keys(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keys_type_0 = cast(list[str], data)

                return keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        keys = _parse_keys(d.pop("keys"))

        type_ = cast(Literal["double_click"], d.pop("type"))
        if type_ != "double_click":
            raise ValueError(f"type must match const 'double_click', got '{type_}'")

        x = d.pop("x")

        y = d.pop("y")

        responses_api_request_params_double_click = cls(
            keys=keys,
            type_=type_,
            x=x,
            y=y,
        )

        responses_api_request_params_double_click.additional_properties = d
        return responses_api_request_params_double_click

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
