from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TagSummaryMetrics")


@_attrs_define
class TagSummaryMetrics:
    """Summary metrics for a tag

    Attributes:
        failed_requests (int):
        successful_requests (int):
        tag (str):
        total_requests (int):
        total_spend (float):
        total_tokens (int):
        unique_users (int):
    """

    failed_requests: int
    successful_requests: int
    tag: str
    total_requests: int
    total_spend: float
    total_tokens: int
    unique_users: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        failed_requests = self.failed_requests

        successful_requests = self.successful_requests

        tag = self.tag

        total_requests = self.total_requests

        total_spend = self.total_spend

        total_tokens = self.total_tokens

        unique_users = self.unique_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "failed_requests": failed_requests,
                "successful_requests": successful_requests,
                "tag": tag,
                "total_requests": total_requests,
                "total_spend": total_spend,
                "total_tokens": total_tokens,
                "unique_users": unique_users,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        failed_requests = d.pop("failed_requests")

        successful_requests = d.pop("successful_requests")

        tag = d.pop("tag")

        total_requests = d.pop("total_requests")

        total_spend = d.pop("total_spend")

        total_tokens = d.pop("total_tokens")

        unique_users = d.pop("unique_users")

        tag_summary_metrics = cls(
            failed_requests=failed_requests,
            successful_requests=successful_requests,
            tag=tag,
            total_requests=total_requests,
            total_spend=total_spend,
            total_tokens=total_tokens,
            unique_users=unique_users,
        )

        tag_summary_metrics.additional_properties = d
        return tag_summary_metrics

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
