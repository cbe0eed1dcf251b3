from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KubernetesPodsResponse")


@_attrs_define
class KubernetesPodsResponse:
    """
    Attributes:
        error (None | str):
        model_id (str):
        pod_count (int):
        pod_ips (list[str]):
        port (int | None):
        service_host (str):
    """

    error: None | str
    model_id: str
    pod_count: int
    pod_ips: list[str]
    port: int | None
    service_host: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: None | str
        error = self.error

        model_id = self.model_id

        pod_count = self.pod_count

        pod_ips = self.pod_ips

        port: int | None
        port = self.port

        service_host = self.service_host

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "model_id": model_id,
                "pod_count": pod_count,
                "pod_ips": pod_ips,
                "port": port,
                "service_host": service_host,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        model_id = d.pop("model_id")

        pod_count = d.pop("pod_count")

        pod_ips = cast(list[str], d.pop("pod_ips"))

        def _parse_port(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        port = _parse_port(d.pop("port"))

        service_host = d.pop("service_host")

        kubernetes_pods_response = cls(
            error=error,
            model_id=model_id,
            pod_count=pod_count,
            pod_ips=pod_ips,
            port=port,
            service_host=service_host,
        )

        kubernetes_pods_response.additional_properties = d
        return kubernetes_pods_response

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
