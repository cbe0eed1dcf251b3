from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_info_tier_type_0 import ModelInfoTierType0
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_access_window import ModelAccessWindow
    from ..models.model_info_ptu_shares_type_0 import ModelInfoPtuSharesType0
    from ..models.model_info_tiered_pricing_type_0_item import ModelInfoTieredPricingType0Item


T = TypeVar("T", bound="ModelInfo")


@_attrs_define
class ModelInfo:
    """
    Attributes:
        id (None | str):
        access_windows (list[ModelAccessWindow] | None | Unset):
        allow_fail_open (bool | None | Unset):
        base_model (None | str | Unset):
        blocked (bool | None | Unset):
        cache_creation_input_token_cost (float | None | Unset):
        cache_creation_input_token_cost_above_12hr (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_batches (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_flex (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_priority (float | None | Unset):
        cache_creation_input_token_cost_above_12hr_ultrafast (float | None | Unset):
        cache_creation_input_token_cost_above_1hr (float | None | Unset):
        cache_read_input_token_cost (float | None | Unset):
        cost_per_ptu_per_hour (float | None | Unset):
        created_at (datetime.datetime | None | Unset):
        created_by (None | str | Unset):
        db_model (bool | Unset):  Default: False.
        discoverable (bool | None | Unset):
        enable_tag_filtering (bool | None | Unset):
        enforce_supported_endpoints (bool | None | Unset):
        explicit_cache_read_input_token_cost (float | None | Unset):
        input_cost_per_character (float | None | Unset):
        input_cost_per_token (float | None | Unset):
        internal_router_model (bool | None | Unset):
        max_embedding_batch_size (int | None | Unset):
        member_auto_router (bool | Unset):  Default: False.
        output_cost_per_character (float | None | Unset):
        output_cost_per_token (float | None | Unset):
        pricing_provider (None | str | Unset):
        ptu_count (int | None | Unset):
        ptu_effective_from (datetime.datetime | None | Unset):
        ptu_effective_to (datetime.datetime | None | Unset):
        ptu_shares (ModelInfoPtuSharesType0 | None | Unset):
        team_id (None | str | Unset):
        team_public_model_name (None | str | Unset):
        tier (ModelInfoTierType0 | None | Unset):
        tiered_pricing (list[ModelInfoTieredPricingType0Item] | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        updated_by (None | str | Unset):
    """

    id: None | str
    access_windows: list[ModelAccessWindow] | None | Unset = UNSET
    allow_fail_open: bool | None | Unset = UNSET
    base_model: None | str | Unset = UNSET
    blocked: bool | None | Unset = UNSET
    cache_creation_input_token_cost: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_batches: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_flex: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_priority: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_12hr_ultrafast: float | None | Unset = UNSET
    cache_creation_input_token_cost_above_1hr: float | None | Unset = UNSET
    cache_read_input_token_cost: float | None | Unset = UNSET
    cost_per_ptu_per_hour: float | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    db_model: bool | Unset = False
    discoverable: bool | None | Unset = UNSET
    enable_tag_filtering: bool | None | Unset = UNSET
    enforce_supported_endpoints: bool | None | Unset = UNSET
    explicit_cache_read_input_token_cost: float | None | Unset = UNSET
    input_cost_per_character: float | None | Unset = UNSET
    input_cost_per_token: float | None | Unset = UNSET
    internal_router_model: bool | None | Unset = UNSET
    max_embedding_batch_size: int | None | Unset = UNSET
    member_auto_router: bool | Unset = False
    output_cost_per_character: float | None | Unset = UNSET
    output_cost_per_token: float | None | Unset = UNSET
    pricing_provider: None | str | Unset = UNSET
    ptu_count: int | None | Unset = UNSET
    ptu_effective_from: datetime.datetime | None | Unset = UNSET
    ptu_effective_to: datetime.datetime | None | Unset = UNSET
    ptu_shares: ModelInfoPtuSharesType0 | None | Unset = UNSET
    team_id: None | str | Unset = UNSET
    team_public_model_name: None | str | Unset = UNSET
    tier: ModelInfoTierType0 | None | Unset = UNSET
    tiered_pricing: list[ModelInfoTieredPricingType0Item] | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.model_info_ptu_shares_type_0 import ModelInfoPtuSharesType0  # noqa: PLC0415

        id: None | str
        id = self.id

        access_windows: list[dict[str, Any]] | None | Unset
        if isinstance(self.access_windows, Unset):
            access_windows = UNSET
        elif isinstance(self.access_windows, list):
            access_windows = []
            for access_windows_type_0_item_data in self.access_windows:
                access_windows_type_0_item = access_windows_type_0_item_data.to_dict()
                access_windows.append(access_windows_type_0_item)

        else:
            access_windows = self.access_windows

        allow_fail_open: bool | None | Unset
        if isinstance(self.allow_fail_open, Unset):
            allow_fail_open = UNSET
        else:
            allow_fail_open = self.allow_fail_open

        base_model: None | str | Unset
        if isinstance(self.base_model, Unset):
            base_model = UNSET
        else:
            base_model = self.base_model

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        cache_creation_input_token_cost: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost, Unset):
            cache_creation_input_token_cost = UNSET
        else:
            cache_creation_input_token_cost = self.cache_creation_input_token_cost

        cache_creation_input_token_cost_above_12hr: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr, Unset):
            cache_creation_input_token_cost_above_12hr = UNSET
        else:
            cache_creation_input_token_cost_above_12hr = self.cache_creation_input_token_cost_above_12hr

        cache_creation_input_token_cost_above_12hr_above_272k_tokens: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens
            )

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches
            )

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex
            )

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority
            )

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast, Unset):
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast = (
                self.cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast
            )

        cache_creation_input_token_cost_above_12hr_batches: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_batches, Unset):
            cache_creation_input_token_cost_above_12hr_batches = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_batches = self.cache_creation_input_token_cost_above_12hr_batches

        cache_creation_input_token_cost_above_12hr_flex: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_flex, Unset):
            cache_creation_input_token_cost_above_12hr_flex = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_flex = self.cache_creation_input_token_cost_above_12hr_flex

        cache_creation_input_token_cost_above_12hr_priority: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_priority, Unset):
            cache_creation_input_token_cost_above_12hr_priority = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_priority = (
                self.cache_creation_input_token_cost_above_12hr_priority
            )

        cache_creation_input_token_cost_above_12hr_ultrafast: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_12hr_ultrafast, Unset):
            cache_creation_input_token_cost_above_12hr_ultrafast = UNSET
        else:
            cache_creation_input_token_cost_above_12hr_ultrafast = (
                self.cache_creation_input_token_cost_above_12hr_ultrafast
            )

        cache_creation_input_token_cost_above_1hr: float | None | Unset
        if isinstance(self.cache_creation_input_token_cost_above_1hr, Unset):
            cache_creation_input_token_cost_above_1hr = UNSET
        else:
            cache_creation_input_token_cost_above_1hr = self.cache_creation_input_token_cost_above_1hr

        cache_read_input_token_cost: float | None | Unset
        if isinstance(self.cache_read_input_token_cost, Unset):
            cache_read_input_token_cost = UNSET
        else:
            cache_read_input_token_cost = self.cache_read_input_token_cost

        cost_per_ptu_per_hour: float | None | Unset
        if isinstance(self.cost_per_ptu_per_hour, Unset):
            cost_per_ptu_per_hour = UNSET
        else:
            cost_per_ptu_per_hour = self.cost_per_ptu_per_hour

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        db_model = self.db_model

        discoverable: bool | None | Unset
        if isinstance(self.discoverable, Unset):
            discoverable = UNSET
        else:
            discoverable = self.discoverable

        enable_tag_filtering: bool | None | Unset
        if isinstance(self.enable_tag_filtering, Unset):
            enable_tag_filtering = UNSET
        else:
            enable_tag_filtering = self.enable_tag_filtering

        enforce_supported_endpoints: bool | None | Unset
        if isinstance(self.enforce_supported_endpoints, Unset):
            enforce_supported_endpoints = UNSET
        else:
            enforce_supported_endpoints = self.enforce_supported_endpoints

        explicit_cache_read_input_token_cost: float | None | Unset
        if isinstance(self.explicit_cache_read_input_token_cost, Unset):
            explicit_cache_read_input_token_cost = UNSET
        else:
            explicit_cache_read_input_token_cost = self.explicit_cache_read_input_token_cost

        input_cost_per_character: float | None | Unset
        if isinstance(self.input_cost_per_character, Unset):
            input_cost_per_character = UNSET
        else:
            input_cost_per_character = self.input_cost_per_character

        input_cost_per_token: float | None | Unset
        if isinstance(self.input_cost_per_token, Unset):
            input_cost_per_token = UNSET
        else:
            input_cost_per_token = self.input_cost_per_token

        internal_router_model: bool | None | Unset
        if isinstance(self.internal_router_model, Unset):
            internal_router_model = UNSET
        else:
            internal_router_model = self.internal_router_model

        max_embedding_batch_size: int | None | Unset
        if isinstance(self.max_embedding_batch_size, Unset):
            max_embedding_batch_size = UNSET
        else:
            max_embedding_batch_size = self.max_embedding_batch_size

        member_auto_router = self.member_auto_router

        output_cost_per_character: float | None | Unset
        if isinstance(self.output_cost_per_character, Unset):
            output_cost_per_character = UNSET
        else:
            output_cost_per_character = self.output_cost_per_character

        output_cost_per_token: float | None | Unset
        if isinstance(self.output_cost_per_token, Unset):
            output_cost_per_token = UNSET
        else:
            output_cost_per_token = self.output_cost_per_token

        pricing_provider: None | str | Unset
        if isinstance(self.pricing_provider, Unset):
            pricing_provider = UNSET
        else:
            pricing_provider = self.pricing_provider

        ptu_count: int | None | Unset
        if isinstance(self.ptu_count, Unset):
            ptu_count = UNSET
        else:
            ptu_count = self.ptu_count

        ptu_effective_from: None | str | Unset
        if isinstance(self.ptu_effective_from, Unset):
            ptu_effective_from = UNSET
        elif isinstance(self.ptu_effective_from, datetime.datetime):
            ptu_effective_from = self.ptu_effective_from.isoformat()
        else:
            ptu_effective_from = self.ptu_effective_from

        ptu_effective_to: None | str | Unset
        if isinstance(self.ptu_effective_to, Unset):
            ptu_effective_to = UNSET
        elif isinstance(self.ptu_effective_to, datetime.datetime):
            ptu_effective_to = self.ptu_effective_to.isoformat()
        else:
            ptu_effective_to = self.ptu_effective_to

        ptu_shares: dict[str, Any] | None | Unset
        if isinstance(self.ptu_shares, Unset):
            ptu_shares = UNSET
        elif isinstance(self.ptu_shares, ModelInfoPtuSharesType0):
            ptu_shares = self.ptu_shares.to_dict()
        else:
            ptu_shares = self.ptu_shares

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        team_public_model_name: None | str | Unset
        if isinstance(self.team_public_model_name, Unset):
            team_public_model_name = UNSET
        else:
            team_public_model_name = self.team_public_model_name

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        elif isinstance(self.tier, ModelInfoTierType0):
            tier = self.tier.value
        else:
            tier = self.tier

        tiered_pricing: list[dict[str, Any]] | None | Unset
        if isinstance(self.tiered_pricing, Unset):
            tiered_pricing = UNSET
        elif isinstance(self.tiered_pricing, list):
            tiered_pricing = []
            for tiered_pricing_type_0_item_data in self.tiered_pricing:
                tiered_pricing_type_0_item = tiered_pricing_type_0_item_data.to_dict()
                tiered_pricing.append(tiered_pricing_type_0_item)

        else:
            tiered_pricing = self.tiered_pricing

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if access_windows is not UNSET:
            field_dict["access_windows"] = access_windows
        if allow_fail_open is not UNSET:
            field_dict["allow_fail_open"] = allow_fail_open
        if base_model is not UNSET:
            field_dict["base_model"] = base_model
        if blocked is not UNSET:
            field_dict["blocked"] = blocked
        if cache_creation_input_token_cost is not UNSET:
            field_dict["cache_creation_input_token_cost"] = cache_creation_input_token_cost
        if cache_creation_input_token_cost_above_12hr is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr"] = cache_creation_input_token_cost_above_12hr
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens
            )
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches
            )
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex
            )
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority
            )
        if cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast"] = (
                cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast
            )
        if cache_creation_input_token_cost_above_12hr_batches is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_batches"] = (
                cache_creation_input_token_cost_above_12hr_batches
            )
        if cache_creation_input_token_cost_above_12hr_flex is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_flex"] = (
                cache_creation_input_token_cost_above_12hr_flex
            )
        if cache_creation_input_token_cost_above_12hr_priority is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_priority"] = (
                cache_creation_input_token_cost_above_12hr_priority
            )
        if cache_creation_input_token_cost_above_12hr_ultrafast is not UNSET:
            field_dict["cache_creation_input_token_cost_above_12hr_ultrafast"] = (
                cache_creation_input_token_cost_above_12hr_ultrafast
            )
        if cache_creation_input_token_cost_above_1hr is not UNSET:
            field_dict["cache_creation_input_token_cost_above_1hr"] = cache_creation_input_token_cost_above_1hr
        if cache_read_input_token_cost is not UNSET:
            field_dict["cache_read_input_token_cost"] = cache_read_input_token_cost
        if cost_per_ptu_per_hour is not UNSET:
            field_dict["cost_per_ptu_per_hour"] = cost_per_ptu_per_hour
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if db_model is not UNSET:
            field_dict["db_model"] = db_model
        if discoverable is not UNSET:
            field_dict["discoverable"] = discoverable
        if enable_tag_filtering is not UNSET:
            field_dict["enable_tag_filtering"] = enable_tag_filtering
        if enforce_supported_endpoints is not UNSET:
            field_dict["enforce_supported_endpoints"] = enforce_supported_endpoints
        if explicit_cache_read_input_token_cost is not UNSET:
            field_dict["explicit_cache_read_input_token_cost"] = explicit_cache_read_input_token_cost
        if input_cost_per_character is not UNSET:
            field_dict["input_cost_per_character"] = input_cost_per_character
        if input_cost_per_token is not UNSET:
            field_dict["input_cost_per_token"] = input_cost_per_token
        if internal_router_model is not UNSET:
            field_dict["internal_router_model"] = internal_router_model
        if max_embedding_batch_size is not UNSET:
            field_dict["max_embedding_batch_size"] = max_embedding_batch_size
        if member_auto_router is not UNSET:
            field_dict["member_auto_router"] = member_auto_router
        if output_cost_per_character is not UNSET:
            field_dict["output_cost_per_character"] = output_cost_per_character
        if output_cost_per_token is not UNSET:
            field_dict["output_cost_per_token"] = output_cost_per_token
        if pricing_provider is not UNSET:
            field_dict["pricing_provider"] = pricing_provider
        if ptu_count is not UNSET:
            field_dict["ptu_count"] = ptu_count
        if ptu_effective_from is not UNSET:
            field_dict["ptu_effective_from"] = ptu_effective_from
        if ptu_effective_to is not UNSET:
            field_dict["ptu_effective_to"] = ptu_effective_to
        if ptu_shares is not UNSET:
            field_dict["ptu_shares"] = ptu_shares
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if team_public_model_name is not UNSET:
            field_dict["team_public_model_name"] = team_public_model_name
        if tier is not UNSET:
            field_dict["tier"] = tier
        if tiered_pricing is not UNSET:
            field_dict["tiered_pricing"] = tiered_pricing
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.model_access_window import ModelAccessWindow  # noqa: PLC0415
        from ..models.model_info_ptu_shares_type_0 import ModelInfoPtuSharesType0  # noqa: PLC0415
        from ..models.model_info_tiered_pricing_type_0_item import ModelInfoTieredPricingType0Item  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_access_windows(data: object) -> list[ModelAccessWindow] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                access_windows_type_0 = []
                _access_windows_type_0 = data
                for access_windows_type_0_item_data in _access_windows_type_0:
                    access_windows_type_0_item = ModelAccessWindow.from_dict(access_windows_type_0_item_data)

                    access_windows_type_0.append(access_windows_type_0_item)

                return access_windows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelAccessWindow] | None | Unset, data)

        access_windows = _parse_access_windows(d.pop("access_windows", UNSET))

        def _parse_allow_fail_open(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allow_fail_open = _parse_allow_fail_open(d.pop("allow_fail_open", UNSET))

        def _parse_base_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        base_model = _parse_base_model(d.pop("base_model", UNSET))

        def _parse_blocked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        blocked = _parse_blocked(d.pop("blocked", UNSET))

        def _parse_cache_creation_input_token_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost = _parse_cache_creation_input_token_cost(
            d.pop("cache_creation_input_token_cost", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_12hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr = _parse_cache_creation_input_token_cost_above_12hr(
            d.pop("cache_creation_input_token_cost_above_12hr", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast(
            data: object,
        ) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast = (
            _parse_cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast(
                d.pop("cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_batches(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_batches = _parse_cache_creation_input_token_cost_above_12hr_batches(
            d.pop("cache_creation_input_token_cost_above_12hr_batches", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_12hr_flex(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_flex = _parse_cache_creation_input_token_cost_above_12hr_flex(
            d.pop("cache_creation_input_token_cost_above_12hr_flex", UNSET)
        )

        def _parse_cache_creation_input_token_cost_above_12hr_priority(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_priority = (
            _parse_cache_creation_input_token_cost_above_12hr_priority(
                d.pop("cache_creation_input_token_cost_above_12hr_priority", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_12hr_ultrafast(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_12hr_ultrafast = (
            _parse_cache_creation_input_token_cost_above_12hr_ultrafast(
                d.pop("cache_creation_input_token_cost_above_12hr_ultrafast", UNSET)
            )
        )

        def _parse_cache_creation_input_token_cost_above_1hr(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_creation_input_token_cost_above_1hr = _parse_cache_creation_input_token_cost_above_1hr(
            d.pop("cache_creation_input_token_cost_above_1hr", UNSET)
        )

        def _parse_cache_read_input_token_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cache_read_input_token_cost = _parse_cache_read_input_token_cost(d.pop("cache_read_input_token_cost", UNSET))

        def _parse_cost_per_ptu_per_hour(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_per_ptu_per_hour = _parse_cost_per_ptu_per_hour(d.pop("cost_per_ptu_per_hour", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        db_model = d.pop("db_model", UNSET)

        def _parse_discoverable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        discoverable = _parse_discoverable(d.pop("discoverable", UNSET))

        def _parse_enable_tag_filtering(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_tag_filtering = _parse_enable_tag_filtering(d.pop("enable_tag_filtering", UNSET))

        def _parse_enforce_supported_endpoints(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enforce_supported_endpoints = _parse_enforce_supported_endpoints(d.pop("enforce_supported_endpoints", UNSET))

        def _parse_explicit_cache_read_input_token_cost(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        explicit_cache_read_input_token_cost = _parse_explicit_cache_read_input_token_cost(
            d.pop("explicit_cache_read_input_token_cost", UNSET)
        )

        def _parse_input_cost_per_character(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_character = _parse_input_cost_per_character(d.pop("input_cost_per_character", UNSET))

        def _parse_input_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token = _parse_input_cost_per_token(d.pop("input_cost_per_token", UNSET))

        def _parse_internal_router_model(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        internal_router_model = _parse_internal_router_model(d.pop("internal_router_model", UNSET))

        def _parse_max_embedding_batch_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_embedding_batch_size = _parse_max_embedding_batch_size(d.pop("max_embedding_batch_size", UNSET))

        member_auto_router = d.pop("member_auto_router", UNSET)

        def _parse_output_cost_per_character(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_character = _parse_output_cost_per_character(d.pop("output_cost_per_character", UNSET))

        def _parse_output_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token = _parse_output_cost_per_token(d.pop("output_cost_per_token", UNSET))

        def _parse_pricing_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        pricing_provider = _parse_pricing_provider(d.pop("pricing_provider", UNSET))

        def _parse_ptu_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ptu_count = _parse_ptu_count(d.pop("ptu_count", UNSET))

        def _parse_ptu_effective_from(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ptu_effective_from_type_0 = datetime.datetime.fromisoformat(data)

                return ptu_effective_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ptu_effective_from = _parse_ptu_effective_from(d.pop("ptu_effective_from", UNSET))

        def _parse_ptu_effective_to(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ptu_effective_to_type_0 = datetime.datetime.fromisoformat(data)

                return ptu_effective_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        ptu_effective_to = _parse_ptu_effective_to(d.pop("ptu_effective_to", UNSET))

        def _parse_ptu_shares(data: object) -> ModelInfoPtuSharesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ptu_shares_type_0 = ModelInfoPtuSharesType0.from_dict(data)

                return ptu_shares_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelInfoPtuSharesType0 | None | Unset, data)

        ptu_shares = _parse_ptu_shares(d.pop("ptu_shares", UNSET))

        def _parse_team_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_team_public_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_public_model_name = _parse_team_public_model_name(d.pop("team_public_model_name", UNSET))

        def _parse_tier(data: object) -> ModelInfoTierType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tier_type_0 = ModelInfoTierType0(data)

                return tier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelInfoTierType0 | None | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        def _parse_tiered_pricing(data: object) -> list[ModelInfoTieredPricingType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tiered_pricing_type_0 = []
                _tiered_pricing_type_0 = data
                for tiered_pricing_type_0_item_data in _tiered_pricing_type_0:
                    tiered_pricing_type_0_item = ModelInfoTieredPricingType0Item.from_dict(
                        tiered_pricing_type_0_item_data
                    )

                    tiered_pricing_type_0.append(tiered_pricing_type_0_item)

                return tiered_pricing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ModelInfoTieredPricingType0Item] | None | Unset, data)

        tiered_pricing = _parse_tiered_pricing(d.pop("tiered_pricing", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_updated_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_by = _parse_updated_by(d.pop("updated_by", UNSET))

        model_info = cls(
            id=id,
            access_windows=access_windows,
            allow_fail_open=allow_fail_open,
            base_model=base_model,
            blocked=blocked,
            cache_creation_input_token_cost=cache_creation_input_token_cost,
            cache_creation_input_token_cost_above_12hr=cache_creation_input_token_cost_above_12hr,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens=cache_creation_input_token_cost_above_12hr_above_272k_tokens,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches=cache_creation_input_token_cost_above_12hr_above_272k_tokens_batches,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex=cache_creation_input_token_cost_above_12hr_above_272k_tokens_flex,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority=cache_creation_input_token_cost_above_12hr_above_272k_tokens_priority,
            cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast=cache_creation_input_token_cost_above_12hr_above_272k_tokens_ultrafast,
            cache_creation_input_token_cost_above_12hr_batches=cache_creation_input_token_cost_above_12hr_batches,
            cache_creation_input_token_cost_above_12hr_flex=cache_creation_input_token_cost_above_12hr_flex,
            cache_creation_input_token_cost_above_12hr_priority=cache_creation_input_token_cost_above_12hr_priority,
            cache_creation_input_token_cost_above_12hr_ultrafast=cache_creation_input_token_cost_above_12hr_ultrafast,
            cache_creation_input_token_cost_above_1hr=cache_creation_input_token_cost_above_1hr,
            cache_read_input_token_cost=cache_read_input_token_cost,
            cost_per_ptu_per_hour=cost_per_ptu_per_hour,
            created_at=created_at,
            created_by=created_by,
            db_model=db_model,
            discoverable=discoverable,
            enable_tag_filtering=enable_tag_filtering,
            enforce_supported_endpoints=enforce_supported_endpoints,
            explicit_cache_read_input_token_cost=explicit_cache_read_input_token_cost,
            input_cost_per_character=input_cost_per_character,
            input_cost_per_token=input_cost_per_token,
            internal_router_model=internal_router_model,
            max_embedding_batch_size=max_embedding_batch_size,
            member_auto_router=member_auto_router,
            output_cost_per_character=output_cost_per_character,
            output_cost_per_token=output_cost_per_token,
            pricing_provider=pricing_provider,
            ptu_count=ptu_count,
            ptu_effective_from=ptu_effective_from,
            ptu_effective_to=ptu_effective_to,
            ptu_shares=ptu_shares,
            team_id=team_id,
            team_public_model_name=team_public_model_name,
            tier=tier,
            tiered_pricing=tiered_pricing,
            updated_at=updated_at,
            updated_by=updated_by,
        )

        model_info.additional_properties = d
        return model_info

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
