from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_spend_metadata_entity_total_api_keys_type_0 import DailySpendMetadataEntityTotalApiKeysType0


T = TypeVar("T", bound="DailySpendMetadata")


@_attrs_define
class DailySpendMetadata:
    """
    Attributes:
        api_key_limit (int | None | Unset): When set, api_keys and every api_key_breakdown list at most this many keys,
            ranked by spend. Totals and the model, provider, mcp and endpoint rollups still cover every key.
        entity_total_api_keys (DailySpendMetadataEntityTotalApiKeysType0 | None | Unset): Distinct API keys per entity
            over the requested range, set when the entity breakdown is included. When an entity's count exceeds
            api_key_limit, its api_key_breakdown lists only its keys among the top api_key_limit keys overall.
        has_more (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        total_api_keys (int | None | Unset): Distinct API keys matching the filters. When this exceeds api_key_limit,
            the per-key lists are truncated to the highest-spend keys.
        total_api_requests (int | Unset):  Default: 0.
        total_autorouter_savings_spend (float | Unset):  Default: 0.0.
        total_cache_creation_input_tokens (int | Unset):  Default: 0.
        total_cache_read_input_tokens (int | Unset):  Default: 0.
        total_completion_tokens (int | Unset):  Default: 0.
        total_compression_saved_tokens (int | Unset):  Default: 0.
        total_compression_savings_spend (float | Unset):  Default: 0.0.
        total_failed_requests (int | Unset):  Default: 0.
        total_flat_cost (float | Unset):  Default: 0.0.
        total_gateway_injected_caching_savings_spend (float | Unset):  Default: 0.0.
        total_pages (int | Unset):  Default: 1.
        total_prompt_caching_savings_spend (float | Unset):  Default: 0.0.
        total_prompt_tokens (int | Unset):  Default: 0.
        total_ptu_hours (float | Unset):  Default: 0.0.
        total_response_time_ms (int | Unset):  Default: 0.
        total_spend (float | Unset):  Default: 0.0.
        total_successful_requests (int | Unset):  Default: 0.
        total_timed_requests (int | Unset):  Default: 0.
        total_tokens (int | Unset):  Default: 0.
    """

    api_key_limit: int | None | Unset = UNSET
    entity_total_api_keys: DailySpendMetadataEntityTotalApiKeysType0 | None | Unset = UNSET
    has_more: bool | Unset = False
    page: int | Unset = 1
    total_api_keys: int | None | Unset = UNSET
    total_api_requests: int | Unset = 0
    total_autorouter_savings_spend: float | Unset = 0.0
    total_cache_creation_input_tokens: int | Unset = 0
    total_cache_read_input_tokens: int | Unset = 0
    total_completion_tokens: int | Unset = 0
    total_compression_saved_tokens: int | Unset = 0
    total_compression_savings_spend: float | Unset = 0.0
    total_failed_requests: int | Unset = 0
    total_flat_cost: float | Unset = 0.0
    total_gateway_injected_caching_savings_spend: float | Unset = 0.0
    total_pages: int | Unset = 1
    total_prompt_caching_savings_spend: float | Unset = 0.0
    total_prompt_tokens: int | Unset = 0
    total_ptu_hours: float | Unset = 0.0
    total_response_time_ms: int | Unset = 0
    total_spend: float | Unset = 0.0
    total_successful_requests: int | Unset = 0
    total_timed_requests: int | Unset = 0
    total_tokens: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.daily_spend_metadata_entity_total_api_keys_type_0 import DailySpendMetadataEntityTotalApiKeysType0  # noqa: PLC0415

        api_key_limit: int | None | Unset
        if isinstance(self.api_key_limit, Unset):
            api_key_limit = UNSET
        else:
            api_key_limit = self.api_key_limit

        entity_total_api_keys: dict[str, Any] | None | Unset
        if isinstance(self.entity_total_api_keys, Unset):
            entity_total_api_keys = UNSET
        elif isinstance(self.entity_total_api_keys, DailySpendMetadataEntityTotalApiKeysType0):
            entity_total_api_keys = self.entity_total_api_keys.to_dict()
        else:
            entity_total_api_keys = self.entity_total_api_keys

        has_more = self.has_more

        page = self.page

        total_api_keys: int | None | Unset
        if isinstance(self.total_api_keys, Unset):
            total_api_keys = UNSET
        else:
            total_api_keys = self.total_api_keys

        total_api_requests = self.total_api_requests

        total_autorouter_savings_spend = self.total_autorouter_savings_spend

        total_cache_creation_input_tokens = self.total_cache_creation_input_tokens

        total_cache_read_input_tokens = self.total_cache_read_input_tokens

        total_completion_tokens = self.total_completion_tokens

        total_compression_saved_tokens = self.total_compression_saved_tokens

        total_compression_savings_spend = self.total_compression_savings_spend

        total_failed_requests = self.total_failed_requests

        total_flat_cost = self.total_flat_cost

        total_gateway_injected_caching_savings_spend = self.total_gateway_injected_caching_savings_spend

        total_pages = self.total_pages

        total_prompt_caching_savings_spend = self.total_prompt_caching_savings_spend

        total_prompt_tokens = self.total_prompt_tokens

        total_ptu_hours = self.total_ptu_hours

        total_response_time_ms = self.total_response_time_ms

        total_spend = self.total_spend

        total_successful_requests = self.total_successful_requests

        total_timed_requests = self.total_timed_requests

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_limit is not UNSET:
            field_dict["api_key_limit"] = api_key_limit
        if entity_total_api_keys is not UNSET:
            field_dict["entity_total_api_keys"] = entity_total_api_keys
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if page is not UNSET:
            field_dict["page"] = page
        if total_api_keys is not UNSET:
            field_dict["total_api_keys"] = total_api_keys
        if total_api_requests is not UNSET:
            field_dict["total_api_requests"] = total_api_requests
        if total_autorouter_savings_spend is not UNSET:
            field_dict["total_autorouter_savings_spend"] = total_autorouter_savings_spend
        if total_cache_creation_input_tokens is not UNSET:
            field_dict["total_cache_creation_input_tokens"] = total_cache_creation_input_tokens
        if total_cache_read_input_tokens is not UNSET:
            field_dict["total_cache_read_input_tokens"] = total_cache_read_input_tokens
        if total_completion_tokens is not UNSET:
            field_dict["total_completion_tokens"] = total_completion_tokens
        if total_compression_saved_tokens is not UNSET:
            field_dict["total_compression_saved_tokens"] = total_compression_saved_tokens
        if total_compression_savings_spend is not UNSET:
            field_dict["total_compression_savings_spend"] = total_compression_savings_spend
        if total_failed_requests is not UNSET:
            field_dict["total_failed_requests"] = total_failed_requests
        if total_flat_cost is not UNSET:
            field_dict["total_flat_cost"] = total_flat_cost
        if total_gateway_injected_caching_savings_spend is not UNSET:
            field_dict["total_gateway_injected_caching_savings_spend"] = total_gateway_injected_caching_savings_spend
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_prompt_caching_savings_spend is not UNSET:
            field_dict["total_prompt_caching_savings_spend"] = total_prompt_caching_savings_spend
        if total_prompt_tokens is not UNSET:
            field_dict["total_prompt_tokens"] = total_prompt_tokens
        if total_ptu_hours is not UNSET:
            field_dict["total_ptu_hours"] = total_ptu_hours
        if total_response_time_ms is not UNSET:
            field_dict["total_response_time_ms"] = total_response_time_ms
        if total_spend is not UNSET:
            field_dict["total_spend"] = total_spend
        if total_successful_requests is not UNSET:
            field_dict["total_successful_requests"] = total_successful_requests
        if total_timed_requests is not UNSET:
            field_dict["total_timed_requests"] = total_timed_requests
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_spend_metadata_entity_total_api_keys_type_0 import DailySpendMetadataEntityTotalApiKeysType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_api_key_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        api_key_limit = _parse_api_key_limit(d.pop("api_key_limit", UNSET))

        def _parse_entity_total_api_keys(data: object) -> DailySpendMetadataEntityTotalApiKeysType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_total_api_keys_type_0 = DailySpendMetadataEntityTotalApiKeysType0.from_dict(data)

                return entity_total_api_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DailySpendMetadataEntityTotalApiKeysType0 | None | Unset, data)

        entity_total_api_keys = _parse_entity_total_api_keys(d.pop("entity_total_api_keys", UNSET))

        has_more = d.pop("has_more", UNSET)

        page = d.pop("page", UNSET)

        def _parse_total_api_keys(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_api_keys = _parse_total_api_keys(d.pop("total_api_keys", UNSET))

        total_api_requests = d.pop("total_api_requests", UNSET)

        total_autorouter_savings_spend = d.pop("total_autorouter_savings_spend", UNSET)

        total_cache_creation_input_tokens = d.pop("total_cache_creation_input_tokens", UNSET)

        total_cache_read_input_tokens = d.pop("total_cache_read_input_tokens", UNSET)

        total_completion_tokens = d.pop("total_completion_tokens", UNSET)

        total_compression_saved_tokens = d.pop("total_compression_saved_tokens", UNSET)

        total_compression_savings_spend = d.pop("total_compression_savings_spend", UNSET)

        total_failed_requests = d.pop("total_failed_requests", UNSET)

        total_flat_cost = d.pop("total_flat_cost", UNSET)

        total_gateway_injected_caching_savings_spend = d.pop("total_gateway_injected_caching_savings_spend", UNSET)

        total_pages = d.pop("total_pages", UNSET)

        total_prompt_caching_savings_spend = d.pop("total_prompt_caching_savings_spend", UNSET)

        total_prompt_tokens = d.pop("total_prompt_tokens", UNSET)

        total_ptu_hours = d.pop("total_ptu_hours", UNSET)

        total_response_time_ms = d.pop("total_response_time_ms", UNSET)

        total_spend = d.pop("total_spend", UNSET)

        total_successful_requests = d.pop("total_successful_requests", UNSET)

        total_timed_requests = d.pop("total_timed_requests", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        daily_spend_metadata = cls(
            api_key_limit=api_key_limit,
            entity_total_api_keys=entity_total_api_keys,
            has_more=has_more,
            page=page,
            total_api_keys=total_api_keys,
            total_api_requests=total_api_requests,
            total_autorouter_savings_spend=total_autorouter_savings_spend,
            total_cache_creation_input_tokens=total_cache_creation_input_tokens,
            total_cache_read_input_tokens=total_cache_read_input_tokens,
            total_completion_tokens=total_completion_tokens,
            total_compression_saved_tokens=total_compression_saved_tokens,
            total_compression_savings_spend=total_compression_savings_spend,
            total_failed_requests=total_failed_requests,
            total_flat_cost=total_flat_cost,
            total_gateway_injected_caching_savings_spend=total_gateway_injected_caching_savings_spend,
            total_pages=total_pages,
            total_prompt_caching_savings_spend=total_prompt_caching_savings_spend,
            total_prompt_tokens=total_prompt_tokens,
            total_ptu_hours=total_ptu_hours,
            total_response_time_ms=total_response_time_ms,
            total_spend=total_spend,
            total_successful_requests=total_successful_requests,
            total_timed_requests=total_timed_requests,
            total_tokens=total_tokens,
        )

        daily_spend_metadata.additional_properties = d
        return daily_spend_metadata

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
