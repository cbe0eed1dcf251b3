from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_router_config_optional_pre_call_checks_type_0_item import (
    UpdateRouterConfigOptionalPreCallChecksType0Item,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.retry_policy import RetryPolicy
    from ..models.routing_group import RoutingGroup
    from ..models.update_router_config_content_policy_fallbacks_type_0_item import (
        UpdateRouterConfigContentPolicyFallbacksType0Item,
    )
    from ..models.update_router_config_context_window_fallbacks_type_0_item import (
        UpdateRouterConfigContextWindowFallbacksType0Item,
    )
    from ..models.update_router_config_fallbacks_type_0_item import UpdateRouterConfigFallbacksType0Item
    from ..models.update_router_config_model_group_affinity_config_type_0 import (
        UpdateRouterConfigModelGroupAffinityConfigType0,
    )
    from ..models.update_router_config_model_group_alias_type_0 import UpdateRouterConfigModelGroupAliasType0
    from ..models.update_router_config_model_group_retry_policy_type_0 import (
        UpdateRouterConfigModelGroupRetryPolicyType0,
    )
    from ..models.update_router_config_routing_strategy_args_type_0 import UpdateRouterConfigRoutingStrategyArgsType0
    from ..models.update_router_config_weights_type_0 import UpdateRouterConfigWeightsType0


T = TypeVar("T", bound="UpdateRouterConfig")


@_attrs_define
class UpdateRouterConfig:
    """Set of params that you can modify via `router.update_settings()`.

    Attributes:
        allowed_fails (int | None | Unset):
        content_policy_fallbacks (list[UpdateRouterConfigContentPolicyFallbacksType0Item] | None | Unset):
        context_window_fallbacks (list[UpdateRouterConfigContextWindowFallbacksType0Item] | None | Unset):
        cooldown_time (float | None | Unset):
        enable_tag_filtering (bool | None | Unset):
        fallback_on_unsupported_params (bool | None | Unset):
        fallbacks (list[UpdateRouterConfigFallbacksType0Item] | None | Unset):
        max_retries (int | None | Unset):
        model_group_affinity_config (None | Unset | UpdateRouterConfigModelGroupAffinityConfigType0):
        model_group_alias (None | Unset | UpdateRouterConfigModelGroupAliasType0):
        model_group_retry_policy (None | Unset | UpdateRouterConfigModelGroupRetryPolicyType0):
        num_retries (int | None | Unset):
        optional_pre_call_checks (list[UpdateRouterConfigOptionalPreCallChecksType0Item] | None | Unset):
        retry_after (float | None | Unset):
        retry_policy (None | RetryPolicy | Unset):
        routing_groups (list[RoutingGroup] | None | Unset):
        routing_strategy (None | str | Unset):
        routing_strategy_args (None | Unset | UpdateRouterConfigRoutingStrategyArgsType0):
        tag_routing_prefix (None | str | Unset):
        timeout (float | None | Unset):
        weights (None | Unset | UpdateRouterConfigWeightsType0):
    """

    allowed_fails: int | None | Unset = UNSET
    content_policy_fallbacks: list[UpdateRouterConfigContentPolicyFallbacksType0Item] | None | Unset = UNSET
    context_window_fallbacks: list[UpdateRouterConfigContextWindowFallbacksType0Item] | None | Unset = UNSET
    cooldown_time: float | None | Unset = UNSET
    enable_tag_filtering: bool | None | Unset = UNSET
    fallback_on_unsupported_params: bool | None | Unset = UNSET
    fallbacks: list[UpdateRouterConfigFallbacksType0Item] | None | Unset = UNSET
    max_retries: int | None | Unset = UNSET
    model_group_affinity_config: None | Unset | UpdateRouterConfigModelGroupAffinityConfigType0 = UNSET
    model_group_alias: None | Unset | UpdateRouterConfigModelGroupAliasType0 = UNSET
    model_group_retry_policy: None | Unset | UpdateRouterConfigModelGroupRetryPolicyType0 = UNSET
    num_retries: int | None | Unset = UNSET
    optional_pre_call_checks: list[UpdateRouterConfigOptionalPreCallChecksType0Item] | None | Unset = UNSET
    retry_after: float | None | Unset = UNSET
    retry_policy: None | RetryPolicy | Unset = UNSET
    routing_groups: list[RoutingGroup] | None | Unset = UNSET
    routing_strategy: None | str | Unset = UNSET
    routing_strategy_args: None | Unset | UpdateRouterConfigRoutingStrategyArgsType0 = UNSET
    tag_routing_prefix: None | str | Unset = UNSET
    timeout: float | None | Unset = UNSET
    weights: None | Unset | UpdateRouterConfigWeightsType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.retry_policy import RetryPolicy  # noqa: PLC0415
        from ..models.update_router_config_model_group_affinity_config_type_0 import (
            UpdateRouterConfigModelGroupAffinityConfigType0,  # noqa: PLC0415
        )
        from ..models.update_router_config_model_group_alias_type_0 import UpdateRouterConfigModelGroupAliasType0  # noqa: PLC0415
        from ..models.update_router_config_model_group_retry_policy_type_0 import (
            UpdateRouterConfigModelGroupRetryPolicyType0,  # noqa: PLC0415
        )
        from ..models.update_router_config_routing_strategy_args_type_0 import (
            UpdateRouterConfigRoutingStrategyArgsType0,  # noqa: PLC0415
        )
        from ..models.update_router_config_weights_type_0 import UpdateRouterConfigWeightsType0  # noqa: PLC0415

        allowed_fails: int | None | Unset
        if isinstance(self.allowed_fails, Unset):
            allowed_fails = UNSET
        else:
            allowed_fails = self.allowed_fails

        content_policy_fallbacks: list[dict[str, Any]] | None | Unset
        if isinstance(self.content_policy_fallbacks, Unset):
            content_policy_fallbacks = UNSET
        elif isinstance(self.content_policy_fallbacks, list):
            content_policy_fallbacks = []
            for content_policy_fallbacks_type_0_item_data in self.content_policy_fallbacks:
                content_policy_fallbacks_type_0_item = content_policy_fallbacks_type_0_item_data.to_dict()
                content_policy_fallbacks.append(content_policy_fallbacks_type_0_item)

        else:
            content_policy_fallbacks = self.content_policy_fallbacks

        context_window_fallbacks: list[dict[str, Any]] | None | Unset
        if isinstance(self.context_window_fallbacks, Unset):
            context_window_fallbacks = UNSET
        elif isinstance(self.context_window_fallbacks, list):
            context_window_fallbacks = []
            for context_window_fallbacks_type_0_item_data in self.context_window_fallbacks:
                context_window_fallbacks_type_0_item = context_window_fallbacks_type_0_item_data.to_dict()
                context_window_fallbacks.append(context_window_fallbacks_type_0_item)

        else:
            context_window_fallbacks = self.context_window_fallbacks

        cooldown_time: float | None | Unset
        if isinstance(self.cooldown_time, Unset):
            cooldown_time = UNSET
        else:
            cooldown_time = self.cooldown_time

        enable_tag_filtering: bool | None | Unset
        if isinstance(self.enable_tag_filtering, Unset):
            enable_tag_filtering = UNSET
        else:
            enable_tag_filtering = self.enable_tag_filtering

        fallback_on_unsupported_params: bool | None | Unset
        if isinstance(self.fallback_on_unsupported_params, Unset):
            fallback_on_unsupported_params = UNSET
        else:
            fallback_on_unsupported_params = self.fallback_on_unsupported_params

        fallbacks: list[dict[str, Any]] | None | Unset
        if isinstance(self.fallbacks, Unset):
            fallbacks = UNSET
        elif isinstance(self.fallbacks, list):
            fallbacks = []
            for fallbacks_type_0_item_data in self.fallbacks:
                fallbacks_type_0_item = fallbacks_type_0_item_data.to_dict()
                fallbacks.append(fallbacks_type_0_item)

        else:
            fallbacks = self.fallbacks

        max_retries: int | None | Unset
        if isinstance(self.max_retries, Unset):
            max_retries = UNSET
        else:
            max_retries = self.max_retries

        model_group_affinity_config: dict[str, Any] | None | Unset
        if isinstance(self.model_group_affinity_config, Unset):
            model_group_affinity_config = UNSET
        elif isinstance(self.model_group_affinity_config, UpdateRouterConfigModelGroupAffinityConfigType0):
            model_group_affinity_config = self.model_group_affinity_config.to_dict()
        else:
            model_group_affinity_config = self.model_group_affinity_config

        model_group_alias: dict[str, Any] | None | Unset
        if isinstance(self.model_group_alias, Unset):
            model_group_alias = UNSET
        elif isinstance(self.model_group_alias, UpdateRouterConfigModelGroupAliasType0):
            model_group_alias = self.model_group_alias.to_dict()
        else:
            model_group_alias = self.model_group_alias

        model_group_retry_policy: dict[str, Any] | None | Unset
        if isinstance(self.model_group_retry_policy, Unset):
            model_group_retry_policy = UNSET
        elif isinstance(self.model_group_retry_policy, UpdateRouterConfigModelGroupRetryPolicyType0):
            model_group_retry_policy = self.model_group_retry_policy.to_dict()
        else:
            model_group_retry_policy = self.model_group_retry_policy

        num_retries: int | None | Unset
        if isinstance(self.num_retries, Unset):
            num_retries = UNSET
        else:
            num_retries = self.num_retries

        optional_pre_call_checks: list[str] | None | Unset
        if isinstance(self.optional_pre_call_checks, Unset):
            optional_pre_call_checks = UNSET
        elif isinstance(self.optional_pre_call_checks, list):
            optional_pre_call_checks = []
            for optional_pre_call_checks_type_0_item_data in self.optional_pre_call_checks:
                optional_pre_call_checks_type_0_item = optional_pre_call_checks_type_0_item_data.value
                optional_pre_call_checks.append(optional_pre_call_checks_type_0_item)

        else:
            optional_pre_call_checks = self.optional_pre_call_checks

        retry_after: float | None | Unset
        if isinstance(self.retry_after, Unset):
            retry_after = UNSET
        else:
            retry_after = self.retry_after

        retry_policy: dict[str, Any] | None | Unset
        if isinstance(self.retry_policy, Unset):
            retry_policy = UNSET
        elif isinstance(self.retry_policy, RetryPolicy):
            retry_policy = self.retry_policy.to_dict()
        else:
            retry_policy = self.retry_policy

        routing_groups: list[dict[str, Any]] | None | Unset
        if isinstance(self.routing_groups, Unset):
            routing_groups = UNSET
        elif isinstance(self.routing_groups, list):
            routing_groups = []
            for routing_groups_type_0_item_data in self.routing_groups:
                routing_groups_type_0_item = routing_groups_type_0_item_data.to_dict()
                routing_groups.append(routing_groups_type_0_item)

        else:
            routing_groups = self.routing_groups

        routing_strategy: None | str | Unset
        if isinstance(self.routing_strategy, Unset):
            routing_strategy = UNSET
        else:
            routing_strategy = self.routing_strategy

        routing_strategy_args: dict[str, Any] | None | Unset
        if isinstance(self.routing_strategy_args, Unset):
            routing_strategy_args = UNSET
        elif isinstance(self.routing_strategy_args, UpdateRouterConfigRoutingStrategyArgsType0):
            routing_strategy_args = self.routing_strategy_args.to_dict()
        else:
            routing_strategy_args = self.routing_strategy_args

        tag_routing_prefix: None | str | Unset
        if isinstance(self.tag_routing_prefix, Unset):
            tag_routing_prefix = UNSET
        else:
            tag_routing_prefix = self.tag_routing_prefix

        timeout: float | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        weights: dict[str, Any] | None | Unset
        if isinstance(self.weights, Unset):
            weights = UNSET
        elif isinstance(self.weights, UpdateRouterConfigWeightsType0):
            weights = self.weights.to_dict()
        else:
            weights = self.weights

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if allowed_fails is not UNSET:
            field_dict["allowed_fails"] = allowed_fails
        if content_policy_fallbacks is not UNSET:
            field_dict["content_policy_fallbacks"] = content_policy_fallbacks
        if context_window_fallbacks is not UNSET:
            field_dict["context_window_fallbacks"] = context_window_fallbacks
        if cooldown_time is not UNSET:
            field_dict["cooldown_time"] = cooldown_time
        if enable_tag_filtering is not UNSET:
            field_dict["enable_tag_filtering"] = enable_tag_filtering
        if fallback_on_unsupported_params is not UNSET:
            field_dict["fallback_on_unsupported_params"] = fallback_on_unsupported_params
        if fallbacks is not UNSET:
            field_dict["fallbacks"] = fallbacks
        if max_retries is not UNSET:
            field_dict["max_retries"] = max_retries
        if model_group_affinity_config is not UNSET:
            field_dict["model_group_affinity_config"] = model_group_affinity_config
        if model_group_alias is not UNSET:
            field_dict["model_group_alias"] = model_group_alias
        if model_group_retry_policy is not UNSET:
            field_dict["model_group_retry_policy"] = model_group_retry_policy
        if num_retries is not UNSET:
            field_dict["num_retries"] = num_retries
        if optional_pre_call_checks is not UNSET:
            field_dict["optional_pre_call_checks"] = optional_pre_call_checks
        if retry_after is not UNSET:
            field_dict["retry_after"] = retry_after
        if retry_policy is not UNSET:
            field_dict["retry_policy"] = retry_policy
        if routing_groups is not UNSET:
            field_dict["routing_groups"] = routing_groups
        if routing_strategy is not UNSET:
            field_dict["routing_strategy"] = routing_strategy
        if routing_strategy_args is not UNSET:
            field_dict["routing_strategy_args"] = routing_strategy_args
        if tag_routing_prefix is not UNSET:
            field_dict["tag_routing_prefix"] = tag_routing_prefix
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if weights is not UNSET:
            field_dict["weights"] = weights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.retry_policy import RetryPolicy  # noqa: PLC0415
        from ..models.routing_group import RoutingGroup  # noqa: PLC0415
        from ..models.update_router_config_content_policy_fallbacks_type_0_item import (
            UpdateRouterConfigContentPolicyFallbacksType0Item,  # noqa: PLC0415
        )
        from ..models.update_router_config_context_window_fallbacks_type_0_item import (
            UpdateRouterConfigContextWindowFallbacksType0Item,  # noqa: PLC0415
        )
        from ..models.update_router_config_fallbacks_type_0_item import UpdateRouterConfigFallbacksType0Item  # noqa: PLC0415
        from ..models.update_router_config_model_group_affinity_config_type_0 import (
            UpdateRouterConfigModelGroupAffinityConfigType0,  # noqa: PLC0415
        )
        from ..models.update_router_config_model_group_alias_type_0 import UpdateRouterConfigModelGroupAliasType0  # noqa: PLC0415
        from ..models.update_router_config_model_group_retry_policy_type_0 import (
            UpdateRouterConfigModelGroupRetryPolicyType0,  # noqa: PLC0415
        )
        from ..models.update_router_config_routing_strategy_args_type_0 import (
            UpdateRouterConfigRoutingStrategyArgsType0,  # noqa: PLC0415
        )
        from ..models.update_router_config_weights_type_0 import UpdateRouterConfigWeightsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_allowed_fails(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        allowed_fails = _parse_allowed_fails(d.pop("allowed_fails", UNSET))

        def _parse_content_policy_fallbacks(
            data: object,
        ) -> list[UpdateRouterConfigContentPolicyFallbacksType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_policy_fallbacks_type_0 = []
                _content_policy_fallbacks_type_0 = data
                for content_policy_fallbacks_type_0_item_data in _content_policy_fallbacks_type_0:
                    content_policy_fallbacks_type_0_item = UpdateRouterConfigContentPolicyFallbacksType0Item.from_dict(
                        content_policy_fallbacks_type_0_item_data
                    )

                    content_policy_fallbacks_type_0.append(content_policy_fallbacks_type_0_item)

                return content_policy_fallbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdateRouterConfigContentPolicyFallbacksType0Item] | None | Unset, data)

        content_policy_fallbacks = _parse_content_policy_fallbacks(d.pop("content_policy_fallbacks", UNSET))

        def _parse_context_window_fallbacks(
            data: object,
        ) -> list[UpdateRouterConfigContextWindowFallbacksType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                context_window_fallbacks_type_0 = []
                _context_window_fallbacks_type_0 = data
                for context_window_fallbacks_type_0_item_data in _context_window_fallbacks_type_0:
                    context_window_fallbacks_type_0_item = UpdateRouterConfigContextWindowFallbacksType0Item.from_dict(
                        context_window_fallbacks_type_0_item_data
                    )

                    context_window_fallbacks_type_0.append(context_window_fallbacks_type_0_item)

                return context_window_fallbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdateRouterConfigContextWindowFallbacksType0Item] | None | Unset, data)

        context_window_fallbacks = _parse_context_window_fallbacks(d.pop("context_window_fallbacks", UNSET))

        def _parse_cooldown_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cooldown_time = _parse_cooldown_time(d.pop("cooldown_time", UNSET))

        def _parse_enable_tag_filtering(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_tag_filtering = _parse_enable_tag_filtering(d.pop("enable_tag_filtering", UNSET))

        def _parse_fallback_on_unsupported_params(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        fallback_on_unsupported_params = _parse_fallback_on_unsupported_params(
            d.pop("fallback_on_unsupported_params", UNSET)
        )

        def _parse_fallbacks(data: object) -> list[UpdateRouterConfigFallbacksType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fallbacks_type_0 = []
                _fallbacks_type_0 = data
                for fallbacks_type_0_item_data in _fallbacks_type_0:
                    fallbacks_type_0_item = UpdateRouterConfigFallbacksType0Item.from_dict(fallbacks_type_0_item_data)

                    fallbacks_type_0.append(fallbacks_type_0_item)

                return fallbacks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdateRouterConfigFallbacksType0Item] | None | Unset, data)

        fallbacks = _parse_fallbacks(d.pop("fallbacks", UNSET))

        def _parse_max_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_retries = _parse_max_retries(d.pop("max_retries", UNSET))

        def _parse_model_group_affinity_config(
            data: object,
        ) -> None | Unset | UpdateRouterConfigModelGroupAffinityConfigType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_group_affinity_config_type_0 = UpdateRouterConfigModelGroupAffinityConfigType0.from_dict(data)

                return model_group_affinity_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateRouterConfigModelGroupAffinityConfigType0, data)

        model_group_affinity_config = _parse_model_group_affinity_config(d.pop("model_group_affinity_config", UNSET))

        def _parse_model_group_alias(data: object) -> None | Unset | UpdateRouterConfigModelGroupAliasType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_group_alias_type_0 = UpdateRouterConfigModelGroupAliasType0.from_dict(data)

                return model_group_alias_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateRouterConfigModelGroupAliasType0, data)

        model_group_alias = _parse_model_group_alias(d.pop("model_group_alias", UNSET))

        def _parse_model_group_retry_policy(
            data: object,
        ) -> None | Unset | UpdateRouterConfigModelGroupRetryPolicyType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_group_retry_policy_type_0 = UpdateRouterConfigModelGroupRetryPolicyType0.from_dict(data)

                return model_group_retry_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateRouterConfigModelGroupRetryPolicyType0, data)

        model_group_retry_policy = _parse_model_group_retry_policy(d.pop("model_group_retry_policy", UNSET))

        def _parse_num_retries(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        num_retries = _parse_num_retries(d.pop("num_retries", UNSET))

        def _parse_optional_pre_call_checks(
            data: object,
        ) -> list[UpdateRouterConfigOptionalPreCallChecksType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                optional_pre_call_checks_type_0 = []
                _optional_pre_call_checks_type_0 = data
                for optional_pre_call_checks_type_0_item_data in _optional_pre_call_checks_type_0:
                    optional_pre_call_checks_type_0_item = UpdateRouterConfigOptionalPreCallChecksType0Item(
                        optional_pre_call_checks_type_0_item_data
                    )

                    optional_pre_call_checks_type_0.append(optional_pre_call_checks_type_0_item)

                return optional_pre_call_checks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UpdateRouterConfigOptionalPreCallChecksType0Item] | None | Unset, data)

        optional_pre_call_checks = _parse_optional_pre_call_checks(d.pop("optional_pre_call_checks", UNSET))

        def _parse_retry_after(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        retry_after = _parse_retry_after(d.pop("retry_after", UNSET))

        def _parse_retry_policy(data: object) -> None | RetryPolicy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                retry_policy_type_0 = RetryPolicy.from_dict(data)

                return retry_policy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RetryPolicy | Unset, data)

        retry_policy = _parse_retry_policy(d.pop("retry_policy", UNSET))

        def _parse_routing_groups(data: object) -> list[RoutingGroup] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                routing_groups_type_0 = []
                _routing_groups_type_0 = data
                for routing_groups_type_0_item_data in _routing_groups_type_0:
                    routing_groups_type_0_item = RoutingGroup.from_dict(routing_groups_type_0_item_data)

                    routing_groups_type_0.append(routing_groups_type_0_item)

                return routing_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RoutingGroup] | None | Unset, data)

        routing_groups = _parse_routing_groups(d.pop("routing_groups", UNSET))

        def _parse_routing_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        routing_strategy = _parse_routing_strategy(d.pop("routing_strategy", UNSET))

        def _parse_routing_strategy_args(data: object) -> None | Unset | UpdateRouterConfigRoutingStrategyArgsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                routing_strategy_args_type_0 = UpdateRouterConfigRoutingStrategyArgsType0.from_dict(data)

                return routing_strategy_args_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateRouterConfigRoutingStrategyArgsType0, data)

        routing_strategy_args = _parse_routing_strategy_args(d.pop("routing_strategy_args", UNSET))

        def _parse_tag_routing_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag_routing_prefix = _parse_tag_routing_prefix(d.pop("tag_routing_prefix", UNSET))

        def _parse_timeout(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_weights(data: object) -> None | Unset | UpdateRouterConfigWeightsType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weights_type_0 = UpdateRouterConfigWeightsType0.from_dict(data)

                return weights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateRouterConfigWeightsType0, data)

        weights = _parse_weights(d.pop("weights", UNSET))

        update_router_config = cls(
            allowed_fails=allowed_fails,
            content_policy_fallbacks=content_policy_fallbacks,
            context_window_fallbacks=context_window_fallbacks,
            cooldown_time=cooldown_time,
            enable_tag_filtering=enable_tag_filtering,
            fallback_on_unsupported_params=fallback_on_unsupported_params,
            fallbacks=fallbacks,
            max_retries=max_retries,
            model_group_affinity_config=model_group_affinity_config,
            model_group_alias=model_group_alias,
            model_group_retry_policy=model_group_retry_policy,
            num_retries=num_retries,
            optional_pre_call_checks=optional_pre_call_checks,
            retry_after=retry_after,
            retry_policy=retry_policy,
            routing_groups=routing_groups,
            routing_strategy=routing_strategy,
            routing_strategy_args=routing_strategy_args,
            tag_routing_prefix=tag_routing_prefix,
            timeout=timeout,
            weights=weights,
        )

        update_router_config.additional_properties = d
        return update_router_config

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
