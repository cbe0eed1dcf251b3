from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.a2a_json_rpc_response_error_type_0 import A2AJsonRpcResponseErrorType0


T = TypeVar("T", bound="A2AJsonRpcResponse")


@_attrs_define
class A2AJsonRpcResponse:
    """
    Attributes:
        id (int | None | str):
        jsonrpc (Literal['2.0']):
        error (A2AJsonRpcResponseErrorType0 | None | Unset):
        result (Any | None | Unset):
    """

    id: int | None | str
    jsonrpc: Literal["2.0"]
    error: A2AJsonRpcResponseErrorType0 | None | Unset = UNSET
    result: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.a2a_json_rpc_response_error_type_0 import A2AJsonRpcResponseErrorType0  # noqa: PLC0415

        id: int | None | str
        id = self.id

        jsonrpc = self.jsonrpc

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, A2AJsonRpcResponseErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        result: Any | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "jsonrpc": jsonrpc,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.a2a_json_rpc_response_error_type_0 import A2AJsonRpcResponseErrorType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | str:
            if data is None:
                return data
            return cast(int | None | str, data)

        id = _parse_id(d.pop("id"))

        jsonrpc = cast(Literal["2.0"], d.pop("jsonrpc"))
        if jsonrpc != "2.0":
            raise ValueError(f"jsonrpc must match const '2.0', got '{jsonrpc}'")

        def _parse_error(data: object) -> A2AJsonRpcResponseErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = A2AJsonRpcResponseErrorType0.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(A2AJsonRpcResponseErrorType0 | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_result(data: object) -> Any | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(Any | None | Unset, data)

        result = _parse_result(d.pop("result", UNSET))

        a2a_json_rpc_response = cls(
            id=id,
            jsonrpc=jsonrpc,
            error=error,
            result=result,
        )

        a2a_json_rpc_response.additional_properties = d
        return a2a_json_rpc_response

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
