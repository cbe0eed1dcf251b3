from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoke_agent_a2aa2a_agent_id_message_stream_post_a2a_json_rpc_request_params import (
        InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequestParams,
    )


T = TypeVar("T", bound="InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequest")


@_attrs_define
class InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequest:
    """
    Attributes:
        jsonrpc (Literal['2.0']):
        method (str):
        params (InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequestParams):
        id (int | None | str | Unset):
    """

    jsonrpc: Literal["2.0"]
    method: str
    params: InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequestParams
    id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        jsonrpc = self.jsonrpc

        method = self.method

        params = self.params.to_dict()

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jsonrpc": jsonrpc,
                "method": method,
                "params": params,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoke_agent_a2aa2a_agent_id_message_stream_post_a2a_json_rpc_request_params import (
            InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequestParams,  # noqa: PLC0415
        )

        d = dict(src_dict)
        jsonrpc = cast(Literal["2.0"], d.pop("jsonrpc"))
        if jsonrpc != "2.0":
            raise ValueError(f"jsonrpc must match const '2.0', got '{jsonrpc}'")

        method = d.pop("method")

        params = InvokeAgentA2AA2AAgentIdMessageStreamPostA2AJsonRpcRequestParams.from_dict(d.pop("params"))

        def _parse_id(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        invoke_agent_a2aa2a_agent_id_message_stream_post_a2a_json_rpc_request = cls(
            jsonrpc=jsonrpc,
            method=method,
            params=params,
            id=id,
        )

        invoke_agent_a2aa2a_agent_id_message_stream_post_a2a_json_rpc_request.additional_properties = d
        return invoke_agent_a2aa2a_agent_id_message_stream_post_a2a_json_rpc_request

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
