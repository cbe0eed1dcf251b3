from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_tool_allowed_callers_type_0_item import CustomToolAllowedCallersType0Item
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grammar import Grammar
    from ..models.openai_types_shared_custom_tool_input_format_text import OpenaiTypesSharedCustomToolInputFormatText


T = TypeVar("T", bound="CustomTool")


@_attrs_define
class CustomTool:
    """A custom tool that processes input using a specified format.

    Learn more about   [custom tools](https://developers.openai.com/api/docs/guides/function-calling#custom-tools)

        Attributes:
            name (str):
            type_ (Literal['custom']):
            allowed_callers (list[CustomToolAllowedCallersType0Item] | None | Unset):
            async_ (bool | None | Unset):
            defer_loading (bool | None | Unset):
            description (None | str | Unset):
            format_ (Grammar | None | OpenaiTypesSharedCustomToolInputFormatText | Unset):
    """

    name: str
    type_: Literal["custom"]
    allowed_callers: list[CustomToolAllowedCallersType0Item] | None | Unset = UNSET
    async_: bool | None | Unset = UNSET
    defer_loading: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    format_: Grammar | None | OpenaiTypesSharedCustomToolInputFormatText | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.grammar import Grammar  # noqa: PLC0415
        from ..models.openai_types_shared_custom_tool_input_format_text import (
            OpenaiTypesSharedCustomToolInputFormatText,  # noqa: PLC0415
        )

        name = self.name

        type_ = self.type_

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item = allowed_callers_type_0_item_data.value
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        async_: bool | None | Unset
        if isinstance(self.async_, Unset):
            async_ = UNSET
        else:
            async_ = self.async_

        defer_loading: bool | None | Unset
        if isinstance(self.defer_loading, Unset):
            defer_loading = UNSET
        else:
            defer_loading = self.defer_loading

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        format_: dict[str, Any] | None | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, OpenaiTypesSharedCustomToolInputFormatText):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, Grammar):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if async_ is not UNSET:
            field_dict["async"] = async_
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if description is not UNSET:
            field_dict["description"] = description
        if format_ is not UNSET:
            field_dict["format"] = format_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.grammar import Grammar  # noqa: PLC0415
        from ..models.openai_types_shared_custom_tool_input_format_text import (
            OpenaiTypesSharedCustomToolInputFormatText,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        type_ = cast(Literal["custom"], d.pop("type"))
        if type_ != "custom":
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        def _parse_allowed_callers(data: object) -> list[CustomToolAllowedCallersType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_callers_type_0 = []
                _allowed_callers_type_0 = data
                for allowed_callers_type_0_item_data in _allowed_callers_type_0:
                    allowed_callers_type_0_item = CustomToolAllowedCallersType0Item(allowed_callers_type_0_item_data)

                    allowed_callers_type_0.append(allowed_callers_type_0_item)

                return allowed_callers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomToolAllowedCallersType0Item] | None | Unset, data)

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        def _parse_async_(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        async_ = _parse_async_(d.pop("async", UNSET))

        def _parse_defer_loading(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        defer_loading = _parse_defer_loading(d.pop("defer_loading", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_format_(data: object) -> Grammar | None | OpenaiTypesSharedCustomToolInputFormatText | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_0 = OpenaiTypesSharedCustomToolInputFormatText.from_dict(data)

                return format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                format_type_1 = Grammar.from_dict(data)

                return format_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Grammar | None | OpenaiTypesSharedCustomToolInputFormatText | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        custom_tool = cls(
            name=name,
            type_=type_,
            allowed_callers=allowed_callers,
            async_=async_,
            defer_loading=defer_loading,
            description=description,
            format_=format_,
        )

        custom_tool.additional_properties = d
        return custom_tool

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
