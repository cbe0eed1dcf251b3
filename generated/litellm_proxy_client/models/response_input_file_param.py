from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_input_file_param_detail import ResponseInputFileParamDetail
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint


T = TypeVar("T", bound="ResponseInputFileParam")


@_attrs_define
class ResponseInputFileParam:
    """A file input to the model.

    Attributes:
        type_ (Literal['input_file']):
        detail (ResponseInputFileParamDetail | Unset):
        file_data (str | Unset):
        file_id (None | str | Unset):
        file_url (str | Unset):
        filename (str | Unset):
        prompt_cache_breakpoint (PromptCacheBreakpoint | Unset): Marks the exact end of a reusable prompt prefix.

            When `ttl` is omitted, the breakpoint inherits the request's `prompt_cache_options.ttl`; the boundary is not
            rounded to a token block.
    """

    type_: Literal["input_file"]
    detail: ResponseInputFileParamDetail | Unset = UNSET
    file_data: str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    file_url: str | Unset = UNSET
    filename: str | Unset = UNSET
    prompt_cache_breakpoint: PromptCacheBreakpoint | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        file_data = self.file_data

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        file_url = self.file_url

        filename = self.filename

        prompt_cache_breakpoint: dict[str, Any] | Unset = UNSET
        if not isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if filename is not UNSET:
            field_dict["filename"] = filename
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["input_file"], d.pop("type"))
        if type_ != "input_file":
            raise ValueError(f"type must match const 'input_file', got '{type_}'")

        _detail = d.pop("detail", UNSET)
        detail: ResponseInputFileParamDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ResponseInputFileParamDetail(_detail)

        file_data = d.pop("file_data", UNSET)

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        file_url = d.pop("file_url", UNSET)

        filename = d.pop("filename", UNSET)

        _prompt_cache_breakpoint = d.pop("prompt_cache_breakpoint", UNSET)
        prompt_cache_breakpoint: PromptCacheBreakpoint | Unset
        if isinstance(_prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        else:
            prompt_cache_breakpoint = PromptCacheBreakpoint.from_dict(_prompt_cache_breakpoint)

        response_input_file_param = cls(
            type_=type_,
            detail=detail,
            file_data=file_data,
            file_id=file_id,
            file_url=file_url,
            filename=filename,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        response_input_file_param.additional_properties = d
        return response_input_file_param

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
