from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserActivityRow")


@_attrs_define
class UserActivityRow:
    """
    Attributes:
        api_requests (int | Unset):  Default: 0.
        completion_tokens (int | Unset):  Default: 0.
        failed_requests (int | Unset):  Default: 0.
        prompt_tokens (int | Unset):  Default: 0.
        spend (float | Unset):  Default: 0.0.
        successful_requests (int | Unset):  Default: 0.
        total_tokens (int | Unset):  Default: 0.
        user_alias (None | str | Unset):
        user_email (None | str | Unset):
        user_id (None | str | Unset):
    """

    api_requests: int | Unset = 0
    completion_tokens: int | Unset = 0
    failed_requests: int | Unset = 0
    prompt_tokens: int | Unset = 0
    spend: float | Unset = 0.0
    successful_requests: int | Unset = 0
    total_tokens: int | Unset = 0
    user_alias: None | str | Unset = UNSET
    user_email: None | str | Unset = UNSET
    user_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_requests = self.api_requests

        completion_tokens = self.completion_tokens

        failed_requests = self.failed_requests

        prompt_tokens = self.prompt_tokens

        spend = self.spend

        successful_requests = self.successful_requests

        total_tokens = self.total_tokens

        user_alias: None | str | Unset
        if isinstance(self.user_alias, Unset):
            user_alias = UNSET
        else:
            user_alias = self.user_alias

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_requests is not UNSET:
            field_dict["api_requests"] = api_requests
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if failed_requests is not UNSET:
            field_dict["failed_requests"] = failed_requests
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if spend is not UNSET:
            field_dict["spend"] = spend
        if successful_requests is not UNSET:
            field_dict["successful_requests"] = successful_requests
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if user_alias is not UNSET:
            field_dict["user_alias"] = user_alias
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_requests = d.pop("api_requests", UNSET)

        completion_tokens = d.pop("completion_tokens", UNSET)

        failed_requests = d.pop("failed_requests", UNSET)

        prompt_tokens = d.pop("prompt_tokens", UNSET)

        spend = d.pop("spend", UNSET)

        successful_requests = d.pop("successful_requests", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        def _parse_user_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_alias = _parse_user_alias(d.pop("user_alias", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        def _parse_user_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        user_activity_row = cls(
            api_requests=api_requests,
            completion_tokens=completion_tokens,
            failed_requests=failed_requests,
            prompt_tokens=prompt_tokens,
            spend=spend,
            successful_requests=successful_requests,
            total_tokens=total_tokens,
            user_alias=user_alias,
            user_email=user_email,
            user_id=user_id,
        )

        user_activity_row.additional_properties = d
        return user_activity_row

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
