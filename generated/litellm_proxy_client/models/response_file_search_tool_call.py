from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_file_search_tool_call_status import ResponseFileSearchToolCallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.result import Result


T = TypeVar("T", bound="ResponseFileSearchToolCall")


@_attrs_define
class ResponseFileSearchToolCall:
    """The results of a file search tool call.

    See the
    [file search guide](https://developers.openai.com/api/docs/guides/tools-file-search) for more information.

        Attributes:
            id (str):
            queries (list[str]):
            status (ResponseFileSearchToolCallStatus):
            type_ (Literal['file_search_call']):
            results (list[Result] | None | Unset):
    """

    id: str
    queries: list[str]
    status: ResponseFileSearchToolCallStatus
    type_: Literal["file_search_call"]
    results: list[Result] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        queries = self.queries

        status = self.status.value

        type_ = self.type_

        results: list[dict[str, Any]] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "queries": queries,
                "status": status,
                "type": type_,
            }
        )
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.result import Result  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        queries = cast(list[str], d.pop("queries"))

        status = ResponseFileSearchToolCallStatus(d.pop("status"))

        type_ = cast(Literal["file_search_call"], d.pop("type"))
        if type_ != "file_search_call":
            raise ValueError(f"type must match const 'file_search_call', got '{type_}'")

        def _parse_results(data: object) -> list[Result] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = Result.from_dict(results_type_0_item_data)

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Result] | None | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        response_file_search_tool_call = cls(
            id=id,
            queries=queries,
            status=status,
            type_=type_,
            results=results,
        )

        response_file_search_tool_call.additional_properties = d
        return response_file_search_tool_call

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
