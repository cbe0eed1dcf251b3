from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RetryPolicy")


@_attrs_define
class RetryPolicy:
    """Use this to set a custom number of retries per exception type
    If RateLimitErrorRetries = 3, then 3 retries will be made for RateLimitError
    Mapping of Exception type to number of retries
    https://docs.litellm.ai/docs/exception_mapping

        Attributes:
            authentication_error_retries (int | None | Unset):
            bad_request_error_retries (int | None | Unset):
            content_policy_violation_error_retries (int | None | Unset):
            default_retries (int | None | Unset):
            internal_server_error_retries (int | None | Unset):
            not_found_error_retries (int | None | Unset):
            rate_limit_error_retries (int | None | Unset):
            service_unavailable_error_retries (int | None | Unset):
            timeout_error_retries (int | None | Unset):
    """

    authentication_error_retries: int | None | Unset = UNSET
    bad_request_error_retries: int | None | Unset = UNSET
    content_policy_violation_error_retries: int | None | Unset = UNSET
    default_retries: int | None | Unset = UNSET
    internal_server_error_retries: int | None | Unset = UNSET
    not_found_error_retries: int | None | Unset = UNSET
    rate_limit_error_retries: int | None | Unset = UNSET
    service_unavailable_error_retries: int | None | Unset = UNSET
    timeout_error_retries: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authentication_error_retries: int | None | Unset
        if isinstance(self.authentication_error_retries, Unset):
            authentication_error_retries = UNSET
        else:
            authentication_error_retries = self.authentication_error_retries

        bad_request_error_retries: int | None | Unset
        if isinstance(self.bad_request_error_retries, Unset):
            bad_request_error_retries = UNSET
        else:
            bad_request_error_retries = self.bad_request_error_retries

        content_policy_violation_error_retries: int | None | Unset
        if isinstance(self.content_policy_violation_error_retries, Unset):
            content_policy_violation_error_retries = UNSET
        else:
            content_policy_violation_error_retries = self.content_policy_violation_error_retries

        default_retries: int | None | Unset
        if isinstance(self.default_retries, Unset):
            default_retries = UNSET
        else:
            default_retries = self.default_retries

        internal_server_error_retries: int | None | Unset
        if isinstance(self.internal_server_error_retries, Unset):
            internal_server_error_retries = UNSET
        else:
            internal_server_error_retries = self.internal_server_error_retries

        not_found_error_retries: int | None | Unset
        if isinstance(self.not_found_error_retries, Unset):
            not_found_error_retries = UNSET
        else:
            not_found_error_retries = self.not_found_error_retries

        rate_limit_error_retries: int | None | Unset
        if isinstance(self.rate_limit_error_retries, Unset):
            rate_limit_error_retries = UNSET
        else:
            rate_limit_error_retries = self.rate_limit_error_retries

        service_unavailable_error_retries: int | None | Unset
        if isinstance(self.service_unavailable_error_retries, Unset):
            service_unavailable_error_retries = UNSET
        else:
            service_unavailable_error_retries = self.service_unavailable_error_retries

        timeout_error_retries: int | None | Unset
        if isinstance(self.timeout_error_retries, Unset):
            timeout_error_retries = UNSET
        else:
            timeout_error_retries = self.timeout_error_retries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authentication_error_retries is not UNSET:
            field_dict["AuthenticationErrorRetries"] = authentication_error_retries
        if bad_request_error_retries is not UNSET:
            field_dict["BadRequestErrorRetries"] = bad_request_error_retries
        if content_policy_violation_error_retries is not UNSET:
            field_dict["ContentPolicyViolationErrorRetries"] = content_policy_violation_error_retries
        if default_retries is not UNSET:
            field_dict["DefaultRetries"] = default_retries
        if internal_server_error_retries is not UNSET:
            field_dict["InternalServerErrorRetries"] = internal_server_error_retries
        if not_found_error_retries is not UNSET:
            field_dict["NotFoundErrorRetries"] = not_found_error_retries
        if rate_limit_error_retries is not UNSET:
            field_dict["RateLimitErrorRetries"] = rate_limit_error_retries
        if service_unavailable_error_retries is not UNSET:
            field_dict["ServiceUnavailableErrorRetries"] = service_unavailable_error_retries
        if timeout_error_retries is not UNSET:
            field_dict["TimeoutErrorRetries"] = timeout_error_retries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_authentication_error_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        authentication_error_retries = _parse_authentication_error_retries(d.pop("AuthenticationErrorRetries", UNSET))

        def _parse_bad_request_error_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bad_request_error_retries = _parse_bad_request_error_retries(d.pop("BadRequestErrorRetries", UNSET))

        def _parse_content_policy_violation_error_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        content_policy_violation_error_retries = _parse_content_policy_violation_error_retries(
            d.pop("ContentPolicyViolationErrorRetries", UNSET)
        )

        def _parse_default_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_retries = _parse_default_retries(d.pop("DefaultRetries", UNSET))

        def _parse_internal_server_error_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        internal_server_error_retries = _parse_internal_server_error_retries(d.pop("InternalServerErrorRetries", UNSET))

        def _parse_not_found_error_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        not_found_error_retries = _parse_not_found_error_retries(d.pop("NotFoundErrorRetries", UNSET))

        def _parse_rate_limit_error_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rate_limit_error_retries = _parse_rate_limit_error_retries(d.pop("RateLimitErrorRetries", UNSET))

        def _parse_service_unavailable_error_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        service_unavailable_error_retries = _parse_service_unavailable_error_retries(
            d.pop("ServiceUnavailableErrorRetries", UNSET)
        )

        def _parse_timeout_error_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout_error_retries = _parse_timeout_error_retries(d.pop("TimeoutErrorRetries", UNSET))

        retry_policy = cls(
            authentication_error_retries=authentication_error_retries,
            bad_request_error_retries=bad_request_error_retries,
            content_policy_violation_error_retries=content_policy_violation_error_retries,
            default_retries=default_retries,
            internal_server_error_retries=internal_server_error_retries,
            not_found_error_retries=not_found_error_retries,
            rate_limit_error_retries=rate_limit_error_retries,
            service_unavailable_error_retries=service_unavailable_error_retries,
            timeout_error_retries=timeout_error_retries,
        )

        retry_policy.additional_properties = d
        return retry_policy

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
