from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T",
    bound="CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter",
)


@_attrs_define
class CreateRealtimeClientSecretV1RealtimeTranslationsClientSecretsPostRealtimeClientSecretRequestRealtimeExpiresAfter:
    """Expiration config for a client secret.

    Attributes:
        anchor (None | str | Unset):  Default: 'created_at'.
        seconds (int | None | Unset):
    """

    anchor: None | str | Unset = "created_at"
    seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        anchor: None | str | Unset
        if isinstance(self.anchor, Unset):
            anchor = UNSET
        else:
            anchor = self.anchor

        seconds: int | None | Unset
        if isinstance(self.seconds, Unset):
            seconds = UNSET
        else:
            seconds = self.seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_anchor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        anchor = _parse_anchor(d.pop("anchor", UNSET))

        def _parse_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        seconds = _parse_seconds(d.pop("seconds", UNSET))

        create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after = cls(
            anchor=anchor,
            seconds=seconds,
        )

        create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after.additional_properties = d
        return create_realtime_client_secret_v1_realtime_translations_client_secrets_post_realtime_client_secret_request_realtime_expires_after

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
