from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="BackgroundChatSettingsResponse")


@_attrs_define
class BackgroundChatSettingsResponse:
    """
    Attributes:
        can_save (bool): Whether database-backed configuration updates are available.
        enabled (bool): Enable cache-backed background Responses for Chat and API requests.
        managed_by_config (bool): Whether the responses configuration is owned by the config file.
        redis_configured (bool): Whether this proxy has coordination Redis configured.
    """

    can_save: bool
    enabled: bool
    managed_by_config: bool
    redis_configured: bool

    def to_dict(self) -> dict[str, Any]:
        can_save = self.can_save

        enabled = self.enabled

        managed_by_config = self.managed_by_config

        redis_configured = self.redis_configured

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "can_save": can_save,
                "enabled": enabled,
                "managed_by_config": managed_by_config,
                "redis_configured": redis_configured,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_save = d.pop("can_save")

        enabled = d.pop("enabled")

        managed_by_config = d.pop("managed_by_config")

        redis_configured = d.pop("redis_configured")

        background_chat_settings_response = cls(
            can_save=can_save,
            enabled=enabled,
            managed_by_config=managed_by_config,
            redis_configured=redis_configured,
        )

        return background_chat_settings_response
