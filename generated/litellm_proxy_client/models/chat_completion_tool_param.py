from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_completion_cached_content import ChatCompletionCachedContent
    from ..models.chat_completion_tool_param_function_chunk import ChatCompletionToolParamFunctionChunk


T = TypeVar("T", bound="ChatCompletionToolParam")


@_attrs_define
class ChatCompletionToolParam:
    """
    Attributes:
        function (ChatCompletionToolParamFunctionChunk):
        type_ (Literal['function'] | str):
        allowed_callers (list[str] | Unset):
        cache_control (ChatCompletionCachedContent | Unset):
        defer_loading (bool | Unset):
        eager_input_streaming (bool | Unset):
    """

    function: ChatCompletionToolParamFunctionChunk
    type_: Literal["function"] | str
    allowed_callers: list[str] | Unset = UNSET
    cache_control: ChatCompletionCachedContent | Unset = UNSET
    defer_loading: bool | Unset = UNSET
    eager_input_streaming: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        function = self.function.to_dict()

        type_: Literal["function"] | str
        type_ = self.type_

        allowed_callers: list[str] | Unset = UNSET
        if not isinstance(self.allowed_callers, Unset):
            allowed_callers = self.allowed_callers

        cache_control: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cache_control, Unset):
            cache_control = self.cache_control.to_dict()

        defer_loading = self.defer_loading

        eager_input_streaming = self.eager_input_streaming

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers
        if cache_control is not UNSET:
            field_dict["cache_control"] = cache_control
        if defer_loading is not UNSET:
            field_dict["defer_loading"] = defer_loading
        if eager_input_streaming is not UNSET:
            field_dict["eager_input_streaming"] = eager_input_streaming

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_cached_content import ChatCompletionCachedContent  # noqa: PLC0415
        from ..models.chat_completion_tool_param_function_chunk import ChatCompletionToolParamFunctionChunk  # noqa: PLC0415

        d = dict(src_dict)
        function = ChatCompletionToolParamFunctionChunk.from_dict(d.pop("function"))

        def _parse_type_(data: object) -> Literal["function"] | str:
            type_type_0 = cast(Literal["function"], data)
            if type_type_0 != "function":
                raise ValueError(f"type_type_0 must match const 'function', got '{type_type_0}'")
            return type_type_0
            return cast(Literal["function"] | str, data)

        type_ = _parse_type_(d.pop("type"))

        allowed_callers = cast(list[str], d.pop("allowed_callers", UNSET))

        _cache_control = d.pop("cache_control", UNSET)
        cache_control: ChatCompletionCachedContent | Unset
        if isinstance(_cache_control, Unset):
            cache_control = UNSET
        else:
            cache_control = ChatCompletionCachedContent.from_dict(_cache_control)

        defer_loading = d.pop("defer_loading", UNSET)

        eager_input_streaming = d.pop("eager_input_streaming", UNSET)

        chat_completion_tool_param = cls(
            function=function,
            type_=type_,
            allowed_callers=allowed_callers,
            cache_control=cache_control,
            defer_loading=defer_loading,
            eager_input_streaming=eager_input_streaming,
        )

        chat_completion_tool_param.additional_properties = d
        return chat_completion_tool_param

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
