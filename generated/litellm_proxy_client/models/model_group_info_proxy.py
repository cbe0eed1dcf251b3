from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_group_info_proxy_mode_type_1 import ModelGroupInfoProxyModeType1
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.configurable_clientside_params_custom_auth_output import ConfigurableClientsideParamsCustomAuthOutput
    from ..models.deployment_pricing import DeploymentPricing
    from ..models.model_group_info_proxy_custom_metadata_type_0 import ModelGroupInfoProxyCustomMetadataType0


T = TypeVar("T", bound="ModelGroupInfoProxy")


@_attrs_define
class ModelGroupInfoProxy:
    """
    Attributes:
        model_group (str):
        providers (list[str]):
        configurable_clientside_auth_params (list[ConfigurableClientsideParamsCustomAuthOutput | str] | None | Unset):
        custom_metadata (ModelGroupInfoProxyCustomMetadataType0 | None | Unset):
        custom_tags (list[str] | None | Unset):
        deployment_pricing (list[DeploymentPricing] | Unset):
        description (None | str | Unset):
        health_checked_at (None | str | Unset):
        health_response_time (float | None | Unset):
        health_status (None | str | Unset):
        input_cost_per_pixel (float | None | Unset):
        input_cost_per_token (float | None | Unset):
        is_public_model_group (bool | Unset):  Default: False.
        itpm (int | None | Unset):
        max_input_tokens (float | None | Unset):
        max_output_tokens (float | None | Unset):
        mode (ModelGroupInfoProxyModeType1 | None | str | Unset):  Default: 'chat'.
        otpm (int | None | Unset):
        output_cost_per_token (float | None | Unset):
        rpm (int | None | Unset):
        supported_endpoints (list[str] | None | Unset):
        supported_openai_params (list[str] | None | Unset):
        supported_reasoning_efforts (list[str] | None | Unset):
        supports_background_chat (bool | Unset): Whether cache-backed background Responses runs are enabled for this
            model group Default: False.
        supports_continuation (bool | Unset):  Default: False.
        supports_fast_mode (bool | Unset):  Default: False.
        supports_function_calling (bool | Unset):  Default: False.
        supports_parallel_function_calling (bool | Unset):  Default: False.
        supports_reasoning (bool | Unset):  Default: False.
        supports_url_context (bool | Unset):  Default: False.
        supports_vision (bool | Unset):  Default: False.
        supports_web_search (bool | Unset):  Default: False.
        tpm (int | None | Unset):
    """

    model_group: str
    providers: list[str]
    configurable_clientside_auth_params: list[ConfigurableClientsideParamsCustomAuthOutput | str] | None | Unset = UNSET
    custom_metadata: ModelGroupInfoProxyCustomMetadataType0 | None | Unset = UNSET
    custom_tags: list[str] | None | Unset = UNSET
    deployment_pricing: list[DeploymentPricing] | Unset = UNSET
    description: None | str | Unset = UNSET
    health_checked_at: None | str | Unset = UNSET
    health_response_time: float | None | Unset = UNSET
    health_status: None | str | Unset = UNSET
    input_cost_per_pixel: float | None | Unset = UNSET
    input_cost_per_token: float | None | Unset = UNSET
    is_public_model_group: bool | Unset = False
    itpm: int | None | Unset = UNSET
    max_input_tokens: float | None | Unset = UNSET
    max_output_tokens: float | None | Unset = UNSET
    mode: ModelGroupInfoProxyModeType1 | None | str | Unset = "chat"
    otpm: int | None | Unset = UNSET
    output_cost_per_token: float | None | Unset = UNSET
    rpm: int | None | Unset = UNSET
    supported_endpoints: list[str] | None | Unset = UNSET
    supported_openai_params: list[str] | None | Unset = UNSET
    supported_reasoning_efforts: list[str] | None | Unset = UNSET
    supports_background_chat: bool | Unset = False
    supports_continuation: bool | Unset = False
    supports_fast_mode: bool | Unset = False
    supports_function_calling: bool | Unset = False
    supports_parallel_function_calling: bool | Unset = False
    supports_reasoning: bool | Unset = False
    supports_url_context: bool | Unset = False
    supports_vision: bool | Unset = False
    supports_web_search: bool | Unset = False
    tpm: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.configurable_clientside_params_custom_auth_output import (
            ConfigurableClientsideParamsCustomAuthOutput,  # noqa: PLC0415
        )
        from ..models.model_group_info_proxy_custom_metadata_type_0 import ModelGroupInfoProxyCustomMetadataType0  # noqa: PLC0415

        model_group = self.model_group

        providers = self.providers

        configurable_clientside_auth_params: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.configurable_clientside_auth_params, Unset):
            configurable_clientside_auth_params = UNSET
        elif isinstance(self.configurable_clientside_auth_params, list):
            configurable_clientside_auth_params = []
            for configurable_clientside_auth_params_type_0_item_data in self.configurable_clientside_auth_params:
                configurable_clientside_auth_params_type_0_item: dict[str, Any] | str
                if isinstance(
                    configurable_clientside_auth_params_type_0_item_data, ConfigurableClientsideParamsCustomAuthOutput
                ):
                    configurable_clientside_auth_params_type_0_item = (
                        configurable_clientside_auth_params_type_0_item_data.to_dict()
                    )
                else:
                    configurable_clientside_auth_params_type_0_item = (
                        configurable_clientside_auth_params_type_0_item_data
                    )
                configurable_clientside_auth_params.append(configurable_clientside_auth_params_type_0_item)

        else:
            configurable_clientside_auth_params = self.configurable_clientside_auth_params

        custom_metadata: dict[str, Any] | None | Unset
        if isinstance(self.custom_metadata, Unset):
            custom_metadata = UNSET
        elif isinstance(self.custom_metadata, ModelGroupInfoProxyCustomMetadataType0):
            custom_metadata = self.custom_metadata.to_dict()
        else:
            custom_metadata = self.custom_metadata

        custom_tags: list[str] | None | Unset
        if isinstance(self.custom_tags, Unset):
            custom_tags = UNSET
        elif isinstance(self.custom_tags, list):
            custom_tags = self.custom_tags

        else:
            custom_tags = self.custom_tags

        deployment_pricing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployment_pricing, Unset):
            deployment_pricing = []
            for deployment_pricing_item_data in self.deployment_pricing:
                deployment_pricing_item = deployment_pricing_item_data.to_dict()
                deployment_pricing.append(deployment_pricing_item)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        health_checked_at: None | str | Unset
        if isinstance(self.health_checked_at, Unset):
            health_checked_at = UNSET
        else:
            health_checked_at = self.health_checked_at

        health_response_time: float | None | Unset
        if isinstance(self.health_response_time, Unset):
            health_response_time = UNSET
        else:
            health_response_time = self.health_response_time

        health_status: None | str | Unset
        if isinstance(self.health_status, Unset):
            health_status = UNSET
        else:
            health_status = self.health_status

        input_cost_per_pixel: float | None | Unset
        if isinstance(self.input_cost_per_pixel, Unset):
            input_cost_per_pixel = UNSET
        else:
            input_cost_per_pixel = self.input_cost_per_pixel

        input_cost_per_token: float | None | Unset
        if isinstance(self.input_cost_per_token, Unset):
            input_cost_per_token = UNSET
        else:
            input_cost_per_token = self.input_cost_per_token

        is_public_model_group = self.is_public_model_group

        itpm: int | None | Unset
        if isinstance(self.itpm, Unset):
            itpm = UNSET
        else:
            itpm = self.itpm

        max_input_tokens: float | None | Unset
        if isinstance(self.max_input_tokens, Unset):
            max_input_tokens = UNSET
        else:
            max_input_tokens = self.max_input_tokens

        max_output_tokens: float | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, ModelGroupInfoProxyModeType1):
            mode = self.mode.value
        else:
            mode = self.mode

        otpm: int | None | Unset
        if isinstance(self.otpm, Unset):
            otpm = UNSET
        else:
            otpm = self.otpm

        output_cost_per_token: float | None | Unset
        if isinstance(self.output_cost_per_token, Unset):
            output_cost_per_token = UNSET
        else:
            output_cost_per_token = self.output_cost_per_token

        rpm: int | None | Unset
        if isinstance(self.rpm, Unset):
            rpm = UNSET
        else:
            rpm = self.rpm

        supported_endpoints: list[str] | None | Unset
        if isinstance(self.supported_endpoints, Unset):
            supported_endpoints = UNSET
        elif isinstance(self.supported_endpoints, list):
            supported_endpoints = self.supported_endpoints

        else:
            supported_endpoints = self.supported_endpoints

        supported_openai_params: list[str] | None | Unset
        if isinstance(self.supported_openai_params, Unset):
            supported_openai_params = UNSET
        elif isinstance(self.supported_openai_params, list):
            supported_openai_params = self.supported_openai_params

        else:
            supported_openai_params = self.supported_openai_params

        supported_reasoning_efforts: list[str] | None | Unset
        if isinstance(self.supported_reasoning_efforts, Unset):
            supported_reasoning_efforts = UNSET
        elif isinstance(self.supported_reasoning_efforts, list):
            supported_reasoning_efforts = self.supported_reasoning_efforts

        else:
            supported_reasoning_efforts = self.supported_reasoning_efforts

        supports_background_chat = self.supports_background_chat

        supports_continuation = self.supports_continuation

        supports_fast_mode = self.supports_fast_mode

        supports_function_calling = self.supports_function_calling

        supports_parallel_function_calling = self.supports_parallel_function_calling

        supports_reasoning = self.supports_reasoning

        supports_url_context = self.supports_url_context

        supports_vision = self.supports_vision

        supports_web_search = self.supports_web_search

        tpm: int | None | Unset
        if isinstance(self.tpm, Unset):
            tpm = UNSET
        else:
            tpm = self.tpm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_group": model_group,
                "providers": providers,
            }
        )
        if configurable_clientside_auth_params is not UNSET:
            field_dict["configurable_clientside_auth_params"] = configurable_clientside_auth_params
        if custom_metadata is not UNSET:
            field_dict["custom_metadata"] = custom_metadata
        if custom_tags is not UNSET:
            field_dict["custom_tags"] = custom_tags
        if deployment_pricing is not UNSET:
            field_dict["deployment_pricing"] = deployment_pricing
        if description is not UNSET:
            field_dict["description"] = description
        if health_checked_at is not UNSET:
            field_dict["health_checked_at"] = health_checked_at
        if health_response_time is not UNSET:
            field_dict["health_response_time"] = health_response_time
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if input_cost_per_pixel is not UNSET:
            field_dict["input_cost_per_pixel"] = input_cost_per_pixel
        if input_cost_per_token is not UNSET:
            field_dict["input_cost_per_token"] = input_cost_per_token
        if is_public_model_group is not UNSET:
            field_dict["is_public_model_group"] = is_public_model_group
        if itpm is not UNSET:
            field_dict["itpm"] = itpm
        if max_input_tokens is not UNSET:
            field_dict["max_input_tokens"] = max_input_tokens
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if mode is not UNSET:
            field_dict["mode"] = mode
        if otpm is not UNSET:
            field_dict["otpm"] = otpm
        if output_cost_per_token is not UNSET:
            field_dict["output_cost_per_token"] = output_cost_per_token
        if rpm is not UNSET:
            field_dict["rpm"] = rpm
        if supported_endpoints is not UNSET:
            field_dict["supported_endpoints"] = supported_endpoints
        if supported_openai_params is not UNSET:
            field_dict["supported_openai_params"] = supported_openai_params
        if supported_reasoning_efforts is not UNSET:
            field_dict["supported_reasoning_efforts"] = supported_reasoning_efforts
        if supports_background_chat is not UNSET:
            field_dict["supports_background_chat"] = supports_background_chat
        if supports_continuation is not UNSET:
            field_dict["supports_continuation"] = supports_continuation
        if supports_fast_mode is not UNSET:
            field_dict["supports_fast_mode"] = supports_fast_mode
        if supports_function_calling is not UNSET:
            field_dict["supports_function_calling"] = supports_function_calling
        if supports_parallel_function_calling is not UNSET:
            field_dict["supports_parallel_function_calling"] = supports_parallel_function_calling
        if supports_reasoning is not UNSET:
            field_dict["supports_reasoning"] = supports_reasoning
        if supports_url_context is not UNSET:
            field_dict["supports_url_context"] = supports_url_context
        if supports_vision is not UNSET:
            field_dict["supports_vision"] = supports_vision
        if supports_web_search is not UNSET:
            field_dict["supports_web_search"] = supports_web_search
        if tpm is not UNSET:
            field_dict["tpm"] = tpm

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.configurable_clientside_params_custom_auth_output import (
            ConfigurableClientsideParamsCustomAuthOutput,  # noqa: PLC0415
        )
        from ..models.deployment_pricing import DeploymentPricing  # noqa: PLC0415
        from ..models.model_group_info_proxy_custom_metadata_type_0 import ModelGroupInfoProxyCustomMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        model_group = d.pop("model_group")

        providers = cast(list[str], d.pop("providers"))

        def _parse_configurable_clientside_auth_params(
            data: object,
        ) -> list[ConfigurableClientsideParamsCustomAuthOutput | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                configurable_clientside_auth_params_type_0 = []
                _configurable_clientside_auth_params_type_0 = data
                for configurable_clientside_auth_params_type_0_item_data in _configurable_clientside_auth_params_type_0:

                    def _parse_configurable_clientside_auth_params_type_0_item(
                        data: object,
                    ) -> ConfigurableClientsideParamsCustomAuthOutput | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            configurable_clientside_auth_params_type_0_item_type_1 = (
                                ConfigurableClientsideParamsCustomAuthOutput.from_dict(data)
                            )

                            return configurable_clientside_auth_params_type_0_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(ConfigurableClientsideParamsCustomAuthOutput | str, data)

                    configurable_clientside_auth_params_type_0_item = (
                        _parse_configurable_clientside_auth_params_type_0_item(
                            configurable_clientside_auth_params_type_0_item_data
                        )
                    )

                    configurable_clientside_auth_params_type_0.append(configurable_clientside_auth_params_type_0_item)

                return configurable_clientside_auth_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ConfigurableClientsideParamsCustomAuthOutput | str] | None | Unset, data)

        configurable_clientside_auth_params = _parse_configurable_clientside_auth_params(
            d.pop("configurable_clientside_auth_params", UNSET)
        )

        def _parse_custom_metadata(data: object) -> ModelGroupInfoProxyCustomMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_metadata_type_0 = ModelGroupInfoProxyCustomMetadataType0.from_dict(data)

                return custom_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelGroupInfoProxyCustomMetadataType0 | None | Unset, data)

        custom_metadata = _parse_custom_metadata(d.pop("custom_metadata", UNSET))

        def _parse_custom_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_tags_type_0 = cast(list[str], data)

                return custom_tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        custom_tags = _parse_custom_tags(d.pop("custom_tags", UNSET))

        _deployment_pricing = d.pop("deployment_pricing", UNSET)
        deployment_pricing: list[DeploymentPricing] | Unset = UNSET
        if _deployment_pricing is not UNSET:
            deployment_pricing = []
            for deployment_pricing_item_data in _deployment_pricing:
                deployment_pricing_item = DeploymentPricing.from_dict(deployment_pricing_item_data)

                deployment_pricing.append(deployment_pricing_item)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_health_checked_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        health_checked_at = _parse_health_checked_at(d.pop("health_checked_at", UNSET))

        def _parse_health_response_time(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        health_response_time = _parse_health_response_time(d.pop("health_response_time", UNSET))

        def _parse_health_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        health_status = _parse_health_status(d.pop("health_status", UNSET))

        def _parse_input_cost_per_pixel(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_pixel = _parse_input_cost_per_pixel(d.pop("input_cost_per_pixel", UNSET))

        def _parse_input_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        input_cost_per_token = _parse_input_cost_per_token(d.pop("input_cost_per_token", UNSET))

        is_public_model_group = d.pop("is_public_model_group", UNSET)

        def _parse_itpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        itpm = _parse_itpm(d.pop("itpm", UNSET))

        def _parse_max_input_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_input_tokens = _parse_max_input_tokens(d.pop("max_input_tokens", UNSET))

        def _parse_max_output_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        def _parse_mode(data: object) -> ModelGroupInfoProxyModeType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_1 = ModelGroupInfoProxyModeType1(data)

                return mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ModelGroupInfoProxyModeType1 | None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_otpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        otpm = _parse_otpm(d.pop("otpm", UNSET))

        def _parse_output_cost_per_token(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        output_cost_per_token = _parse_output_cost_per_token(d.pop("output_cost_per_token", UNSET))

        def _parse_rpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rpm = _parse_rpm(d.pop("rpm", UNSET))

        def _parse_supported_endpoints(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_endpoints_type_0 = cast(list[str], data)

                return supported_endpoints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supported_endpoints = _parse_supported_endpoints(d.pop("supported_endpoints", UNSET))

        def _parse_supported_openai_params(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_openai_params_type_0 = cast(list[str], data)

                return supported_openai_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supported_openai_params = _parse_supported_openai_params(d.pop("supported_openai_params", UNSET))

        def _parse_supported_reasoning_efforts(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                supported_reasoning_efforts_type_0 = cast(list[str], data)

                return supported_reasoning_efforts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        supported_reasoning_efforts = _parse_supported_reasoning_efforts(d.pop("supported_reasoning_efforts", UNSET))

        supports_background_chat = d.pop("supports_background_chat", UNSET)

        supports_continuation = d.pop("supports_continuation", UNSET)

        supports_fast_mode = d.pop("supports_fast_mode", UNSET)

        supports_function_calling = d.pop("supports_function_calling", UNSET)

        supports_parallel_function_calling = d.pop("supports_parallel_function_calling", UNSET)

        supports_reasoning = d.pop("supports_reasoning", UNSET)

        supports_url_context = d.pop("supports_url_context", UNSET)

        supports_vision = d.pop("supports_vision", UNSET)

        supports_web_search = d.pop("supports_web_search", UNSET)

        def _parse_tpm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        tpm = _parse_tpm(d.pop("tpm", UNSET))

        model_group_info_proxy = cls(
            model_group=model_group,
            providers=providers,
            configurable_clientside_auth_params=configurable_clientside_auth_params,
            custom_metadata=custom_metadata,
            custom_tags=custom_tags,
            deployment_pricing=deployment_pricing,
            description=description,
            health_checked_at=health_checked_at,
            health_response_time=health_response_time,
            health_status=health_status,
            input_cost_per_pixel=input_cost_per_pixel,
            input_cost_per_token=input_cost_per_token,
            is_public_model_group=is_public_model_group,
            itpm=itpm,
            max_input_tokens=max_input_tokens,
            max_output_tokens=max_output_tokens,
            mode=mode,
            otpm=otpm,
            output_cost_per_token=output_cost_per_token,
            rpm=rpm,
            supported_endpoints=supported_endpoints,
            supported_openai_params=supported_openai_params,
            supported_reasoning_efforts=supported_reasoning_efforts,
            supports_background_chat=supports_background_chat,
            supports_continuation=supports_continuation,
            supports_fast_mode=supports_fast_mode,
            supports_function_calling=supports_function_calling,
            supports_parallel_function_calling=supports_parallel_function_calling,
            supports_reasoning=supports_reasoning,
            supports_url_context=supports_url_context,
            supports_vision=supports_vision,
            supports_web_search=supports_web_search,
            tpm=tpm,
        )

        model_group_info_proxy.additional_properties = d
        return model_group_info_proxy

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
