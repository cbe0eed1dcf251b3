from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Timeout")


@_attrs_define
class Timeout:
    """Timeout configuration.

    **Usage**:

    Timeout(None)               # No timeouts.
    Timeout(5.0)                # 5s timeout on all operations.
    Timeout(None, connect=5.0)  # 5s timeout on connect, no other timeouts.
    Timeout(5.0, connect=10.0)  # 10s timeout on connect. 5s timeout elsewhere.
    Timeout(5.0, pool=None)     # No timeout on acquiring connection from pool.
                                # 5s timeout elsewhere.

        Attributes:
            connect (float | None):
            pool (float | None):
            read (float | None):
            write (float | None):
    """

    connect: float | None
    pool: float | None
    read: float | None
    write: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connect: float | None
        connect = self.connect

        pool: float | None
        pool = self.pool

        read: float | None
        read = self.read

        write: float | None
        write = self.write

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connect": connect,
                "pool": pool,
                "read": read,
                "write": write,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_connect(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        connect = _parse_connect(d.pop("connect"))

        def _parse_pool(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        pool = _parse_pool(d.pop("pool"))

        def _parse_read(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        read = _parse_read(d.pop("read"))

        def _parse_write(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        write = _parse_write(d.pop("write"))

        timeout = cls(
            connect=connect,
            pool=pool,
            read=read,
            write=write,
        )

        timeout.additional_properties = d
        return timeout

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
