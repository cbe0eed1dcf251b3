from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.open_source_classifier_config_provider import OpenSourceClassifierConfigProvider
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpenSourceClassifierConfig")


@_attrs_define
class OpenSourceClassifierConfig:
    """
    Attributes:
        api_base (None | str | Unset): Provider API base; defaults to the selected provider API_BASE environment
            variable
        api_key (None | str | Unset): Provider API key; optional for self-hosted providers
        circuit_breaker_cooldown_seconds (float | Unset):  Default: 30.0.
        circuit_breaker_enabled (bool | Unset):  Default: True.
        deployment_name (None | str | Unset):
        instructions (None | str | Unset): Replaces the built-in classification instructions
        model (str | Unset):  Default: 'jev-latest'.
        provider (OpenSourceClassifierConfigProvider | Unset):  Default: OpenSourceClassifierConfigProvider.JEV.
        timeout_ms (int | Unset):  Default: 3000.
    """

    api_base: None | str | Unset = UNSET
    api_key: None | str | Unset = UNSET
    circuit_breaker_cooldown_seconds: float | Unset = 30.0
    circuit_breaker_enabled: bool | Unset = True
    deployment_name: None | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    model: str | Unset = "jev-latest"
    provider: OpenSourceClassifierConfigProvider | Unset = OpenSourceClassifierConfigProvider.JEV
    timeout_ms: int | Unset = 3000

    def to_dict(self) -> dict[str, Any]:
        api_base: None | str | Unset
        if isinstance(self.api_base, Unset):
            api_base = UNSET
        else:
            api_base = self.api_base

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        circuit_breaker_cooldown_seconds = self.circuit_breaker_cooldown_seconds

        circuit_breaker_enabled = self.circuit_breaker_enabled

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        model = self.model

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        timeout_ms = self.timeout_ms

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if api_base is not UNSET:
            field_dict["api_base"] = api_base
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if circuit_breaker_cooldown_seconds is not UNSET:
            field_dict["circuit_breaker_cooldown_seconds"] = circuit_breaker_cooldown_seconds
        if circuit_breaker_enabled is not UNSET:
            field_dict["circuit_breaker_enabled"] = circuit_breaker_enabled
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if model is not UNSET:
            field_dict["model"] = model
        if provider is not UNSET:
            field_dict["provider"] = provider
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_api_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_base = _parse_api_base(d.pop("api_base", UNSET))

        def _parse_api_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_key = _parse_api_key(d.pop("api_key", UNSET))

        circuit_breaker_cooldown_seconds = d.pop("circuit_breaker_cooldown_seconds", UNSET)

        circuit_breaker_enabled = d.pop("circuit_breaker_enabled", UNSET)

        def _parse_deployment_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deployment_name = _parse_deployment_name(d.pop("deployment_name", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        model = d.pop("model", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: OpenSourceClassifierConfigProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = OpenSourceClassifierConfigProvider(_provider)

        timeout_ms = d.pop("timeout_ms", UNSET)

        open_source_classifier_config = cls(
            api_base=api_base,
            api_key=api_key,
            circuit_breaker_cooldown_seconds=circuit_breaker_cooldown_seconds,
            circuit_breaker_enabled=circuit_breaker_enabled,
            deployment_name=deployment_name,
            instructions=instructions,
            model=model,
            provider=provider,
            timeout_ms=timeout_ms,
        )

        return open_source_classifier_config
