from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.service_status import ServiceStatus


T = TypeVar("T", bound="ServiceConnection")


@_attrs_define
class ServiceConnection:
    """
    Attributes:
        connected (bool):
        status (ServiceStatus):
        url (str):
        configured (bool | Unset):  Default: False.
        release (str | Unset):  Default: ''.
    """

    connected: bool
    status: ServiceStatus
    url: str
    configured: bool | Unset = False
    release: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        connected = self.connected

        status = self.status.to_dict()

        url = self.url

        configured = self.configured

        release = self.release

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "connected": connected,
                "status": status,
                "url": url,
            }
        )
        if configured is not UNSET:
            field_dict["configured"] = configured
        if release is not UNSET:
            field_dict["release"] = release

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.service_status import ServiceStatus  # noqa: PLC0415

        d = dict(src_dict)
        connected = d.pop("connected")

        status = ServiceStatus.from_dict(d.pop("status"))

        url = d.pop("url")

        configured = d.pop("configured", UNSET)

        release = d.pop("release", UNSET)

        service_connection = cls(
            connected=connected,
            status=status,
            url=url,
            configured=configured,
            release=release,
        )

        return service_connection
